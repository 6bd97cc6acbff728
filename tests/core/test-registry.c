/* test-registry.c: the SQLite list of projects on this machine
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "trellis-registry-private.h"
#include "registry-test-utils.h"

static int
query_int (const char *db_path,
           const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int value;

  g_assert_cmpint (sqlite3_open_v2 (db_path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int (stmt, 0);
  g_assert_cmpint (sqlite3_finalize (stmt), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  return value;
}

/* Fails unless the FTS index agrees with the table it indexes. */
#define FTS_INTEGRITY_CHECK "INSERT INTO projects_fts (projects_fts) VALUES ('integrity-check');"

static void
test_open (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *nested = g_build_filename (fixture->dir, "a", "b", "registry.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TrellisRegistry) registry = trellis_registry_open (nested, &error);

  g_assert_no_error (error);
  g_assert_true (g_file_test (nested, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpstr (trellis_registry_get_path (registry), ==, nested);
  g_assert_null (trellis_registry_get_recovered_from (registry));
  g_assert_cmpint (query_int (nested, "PRAGMA user_version;"), ==, TRELLIS_REGISTRY_SCHEMA_VERSION);
  g_assert_cmpint (query_int (nested, "SELECT journal_mode = 'wal' FROM pragma_journal_mode;"),
                   ==, 1);

  /* Opening again changes nothing. */
  g_clear_object (&registry);
  registry = trellis_registry_open (nested, &error);
  g_assert_no_error (error);
  g_assert_null (trellis_registry_get_recovered_from (registry));
}

static void
assert_entry_fields (TrellisRegistryEntry *entry,
                     const char           *path,
                     TrellisProject       *project)
{
  g_autofree char *name = NULL;
  g_autoptr(TrellisStatusReport) report = NULL;
  g_autoptr(GEnumClass) light_class = g_type_class_ref (TRELLIS_TYPE_LIGHT);
  GEnumValue *light;
  gboolean missing = TRUE;
  int n_actions = 0;

  g_assert_cmpstr (trellis_registry_entry_get_uuid (entry), ==, trellis_project_get_uuid (project));
  g_assert_cmpstr (trellis_registry_entry_get_path (entry), ==, path);
  g_assert_cmpstr (trellis_registry_entry_get_name (entry), ==, "Test & <Cluster> “quoted”");
  g_assert_cmpstr (trellis_registry_entry_get_cluster (entry), ==, "Polymer Valley e.V.");
  g_assert_cmpstr (trellis_registry_entry_get_region (entry), ==, "Upper Austria");
  g_assert_cmpstr (trellis_registry_entry_get_sector (entry), ==, "Plastics");
  g_assert_cmpstr (trellis_registry_entry_get_stage (entry), ==, "establishment");
  g_assert_cmpstr (trellis_registry_entry_get_description (entry), ==,
                   "Line one\nLine two with <markup> & entities");
  /* The overall light as of the day it was registered (test-registry-light.c). */
  report = trellis_status_report_new (project, trellis_registry_entry_get_light_as_of (entry));
  light = g_enum_get_value (light_class, trellis_status_report_get_overall (report)->light);
  g_assert_cmpstr (trellis_registry_entry_get_light (entry), ==, light->value_nick);
  g_assert_null (trellis_registry_entry_get_last_opened (entry));
  g_assert_cmpint (trellis_registry_entry_get_n_swot (entry), ==, 2);
  g_assert_cmpint (trellis_registry_entry_get_n_stakeholders (entry), ==, 1);
  g_assert_cmpint (trellis_registry_entry_get_n_goals (entry), ==, 1);
  g_assert_cmpint (trellis_registry_entry_get_n_actions (entry), ==, 2);
  g_assert_cmpint (trellis_registry_entry_get_n_milestones (entry), ==, 1);
  g_assert_false (trellis_registry_entry_get_missing (entry));

  /* Properties, as list views bind them. */
  g_object_get (entry, "name", &name, "n-actions", &n_actions, "missing", &missing, NULL);
  g_assert_cmpstr (name, ==, trellis_registry_entry_get_name (entry));
  g_assert_cmpint (n_actions, ==, 2);
  g_assert_false (missing);
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(TrellisProject) project = trellis_test_build_full_project ();
  g_autoptr(GFile) file = file_in (fixture, "full.trellis");
  g_autoptr(GFile) remote = g_file_new_for_uri ("trellis-test-scheme://host/plan.trellis");
  g_autoptr(GFile) again = NULL;
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(TrellisRegistryEntry) entry = NULL;
  g_autoptr(GError) error = NULL;

  open_registry (fixture);
  g_assert_true (trellis_registry_add_project (fixture->registry, file, project, &error));
  g_assert_no_error (error);

  entries = trellis_registry_list (fixture->registry, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 1);
  assert_entry_fields (g_ptr_array_index (entries, 0), path, project);

  entry = trellis_registry_lookup (fixture->registry, file, &error);
  g_assert_no_error (error);
  assert_entry_fields (entry, path, project);
  again = trellis_registry_entry_dup_file (entry);
  g_assert_true (g_file_equal (again, file));

  g_assert_true (trellis_registry_remove (fixture->registry, file, &error));
  g_assert_no_error (error);
  g_assert_null (trellis_registry_lookup (fixture->registry, file, &error));
  g_assert_error (error, TRELLIS_REGISTRY_ERROR, TRELLIS_REGISTRY_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (trellis_registry_remove (fixture->registry, file, &error));
  g_assert_error (error, TRELLIS_REGISTRY_ERROR, TRELLIS_REGISTRY_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Only local files have a path to register. */
  g_assert_false (trellis_registry_add_project (fixture->registry, remote, project, &error));
  g_assert_error (error, TRELLIS_REGISTRY_ERROR, TRELLIS_REGISTRY_ERROR_FAILED);
}

static void
test_upsert (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(TrellisRegistryEntry) entry = NULL;

  open_registry (fixture);
  add (fixture, "a.trellis", "First name", "Cluster", "Region", NULL);
  add (fixture, "a.trellis", "Second name", "Cluster", "Region", "Now described");
  assert_list (fixture, "Second name");
  entry = lookup (fixture, "a.trellis");
  g_assert_cmpstr (trellis_registry_entry_get_description (entry), ==, "Now described");

  /* A path that only looks different is the same path. */
  {
    g_autofree char *odd = g_build_filename (fixture->dir, "sub", "..", "a.trellis", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (odd);
    g_autoptr(TrellisProject) project = make_project ("Third name", NULL, NULL, NULL);

    g_assert_true (trellis_registry_add_project (fixture->registry, file, project, NULL));
  }
  assert_list (fixture, "Third name");

  add (fixture, "b.trellis", "Other file", NULL, NULL, NULL);
  assert_list (fixture, "Other file,Third name");
}

static void
add_search_projects (Fixture *fixture)
{
  open_registry (fixture);
  add (fixture, "plastics.trellis", "Plastics Cluster", "Polymer Valley", "Upper Austria",
       "Injection moulding and recycling");
  add (fixture, "auto.trellis", "Automotive Network", "Mobility North", "North-West England",
       "Suppliers of car parts");
  add (fixture, "energy.trellis", "Bioeconomy", "Green Fields", "Österreich",
       "Bio energy from forests and plastic-free packaging");
}

static void
test_search_prefix (Fixture       *fixture,
                    gconstpointer  data)
{
  add_search_projects (fixture);

  assert_search (fixture, "plast", "Plastics Cluster,Bioeconomy");  /* name ranks first */
  assert_search (fixture, "Plastics", "Plastics Cluster");
  assert_search (fixture, "auto", "Automotive Network");
  assert_search (fixture, "polym", "Plastics Cluster");             /* cluster */
  assert_search (fixture, "mobil", "Automotive Network");
  assert_search (fixture, "north", "Automotive Network");           /* cluster and region */
  assert_search (fixture, "upper aus", "Plastics Cluster");         /* region */
  assert_search (fixture, "oster", "Bioeconomy");                   /* without the diacritic */
  assert_search (fixture, "ÖSTERR", "Bioeconomy");
  assert_search (fixture, "mould", "Plastics Cluster");             /* description */
  assert_search (fixture, "bio en", "Bioeconomy");                  /* every word */
  assert_search (fixture, "bio auto", "");
  assert_search (fixture, "nothing-like-this", "");
  assert_search (fixture, "", "Automotive Network,Bioeconomy,Plastics Cluster");
  assert_search (fixture, "   ", "Automotive Network,Bioeconomy,Plastics Cluster");
  assert_search (fixture, NULL, "Automotive Network,Bioeconomy,Plastics Cluster");
}

static void
assert_search_best (Fixture    *fixture,
                    const char *text,
                    guint       max_results,
                    const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autofree char *names = NULL;

  found = trellis_registry_search_best (fixture->registry, text, max_results, &error);
  g_assert_no_error (error);
  names = names_of (found);
  g_assert_cmpstr (names, ==, expected);
}

static void
test_search_best (Fixture       *fixture,
                  gconstpointer  data)
{
  add_search_projects (fixture);

  assert_search_best (fixture, "plast", 1, "Plastics Cluster");
  assert_search_best (fixture, "plast", 5, "Plastics Cluster,Bioeconomy");
  assert_search_best (fixture, "no such words", 5, "");
  assert_search_best (fixture, "", 2, "Automotive Network,Bioeconomy");
  assert_search_best (fixture, "*", 1, "Automotive Network");
}

static void
test_search_syntax (Fixture       *fixture,
                    gconstpointer  data)
{
  const char *texts[] = {
    "\"", "\"\"", "\"plast", "*", "plast*", "AND", "OR", "NOT", "NEAR", "NEAR(plast auto)",
    "-", "-plast", ":", "name:", "name:plast", "{name}: plast", "(", ")", "^plast", "+", "'",
    "\\", "plast AND", "AND plast", "plast OR auto", "a\"b*c:d-e(f)g", "\xff\xfe", "%", "_",
    "plast;DROP TABLE projects;--",
  };

  add_search_projects (fixture);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    g_free (search_names (fixture, texts[i]));

  /* Syntax characters only separate words… */
  assert_search (fixture, "\"plast\"", "Plastics Cluster,Bioeconomy");
  assert_search (fixture, "name:plast", "");  /* no project has a word "name…" */
  assert_search (fixture, "-north", "Automotive Network");
  assert_search (fixture, "plast-clu", "Plastics Cluster");
  /* …and keywords are words. */
  assert_search (fixture, "plast AND", "Plastics Cluster,Bioeconomy");  /* "and…" in both */
  assert_search (fixture, "plast OR auto", "");
  assert_search (fixture, "\"", "Automotive Network,Bioeconomy,Plastics Cluster");

  g_clear_object (&fixture->registry);
  open_registry (fixture);
  assert_search (fixture, "plast", "Plastics Cluster,Bioeconomy");
}

static void
test_search_sync (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GFile) file = file_in (fixture, "plastics.trellis");

  add_search_projects (fixture);
  add (fixture, "plastics.trellis", "Composites Hub", "Fibre Alliance", "Styria", "Carbon");
  assert_search (fixture, "plast", "Bioeconomy");
  assert_search (fixture, "compos", "Composites Hub");
  assert_search (fixture, "mould", "");
  assert_search (fixture, "styr carb", "Composites Hub");

  /* Changes that do not touch the indexed columns keep the index. */
  g_assert_true (trellis_registry_mark_opened (fixture->registry, file, NULL));
  g_assert_true (trellis_registry_set_light (fixture->registry, file, "red", NULL));
  assert_search (fixture, "compos", "Composites Hub");

  g_assert_true (trellis_registry_remove (fixture->registry, file, NULL));
  assert_search (fixture, "compos", "");
  assert_search (fixture, "bio", "Bioeconomy");
  g_clear_object (&fixture->registry);
  exec_on_file (fixture->db_path, FTS_INTEGRITY_CHECK);
}

/* A row in the columns the schema of @version has. */
static void
insert_old_row (const char *db_path,
                guint       version)
{
  if (version < 2)
    exec_on_file (db_path, "INSERT INTO projects (uuid, path, name, cluster, region, stage, "
                           "modified, revision, last_opened) VALUES ('u-1', '/old/plan.trellis', "
                           "'Legacy Textiles', 'Loom Guild', 'Flanders', 'initiation', "
                           "'2025-01-02T03:04:05Z', 7, '2025-02-01T00:00:00.000000Z');");
  else
    exec_on_file (db_path, "INSERT INTO projects (uuid, path, name, cluster, region, stage, "
                           "modified, revision, last_opened, n_swot, n_goals, description, "
                           "sector) VALUES ('u-1', '/old/plan.trellis', 'Legacy Textiles', "
                           "'Loom Guild', 'Flanders', 'initiation', '2025-01-02T03:04:05Z', 7, "
                           "'2025-02-01T00:00:00.000000Z', 5, 2, 'Weaving heritage', 'Textiles');");
}

static void
test_migrate (Fixture       *fixture,
              gconstpointer  data)
{
  guint version = GPOINTER_TO_UINT (data);
  g_autoptr(GFile) file = g_file_new_for_path ("/old/plan.trellis");
  g_autoptr(TrellisRegistryEntry) entry = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (_trellis_registry_create_at_version (fixture->db_path, version, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (fixture->db_path, "PRAGMA user_version;"), ==, version);
  insert_old_row (fixture->db_path, version);

  open_registry (fixture);
  g_assert_null (trellis_registry_get_recovered_from (fixture->registry));
  entry = trellis_registry_lookup (fixture->registry, file, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (trellis_registry_entry_get_uuid (entry), ==, "u-1");
  g_assert_cmpstr (trellis_registry_entry_get_name (entry), ==, "Legacy Textiles");
  g_assert_cmpstr (trellis_registry_entry_get_stage (entry), ==, "initiation");
  g_assert_cmpstr (trellis_registry_entry_get_last_opened (entry), ==,
                   "2025-02-01T00:00:00.000000Z");
  g_assert_cmpint (trellis_registry_entry_get_revision (entry), ==, 7);
  g_assert_cmpint (trellis_registry_entry_get_n_swot (entry), ==, version >= 2 ? 5 : 0);
  g_assert_cmpint (trellis_registry_entry_get_n_goals (entry), ==, version >= 2 ? 2 : 0);
  g_assert_cmpstr (trellis_registry_entry_get_light (entry), ==, "grey");
  g_assert_false (trellis_registry_entry_get_missing (entry));

  assert_search (fixture, "legac", "Legacy Textiles");
  assert_search (fixture, "loom", "Legacy Textiles");
  assert_search (fixture, "fland", "Legacy Textiles");
  assert_search (fixture, "weav", version >= 2 ? "Legacy Textiles" : "");
  g_clear_object (&fixture->registry);
  g_assert_cmpint (query_int (fixture->db_path, "PRAGMA user_version;"), ==,
                   TRELLIS_REGISTRY_SCHEMA_VERSION);
  exec_on_file (fixture->db_path, FTS_INTEGRITY_CHECK);
}

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GBytes *bytes = g_file_load_bytes (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return bytes;
}

static guint
count_files (const char *dir,
             const char *prefix)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)))
    if (g_str_has_prefix (name, prefix))
      n++;
  return n;
}

static void
test_newer_schema (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TrellisRegistry) registry = NULL;

  exec_on_file (fixture->db_path, "CREATE TABLE future (x); INSERT INTO future VALUES (1);"
                                  "PRAGMA user_version = 99;");
  before = read_bytes (fixture->db_path);

  registry = trellis_registry_open (fixture->db_path, &error);
  g_assert_null (registry);
  g_assert_error (error, TRELLIS_REGISTRY_ERROR, TRELLIS_REGISTRY_ERROR_NEWER_SCHEMA);
  g_assert_nonnull (strstr (error->message, "newer version of Trellis"));
  g_assert_nonnull (strstr (error->message, fixture->db_path));

  after = read_bytes (fixture->db_path);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_cmpuint (count_files (fixture->dir, "registry.db.corrupt"), ==, 0);
  g_assert_cmpint (query_int (fixture->db_path, "PRAGMA user_version;"), ==, 99);
}

static void
write_garbage (const char *path,
               gsize       size,
               guint32     seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autofree guint8 *garbage = g_malloc (size);
  g_autoptr(GError) error = NULL;

  for (gsize i = 0; i < size; i++)
    garbage[i] = g_rand_int_range (rand, 0, 256);
  g_file_set_contents (path, (const char *) garbage, size, &error);
  g_assert_no_error (error);
}

/* The registry at the fixture's path is new and works. */
static void
assert_fresh_registry_works (Fixture *fixture)
{
  g_assert_cmpint (query_int (fixture->db_path, "PRAGMA user_version;"), ==,
                   TRELLIS_REGISTRY_SCHEMA_VERSION);
  assert_list (fixture, "");
  add (fixture, "new.trellis", "After recovery", NULL, NULL, NULL);
  assert_search (fixture, "recov", "After recovery");
}

static void
test_corrupt (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *wal = g_strconcat (fixture->db_path, "-wal", NULL);
  g_autofree char *moved_wal = NULL;
  g_autofree char *first = NULL;
  g_autoptr(GBytes) garbage = NULL;
  g_autoptr(GBytes) kept = NULL;

  write_garbage (fixture->db_path, 4096, 1);
  write_garbage (wal, 100, 2);
  garbage = read_bytes (fixture->db_path);

  open_registry (fixture);
  first = g_strdup (trellis_registry_get_recovered_from (fixture->registry));
  g_assert_nonnull (first);
  g_assert_true (g_str_has_prefix (first, fixture->db_path));
  g_assert_true (g_regex_match_simple ("\\.corrupt-\\d{8}-\\d{6}$", first, 0, 0));
  kept = read_bytes (first);
  g_assert_true (g_bytes_equal (garbage, kept));
  moved_wal = g_strconcat (first, "-wal", NULL);
  g_assert_true (g_file_test (moved_wal, G_FILE_TEST_IS_REGULAR));
  assert_fresh_registry_works (fixture);

  /* Damaged again within the same second: a second name, the first file kept. */
  g_clear_object (&fixture->registry);
  write_garbage (fixture->db_path, 4096, 3);
  g_remove (wal);
  open_registry (fixture);
  g_assert_nonnull (trellis_registry_get_recovered_from (fixture->registry));
  g_assert_cmpstr (trellis_registry_get_recovered_from (fixture->registry), !=, first);
  g_assert_true (g_file_test (first, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (count_files (fixture->dir, "registry.db.corrupt-"), >=, 3);
  assert_fresh_registry_works (fixture);
}

/* A real database whose pages are damaged: quick_check or the first read fails. */
static void
test_damaged_pages (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  open_registry (fixture);
  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *file_name = g_strdup_printf ("p%u.trellis", i);
      add (fixture, file_name, "A project with a long enough name to fill pages", "Cluster",
           "Region", "Description text that takes some room in the table");
    }
  g_clear_object (&fixture->registry);  /* checkpoints the WAL into the file */

  g_file_get_contents (fixture->db_path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 8 * 4096);
  for (gsize i = 4096 + 100; i < length; i += 4096)
    memset (contents + i, 0x5a, 600);
  g_file_set_contents (fixture->db_path, contents, length, &error);
  g_assert_no_error (error);

  open_registry (fixture);
  g_assert_nonnull (trellis_registry_get_recovered_from (fixture->registry));
  g_assert_true (g_file_test (trellis_registry_get_recovered_from (fixture->registry),
                              G_FILE_TEST_IS_REGULAR));
  assert_fresh_registry_works (fixture);
}

/* A database that says version 1 but has no projects table. */
static void
test_migration_fails (Fixture       *fixture,
                      gconstpointer  data)
{
  exec_on_file (fixture->db_path, "CREATE TABLE something_else (x); PRAGMA user_version = 1;");

  open_registry (fixture);
  g_assert_nonnull (trellis_registry_get_recovered_from (fixture->registry));
  g_assert_cmpint (query_int (trellis_registry_get_recovered_from (fixture->registry),
                              "SELECT count(*) FROM something_else;"), ==, 0);
  assert_fresh_registry_works (fixture);
}

/* Issue 18, case 1: a negative user_version indexed the migrations with a
 * negative number (a global-buffer-overflow under AddressSanitizer). */
static void
test_negative_version (Fixture       *fixture,
                       gconstpointer  data)
{
  exec_on_file (fixture->db_path, "CREATE TABLE something (x); PRAGMA user_version = -3;");

  open_registry (fixture);
  g_assert_nonnull (trellis_registry_get_recovered_from (fixture->registry));
  g_assert_cmpint (query_int (trellis_registry_get_recovered_from (fixture->registry),
                              "PRAGMA user_version;"), ==, -3);
  assert_fresh_registry_works (fixture);
}

/* Issue 18, case 13: without its full-text table the registry passed the
 * quick check, and every later write failed.  It is made again, and the
 * projects already listed are found by a search. */
static void
test_missing_fts (Fixture       *fixture,
                  gconstpointer  data)
{
  open_registry (fixture);
  add (fixture, "kept.trellis", "Kept project", NULL, NULL, NULL);
  g_clear_object (&fixture->registry);
  exec_on_file (fixture->db_path, "DROP TABLE projects_fts;");

  open_registry (fixture);
  g_assert_null (trellis_registry_get_recovered_from (fixture->registry));
  assert_search (fixture, "kept", "Kept project");
  add (fixture, "new.trellis", "Newer project", NULL, NULL, NULL);
  assert_search (fixture, "newer", "Newer project");
  g_clear_object (&fixture->registry);

  /* Only a trigger lost: the same repair. */
  exec_on_file (fixture->db_path, "DROP TRIGGER projects_fts_update;");
  open_registry (fixture);
  g_assert_cmpint (query_int (fixture->db_path, "SELECT count(*) FROM sqlite_master "
                                                "WHERE name = 'projects_fts_update';"), ==, 1);
  assert_search (fixture, "kept", "Kept project");
}

/* Issue 18, case 9: invalid UTF-8 in the database reached the column-width
 * code of `registry list`, which read past the end of the text. */
static void
test_invalid_utf8 (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  TrellisRegistryEntry *entry;

  open_registry (fixture);
  add (fixture, "bytes.trellis", "Valid name", "Cluster", NULL, NULL);
  g_clear_object (&fixture->registry);
  exec_on_file (fixture->db_path, "UPDATE projects SET name = CAST (X'41ff42c3' AS TEXT), "
                                  "cluster = CAST (X'e282' AS TEXT);");

  open_registry (fixture);
  entries = trellis_registry_list (fixture->registry, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 1);
  entry = g_ptr_array_index (entries, 0);
  g_assert_true (g_utf8_validate (trellis_registry_entry_get_name (entry), -1, NULL));
  g_assert_true (g_str_has_prefix (trellis_registry_entry_get_name (entry), "A"));
  g_assert_true (g_utf8_validate (trellis_registry_entry_get_cluster (entry), -1, NULL));
}

static void
mark_opened (Fixture    *fixture,
             const char *file_name)
{
  g_autoptr(GFile) file = file_in (fixture, file_name);
  g_autoptr(GError) error = NULL;

  g_assert_true (trellis_registry_mark_opened (fixture->registry, file, &error));
  g_assert_no_error (error);
}

static void
test_mark_opened (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(TrellisRegistryEntry) entry = NULL;

  open_registry (fixture);
  add (fixture, "b.trellis", "beta", NULL, NULL, NULL);
  add (fixture, "a.trellis", "Alpha", NULL, NULL, NULL);
  add (fixture, "c.trellis", "Gamma", NULL, NULL, NULL);
  assert_list (fixture, "Alpha,beta,Gamma");

  mark_opened (fixture, "c.trellis");
  mark_opened (fixture, "b.trellis");
  assert_list (fixture, "beta,Gamma,Alpha");

  mark_opened (fixture, "c.trellis");
  assert_list (fixture, "Gamma,beta,Alpha");

  entry = lookup (fixture, "c.trellis");
  g_assert_true (g_regex_match_simple ("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z$",
                                       trellis_registry_entry_get_last_opened (entry), 0, 0));
}

static void
test_set_light (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GFile) file = file_in (fixture, "a.trellis");
  g_autoptr(GFile) unknown = file_in (fixture, "unknown.trellis");
  g_autoptr(TrellisRegistryEntry) entry = NULL;
  g_autoptr(GError) error = NULL;

  open_registry (fixture);
  add (fixture, "a.trellis", "Alpha", NULL, NULL, NULL);
  g_assert_true (trellis_registry_set_light (fixture->registry, file, "amber", &error));
  g_assert_no_error (error);
  entry = lookup (fixture, "a.trellis");
  g_assert_cmpstr (trellis_registry_entry_get_light (entry), ==, "amber");

  g_assert_false (trellis_registry_set_light (fixture->registry, file, "purple", &error));
  g_assert_error (error, TRELLIS_REGISTRY_ERROR, TRELLIS_REGISTRY_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_false (trellis_registry_set_light (fixture->registry, unknown, "red", &error));
  g_assert_error (error, TRELLIS_REGISTRY_ERROR, TRELLIS_REGISTRY_ERROR_NOT_FOUND);

  g_assert_null (trellis_registry_entry_get_light_as_of (entry));

  /* Saving the project again judges it anew: an empty project has no data. */
  add (fixture, "a.trellis", "Alpha renamed", NULL, NULL, NULL);
  g_clear_object (&entry);
  entry = lookup (fixture, "a.trellis");
  g_assert_cmpstr (trellis_registry_entry_get_light (entry), ==, "grey");
  g_assert_nonnull (trellis_registry_entry_get_light_as_of (entry));
}

static void
test_default_path (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *custom = g_build_filename (fixture->dir, "env", "custom.db", NULL);
  g_autofree char *standard = g_build_filename (g_get_user_data_dir (), "trellis/registry.db",
                                                NULL);
  g_autofree char *path = NULL;
  g_autoptr(TrellisRegistry) registry = NULL;
  g_autoptr(GError) error = NULL;

  g_setenv ("TRELLIS_REGISTRY", custom, TRUE);
  path = trellis_registry_default_path ();
  g_assert_cmpstr (path, ==, custom);
  registry = trellis_registry_open (NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (trellis_registry_get_path (registry), ==, custom);
  g_assert_true (g_file_test (custom, G_FILE_TEST_IS_REGULAR));
  g_clear_object (&registry);

  g_unsetenv ("TRELLIS_REGISTRY");
  g_clear_pointer (&path, g_free);
  path = trellis_registry_default_path ();
  g_assert_cmpstr (path, ==, standard);
  registry = trellis_registry_open (NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (standard, G_FILE_TEST_IS_REGULAR));
}

/* The app and the CLI have the same file open. */
static void
test_two_connections (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(TrellisRegistry) other = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;

  open_registry (fixture);
  other = trellis_registry_open (fixture->db_path, &error);
  g_assert_no_error (error);
  add (fixture, "a.trellis", "Written by one", NULL, NULL, NULL);
  entries = trellis_registry_search (other, "writ", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  add_test ("/core/registry/open", test_open);
  add_test ("/core/registry/round-trip", test_round_trip);
  add_test ("/core/registry/upsert", test_upsert);
  add_test ("/core/registry/search-prefix", test_search_prefix);
  add_test ("/core/registry/search-best", test_search_best);
  add_test ("/core/registry/search-syntax", test_search_syntax);
  add_test ("/core/registry/search-sync", test_search_sync);
  for (guint version = 1; version < TRELLIS_REGISTRY_SCHEMA_VERSION; version++)
    {
      g_autofree char *path = g_strdup_printf ("/core/registry/migrate-from-%u", version);

      g_test_add (path, Fixture, GUINT_TO_POINTER (version), set_up, test_migrate, tear_down);
    }
  add_test ("/core/registry/newer-schema", test_newer_schema);
  add_test ("/core/registry/corrupt", test_corrupt);
  add_test ("/core/registry/damaged-pages", test_damaged_pages);
  add_test ("/core/registry/migration-fails", test_migration_fails);
  add_test ("/core/registry/negative-version", test_negative_version);
  add_test ("/core/registry/missing-fts", test_missing_fts);
  add_test ("/core/registry/invalid-utf8", test_invalid_utf8);
  add_test ("/core/registry/mark-opened", test_mark_opened);
  add_test ("/core/registry/set-light", test_set_light);
  add_test ("/core/registry/default-path", test_default_path);
  add_test ("/core/registry/two-connections", test_two_connections);

  return g_test_run ();
}
