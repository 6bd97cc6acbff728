/* test-dashboard-view.c: the status board of the Dashboard page in a real window,
 * paths /ui/dashboard-view/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opens the sample with "today" fixed at 2026-11-30 on "dashboard/board":
 * the overall light and reason are the report's; a light's popover tells
 * its reason, an override beside the computed light and the causes; the
 * as-of day changes through the month buttons and the calendar and the
 * board follows; an action changed in the model (and undone) changes the
 * board; "Go To" and "Open Plan Check" switch the page.  An empty project
 * shows what to do; a read-only one offers no override.
 */

#include "config.h"

#include <string.h>

#include "trellis-action-table.h"
#include "trellis-dashboard-view.h"
#include "trellis-goals-view.h"
#include "trellis-project-view.h"
#include "trellis-tool-page.h"
#include "trellis-test-utils.h"
#include "ui-test-utils.h"

#define TODAY "2026-11-30"

static TrellisApplication *app;
static char *tmpdir;

/* With DASHBOARD_SHOT_DIR set, saves @popover there as NAME.png, to look at
 * (trellis-screenshot renders the window only, not its popovers). */
static void
maybe_save_popover (GtkPopover *popover,
                    const char *name)
{
  const char *dir = g_getenv ("DASHBOARD_SHOT_DIR");
  GtkWidget *widget = GTK_WIDGET (popover);
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *path = NULL;
  GtkSnapshot *snapshot;
  int width, height;

  if (dir == NULL)
    return;

  ui_test_iterate_pending ();
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  basename = g_strconcat (name, ".png", NULL);
  path = g_build_filename (dir, basename, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

static TrellisWindow *
open_sample (gboolean read_only)
{
  g_autofree char *path = trellis_test_sample_path ();
  g_autoptr(GFile) sample = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(TrellisProject) project = trellis_project_load (sample, &error);
  g_autoptr(GFile) file = NULL;

  g_assert_no_error (error);
  file = ui_test_write_project (tmpdir, read_only ? "read-only.trellis" : "board.trellis", project);
  if (read_only)
    return ui_test_open_read_only (G_APPLICATION (app), file);
  return ui_test_open_window (G_APPLICATION (app), file);
}

static TrellisDashboardView *
show_board (TrellisWindow *window)
{
  return TRELLIS_DASHBOARD_VIEW (ui_test_show_page (window, "dashboard/board", TRELLIS_TYPE_DASHBOARD_VIEW));
}

static GtkWidget *
expect_named (GtkWidget  *root,
              const char *name)
{
  GtkWidget *found = ui_test_find_named (root, name);

  if (found == NULL)
    g_error ("No widget named %s", name);
  return found;
}

static TrellisItem *
find_item (TrellisProject *project,
           GType           type,
           const char     *title)
{
  GListModel *items = trellis_project_get_items (project, type);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(TrellisItem) item = g_list_model_get_item (items, i);
      g_autofree char *label = trellis_item_dup_label (item);

      if (g_strcmp0 (label, title) == 0)
        return item;
    }
  g_error ("No item “%s”", title);
  return NULL;
}

static gboolean
is_light_of (GtkWidget     *widget,
             gconstpointer  item)
{
  return GTK_IS_MENU_BUTTON (widget) && g_object_get_data (G_OBJECT (widget), "item") == item;
}

static GtkMenuButton *
find_light (TrellisDashboardView *view,
            TrellisItem          *item)
{
  GtkWidget *light = ui_test_find_mapped (GTK_WIDGET (view), is_light_of, item);

  g_assert_nonnull (light);
  return GTK_MENU_BUTTON (light);
}

static const char *
light_class (TrellisLight light)
{
  const char *classes[] = { "light-grey", "light-green", "light-amber", "light-red" };

  return classes[light];
}

static const char *
label_text (GtkWidget  *root,
            const char *name)
{
  return gtk_label_get_text (GTK_LABEL (expect_named (root, name)));
}

static void
test_board (void)
{
  TrellisWindow *window = open_sample (FALSE);
  TrellisProject *project = trellis_window_get_project (window);
  TrellisDashboardView *view = show_board (window);
  g_autoptr(TrellisStatusReport) report = trellis_status_report_new (project, TODAY);
  const TrellisStatusEntry *overall = trellis_status_report_get_overall (report);
  GtkWidget *light = expect_named (GTK_WIDGET (view), "overall-light");
  GtkPopover *popover;

  g_assert_cmpuint (trellis_dashboard_view_get_as_of (view), ==, trellis_date_from_dmy (30, 11, 2026));
  g_assert_true (ui_test_shows_label (GTK_WIDGET (view), "Status as of " TODAY));
  /* What the board shows is what the report says. */
  g_assert_cmpint (trellis_status_report_get_overall (trellis_dashboard_view_get_report (view))->light, ==,
                   overall->light);
  g_assert_true (gtk_widget_has_css_class (light, light_class (overall->light)));
  g_assert_cmpstr (label_text (GTK_WIDGET (view), "overall-reason"), ==, trellis_status_entry_get_reason (overall));
  /* Not colour alone: the light says its name. */
  g_assert_nonnull (ui_test_find_label (light, overall->light == TRELLIS_LIGHT_RED ? "Red" : "Amber"));

  /* The overall light explains itself; the project is no page to go to. */
  popover = ui_test_popup (GTK_MENU_BUTTON (light));
  g_assert_cmpstr (label_text (GTK_WIDGET (popover), "popover-reason"), ==, trellis_status_entry_get_reason (overall));
  maybe_save_popover (popover, "popover-overall");
  g_assert_true (overall->causes->len > 0);
  g_assert_nonnull (ui_test_find_label (GTK_WIDGET (popover),
                                        trellis_status_entry_get_reason (g_ptr_array_index (overall->causes, 0))));
  g_assert_false (gtk_widget_get_visible (expect_named (GTK_WIDGET (popover), "go-to-button")));
  g_assert_true (gtk_widget_get_visible (expect_named (GTK_WIDGET (popover), "override-button")));
  gtk_popover_popdown (popover);
  ui_test_iterate_pending ();
}

static void
test_override (void)
{
  TrellisWindow *window = open_sample (FALSE);
  TrellisProject *project = trellis_window_get_project (window);
  TrellisDashboardView *view = show_board (window);
  TrellisItem *milestone = find_item (project, TRELLIS_TYPE_MILESTONE, "Training funding application submitted");
  const TrellisStatusEntry *entry = trellis_status_report_lookup (trellis_dashboard_view_get_report (view), milestone);
  GtkMenuButton *light = find_light (view, milestone);
  GtkPopover *popover;
  const char *text;

  /* The sample overrides this red milestone to amber. */
  g_assert_nonnull (entry->override);
  g_assert_cmpint (entry->light, ==, TRELLIS_LIGHT_AMBER);
  g_assert_cmpint (entry->computed.light, ==, TRELLIS_LIGHT_RED);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (light), "light-amber"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (light), "overridden"));
  /* Marked on the light itself, and said in its tooltip. */
  g_assert_nonnull (expect_named (GTK_WIDGET (light), "override-mark"));
  g_assert_true (g_str_has_prefix (gtk_widget_get_tooltip_text (GTK_WIDGET (light)), "Set by hand; computed: "));

  popover = ui_test_popup (light);
  maybe_save_popover (popover, "popover-override");
  text = label_text (GTK_WIDGET (popover), "popover-override");
  g_assert_true (g_str_has_prefix (text, "Set by Tobias Egger on 2026-11-05: The ministry moved"));
  text = label_text (GTK_WIDGET (popover), "popover-computed");
  g_assert_true (g_str_has_prefix (text, "Computed: Red, because "));
  g_assert_nonnull (strstr (text, trellis_status_entry_get_computed_reason (entry)));
  gtk_popover_popdown (popover);
  ui_test_iterate_pending ();
}

static guint
count_overdue (TrellisProject *project,
               const char     *as_of)
{
  g_autoptr(GPtrArray) deadlines = trellis_dashboard_list_deadlines (project, as_of, 30);
  guint n = 0;

  for (guint i = 0; i < deadlines->len; i++)
    n += ((TrellisDashboardDeadline *) deadlines->pdata[i])->days < 0;
  return n;
}

static void
test_as_of (void)
{
  TrellisWindow *window = open_sample (FALSE);
  TrellisProject *project = trellis_window_get_project (window);
  TrellisDashboardView *view = show_board (window);
  TrellisItem *website = find_item (project, TRELLIS_TYPE_ACTION, "Cluster website in German and English");
  g_autofree char *overdue = g_strdup_printf ("Overdue (%u)", count_overdue (project, TODAY));
  g_autofree char *later = g_strdup_printf ("Overdue (%u)", count_overdue (project, "2026-12-30"));
  GtkWidget *calendar;
  GtkPopover *popover;
  g_autoptr(GDateTime) june = NULL;

  g_assert_true (ui_test_shows_label (GTK_WIDGET (view), overdue));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (find_light (view, website)), "light-green"));
  g_assert_false (gtk_widget_get_visible (expect_named (GTK_WIDGET (view), "as-of-note")));

  /* A month later the website (due 2026-12-15) is late. */
  g_signal_emit_by_name (expect_named (GTK_WIDGET (view), "next-month"), "clicked");
  ui_test_iterate_pending ();
  g_assert_cmpuint (trellis_dashboard_view_get_as_of (view), ==, trellis_date_from_dmy (30, 12, 2026));
  g_assert_cmpstr (trellis_status_report_get_as_of (trellis_dashboard_view_get_report (view)), ==, "2026-12-30");
  g_assert_true (ui_test_shows_label (GTK_WIDGET (view), "Status as of 2026-12-30"));
  /* Another day says what follows it and what does not. */
  g_assert_true (gtk_widget_get_visible (expect_named (GTK_WIDGET (view), "as-of-note")));
  g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (expect_named (GTK_WIDGET (view), "as-of-button"))),
                   ==, "2026-12-30");
  g_assert_cmpstr (overdue, !=, later);
  g_assert_true (ui_test_shows_label (GTK_WIDGET (view), later));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (find_light (view, website)), "light-red"));

  g_signal_emit_by_name (expect_named (GTK_WIDGET (view), "previous-month"), "clicked");
  ui_test_iterate_pending ();
  g_assert_cmpuint (trellis_dashboard_view_get_as_of (view), ==, trellis_date_today ());
  g_assert_true (ui_test_shows_label (GTK_WIDGET (view), overdue));

  /* The calendar: any day. */
  popover = ui_test_popup (GTK_MENU_BUTTON (expect_named (GTK_WIDGET (view), "as-of-button")));
  calendar = ui_test_find_descendant (GTK_WIDGET (popover), GTK_TYPE_CALENDAR);
  june = g_date_time_new_local (2026, 6, 30, 12, 0, 0);
  /* As a click on a day does. */
  gtk_calendar_select_day (GTK_CALENDAR (calendar), june);
  g_signal_emit_by_name (calendar, "day-selected");
  ui_test_iterate_pending ();
  g_assert_cmpuint (trellis_dashboard_view_get_as_of (view), ==, trellis_date_from_dmy (30, 6, 2026));
  g_assert_true (ui_test_shows_label (GTK_WIDGET (view), "Status as of 2026-06-30"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));

  /* And back to today. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "dashboard.today", NULL));
  ui_test_iterate_pending ();
  g_assert_cmpuint (trellis_dashboard_view_get_as_of (view), ==, trellis_date_today ());
  g_assert_false (gtk_widget_get_visible (expect_named (GTK_WIDGET (view), "as-of-note")));
  /* No day is no change. */
  trellis_dashboard_view_set_as_of (view, TRELLIS_DAY_NONE);
  g_assert_cmpuint (trellis_dashboard_view_get_as_of (view), ==, trellis_date_today ());
}

static void
test_model_change (void)
{
  TrellisWindow *window = open_sample (FALSE);
  TrellisProject *project = trellis_window_get_project (window);
  TrellisDashboardView *view = show_board (window);
  TrellisItem *action = find_item (project, TRELLIS_TYPE_ACTION, "Apply to the regional training programme");
  TrellisStatusReport *before = trellis_dashboard_view_get_report (view);
  guint red = trellis_status_report_count (before, TRELLIS_TYPE_ACTION, TRELLIS_LIGHT_RED);
  GtkMenuButton *light = find_light (view, action);
  const TrellisStatusEntry *entry;
  GtkPopover *popover;
  g_autofree char *reason = NULL;

  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (light), "light-red"));
  g_assert_cmpuint (red, >, 0);

  trellis_action_set_status (TRELLIS_ACTION (action), TRELLIS_STATUS_DONE);
  ui_test_iterate_pending ();
  g_assert_true (trellis_dashboard_view_get_report (view) != before);
  g_assert_cmpuint (trellis_status_report_count (trellis_dashboard_view_get_report (view), TRELLIS_TYPE_ACTION,
                                                 TRELLIS_LIGHT_RED), ==, red - 1);
  /* Done, but its milestone is still late (overridden to amber). */
  entry = trellis_status_report_lookup (trellis_dashboard_view_get_report (view), action);
  g_assert_cmpint (entry->light, ==, TRELLIS_LIGHT_AMBER);
  light = find_light (view, action);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (light), "light-amber"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (light), "light-red"));
  popover = ui_test_popup (light);
  g_assert_cmpstr (label_text (GTK_WIDGET (popover), "popover-reason"), ==, trellis_status_entry_get_reason (entry));
  reason = g_strdup_printf ("Action “%s” is done", trellis_action_get_title (TRELLIS_ACTION (action)));
  g_assert_cmpstr (trellis_status_entry_get_reason (entry), !=, reason);
  gtk_popover_popdown (popover);
  ui_test_iterate_pending ();

  ui_test_undo (window);
  ui_test_iterate_pending ();
  g_assert_cmpint (trellis_action_get_status (TRELLIS_ACTION (action)), !=, TRELLIS_STATUS_DONE);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (find_light (view, action)), "light-red"));
  g_assert_cmpuint (trellis_status_report_count (trellis_dashboard_view_get_report (view), TRELLIS_TYPE_ACTION,
                                                 TRELLIS_LIGHT_RED), ==, red);
}

static void
go_to (TrellisDashboardView *view,
       TrellisItem          *item)
{
  GtkPopover *popover = ui_test_popup (find_light (view, item));
  GtkWidget *button = expect_named (GTK_WIDGET (popover), "go-to-button");

  g_assert_true (gtk_widget_get_visible (button));
  g_signal_emit_by_name (button, "clicked");
  ui_test_iterate_pending ();
}

static gboolean
is_tool_page (GtkWidget     *widget,
              gconstpointer  data)
{
  return TRELLIS_IS_TOOL_PAGE (widget);
}

/* The tool of the page on screen. */
static const char *
tool_shown (TrellisProjectView *project_view)
{
  GtkWidget *page = ui_test_find_mapped (GTK_WIDGET (project_view), is_tool_page, NULL);

  g_assert_nonnull (page);
  return trellis_tool_page_get_view_name (TRELLIS_TOOL_PAGE (page));
}

static void
test_go_to (void)
{
  TrellisWindow *window = open_sample (FALSE);
  TrellisProject *project = trellis_window_get_project (window);
  TrellisProjectView *project_view = TRELLIS_PROJECT_VIEW (trellis_window_get_project_view (window));
  TrellisDashboardView *view = show_board (window);
  TrellisItem *goal = find_item (project, TRELLIS_TYPE_GOAL, "Open markets abroad for SME members");
  TrellisItem *action = find_item (project, TRELLIS_TYPE_ACTION, "Apply to the regional training programme");
  TrellisItem *milestone = find_item (project, TRELLIS_TYPE_MILESTONE, "Training funding application submitted");
  GtkWidget *goals;

  go_to (view, goal);
  g_assert_cmpstr (trellis_project_view_get_page (project_view), ==, "value");
  goals = ui_test_find_descendant (GTK_WIDGET (project_view), TRELLIS_TYPE_GOALS_VIEW);
  g_assert_true (TRELLIS_ITEM (trellis_goals_view_get_selected (TRELLIS_GOALS_VIEW (goals))) == goal);

  view = show_board (window);
  go_to (view, action);
  g_assert_cmpstr (trellis_project_view_get_page (project_view), ==, "strategy");
  g_assert_cmpstr (tool_shown (project_view), ==, "plan");
  /* The action is selected, alone. */
  {
    GtkWidget *table = ui_test_find_descendant (GTK_WIDGET (project_view), TRELLIS_TYPE_ACTION_TABLE);
    GtkColumnView *column_view = GTK_COLUMN_VIEW (ui_test_find_descendant (table, GTK_TYPE_COLUMN_VIEW));
    GtkSelectionModel *selection = gtk_column_view_get_model (column_view);
    g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (selection);
    g_autoptr(GObject) row = NULL;

    g_assert_cmpuint (gtk_bitset_get_size (selected), ==, 1);
    row = g_list_model_get_item (G_LIST_MODEL (selection), gtk_bitset_get_nth (selected, 0));
    g_assert_true (row == G_OBJECT (action));
  }

  view = show_board (window);
  go_to (view, milestone);
  g_assert_cmpstr (trellis_project_view_get_page (project_view), ==, "strategy");
  g_assert_cmpstr (tool_shown (project_view), ==, "timeline");

  view = show_board (window);
  g_signal_emit_by_name (expect_named (GTK_WIDGET (view), "plan-check-button"), "clicked");
  ui_test_iterate_pending ();
  g_assert_cmpstr (trellis_project_view_get_page (project_view), ==, "strategy");
  g_assert_cmpstr (tool_shown (project_view), ==, "check");
}

static void
test_empty (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Empty");
  g_autoptr(GFile) file = ui_test_write_project (tmpdir, "empty.trellis", project);
  TrellisWindow *window = ui_test_open_window (G_APPLICATION (app), file);
  TrellisDashboardView *view = show_board (window);
  GtkWidget *button = expect_named (GTK_WIDGET (view), "empty-goals-button");
  TrellisProjectView *project_view = TRELLIS_PROJECT_VIEW (trellis_window_get_project_view (window));

  g_assert_true (gtk_widget_get_mapped (button));
  g_assert_null (ui_test_find_named (GTK_WIDGET (view), "card-overall"));

  /* A goal is something to judge (grey, for now). */
  trellis_project_add_item (trellis_window_get_project (window), TRELLIS_ITEM (trellis_goal_new ("First goal")));
  ui_test_iterate_pending ();
  g_assert_false (gtk_widget_get_mapped (button));
  g_assert_true (gtk_widget_get_mapped (expect_named (GTK_WIDGET (view), "card-overall")));
  g_assert_true (gtk_widget_has_css_class (expect_named (GTK_WIDGET (view), "overall-light"), "light-grey"));

  ui_test_undo (window);
  ui_test_iterate_pending ();
  button = expect_named (GTK_WIDGET (view), "empty-goals-button");
  g_assert_true (gtk_widget_get_mapped (button));
  g_signal_emit_by_name (button, "clicked");
  ui_test_iterate_pending ();
  g_assert_cmpstr (trellis_project_view_get_page (project_view), ==, "value");
}

/* A hidden board does not follow each change; shown again, it has them all. */
static void
test_hidden (void)
{
  TrellisWindow *window = open_sample (FALSE);
  TrellisProject *project = trellis_window_get_project (window);
  TrellisDashboardView *view = show_board (window);
  TrellisItem *action = find_item (project, TRELLIS_TYPE_ACTION, "Apply to the regional training programme");
  TrellisStatusReport *before = trellis_dashboard_view_get_report (view);

  g_assert_cmpint (trellis_status_report_lookup (before, action)->light, ==, TRELLIS_LIGHT_RED);
  ui_test_show_page (window, "value/goals", TRELLIS_TYPE_GOALS_VIEW);
  /* Once the page's transition is over. */
  while (gtk_widget_get_mapped (GTK_WIDGET (view)))
    g_main_context_iteration (NULL, TRUE);
  trellis_action_set_status (TRELLIS_ACTION (action), TRELLIS_STATUS_DONE);
  ui_test_iterate_pending ();
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (view)));
  g_assert_true (trellis_dashboard_view_get_report (view) == before);
  g_assert_cmpint (trellis_status_report_lookup (before, action)->light, ==, TRELLIS_LIGHT_RED);

  /* (A new report may take the old one's address: compare lights, not pointers.) */
  g_assert_true (show_board (window) == view);
  g_assert_cmpint (trellis_status_report_lookup (trellis_dashboard_view_get_report (view), action)->light, ==,
                   TRELLIS_LIGHT_AMBER);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (find_light (view, action)), "light-amber"));
  ui_test_undo (window);
}

/* The board's menu exports what it shows (its day) as the board report. */
static void
test_export (void)
{
  TrellisWindow *window = open_sample (FALSE);
  TrellisDashboardView *view = show_board (window);
  g_autofree char *path = g_build_filename (tmpdir, "board-report.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) nowhere = g_file_new_for_path ("/nonexistent-dir/board-report.pdf");
  g_autofree char *contents = NULL;
  g_autofree char *text = NULL;
  GMenuModel *menu;
  gboolean found = FALSE;

  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (expect_named (GTK_WIDGET (view), "dashboard-menu")));
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *action = NULL;

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &action) &&
          g_str_equal (action, "dashboard.export-report"))
        found = TRUE;
    }
  g_assert_true (found);

  g_signal_emit_by_name (expect_named (GTK_WIDGET (view), "next-month"), "clicked");
  ui_test_iterate_pending ();
  g_assert_true (trellis_dashboard_view_export_report (view, file));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  text = trellis_test_run_poppler ("pdftotext", path);
  if (text != NULL)
    g_assert_nonnull (strstr (text, "as of 2026-12-30"));

  /* A file that cannot be written says so, naming it. */
  g_assert_false (trellis_dashboard_view_export_report (view, nowhere));
  ui_test_respond (ui_test_expect_dialog ("Could not export “board-report.pdf”"), "close");
  g_assert_false (g_file_query_exists (nowhere, NULL));
}

static void
test_read_only (void)
{
  TrellisWindow *window = open_sample (TRUE);
  TrellisDashboardView *view = show_board (window);
  gboolean editable = TRUE;
  GtkPopover *popover;

  g_object_get (view, "editable", &editable, NULL);
  g_assert_false (editable);
  popover = ui_test_popup (GTK_MENU_BUTTON (expect_named (GTK_WIDGET (view), "overall-light")));
  g_assert_false (gtk_widget_get_visible (expect_named (GTK_WIDGET (popover), "override-button")));
  gtk_popover_popdown (popover);
  ui_test_iterate_pending ();
}

int
main (int   argc,
      char *argv[])
{
  /* Before the application starts: every "today" is this day. */
  g_setenv ("TRELLIS_TODAY", TODAY, TRUE);
  app = ui_test_init (&argc, &argv, &tmpdir);
  if (app == NULL)
    return 77;

  g_test_add_func ("/ui/dashboard-view/board", test_board);
  g_test_add_func ("/ui/dashboard-view/override", test_override);
  g_test_add_func ("/ui/dashboard-view/as-of", test_as_of);
  g_test_add_func ("/ui/dashboard-view/model-change", test_model_change);
  g_test_add_func ("/ui/dashboard-view/go-to", test_go_to);
  g_test_add_func ("/ui/dashboard-view/empty", test_empty);
  g_test_add_func ("/ui/dashboard-view/read-only", test_read_only);
  g_test_add_func ("/ui/dashboard-view/export", test_export);
  g_test_add_func ("/ui/dashboard-view/hidden", test_hidden);

  return ui_test_run (app, tmpdir);
}
