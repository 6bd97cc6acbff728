/* test-self-check-view.c: the excellence self-check in a real window, paths /ui/self-check-view/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opens the sample on the "dashboard/selfcheck" tool on 2026-11-30: the
 * summary and the rows of computed and answered requirements; a manual
 * requirement answered through the result chooser and the evidence entry,
 * checked in the model and the row, and undone through win.undo; read-only,
 * no answer can be changed.
 */

#include "config.h"

#include "trellis-self-check-row.h"
#include "trellis-self-check-view.h"
#include "trellis-test-utils.h"
#include "ui-test-utils.h"

static TrellisApplication *app;
static char *tmpdir;

static GFile *
write_sample (const char *basename)
{
  g_autofree char *path = trellis_test_sample_path ();
  g_autoptr(GFile) sample = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(TrellisProject) project = trellis_project_load (sample, &error);

  g_assert_no_error (error);
  return ui_test_write_project (tmpdir, basename, project);
}

static GtkWidget *
show_view (TrellisWindow *window)
{
  return ui_test_show_page (window, "dashboard/selfcheck", TRELLIS_TYPE_SELF_CHECK_VIEW);
}

static GtkWidget *
expect_row (GtkWidget  *view,
            const char *title)
{
  GtkWidget *row = ui_test_find_row (view, title);

  if (row == NULL)
    g_error ("No row “%s”", title);
  g_assert_true (TRELLIS_IS_SELF_CHECK_ROW (row));
  return row;
}

static const char *
summary_text (GtkWidget *view)
{
  GtkWidget *label = ui_test_find_named (view, "self-check-summary");

  g_assert_true (GTK_IS_LABEL (label));
  return gtk_label_get_text (GTK_LABEL (label));
}

static gboolean
badge_reads (GtkWidget  *row,
             const char *css_class,
             const char *word)
{
  GtkWidget *badge = ui_test_find_with_class (row, "self-check-badge");

  g_assert_nonnull (badge);
  return gtk_widget_has_css_class (badge, css_class) && ui_test_shows_label (badge, word);
}

static GtkWidget *
edit_button (GtkWidget *row)
{
  GtkWidget *button = ui_test_find_named (row, "self-check-edit");

  g_assert_true (GTK_IS_TOGGLE_BUTTON (button));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Answer");
  return button;
}

/* Opens the editor of @row with its edit button, as a click would. */
static void
open_editor (GtkWidget *row)
{
  GtkWidget *button = edit_button (row);

  g_assert_true (gtk_widget_get_mapped (button));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
  g_signal_emit_by_name (button, "clicked");
  ui_test_iterate_pending ();
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
  g_assert_true (gtk_widget_get_mapped (ui_test_find_descendant (row, GTK_TYPE_DROP_DOWN)));
}

static void
test_results (void)
{
  g_autoptr(GFile) file = write_sample ("results.trellis");
  TrellisWindow *window = ui_test_open_window (G_APPLICATION (app), file);
  GtkWidget *view = show_view (window);
  GtkWidget *row;

  g_assert_cmpstr (summary_text (view), ==, "9 of 16 requirements met, 3 not met, 4 unknown");
  g_assert_true (ui_test_shows_label (view, "As of 2026-11-30"));

  /* Computed, with the manager's answer kept beside it; no editor. */
  row = expect_row (view, "2.1 Cluster management for two years");
  g_assert_true (badge_reads (row, "not-met", "Not met"));
  g_assert_true (ui_test_shows_label (row, "The cluster management started on 2026-06-01; "
                                           "it will be two years old on 2028-06-01"));
  g_assert_true (ui_test_shows_label (row, "Computed from the start of the cluster management"));
  g_assert_false (gtk_widget_get_visible (edit_button (row)));

  row = expect_row (view, "4.3 Services in three fields");
  g_assert_true (badge_reads (row, "met", "Met"));

  /* Answered by the manager, with the answer in the editor. */
  row = expect_row (view, "4.6.2 Web presence, also in English");
  g_assert_true (badge_reads (row, "not-met", "Not met"));
  g_assert_true (ui_test_shows_label (row, "Answered by the manager"));
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (ui_test_find_descendant (row, GTK_TYPE_DROP_DOWN))),
                    ==, TRELLIS_CHECK_NOT_MET);

  /* Not answered; and computed but unknown, so the manager may answer it. */
  row = expect_row (view, "2.5 Direct contact with a fifth of participants");
  g_assert_true (badge_reads (row, "unknown", "Unknown"));
  g_assert_true (ui_test_shows_label (row, "Not answered yet"));
  row = expect_row (view, "4.4 Half of the targets met in a year");
  g_assert_true (ui_test_shows_label (row, "No indicator had its target date in the last twelve months"));
  g_assert_true (gtk_widget_get_mapped (edit_button (row)));

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_pending ();
}

static void
test_answer (void)
{
  g_autoptr(GFile) file = write_sample ("answer.trellis");
  TrellisWindow *window = ui_test_open_window (G_APPLICATION (app), file);
  TrellisProject *project = trellis_window_get_project (window);
  GtkWidget *view = show_view (window);
  GtkWidget *row = expect_row (view, "2.5 Direct contact with a fifth of participants");
  GtkWidget *dropdown = ui_test_find_descendant (row, GTK_TYPE_DROP_DOWN);
  GtkWidget *entry = ui_test_find_descendant (row, GTK_TYPE_ENTRY);
  guint n_undo = ui_test_n_undo (window);
  TrellisSelfCheck *answer;

  g_assert_null (trellis_excellence_find_answer (project, "2.5"));
  open_editor (row);
  g_assert_true (gtk_widget_has_focus (dropdown) || gtk_widget_get_focus_child (dropdown) != NULL);

  /* The result first: one step, a new self-check in the file. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), TRELLIS_CHECK_MET);
  ui_test_iterate_pending ();
  answer = trellis_excellence_find_answer (project, "2.5");
  g_assert_nonnull (answer);
  g_assert_cmpint (trellis_self_check_get_result (answer), ==, TRELLIS_CHECK_MET);
  g_assert_cmpuint (ui_test_n_undo (window), ==, n_undo + 1);
  g_assert_true (badge_reads (row, "met", "Met"));
  g_assert_true (ui_test_shows_label (row, "Answered by the manager"));
  g_assert_true (ui_test_shows_label (row, "Answered by the manager, without evidence"));
  g_assert_cmpstr (summary_text (view), ==, "10 of 16 requirements met, 3 not met, 3 unknown");

  /* Then the evidence, kept with Enter: another step. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "Visit log: 14 of 40 members met in 2026");
  g_signal_emit_by_name (entry, "activate");
  ui_test_iterate_pending ();
  g_assert_cmpstr (trellis_self_check_get_evidence (answer), ==,
                   "Visit log: 14 of 40 members met in 2026");
  g_assert_cmpuint (ui_test_n_undo (window), ==, n_undo + 2);
  g_assert_true (ui_test_shows_label (row, "Visit log: 14 of 40 members met in 2026"));

  /* Undo the evidence, then the answer. */
  ui_test_undo (window);
  ui_test_iterate_pending ();
  g_assert_null (trellis_self_check_get_evidence (answer));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_assert_true (badge_reads (row, "met", "Met"));
  ui_test_undo (window);
  ui_test_iterate_pending ();
  g_assert_null (trellis_excellence_find_answer (project, "2.5"));
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (dropdown)), ==, TRELLIS_CHECK_UNKNOWN);
  g_assert_true (badge_reads (row, "unknown", "Unknown"));
  g_assert_true (ui_test_shows_label (row, "Not answered yet"));
  g_assert_cmpstr (summary_text (view), ==, "9 of 16 requirements met, 3 not met, 4 unknown");
  g_assert_cmpuint (ui_test_n_undo (window), ==, n_undo);

  /* An edit in the model shows in the row: the manager's answer to 4.6.2. */
  trellis_excellence_set_answer (project, "4.6.2", TRELLIS_CHECK_MET, "English pages online");
  ui_test_iterate_pending ();
  row = expect_row (view, "4.6.2 Web presence, also in English");
  g_assert_true (badge_reads (row, "met", "Met"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ui_test_find_descendant (row, GTK_TYPE_ENTRY))), ==,
                   "English pages online");
  ui_test_undo (window);
  ui_test_iterate_pending ();
  g_assert_true (badge_reads (row, "not-met", "Not met"));

  /* The data cannot tell 4.4 yet: the manager's answer counts, the data's reason stays beside it. */
  row = expect_row (view, "4.4 Half of the targets met in a year");
  open_editor (row);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (ui_test_find_descendant (row, GTK_TYPE_DROP_DOWN)), TRELLIS_CHECK_NOT_MET);
  ui_test_iterate_pending ();
  g_assert_true (badge_reads (row, "not-met", "Not met"));
  g_assert_true (ui_test_shows_label (row, "Answered by the manager, as the project's data cannot tell yet"));
  g_assert_true (ui_test_shows_label (row, "From the data: No indicator had its target date in the last "
                                           "twelve months"));
  g_assert_cmpstr (summary_text (view), ==, "9 of 16 requirements met, 4 not met, 3 unknown");
  ui_test_undo (window);
  ui_test_iterate_pending ();
  g_assert_true (badge_reads (row, "unknown", "Unknown"));
  g_assert_true (ui_test_shows_label (row, "Computed from the indicators and measurements"));
  g_assert_cmpuint (ui_test_n_undo (window), ==, n_undo);

  trellis_project_mark_saved (project);
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_pending ();
}

static void
test_read_only (void)
{
  g_autoptr(GFile) file = write_sample ("read-only.trellis");
  TrellisWindow *window = ui_test_open_read_only (G_APPLICATION (app), file);
  GtkWidget *view = show_view (window);
  GtkWidget *row = expect_row (view, "2.5 Direct contact with a fifth of participants");
  gboolean editable = TRUE;

  g_object_get (view, "editable", &editable, NULL);
  g_assert_false (editable);
  g_assert_false (gtk_widget_get_visible (edit_button (row)));
  g_assert_false (gtk_widget_is_sensitive (ui_test_find_descendant (row, GTK_TYPE_DROP_DOWN)));
  g_assert_false (gtk_widget_is_sensitive (ui_test_find_descendant (row, GTK_TYPE_ENTRY)));
  /* Looking is still possible. */
  g_assert_cmpstr (summary_text (view), ==, "9 of 16 requirements met, 3 not met, 4 unknown");
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TRELLIS_TODAY", "2026-11-30", TRUE);
  app = ui_test_init (&argc, &argv, &tmpdir);
  if (app == NULL)
    return 77;

  g_test_add_func ("/ui/self-check-view/results", test_results);
  g_test_add_func ("/ui/self-check-view/answer", test_answer);
  g_test_add_func ("/ui/self-check-view/read-only", test_read_only);

  return ui_test_run (app, tmpdir);
}
