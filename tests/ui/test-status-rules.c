/* test-status-rules.c: the Status Rules dialog in a real window, paths /ui/status-rules/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opens the dialog through win.status-rules on a copy of the sample,
 * changes thresholds with the real spin buttons, applies, checks the
 * project (and a light that the change turns), and undoes through win.undo.
 */

#include "config.h"

#include <string.h>

#include "trellis-status-rules-dialog.h"
#include "trellis-test-utils.h"
#include "ui-test-utils.h"

static TrellisApplication *app;
static char *tmpdir;

/* Helpers */

static TrellisWindow *
open_sample (void)
{
  g_autofree char *path = trellis_test_sample_path ();
  g_autoptr(GFile) sample = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(TrellisProject) project = trellis_project_load (sample, &error);
  g_autoptr(GFile) file = NULL;

  g_assert_no_error (error);
  file = ui_test_write_project (tmpdir, "sample.trellis", project);
  return ui_test_open_window (G_APPLICATION (app), file);
}

static TrellisStatusRulesDialog *
open_dialog (TrellisWindow *window)
{
  TrellisStatusRulesDialog *dialog;

  g_assert_null (ui_test_find_toplevel (TRELLIS_TYPE_STATUS_RULES_DIALOG));
  ui_test_activate (GTK_WIDGET (window), "win.status-rules");
  dialog = (TrellisStatusRulesDialog *) ui_test_find_toplevel (TRELLIS_TYPE_STATUS_RULES_DIALOG);
  g_assert_nonnull (dialog);
  ui_test_iterate_until_mapped (GTK_WIDGET (dialog));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_assert_true (trellis_status_rules_dialog_get_project (dialog) == trellis_window_get_project (window));
  return dialog;
}

static gboolean
dialog_is_open (void)
{
  return ui_test_find_toplevel (TRELLIS_TYPE_STATUS_RULES_DIALOG) != NULL;
}

/* The spin button of the row titled @title; each row explains its rule. */
static GtkSpinButton *
find_spin (TrellisStatusRulesDialog *dialog,
           const char               *title)
{
  GtkWidget *row = ui_test_find_row (GTK_WIDGET (dialog), title);
  GtkWidget *spin;

  g_assert_nonnull (row);
  g_assert_cmpuint (strlen (adw_action_row_get_subtitle (ADW_ACTION_ROW (row))), >, 40);
  spin = ui_test_find_descendant (row, GTK_TYPE_SPIN_BUTTON);
  g_assert_nonnull (spin);
  return GTK_SPIN_BUTTON (spin);
}

/* Types @text into @spin and confirms it with Enter, as a user would. */
static void
type_into (GtkSpinButton *spin,
           const char    *text)
{
  GtkWidget *entry = ui_test_find_descendant (GTK_WIDGET (spin), GTK_TYPE_TEXT);

  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  g_signal_emit_by_name (entry, "activate");
  ui_test_iterate_pending ();
}

static void
click (TrellisStatusRulesDialog *dialog,
       const char               *label)
{
  GtkWidget *button = ui_test_find_mapped_button (GTK_WIDGET (dialog), label);

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  ui_test_iterate_pending ();
}

static TrellisLight
light_of_milestone (TrellisProject *project,
                    const char     *title,
                    const char     *as_of)
{
  g_autoptr(TrellisStatusReport) report = trellis_status_report_new (project, as_of);
  g_autoptr(GPtrArray) entries = trellis_status_report_list (report, TRELLIS_TYPE_MILESTONE);

  for (guint i = 0; i < entries->len; i++)
    {
      const TrellisStatusEntry *entry = g_ptr_array_index (entries, i);
      g_autofree char *label = trellis_item_dup_label (entry->item);

      if (g_str_equal (label, title))
        return entry->light;
    }
  g_assert_not_reached ();
}

/* With $TRELLIS_STATUS_RULES_SHOTS set to a folder, the dialog is saved
 * there as status-rules.png and status-rules-dark.png, to look at. */
static void
maybe_save_shots (GtkWidget *dialog)
{
  const char *folder = g_getenv ("TRELLIS_STATUS_RULES_SHOTS");
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autofree char *light = NULL;
  g_autofree char *dark = NULL;

  if (folder == NULL)
    return;
  light = g_build_filename (folder, "status-rules.png", NULL);
  dark = g_build_filename (folder, "status-rules-dark.png", NULL);
  ui_test_wait (500);
  ui_test_save_png (dialog, light);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  ui_test_wait (500);
  ui_test_save_png (dialog, dark);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  ui_test_wait (500);

  /* And scrolled to the end: the project's rule and Reset to Defaults. */
  {
    GtkWidget *scrolled = ui_test_find_descendant (dialog, GTK_TYPE_SCROLLED_WINDOW);
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
    g_autofree char *bottom = g_build_filename (folder, "status-rules-end.png", NULL);

    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
    ui_test_wait (500);
    ui_test_save_png (dialog, bottom);
  }
}

/* Tests */

static void
test_apply_undo (void)
{
  TrellisWindow *window = open_sample ();
  TrellisProject *project = trellis_window_get_project (window);
  TrellisHeader *header = trellis_project_get_header (project);
  TrellisStatusRulesDialog *dialog;
  TrellisStatusRules rules;
  guint n_undo = ui_test_n_undo (window);

  /* "Pilot module finished …" is due on 2027-01-31: in 62 days. */
  g_assert_cmpint (light_of_milestone (project, "Pilot module finished and curriculum approved",
                                       "2026-11-30"), ==, TRELLIS_LIGHT_GREEN);

  dialog = open_dialog (window);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (find_spin (dialog, "Warning Time")), ==, 14);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (find_spin (dialog, "Red Share")), ==, 33);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (find_spin (dialog, "Red Below")), ==, 50);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (find_spin (dialog, "Amber Margin")), ==, 20);

  type_into (find_spin (dialog, "Warning Time"), "70");
  /* Nothing changes before Apply. */
  g_assert_cmpint (trellis_header_get_status_warn_days (header), ==, 14);
  click (dialog, "_Apply");
  g_assert_false (dialog_is_open ());

  trellis_status_rules_load (&rules, project);
  g_assert_cmpuint (rules.warn_days, ==, 70);
  g_assert_cmpint (trellis_header_get_status_warn_days (header), ==, 70);
  /* The shares not touched keep their exact values (a third is shown as 33 %). */
  g_assert_cmpfloat (rules.project_red_share, ==, 1.0 / 3);
  g_assert_false (trellis_double_is_set (trellis_header_get_status_project_red_share (header)));
  g_assert_cmpint (light_of_milestone (project, "Pilot module finished and curriculum approved",
                                       "2026-11-30"), ==, TRELLIS_LIGHT_AMBER);
  g_assert_cmpuint (ui_test_n_undo (window), ==, n_undo + 1);

  /* The dialog opens on the project's thresholds. */
  dialog = open_dialog (window);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (find_spin (dialog, "Warning Time")), ==, 70);
  ui_test_activate (GTK_WIDGET (dialog), "window.close");
  g_assert_false (dialog_is_open ());
  g_assert_cmpuint (ui_test_n_undo (window), ==, n_undo + 1);

  ui_test_undo (window);
  trellis_status_rules_load (&rules, project);
  g_assert_cmpuint (rules.warn_days, ==, 14);
  g_assert_cmpint (light_of_milestone (project, "Pilot module finished and curriculum approved",
                                       "2026-11-30"), ==, TRELLIS_LIGHT_GREEN);
  ui_test_redo (window);
  trellis_status_rules_load (&rules, project);
  g_assert_cmpuint (rules.warn_days, ==, 70);
}

static void
test_reset_and_refuse (void)
{
  TrellisWindow *window = open_sample ();
  TrellisProject *project = trellis_window_get_project (window);
  TrellisStatusRulesDialog *dialog;
  TrellisStatusRules rules, defaults;
  GtkWidget *apply;

  trellis_status_rules_init (&defaults);
  dialog = open_dialog (window);
  type_into (find_spin (dialog, "Behind By"), "25");
  type_into (find_spin (dialog, "Red Below"), "30");
  click (dialog, "_Apply");
  trellis_status_rules_load (&rules, project);
  g_assert_cmpfloat (rules.behind_points, ==, 25);
  g_assert_cmpfloat (rules.indicator_red_share, ==, 0.3);

  /* A red margin below the amber one is explained and cannot be applied. */
  dialog = open_dialog (window);
  apply = ui_test_find_mapped_button (GTK_WIDGET (dialog), "_Apply");
  type_into (find_spin (dialog, "Red Margin"), "10");
  g_assert_false (gtk_widget_is_sensitive (apply));
  maybe_save_shots (GTK_WIDGET (dialog));
  g_assert_true (ui_test_shows_label (GTK_WIDGET (dialog),
                                      "The budget margin for red cannot be below the one for amber"));
  type_into (find_spin (dialog, "Red Margin"), "45");
  g_assert_true (gtk_widget_is_sensitive (apply));
  g_assert_false (ui_test_shows_label (GTK_WIDGET (dialog),
                                       "The budget margin for red cannot be below the one for amber"));

  /* Reset to Defaults shows the defaults; Apply keeps them, one step to undo. */
  click (dialog, "_Reset to Defaults");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (find_spin (dialog, "Behind By")), ==, 10);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (find_spin (dialog, "Red Margin")), ==, 40);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (find_spin (dialog, "Red Below")), ==, 50);
  click (dialog, "_Apply");
  trellis_status_rules_load (&rules, project);
  g_assert_true (trellis_status_rules_equal (&rules, &defaults));
  ui_test_undo (window);
  trellis_status_rules_load (&rules, project);
  g_assert_cmpfloat (rules.behind_points, ==, 25);
}

static void
test_read_only (void)
{
  g_autofree char *path = trellis_test_sample_path ();
  g_autoptr(GFile) sample = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(TrellisProject) project = trellis_project_load (sample, &error);
  g_autoptr(GFile) file = ui_test_write_project (tmpdir, "locked.trellis", project);
  TrellisWindow *window = ui_test_open_read_only (G_APPLICATION (app), file);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.status-rules", NULL);
  ui_test_iterate_pending ();
  g_assert_false (dialog_is_open ());

  /* Not read-only any more: the dialog opens. */
  trellis_window_set_read_only (window, FALSE);
  ui_test_iterate_pending ();
  ui_test_activate (GTK_WIDGET (window), "win.status-rules");
  g_assert_true (dialog_is_open ());
  ui_test_destroy_all_windows ();
}

int
main (int   argc,
      char *argv[])
{
  app = ui_test_init (&argc, &argv, &tmpdir);
  if (app == NULL)
    return 77;

  g_test_add_func ("/ui/status-rules/apply-undo", test_apply_undo);
  g_test_add_func ("/ui/status-rules/reset-and-refuse", test_reset_and_refuse);
  g_test_add_func ("/ui/status-rules/read-only", test_read_only);

  return ui_test_run (app, tmpdir);
}
