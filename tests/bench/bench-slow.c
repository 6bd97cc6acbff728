/* bench-slow.c: trellis-cli on the projects that once were slow
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-slow DIR  (the slow corpus, tests/data/slow/README.md;
 * written there by build-aux/gen-slow-corpus.c first if DIR does not hold
 * it yet)
 *
 * Times whole processes of `trellis-cli validate`, `check`, `status` and
 * `selfcheck` on the sample and on each file: the median of RUNS runs, in
 * CPU time (user + system of the child, from wait4(), which other work on
 * the machine does not distort) and wall-clock time, and prints each CPU
 * time as a ratio to the sample's for the same command.  A run that
 * crashes fails at once; in an optimised build without debugging
 * (--buildtype=release) a run over LIMIT_MS of CPU fails too.  A run still
 * going after TIMEOUT_S is stopped, counted over the limit, and that
 * command is not run again on that file.
 */

#include "config.h"

#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <glib/gstdio.h>

#include "trellis-test-utils.h"

#define RUNS 3
#define LIMIT_MS 5000.0  /* case 16 took 10 s */
#define TIMEOUT_S 60

#if !defined (TRELLIS_CLI_PATH) || !defined (TRELLIS_GEN_SLOW_CORPUS_PATH)
#error "TRELLIS_CLI_PATH and TRELLIS_GEN_SLOW_CORPUS_PATH must be defined"
#endif

extern char **environ;

static const char * const commands[] = { "validate", "check", "status", "selfcheck" };

typedef struct
{
  double   cpu;        /* ms */
  double   wall;       /* ms */
  gboolean stopped;    /* after TIMEOUT_S */
} Timing;

/* Waits for @pid, stopping it after TIMEOUT_S; returns wait4()'s status. */
static int
wait_or_stop (pid_t          pid,
              struct rusage *usage,
              gboolean      *stopped)
{
  gint64 deadline = g_get_monotonic_time () + TIMEOUT_S * G_USEC_PER_SEC;
  int status;

  *stopped = FALSE;
  while (wait4 (pid, &status, WNOHANG, usage) == 0)
    {
      if (!*stopped && g_get_monotonic_time () > deadline)
        {
          kill (pid, SIGKILL);
          *stopped = TRUE;
        }
      g_usleep (5000);
    }
  return status;
}

/* One run of `trellis-cli COMMAND PATH`, its output thrown away. */
static Timing
run_once (const char *command,
          const char *path)
{
  const char *argv[] = { TRELLIS_CLI_PATH, command, path, NULL };
  posix_spawn_file_actions_t actions;
  struct rusage usage;
  gint64 start;
  Timing timing;
  pid_t pid;
  int status;

  posix_spawn_file_actions_init (&actions);
  posix_spawn_file_actions_addopen (&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen (&actions, 2, "/dev/null", O_WRONLY, 0);
  start = g_get_monotonic_time ();
  g_assert_cmpint (posix_spawn (&pid, argv[0], &actions, NULL, (char **) argv, environ), ==, 0);
  status = wait_or_stop (pid, &usage, &timing.stopped);
  timing.wall = (g_get_monotonic_time () - start) / 1e3;
  posix_spawn_file_actions_destroy (&actions);

  /* 0: fine; 1: the plan has problems (check, selfcheck); never a signal. */
  if (!timing.stopped && (!WIFEXITED (status) || WEXITSTATUS (status) > 1))
    g_error ("trellis-cli %s %s: status %d", command, path, status);
  timing.cpu = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
               (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
  return timing;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static Timing
run_median (const char *command,
            const char *path)
{
  double cpu[RUNS], wall[RUNS];

  for (guint i = 0; i < RUNS; i++)
    {
      Timing timing = run_once (command, path);

      if (timing.stopped)
        return timing;
      cpu[i] = timing.cpu;
      wall[i] = timing.wall;
    }
  qsort (cpu, RUNS, sizeof cpu[0], compare_doubles);
  qsort (wall, RUNS, sizeof wall[0], compare_doubles);
  return (Timing) { cpu[RUNS / 2], wall[RUNS / 2], FALSE };
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

static char *
describe (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);
  GStatBuf st;

  /* ASCII only: meson's log may not be UTF-8. */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return g_strdup_printf ("%s (%.1f MB)", base, st.st_size / 1e6);
}

/* Times every command on @path; returns how many went over the limit. */
static guint
time_file (const char *path,
           Timing     *sample)
{
  g_autofree char *name = describe (path);
  guint over = 0;

  for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
    {
      Timing timing = run_median (commands[c], path);

      if (sample[c].cpu == 0)
        sample[c] = timing;
      gboolean too_slow = timing.stopped || timing.cpu > LIMIT_MS;

      g_print ("%-44s %-10s %9.0f %9.0f %8.1fx%s\n", name, commands[c], timing.cpu, timing.wall,
               timing.cpu / MAX (sample[c].cpu, 1.0),
               timing.stopped ? "  stopped after " G_STRINGIFY (TIMEOUT_S) " s" :
               too_slow ? "  over the limit" : "");
      over += too_slow;
    }
  return over;
}

/* The corpus in @dir, written first if a previous run did not finish it;
 * sorted by name. */
static GPtrArray *
list_corpus (const char *dir)
{
  g_autofree char *stamp = g_build_filename (dir, "complete", NULL);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) listing = NULL;
  const char *name;

  if (!g_file_test (stamp, G_FILE_TEST_EXISTS))
    {
      const char *argv[] = { TRELLIS_GEN_SLOW_CORPUS_PATH, dir, NULL };
      g_autoptr(GError) error = NULL;
      int status;

      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL,
                    &status, &error);
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      g_assert_true (g_file_set_contents (stamp, "", 0, NULL));
    }
  listing = g_dir_open (dir, 0, NULL);
  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    if (g_str_has_suffix (name, ".trellis"))
      g_ptr_array_add (files, g_build_filename (dir, name, NULL));
  g_ptr_array_sort (files, compare_paths);
  return g_steal_pointer (&files);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = trellis_test_make_tmpdir ();
  g_autofree char *registry = g_build_filename (dir, "registry.db", NULL);
  g_autofree char *sample_path = trellis_test_sample_path ();
  Timing sample[G_N_ELEMENTS (commands)] = { { 0 } };
  g_autoptr(GPtrArray) corpus = NULL;
  guint over = 0;

  if (argc != 2)
    {
      g_printerr ("Usage: %s DIR\n", argv[0]);
      return 2;
    }
  corpus = list_corpus (argv[1]);

  /* The same day for every run, and a registry of our own. */
  g_setenv ("TRELLIS_TODAY", "2027-03-15", TRUE);
  g_setenv ("TRELLIS_REGISTRY", registry, TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);

  g_print ("%-44s %-10s %9s %9s %9s\n", "file", "command", "CPU ms", "wall ms", "/sample");
  time_file (sample_path, sample);
  for (guint i = 0; i < corpus->len; i++)
    over += time_file (corpus->pdata[i], sample);

  trellis_test_remove_tree (dir);
  g_print ("%u of %u runs over %.0f ms of CPU (the limit fails %s)\n", over,
           corpus->len * (guint) G_N_ELEMENTS (commands), LIMIT_MS,
           TRELLIS_BENCH_ENFORCE ? "this build" : "only a release build");
  return TRELLIS_BENCH_ENFORCE && over > 0 ? 1 : 0;
}
