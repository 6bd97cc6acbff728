/* test-recovery.c: recovery copies of unsaved work
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <unistd.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <glib/gstdio.h>

#include "trellis-test-utils.h"

static void
test_live_copy_is_not_an_orphan (void)
{
  g_autoptr(TrellisProject) project = trellis_test_build_full_project ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) orphans = NULL;

  g_assert_true (trellis_recovery_save (project, NULL, &error));
  g_assert_no_error (error);
  /* Written by this process, which runs: not a crash. */
  orphans = trellis_recovery_list_orphans (&error);
  g_assert_no_error (error);
  g_assert_cmpuint (orphans->len, ==, 0);

  g_assert_true (trellis_recovery_discard_for (project, &error));
  g_assert_true (trellis_recovery_discard_for (project, &error));
  g_assert_no_error (error);
}

/* A child process writes a recovery copy and is killed. */
static char *
crash_with_unsaved_work (void)
{
  g_autoptr(TrellisProject) project = trellis_test_build_full_project ();
  g_autoptr(GFile) original = g_file_new_for_path ("/srv/projects/plan.trellis");
  int status = 0;
  pid_t pid;

  trellis_header_set_name (trellis_project_get_header (project), "Unsaved work");
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      if (trellis_recovery_save (project, original, NULL))
        kill (getpid (), SIGKILL);
      _exit (1);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL);

  return g_strdup (trellis_project_get_uuid (project));
}

static void
test_orphan_after_crash (void)
{
  g_autoptr(GPtrArray) orphans = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TrellisProject) restored = NULL;
  g_autofree char *original = NULL;
  TrellisRecovery *recovery;

  g_autofree char *uuid = crash_with_unsaved_work ();

  orphans = trellis_recovery_list_orphans (&error);
  g_assert_no_error (error);
  g_assert_cmpuint (orphans->len, ==, 1);
  recovery = g_ptr_array_index (orphans, 0);
  g_assert_cmpstr (trellis_recovery_get_name (recovery), ==, "Unsaved work");
  original = g_file_get_path (trellis_recovery_get_original (recovery));
  g_assert_cmpstr (original, ==, "/srv/projects/plan.trellis");
  g_assert_nonnull (trellis_recovery_get_time (recovery));

  restored = trellis_recovery_load (recovery, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (trellis_project_get_name (restored), ==, "Unsaved work");
  g_assert_cmpuint (trellis_project_count_items (restored, TRELLIS_TYPE_ACTION), ==, 2);
  g_assert_true (trellis_project_get_dirty (restored));
  g_assert_cmpstr (trellis_project_get_uuid (restored), ==, uuid);

  g_assert_true (trellis_recovery_discard (recovery, &error));
  g_assert_no_error (error);
  g_clear_pointer (&orphans, g_ptr_array_unref);
  orphans = trellis_recovery_list_orphans (&error);
  g_assert_cmpuint (orphans->len, ==, 0);
}

static guint
count_copies (void)
{
  g_autoptr(GFile) directory = trellis_recovery_get_directory ();
  g_autoptr(GDir) dir = g_dir_open (g_file_peek_path (directory), 0, NULL);
  const char *name;
  guint n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    n += g_str_has_suffix (name, ".trellis");
  return n;
}

static GFile *
file_with_mode (const char *dir,
                const char *name,
                int         mode)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, "x", -1, NULL));
  g_assert_cmpint (g_chmod (path, mode), ==, 0);
  return g_file_new_for_path (path);
}

/* Issue 18, case 5: two files of one project (a copy made in the file
 * manager) shared one recovery copy, so one window's work was lost. */
static void
test_same_uuid_two_files (void)
{
  g_autoptr(TrellisProject) a = trellis_test_build_full_project ();
  g_autoptr(TrellisProject) b = NULL;
  g_autoptr(GBytes) bytes = trellis_project_to_bytes (a);
  g_autoptr(GFile) file_a = g_file_new_for_path ("/srv/projects/a.trellis");
  g_autoptr(GFile) file_b = g_file_new_for_path ("/srv/projects/copy of a.trellis");
  g_autoptr(GError) error = NULL;

  b = trellis_project_load_from_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                      "copy of a.trellis", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (trellis_project_get_uuid (a), ==, trellis_project_get_uuid (b));

  g_assert_true (trellis_recovery_save (a, file_a, &error));
  g_assert_true (trellis_recovery_save (b, file_b, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_copies (), ==, 2);

  /* Saving one discards its copy only. */
  g_assert_true (trellis_recovery_discard_for (a, &error));
  g_assert_cmpuint (count_copies (), ==, 1);

  /* Saved under another name: one copy, under the new name. */
  g_assert_true (trellis_recovery_save (b, file_a, &error));
  g_assert_cmpuint (count_copies (), ==, 1);
  g_assert_true (trellis_recovery_discard_for (b, &error));
  g_assert_cmpuint (count_copies (), ==, 0);
}

static int
mode_of (GFile *file)
{
  struct stat st;

  g_assert_cmpint (g_stat (g_file_peek_path (file), &st), ==, 0);
  return st.st_mode & 0777;
}

/* Issue 18, case 15: the copy of a 0600 project was written 0644. */
static void
test_permissions (void)
{
  g_autofree char *dir = trellis_test_make_tmpdir ();
  g_autoptr(TrellisProject) project = trellis_test_build_full_project ();
  g_autoptr(TrellisProject) unsaved = trellis_test_build_full_project ();
  g_autoptr(GFile) private_file = file_with_mode (dir, "private.trellis", 0600);
  g_autoptr(GFile) shared_file = file_with_mode (dir, "shared.trellis", 0640);
  g_autoptr(GFile) directory = trellis_recovery_get_directory ();
  g_autoptr(GPtrArray) copies = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  mode_t mask = umask (0022);

  g_assert_true (trellis_recovery_save (project, private_file, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mode_of (directory), ==, 0700);
  for (guint round = 0; round < 3; round++)
    {
      g_autoptr(GDir) listing = g_dir_open (g_file_peek_path (directory), 0, NULL);
      const char *name;
      int expected = round == 0 ? 0600 : round == 1 ? 0640 : 0600;

      while ((name = g_dir_read_name (listing)) != NULL)
        {
          g_autoptr(GFile) copy = g_file_get_child (directory, name);

          g_test_message ("%s: %o", name, mode_of (copy));
          g_assert_cmpint (mode_of (copy), ==, expected);
        }
      g_assert_true (trellis_recovery_discard_for (round == 1 ? unsaved : project, &error));
      if (round == 0)
        g_assert_true (trellis_recovery_save (unsaved, shared_file, &error));
      else if (round == 1)
        g_assert_true (trellis_recovery_save (project, NULL, &error));  /* never saved */
      g_assert_no_error (error);
    }
  umask (mask);
}

static void
test_no_directory (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) orphans = trellis_recovery_list_orphans (&error);

  g_assert_no_error (error);
  g_assert_cmpuint (orphans->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/recovery/no-directory", test_no_directory);
  g_test_add_func ("/core/recovery/live-copy-is-not-an-orphan", test_live_copy_is_not_an_orphan);
  g_test_add_func ("/core/recovery/orphan-after-crash", test_orphan_after_crash);
  g_test_add_func ("/core/recovery/same-uuid-two-files", test_same_uuid_two_files);
  g_test_add_func ("/core/recovery/permissions", test_permissions);

  return g_test_run ();
}
