/* bench-window.c: the first frame of every page, on projects of 1x, 10x and 100x the sample
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Whole processes are timed, as a user would see them: trellis-screenshot
 * opens a project, shows one page and writes a PNG once the page has been
 * drawn. The time and CPU counted run from the process's start to the
 * page's first painted frame (the tool's --first-frame line), not the
 * frames the tool waits for before its picture; peak memory is the whole
 * process's. Each page's time is given over the start window's own (the same
 * tool without a project), so what is left is what the project and the
 * page cost. The projects are the sample (about 150 items) plus generated
 * items: about 3,000 at 10x (500 actions, 200 stakeholders, 1,000 SWOT
 * notes…) and 30,000 at 100x, written here with the core API.
 *
 * Every tool of the tool table is timed (the screenshot tool's
 * --list-pages, and the overview), each twice: with GSK_RENDERER=cairo and
 * with GTK's default renderer. Under Xvfb the default is GL on llvmpipe, a
 * software rasterizer that costs most of a frame's CPU and is not what
 * users have, so the targets are judged on the cairo runs and the GL
 * figures are shown for information. Times are CPU seconds (user +
 * system) over the start window's, which a shared machine does not
 * inflate as it does wall time; the wall time is printed beside them.
 *
 * Targets (issue 15): the first frame of any page within 0.5 s at 10x, 2 s
 * at 100x, and 600 MB of peak memory at 100x. PASS or MISS is printed in
 * every build; only an optimised build without debugging (meson setup
 * --buildtype=release) fails on a miss.
 *
 * The screenshot tool needs a display: run the benchmark under
 *   dbus-run-session -- xvfb-run -a -s "-screen 0 1920x1080x24" \
 *     meson test -C _build --benchmark --suite bench -v window
 * Without one it is skipped. TRELLIS_BENCH_QUICK=1 runs 1x and 10x only;
 * a run is stopped after TRELLIS_BENCH_LIMIT seconds (120), and its page
 * shows as over that limit.  Each cairo figure (and the start window's)
 * is the least CPU of TRELLIS_BENCH_REPEAT runs (3), since the machine's
 * other work only ever adds to a run; the GL figures are one run each. `bench-window --keep DIR` only writes the
 * projects into DIR, for profiling one page.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <signal.h>
#include <sys/wait.h>
#include <errno.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "trellis-test-utils.h"

#define FRAME_TARGET_10   0.5
#define FRAME_TARGET_100  2.0
#define MEMORY_TARGET_MB  600.0
#define RUN_TIMEOUT_SEC   600
#define N_SCALES          3

static const guint scales[N_SCALES] = { 1, 10, 100 };

typedef enum
{
  RENDERER_CAIRO,
  RENDERER_DEFAULT,
  N_RENDERERS
} Renderer;

static const char *const renderer_names[N_RENDERERS] = { "cairo", "GL" };

typedef struct
{
  double  seconds;    /* wall clock */
  double  cpu;        /* user + system */
  double  peak_mb;
  gboolean ok;
  gboolean timed_out;
} Run;

/* Seconds a run may take: TRELLIS_BENCH_LIMIT, 120 by default. */
static int
run_limit (void)
{
  const char *limit = g_getenv ("TRELLIS_BENCH_LIMIT");

  return limit != NULL && atoi (limit) > 0 ? atoi (limit) : 120;
}

/* Generating */

static char *
pick_text (GRand      *rand,
           const char *kind,
           guint       i)
{
  static const char *words[] = { "regional", "polymer", "training", "export", "recycling", "members",
                                 "funding", "network", "skills", "market", "quality", "innovation" };

  return g_strdup_printf ("%s %u: %s %s %s", kind, i,
                          words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))],
                          words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))],
                          words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
}

static TrellisDay
pick_day (GRand *rand)
{
  return trellis_date_from_dmy (g_rand_int_range (rand, 1, 29), g_rand_int_range (rand, 1, 13),
                                g_rand_int_range (rand, 2026, 2029));
}

static void
add (TrellisProject *project,
     gpointer        item)
{
  trellis_project_add_item (project, TRELLIS_ITEM (item));
  g_object_unref (item);
}

/* The value step of one unit: goals, their indicators and measurements. */
static void
add_goals (TrellisProject *project,
           GRand          *rand,
           guint           unit,
           GPtrArray      *goals)
{
  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *title = pick_text (rand, "Goal", unit * 5 + i);
      TrellisGoal *goal = trellis_goal_new (title);

      g_ptr_array_add (goals, g_strdup (trellis_item_get_uuid (TRELLIS_ITEM (goal))));
      add (project, goal);
    }
  for (guint i = 0; i < 9; i++)
    {
      g_autofree char *name = pick_text (rand, "Indicator", unit * 9 + i);
      TrellisIndicator *indicator = trellis_indicator_new (name);

      trellis_indicator_set_goal_uuid (indicator, g_ptr_array_index (goals, goals->len - 1 - i % 5));
      trellis_project_add_item (project, TRELLIS_ITEM (indicator));
      for (guint j = 0; j < (i < 4 ? 5 : 4); j++)
        add (project, trellis_measurement_new (indicator, pick_day (rand), g_rand_double_range (rand, 0, 100)));
      g_object_unref (indicator);
    }
}

/* One unit: 50 actions, 20 stakeholders, 100 SWOT notes, 50 canvas notes,
 * 9 milestones, 7 TOWS strategies, 5 goals with 9 indicators and 40
 * measurements: 290 items. */
static void
add_unit (TrellisProject *project,
          GRand          *rand,
          guint           unit)
{
  g_autoptr(GPtrArray) owners = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) goals = g_ptr_array_new_with_free_func (g_free);

  add_goals (project, rand, unit, goals);
  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *name = pick_text (rand, "Stakeholder", unit * 20 + i);
      TrellisStakeholder *stakeholder = trellis_stakeholder_new (name);

      trellis_stakeholder_set_influence (stakeholder, g_rand_int_range (rand, 0, 3));
      trellis_stakeholder_set_attitude (stakeholder, g_rand_int_range (rand, 0, 3));
      trellis_stakeholder_set_helix (stakeholder, g_rand_int_range (rand, 0, 4));
      g_ptr_array_add (owners, g_strdup (trellis_item_get_uuid (TRELLIS_ITEM (stakeholder))));
      add (project, stakeholder);
    }
  for (guint i = 0; i < 100; i++)
    {
      g_autofree char *text = pick_text (rand, "Note", unit * 100 + i);

      add (project, trellis_swot_item_new (g_rand_int_range (rand, 0, 4), text));
      if (i % 2 == 0)
        add (project, trellis_canvas_note_new (g_rand_int_range (rand, 0, 10), text));
    }
  for (guint i = 0; i < 7; i++)
    {
      g_autofree char *title = pick_text (rand, "Strategy", unit * 7 + i);

      add (project, trellis_tows_strategy_new (g_rand_int_range (rand, 0, 4), title));
    }
  for (guint i = 0; i < 50; i++)
    {
      g_autofree char *title = pick_text (rand, "Action", unit * 50 + i);
      TrellisAction *action = trellis_action_new (title);
      TrellisDay start = pick_day (rand);

      trellis_action_set_start (action, start);
      trellis_action_set_due (action, start + g_rand_int_range (rand, 7, 200));
      trellis_action_set_status (action, g_rand_int_range (rand, 0, 5));
      trellis_action_set_progress (action, g_rand_int_range (rand, 0, 101));
      trellis_action_set_budget_planned (action, g_rand_int_range (rand, 0, 50000));
      trellis_action_set_owner_uuid (action, g_ptr_array_index (owners, i % owners->len));
      trellis_action_set_goal_uuid (action, g_ptr_array_index (goals, i % goals->len));
      if (i < 9)
        {
          g_autofree char *milestone = pick_text (rand, "Milestone", unit * 9 + i);
          TrellisMilestone *m = trellis_milestone_new (milestone, trellis_action_get_due (action));

          trellis_milestone_set_action_uuid (m, trellis_item_get_uuid (TRELLIS_ITEM (action)));
          trellis_project_add_item (project, TRELLIS_ITEM (action));
          add (project, m);
          g_object_unref (action);
        }
      else
        add (project, action);
    }
}

static guint
count_items (TrellisProject *project)
{
  const GType *types;
  guint n_types, n = 0;

  types = trellis_project_get_item_types (&n_types);
  for (guint i = 0; i < n_types; i++)
    n += trellis_project_count_items (project, types[i]);
  return n;
}

/* The sample, and for @scale > 1 about as many generated items again as
 * 1,000 x (@scale / 10) more: 3,000 in all at 10x, 30,000 at 100x. */
static char *
write_project (const char *dir,
               guint       scale)
{
  g_autoptr(TrellisProject) project = trellis_test_load_sample ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (15);
  g_autofree char *basename = g_strdup_printf ("scale-%u.trellis", scale);
  char *path = g_build_filename (dir, basename, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  struct stat st;

  for (guint unit = 0; scale > 1 && unit < scale; unit++)
    add_unit (project, rand, unit);
  trellis_project_save_copy (project, file, &error);
  g_assert_no_error (error);
  g_stat (path, &st);
  g_print ("%3ux: %6u items, %5.1f MB  %s\n", scale, count_items (project), st.st_size / 1e6, path);
  return path;
}

/* Running */

/* The pages to time: every tool (a name with a slash) and the pages
 * without tools, in the order of the tool table. */
static GPtrArray *
list_pages (void)
{
  const char *argv[] = { TRELLIS_SCREENSHOT_PATH, "--list-pages", NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *pages = g_ptr_array_new_with_free_func (g_free);
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL, &status, &error))
    g_error ("%s", error->message);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  lines = g_strsplit (g_strstrip (out), "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *prefix = g_strconcat (lines[i], "/", NULL);
      gboolean has_tools = lines[i + 1] != NULL && g_str_has_prefix (lines[i + 1], prefix);

      if (*lines[i] != '\0' && !has_tools)
        g_ptr_array_add (pages, g_strdup (lines[i]));
    }
  g_assert_cmpuint (pages->len, >, 8);
  return pages;
}

static char **
renderer_environ (Renderer renderer)
{
  char **env = g_get_environ ();

  if (renderer == RENDERER_CAIRO)
    return g_environ_setenv (env, "GSK_RENDERER", "cairo", TRUE);
  return g_environ_unsetenv (env, "GSK_RENDERER");
}

/* What the user waits for is the first frame of the page: the tool's
 * "first-frame:" line gives its time and CPU from the process's start,
 * without the frames the tool lets pass before it takes the picture. The
 * whole process's figures stay when the line is missing (a timeout). */
static void
read_first_frame (int  fd,
                  Run *run)
{
  char buffer[4096];
  ssize_t n;
  GString *out = g_string_new (NULL);
  const char *line;
  double wall, cpu;

  while ((n = read (fd, buffer, sizeof buffer)) > 0)
    g_string_append_len (out, buffer, n);
  line = strstr (out->str, "first-frame: ");
  if (line != NULL && sscanf (line, "first-frame: %lf s wall, %lf s cpu", &wall, &cpu) == 2)
    {
      run->seconds = wall;
      run->cpu = cpu;
    }
  g_string_free (out, TRUE);
}

static Run
run_screenshot (const char *project,
                const char *page,
                const char *png,
                Renderer    renderer)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) env = renderer_environ (renderer);
  g_autoptr(GError) error = NULL;
  struct rusage usage;
  Run run = { 0 };
  int status = 0;
  gint64 start, deadline;
  pid_t done = 0;
  GPid pid;
  int out_fd = -1;

  g_ptr_array_add (argv, g_strdup (TRELLIS_SCREENSHOT_PATH));
  g_ptr_array_add (argv, g_strdup ("--output"));
  g_ptr_array_add (argv, g_strdup (png));
  g_ptr_array_add (argv, g_strdup_printf ("--timeout=%d", RUN_TIMEOUT_SEC));
  g_ptr_array_add (argv, g_strdup ("--first-frame"));
  if (project != NULL)
    {
      g_ptr_array_add (argv, g_strdup ("--page"));
      g_ptr_array_add (argv, g_strdup (page));
      g_ptr_array_add (argv, g_strdup (project));
    }
  g_ptr_array_add (argv, NULL);

  start = g_get_monotonic_time ();
  if (!g_spawn_async_with_pipes (NULL, (char **) argv->pdata, env,
                                 G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDERR_TO_DEV_NULL,
                                 NULL, NULL, &pid, NULL, &out_fd, NULL, &error))
    g_error ("%s", error->message);
  /* A page that takes longer than the limit is stopped: its time is only
   * known to be over the limit. */
  deadline = start + run_limit () * G_USEC_PER_SEC;
  while ((done = wait4 (pid, &status, WNOHANG, &usage)) == 0 && g_get_monotonic_time () < deadline)
    g_usleep (20 * 1000);
  if (done == 0)
    {
      kill (pid, SIGKILL);
      done = wait4 (pid, &status, 0, &usage);
      run.timed_out = TRUE;
    }
  if (done < 0)
    g_error ("wait4: %s", g_strerror (errno));
  run.seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
  run.cpu = usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 + usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
  run.peak_mb = usage.ru_maxrss / 1024.0;
  run.ok = !run.timed_out && WIFEXITED (status) && WEXITSTATUS (status) == 0;
  read_first_frame (out_fd, &run);
  close (out_fd);
  g_spawn_close_pid (pid);
  return run;
}

/* Runs for each cairo figure: TRELLIS_BENCH_REPEAT, 3 by default. */
static guint
run_repeat (void)
{
  const char *repeat = g_getenv ("TRELLIS_BENCH_REPEAT");

  return repeat != NULL && atoi (repeat) > 0 ? (guint) atoi (repeat) : 3;
}

/* The least CPU of @n runs: a shared machine only ever adds to a run's
 * time, so the fastest is the nearest to what the page itself costs.  A
 * run that failed or was stopped is not tried again. */
static Run
run_best (const char *project,
          const char *page,
          const char *png,
          Renderer    renderer,
          guint       n)
{
  Run best = run_screenshot (project, page, png, renderer);

  for (guint i = 1; i < n && best.ok && !best.timed_out; i++)
    {
      Run again = run_screenshot (project, page, png, renderer);

      if (again.ok && again.cpu < best.cpu)
        best = again;
    }
  return best;
}

static const char *
verdict (gboolean pass)
{
  return pass ? "PASS" : "MISS";
}

typedef struct
{
  GPtrArray *pages;
  guint      n_scales;
  Run        start[N_RENDERERS];
  Run       *runs;            /* page × scale × renderer */
  gboolean   all_pass;
  double     worst_peak;      /* at 100x, with cairo */
} Bench;

static Run *
bench_run (Bench    *bench,
           guint     page,
           guint     scale,
           Renderer  renderer)
{
  return &bench->runs[(page * N_SCALES + scale) * N_RENDERERS + renderer];
}

/* One page at one scale: CPU over the start window (wall over it), and
 * for cairo beyond 1x whether it meets the target. */
static void
print_cell (Bench    *bench,
            Run      *run,
            guint     s,
            Renderer  renderer)
{
  double cpu = run->cpu - bench->start[renderer].cpu;
  double wall = run->seconds - bench->start[renderer].seconds;
  double target = scales[s] == 10 ? FRAME_TARGET_10 : FRAME_TARGET_100;
  gboolean judged = renderer == RENDERER_CAIRO && scales[s] > 1;

  if (s >= bench->n_scales)
    g_print (" %20s", "-");
  else if (run->timed_out)
    g_print (" %5s%-4d (wall)   %s", ">", run_limit (), judged ? "MISS" : "    ");
  else if (!run->ok)
    g_print (" %15s %s", "failed", judged ? "MISS" : "    ");
  else
    g_print (" %6.2f (%6.2f) %s", cpu, wall, judged ? verdict (cpu <= target) : "    ");
  if (judged && s < bench->n_scales)
    bench->all_pass &= run->ok && !run->timed_out && cpu <= target;
}

static void
print_page (Bench *bench,
            guint  p)
{
  for (Renderer r = 0; r < N_RENDERERS; r++)
    {
      Run *one = bench_run (bench, p, 0, r);
      Run *hundred = bench_run (bench, p, 2, r);

      g_print ("%-20s %-5s", r == 0 ? (const char *) bench->pages->pdata[p] : "", renderer_names[r]);
      for (guint s = 0; s < N_SCALES; s++)
        print_cell (bench, bench_run (bench, p, s, r), s, r);
      if (bench->n_scales == N_SCALES && one->ok && hundred->ok)
        g_print (" %7.1fx", (hundred->cpu - bench->start[r].cpu) / MAX (0.01, one->cpu - bench->start[r].cpu));
      else
        g_print (" %8s", "-");
      for (guint s = 0; s < N_SCALES; s++)
        if (s < bench->n_scales)
          g_print ("%s%.0f", s == 0 ? "  " : "/", bench_run (bench, p, s, r)->peak_mb);
        else
          g_print ("/-");
      g_print ("\n");
      /* A stopped run's peak is the least it would have reached. */
      if (r == RENDERER_CAIRO && bench->n_scales == N_SCALES)
        bench->worst_peak = MAX (bench->worst_peak, hundred->peak_mb);
    }
}

static void
run_pages (Bench       *bench,
           char *const *projects,
           const char  *png)
{
  for (Renderer r = 0; r < N_RENDERERS; r++)
    {
      /* The baseline every page is measured against: never fewer than two. */
      bench->start[r] = run_best (NULL, NULL, png, r, MAX (2, run_repeat ()));
      g_assert_true (bench->start[r].ok);
      g_print ("start window, %s: %.2f s, %.2f s CPU, %.0f MB\n", renderer_names[r], bench->start[r].seconds,
               bench->start[r].cpu, bench->start[r].peak_mb);
    }
  for (guint p = 0; p < bench->pages->len; p++)
    for (guint s = 0; s < bench->n_scales; s++)
      for (Renderer r = 0; r < N_RENDERERS; r++)
        *bench_run (bench, p, s, r) = run_best (projects[s], bench->pages->pdata[p], png, r,
                                                r == RENDERER_CAIRO ? run_repeat () : 1);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_autofree char *png = NULL;
  g_autofree char *registry = NULL;
  char *projects[N_SCALES] = { NULL };
  Bench bench = { .all_pass = TRUE };
  gint64 began = g_get_monotonic_time ();

  if (argc == 3 && g_str_equal (argv[1], "--keep"))
    {
      for (guint s = 0; s < N_SCALES; s++)
        g_free (write_project (argv[2], scales[s]));
      return 0;
    }
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("No display: run under xvfb-run\n");
      return 77;
    }

  bench.n_scales = g_getenv ("TRELLIS_BENCH_QUICK") != NULL ? 2 : N_SCALES;
  bench.pages = list_pages ();
  bench.runs = g_new0 (Run, bench.pages->len * N_SCALES * N_RENDERERS);
  dir = trellis_test_make_tmpdir ();
  trellis_test_isolate_user_data (dir);
  registry = g_build_filename (dir, "registry.db", NULL);
  g_setenv ("TRELLIS_REGISTRY", registry, TRUE);
  png = g_build_filename (dir, "shot.png", NULL);
  for (guint s = 0; s < bench.n_scales; s++)
    projects[s] = write_project (dir, scales[s]);

  run_pages (&bench, projects, png);
  g_print ("\n%-26s %20s %20s %20s %8s  %s\n", "page, CPU s over (wall)", "1x", "10x", "100x", "100x/1x",
           "peak MB 1x/10x/100x");
  for (guint p = 0; p < bench.pages->len; p++)
    print_page (&bench, p);

  if (bench.n_scales == N_SCALES)
    {
      g_print ("\npeak memory at 100x (cairo): %.0f MB (target %.0f MB) %s\n", bench.worst_peak, MEMORY_TARGET_MB,
               verdict (bench.worst_peak <= MEMORY_TARGET_MB));
      bench.all_pass &= bench.worst_peak <= MEMORY_TARGET_MB;
    }
  g_print ("first frame targets (cairo, CPU): %.1f s at 10x, %.1f s at 100x over the start window: %s\n",
           FRAME_TARGET_10, FRAME_TARGET_100, bench.all_pass ? "all met" : "missed");
  g_print ("whole run: %.0f s\n", (g_get_monotonic_time () - began) / (double) G_USEC_PER_SEC);

  for (guint s = 0; s < bench.n_scales; s++)
    g_free (projects[s]);
  g_ptr_array_unref (bench.pages);
  g_free (bench.runs);
  trellis_test_remove_tree (dir);
  return !bench.all_pass && TRELLIS_BENCH_ENFORCE ? 1 : 0;
}
