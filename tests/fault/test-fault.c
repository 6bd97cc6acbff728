/* test-fault.c: every step of a save fails once, and nothing is lost
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Issue 18, "fault injection": each case runs one `trellis-cli` command
 * that writes a file again and again under the LD_PRELOAD library of
 * trellis-fault.c, which fails the first, then the second, ... call of one
 * kind (open, write, fsync, close, rename, link) on the files of the
 * folder written to, until the command makes no such call any more.
 * After each run:
 *
 * - the command failed with exit status 1 and a message that names the
 *   file and says the system's reason, or it succeeded;
 * - the file is the old version byte for byte, or the complete new one;
 * - no temporary is left beside it;
 * - the backup NAME~, where the command keeps one, is a complete project;
 * - what succeeded kept the file's permissions and extended attributes,
 *   and so did the backup.
 *
 * Every case runs twice: on this file system, and as on one without hard
 * links (the backup is then a copy).
 * The registry (SQLite) gets the same treatment under a full disk: the
 * command reports it, and the registry is still readable afterwards.
 */

#include "config.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <glib/gstdio.h>
#ifdef __linux__
#include <sys/xattr.h>
#endif

#include "cli-test-utils.h"

#define MAX_STEPS 400

typedef struct
{
  const char *call;
  const char *errno_name;
  int         errno_value;
} Fault;

/* Each call with the error it most likely gives in real life. */
static const Fault faults[] = {
  { "openat", "EACCES", EACCES },
  { "write", "ENOSPC", ENOSPC },
  { "fsync", "EIO", EIO },
  { "close", "EDQUOT", EDQUOT },
  { "rename", "EIO", EIO },
  /* vfat and some network file systems have no hard links */
  { "link", "EPERM", EPERM },
};

typedef struct _Scenario Scenario;

struct _Scenario
{
  const char  *name;
  const char  *target;      /* the file written, in out/ */
  gboolean     backup;      /* whether the command keeps NAME~ */
  void       (*prepare) (CliFixture *f);     /* before every run */
  void       (*run) (CliFixture *f);
  gboolean   (*is_new) (const char *path);   /* the complete new version? */
};

typedef struct
{
  const Scenario *scenario;
  const Fault    *fault;
  gboolean        no_links;
} Case;

#define FILE_MODE 0640
static const char tag[] = "user.trellis.fault-test";

/* ---- Helpers ---- */

static char *
out_path (CliFixture *f,
          const char *name)
{
  return g_build_filename (f->dir, "out", name, NULL);
}

static char *
read_or_null (const char *path)
{
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, NULL);
  return contents;
}

static gboolean
loads (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(TrellisProject) project = trellis_project_load (file, &error);

  return project != NULL;
}

static TrellisProject *
load_or_null (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return trellis_project_load (file, NULL);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/* The names in out/, sorted, comma-separated. */
static char *
list_out (CliFixture *f)
{
  g_autofree char *dir = out_path (f, NULL);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (",", (char **) names->pdata);
}

static void
write_out (CliFixture *f,
           const char *name,
           const char *contents)
{
  g_autofree char *path = out_path (f, name);

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
}

/* Gives @name the mode and the attribute a save must keep. */
static void
mark_out (CliFixture *f,
          const char *name)
{
  g_autofree char *path = out_path (f, name);

  g_assert_cmpint (g_chmod (path, FILE_MODE), ==, 0);
#ifdef __linux__
  if (setxattr (path, tag, name, strlen (name), 0) != 0)
    g_assert_cmpint (errno, ==, ENOTSUP);  /* the file system has none */
#endif
}

static void
assert_marked (const char *path)
{
  struct stat st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, FILE_MODE);
#ifdef __linux__
  {
    char value[256];
    g_autofree char *base = g_path_get_basename (path);
    g_autofree char *marked = NULL;
    ssize_t size = getxattr (path, tag, value, sizeof value);

    if (size < 0)
      g_assert_cmpint (errno, ==, ENOTSUP);
    /* The name it was marked with: its own, or a backup's of what it backs up. */
    marked = g_strndup (value, MAX (size, 0));
    g_assert_true (size < 0 || g_str_has_prefix (base, marked));
  }
#endif
}

static void
set_fault (const Fault *fault,
           const char  *pattern,
           guint        nth,
           const char  *report,
           gboolean     no_links)
{
  g_autofree char *n = g_strdup_printf ("%u", nth);

  g_setenv ("LD_PRELOAD", TRELLIS_FAULT_SHIM, TRUE);
  g_setenv ("TRELLIS_FAULT_CALL", fault->call, TRUE);
  g_setenv ("TRELLIS_FAULT_ERRNO", fault->errno_name, TRUE);
  g_setenv ("TRELLIS_FAULT_NTH", n, TRUE);
  g_setenv ("TRELLIS_FAULT_PATH", pattern, TRUE);
  g_setenv ("TRELLIS_FAULT_REPORT", report, TRUE);
  if (no_links)
    g_setenv ("TRELLIS_FAULT_NO_LINKS", "1", TRUE);
}

static void
clear_fault (void)
{
  const char *names[] = { "LD_PRELOAD", "TRELLIS_FAULT_CALL", "TRELLIS_FAULT_ERRNO",
                          "TRELLIS_FAULT_NTH", "TRELLIS_FAULT_PATH", "TRELLIS_FAULT_REPORT",
                          "TRELLIS_FAULT_NO_LINKS" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_unsetenv (names[i]);
}

/* ---- Scenarios ---- */

/* `export in/plan.trellis out/export.trellis` over an older export. */
static void
prepare_export (CliFixture *f)
{
  write_out (f, "export.trellis", "<?xml version=\"1.0\"?>\n<!-- an older export -->\n");
  mark_out (f, "export.trellis");
}

static void
run_export (CliFixture *f)
{
  cli_run (f, "export", "in/plan.trellis", "out/export.trellis");
}

static gboolean
is_exported (const char *path)
{
  g_autofree char *written = read_or_null (path);
  g_autofree char *source = NULL;
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *in = g_build_filename (dir, "..", "in", "plan.trellis", NULL);

  source = read_or_null (in);
  /* The source was saved by this version: an export gives the same bytes. */
  return written != NULL && g_strcmp0 (written, source) == 0;
}

/* `new out/plan.trellis --force`: the old project goes to plan.trellis~. */
static void
prepare_project (CliFixture *f)
{
  g_autofree char *in = cli_path_in (f, "in/plan.trellis");
  g_autofree char *contents = read_or_null (in);
  g_autofree char *backup = NULL;

  write_out (f, "plan.trellis", contents);
  mark_out (f, "plan.trellis");
  backup = out_path (f, "plan.trellis~");
  g_assert_true (g_file_set_contents (backup, contents, -1, NULL));
  mark_out (f, "plan.trellis~");
}

static void
run_new (CliFixture *f)
{
  cli_run (f, "new", "out/plan.trellis", "--force", "--no-register", "--name", "Replacement");
}

static gboolean
is_replacement (const char *path)
{
  g_autoptr(TrellisProject) project = load_or_null (path);

  return project != NULL && g_strcmp0 (trellis_project_get_name (project), "Replacement") == 0;
}

/* `import out/plan.trellis in/actors.csv`: the project saved with a backup. */
static void
run_import (CliFixture *f)
{
  cli_run (f, "import", "out/plan.trellis", "in/actors.csv", "--kind", "stakeholders");
}

static gboolean
is_imported (const char *path)
{
  g_autoptr(TrellisProject) project = load_or_null (path);
  GListModel *stakeholders;

  if (project == NULL)
    return FALSE;
  stakeholders = trellis_project_get_items (project, TRELLIS_TYPE_STAKEHOLDER);
  return g_list_model_get_n_items (stakeholders) == 2;
}

static const Scenario scenarios[] = {
  { "export", "export.trellis", FALSE, prepare_export, run_export, is_exported },
  { "new-force", "plan.trellis", TRUE, prepare_project, run_new, is_replacement },
  { "import", "plan.trellis", TRUE, prepare_project, run_import, is_imported },
};

/* ---- The loop ---- */

static void
set_up_files (CliFixture *f)
{
  g_autofree char *in = cli_path_in (f, "in");
  g_autofree char *out = cli_path_in (f, "out");

  g_assert_cmpint (g_mkdir_with_parents (in, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (out, 0700), ==, 0);
  cli_new_project (f, "in/plan.trellis", "Fault plan", "guided");
  cli_write_file (f, "in/actors.csv",
                  "Name,Organisation,Helix\n"
                  "Ada Weber,Polymer Works,business\n"
                  "Jonas Brandt,University of Linz,research\n");
}

/* After a run: the checks of the file comment, for run @step. */
static void
check_run (CliFixture     *f,
           const Case     *c,
           const char     *old,
           const char     *listing_before,
           gboolean        fired)
{
  const Scenario *s = c->scenario;
  g_autofree char *target = out_path (f, s->target);
  g_autofree char *backup = g_strconcat (target, "~", NULL);
  g_autofree char *now = read_or_null (target);
  g_autofree char *listing = list_out (f);

  if (f->status != 0)
    {
      g_assert_true (fired);
      cli_assert_status (f, 1);
      cli_assert_contains (f->err, s->target);
      cli_assert_contains (f->err, g_strerror (c->fault->errno_value));
      g_assert_cmpstr (now, ==, old);
    }
  else if (!s->is_new (target))
    g_error ("%s, %s: the file is neither the old nor the new version:\n%s",
             s->name, c->fault->call, now);

  /* No temporary left: the folder holds what it held before. */
  g_assert_cmpstr (listing, ==, listing_before);
  assert_marked (target);
  if (s->backup)
    {
      g_assert_true (loads (backup));
      assert_marked (backup);
    }
}

static void
test_fault (CliFixture    *f,
            gconstpointer  data)
{
  const Case *c = data;
  const Scenario *s = c->scenario;
  g_autofree char *pattern = out_path (f, "*");
  g_autofree char *report = g_build_filename (g_get_home_dir (), "fault-report", NULL);
  g_autofree char *target = NULL;
  guint step;

  if (!g_file_test (TRELLIS_FAULT_SHIM, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("the fault library was not built");
      return;
    }
  set_up_files (f);
  target = out_path (f, s->target);
  for (step = 1; step <= MAX_STEPS; step++)
    {
      g_autofree char *old = NULL;
      g_autofree char *listing = NULL;
      gboolean fired;

      s->prepare (f);
      old = read_or_null (target);
      listing = list_out (f);
      g_unlink (report);
      set_fault (c->fault, pattern, step, report, c->no_links);
      s->run (f);
      clear_fault ();
      fired = g_file_test (report, G_FILE_TEST_EXISTS);
      check_run (f, c, old, listing, fired);
      if (!fired)
        break;
    }
  g_assert_cmpuint (step, <=, MAX_STEPS);
  /* Every command makes at least one call of each kind but link on its
   * folder; the loop ran each step of it. */
  g_test_message ("%s%s: %u calls of %s", s->name, c->no_links ? " (no links)" : "",
                  step - 1, c->fault->call);
  cli_assert_status (f, 0);
}

/* Whether a registry was moved aside as damaged, in the home folder. */
static gboolean
registry_moved_aside (CliFixture *f)
{
  g_autoptr(GDir) dir = g_dir_open (g_get_home_dir (), 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "registry.db.corrupt"))
      return TRUE;
  return FALSE;
}

/* SQLite's words for each fault, as a pattern: it does not always keep
 * the system's reason, and gives the error of the step that failed. */
static const char *
registry_reason (const Fault *fault)
{
  if (g_str_equal (fault->call, "openat"))  /* or it opens the file read-only instead */
    return "registry\\.db: (unable to open database file|attempt to write a readonly database)$";
  if (g_str_equal (fault->call, "write"))
    return "registry\\.db: (database or disk is full|disk I/O error \\(No space left on device\\))$";
  return "registry\\.db: disk I/O error( \\(Input/output error\\))?$";
}

/* `registry add` under a full disk (and the other faults) on the registry's
 * files: the command says why it failed, and the registry is not taken
 * for damaged: it lists what it listed, and takes the project afterwards. */
static void
test_registry (CliFixture    *f,
               gconstpointer  data)
{
  const Fault *fault = data;
  g_autofree char *pattern = g_strconcat (f->registry, "*", NULL);
  g_autofree char *report = g_build_filename (g_get_home_dir (), "fault-report", NULL);
  guint step;

  if (!g_file_test (TRELLIS_FAULT_SHIM, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("the fault library was not built");
      return;
    }
  set_up_files (f);
  cli_run (f, "new", "in/other.trellis", "--no-register", "--name", "Other plan");
  cli_assert_status (f, 0);
  for (step = 1; step <= MAX_STEPS; step++)
    {
      gboolean fired;

      g_unlink (report);
      set_fault (fault, pattern, step, report, FALSE);
      cli_run (f, "registry", "add", "in/other.trellis");
      clear_fault ();
      fired = g_file_test (report, G_FILE_TEST_EXISTS);
      if (f->status != 0)
        {
          g_assert_true (fired);
          cli_assert_status (f, 1);
          cli_assert_matches (f->err, registry_reason (fault));
        }
      g_assert_false (registry_moved_aside (f));
      cli_run (f, "registry", "list");
      cli_assert_status (f, 0);
      cli_assert_contains (f->out, "Fault plan");
      cli_run (f, "registry", "remove", "in/other.trellis");
      if (!fired)
        break;
    }
  g_assert_cmpuint (step, <=, MAX_STEPS);
  g_test_message ("registry: %u calls of %s", step - 1, fault->call);
  cli_run (f, "registry", "add", "in/other.trellis");
  cli_assert_status (f, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func (g_free);

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (scenarios); i++)
    for (guint j = 0; j < G_N_ELEMENTS (faults); j++)
      for (guint links = 0; links < 2; links++)
        {
          Case *c = g_new0 (Case, 1);
          g_autofree char *path = g_strdup_printf ("/fault/%s/%s%s", scenarios[i].name,
                                                   faults[j].call, links ? "/no-links" : "");

          c->scenario = &scenarios[i];
          c->fault = &faults[j];
          c->no_links = links;
          g_ptr_array_add (cases, c);
          g_test_add (path, CliFixture, c, cli_fixture_set_up, test_fault, cli_fixture_tear_down);
        }

  /* SQLite neither renames nor links. */
  for (guint j = 0; j < 4; j++)
    {
      g_autofree char *path = g_strdup_printf ("/fault/registry/%s", faults[j].call);

      g_test_add (path, CliFixture, &faults[j], cli_fixture_set_up, test_registry,
                  cli_fixture_tear_down);
    }

  return g_test_run ();
}
