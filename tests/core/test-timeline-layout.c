/* test-timeline-layout.c: the timeline's geometry and its edits, paths /core/timeline-layout/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "trellis.h"
#include "trellis-test-utils.h"

static gpointer
add (TrellisProject *project,
     gpointer        item)
{
  trellis_project_add_item (project, item);
  g_object_unref (item);
  return item;
}

static TrellisAction *
add_action (TrellisProject *project,
            const char     *title,
            TrellisGoal    *goal,
            const char     *start,
            const char     *due)
{
  TrellisAction *action = add (project, trellis_action_new (title));

  trellis_action_set_start (action, trellis_date_parse (start));
  trellis_action_set_due (action, trellis_date_parse (due));
  trellis_action_set_goal (action, goal);
  return action;
}

typedef struct
{
  TrellisProject   *project;
  TrellisGoal      *members, *skills;
  TrellisAction    *visits, *survey, *course, *website;
  TrellisMilestone *ranking, *curriculum, *assembly;
} Plan;

/* Two goals with actions, an action without a goal; a milestone of an
 * action, one of a goal only, one of neither; the course waits for the
 * visits. */
static void
plan_init (Plan *plan)
{
  TrellisProject *project = plan->project = trellis_project_new ("Timeline");

  plan->members = add (project, trellis_goal_new ("More members"));
  plan->skills = add (project, trellis_goal_new ("Skilled staff"));
  plan->visits = add_action (project, "Visits", plan->members, "2026-03-10", "2026-03-19");
  plan->survey = add_action (project, "Survey", plan->members, "2026-04-01", "2026-05-31");
  plan->course = add_action (project, "Course", plan->skills, "2026-06-01", "2026-12-31");
  plan->website = add_action (project, "Website", NULL, "2026-05-01", "2026-07-15");
  plan->ranking = add (project, trellis_milestone_new ("Ranking", trellis_date_from_dmy (15, 5, 2026)));
  trellis_milestone_set_action (plan->ranking, plan->survey);
  plan->curriculum = add (project, trellis_milestone_new ("Curriculum", trellis_date_from_dmy (30, 9, 2026)));
  trellis_milestone_set_goal (plan->curriculum, plan->skills);
  trellis_milestone_set_reached (plan->curriculum, trellis_date_from_dmy (28, 9, 2026));
  plan->assembly = add (project, trellis_milestone_new ("Assembly", trellis_date_from_dmy (20, 1, 2027)));
  g_assert_true (trellis_action_add_dependency (project, plan->course, plan->visits, NULL));
}

static void
plan_clear (Plan *plan)
{
  g_clear_object (&plan->project);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Plan, plan_clear)

static const TrellisTimelineRow *
row (TrellisTimelineLayout *layout,
     gpointer               item)
{
  guint index;

  g_assert_true (trellis_timeline_layout_find_row (layout, item, &index));
  return trellis_timeline_layout_get_row (layout, index);
}

static guint
row_index (TrellisTimelineLayout *layout,
           gpointer               item)
{
  guint index = G_MAXUINT;

  g_assert_true (trellis_timeline_layout_find_row (layout, item, &index));
  return index;
}

static void
test_rows (void)
{
  g_auto(Plan) plan = { 0 };
  g_autoptr(TrellisTimelineLayout) grouped = NULL;
  g_autoptr(TrellisTimelineLayout) flat = NULL;
  TrellisTimelineRowKind kinds[] = {
    TRELLIS_TIMELINE_ROW_GOAL, TRELLIS_TIMELINE_ROW_ACTION, TRELLIS_TIMELINE_ROW_ACTION,
    TRELLIS_TIMELINE_ROW_GOAL, TRELLIS_TIMELINE_ROW_ACTION, TRELLIS_TIMELINE_ROW_MILESTONE,
    TRELLIS_TIMELINE_ROW_NO_GOAL, TRELLIS_TIMELINE_ROW_ACTION, TRELLIS_TIMELINE_ROW_MILESTONE,
  };
  gpointer items[G_N_ELEMENTS (kinds)];
  const TrellisTimelineMilestone *marks;
  guint n;

  plan_init (&plan);
  items[0] = plan.members; items[1] = plan.visits; items[2] = plan.survey;
  items[3] = plan.skills; items[4] = plan.course; items[5] = plan.curriculum;
  items[6] = NULL; items[7] = plan.website; items[8] = plan.assembly;

  /* Grouped: each goal heads its actions and its own milestones. */
  grouped = trellis_timeline_layout_new (plan.project, TRELLIS_TIMELINE_MONTHS, TRELLIS_DAY_NONE, TRUE);
  g_assert_cmpuint (trellis_timeline_layout_get_n_rows (grouped), ==, G_N_ELEMENTS (kinds));
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      const TrellisTimelineRow *r = trellis_timeline_layout_get_row (grouped, i);

      g_assert_cmpint (r->kind, ==, kinds[i]);
      g_assert_true (r->item == items[i]);
    }
  g_assert_cmpfloat (trellis_timeline_layout_get_height (grouped), ==, 9 * TRELLIS_TIMELINE_ROW_HEIGHT);

  /* The milestone of an action sits on its row, the others on theirs. */
  marks = trellis_timeline_layout_get_milestones (grouped, 0, 9, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_true (marks[0].milestone == plan.ranking);
  g_assert_cmpuint (marks[0].row, ==, 2);
  g_assert_false (marks[0].reached);
  g_assert_true (marks[1].milestone == plan.curriculum);
  g_assert_cmpuint (marks[1].row, ==, 5);
  g_assert_true (marks[1].reached);
  g_assert_cmpuint (marks[2].row, ==, 8);

  /* Flat: plan order, then the milestones without an action. */
  flat = trellis_timeline_layout_new (plan.project, TRELLIS_TIMELINE_MONTHS, TRELLIS_DAY_NONE, FALSE);
  g_assert_cmpuint (trellis_timeline_layout_get_n_rows (flat), ==, 6);
  g_assert_cmpuint (row_index (flat, plan.visits), ==, 0);
  g_assert_cmpuint (row_index (flat, plan.website), ==, 3);
  g_assert_cmpuint (row_index (flat, plan.curriculum), ==, 4);
  g_assert_cmpuint (row_index (flat, plan.assembly), ==, 5);
  g_assert_false (trellis_timeline_layout_find_row (flat, TRELLIS_ITEM (plan.ranking), NULL));
  g_assert_false (trellis_timeline_layout_find_row (flat, TRELLIS_ITEM (plan.members), NULL));

  /* Without actions without a goal there is no "no goal" heading. */
  trellis_action_set_goal (plan.website, plan.skills);
  trellis_milestone_set_action (plan.assembly, plan.website);
  g_clear_pointer (&grouped, trellis_timeline_layout_free);
  grouped = trellis_timeline_layout_new (plan.project, TRELLIS_TIMELINE_MONTHS, TRELLIS_DAY_NONE, TRUE);
  g_assert_cmpuint (trellis_timeline_layout_get_n_rows (grouped), ==, 7);
  g_assert_cmpuint (row_index (grouped, plan.website), ==, 5);
  g_assert_cmpint (trellis_timeline_layout_get_row (grouped, 6)->kind, ==, TRELLIS_TIMELINE_ROW_MILESTONE);
}

static void
test_positions (void)
{
  g_auto(Plan) plan = { 0 };
  struct { TrellisTimelineZoom zoom; double ppd; const char *origin; guint32 days_to_visits; } zooms[] = {
    { TRELLIS_TIMELINE_WEEKS, 20.0, "2026-03-01", 9 },
    { TRELLIS_TIMELINE_MONTHS, 5.0, "2026-03-01", 9 },
    { TRELLIS_TIMELINE_QUARTERS, 1.75, "2026-01-01", 31 + 28 + 9 },
  };

  plan_init (&plan);
  for (guint i = 0; i < G_N_ELEMENTS (zooms); i++)
    {
      g_autoptr(TrellisTimelineLayout) layout = trellis_timeline_layout_new (plan.project, zooms[i].zoom, TRELLIS_DAY_NONE, TRUE);
      double ppd = zooms[i].ppd;
      const TrellisTimelineRow *visits = row (layout, plan.visits);
      const TrellisTimelineRow *course = row (layout, plan.course);
      g_autofree char *origin = trellis_date_format (trellis_timeline_layout_get_origin (layout));
      g_autofree char *last = trellis_date_format (trellis_timeline_layout_get_last_day (layout));
      const TrellisTimelineArrow *arrows;
      guint n;

      g_assert_cmpfloat (trellis_timeline_layout_get_pixels_per_day (layout), ==, ppd);
      /* The range starts with the month (quarter) of the earliest date and
       * ends a month after the latest (the assembly in January 2027). */
      g_assert_cmpstr (origin, ==, zooms[i].origin);
      g_assert_cmpstr (last, ==, "2027-02-28");
      g_assert_cmpfloat (trellis_timeline_layout_get_width (layout), ==,
                         (trellis_timeline_layout_get_last_day (layout) - trellis_timeline_layout_get_origin (layout) + 1) * ppd);

      /* Ten days, the due day included. */
      g_assert_cmpint (visits->bar, ==, TRELLIS_TIMELINE_BAR_FULL);
      g_assert_cmpfloat_with_epsilon (visits->x, zooms[i].days_to_visits * ppd, 1e-9);
      g_assert_cmpfloat_with_epsilon (visits->width, 10 * ppd, 1e-9);
      g_assert_cmpfloat_with_epsilon (trellis_timeline_layout_day_to_x (layout, trellis_date_from_dmy (10, 3, 2026)),
                                      visits->x, 1e-9);

      /* Finish to start: from the end of the visits to the start of the course. */
      arrows = trellis_timeline_layout_get_arrows (layout, &n);
      g_assert_cmpuint (n, ==, 1);
      g_assert_cmpuint (arrows[0].from_row, ==, row_index (layout, plan.visits));
      g_assert_cmpuint (arrows[0].to_row, ==, row_index (layout, plan.course));
      g_assert_cmpfloat_with_epsilon (arrows[0].x1, visits->x + visits->width, 1e-9);
      g_assert_cmpfloat_with_epsilon (arrows[0].x2, course->x, 1e-9);

      /* Back from pixels to days, snapped to whole days. */
      g_assert_cmpuint (trellis_timeline_layout_x_to_day (layout, visits->x), ==, visits->first_day);
      g_assert_cmpuint (trellis_timeline_layout_x_to_day (layout, visits->x + ppd * 0.99), ==, visits->first_day);
      g_assert_cmpuint (trellis_timeline_layout_x_to_day (layout, visits->x + visits->width - 0.01), ==, visits->last_day);
      g_assert_cmpuint (trellis_timeline_layout_x_to_day (layout, -50), ==, trellis_timeline_layout_get_origin (layout));
      g_assert_cmpint (trellis_timeline_layout_snap_days (layout, 3.4 * ppd), ==, 3);
      g_assert_cmpint (trellis_timeline_layout_snap_days (layout, 3.6 * ppd), ==, 4);
      g_assert_cmpint (trellis_timeline_layout_snap_days (layout, -2.6 * ppd), ==, -3);
    }

  /* An origin given is kept. */
  {
    g_autoptr(TrellisTimelineLayout) layout = trellis_timeline_layout_new (plan.project, TRELLIS_TIMELINE_MONTHS,
                                                                           trellis_date_from_dmy (5, 3, 2026), FALSE);

    g_assert_cmpfloat (row (layout, plan.visits)->x, ==, 5 * 5.0);
  }
}

static void
test_ticks (void)
{
  g_auto(Plan) plan = { 0 };
  g_autoptr(TrellisTimelineLayout) weeks = NULL;
  g_autoptr(TrellisTimelineLayout) quarters = NULL;
  g_autoptr(GArray) ticks = NULL;
  g_autoptr(GArray) years = NULL;
  GDate d;

  plan_init (&plan);
  weeks = trellis_timeline_layout_new (plan.project, TRELLIS_TIMELINE_WEEKS, TRELLIS_DAY_NONE, TRUE);
  /* 1 March 2026 is a Sunday: the first week shown starts on 23 February. */
  ticks = trellis_timeline_layout_list_ticks (weeks, 0, 20.0 * 28, FALSE);
  g_assert_cmpuint (ticks->len, ==, 5);
  for (guint i = 0; i < ticks->len; i++)
    {
      g_date_clear (&d, 1);
      g_date_set_julian (&d, g_array_index (ticks, TrellisTimelineTick, i).day);
      g_assert_cmpint (g_date_get_weekday (&d), ==, G_DATE_MONDAY);
    }
  g_assert_cmpfloat (g_array_index (ticks, TrellisTimelineTick, 1).x, ==, 20.0);
  g_assert_cmpstr (g_array_index (ticks, TrellisTimelineTick, 1).label, ==, "2 Mar");
  g_clear_pointer (&ticks, g_array_unref);
  ticks = trellis_timeline_layout_list_ticks (weeks, 0, 20.0 * 40, TRUE);
  g_assert_cmpuint (ticks->len, ==, 2);
  g_assert_cmpstr (g_array_index (ticks, TrellisTimelineTick, 0).label, ==, "March 2026");
  g_assert_cmpstr (g_array_index (ticks, TrellisTimelineTick, 1).label, ==, "April 2026");
  g_clear_pointer (&ticks, g_array_unref);

  quarters = trellis_timeline_layout_new (plan.project, TRELLIS_TIMELINE_QUARTERS, TRELLIS_DAY_NONE, TRUE);
  ticks = trellis_timeline_layout_list_ticks (quarters, 0, 1e6, FALSE);
  /* Q1 2026 to Q1 2027: the range ends in February 2027. */
  g_assert_cmpuint (ticks->len, ==, 5);
  g_assert_cmpstr (g_array_index (ticks, TrellisTimelineTick, 0).label, ==, "Q1");
  g_assert_cmpstr (g_array_index (ticks, TrellisTimelineTick, 3).label, ==, "Q4");
  g_assert_cmpfloat (g_array_index (ticks, TrellisTimelineTick, 1).x, ==, (31 + 28 + 31) * 1.75);
  years = trellis_timeline_layout_list_ticks (quarters, 0, 1e6, TRUE);
  g_assert_cmpuint (years->len, ==, 2);
  g_assert_cmpstr (g_array_index (years, TrellisTimelineTick, 1).label, ==, "2027");
}

static void
test_visible (void)
{
  g_auto(Plan) plan = { 0 };
  g_autoptr(TrellisTimelineLayout) layout = NULL;
  const TrellisTimelineMilestone *marks;
  const double h = TRELLIS_TIMELINE_ROW_HEIGHT;
  guint first, n;

  plan_init (&plan);
  layout = trellis_timeline_layout_new (plan.project, TRELLIS_TIMELINE_MONTHS, TRELLIS_DAY_NONE, TRUE);

  g_assert_true (trellis_timeline_layout_get_visible_rows (layout, 0, h, &first, &n));
  g_assert_cmpuint (first, ==, 0);
  g_assert_cmpuint (n, ==, 1);
  /* A pixel of a row counts. */
  g_assert_true (trellis_timeline_layout_get_visible_rows (layout, h - 1, 2, &first, &n));
  g_assert_cmpuint (first, ==, 0);
  g_assert_cmpuint (n, ==, 2);
  g_assert_true (trellis_timeline_layout_get_visible_rows (layout, 2 * h, 3 * h, &first, &n));
  g_assert_cmpuint (first, ==, 2);
  g_assert_cmpuint (n, ==, 3);
  /* Above the first row, below the last: cut to the rows there are. */
  g_assert_true (trellis_timeline_layout_get_visible_rows (layout, -100, 100 + h, &first, &n));
  g_assert_cmpuint (first, ==, 0);
  g_assert_cmpuint (n, ==, 1);
  g_assert_true (trellis_timeline_layout_get_visible_rows (layout, 8 * h + 5, 1000, &first, &n));
  g_assert_cmpuint (first, ==, 8);
  g_assert_cmpuint (n, ==, 1);
  g_assert_false (trellis_timeline_layout_get_visible_rows (layout, 9 * h, 100, &first, &n));
  g_assert_cmpuint (n, ==, 0);
  g_assert_false (trellis_timeline_layout_get_visible_rows (layout, -200, 100, &first, &n));
  g_assert_false (trellis_timeline_layout_get_visible_rows (layout, 0, 0, &first, &n));

  /* Milestones of a row window, by bisection. */
  marks = trellis_timeline_layout_get_milestones (layout, 3, 3, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_true (marks[0].milestone == plan.curriculum);
  marks = trellis_timeline_layout_get_milestones (layout, 2, 1, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_true (marks[0].milestone == plan.ranking);
  trellis_timeline_layout_get_milestones (layout, 6, 2, &n);
  g_assert_cmpuint (n, ==, 0);
  trellis_timeline_layout_get_milestones (layout, 9, 10, &n);
  g_assert_cmpuint (n, ==, 0);
}

static void
test_undated (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Undated");
  TrellisAction *none = add_action (project, "None", NULL, NULL, NULL);
  TrellisAction *start = add_action (project, "Start", NULL, "2026-05-04", NULL);
  TrellisAction *due = add_action (project, "Due", NULL, NULL, "2026-05-20");
  TrellisAction *reversed = add_action (project, "Reversed", NULL, "2026-06-10", "2026-06-01");
  g_autoptr(TrellisTimelineLayout) layout = NULL;
  guint n;

  g_assert_true (trellis_action_add_dependency (project, start, none, NULL));
  layout = trellis_timeline_layout_new (project, TRELLIS_TIMELINE_MONTHS, TRELLIS_DAY_NONE, FALSE);
  g_assert_cmpuint (trellis_timeline_layout_get_n_rows (layout), ==, 4);

  /* Every action has its row; only dates make bars. */
  g_assert_cmpint (row (layout, none)->bar, ==, TRELLIS_TIMELINE_BAR_NONE);
  g_assert_cmpint (row (layout, start)->bar, ==, TRELLIS_TIMELINE_BAR_START_ONLY);
  g_assert_cmpfloat (row (layout, start)->x, ==, 3 * 5.0);
  g_assert_cmpfloat (row (layout, start)->width, ==, 5.0);
  g_assert_cmpint (row (layout, due)->bar, ==, TRELLIS_TIMELINE_BAR_DUE_ONLY);
  g_assert_cmpfloat (row (layout, due)->x, ==, 19 * 5.0);
  g_assert_cmpint (row (layout, reversed)->bar, ==, TRELLIS_TIMELINE_BAR_FULL);
  g_assert_true (row (layout, reversed)->reversed);
  g_assert_cmpfloat (row (layout, reversed)->width, ==, 5.0);

  /* No arrow from an action without a bar. */
  trellis_timeline_layout_get_arrows (layout, &n);
  g_assert_cmpuint (n, ==, 0);

  /* Nothing at all: today alone makes the range. */
  {
    g_autoptr(TrellisProject) empty = trellis_project_new ("Empty");
    g_autoptr(TrellisTimelineLayout) nothing = trellis_timeline_layout_new (empty, TRELLIS_TIMELINE_WEEKS, TRELLIS_DAY_NONE, TRUE);
    g_autofree char *origin = trellis_date_format (trellis_timeline_layout_get_origin (nothing));
    guint first;

    g_assert_cmpuint (trellis_timeline_layout_get_n_rows (nothing), ==, 0);
    g_assert_cmpstr (origin, ==, "2026-06-01");
    g_assert_false (trellis_timeline_layout_get_visible_rows (nothing, 0, 500, &first, &n));
    trellis_timeline_layout_get_milestones (nothing, 0, 10, &n);
    g_assert_cmpuint (n, ==, 0);
  }
}

static void
assert_dates (TrellisAction *action,
              const char    *start,
              const char    *due)
{
  g_autofree char *start_text = trellis_date_format (trellis_action_get_start (action));
  g_autofree char *due_text = trellis_date_format (trellis_action_get_due (action));

  g_assert_cmpstr (start_text, ==, start);
  g_assert_cmpstr (due_text, ==, due);
}

static void
test_move (void)
{
  g_auto(Plan) plan = { 0 };
  TrellisHistory *history;
  TrellisAction *open_ended, *undated;
  guint n_undo;

  plan_init (&plan);
  history = trellis_project_get_history (plan.project);
  open_ended = add_action (plan.project, "Open", NULL, "2026-12-30", NULL);
  undated = add_action (plan.project, "Undated", NULL, NULL, NULL);
  n_undo = trellis_history_get_n_undo (history);

  /* Both dates together, across a month and a year, as one step. */
  g_assert_true (trellis_timeline_move_action (plan.project, plan.course, 5));
  assert_dates (plan.course, "2026-06-06", "2027-01-05");
  g_assert_cmpuint (trellis_history_get_n_undo (history), ==, n_undo + 1);
  g_assert_cmpstr (trellis_history_get_undo_label (history), ==, "Move Action");
  g_assert_true (trellis_timeline_move_action (plan.project, plan.course, -40));
  assert_dates (plan.course, "2026-04-27", "2026-11-26");
  g_assert_cmpuint (trellis_history_get_n_undo (history), ==, n_undo + 2);
  g_assert_true (trellis_history_undo (history));
  assert_dates (plan.course, "2026-06-06", "2027-01-05");
  g_assert_true (trellis_history_undo (history));
  assert_dates (plan.course, "2026-06-01", "2026-12-31");
  g_assert_true (trellis_history_redo (history));
  assert_dates (plan.course, "2026-06-06", "2027-01-05");
  g_assert_true (trellis_history_undo (history));

  /* The date it has; nothing without dates or days. */
  g_assert_true (trellis_timeline_move_action (plan.project, open_ended, 3));
  assert_dates (open_ended, "2027-01-02", NULL);
  g_assert_true (trellis_history_undo (history));
  g_assert_false (trellis_timeline_move_action (plan.project, undated, 3));
  g_assert_false (trellis_timeline_move_action (plan.project, plan.course, 0));
  g_assert_cmpuint (trellis_history_get_n_undo (history), ==, n_undo);
  assert_dates (undated, NULL, NULL);

  /* The layout made afterwards shows the move. */
  {
    g_autoptr(TrellisTimelineLayout) before = trellis_timeline_layout_new (plan.project, TRELLIS_TIMELINE_WEEKS, TRELLIS_DAY_NONE, TRUE);
    g_autoptr(TrellisTimelineLayout) after = NULL;
    double x = row (before, plan.survey)->x;

    trellis_timeline_move_action (plan.project, plan.survey, 7);
    after = trellis_timeline_layout_new (plan.project, TRELLIS_TIMELINE_WEEKS, TRELLIS_DAY_NONE, TRUE);
    g_assert_cmpfloat (row (after, plan.survey)->x, ==, x + 7 * 20.0);
    g_assert_cmpfloat (row (after, plan.survey)->width, ==, row (before, plan.survey)->width);
  }
}

static void
test_resize (void)
{
  g_auto(Plan) plan = { 0 };
  TrellisHistory *history;
  g_autoptr(GError) error = NULL;
  guint n_undo;

  plan_init (&plan);
  history = trellis_project_get_history (plan.project);
  n_undo = trellis_history_get_n_undo (history);

  /* The due date alone; down to one day. */
  g_assert_true (trellis_timeline_resize_action (plan.project, plan.visits, TRELLIS_TIMELINE_EDGE_DUE, -9, &error));
  g_assert_no_error (error);
  assert_dates (plan.visits, "2026-03-10", "2026-03-10");
  g_assert_cmpuint (trellis_history_get_n_undo (history), ==, n_undo + 1);
  g_assert_cmpstr (trellis_history_get_undo_label (history), ==, "Change Due Date");

  /* Not before the start: refused, nothing changes. */
  g_assert_false (trellis_timeline_resize_action (plan.project, plan.visits, TRELLIS_TIMELINE_EDGE_DUE, -1, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "An action cannot end before it starts");
  g_clear_error (&error);
  g_assert_false (trellis_timeline_resize_action (plan.project, plan.visits, TRELLIS_TIMELINE_EDGE_START, 1, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  assert_dates (plan.visits, "2026-03-10", "2026-03-10");
  g_assert_cmpuint (trellis_history_get_n_undo (history), ==, n_undo + 1);

  /* The start, earlier and later. */
  g_assert_true (trellis_timeline_resize_action (plan.project, plan.survey, TRELLIS_TIMELINE_EDGE_START, -31, &error));
  assert_dates (plan.survey, "2026-03-01", "2026-05-31");
  g_assert_cmpstr (trellis_history_get_undo_label (history), ==, "Change Start");
  g_assert_true (trellis_timeline_resize_action (plan.project, plan.survey, TRELLIS_TIMELINE_EDGE_START, 91, &error));
  assert_dates (plan.survey, "2026-05-31", "2026-05-31");
  g_assert_no_error (error);

  /* Each resize is its own step. */
  g_assert_true (trellis_history_undo (history));
  assert_dates (plan.survey, "2026-03-01", "2026-05-31");
  g_assert_true (trellis_history_undo (history));
  assert_dates (plan.survey, "2026-04-01", "2026-05-31");
  g_assert_true (trellis_history_undo (history));
  assert_dates (plan.visits, "2026-03-10", "2026-03-19");
  g_assert_cmpuint (trellis_history_get_n_undo (history), ==, n_undo);

  /* A date that is not set is not resized; an open end can grow. */
  {
    TrellisAction *open_ended = add_action (plan.project, "Open", NULL, "2026-05-01", NULL);

    g_assert_false (trellis_timeline_resize_action (plan.project, open_ended, TRELLIS_TIMELINE_EDGE_DUE, 3, &error));
    g_assert_no_error (error);
    g_assert_true (trellis_timeline_resize_action (plan.project, open_ended, TRELLIS_TIMELINE_EDGE_START, 30, &error));
    assert_dates (open_ended, "2026-05-31", NULL);
  }
}

static void
test_days (void)
{
  g_autofree char *leap = trellis_date_format (trellis_date_parse ("2028-02-28") + 1);

  g_assert_cmpstr (leap, ==, "2028-02-29");
  g_assert_cmpuint (trellis_date_parse (NULL), ==, 0);
  g_assert_cmpuint (trellis_date_parse ("2026-13-01"), ==, 0);
  g_assert_cmpuint (trellis_date_parse ("2026-01-01x"), ==, 0);
  g_assert_cmpuint (trellis_date_parse ("2026-01-02") - trellis_date_parse ("2025-12-31"), ==, 2);
  g_assert_cmpuint (trellis_date_today (), ==, trellis_date_parse ("2026-06-01"));
}

/* The day numbers are GDate's Julian days, for every day of three centuries. */
static void
test_julian (void)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, 1, 1900);
  while (g_date_get_year (&date) < 2200)
    {
      char text[16];

      g_snprintf (text, sizeof text, "%04u-%02u-%02u", g_date_get_year (&date), g_date_get_month (&date),
                  g_date_get_day (&date));
      if (trellis_date_parse (text) != g_date_get_julian (&date))
        g_error ("%s: %u, GDate says %u", text, trellis_date_parse (text), g_date_get_julian (&date));
      g_date_add_days (&date, 1);
    }
  g_assert_cmpuint (trellis_date_parse ("2026-02-29"), ==, 0);
  g_assert_cmpuint (trellis_date_parse ("2028-02-29") - trellis_date_parse ("2028-02-28"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TRELLIS_TODAY", "2026-06-01", TRUE);
  g_setenv ("LC_ALL", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/timeline-layout/rows", test_rows);
  g_test_add_func ("/core/timeline-layout/positions", test_positions);
  g_test_add_func ("/core/timeline-layout/ticks", test_ticks);
  g_test_add_func ("/core/timeline-layout/visible", test_visible);
  g_test_add_func ("/core/timeline-layout/undated", test_undated);
  g_test_add_func ("/core/timeline-layout/move", test_move);
  g_test_add_func ("/core/timeline-layout/resize", test_resize);
  g_test_add_func ("/core/timeline-layout/days", test_days);
  g_test_add_func ("/core/timeline-layout/julian", test_julian);

  return g_test_run ();
}
