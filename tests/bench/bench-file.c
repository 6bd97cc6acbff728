/* bench-file.c: load and save time of a large project, against xmllint
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Targets: loading takes at most 2.5× `xmllint --noout` on the same file
 * (which only parses), saving at most 2× `xmllint --format` (which parses
 * and writes).  Each time is the median of several runs.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include <glib/gstdio.h>

#include "trellis-test-utils.h"

#define RUNS 7

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
time_xmllint (const char *option,
              const char *path)
{
  const char *argv[] = { "xmllint", option, path, NULL };
  double samples[RUNS];

  for (guint i = 0; i < RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      int status;
      g_autoptr(GError) error = NULL;

      g_spawn_sync (NULL, (char **) argv, NULL,
                    G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                    NULL, NULL, &status, &error);
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      samples[i] = (g_get_monotonic_time () - start) / 1000.0;
    }

  return median (samples);
}

static double
time_load (GFile *file)
{
  double samples[RUNS];

  for (guint i = 0; i < RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GError) error = NULL;
      g_autoptr(TrellisProject) project = trellis_project_load (file, &error);

      g_assert_no_error (error);
      samples[i] = (g_get_monotonic_time () - start) / 1000.0;
    }

  return median (samples);
}

static double
time_save (TrellisProject *project,
           GFile          *file)
{
  double samples[RUNS];

  for (guint i = 0; i < RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GError) error = NULL;

      trellis_project_save (project, file, &error);
      g_assert_no_error (error);
      samples[i] = (g_get_monotonic_time () - start) / 1000.0;
    }

  return median (samples);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = trellis_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "large.trellis", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(TrellisProject) project = trellis_test_build_large_project (5000, 2000, 10000);
  g_autoptr(TrellisProject) loaded = NULL;
  g_autoptr(GError) error = NULL;
  double load, parse, save, format;
  gboolean ok;

  trellis_project_save (project, file, &error);
  g_assert_no_error (error);
  loaded = trellis_project_load (file, &error);
  g_assert_no_error (error);

  load = time_load (file);
  parse = time_xmllint ("--noout", path);
  save = time_save (loaded, file);
  format = time_xmllint ("--format", path);

  {
    GStatBuf st;
    g_assert_cmpint (g_stat (path, &st), ==, 0);
    g_print ("large project: 5000 actions, 2000 stakeholders, 10000 notes, %.1f MB\n",
             st.st_size / 1e6);
  }
  g_print ("load  %7.1f ms   xmllint --noout  %7.1f ms   ratio %.2f (target <= 2.50)\n",
           load, parse, load / parse);
  g_print ("save  %7.1f ms   xmllint --format %7.1f ms   ratio %.2f (target <= 2.00)\n",
           save, format, save / format);

  ok = load / parse <= 2.5 && save / format <= 2.0;
  g_print ("%s\n", ok ? "PASS" : "FAIL: over target");
  g_unlink (path);
  return ok ? 0 : 1;
}
