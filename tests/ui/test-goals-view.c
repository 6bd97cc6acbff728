/* test-goals-view.c: the goals of step 3 in a real window, paths /ui/goals-view/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drives the real widgets of the "value" page on a real file: adds a goal,
 * an indicator and a measurement, links a SWOT item, undoes each through
 * win.undo, and checks the model and what the widgets show every time.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "trellis-goal-row.h"
#include "trellis-goals-view.h"
#include "trellis-indicator-card.h"
#include "trellis-project-view.h"
#include "trellis-sparkline.h"
#include "trellis-test-utils.h"
#include "ui-test-utils.h"

static TrellisApplication *app;
static char *tmpdir;

/* Helpers */

static GtkWidget *
find_named (GtkWidget  *widget,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
expect_named (GtkWidget  *widget,
              const char *name)
{
  GtkWidget *found = find_named (widget, name);

  if (found == NULL)
    g_error ("No widget named %s", name);
  return found;
}

static void
type_into (GtkWidget  *widget,
           const char *name,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (expect_named (widget, name)), text);
  ui_test_iterate_pending ();
}

/* Lets a few frames be laid out and drawn (scrolling, for one). */
static void
wait_frames (GtkWidget *widget)
{
  gint64 until = g_get_monotonic_time () + G_USEC_PER_SEC / 2;

  gtk_widget_queue_resize (widget);
  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

static void
scroll_to (GtkWidget *widget)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  double x, y;

  g_assert_true (gtk_widget_translate_coordinates (widget, gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller)),
                                                   0, 0, &x, &y));
  gtk_adjustment_set_value (adjustment, y - 24);
}

/* Types at the end of what the entry holds, as the keyboard does. */
static void
append_into (GtkWidget  *widget,
             const char *name,
             const char *text)
{
  GtkEditable *editable = GTK_EDITABLE (expect_named (widget, name));
  int position = -1;

  gtk_editable_insert_text (editable, text, -1, &position);
  ui_test_iterate_pending ();
}

/* Enter in an entry, as the user presses it. */
static void
press_enter (GtkWidget  *widget,
             const char *name)
{
  g_signal_emit_by_name (expect_named (widget, name), "activate");
  ui_test_iterate_pending ();
}

static void
undo (TrellisWindow *window)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  ui_test_iterate_pending ();
}

static TrellisGoalsView *
open_goals (TrellisWindow *window)
{
  TrellisProjectView *view = TRELLIS_PROJECT_VIEW (trellis_window_get_project_view (window));
  GtkWidget *goals;

  /* Wide enough for the list and the goal side by side. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1340, 740);
  g_assert_true (trellis_project_view_set_page (view, "value/goals"));
  ui_test_iterate_pending ();
  goals = ui_test_find_descendant (GTK_WIDGET (view), TRELLIS_TYPE_GOALS_VIEW);
  g_assert_nonnull (goals);
  ui_test_iterate_until_mapped (goals);
  wait_frames (goals);
  g_assert_cmpint (gtk_widget_get_width (goals), >, 0);
  return TRELLIS_GOALS_VIEW (goals);
}

static GtkWidget *
indicator_card (TrellisGoalsView *view)
{
  return ui_test_find_descendant (GTK_WIDGET (view), TRELLIS_TYPE_INDICATOR_CARD);
}

/* The goals of the list view, in the order shown. */
static GtkSingleSelection *
list_selection (TrellisGoalsView *view)
{
  GtkWidget *list = expect_named (GTK_WIDGET (view), "goals-list");

  g_assert_true (GTK_IS_LIST_VIEW (list));
  return GTK_SINGLE_SELECTION (gtk_list_view_get_model (GTK_LIST_VIEW (list)));
}

static GtkWidget *
find_goal_row (GtkWidget   *widget,
               TrellisGoal *goal)
{
  if (TRELLIS_IS_GOAL_ROW (widget) && trellis_goal_row_get_goal (TRELLIS_GOAL_ROW (widget)) == goal)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_goal_row (child, goal);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The row the list made for its goal at @position, or NULL past its end. */
static GtkWidget *
row_at (TrellisGoalsView *view,
        guint             position)
{
  g_autoptr(TrellisGoal) goal = g_list_model_get_item (G_LIST_MODEL (list_selection (view)), position);
  GtkWidget *row;

  if (goal == NULL)
    return NULL;
  row = find_goal_row (expect_named (GTK_WIDGET (view), "goals-list"), goal);
  g_assert_nonnull (row);
  return row;
}

/* The warning icon of the goal's row in the list, which says why. */
static GtkWidget *
row_warning (TrellisGoalsView *view)
{
  GtkWidget *row = row_at (view, 0);

  g_assert_nonnull (row);
  return ui_test_find_descendant (row, GTK_TYPE_IMAGE);
}

static guint
count_items (TrellisWindow *window,
             GType          type)
{
  return g_list_model_get_n_items (trellis_project_get_items (trellis_window_get_project (window), type));
}

static TrellisProject *
project_with_swot (void)
{
  TrellisProject *project = trellis_project_new ("Goals");
  g_autoptr(TrellisSwotItem) item = trellis_swot_item_new (TRELLIS_QUADRANT_WEAKNESS,
                                                           "Few firms test recycled material");

  trellis_project_add_item (project, TRELLIS_ITEM (item));
  return project;
}

/* Tests */

static void
add_goal_and_indicator (TrellisWindow     *window,
                        TrellisGoalsView  *view,
                        TrellisGoal      **goal,
                        TrellisIndicator **indicator)
{
  TrellisProject *project = trellis_window_get_project (window);
  g_autoptr(GPtrArray) indicators = NULL;
  GtkWidget *widget = GTK_WIDGET (view);

  /* No goal yet: the page says what goals are for. */
  g_assert_true (ui_test_shows_label (GTK_WIDGET (window), "No Goals Yet"));

  type_into (widget, "add-goal-entry", "Recycled parts for cars");
  press_enter (widget, "add-goal-entry");
  g_assert_cmpuint (count_items (window, TRELLIS_TYPE_GOAL), ==, 1);
  *goal = g_list_model_get_item (trellis_project_get_items (project, TRELLIS_TYPE_GOAL), 0);
  g_object_unref (*goal);
  g_assert_cmpstr (trellis_goal_get_title (*goal), ==, "Recycled parts for cars");
  g_assert_true (trellis_goals_view_get_selected (view) == *goal);
  g_assert_true (ui_test_shows_label (widget, "Recycled parts for cars"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (expect_named (widget, "add-goal-entry"))), ==, "");

  /* Not measurable: flagged in the list, with the reason, and in the detail. */
  g_assert_true (gtk_widget_get_visible (row_warning (view)));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (row_warning (view)), ==,
                   "The goal has no indicator to measure it by");
  g_assert_true (ui_test_shows_label (widget, "Not measurable yet. The goal has no indicator to measure it by."));
  g_assert_null (indicator_card (view));

  /* An indicator without a target: still not measurable. */
  type_into (widget, "indicator-entry", "Parts with recyclate");
  press_enter (widget, "indicator-entry");
  indicators = trellis_goal_list_indicators (project, *goal);
  g_assert_cmpuint (indicators->len, ==, 1);
  *indicator = indicators->pdata[0];
  g_assert_cmpstr (trellis_indicator_get_name (*indicator), ==, "Parts with recyclate");
  g_assert_nonnull (indicator_card (view));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (row_warning (view)), ==,
                   "Indicator “Parts with recyclate” has no target value");
  g_assert_true (ui_test_shows_label (widget, "Not enough data: give the indicator a baseline and a target"));
}

static void
set_baseline_and_target (TrellisWindow    *window,
                         TrellisGoalsView *view,
                         TrellisIndicator *indicator)
{
  GtkWidget *card = indicator_card (view);
  GtkWidget *baseline = expect_named (card, "baseline-entry");

  type_into (card, "baseline-entry", "2");
  g_assert_cmpfloat (trellis_indicator_get_baseline (indicator), ==, 2);
  g_assert_false (gtk_widget_has_css_class (baseline, "error"));

  /* Not a number: refused, the entry says why, the value stays. */
  append_into (card, "baseline-entry", " items");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (baseline)), ==, "2 items");
  g_assert_true (gtk_widget_has_css_class (baseline, "error"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (baseline), ==, "“2 items” is not a number");
  g_assert_cmpfloat (trellis_indicator_get_baseline (indicator), ==, 2);
  /* Backspace over the word: a number again, the mark goes. */
  gtk_editable_delete_text (GTK_EDITABLE (baseline), 1, -1);
  ui_test_iterate_pending ();
  g_assert_false (gtk_widget_has_css_class (baseline, "error"));
  g_assert_cmpfloat (trellis_indicator_get_baseline (indicator), ==, 2);

  type_into (card, "baseline-date-entry", "2026-01-31");
  g_assert_cmpuint (trellis_indicator_get_baseline_date (indicator), ==, trellis_date_from_dmy (31, 1, 2026));
  type_into (card, "target-date-entry", "31.12.2027");
  g_assert_true (gtk_widget_has_css_class (expect_named (card, "target-date-entry"), "error"));
  g_assert_cmpuint (trellis_indicator_get_target_date (indicator), ==, TRELLIS_DAY_NONE);
  type_into (card, "target-date-entry", "");

  /* With a target the flag goes. */
  type_into (card, "target-entry", "10");
  g_assert_cmpfloat (trellis_indicator_get_target (indicator), ==, 10);
  g_assert_false (gtk_widget_get_visible (row_warning (view)));
  g_assert_true (ui_test_shows_label (GTK_WIDGET (view), "Measurable: every indicator has a target"));

}

static void
add_measurement (TrellisWindow    *window,
                 TrellisGoalsView *view,
                 TrellisIndicator *indicator)
{
  TrellisProject *project = trellis_window_get_project (window);
  GtkWidget *card = indicator_card (view);
  GtkWidget *error_label = expect_named (card, "measurement-error-label");
  GtkWidget *level_bar = expect_named (card, "progress-bar");
  GtkWidget *list = expect_named (card, "measurements-list");
  g_autoptr(GPtrArray) measurements = NULL;
  g_autofree char *today = trellis_date_format (trellis_date_today ());

  /* The date starts as today. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (expect_named (card, "measurement-date-entry"))), ==, today);

  type_into (card, "measurement-date-entry", "2026-13-01");
  type_into (card, "measurement-value-entry", "6");
  type_into (card, "measurement-note-entry", "Survey of members");
  press_enter (card, "measurement-value-entry");
  g_assert_cmpuint (count_items (window, TRELLIS_TYPE_MEASUREMENT), ==, 0);
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_true (gtk_widget_get_mapped (error_label));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (error_label)), ==,
                   "“2026-13-01” is not a date: write it as YYYY-MM-DD");
  g_assert_true (gtk_widget_has_css_class (expect_named (card, "measurement-date-entry"), "error"));

  type_into (card, "measurement-date-entry", "2026-06-30");
  press_enter (card, "measurement-date-entry");
  measurements = trellis_indicator_list_measurements (project, indicator);
  g_assert_cmpuint (measurements->len, ==, 1);
  g_assert_cmpuint (trellis_measurement_get_date (measurements->pdata[0]), ==, trellis_date_from_dmy (30, 6, 2026));
  g_assert_cmpfloat (trellis_measurement_get_value (measurements->pdata[0]), ==, 6);
  g_assert_cmpstr (trellis_measurement_get_note (measurements->pdata[0]), ==, "Survey of members");
  g_assert_false (gtk_widget_get_visible (error_label));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (expect_named (card, "measurement-value-entry"))), ==, "");

  /* (6 − 2) / (10 − 2): half way. */
  g_assert_cmpfloat_with_epsilon (gtk_level_bar_get_value (GTK_LEVEL_BAR (level_bar)), 0.5, 1e-9);
  g_assert_true (ui_test_shows_label (card, "50 % of the way to the target"));
  g_assert_true (ui_test_shows_label (card, "Survey of members"));
  g_assert_true (ui_test_shows_label (card, "2026-06-30"));
  g_assert_nonnull (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0));
  g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 1));
  g_assert_cmpuint (trellis_sparkline_get_n_points (TRELLIS_SPARKLINE (ui_test_find_descendant (card, TRELLIS_TYPE_SPARKLINE))),
                    ==, 2);

  /* Past the target, and the wrong way: said so, the bar full or empty. */
  type_into (card, "target-entry", "5");
  g_assert_true (ui_test_shows_label (card, "Target reached (133 %)"));
  g_assert_cmpfloat (gtk_level_bar_get_value (GTK_LEVEL_BAR (level_bar)), ==, 1);
  type_into (card, "baseline-entry", "5.5");
  g_assert_true (ui_test_shows_label (card, "Moving away from the target (-100 %)"));
  g_assert_cmpfloat (gtk_level_bar_get_value (GTK_LEVEL_BAR (level_bar)), ==, 0);
  undo (window);
  undo (window);
  g_assert_cmpfloat (trellis_indicator_get_baseline (indicator), ==, 2);
  g_assert_cmpfloat (trellis_indicator_get_target (indicator), ==, 10);
  g_assert_true (ui_test_shows_label (card, "50 % of the way to the target"));
  g_assert_cmpfloat (trellis_sparkline_get_target (TRELLIS_SPARKLINE (ui_test_find_descendant (card, TRELLIS_TYPE_SPARKLINE))),
                     ==, 10);
}

static void
link_swot_item (TrellisWindow    *window,
                TrellisGoalsView *view,
                TrellisGoal      *goal)
{
  TrellisProject *project = trellis_window_get_project (window);
  GtkWidget *link_button = expect_named (GTK_WIDGET (view), "link-button");
  g_autoptr(TrellisItem) swot = g_list_model_get_item (trellis_project_get_items (project, TRELLIS_TYPE_SWOT_ITEM), 0);
  g_autoptr(GPtrArray) goals = NULL;
  GtkPopover *popover;
  GtkWidget *check;

  g_assert_true (ui_test_shows_label (GTK_WIDGET (view), "Not linked to the analysis yet: a goal should answer "
                                                         "what the SWOT and TOWS found"));
  /* Scrolled into sight first: a popover needs its button on screen. */
  scroll_to (link_button);
  g_assert_true (gtk_widget_grab_focus (link_button));
  wait_frames (GTK_WIDGET (view));
  popover = ui_test_popup (GTK_MENU_BUTTON (link_button));
  check = ui_test_find_descendant (GTK_WIDGET (popover), GTK_TYPE_CHECK_BUTTON);
  g_assert_nonnull (check);
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  g_assert_true (ui_test_shows_label (GTK_WIDGET (popover), "Weaknesses: Few firms test recycled material"));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  ui_test_iterate_pending ();
  gtk_menu_button_popdown (GTK_MENU_BUTTON (link_button));
  ui_test_iterate_pending ();

  /* Both ways: the goal names its source, the item knows its goal. */
  g_assert_true (g_strv_contains (trellis_goal_get_sources_uuids (goal),
                                  trellis_item_get_uuid (swot)));
  goals = trellis_item_list_goals (project, swot);
  g_assert_cmpuint (goals->len, ==, 1);
  g_assert_true (goals->pdata[0] == (gpointer) goal);
  g_assert_true (ui_test_shows_label (GTK_WIDGET (view), "Few firms test recycled material"));
}

static void
test_add_measure_undo (void)
{
  g_autoptr(TrellisProject) project = project_with_swot ();
  g_autoptr(GFile) file = ui_test_write_project (tmpdir, "goals.trellis", project);
  TrellisWindow *window = ui_test_open_window (G_APPLICATION (app), file);
  TrellisGoalsView *view = open_goals (window);
  GtkWidget *card, *list;
  TrellisGoal *goal;
  TrellisIndicator *indicator;

  add_goal_and_indicator (window, view, &goal, &indicator);
  set_baseline_and_target (window, view, indicator);
  add_measurement (window, view, indicator);
  link_swot_item (window, view, goal);

  /* Undo the link. */
  undo (window);
  g_assert_null (trellis_goal_get_sources_uuids (goal));
  g_assert_false (ui_test_shows_label (GTK_WIDGET (view), "Few firms test recycled material"));
  g_assert_true (trellis_goals_view_get_selected (view) == goal);

  /* Undo the measurement: the progress has no data again. */
  undo (window);
  card = indicator_card (view);
  list = expect_named (card, "measurements-list");
  g_assert_cmpuint (count_items (window, TRELLIS_TYPE_MEASUREMENT), ==, 0);
  g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0));
  g_assert_cmpfloat (gtk_level_bar_get_value (GTK_LEVEL_BAR (expect_named (card, "progress-bar"))), ==, 0);
  g_assert_true (ui_test_shows_label (card, "Not enough data: no measurement yet"));

  /* Undo the target: flagged again, the entry empty. */
  undo (window);
  g_assert_true (isnan (trellis_indicator_get_target (indicator)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (expect_named (card, "target-entry"))), ==, "");
  g_assert_true (gtk_widget_get_visible (row_warning (view)));

  /* The baseline date, then the baseline. */
  undo (window);
  g_assert_cmpuint (trellis_indicator_get_baseline_date (indicator), ==, TRELLIS_DAY_NONE);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (expect_named (card, "baseline-date-entry"))), ==, "");
  undo (window);
  g_assert_true (isnan (trellis_indicator_get_baseline (indicator)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (expect_named (card, "baseline-entry"))), ==, "");

  /* The indicator goes, the goal stays selected and flagged. */
  undo (window);
  g_assert_cmpuint (count_items (window, TRELLIS_TYPE_INDICATOR), ==, 0);
  g_assert_null (indicator_card (view));
  g_assert_true (trellis_goals_view_get_selected (view) == goal);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (row_warning (view)), ==,
                   "The goal has no indicator to measure it by");

  /* The goal goes: the empty page is back. */
  undo (window);
  g_assert_cmpuint (count_items (window, TRELLIS_TYPE_GOAL), ==, 0);
  g_assert_null (trellis_goals_view_get_selected (view));
  g_assert_true (ui_test_shows_label (GTK_WIDGET (window), "No Goals Yet"));

  /* Redone, it is shown again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  ui_test_iterate_pending ();
  g_assert_cmpuint (count_items (window, TRELLIS_TYPE_GOAL), ==, 1);
  g_assert_nonnull (trellis_goals_view_get_selected (view));
  g_assert_true (ui_test_shows_label (GTK_WIDGET (view), "Recycled parts for cars"));
}

/* The sample's goals: by area, the one without a target flagged. */
static void
test_sample (void)
{
  g_autofree char *path = trellis_test_sample_path ();
  g_autoptr(GFile) sample = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(TrellisProject) project = trellis_project_load (sample, &error);
  g_autoptr(GFile) file = NULL;
  TrellisWindow *window;
  TrellisGoalsView *view;
  GtkSingleSelection *selection;
  GtkWidget *row;
  guint n_rows = 0, n_flagged = 0, flagged = 0;

  g_assert_no_error (error);
  file = ui_test_write_project (tmpdir, "sample.trellis", project);
  window = ui_test_open_window (G_APPLICATION (app), file);
  view = open_goals (window);
  selection = list_selection (view);

  for (; (row = row_at (view, n_rows)) != NULL; n_rows++)
    {
      GtkWidget *warning = ui_test_find_descendant (row, GTK_TYPE_IMAGE);

      if (gtk_widget_get_visible (warning))
        {
          n_flagged++;
          flagged = n_rows;
          g_assert_cmpstr (gtk_widget_get_tooltip_text (warning), ==,
                           "Indicator “Press and online articles about the cluster” has no target value");
        }
    }
  g_assert_cmpuint (n_rows, ==, 5);
  g_assert_cmpuint (n_flagged, ==, 1);
  g_assert_true (ui_test_shows_label (GTK_WIDGET (view), "Innovation"));
  g_assert_true (ui_test_shows_label (GTK_WIDGET (view), "Internationalisation"));
  /* The first goal is shown, with its two indicators. */
  g_assert_nonnull (trellis_goals_view_get_selected (view));
  g_assert_true (ui_test_shows_label (GTK_WIDGET (view), "Measurable: every indicator has a target"));

  /* Going from goal to goal shows each and changes nothing. */
  for (guint i = 0; i < n_rows; i++)
    {
      gtk_single_selection_set_selected (selection, i);
      ui_test_iterate_pending ();
      g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, i);
      g_assert_true (gtk_single_selection_get_selected_item (selection) ==
                     (gpointer) trellis_goals_view_get_selected (view));
      g_assert_nonnull (trellis_goals_view_get_selected (view));
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ui_test_find_row (GTK_WIDGET (view), "Title"))), ==,
                       trellis_goal_get_title (trellis_goals_view_get_selected (view)));
    }
  /* The marketing goal's indicator has no target. */
  gtk_single_selection_set_selected (selection, flagged);
  ui_test_iterate_pending ();
  g_assert_cmpint (trellis_goal_get_area (trellis_goals_view_get_selected (view)), ==, TRELLIS_AREA_MARKETING);
  g_assert_true (ui_test_shows_label (GTK_WIDGET (view), "Not measurable yet. Indicator “Press and online articles "
                                                         "about the cluster” has no target value."));
  g_assert_false (trellis_history_get_can_undo (trellis_project_get_history (trellis_window_get_project (window))));
}

static void
click (GtkWidget  *widget,
       const char *name)
{
  GtkWidget *button = expect_named (widget, name);

  g_assert_true (gtk_widget_get_mapped (button));
  /* As the keyboard does: the button is clicked once it has shown the press. */
  gtk_widget_activate (button);
  wait_frames (widget);
}

/* Deleting a measurement, an indicator (with its measurements) and a goal,
 * each undone. */
static void
test_delete_undo (void)
{
  g_autoptr(GFile) file = ui_test_write_project (tmpdir, "delete.trellis", NULL);
  TrellisWindow *window = ui_test_open_window (G_APPLICATION (app), file);
  TrellisGoalsView *view = open_goals (window);
  TrellisGoal *goal = trellis_goals_view_get_selected (view);
  GtkWidget *card;

  g_assert_nonnull (goal);
  g_object_ref (goal);
  card = indicator_card (view);
  g_assert_true (ui_test_shows_label (card, "2026-06-30"));
  click (card, "delete-measurement-button");
  g_assert_cmpuint (count_items (window, TRELLIS_TYPE_MEASUREMENT), ==, 0);
  g_assert_false (ui_test_shows_label (card, "2026-06-30"));
  undo (window);
  g_assert_cmpuint (count_items (window, TRELLIS_TYPE_MEASUREMENT), ==, 1);
  g_assert_true (ui_test_shows_label (indicator_card (view), "2026-06-30"));

  click (indicator_card (view), "delete-indicator-button");
  g_assert_cmpuint (count_items (window, TRELLIS_TYPE_INDICATOR), ==, 0);
  g_assert_cmpuint (count_items (window, TRELLIS_TYPE_MEASUREMENT), ==, 0);
  g_assert_null (indicator_card (view));
  g_assert_true (gtk_widget_get_visible (row_warning (view)));
  undo (window);
  g_assert_cmpuint (count_items (window, TRELLIS_TYPE_MEASUREMENT), ==, 1);
  card = indicator_card (view);
  g_assert_nonnull (card);
  g_assert_true (ui_test_shows_label (card, "2026-06-30"));
  g_assert_false (gtk_widget_get_visible (row_warning (view)));

  click (GTK_WIDGET (view), "delete-goal-button");
  g_assert_cmpuint (count_items (window, TRELLIS_TYPE_GOAL), ==, 0);
  g_assert_cmpuint (count_items (window, TRELLIS_TYPE_INDICATOR), ==, 0);
  g_assert_true (ui_test_shows_label (GTK_WIDGET (window), "No Goals Yet"));
  g_assert_true (ui_test_shows_label (GTK_WIDGET (view), "No goals yet"));
  g_assert_false (gtk_widget_get_mapped (expect_named (GTK_WIDGET (view), "goals-list")));
  undo (window);
  g_assert_false (ui_test_shows_label (GTK_WIDGET (view), "No goals yet"));
  g_assert_true (gtk_widget_get_mapped (expect_named (GTK_WIDGET (view), "goals-list")));
  g_assert_cmpuint (count_items (window, TRELLIS_TYPE_INDICATOR), ==, 1);
  g_assert_true (trellis_goals_view_get_selected (view) == goal);
  g_assert_nonnull (indicator_card (view));
  g_object_unref (goal);
}

/* On a narrow window the list comes first; a goal chosen takes its place. */
static void
test_narrow (void)
{
  g_autoptr(GFile) file = ui_test_write_project (tmpdir, "narrow.trellis", NULL);
  TrellisWindow *window = ui_test_open_window (G_APPLICATION (app), file);
  TrellisGoalsView *view = open_goals (window);
  AdwLeaflet *leaflet = ADW_LEAFLET (ui_test_find_descendant (GTK_WIDGET (view), ADW_TYPE_LEAFLET));
  GtkWidget *list = expect_named (GTK_WIDGET (view), "goals-list");
  GtkWidget *back;

  g_assert_false (adw_leaflet_get_folded (leaflet));
  gtk_window_set_default_size (GTK_WINDOW (window), 700, 600);
  wait_frames (GTK_WIDGET (view));
  g_assert_true (adw_leaflet_get_folded (leaflet));
  g_assert_true (gtk_widget_get_mapped (list));
  g_assert_null (ui_test_find_row (GTK_WIDGET (view), "Title"));

  /* Enter on the first goal, as the keyboard activates it. */
  g_signal_emit_by_name (list, "activate", 0);
  wait_frames (GTK_WIDGET (view));
  g_assert_false (gtk_widget_get_mapped (list));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ui_test_find_row (GTK_WIDGET (view), "Title"))), ==,
                   "More joint R&D projects");

  back = expect_named (GTK_WIDGET (view), "back-button");
  g_assert_true (gtk_widget_get_mapped (back));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (back), ==, "Back to the Goals");
  gtk_widget_activate (back);
  wait_frames (GTK_WIDGET (view));
  g_assert_true (gtk_widget_get_mapped (list));

  /* Wide again, side by side. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1340, 740);
  wait_frames (GTK_WIDGET (view));
  g_assert_false (adw_leaflet_get_folded (leaflet));
  g_assert_nonnull (ui_test_find_row (GTK_WIDGET (view), "Title"));
}

static guint
count_goal_rows (GtkWidget *widget)
{
  guint n = TRELLIS_IS_GOAL_ROW (widget) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_goal_rows (child);
  return n;
}

static gboolean
row_has_heading (TrellisGoalsView *view,
                 guint             position)
{
  GtkWidget *row = row_at (view, position);

  g_assert_nonnull (row);
  return trellis_goal_row_get_first_of_area (TRELLIS_GOAL_ROW (row));
}

/* Whether @row is shown whole in the list's scrolled window. */
static gboolean
row_in_view (GtkWidget *row)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (row, GTK_TYPE_SCROLLED_WINDOW);
  double x, y;

  if (row == NULL || !gtk_widget_get_mapped (row) ||
      !gtk_widget_translate_coordinates (row, scroller, 0, 0, &x, &y))
    return FALSE;
  return y >= 0 && y + gtk_widget_get_height (row) <= gtk_widget_get_height (scroller) + 1;
}

static TrellisGoal *
goal_at (TrellisGoalsView *view,
         guint             position)
{
  g_autoptr(TrellisGoal) goal = g_list_model_get_item (G_LIST_MODEL (list_selection (view)), position);

  g_assert_nonnull (goal);
  return goal;   /* the project keeps it */
}

/* 300 goals in three areas (by turns): Innovation's 100 first, in the
 * project's order (Goal 000, 003, …), then Business opportunities' (001,
 * 004, …), then Entrepreneurship's. */
static TrellisProject *
project_with_many_goals (void)
{
  TrellisProject *project = trellis_project_new ("Many goals");

  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *title = g_strdup_printf ("Goal %03u", i);
      g_autoptr(TrellisGoal) goal = trellis_goal_new (title);

      trellis_goal_set_area (goal, TRELLIS_AREA_INNOVATION + i % 3);
      trellis_project_add_item (project, TRELLIS_ITEM (goal));
    }
  return project;
}

/* A long list makes rows for its first goals only; a goal chosen further
 * down gets its row; headings follow goals that move; an edit redraws its
 * own row; a click on a narrow window opens the goal. */
static void
test_many (void)
{
  g_autoptr(TrellisProject) project = project_with_many_goals ();
  g_autoptr(GFile) file = ui_test_write_project (tmpdir, "many.trellis", project);
  TrellisWindow *window = ui_test_open_window (G_APPLICATION (app), file);
  TrellisGoalsView *view = open_goals (window);
  GtkWidget *list = expect_named (GTK_WIDGET (view), "goals-list");
  TrellisGoal *first, *moved, *business;
  GtkWidget *row;

  /* Rows for a screen or two of goals, not for 300. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list_selection (view))), <, 300);
  g_assert_cmpuint (count_goal_rows (list), >=, 10);
  g_assert_cmpuint (count_goal_rows (list), <=, 60);
  first = goal_at (view, 0);
  g_assert_cmpstr (trellis_goal_get_title (first), ==, "Goal 000");
  g_assert_cmpstr (trellis_goal_get_title (goal_at (view, 1)), ==, "Goal 003");
  g_assert_true (trellis_goals_view_get_selected (view) == first);
  g_assert_true (row_has_heading (view, 0));
  g_assert_false (row_has_heading (view, 1));
  g_assert_true (ui_test_shows_label (row_at (view, 0), "Innovation"));

  /* Scrolled to the end of what is shown, more goals come (once the
   * scroll bars' animation leaves the main loop idle). */
  {
    guint shown = g_list_model_get_n_items (G_LIST_MODEL (list_selection (view)));
    GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list));
    gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
    while (g_list_model_get_n_items (G_LIST_MODEL (list_selection (view))) == shown &&
           g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, FALSE);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list_selection (view))), >, shown);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list_selection (view))), <, 300);
    gtk_adjustment_set_value (adjustment, 0);
    wait_frames (GTK_WIDGET (view));
  }

  /* The first goal of Business opportunities, far down: selected, scrolled
   * to, with its heading. */
  business = g_list_model_get_item (trellis_project_get_items (trellis_window_get_project (window),
                                                               TRELLIS_TYPE_GOAL), 1);
  g_object_unref (business);   /* the project keeps it */
  g_assert_cmpstr (trellis_goal_get_title (business), ==, "Goal 001");
  trellis_goals_view_select (view, business);
  wait_frames (GTK_WIDGET (view));
  g_assert_cmpuint (gtk_single_selection_get_selected (list_selection (view)), ==, 100);
  g_assert_true (goal_at (view, 100) == business);
  g_assert_true (row_in_view (row_at (view, 100)));
  g_assert_false (row_in_view (row_at (view, 0)));
  g_assert_true (row_has_heading (view, 100));
  g_assert_false (row_has_heading (view, 101));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ui_test_find_row (GTK_WIDGET (view), "Title"))), ==,
                   "Goal 001");

  /* A new title redraws the goal's own row, which stays. */
  gtk_adjustment_set_value (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list)), 0);
  wait_frames (GTK_WIDGET (view));
  row = row_at (view, 0);
  g_assert_true (row_in_view (row));
  trellis_goal_set_title (first, "Goal zero");
  wait_frames (GTK_WIDGET (view));
  g_assert_true (row_at (view, 0) == row);
  g_assert_true (ui_test_shows_label (row, "Goal zero"));
  g_assert_false (ui_test_shows_label (row, "Goal 000"));

  /* Goals that change area move, and the headings with them. */
  moved = goal_at (view, 1);
  trellis_goal_set_area (moved, TRELLIS_AREA_OTHER);
  wait_frames (GTK_WIDGET (view));
  g_assert_cmpstr (trellis_goal_get_title (goal_at (view, 1)), ==, "Goal 006");
  g_assert_true (row_has_heading (view, 0));
  g_assert_false (row_has_heading (view, 1));
  trellis_goal_set_area (first, TRELLIS_AREA_BUSINESS_OPPORTUNITIES);
  wait_frames (GTK_WIDGET (view));
  g_assert_cmpstr (trellis_goal_get_title (goal_at (view, 0)), ==, "Goal 006");
  g_assert_true (row_has_heading (view, 0));
  g_assert_true (goal_at (view, 98) == first);
  g_assert_true (row_has_heading (view, 98));
  g_assert_true (goal_at (view, 99) == business);
  g_assert_false (row_has_heading (view, 99));
  g_assert_true (trellis_goals_view_get_selected (view) == business);
  g_assert_cmpuint (gtk_single_selection_get_selected (list_selection (view)), ==, 99);

  /* Undone, all as it was. */
  undo (window);
  undo (window);
  undo (window);
  wait_frames (GTK_WIDGET (view));
  g_assert_true (goal_at (view, 0) == first);
  g_assert_cmpstr (trellis_goal_get_title (first), ==, "Goal 000");
  g_assert_true (goal_at (view, 1) == moved);
  g_assert_true (row_has_heading (view, 0));
  g_assert_false (row_has_heading (view, 1));
  g_assert_true (goal_at (view, 100) == business);
  g_assert_true (row_has_heading (view, 100));

  /* Narrow: a click on a goal selects it and shows it in the list's place. */
  gtk_window_set_default_size (GTK_WINDOW (window), 700, 600);
  wait_frames (GTK_WIDGET (view));
  g_assert_true (gtk_widget_get_mapped (list));
  g_signal_emit_by_name (row_at (view, 1), "clicked");
  wait_frames (GTK_WIDGET (view));
  g_assert_true (trellis_goals_view_get_selected (view) == moved);
  g_assert_cmpuint (gtk_single_selection_get_selected (list_selection (view)), ==, 1);
  g_assert_false (gtk_widget_get_mapped (list));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ui_test_find_row (GTK_WIDGET (view), "Title"))), ==,
                   "Goal 003");
}

static void
test_read_only (void)
{
  g_autoptr(GFile) file = ui_test_write_project (tmpdir, "read-only.trellis", NULL);
  TrellisWindow *window = ui_test_open_window (G_APPLICATION (app), file);
  TrellisProject *project = trellis_window_get_project (window);
  TrellisHistory *history = trellis_project_get_history (project);
  TrellisGoalsView *view;
  GtkWidget *card, *widget;

  trellis_window_set_read_only (window, TRUE);
  view = open_goals (window);
  widget = GTK_WIDGET (view);
  g_assert_false (trellis_history_get_can_undo (history));
  g_assert_nonnull (trellis_goals_view_get_selected (view));

  /* Nothing to add with, nothing typed is taken. */
  g_assert_false (gtk_widget_get_mapped (expect_named (widget, "add-goal-entry")));
  type_into (widget, "add-goal-entry", "Not allowed");
  press_enter (widget, "add-goal-entry");
  g_assert_cmpuint (count_items (window, TRELLIS_TYPE_GOAL), ==, 1);
  g_assert_false (gtk_widget_get_mapped (expect_named (widget, "indicator-entry")));
  g_assert_false (gtk_widget_get_mapped (expect_named (widget, "link-button")));

  card = indicator_card (view);
  g_assert_nonnull (card);
  g_assert_false (gtk_editable_get_editable (GTK_EDITABLE (expect_named (card, "baseline-entry"))));
  g_assert_false (gtk_editable_get_editable (GTK_EDITABLE (expect_named (card, "name-entry"))));
  g_assert_false (gtk_widget_get_mapped (expect_named (card, "add-measurement-button")));
  g_assert_false (gtk_widget_get_mapped (expect_named (card, "delete-indicator-button")));
  type_into (card, "measurement-value-entry", "5");
  press_enter (card, "measurement-value-entry");
  g_assert_cmpuint (count_items (window, TRELLIS_TYPE_MEASUREMENT), ==, 1);
  g_assert_false (trellis_history_get_can_undo (history));

  /* It shows all the same: progress (4.25 − 2) / (10.5 − 2). */
  g_assert_cmpfloat_with_epsilon (gtk_level_bar_get_value (GTK_LEVEL_BAR (expect_named (card, "progress-bar"))),
                                  2.25 / 8.5, 1e-9);

  /* Editable again, the page takes edits. */
  trellis_window_set_read_only (window, FALSE);
  ui_test_iterate_pending ();
  g_assert_true (gtk_widget_get_mapped (expect_named (widget, "add-goal-entry")));
  card = indicator_card (view);
  g_assert_true (gtk_editable_get_editable (GTK_EDITABLE (expect_named (card, "baseline-entry"))));
}

static guint
count_milestones (TrellisWindow *window,
                  TrellisGoal   *goal)
{
  g_autoptr(GPtrArray) milestones = trellis_goal_list_milestones (trellis_window_get_project (window), goal);

  return milestones->len;
}

/* An interim goal added (a bad date refused first), marked reached and
 * deleted, each undone through win.undo. */
static void
test_interim_goals (void)
{
  g_autoptr(GFile) file = ui_test_write_project (tmpdir, "interim.trellis", NULL);
  TrellisWindow *window = ui_test_open_window (G_APPLICATION (app), file);
  TrellisGoalsView *view = open_goals (window);
  TrellisGoal *goal = trellis_goals_view_get_selected (view);
  GtkWidget *widget = GTK_WIDGET (view);
  GtkWidget *error_label = expect_named (widget, "milestone-error-label");
  g_autofree char *today = trellis_date_format (trellis_date_today ());
  g_autofree char *reached_text = g_strdup_printf ("Reached on %s", today);
  g_autoptr(GPtrArray) milestones = NULL;
  TrellisMilestone *milestone;
  guint before;

  g_assert_nonnull (goal);
  before = count_milestones (window, goal);
  scroll_to (expect_named (widget, "milestone-title-entry"));
  wait_frames (widget);
  g_assert_true (gtk_widget_get_mapped (expect_named (widget, "milestone-title-entry")));
  g_assert_true (ui_test_shows_label (widget, "Interim Goals"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (expect_named (widget, "milestone-date-entry"))), ==, today);

  /* A bad date is refused, visibly, and nothing is added. */
  type_into (widget, "milestone-title-entry", "Five firms test recycled parts");
  type_into (widget, "milestone-date-entry", "31.12.2027");
  press_enter (widget, "milestone-title-entry");
  g_assert_cmpuint (count_milestones (window, goal), ==, before);
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (error_label)), "YYYY-MM-DD"));
  g_assert_true (gtk_widget_has_css_class (expect_named (widget, "milestone-date-entry"), "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (expect_named (widget, "milestone-title-entry"))), ==,
                   "Five firms test recycled parts");

  /* A good one is added, shown, and the error goes. */
  type_into (widget, "milestone-date-entry", "2027-12-31");
  press_enter (widget, "milestone-date-entry");
  g_assert_cmpuint (count_milestones (window, goal), ==, before + 1);
  g_assert_false (gtk_widget_get_visible (error_label));
  g_assert_false (gtk_widget_has_css_class (expect_named (widget, "milestone-date-entry"), "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (expect_named (widget, "milestone-title-entry"))), ==, "");
  milestones = trellis_goal_list_milestones (trellis_window_get_project (window), goal);
  milestone = NULL;
  for (guint i = 0; i < milestones->len; i++)
    if (g_strcmp0 (trellis_milestone_get_title (milestones->pdata[i]), "Five firms test recycled parts") == 0)
      milestone = milestones->pdata[i];
  g_assert_nonnull (milestone);
  g_object_ref (milestone);
  g_assert_cmpuint (trellis_milestone_get_date (milestone), ==, trellis_date_from_dmy (31, 12, 2027));
  g_assert_cmpuint (trellis_milestone_get_reached (milestone), ==, TRELLIS_DAY_NONE);
  g_assert_nonnull (ui_test_find_row (widget, "Five firms test recycled parts"));
  g_assert_true (ui_test_shows_label (widget, "Due 2027-12-31"));

  /* Undo the adding, then redo it by hand. */
  undo (window);
  g_assert_cmpuint (count_milestones (window, goal), ==, before);
  g_assert_null (ui_test_find_row (widget, "Five firms test recycled parts"));
  g_object_unref (milestone);
  type_into (widget, "milestone-title-entry", "Five firms test recycled parts");
  type_into (widget, "milestone-date-entry", "2027-12-31");
  click (widget, "milestone-add-button");
  g_assert_cmpuint (count_milestones (window, goal), ==, before + 1);
  g_clear_pointer (&milestones, g_ptr_array_unref);
  milestones = trellis_goal_list_milestones (trellis_window_get_project (window), goal);
  milestone = NULL;
  for (guint i = 0; i < milestones->len; i++)
    if (g_strcmp0 (trellis_milestone_get_title (milestones->pdata[i]), "Five firms test recycled parts") == 0)
      milestone = g_object_ref (milestones->pdata[i]);
  g_assert_nonnull (milestone);

  /* Mark it reached: today; the row says so. */
  click (GTK_WIDGET (ui_test_find_row (widget, "Five firms test recycled parts")), "milestone-reached-button");
  g_assert_cmpuint (trellis_milestone_get_reached (milestone), ==, trellis_date_today ());
  g_assert_true (ui_test_shows_label (widget, reached_text));
  g_assert_null (find_named (GTK_WIDGET (ui_test_find_row (widget, "Five firms test recycled parts")),
                             "milestone-reached-button"));
  undo (window);
  g_assert_cmpuint (trellis_milestone_get_reached (milestone), ==, TRELLIS_DAY_NONE);
  g_assert_false (ui_test_shows_label (widget, reached_text));
  g_assert_nonnull (find_named (GTK_WIDGET (ui_test_find_row (widget, "Five firms test recycled parts")),
                                "milestone-reached-button"));

  /* Delete it, then undo. */
  click (GTK_WIDGET (ui_test_find_row (widget, "Five firms test recycled parts")), "milestone-delete-button");
  g_assert_cmpuint (count_milestones (window, goal), ==, before);
  g_assert_null (ui_test_find_row (widget, "Five firms test recycled parts"));
  undo (window);
  g_assert_cmpuint (count_milestones (window, goal), ==, before + 1);
  g_assert_nonnull (ui_test_find_row (widget, "Five firms test recycled parts"));
  g_assert_true (ui_test_shows_label (widget, "Due 2027-12-31"));

  /* Read-only: no controls to add, mark or delete with. */
  trellis_window_set_read_only (window, TRUE);
  ui_test_iterate_pending ();
  g_assert_false (gtk_widget_get_mapped (expect_named (widget, "milestone-title-entry")));
  g_assert_null (find_named (widget, "milestone-delete-button"));
  g_assert_null (find_named (widget, "milestone-reached-button"));
  g_assert_nonnull (ui_test_find_row (widget, "Five firms test recycled parts"));
  trellis_window_set_read_only (window, FALSE);
  ui_test_iterate_pending ();
  g_object_unref (milestone);
}

int
main (int   argc,
      char *argv[])
{
  app = ui_test_init (&argc, &argv, &tmpdir);
  if (app == NULL)
    return 77;

  g_test_add_func ("/ui/goals-view/add-measure-undo", test_add_measure_undo);
  g_test_add_func ("/ui/goals-view/sample", test_sample);
  g_test_add_func ("/ui/goals-view/delete-undo", test_delete_undo);
  g_test_add_func ("/ui/goals-view/narrow", test_narrow);
  g_test_add_func ("/ui/goals-view/many", test_many);
  g_test_add_func ("/ui/goals-view/read-only", test_read_only);
  g_test_add_func ("/ui/goals-view/interim-goals", test_interim_goals);

  return ui_test_run (app, tmpdir);
}
