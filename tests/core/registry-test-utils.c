/* registry-test-utils.c: the fixture shared by the registry tests
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>

#include <string.h>
#include <glib/gstdio.h>

#include "registry-test-utils.h"


void
set_up (Fixture       *fixture,
        gconstpointer  data)
{
  fixture->dir = g_build_filename (g_get_user_cache_dir (), "registry-test", NULL);
  g_assert_cmpint (g_mkdir_with_parents (fixture->dir, 0700), ==, 0);
  fixture->db_path = g_build_filename (fixture->dir, "registry.db", NULL);
}

void
tear_down (Fixture       *fixture,
           gconstpointer  data)
{
  g_clear_object (&fixture->registry);
  g_clear_pointer (&fixture->db_path, g_free);
  g_clear_pointer (&fixture->dir, g_free);
}

void
open_registry (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&fixture->registry);
  fixture->registry = trellis_registry_open (fixture->db_path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fixture->registry);
}

TrellisProject *
make_project (const char *name,
              const char *cluster,
              const char *region,
              const char *description)
{
  TrellisProject *project = trellis_project_new (name);

  g_object_set (trellis_project_get_header (project), "cluster", cluster, "region", region,
                "description", description, NULL);
  return project;
}

GFile *
file_in (Fixture    *fixture,
         const char *name)
{
  return g_file_new_build_filename (fixture->dir, name, NULL);
}

/* Registers an in-memory project under @file_name in the fixture's folder. */
void
add (Fixture    *fixture,
     const char *file_name,
     const char *name,
     const char *cluster,
     const char *region,
     const char *description)
{
  g_autoptr(TrellisProject) project = make_project (name, cluster, region, description);
  g_autoptr(GFile) file = file_in (fixture, file_name);
  g_autoptr(GError) error = NULL;

  g_assert_true (trellis_registry_add_project (fixture->registry, file, project, &error));
  g_assert_no_error (error);
}

/* The names of @entries, in order, joined by commas. */
char *
names_of (GPtrArray *entries)
{
  g_autoptr(GString) names = g_string_new (NULL);

  g_assert_nonnull (entries);
  for (guint i = 0; i < entries->len; i++)
    g_string_append_printf (names, "%s%s", i > 0 ? "," : "",
                            trellis_registry_entry_get_name (g_ptr_array_index (entries, i)));
  return g_string_free (g_steal_pointer (&names), FALSE);
}

char *
search_names (Fixture    *fixture,
              const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) found = trellis_registry_search (fixture->registry, text, &error);

  g_assert_no_error (error);
  return names_of (found);
}

char *
list_names (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = trellis_registry_list (fixture->registry, &error);

  g_assert_no_error (error);
  return names_of (entries);
}

void
assert_search (Fixture    *fixture,
               const char *text,
               const char *expected)
{
  g_autofree char *names = search_names (fixture, text);

  g_assert_cmpstr (names, ==, expected);
}

void
assert_list (Fixture    *fixture,
             const char *expected)
{
  g_autofree char *names = list_names (fixture);

  g_assert_cmpstr (names, ==, expected);
}

TrellisRegistryEntry *
lookup (Fixture    *fixture,
        const char *file_name)
{
  g_autoptr(GFile) file = file_in (fixture, file_name);
  g_autoptr(GError) error = NULL;
  TrellisRegistryEntry *entry = trellis_registry_lookup (fixture->registry, file, &error);

  g_assert_no_error (error);
  return entry;
}

void
add_test (const char *path,
          void      (*func) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, NULL, set_up, func, tear_down);
}

/* Runs @sql on the database at @db_path, outside any registry. */
void
exec_on_file (const char *db_path,
              const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open_v2 (db_path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                                    NULL), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

/* Saves a project named @name to @relative_path under the fixture's folder. */
GFile *
save_project (Fixture    *fixture,
              const char *relative_path,
              const char *name)
{
  g_autoptr(TrellisProject) project = make_project (name, "Cluster", "Region", NULL);
  g_autoptr(GFile) file = file_in (fixture, relative_path);
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (g_file_peek_path (parent), 0700), ==, 0);
  g_assert_true (trellis_project_save (project, file, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&file);
}
