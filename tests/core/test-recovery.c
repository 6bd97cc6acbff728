/* test-recovery.c: recovery copies of unsaved work
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <unistd.h>
#include <sys/wait.h>

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

  return g_test_run ();
}
