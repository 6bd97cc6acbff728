/* test-plan-check.c: the plan check of step 4 in a real window, paths /ui/plan-check/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opens the sample on the "strategy/check" tool: its warnings with their
 * counts, a warning fixed in the model, the trace of a goal, a review
 * recorded through the dialog and an action changed after it, each
 * undone through win.undo; read-only, no review can be recorded.
 */

#include "config.h"

#include "trellis-goals-view.h"
#include "trellis-plan-check.h"
#include "trellis-project-view.h"
#include "trellis-trace-panel.h"
#include "trellis-test-utils.h"
#include "ui-test-utils.h"

static TrellisApplication *app;
static char *tmpdir;

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

static guint
count_named (GtkWidget  *widget,
             const char *name)
{
  guint n = g_strcmp0 (gtk_widget_get_name (widget), name) == 0 && gtk_widget_get_mapped (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_named (child, name);
  return n;
}

static void
undo (TrellisWindow *window)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  ui_test_iterate_pending ();
}

static TrellisPlanCheck *
open_check (TrellisWindow *window)
{
  GtkWidget *view;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "strategy/check"));
  ui_test_iterate_pending ();
  view = ui_test_find_descendant (GTK_WIDGET (window), TRELLIS_TYPE_PLAN_CHECK);
  g_assert_nonnull (view);
  ui_test_iterate_until_mapped (view);
  return TRELLIS_PLAN_CHECK (view);
}

static TrellisWindow *
open_sample (const char *basename)
{
  g_autofree char *path = trellis_test_sample_path ();
  g_autoptr(GFile) sample = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(TrellisProject) project = trellis_project_load (sample, &error);
  g_autoptr(GFile) file = NULL;

  g_assert_no_error (error);
  file = ui_test_write_project (tmpdir, basename, project);
  return ui_test_open_window (G_APPLICATION (app), file);
}

/* The label beside the group's heading: its count. */
static const char *
group_count (GtkWidget *group)
{
  GtkWidget *count = find_named (group, "warnings-count");

  g_assert_true (GTK_IS_LABEL (count));
  return gtk_label_get_label (GTK_LABEL (count));
}

static guint
count_kind (GPtrArray              *warnings,
            TrellisPlanWarningKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < warnings->len; i++)
    n += ((TrellisPlanWarning *) warnings->pdata[i])->kind == kind;
  return n;
}

static TrellisItem *
first_warning_item (TrellisProject          *project,
                    TrellisPlanWarningKind   kind)
{
  g_autoptr(GPtrArray) warnings = trellis_plan_list_warnings (project);

  for (guint i = 0; i < warnings->len; i++)
    if (((TrellisPlanWarning *) warnings->pdata[i])->kind == kind)
      return ((TrellisPlanWarning *) warnings->pdata[i])->item;
  return NULL;
}

static void
test_warnings (void)
{
  TrellisWindow *window = open_sample ("warnings.trellis");
  TrellisProject *project = trellis_window_get_project (window);
  TrellisPlanCheck *check = open_check (window);
  g_autoptr(GPtrArray) warnings = trellis_plan_list_warnings (project);
  TrellisItem *action;
  g_autoptr(TrellisItem) goal = NULL;
  g_autofree char *summary = NULL;
  const char *message = NULL;
  guint n_groups = 0;

  /* Every kind the model warns about has its group, with its count and rows. */
  g_assert_cmpuint (warnings->len, >, 0);
  for (int kind = TRELLIS_PLAN_GOAL_WITHOUT_ACTION; kind <= TRELLIS_PLAN_BUDGET_OVERRUN; kind++)
    {
      g_autofree char *name = g_strdup_printf ("warnings-%d", kind);
      g_autofree char *count = g_strdup_printf ("%u", count_kind (warnings, kind));
      GtkWidget *group = find_named (GTK_WIDGET (check), name);

      if (count_kind (warnings, kind) == 0)
        {
          g_assert_null (group);
          continue;
        }
      g_assert_nonnull (group);
      g_assert_true (gtk_widget_get_mapped (group));
      g_assert_cmpstr (group_count (group), ==, count);
      n_groups++;
    }
  g_assert_cmpuint (n_groups, >=, 2);
  for (guint i = 0; i < warnings->len; i++)
    g_assert_true (ui_test_shows_label (GTK_WIDGET (check), ((TrellisPlanWarning *) warnings->pdata[i])->message));
  summary = g_strdup_printf ("%u warnings to look at", warnings->len);
  g_assert_true (ui_test_shows_label (GTK_WIDGET (check), summary));
  g_assert_false (gtk_widget_get_visible (expect_named (GTK_WIDGET (check), "no-warnings")));

  /* The action without a goal gets one: its row and group go. */
  action = first_warning_item (project, TRELLIS_PLAN_ACTION_WITHOUT_GOAL);
  g_assert_nonnull (action);
  for (guint i = 0; i < warnings->len; i++)
    if (((TrellisPlanWarning *) warnings->pdata[i])->kind == TRELLIS_PLAN_ACTION_WITHOUT_GOAL)
      message = ((TrellisPlanWarning *) warnings->pdata[i])->message;
  g_assert_true (ui_test_shows_label (GTK_WIDGET (check), message));
  goal = g_list_model_get_item (trellis_project_get_items (project, TRELLIS_TYPE_GOAL), 0);
  trellis_action_set_goal (TRELLIS_ACTION (action), TRELLIS_GOAL (goal));
  ui_test_iterate_pending ();
  g_assert_null (find_named (GTK_WIDGET (check), "warnings-1"));
  g_assert_false (ui_test_shows_label (GTK_WIDGET (check), message));
  g_clear_pointer (&summary, g_free);
  summary = g_strdup_printf ("%u warnings to look at", warnings->len - 1);
  g_assert_true (ui_test_shows_label (GTK_WIDGET (check), summary));

  undo (window);
  g_assert_nonnull (find_named (GTK_WIDGET (check), "warnings-1"));
  g_assert_true (ui_test_shows_label (GTK_WIDGET (check), message));
  g_assert_null (trellis_action_get_goal (TRELLIS_ACTION (action)));
}

static void
assert_panel_lists (GtkWidget *panel,
                    GPtrArray *items)
{
  for (guint i = 0; i < items->len; i++)
    {
      g_autofree char *label = trellis_trace_item_dup_title (items->pdata[i]);

      g_assert_true (ui_test_shows_label (panel, label));
    }
}

static void
test_trace (void)
{
  TrellisWindow *window = open_sample ("trace.trellis");
  TrellisProject *project = trellis_window_get_project (window);
  TrellisPlanCheck *check = open_check (window);
  GtkWidget *panel = expect_named (GTK_WIDGET (check), "trace-panel");
  GtkWidget *search = expect_named (GTK_WIDGET (check), "trace-search");
  GtkGridView *list = GTK_GRID_VIEW (expect_named (GTK_WIDGET (check), "trace-list"));
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_grid_view_get_model (list));
  guint n_unfiltered = g_list_model_get_n_items (G_LIST_MODEL (selection));
  guint position = GTK_INVALID_LIST_POSITION;
  g_autofree char *trace_title = NULL;
  g_autoptr(TrellisItem) goal = NULL;
  g_autoptr(GPtrArray) strategies = NULL;
  g_autoptr(GPtrArray) actions = NULL;
  g_autofree char *title = NULL;
  TrellisItem *action;
  GtkWidget *popover_panel;
  GtkWidget *goal_row = NULL;
  GtkWidget *project_view;

  /* A goal with both a strategy and actions. */
  for (guint i = 0; goal == NULL; i++)
    {
      g_autoptr(TrellisItem) candidate = g_list_model_get_item (trellis_project_get_items (project, TRELLIS_TYPE_GOAL), i);

      g_assert_nonnull (candidate);
      strategies = trellis_tows_strategy_list_by_goal (project, TRELLIS_GOAL (candidate));
      actions = trellis_action_list_by_goal (project, TRELLIS_GOAL (candidate));
      if (strategies->len > 0 && actions->len > 1)
        goal = g_steal_pointer (&candidate);
      else
        {
          g_clear_pointer (&strategies, g_ptr_array_unref);
          g_clear_pointer (&actions, g_ptr_array_unref);
        }
    }

  /* Searched for and picked in the list, the goal shows its chain. */
  title = trellis_item_dup_label (goal);
  gtk_editable_set_text (GTK_EDITABLE (search), title);
  g_signal_emit_by_name (search, "search-changed");
  ui_test_iterate_pending ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), <, n_unfiltered);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (selection)); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (selection), i);

      if (item == (gpointer) goal)
        position = i;
    }
  g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);
  trace_title = trellis_trace_item_dup_title (goal);
  g_assert_true (ui_test_shows_label (GTK_WIDGET (list), trace_title));
  gtk_single_selection_set_selected (selection, position);
  ui_test_iterate_pending ();
  g_assert_true (trellis_trace_panel_get_item (TRELLIS_TRACE_PANEL (panel)) == goal);
  assert_panel_lists (panel, strategies);
  assert_panel_lists (panel, actions);

  /* A warning's trace opens in a popover; its goal row leads to the goal. */
  action = first_warning_item (project, TRELLIS_PLAN_STARTS_BEFORE_DEPENDENCY);
  g_assert_nonnull (action);
  trellis_plan_check_show_trace (check, action, NULL);
  ui_test_iterate_pending ();
  popover_panel = expect_named (GTK_WIDGET (check), "popover-trace-panel");
  ui_test_iterate_until_mapped (popover_panel);
  g_assert_true (trellis_trace_panel_get_item (TRELLIS_TRACE_PANEL (popover_panel)) == action);
  for (GtkWidget *w = ui_test_find_descendant (popover_panel, GTK_TYPE_LIST_BOX_ROW); w != NULL; w = gtk_widget_get_next_sibling (w))
    if (g_object_get_data (G_OBJECT (w), "item") != NULL && TRELLIS_IS_GOAL (g_object_get_data (G_OBJECT (w), "item")))
      goal_row = w;
  g_assert_nonnull (goal_row);
  g_signal_emit_by_name (gtk_widget_get_parent (goal_row), "row-activated", goal_row);
  ui_test_iterate_pending ();
  project_view = gtk_widget_get_ancestor (GTK_WIDGET (check), TRELLIS_TYPE_PROJECT_VIEW);
  g_assert_cmpstr (trellis_project_view_get_page (TRELLIS_PROJECT_VIEW (project_view)), ==, "value");
  g_assert_true ((gpointer) trellis_goals_view_get_selected (TRELLIS_GOALS_VIEW (ui_test_find_descendant (project_view, TRELLIS_TYPE_GOALS_VIEW)))
                 == g_object_get_data (G_OBJECT (goal_row), "item"));
  g_assert_false (gtk_widget_get_visible (expect_named (GTK_WIDGET (check), "trace-popover")));
}

static AdwActionRow *
changes_message (TrellisPlanCheck *check)
{
  return ADW_ACTION_ROW (find_named (GTK_WIDGET (check), "review-changes-message"));
}

static void
test_review (void)
{
  TrellisWindow *window = open_sample ("review.trellis");
  TrellisProject *project = trellis_window_get_project (window);
  TrellisPlanCheck *check = open_check (window);
  GListModel *reviews = trellis_project_get_items (project, TRELLIS_TYPE_REVIEW);
  guint n_reviews = g_list_model_get_n_items (reviews);
  g_autofree char *today = trellis_date_format (trellis_date_today ());
  AdwMessageDialog *dialog;
  GtkWidget *reviewer;
  TrellisReview *review;
  g_autoptr(TrellisItem) action = NULL;
  GtkWidget *row;

  /* The sample's review is older than fingerprints. */
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (changes_message (check))), ==,
                   "Not known for this review");

  g_signal_emit_by_name (expect_named (GTK_WIDGET (check), "record-review-button"), "clicked");
  ui_test_iterate_pending ();
  dialog = ui_test_expect_dialog ("Record Review");
  reviewer = expect_named (GTK_WIDGET (dialog), "reviewer-row");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (reviewer)), ==,
                   trellis_header_get_facilitator (trellis_project_get_header (project)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (expect_named (GTK_WIDGET (dialog), "review-date-row"))), ==, today);
  gtk_editable_set_text (GTK_EDITABLE (expect_named (GTK_WIDGET (dialog), "review-note-entry")), "Quarterly look");
  ui_test_respond (dialog, "record");

  g_assert_cmpuint (g_list_model_get_n_items (reviews), ==, n_reviews + 1);
  review = trellis_project_get_last_review (project);
  g_assert_cmpuint (trellis_review_get_date (review), ==, trellis_date_today ());
  g_assert_cmpstr (trellis_review_get_note (review), ==, "Quarterly look");
  g_assert_true (ui_test_shows_label (GTK_WIDGET (check), "Quarterly look"));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (changes_message (check))), ==,
                   "Nothing has changed");

  /* An action edited afterwards is marked as changed. */
  action = g_list_model_get_item (trellis_project_get_items (project, TRELLIS_TYPE_ACTION), 0);
  trellis_action_set_title (TRELLIS_ACTION (action), "Renamed after the review");
  ui_test_iterate_pending ();
  g_assert_null (changes_message (check));
  g_assert_cmpuint (count_named (GTK_WIDGET (check), "review-change-row"), ==, 1);
  row = ui_test_find_row (GTK_WIDGET (check), "Renamed after the review");
  g_assert_nonnull (row);
  g_assert_true (ui_test_shows_label (row, "Changed"));

  undo (window);
  g_assert_cmpuint (count_named (GTK_WIDGET (check), "review-change-row"), ==, 0);
  g_assert_nonnull (changes_message (check));
  undo (window);
  g_assert_cmpuint (g_list_model_get_n_items (reviews), ==, n_reviews);
  g_assert_true (ui_test_shows_label (GTK_WIDGET (check), "8 October 2026, by Steering group (founding circle)"));
}

/* A plan with nothing to warn about says so, and a new gap shows at once. */
static void
test_no_warnings (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Clean plan");
  g_autoptr(TrellisGoal) goal = trellis_goal_new ("More joint projects");
  g_autoptr(TrellisAction) action = trellis_action_new ("Project fair");
  g_autoptr(GFile) file = NULL;
  TrellisWindow *window;
  TrellisPlanCheck *check;

  trellis_project_add_item (project, goal);
  trellis_action_set_goal_uuid (action, trellis_item_get_uuid (TRELLIS_ITEM (goal)));
  trellis_action_set_owner_name (action, "Anna");
  trellis_action_set_start (action, trellis_date_from_dmy (10, 1, 2027));
  trellis_action_set_due (action, trellis_date_from_dmy (1, 3, 2027));
  trellis_project_add_item (project, action);
  file = ui_test_write_project (tmpdir, "clean.trellis", project);
  window = ui_test_open_window (G_APPLICATION (app), file);
  check = open_check (window);

  g_assert_true (gtk_widget_get_mapped (expect_named (GTK_WIDGET (check), "no-warnings")));
  g_assert_true (ui_test_shows_label (GTK_WIDGET (check), "The plan is consistent"));
  g_assert_true (ui_test_shows_label (GTK_WIDGET (check), "No review recorded yet; record one after the steering group has looked at the plan"));
  g_assert_false (gtk_widget_get_visible (expect_named (GTK_WIDGET (check), "changes-group")));

  trellis_action_set_due (TRELLIS_ACTION (trellis_project_lookup (trellis_window_get_project (window),
                                                                 trellis_item_get_uuid (TRELLIS_ITEM (action)))),
                          TRELLIS_DAY_NONE);
  ui_test_iterate_pending ();
  g_assert_false (gtk_widget_get_visible (expect_named (GTK_WIDGET (check), "no-warnings")));
  g_assert_nonnull (find_named (GTK_WIDGET (check), "warnings-3"));
  g_assert_true (ui_test_shows_label (GTK_WIDGET (check), "1 warning to look at"));
  undo (window);
  g_assert_true (gtk_widget_get_visible (expect_named (GTK_WIDGET (check), "no-warnings")));
}

/* 120 actions without a goal: the list makes rows for the first warnings,
 * more as it is scrolled, and the last one is reached. */
static void
test_many_warnings (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Loose plan");
  g_autoptr(GFile) file = NULL;
  TrellisWindow *window;
  TrellisPlanCheck *check;
  GtkWidget *list;
  GtkAdjustment *adjustment;
  GListModel *rows;
  guint n_rows;
  gint64 deadline;

  for (guint i = 0; i < 120; i++)
    {
      g_autofree char *title = g_strdup_printf ("Loose action %03u", i);
      g_autoptr(TrellisAction) action = trellis_action_new (title);

      trellis_action_set_owner_name (action, "Anna");
      trellis_action_set_start (action, trellis_date_from_dmy (10, 1, 2027));
      trellis_action_set_due (action, trellis_date_from_dmy (1, 3, 2027));
      trellis_project_add_item (project, action);
    }
  file = ui_test_write_project (tmpdir, "loose.trellis", project);
  window = ui_test_open_window (G_APPLICATION (app), file);
  check = open_check (window);
  g_assert_true (ui_test_shows_label (GTK_WIDGET (check), "120 warnings to look at"));

  list = expect_named (GTK_WIDGET (check), "warnings-list");
  rows = G_LIST_MODEL (gtk_grid_view_get_model (GTK_GRID_VIEW (list)));
  n_rows = g_list_model_get_n_items (rows);
  g_test_message ("%u rows made for 120 warnings", n_rows);
  g_assert_cmpuint (n_rows, >=, 8);
  g_assert_cmpuint (n_rows, <, 60);
  g_assert_false (ui_test_shows_label (GTK_WIDGET (check), "Action “Loose action 119” serves no goal"));

  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list));
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (!ui_test_shows_label (GTK_WIDGET (check), "Action “Loose action 119” serves no goal") &&
         g_get_monotonic_time () < deadline)
    {
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) -
                                            gtk_adjustment_get_page_size (adjustment));
      ui_test_iterate_pending ();
    }
  g_assert_true (ui_test_shows_label (GTK_WIDGET (check), "Action “Loose action 119” serves no goal"));
  g_assert_cmpuint (g_list_model_get_n_items (rows), >, n_rows);
}

static void
test_read_only (void)
{
  g_autofree char *path = trellis_test_sample_path ();
  g_autoptr(GFile) sample = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(TrellisProject) project = trellis_project_load (sample, &error);
  g_autoptr(GFile) file = ui_test_write_project (tmpdir, "read-only.trellis", project);
  TrellisWindow *window = ui_test_open_read_only (G_APPLICATION (app), file);
  TrellisPlanCheck *check = open_check (window);
  gboolean editable = TRUE;

  g_object_get (check, "editable", &editable, NULL);
  g_assert_false (editable);
  g_assert_false (gtk_widget_get_visible (expect_named (GTK_WIDGET (check), "record-review-button")));
  /* Looking is still possible. */
  g_assert_nonnull (find_named (GTK_WIDGET (check), "warnings-1"));
  g_assert_nonnull (trellis_trace_panel_get_item (TRELLIS_TRACE_PANEL (expect_named (GTK_WIDGET (check), "trace-panel"))));
}

int
main (int   argc,
      char *argv[])
{
  app = ui_test_init (&argc, &argv, &tmpdir);
  if (app == NULL)
    return 77;

  g_test_add_func ("/ui/plan-check/warnings", test_warnings);
  g_test_add_func ("/ui/plan-check/trace", test_trace);
  g_test_add_func ("/ui/plan-check/review", test_review);
  g_test_add_func ("/ui/plan-check/no-warnings", test_no_warnings);
  g_test_add_func ("/ui/plan-check/read-only", test_read_only);
  g_test_add_func ("/ui/plan-check/many-warnings", test_many_warnings);

  return ui_test_run (app, tmpdir);
}
