/* test-trend-view.c: snapshots, the trend view and the override dialog, paths /ui/trend-view/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Today is 2026-11-30 (TRELLIS_TODAY); the sample has one snapshot, of
 * 2026-09-30, and one override, of a milestone.
 */

#include "config.h"

#include <string.h>

#include "trellis.h"
#include "trellis-override-dialog.h"
#include "trellis-snapshot-dialog.h"
#include "trellis-test-utils.h"
#include "trellis-trend-view.h"
#include "ui-test-utils.h"

#define TODAY "2026-11-30"

static TrellisApplication *app;
static char *tmpdir;

static GFile *
write_sample (const char *basename)
{
  g_autoptr(TrellisProject) sample = trellis_test_load_sample ();

  return ui_test_write_project (tmpdir, basename, sample);
}

static guint
count_items (TrellisWindow *window,
             GType          type)
{
  return trellis_project_count_items (trellis_window_get_project (window), type);
}

static guint
count_judged (TrellisProject *project)
{
  return 1 + trellis_project_count_items (project, TRELLIS_TYPE_GOAL) +
         trellis_project_count_items (project, TRELLIS_TYPE_INDICATOR) +
         trellis_project_count_items (project, TRELLIS_TYPE_ACTION) +
         trellis_project_count_items (project, TRELLIS_TYPE_MILESTONE);
}

static gboolean
is_named (GtkWidget     *widget,
          gconstpointer  name)
{
  return g_strcmp0 (gtk_widget_get_name (widget), name) == 0;
}

static guint
count_columns (GtkWidget *view)
{
  g_autoptr(GPtrArray) columns = ui_test_find_all (view, is_named, "snapshot-column");

  return columns->len;
}

static GtkWidget *
expect_named (GtkWidget  *root,
              const char *name)
{
  GtkWidget *widget = ui_test_find_named (root, name);

  g_assert_nonnull (widget);
  return widget;
}

static void
set_text (GtkWidget  *root,
          const char *name,
          const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (expect_named (root, name)), text);
  ui_test_iterate_pending ();
}

static void
click (GtkWidget *button)
{
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  ui_test_iterate_pending ();
}

/* Presses Escape through the shortcut the dialog's class binds to it. */
static void
press_escape (GtkWidget *dialog)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (dialog);
  guint n = g_list_model_get_n_items (controllers);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);
      guint n_shortcuts;

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      n_shortcuts = g_list_model_get_n_items (G_LIST_MODEL (controller));
      for (guint j = 0; j < n_shortcuts; j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == GDK_KEY_Escape &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == 0)
            {
              g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, dialog,
                                                           gtk_shortcut_get_arguments (shortcut)));
              ui_test_iterate_pending ();
              return;
            }
        }
    }
  g_error ("%s has no Escape shortcut", G_OBJECT_TYPE_NAME (dialog));
}

static TrellisItem *
first_goal (TrellisWindow *window)
{
  GListModel *goals = trellis_project_get_items (trellis_window_get_project (window), TRELLIS_TYPE_GOAL);
  g_autoptr(TrellisItem) goal = g_list_model_get_item (goals, 0);

  g_assert_nonnull (goal);
  return goal;
}

static GtkWidget *
open_override_dialog (TrellisWindow *window,
                      GtkWidget     *view,
                      TrellisItem   *target)
{
  GtkWindow *dialog;

  trellis_override_dialog_present (view, trellis_window_get_project (window), target, TODAY);
  dialog = ui_test_find_toplevel (TRELLIS_TYPE_OVERRIDE_DIALOG);
  g_assert_nonnull (dialog);
  ui_test_iterate_until_mapped (GTK_WIDGET (dialog));
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));
  g_assert_true (gtk_window_get_modal (dialog));
  g_assert_true (trellis_override_dialog_get_target (TRELLIS_OVERRIDE_DIALOG (dialog)) == target);
  return GTK_WIDGET (dialog);
}

static void
take_snapshot (TrellisWindow *window,
               GtkWidget     *view)
{
  TrellisProject *project = trellis_window_get_project (window);
  guint n_entries = count_items (window, TRELLIS_TYPE_SNAPSHOT_ENTRY);
  guint n_undo = ui_test_n_undo (window);
  g_autoptr(GPtrArray) snapshots = NULL;
  GtkWindow *dialog;
  GtkWidget *take, *error;
  GtkWidget *ending;
  TrellisSnapshot *snapshot;

  /* Escape takes no snapshot. */
  ui_test_activate (GTK_WIDGET (window), "win.take-snapshot");
  dialog = ui_test_find_toplevel (TRELLIS_TYPE_SNAPSHOT_DIALOG);
  g_assert_nonnull (dialog);
  ui_test_iterate_until_mapped (GTK_WIDGET (dialog));
  press_escape (GTK_WIDGET (dialog));
  g_assert_null (ui_test_find_toplevel (TRELLIS_TYPE_SNAPSHOT_DIALOG));
  g_assert_cmpuint (count_items (window, TRELLIS_TYPE_SNAPSHOT), ==, 1);

  ui_test_activate (GTK_WIDGET (window), "win.take-snapshot");
  dialog = ui_test_find_toplevel (TRELLIS_TYPE_SNAPSHOT_DIALOG);
  g_assert_nonnull (dialog);
  ui_test_iterate_until_mapped (GTK_WIDGET (dialog));
  g_assert_true (gtk_window_get_modal (dialog));

  /* Today and a title after its quarter, ready to go. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (expect_named (GTK_WIDGET (dialog), "date-row"))), ==, TODAY);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (expect_named (GTK_WIDGET (dialog), "title-row"))), ==,
                   "Q4 2026 report to the board");
  take = expect_named (GTK_WIDGET (dialog), "take-button");
  /* It names the override it will end (the sample's of 2026-11-05), but not
   * for a snapshot on the override's own day. */
  ending = expect_named (GTK_WIDGET (dialog), "ending-overrides");
  g_assert_true (gtk_widget_get_visible (ending));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (ending)),
                            "Training funding application submitted: Amber, set by Tobias Egger on 2026-11-05"));
  set_text (GTK_WIDGET (dialog), "date-row", "2026-11-05");
  g_assert_false (gtk_widget_get_visible (ending));

  /* An empty date cannot be taken; a bad one is said, and the dialog stays. */
  set_text (GTK_WIDGET (dialog), "date-row", "");
  g_assert_false (gtk_widget_is_sensitive (take));
  set_text (GTK_WIDGET (dialog), "date-row", "2026-11-31");
  click (take);
  g_assert_true (ui_test_find_toplevel (TRELLIS_TYPE_SNAPSHOT_DIALOG) == dialog);
  error = ui_test_find_with_class (GTK_WIDGET (dialog), "error");
  g_assert_true (gtk_widget_get_visible (error));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (error)), ==, "“2026-11-31” is not a date: write it as YYYY-MM-DD");
  g_assert_cmpuint (count_items (window, TRELLIS_TYPE_SNAPSHOT), ==, 1);

  set_text (GTK_WIDGET (dialog), "date-row", TODAY);
  set_text (GTK_WIDGET (dialog), "note-row", "Before the funding call");
  click (take);
  g_assert_null (ui_test_find_toplevel (TRELLIS_TYPE_SNAPSHOT_DIALOG));

  /* The file model: the snapshot and one entry per judged item, one step. */
  g_assert_cmpuint (count_items (window, TRELLIS_TYPE_SNAPSHOT), ==, 2);
  g_assert_cmpuint (count_items (window, TRELLIS_TYPE_SNAPSHOT_ENTRY), ==, n_entries + count_judged (project));
  g_assert_cmpuint (ui_test_n_undo (window), ==, n_undo + 1);
  snapshots = trellis_status_list_snapshots (project);
  snapshot = g_ptr_array_index (snapshots, 1);
  g_assert_cmpuint (trellis_snapshot_get_date (snapshot), ==, trellis_date_parse (TODAY));
  g_assert_cmpstr (trellis_snapshot_get_title (snapshot), ==, "Q4 2026 report to the board");
  g_assert_cmpstr (trellis_snapshot_get_note (snapshot), ==, "Before the funding call");

  /* The view: two snapshot columns, the new one headed by its title. */
  g_assert_cmpuint (trellis_trend_view_get_n_snapshots (TRELLIS_TREND_VIEW (view)), ==, 2);
  g_assert_cmpuint (count_columns (view), ==, 2);
  g_assert_true (ui_test_shows_label (view, "Q4 2026 report to the board"));
}

static void
test_snapshot (void)
{
  g_autoptr(GFile) file = write_sample ("snapshot.trellis");
  TrellisWindow *window = ui_test_open_window (G_APPLICATION (app), file);
  GtkWidget *view = ui_test_show_page (window, "dashboard/trend", TRELLIS_TYPE_TREND_VIEW);
  guint n_entries = count_items (window, TRELLIS_TYPE_SNAPSHOT_ENTRY);

  g_assert_cmpuint (count_columns (view), ==, 1);
  g_assert_true (ui_test_shows_label (view, "2026-09-30"));
  g_assert_nonnull (ui_test_find_mapped_action_button (view, "win.take-snapshot"));

  take_snapshot (window, view);

  /* A deleted indicator keeps its row, at the end, under its old name. */
  {
    TrellisProject *project = trellis_window_get_project (window);
    TrellisItem *indicator = trellis_project_lookup (project, "829f73b0-8f49-4f73-a3f6-55c7efc7bb25");

    g_assert_nonnull (indicator);
    g_assert_false (ui_test_shows_label (view, "No Longer in the Plan"));
    trellis_project_remove_item (project, indicator);
    ui_test_iterate_pending ();
    g_assert_true (ui_test_shows_label (view, "No Longer in the Plan"));
    g_assert_true (ui_test_shows_label (view, "Committed members"));
    ui_test_undo (window);
    g_assert_false (ui_test_shows_label (view, "No Longer in the Plan"));
    g_assert_true (ui_test_shows_label (view, "Committed members"));
  }

  /* Undo through the window takes the snapshot and its entries away. */
  ui_test_undo (window);
  g_assert_cmpuint (count_items (window, TRELLIS_TYPE_SNAPSHOT), ==, 1);
  g_assert_cmpuint (count_items (window, TRELLIS_TYPE_SNAPSHOT_ENTRY), ==, n_entries);
  g_assert_cmpuint (count_columns (view), ==, 1);
  g_assert_false (ui_test_shows_label (view, "Q4 2026 report to the board"));
}

static void
test_override (void)
{
  g_autoptr(GFile) file = write_sample ("override.trellis");
  TrellisWindow *window = ui_test_open_window (G_APPLICATION (app), file);
  GtkWidget *view = ui_test_show_page (window, "dashboard/trend", TRELLIS_TYPE_TREND_VIEW);
  TrellisProject *project = trellis_window_get_project (window);
  TrellisItem *goal = first_goal (window);
  g_autoptr(GPtrArray) overrides = NULL;
  GtkWidget *dialog, *apply, *cell;
  TrellisStatusOverride *override;
  guint n_undo = ui_test_n_undo (window);

  dialog = open_override_dialog (window, view, goal);
  /* The computed light and its reason are shown; no override counts yet. */
  g_assert_true (ui_test_shows_label (dialog, "Computed: Amber"));
  g_assert_false (gtk_widget_get_visible (expect_named (dialog, "remove-button")));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (expect_named (dialog, "author-row"))), ==,
                   "Dr. Lena Brunner, Brunner Cluster Consulting");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (expect_named (dialog, "date-row"))), ==, TODAY);

  /* No reason, no Apply; spaces are no reason. */
  apply = expect_named (dialog, "apply-button");
  g_assert_false (gtk_widget_is_sensitive (apply));
  set_text (dialog, "reason-row", "   ");
  g_assert_false (gtk_widget_is_sensitive (apply));

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (expect_named (dialog, "Green")), TRUE);
  set_text (dialog, "reason-row", "The partner lab confirmed the test series");
  click (apply);
  g_assert_null (ui_test_find_toplevel (TRELLIS_TYPE_OVERRIDE_DIALOG));

  /* The override item, one undo step, and the view shows it. */
  overrides = trellis_status_override_list_by_target (project, TRELLIS_ITEM (goal));
  g_assert_cmpuint (overrides->len, ==, 1);
  override = g_ptr_array_index (overrides, 0);
  g_assert_cmpint (trellis_status_override_get_light (override), ==, TRELLIS_LIGHT_GREEN);
  g_assert_cmpstr (trellis_status_override_get_reason (override), ==, "The partner lab confirmed the test series");
  g_assert_cmpstr (trellis_status_override_get_author (override), ==, "Dr. Lena Brunner, Brunner Cluster Consulting");
  g_assert_cmpuint (trellis_status_override_get_date (override), ==, trellis_date_parse (TODAY));
  g_assert_cmpuint (ui_test_n_undo (window), ==, n_undo + 1);
  ui_test_iterate_pending ();
  g_assert_true (ui_test_shows_label (view, "Green (override)"));

  /* Open again: the override is shown beside the computed light, and its
   * reason is kept for renewing; Remove Override clears it. */
  dialog = open_override_dialog (window, view, goal);
  g_assert_true (ui_test_shows_label (dialog, "Computed: Amber"));
  g_assert_true (ui_test_shows_label (dialog, "Override: Green, set by Dr. Lena Brunner, Brunner Cluster Consulting on 2026-11-30"));
  g_assert_true (gtk_widget_is_sensitive (expect_named (dialog, "apply-button")));
  click (expect_named (dialog, "remove-button"));
  g_assert_null (ui_test_find_toplevel (TRELLIS_TYPE_OVERRIDE_DIALOG));
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_STATUS_OVERRIDE), ==, 1);
  g_assert_false (ui_test_shows_label (view, "Green (override)"));

  /* Undo the removal, then the override, through the window. */
  ui_test_undo (window);
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_STATUS_OVERRIDE), ==, 2);
  ui_test_undo (window);
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_STATUS_OVERRIDE), ==, 1);
  g_assert_cmpuint (ui_test_n_undo (window), ==, n_undo);

  /* Escape, and Cancel, change nothing. */
  dialog = open_override_dialog (window, view, goal);
  set_text (dialog, "reason-row", "Not this time");
  press_escape (dialog);
  g_assert_null (ui_test_find_toplevel (TRELLIS_TYPE_OVERRIDE_DIALOG));
  dialog = open_override_dialog (window, view, goal);
  set_text (dialog, "reason-row", "Not this time either");
  click (ui_test_find_button (dialog, "_Cancel"));
  g_assert_null (ui_test_find_toplevel (TRELLIS_TYPE_OVERRIDE_DIALOG));
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_STATUS_OVERRIDE), ==, 1);
  g_assert_cmpuint (ui_test_n_undo (window), ==, n_undo);

  /* Today's light of a row opens the dialog: the first row is the project's. */
  cell = ui_test_find_with_class (view, "trend-today");
  g_assert_true (GTK_IS_BUTTON (cell));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (cell), "Click to override this light"));
  click (cell);
  dialog = GTK_WIDGET (ui_test_find_toplevel (TRELLIS_TYPE_OVERRIDE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_true (trellis_override_dialog_get_target (TRELLIS_OVERRIDE_DIALOG (dialog)) ==
                 TRELLIS_ITEM (trellis_project_get_header (project)));
  g_assert_true (ui_test_shows_label (dialog, "The project as a whole"));
  gtk_window_close (GTK_WINDOW (dialog));
  ui_test_iterate_pending ();
}

static void
test_read_only (void)
{
  g_autoptr(GFile) file = write_sample ("read-only.trellis");
  TrellisWindow *window = ui_test_open_read_only (G_APPLICATION (app), file);
  GtkWidget *view = ui_test_show_page (window, "dashboard/trend", TRELLIS_TYPE_TREND_VIEW);
  GtkWidget *take = ui_test_find_mapped_action_button (view, "win.take-snapshot");

  g_assert_nonnull (take);
  g_assert_false (gtk_widget_is_sensitive (take));
  /* Today's lights are no buttons to the override dialog. */
  g_assert_false (GTK_IS_BUTTON (ui_test_find_with_class (view, "trend-today")));
}

static void
test_empty (void)
{
  g_autoptr(TrellisProject) project = trellis_test_load_sample ();
  g_autoptr(GFile) file = NULL;
  g_autoptr(TrellisItem) snapshot = NULL;
  TrellisWindow *window;
  GtkWidget *view;

  /* Without snapshots: the empty state says what to do and offers the action. */
  snapshot = g_list_model_get_item (trellis_project_get_items (project, TRELLIS_TYPE_SNAPSHOT), 0);
  trellis_project_remove_item (project, snapshot);
  file = ui_test_write_project (tmpdir, "empty.trellis", project);
  window = ui_test_open_window (G_APPLICATION (app), file);
  view = ui_test_show_page (window, "dashboard/trend", TRELLIS_TYPE_TREND_VIEW);
  g_assert_cmpuint (trellis_trend_view_get_n_snapshots (TRELLIS_TREND_VIEW (view)), ==, 0);
  g_assert_true (ui_test_shows_label (view, "No Snapshots Yet"));
  g_assert_nonnull (ui_test_find_mapped_action_button (view, "win.take-snapshot"));
  g_assert_cmpuint (count_items (window, TRELLIS_TYPE_SNAPSHOT_ENTRY), ==, 0);
}

/* Screenshots, for people to look at: only with TRELLIS_TREND_SHOTS=DIR. */
static gboolean
quit_cb (gpointer user_data)
{
  g_main_loop_quit (user_data);
  return G_SOURCE_REMOVE;
}

static void
wait_frames (void)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);

  g_timeout_add (600, quit_cb, loop);
  g_main_loop_run (loop);
  ui_test_iterate_pending ();
}

static void
save_png (GtkWidget  *widget,
          const char *dir,
          const char *name,
          gboolean    dark)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *basename = g_strdup_printf ("%s%s.png", name, dark ? "-dark" : "");
  g_autofree char *path = g_build_filename (dir, basename, NULL);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  wait_frames ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("%s: %d×%d", path, width, height);
}

/* Many goals: the first forty, then a button for the others. */
static void
test_many_goals (void)
{
  g_autoptr(TrellisProject) sample = trellis_test_load_sample ();
  g_autoptr(GFile) file = NULL;
  g_autofree char *more = NULL;
  TrellisWindow *window;
  GtkWidget *view, *button;
  guint n_goals;

  for (guint i = 0; i < 45; i++)
    {
      g_autofree char *title = g_strdup_printf ("Extra goal %02u", i);
      g_autoptr(TrellisGoal) goal = trellis_goal_new (title);

      trellis_project_add_item (sample, goal);
    }
  n_goals = trellis_project_count_items (sample, TRELLIS_TYPE_GOAL);
  g_assert_cmpuint (n_goals, >, 40);
  file = ui_test_write_project (tmpdir, "many-goals.trellis", sample);
  window = ui_test_open_window (G_APPLICATION (app), file);
  view = ui_test_show_page (window, "dashboard/trend", TRELLIS_TYPE_TREND_VIEW);

  g_assert_true (ui_test_shows_label (view, "Extra goal 00"));
  g_assert_false (ui_test_shows_label (view, "Extra goal 44"));
  more = g_strdup_printf ("Show %u More Goals", n_goals - 40);
  button = ui_test_find_button (view, more);
  g_assert_nonnull (button);
  click (button);
  ui_test_iterate_pending ();
  g_assert_true (ui_test_shows_label (view, "Extra goal 44"));
  g_assert_null (ui_test_find_named (view, "all-goals-button"));
}

static void
test_screenshots (void)
{
  const char *dir = g_getenv ("TRELLIS_TREND_SHOTS");
  g_autoptr(GFile) file = NULL;

  if (dir == NULL)
    {
      g_test_skip ("Set TRELLIS_TREND_SHOTS=DIR to write screenshots");
      return;
    }

  file = write_sample ("shots.trellis");
  for (int dark = 0; dark <= 1; dark++)
    {
      TrellisWindow *window;
      GtkWidget *view, *dialog;
      TrellisProject *project;

      adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                          dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
      window = ui_test_open_window (G_APPLICATION (app), file);
      project = trellis_window_get_project (window);
      view = ui_test_show_page (window, "dashboard/trend", TRELLIS_TYPE_TREND_VIEW);

      /* The sample's overridden milestone shows both lights. */
      dialog = open_override_dialog (window, view, trellis_project_lookup (project, "26667d73-4d00-4a74-8ce6-7d2b1fd37ca9"));
      save_png (dialog, dir, "override-dialog-current", dark);
      gtk_window_close (GTK_WINDOW (dialog));
      dialog = open_override_dialog (window, view, first_goal (window));
      save_png (dialog, dir, "override-dialog", dark);
      gtk_window_close (GTK_WINDOW (dialog));
      ui_test_iterate_pending ();

      ui_test_activate (GTK_WIDGET (window), "win.take-snapshot");
      dialog = GTK_WIDGET (ui_test_find_toplevel (TRELLIS_TYPE_SNAPSHOT_DIALOG));
      ui_test_iterate_until_mapped (dialog);
      save_png (dialog, dir, "snapshot-dialog", dark);
      click (expect_named (dialog, "take-button"));
      save_png (GTK_WIDGET (window), dir, "trend-two-snapshots", dark);
    }
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TRELLIS_TODAY", TODAY, TRUE);
  app = ui_test_init (&argc, &argv, &tmpdir);
  if (app == NULL)
    return 77;

  g_test_add_func ("/ui/trend-view/snapshot", test_snapshot);
  g_test_add_func ("/ui/trend-view/override", test_override);
  g_test_add_func ("/ui/trend-view/read-only", test_read_only);
  g_test_add_func ("/ui/trend-view/empty", test_empty);
  g_test_add_func ("/ui/trend-view/many-goals", test_many_goals);
  g_test_add_func ("/ui/trend-view/screenshots", test_screenshots);

  return ui_test_run (app, tmpdir);
}
