/* bench-file.c: load and save time of a large project, against xmllint
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Whole processes are timed, as a user would see them, on a project of
 * 5,000 actions (2,000 stakeholders, 10,000 notes):
 *
 *   load:        `trellis-cli validate F`    against `xmllint --noout F`
 *                (reading and checking against parsing alone), target 1.5×;
 *   load + save: `trellis-cli export F OUT`  against `xmllint --format F`
 *                (parsing and writing), target 2×.
 *
 * Each time is the median of several runs, the four commands taking
 * turns.  The ratios are of CPU time (user + system, from the kernel's
 * account of the finished child), which a machine busy with other work
 * does not distort; wall-clock times are printed beside them.  The ratios
 * are printed in every build; only an optimised build without debugging
 * (such as `meson setup --buildtype=release`) fails when one exceeds its
 * target.
 *
 * `bench-file --keep DIR` writes the generated project to DIR and keeps
 * it there, for profiling; `--cli PATH` times another trellis-cli (an
 * older build, to compare).
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

#include <glib/gstdio.h>

#include "trellis-test-utils.h"

#define RUNS 9
#define LOAD_TARGET 1.5
#define EXPORT_TARGET 2.0

#ifndef TRELLIS_CLI_PATH
#error "TRELLIS_CLI_PATH must name the trellis-cli to time"
#endif

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a, db = *(const double *) b;
  return (da > db) - (da < db);
}

static double
median (double *samples)
{
  qsort (samples, RUNS, sizeof (double), compare_doubles);
  return samples[RUNS / 2];
}

static double
children_cpu_ms (void)
{
  struct rusage usage;

  g_assert_cmpint (getrusage (RUSAGE_CHILDREN, &usage), ==, 0);
  return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

typedef struct
{
  double cpu;   /* ms of user and system time */
  double wall;  /* ms */
} Sample;

/* Runs @argv once, its output thrown away. */
static Sample
time_process (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  double cpu = children_cpu_ms ();
  gint64 start = g_get_monotonic_time ();
  int status = 0;
  Sample sample;

  g_spawn_sync (NULL, (char **) argv, NULL,
                G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                NULL, NULL, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s failed: %s", argv[0], error->message);
  sample.wall = (g_get_monotonic_time () - start) / 1000.0;
  sample.cpu = children_cpu_ms () - cpu;
  return sample;
}

enum { VALIDATE, NOOUT, EXPORT, FORMAT, N_COMMANDS };

/* Medians of CPU and wall time of each command, which take turns so
 * that a busy moment slows all alike. */
static void
time_all (const char *cli,
          const char *path,
          const char *out,
          Sample      medians[N_COMMANDS])
{
  const char *validate[] = { cli, "validate", path, NULL };
  const char *noout[] = { "xmllint", "--noout", path, NULL };
  const char *export[] = { cli, "export", path, out, NULL };
  const char *format[] = { "xmllint", "--format", path, NULL };
  const char * const *commands[N_COMMANDS] = { validate, noout, export, format };
  double cpu[N_COMMANDS][RUNS], wall[N_COMMANDS][RUNS];

  for (guint i = 0; i < RUNS; i++)
    for (guint c = 0; c < N_COMMANDS; c++)
      {
        Sample sample = time_process (commands[c]);

        cpu[c][i] = sample.cpu;
        wall[c][i] = sample.wall;
      }

  for (guint c = 0; c < N_COMMANDS; c++)
    medians[c] = (Sample) { median (cpu[c]), median (wall[c]) };
}

static gboolean
report (const char *name,
        Sample      ours,
        const char *theirs_name,
        Sample      theirs,
        double      target)
{
  double ratio = ours.cpu / theirs.cpu;

  g_print ("%-20s %6.1f ms   %-16s %6.1f ms   ratio %.2f (target <= %.2f)"
           "   [wall %6.1f / %6.1f ms = %.2f]\n",
           name, ours.cpu, theirs_name, theirs.cpu, ratio, target,
           ours.wall, theirs.wall, ours.wall / theirs.wall);
  return ratio <= target;
}

static void
write_large_project (const char *path)
{
  g_autoptr(TrellisProject) project = trellis_test_build_large_project (5000, 2000, 10000);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  trellis_project_save_copy (project, file, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_print ("large project: 5000 actions, 2000 stakeholders, 10000 notes, %.1f MB\n",
           st.st_size / 1e6);
}

int
main (int   argc,
      char *argv[])
{
  const char *keep = NULL;
  const char *cli = TRELLIS_CLI_PATH;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *out = NULL;
  gboolean enforce = TRELLIS_BENCH_ENFORCE;
  gboolean ok = TRUE;
  Sample times[N_COMMANDS];

  for (int i = 1; i + 1 < argc; i += 2)
    if (g_str_equal (argv[i], "--keep"))
      keep = argv[i + 1];
    else if (g_str_equal (argv[i], "--cli"))
      cli = argv[i + 1];
  dir = keep != NULL ? g_strdup (keep) : trellis_test_make_tmpdir ();
  path = g_build_filename (dir, "large.trellis", NULL);
  out = g_build_filename (dir, "large-export.trellis", NULL);

  write_large_project (path);
  g_print ("timing %s\n", cli);
  time_all (cli, path, out, times);

  g_print ("CPU time (user + system), median of %d runs:\n", RUNS);
  ok &= report ("load (validate)", times[VALIDATE], "xmllint --noout", times[NOOUT], LOAD_TARGET);
  ok &= report ("load+save (export)", times[EXPORT], "xmllint --format", times[FORMAT],
                EXPORT_TARGET);

  if (ok)
    g_print ("PASS\n");
  else
    g_print ("%s\n", enforce ? "FAIL: over target" : "over target (not enforced: not a release build)");

  if (keep == NULL)
    {
      g_unlink (path);
      g_unlink (out);
      g_rmdir (dir);
    }
  return ok || !enforce ? 0 : 1;
}
