/* test-dialog-focus.c: every dialog that asks for something opens with its first field focused
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Issue 15: the New Project dialog once opened with the focus on Cancel,
 * so the name typed went nowhere. Each dialog with fields is opened here
 * in a real window, and the widget holding the focus must be (or be
 * inside) the first field of the dialog in reading order: a text entry,
 * a text view, a spin button, a drop-down, a check box or a switch.
 */

#include "config.h"

#include "trellis-override-dialog.h"
#include "trellis-project-view.h"
#include "trellis-snapshot-dialog.h"
#include "ui-test-utils.h"
#include "trellis-test-utils.h"

static TrellisApplication *app;
static char *tmpdir;

static TrellisWindow *
open_sample (void)
{
  g_autoptr(TrellisProject) project = trellis_test_load_sample ();
  g_autoptr(GFile) file = ui_test_write_project (tmpdir, "sample.trellis", project);

  return ui_test_open_window (G_APPLICATION (app), file);
}

static gboolean
is_usable (GtkWidget *widget)
{
  return gtk_widget_get_mapped (widget) && gtk_widget_is_sensitive (widget) &&
         gtk_widget_get_focusable (widget);
}

static gboolean
is_text_field (GtkWidget     *widget,
               gconstpointer  data)
{
  return (GTK_IS_TEXT (widget) || GTK_IS_TEXT_VIEW (widget)) && is_usable (widget) &&
         (!GTK_IS_EDITABLE (widget) || gtk_editable_get_editable (GTK_EDITABLE (widget)));
}

static gboolean
is_choice (GtkWidget     *widget,
           gconstpointer  data)
{
  GtkWidget *parent = gtk_widget_get_parent (widget);

  /* A choice among toggles, a drop-down's own toggle, a check box, a switch;
   * not the toggle inside a menu button */
  return is_usable (widget) &&
         ((GTK_IS_TOGGLE_BUTTON (widget) && !(parent != NULL && GTK_IS_MENU_BUTTON (parent))) ||
          GTK_IS_CHECK_BUTTON (widget) || GTK_IS_SWITCH (widget));
}

static gboolean
is_field (GtkWidget     *widget,
          gconstpointer  data)
{
  return is_text_field (widget, data) || is_choice (widget, data);
}

static void
assert_first_field_focused (GtkWindow  *dialog,
                            const char *what)
{
  GtkWidget *first;
  GtkWidget *focus;

  g_assert_nonnull (dialog);
  ui_test_iterate_until_mapped (GTK_WIDGET (dialog));
  ui_test_iterate_pending ();

  first = ui_test_find (GTK_WIDGET (dialog), is_field, NULL);
  g_assert_nonnull (first);

  focus = gtk_root_get_focus (GTK_ROOT (dialog));
  if (focus == NULL || !(focus == first || gtk_widget_is_ancestor (focus, first) ||
                         gtk_widget_is_ancestor (first, focus)))
    g_test_fail_printf ("%s: the focus is on %s “%s”, not on the first field %s “%s”", what,
             focus != NULL ? G_OBJECT_TYPE_NAME (focus) : "nothing",
             focus != NULL ? gtk_widget_get_name (focus) : "",
             G_OBJECT_TYPE_NAME (first), gtk_widget_get_name (first));
  gtk_window_destroy (dialog);
  ui_test_iterate_pending ();
}

static GtkWidget *
show_tool (TrellisWindow *window,
           const char    *page,
           const char    *tool)
{
  TrellisProjectView *view = TRELLIS_PROJECT_VIEW (trellis_window_get_project_view (window));
  g_autofree char *path = g_strdup_printf ("%s/%s", page, tool);
  GtkWidget *tool_view;

  g_assert_true (trellis_project_view_set_page (view, path));
  tool_view = trellis_project_view_get_tool_view (view, path);
  g_assert_nonnull (tool_view);
  ui_test_iterate_until_mapped (tool_view);
  return tool_view;
}

static void
test_window_dialogs (void)
{
  TrellisWindow *window = open_sample ();
  TrellisProject *project = trellis_window_get_project (window);
  g_autoptr(TrellisAction) action = g_list_model_get_item (trellis_project_get_items (project,
                                                                                       TRELLIS_TYPE_ACTION), 0);
  g_autofree char *today = trellis_date_format (trellis_date_today ());

  g_action_group_activate_action (G_ACTION_GROUP (app), "new-project", NULL);
  ui_test_iterate_pending ();
  assert_first_field_focused (ui_test_find_toplevel (g_type_from_name ("TrellisNewProjectDialog")), "New Project");

  ui_test_activate (GTK_WIDGET (window), "win.status-rules");
  assert_first_field_focused (ui_test_find_toplevel (g_type_from_name ("TrellisStatusRulesDialog")), "Status Rules");

  trellis_snapshot_dialog_present (GTK_WINDOW (window), project);
  assert_first_field_focused (ui_test_find_toplevel (TRELLIS_TYPE_SNAPSHOT_DIALOG), "Snapshot");

  trellis_override_dialog_present (GTK_WIDGET (window), project, TRELLIS_ITEM (action), today);
  assert_first_field_focused (ui_test_find_toplevel (TRELLIS_TYPE_OVERRIDE_DIALOG), "Override");

  ui_test_destroy_all_windows ();
}

static void
test_tool_dialogs (void)
{
  TrellisWindow *window = open_sample ();
  GtkWidget *view;
  GtkWidget *button;

  view = show_tool (window, "strategy", "canvas");
  g_assert_true (gtk_widget_activate_action (view, "canvas.new-version", NULL));
  assert_first_field_focused (GTK_WINDOW (ui_test_find_message_dialog ()), "New Canvas Version");

  view = show_tool (window, "strategy", "check");
  button = ui_test_find_named (view, "record-review-button");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  assert_first_field_focused (GTK_WINDOW (ui_test_find_message_dialog ()), "Record Review");

  ui_test_destroy_all_windows ();
}

int
main (int   argc,
      char *argv[])
{
  app = ui_test_init (&argc, &argv, &tmpdir);
  if (app == NULL)
    return 77;

  g_test_add_func ("/ui/dialog-focus/window", test_window_dialogs);
  g_test_add_func ("/ui/dialog-focus/tools", test_tool_dialogs);

  return ui_test_run (app, tmpdir);
}
