/* gen-slow-corpus.c: writes the projects that once were slow to open
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: gen-slow-corpus OUTDIR [CASE…]
 *
 * Each case is a project of one large dimension, built with the core
 * (so that it is always valid for this version) from a fixed seed (so
 * that it is the same file every time); tests/data/slow/README.md says
 * what each one once cost.  The files are several megabytes: they are
 * written into the build folder (tests/bench/meson.build), not committed.
 */

#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <glib/gstdio.h>

#include "trellis-test-utils.h"

#define N_GOALS 100
#define N_INDICATORS_PER_GOAL 50
/* 100 a goal's indicator would make a file of 72 MB, over the loader's
 * limit of 64 MiB (TRELLIS_FILE_MAX_SIZE): the largest round count under it. */
#define N_MEASUREMENTS_PER_INDICATOR 80

typedef TrellisProject *(*BuildFunc) (void);

static void
add (TrellisProject *project,
     gpointer        item)
{
  trellis_project_add_item (project, item);
  g_object_unref (item);
}

/* Issue 18, case 16: the plan check built a row per warning at load. */
static TrellisProject *
build_plan (void)
{
  return trellis_test_build_large_project (4000, 200, 0);
}

static TrellisProject *
build_stakeholders (void)
{
  return trellis_test_build_large_project (0, 2000, 0);
}

static TrellisProject *
build_swot (void)
{
  TrellisProject *project = trellis_project_new ("SWOT board of 10,000 notes");
  g_autoptr(GRand) rand = g_rand_new_with_seed (16);

  for (guint i = 0; i < 10000; i++)
    {
      g_autofree char *text = g_strdup_printf ("Note %u of the workshop wall, quadrant %u", i, i % 4);
      TrellisSwotItem *note = trellis_swot_item_new (i % 4, text);

      trellis_swot_item_set_votes (note, g_rand_int_range (rand, 0, 12));
      add (project, note);
    }
  return project;
}

static void
add_indicator (TrellisProject *project,
               TrellisGoal    *goal,
               GRand          *rand,
               guint           number)
{
  g_autofree char *name = g_strdup_printf ("Indicator %u of %s", number,
                                           trellis_goal_get_title (goal));
  TrellisIndicator *indicator = trellis_indicator_new (name);
  TrellisDay start = trellis_date_from_dmy (1, 1, 2020);

  trellis_indicator_set_goal_uuid (indicator, trellis_item_get_uuid (TRELLIS_ITEM (goal)));
  trellis_indicator_set_unit (indicator, "members");
  trellis_indicator_set_baseline (indicator, 10);
  trellis_indicator_set_baseline_date (indicator, start);
  trellis_indicator_set_target (indicator, 100);
  trellis_indicator_set_target_date (indicator, start + 3650);
  for (guint m = 0; m < N_MEASUREMENTS_PER_INDICATOR; m++)
    add (project, trellis_measurement_new (indicator, start + 30 * m,
                                           10 + m + g_rand_int_range (rand, 0, 10)));
  add (project, indicator);
}

static TrellisProject *
build_goals (void)
{
  TrellisProject *project = trellis_project_new ("Goals with indicators and measurements");
  g_autoptr(GRand) rand = g_rand_new_with_seed (50);

  for (guint g = 0; g < N_GOALS; g++)
    {
      g_autofree char *title = g_strdup_printf ("Goal %u", g + 1);
      TrellisGoal *goal = trellis_goal_new (title);

      for (guint i = 0; i < N_INDICATORS_PER_GOAL; i++)
        add_indicator (project, goal, rand, i + 1);
      add (project, goal);
    }
  return project;
}

static const struct
{
  const char *name;
  BuildFunc   build;
} cases[] = {
  { "plan-4000-actions", build_plan },
  { "swot-10000-notes", build_swot },
  { "stakeholders-2000", build_stakeholders },
  { "goals-100x50x80", build_goals },
};

static gboolean
write_case (const char  *dir,
            guint        i,
            GError     **error)
{
  g_autoptr(TrellisProject) project = cases[i].build ();
  g_autoptr(GBytes) bytes = trellis_project_to_bytes (project);
  g_autofree char *name = g_strconcat (cases[i].name, ".trellis", NULL);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  if (!trellis_write_file_atomically (file, bytes, FALSE, error))
    return FALSE;
  g_print ("%s: %" G_GSIZE_FORMAT " bytes\n", path, g_bytes_get_size (bytes));
  return TRUE;
}

static gboolean
wanted (guint   i,
        int     argc,
        char  **argv)
{
  if (argc <= 2)
    return TRUE;
  for (int a = 2; a < argc; a++)
    if (g_str_equal (argv[a], cases[i].name))
      return TRUE;
  return FALSE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;

  if (argc < 2)
    {
      fprintf (stderr, "Usage: %s OUTDIR [CASE…]\n", argv[0]);
      return 2;
    }
  if (g_mkdir_with_parents (argv[1], 0755) != 0)
    {
      fprintf (stderr, "%s: %s\n", argv[1], g_strerror (errno));
      return 1;
    }
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    if (wanted (i, argc, argv) && !write_case (argv[1], i, &error))
      {
        fprintf (stderr, "%s\n", error->message);
        return 1;
      }
  return 0;
}
