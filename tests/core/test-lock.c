/* test-lock.c: lock files beside open projects
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <unistd.h>
#include <sys/wait.h>
#include <glib/gstdio.h>

#include "trellis-test-utils.h"

typedef struct
{
  char  *dir;
  GFile *project;
  GFile *lock;
} Fixture;

static void
set_up (Fixture       *fixture,
        gconstpointer  data)
{
  fixture->dir = trellis_test_make_tmpdir ();
  fixture->project = g_file_new_build_filename (fixture->dir, "plan.trellis", NULL);
  fixture->lock = trellis_lock_file_for (fixture->project);
}

static void
tear_down (Fixture       *fixture,
           gconstpointer  data)
{
  g_clear_object (&fixture->project);
  g_clear_object (&fixture->lock);
  g_free (fixture->dir);
}

static void
write_lock (Fixture    *fixture,
            const char *host,
            GPid        pid)
{
  g_autofree char *text = g_strdup_printf ("[Lock]\nuser=someone\nhost=%s\npid=%d\n"
                                           "time=2026-11-22T09:00:00Z\n", host, (int) pid);
  g_autofree char *path = g_file_get_path (fixture->lock);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
}

static GPid
spawn (const char *program)
{
  const char *argv[] = { program, "30", NULL };
  g_autoptr(GError) error = NULL;
  GPid pid;

  g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_DO_NOT_REAP_CHILD,
                 NULL, NULL, &pid, &error);
  g_assert_no_error (error);
  return pid;
}

static void
test_acquire_release (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TrellisLock) lock = trellis_lock_acquire (fixture->project, FALSE, &error);
  g_autoptr(TrellisLock) read = NULL;
  g_autoptr(TrellisLock) again = NULL;
  g_autofree char *name = g_file_get_basename (fixture->lock);

  g_assert_no_error (error);
  g_assert_cmpstr (name, ==, ".plan.trellis.lock");
  g_assert_true (g_file_query_exists (fixture->lock, NULL));

  read = trellis_lock_read (fixture->project, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (trellis_lock_get_user (read), ==, g_get_user_name ());
  g_assert_cmpstr (trellis_lock_get_host (read), ==, g_get_host_name ());
  g_assert_cmpint (trellis_lock_get_pid (read), ==, getpid ());
  g_assert_nonnull (trellis_lock_get_time (read));
  g_assert_true (trellis_lock_is_ours (read));
  g_assert_false (trellis_lock_is_stale (read));

  /* Taking our own lock again is fine (a second window of this process). */
  again = trellis_lock_acquire (fixture->project, FALSE, &error);
  g_assert_no_error (error);

  g_assert_true (trellis_lock_release (lock, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_query_exists (fixture->lock, NULL));
  g_assert_null (trellis_lock_read (fixture->project, &error));
  g_assert_no_error (error);
}

static void
test_held_by_live_process (Fixture       *fixture,
                           gconstpointer  data)
{
  GPid other = spawn ("sleep");
  g_autoptr(GError) error = NULL;
  g_autoptr(TrellisLock) lock = NULL;
  g_autoptr(TrellisLock) stolen = NULL;
  g_autofree char *expected = g_strdup_printf ("(process %d)", (int) other);

  write_lock (fixture, g_get_host_name (), other);
  lock = trellis_lock_acquire (fixture->project, FALSE, &error);
  g_assert_null (lock);
  g_assert_error (error, TRELLIS_LOCK_ERROR, TRELLIS_LOCK_ERROR_LOCKED);
  g_assert_nonnull (strstr (error->message, "“plan.trellis” is open by someone on "));
  g_assert_nonnull (strstr (error->message, expected));
  g_clear_error (&error);

  /* "Open anyway" takes it over; the other process then does not remove ours. */
  stolen = trellis_lock_acquire (fixture->project, TRUE, &error);
  g_assert_no_error (error);
  {
    g_autoptr(TrellisLock) current = trellis_lock_read (fixture->project, NULL);
    g_assert_true (trellis_lock_is_ours (current));
  }

  kill (other, SIGTERM);
  waitpid (other, NULL, 0);
  g_spawn_close_pid (other);
}

static void
test_stale (Fixture       *fixture,
            gconstpointer  data)
{
  GPid gone = spawn ("true");
  g_autoptr(GError) error = NULL;
  g_autoptr(TrellisLock) holder = NULL;
  g_autoptr(TrellisLock) lock = NULL;

  waitpid (gone, NULL, 0);
  g_spawn_close_pid (gone);
  write_lock (fixture, g_get_host_name (), gone);

  holder = trellis_lock_read (fixture->project, &error);
  g_assert_true (trellis_lock_is_stale (holder));
  lock = trellis_lock_acquire (fixture->project, FALSE, &error);
  g_assert_no_error (error);
  g_assert_true (trellis_lock_is_ours (lock));
}

static void
test_other_host (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TrellisLock) holder = NULL;
  g_autoptr(TrellisLock) lock = NULL;

  /* A pid on another machine cannot be checked: never stale. */
  write_lock (fixture, "elsewhere.example.org", 1);
  holder = trellis_lock_read (fixture->project, &error);
  g_assert_false (trellis_lock_is_stale (holder));
  g_assert_false (trellis_lock_is_ours (holder));
  lock = trellis_lock_acquire (fixture->project, FALSE, &error);
  g_assert_null (lock);
  g_assert_error (error, TRELLIS_LOCK_ERROR, TRELLIS_LOCK_ERROR_LOCKED);
  g_assert_nonnull (strstr (error->message, "elsewhere.example.org"));
}

static void
test_release_after_takeover (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TrellisLock) lock = trellis_lock_acquire (fixture->project, FALSE, &error);

  /* Someone on another host opened it anyway: our release leaves theirs. */
  write_lock (fixture, "elsewhere.example.org", 77);
  g_assert_true (trellis_lock_release (lock, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_query_exists (fixture->lock, NULL));
}

static void
test_garbage (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *path = g_file_get_path (fixture->lock);
  g_autoptr(GError) error = NULL;
  g_autoptr(TrellisLock) holder = NULL;
  g_autoptr(TrellisLock) lock = NULL;

  g_assert_true (g_file_set_contents (path, "\x01\x02 not a key file [", -1, NULL));
  holder = trellis_lock_read (fixture->project, &error);
  g_assert_no_error (error);
  g_assert_true (trellis_lock_is_stale (holder));
  lock = trellis_lock_acquire (fixture->project, FALSE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (lock);
}

/* In a child: waits for the start byte, tries to take the lock, reports
 * 1 (got it) or 0 on @report, and stays alive (holding what it got) until
 * @stop closes. */
static void
contend (Fixture *fixture,
         int      start,
         int      report,
         int      stop)
{
  char byte;
  TrellisLock *lock;

  if (read (start, &byte, 1) != 1)
    _exit (2);
  lock = trellis_lock_acquire (fixture->project, FALSE, NULL);
  byte = lock != NULL ? '1' : '0';
  if (write (report, &byte, 1) != 1)
    _exit (2);
  while (read (stop, &byte, 1) > 0)
    ;
  _exit (0);
}

/* Issue 18, case 4: two processes could both take over one stale lock
 * (check, then write).  Eight processes race for a stale lock, twenty
 * times: each time exactly one gets it. */
static void
test_takeover_race (Fixture       *fixture,
                    gconstpointer  data)
{
  GPid gone = spawn ("true");

  waitpid (gone, NULL, 0);
  g_spawn_close_pid (gone);
  for (guint round = 0; round < 20; round++)
    {
      int start[2], report[2], stop[2];
      pid_t children[8];
      guint winners = 0;

      write_lock (fixture, g_get_host_name (), gone);
      g_assert_cmpint (pipe (start), ==, 0);
      g_assert_cmpint (pipe (report), ==, 0);
      g_assert_cmpint (pipe (stop), ==, 0);
      for (guint i = 0; i < G_N_ELEMENTS (children); i++)
        {
          children[i] = fork ();
          g_assert_cmpint (children[i], >=, 0);
          if (children[i] == 0)
            {
              close (start[1]);
              close (report[0]);
              close (stop[1]);
              contend (fixture, start[0], report[1], stop[0]);
            }
        }
      close (start[0]);
      close (report[1]);
      close (stop[0]);
      g_assert_cmpint (write (start[1], "gogogogo", 8), ==, 8);
      for (guint i = 0; i < G_N_ELEMENTS (children); i++)
        {
          char byte = 0;

          g_assert_cmpint (read (report[0], &byte, 1), ==, 1);
          winners += byte == '1';
        }
      close (start[1]);
      close (report[0]);
      close (stop[1]);
      for (guint i = 0; i < G_N_ELEMENTS (children); i++)
        waitpid (children[i], NULL, 0);
      g_assert_cmpuint (winners, ==, 1);
      g_assert_false (g_file_test (g_file_peek_path (fixture->lock), G_FILE_TEST_IS_SYMLINK));
    }
}

/* Before a save: the lock is checked to be still ours. */
static void
test_check (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TrellisLock) lock = trellis_lock_acquire (fixture->project, FALSE, &error);

  g_assert_no_error (error);
  g_assert_true (trellis_lock_check (lock, &error));
  g_assert_no_error (error);

  write_lock (fixture, "elsewhere.example.org", 77);
  g_assert_false (trellis_lock_check (lock, &error));
  g_assert_error (error, TRELLIS_LOCK_ERROR, TRELLIS_LOCK_ERROR_LOCKED);
  g_assert_nonnull (strstr (error->message, "elsewhere.example.org"));
  g_clear_error (&error);

  g_assert_cmpint (g_unlink (g_file_peek_path (fixture->lock)), ==, 0);
  g_assert_false (trellis_lock_check (lock, &error));
  g_assert_error (error, TRELLIS_LOCK_ERROR, TRELLIS_LOCK_ERROR_FAILED);
}

/* Issue 18, case 3: where no lock can be written, acquiring says so with
 * TRELLIS_LOCK_ERROR_FAILED (the window then opens the project read-only). */
static void
test_unwritable (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GFile) nowhere = g_file_new_build_filename (fixture->dir, "gone", "plan.trellis", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TrellisLock) lock = trellis_lock_acquire (nowhere, FALSE, &error);

  g_assert_null (lock);
  g_assert_error (error, TRELLIS_LOCK_ERROR, TRELLIS_LOCK_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, ".plan.trellis.lock"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, set_up, func, tear_down)
  ADD ("/core/lock/acquire-release", test_acquire_release);
  ADD ("/core/lock/held-by-live-process", test_held_by_live_process);
  ADD ("/core/lock/stale", test_stale);
  ADD ("/core/lock/other-host", test_other_host);
  ADD ("/core/lock/release-after-takeover", test_release_after_takeover);
  ADD ("/core/lock/garbage", test_garbage);
  ADD ("/core/lock/takeover-race", test_takeover_race);
  ADD ("/core/lock/check", test_check);
  ADD ("/core/lock/unwritable", test_unwritable);
#undef ADD

  return g_test_run ();
}
