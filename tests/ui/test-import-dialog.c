/* test-import-dialog.c: Import… and Export… in a real window, paths /ui/import-dialog/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes real CSV files, opens them in the import dialog of a real window
 * under Xvfb, reads the preview (counts, problems, marked cells), changes
 * a column's field through its drop-down, imports, and undoes with
 * Ctrl+Z.  Exports every format through win.export's dialog (past the
 * file chooser with trellis_export_options_dialog_export_to ()) and reads
 * the files back.
 */

#include "config.h"

#include <string.h>

#include "trellis-exchange.h"
#include "trellis-export-options-dialog.h"
#include "trellis-import-dialog.h"
#include "trellis-project-view.h"
#include "trellis-register.h"
#include "trellis-test-utils.h"
#include "ui-test-utils.h"

static TrellisApplication *app;
static char *tmpdir;

/* Helpers */

static TrellisWindow *
open_sample (void)
{
  return ui_test_open_sample (G_APPLICATION (app), tmpdir);
}

static GFile *
write_tmp (const char *basename,
           const char *contents)
{
  g_autofree char *path = g_build_filename (tmpdir, basename, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static const char *
first_stakeholder_name (TrellisProject *project)
{
  g_autoptr(TrellisStakeholder) first = g_list_model_get_item (trellis_project_get_items (project,
                                                                                          TRELLIS_TYPE_STAKEHOLDER),
                                                               0);

  return trellis_stakeholder_get_name (first);
}

/* Three stakeholders, one already in the sample; "Company" is no field's
 * name, and row 3 has a helix no one knows. */
static GFile *
write_stakeholders (TrellisProject *project)
{
  g_autofree char *csv = g_strdup_printf ("Name,Company,Helix,Influence\n"
                                          "Mara Keller,Valdor Bank,business,high\n"
                                          "Jonas Brandt,Alpine Polymer,spaceship,low\n"
                                          "\"%s\",\"Updated Org, Ltd\",research,medium\n",
                                          first_stakeholder_name (project));

  return write_tmp ("people.csv", csv);
}

static GtkWidget *
find_problem_row (TrellisImportDialog *dialog,
                  guint                row)
{
  GtkWidget *list = ui_test_find_named (GTK_WIDGET (dialog), "problems-list");

  for (GtkWidget *child = gtk_widget_get_first_child (list); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (child), "trellis-row")) == row)
      return child;
  return NULL;
}

static gboolean
has_error_cell (GtkWidget     *widget,
                gconstpointer  text)
{
  return GTK_IS_INSCRIPTION (widget) && gtk_widget_has_css_class (widget, "error") &&
         g_strcmp0 (gtk_inscription_get_text (GTK_INSCRIPTION (widget)), text) == 0;
}

static gboolean
can_import (TrellisImportDialog *dialog)
{
  GtkWidget *button = ui_test_find_action_button (GTK_WIDGET (dialog), "import.apply");

  g_assert_nonnull (button);
  return gtk_widget_get_sensitive (button);
}

static void
select_field (TrellisImportDialog *dialog,
              guint                column,
              int                  field)
{
  GtkWidget *row = trellis_import_dialog_get_column_row (dialog, column);

  g_assert_true (ADW_IS_COMBO_ROW (row));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), field + 1);
  ui_test_iterate_pending ();
}

/* Cases */

/* The preview of write_stakeholders (): two new, one updated, the unknown
 * helix of row 3; clicking the problem selects its row. */
static void
check_preview (TrellisImportDialog *dialog)
{
  TrellisImport *import = trellis_import_dialog_get_import (dialog);
  GtkWidget *column_view = ui_test_find_descendant (GTK_WIDGET (dialog), GTK_TYPE_COLUMN_VIEW);
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (dialog));

  /* The first field, the kind, has the focus. */
  g_assert_true (ADW_IS_COMBO_ROW (focus));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (focus)), ==, "Import As");

  g_assert_cmpstr (trellis_import_dialog_get_kind (dialog), ==, "stakeholders");
  g_assert_cmpuint (trellis_import_get_n_rows (import), ==, 3);
  g_assert_cmpuint (trellis_import_get_n_new (import), ==, 2);
  g_assert_cmpuint (trellis_import_get_n_updated (import), ==, 1);
  g_assert_cmpuint (trellis_import_get_n_problems (import), ==, 1);
  g_assert_cmpint (trellis_import_get_column_field (import, 1), ==, -1);
  g_assert_true (ui_test_shows_label (GTK_WIDGET (dialog), "2 new, 1 updated"));
  g_assert_true (ui_test_shows_label (GTK_WIDGET (dialog), "Comma"));
  g_assert_nonnull (ui_test_find_mapped (GTK_WIDGET (dialog), has_error_cell, "spaceship"));
  g_assert_false (can_import (dialog));

  g_assert_nonnull (find_problem_row (dialog, 3));
  g_assert_nonnull (strstr (trellis_import_get_problem (import, 0, NULL, NULL), "spaceship"));
  g_signal_emit_by_name (find_problem_row (dialog, 3), "activate");
  ui_test_iterate_pending ();
  g_assert_true (gtk_selection_model_is_selected (gtk_column_view_get_model (GTK_COLUMN_VIEW (column_view)), 1));
}

/* Company goes to the organisation, and the helix is left out: no problem left. */
static void
fix_mapping (TrellisImportDialog *dialog)
{
  TrellisImport *import = trellis_import_dialog_get_import (dialog);

  select_field (dialog, 1, TRELLIS_STAKEHOLDER_FIELD_ORGANISATION);
  g_assert_cmpint (trellis_import_get_column_field (import, 1), ==, TRELLIS_STAKEHOLDER_FIELD_ORGANISATION);
  g_assert_cmpuint (trellis_import_get_n_problems (import), ==, 1);
  g_assert_true (ui_test_shows_label (GTK_WIDGET (dialog), "Company → Organisation"));
  select_field (dialog, 2, -1);
  g_assert_true (ui_test_shows_label (GTK_WIDGET (dialog), "Helix (ignored)"));
  g_assert_cmpuint (trellis_import_get_n_problems (import), ==, 0);
  g_assert_null (ui_test_find_mapped (GTK_WIDGET (dialog), has_error_cell, "spaceship"));
  g_assert_null (find_problem_row (dialog, 3));
  g_assert_true (can_import (dialog));
}

static void
test_preview_and_import (void)
{
  TrellisWindow *window = open_sample ();
  TrellisProject *project = trellis_window_get_project (window);
  g_autoptr(TrellisProject) original = trellis_test_load_sample ();
  g_autoptr(GFile) file = write_stakeholders (project);
  guint n_before = trellis_project_count_items (project, TRELLIS_TYPE_STAKEHOLDER);
  GtkWidget *dialog = trellis_import_dialog_open (GTK_WINDOW (window), project, file, "stakeholders");
  TrellisStakeholder *added;

  g_assert_nonnull (dialog);
  ui_test_iterate_until_mapped (dialog);
  check_preview (TRELLIS_IMPORT_DIALOG (dialog));
  fix_mapping (TRELLIS_IMPORT_DIALOG (dialog));
  g_assert_true (trellis_project_equal (project, original));

  /* Import: the rows are in the project, as one undo step. */
  ui_test_activate (dialog, "import.apply");
  g_assert_null (ui_test_find_toplevel (TRELLIS_TYPE_IMPORT_DIALOG));
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_STAKEHOLDER), ==, n_before + 2);
  added = trellis_test_find_stakeholder (project, "Mara Keller");
  g_assert_nonnull (added);
  g_assert_cmpstr (trellis_stakeholder_get_organisation (added), ==, "Valdor Bank");
  g_assert_cmpint (trellis_stakeholder_get_helix (added), ==, 0);
  g_assert_nonnull (trellis_test_find_stakeholder (project, "Jonas Brandt"));
  g_assert_cmpstr (trellis_stakeholder_get_organisation (trellis_test_find_stakeholder (project,
                                                         first_stakeholder_name (project))),
                   ==, "Updated Org, Ltd");
  g_assert_cmpuint (ui_test_n_undo (window), ==, 1);

  /* Ctrl+Z takes every row back. */
  g_assert_true (ui_test_press_shortcut (GTK_WIDGET (window), "<Control>z"));
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_STAKEHOLDER), ==, n_before);
  g_assert_null (trellis_test_find_stakeholder (project, "Mara Keller"));
  g_assert_true (trellis_project_equal (project, original));
}

/* Another kind reads the same file again, mapped anew. */
static void
test_kind (void)
{
  TrellisWindow *window = open_sample ();
  TrellisProject *project = trellis_window_get_project (window);
  g_autoptr(GFile) file = write_tmp ("plan.csv", "Action,Due\nWrite the bid,2027-05-31\nVisit the fair,someday\n");
  TrellisImportDialog *dialog;
  TrellisImport *import;

  dialog = TRELLIS_IMPORT_DIALOG (trellis_import_dialog_open (GTK_WINDOW (window), project, file, "stakeholders"));
  ui_test_iterate_until_mapped (GTK_WIDGET (dialog));
  /* As stakeholders, "Action" names no field, so the name is missing. */
  import = trellis_import_dialog_get_import (dialog);
  g_assert_cmpint (trellis_import_get_column_field (import, 0), ==, -1);
  g_assert_cmpuint (trellis_import_get_n_problems (import), >, 0);

  g_assert_true (trellis_import_dialog_set_kind (dialog, "actions"));
  ui_test_iterate_pending ();
  import = trellis_import_dialog_get_import (dialog);
  g_assert_cmpstr (trellis_import_dialog_get_kind (dialog), ==, "actions");
  g_assert_cmpint (trellis_import_get_column_field (import, 0), ==, TRELLIS_ACTION_FIELD_TITLE);
  g_assert_cmpint (trellis_import_get_column_field (import, 1), ==, TRELLIS_ACTION_FIELD_DUE);
  /* "someday" is no date: row 3, column 2. */
  g_assert_cmpuint (trellis_import_get_n_problems (import), ==, 1);
  g_assert_nonnull (find_problem_row (dialog, 3));
  g_assert_false (can_import (dialog));
  g_assert_true (ui_test_shows_label (GTK_WIDGET (dialog), "Due"));
  g_assert_false (ui_test_shows_label (GTK_WIDGET (dialog), "Due → Due"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  ui_test_iterate_pending ();
}

/* A file that is not CSV at all: a dialog names it and says why. */
static void
test_unreadable (void)
{
  TrellisWindow *window = open_sample ();
  TrellisProject *project = trellis_window_get_project (window);
  g_autoptr(GFile) latin1 = write_tmp ("latin1.csv", "name\nM\xfcller\n");
  g_autofree char *missing_path = g_build_filename (tmpdir, "missing.csv", NULL);
  g_autoptr(GFile) missing = g_file_new_for_path (missing_path);
  AdwMessageDialog *message;

  g_assert_null (trellis_import_dialog_open (GTK_WINDOW (window), project, latin1, "stakeholders"));
  message = ui_test_expect_dialog ("latin1.csv");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (message), "latin1.csv"));
  ui_test_respond (message, "close");

  g_assert_null (trellis_import_dialog_open (GTK_WINDOW (window), project, missing, "stakeholders"));
  message = ui_test_expect_dialog ("missing.csv");
  ui_test_respond (message, "close");
  g_assert_null (ui_test_find_toplevel (TRELLIS_TYPE_IMPORT_DIALOG));
}

static gboolean
is_inscription (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_INSCRIPTION (widget);
}

/* 100,000 rows: the preview makes the cells of a screenful, not of the file. */
static void
test_large (void)
{
  TrellisWindow *window = open_sample ();
  TrellisProject *project = trellis_window_get_project (window);
  g_autoptr(GString) csv = g_string_new ("name,organisation,influence\n");
  g_autoptr(GFile) file = NULL;
  g_autoptr(GPtrArray) cells = NULL;
  GtkWidget *dialog;
  gint64 start;

  for (guint i = 0; i < 100000; i++)
    g_string_append_printf (csv, "Participant %u,Firm %u,%s\n", i, i % 700, i % 3 == 0 ? "high" : "low");
  file = write_tmp ("large.csv", csv->str);
  start = g_get_monotonic_time ();
  dialog = trellis_import_dialog_open (GTK_WINDOW (window), project, file, "stakeholders");
  g_test_message ("100,000 rows read and previewed in %.2f s",
                  (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);
  ui_test_iterate_until_mapped (dialog);
  ui_test_iterate_pending ();
  g_test_message ("and shown after %.2f s", (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);
  g_assert_cmpuint (trellis_import_get_n_new (trellis_import_dialog_get_import (TRELLIS_IMPORT_DIALOG (dialog))),
                    ==, 100000);
  cells = ui_test_find_all (dialog, is_inscription, NULL);
  g_test_message ("%u cells made", cells->len);
  g_assert_cmpuint (cells->len, >, 4);
  g_assert_cmpuint (cells->len, <, 1000);
  gtk_window_destroy (GTK_WINDOW (dialog));
  ui_test_iterate_pending ();
}

/* Escape closes the dialog and changes nothing. */
static void
test_escape (void)
{
  TrellisWindow *window = open_sample ();
  TrellisProject *project = trellis_window_get_project (window);
  g_autoptr(GFile) file = write_tmp ("one.csv", "name\nSomeone New\n");
  GtkWidget *dialog = trellis_import_dialog_open (GTK_WINDOW (window), project, file, "stakeholders");

  ui_test_iterate_until_mapped (dialog);
  g_assert_true (ui_test_press_shortcut (gtk_window_get_focus (GTK_WINDOW (dialog)), "Escape"));
  g_assert_null (ui_test_find_toplevel (TRELLIS_TYPE_IMPORT_DIALOG));
  g_assert_null (trellis_test_find_stakeholder (project, "Someone New"));
  g_assert_cmpuint (ui_test_n_undo (window), ==, 0);
}

/* The kind an import starts with follows the tool on screen. */
static void
test_kind_for_view (void)
{
  TrellisWindow *window = open_sample ();
  TrellisProjectView *view = TRELLIS_PROJECT_VIEW (trellis_window_get_project_view (window));
  const struct { const char *page; const char *kind; } cases[] = {
    { "overview", "stakeholders" },
    { "strategy/plan", "actions" },
    { "strategy/timeline", "actions" },
    { "dashboard/trend", "measurements" },
    { "dashboard/selfcheck", "actions" },
    { "strategy/canvas", "canvas" },
    { "actors/grid", "stakeholders" },
    { "value/services", "services" },
    { "potentials/tows", "tows" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_true (trellis_project_view_set_page (view, cases[i].page));
      if (strchr (cases[i].page, '/') != NULL)
        ui_test_iterate_until_mapped (trellis_project_view_get_tool_view (view, cases[i].page));
      ui_test_iterate_pending ();
      g_assert_cmpstr (trellis_exchange_kind_for_view (view), ==, cases[i].kind);
    }
}

/* The stakeholder register's menu imports and exports stakeholders. */
static void
test_register_menu (void)
{
  TrellisWindow *window = open_sample ();
  GtkWidget *table = ui_test_show_page (window, "actors/register", TRELLIS_TYPE_REGISTER);
  GtkWidget *button = ui_test_find_named (table, "exchange-menu");
  GMenuModel *menu;
  g_autoptr(GVariant) target = NULL;
  g_autofree char *action = NULL;

  g_assert_true (GTK_IS_MENU_BUTTON (button));
  g_assert_true (gtk_widget_get_mapped (button));
  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button));
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 2);
  g_assert_true (g_menu_model_get_item_attribute (menu, 0, G_MENU_ATTRIBUTE_ACTION, "s", &action));
  g_assert_cmpstr (action, ==, "win.import");
  target = g_menu_model_get_item_attribute_value (menu, 1, G_MENU_ATTRIBUTE_TARGET, G_VARIANT_TYPE_STRING);
  g_assert_cmpstr (g_variant_get_string (target, NULL), ==, "stakeholders");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", "s", "stakeholders"));
  ui_test_iterate_pending ();
  g_assert_nonnull (ui_test_find_toplevel (TRELLIS_TYPE_EXPORT_OPTIONS_DIALOG));
  gtk_window_destroy (ui_test_find_toplevel (TRELLIS_TYPE_EXPORT_OPTIONS_DIALOG));
  ui_test_iterate_pending ();
}

static gboolean
has_menu_model (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)) != NULL;
}

/* Whether @menu or one of its sections has an item for @action with @kind. */
static gboolean
menu_has (GMenuModel *menu,
          const char *action,
          const char *kind)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);
      g_autofree char *name = NULL;
      g_autofree char *target = NULL;

      if (section != NULL && menu_has (section, action, kind))
        return TRUE;
      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
          g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_TARGET, "s", &target) &&
          g_str_equal (name, action) && g_str_equal (target, kind))
        return TRUE;
    }
  return FALSE;
}

/* The canvas's menu imports and exports canvas notes. */
static void
test_canvas_menu (void)
{
  TrellisWindow *window = open_sample ();
  GtkWidget *canvas = ui_test_show_page (window, "strategy/canvas", g_type_from_name ("TrellisCanvasView"));
  GtkWidget *button = ui_test_find_mapped (canvas, has_menu_model, NULL);
  GMenuModel *menu;

  g_assert_nonnull (button);
  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button));
  g_assert_true (menu_has (menu, "win.import", "canvas"));
  g_assert_true (menu_has (menu, "win.export", "canvas"));
}

/* Exporting */

static TrellisExportOptionsDialog *
open_export (TrellisWindow *window)
{
  GtkWindow *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", "s", ""));
  ui_test_iterate_pending ();
  dialog = ui_test_find_toplevel (TRELLIS_TYPE_EXPORT_OPTIONS_DIALOG);
  g_assert_nonnull (dialog);
  ui_test_iterate_until_mapped (GTK_WIDGET (dialog));
  return TRELLIS_EXPORT_OPTIONS_DIALOG (dialog);
}

static GFile *
export (TrellisWindow       *window,
        TrellisExportFormat  format,
        const char          *preset,
        TrellisPaper         paper,
        const char          *basename)
{
  TrellisExportOptionsDialog *dialog = open_export (window);
  g_autofree char *path = g_build_filename (tmpdir, basename, NULL);
  GFile *file = g_file_new_for_path (path);

  trellis_export_options_dialog_set_format (dialog, format);
  if (preset != NULL)
    g_assert_true (trellis_export_options_dialog_set_preset (dialog, preset));
  trellis_export_options_dialog_set_paper (dialog, paper);
  g_assert_true (trellis_export_options_dialog_export_to (dialog, file));
  gtk_window_destroy (GTK_WINDOW (dialog));
  ui_test_iterate_pending ();
  return file;
}

static void
test_export_csv (void)
{
  TrellisWindow *window = open_sample ();
  TrellisProject *project = trellis_window_get_project (window);
  g_autoptr(TrellisProject) original = trellis_test_load_sample ();
  TrellisExportOptionsDialog *dialog;
  g_autofree char *path = g_build_filename (tmpdir, "actions.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(TrellisImport) import = trellis_import_new (project, TRELLIS_TYPE_ACTION);
  g_autoptr(GError) error = NULL;
  guint n_actions = trellis_project_count_items (project, TRELLIS_TYPE_ACTION);

  /* On the plan, the export starts with actions. */
  ui_test_show_page (window, "strategy/plan", TRELLIS_TYPE_REGISTER);
  dialog = open_export (window);
  g_assert_true (trellis_export_options_dialog_export_to (dialog, file));
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* Read back, every row is an action of the project, unchanged. */
  g_assert_true (trellis_import_load_file (import, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (trellis_import_get_n_problems (import), ==, 0);
  g_assert_cmpuint (trellis_import_get_n_new (import), ==, 0);
  g_assert_cmpuint (trellis_import_get_n_updated (import), ==, n_actions);
  g_assert_true (trellis_import_apply (import, &error));
  g_assert_true (trellis_project_equal (project, original));
}

static void
test_export_others (void)
{
  TrellisWindow *window = open_sample ();
  g_autoptr(GFile) ics = export (window, TRELLIS_EXPORT_ICS, NULL, TRELLIS_PAPER_A4, "plan.ics");
  g_autoptr(GFile) md = export (window, TRELLIS_EXPORT_MARKDOWN, NULL, TRELLIS_PAPER_A4, "summary.md");
  g_autoptr(GFile) pdf = export (window, TRELLIS_EXPORT_PDF, "board", TRELLIS_PAPER_LETTER, "board.pdf");
  g_autoptr(GFile) a4 = export (window, TRELLIS_EXPORT_PDF, "all", TRELLIS_PAPER_A4, "all.pdf");
  g_autoptr(GBytes) ics_bytes = trellis_test_load_bytes (ics);
  g_autoptr(GBytes) md_bytes = trellis_test_load_bytes (md);
  g_autoptr(GBytes) pdf_bytes = trellis_test_load_bytes (pdf);
  g_autoptr(GBytes) a4_bytes = trellis_test_load_bytes (a4);
  g_autofree char *ics_text = g_strndup (g_bytes_get_data (ics_bytes, NULL), g_bytes_get_size (ics_bytes));
  g_autofree char *md_text = g_strndup (g_bytes_get_data (md_bytes, NULL), g_bytes_get_size (md_bytes));
  g_autofree char *board_text = NULL;
  g_autofree char *all_text = NULL;
  g_autofree char *pdf_path = g_file_get_path (pdf);
  g_autofree char *a4_path = g_file_get_path (a4);

  g_assert_true (g_str_has_prefix (ics_text, "BEGIN:VCALENDAR\r\n"));
  g_assert_nonnull (strstr (ics_text, "BEGIN:VEVENT\r\n"));
  g_assert_true (g_str_has_prefix (md_text, "# "));
  g_assert_nonnull (strstr (md_text, trellis_project_get_name (trellis_window_get_project (window))));
  g_assert_cmpmem (g_bytes_get_data (pdf_bytes, NULL), 5, "%PDF-", 5);
  g_assert_cmpmem (g_bytes_get_data (a4_bytes, NULL), 5, "%PDF-", 5);

  /* The paper and the sections chosen in the dialog: Letter is 612 × 792
   * points, and the board preset leaves out the SWOT that "all" prints. */
  g_assert_cmpuint (g_bytes_get_size (pdf_bytes), <, g_bytes_get_size (a4_bytes));
  board_text = trellis_test_run_poppler ("pdfinfo", pdf_path);
  all_text = trellis_test_run_poppler ("pdfinfo", a4_path);
  if (board_text == NULL || all_text == NULL)
    {
      g_test_message ("pdfinfo is not installed: the paper is not checked");
      return;
    }
  g_assert_nonnull (strstr (board_text, "612 x 792 pts"));
  g_assert_nonnull (strstr (all_text, "595.28 x 841.89 pts"));
}

/* A file that cannot be written: nothing is claimed, a dialog says why. */
static void
test_export_error (void)
{
  TrellisWindow *window = open_sample ();
  TrellisExportOptionsDialog *dialog = open_export (window);
  g_autofree char *path = g_build_filename (tmpdir, "no-such-folder", "out.md", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AdwMessageDialog *message;

  trellis_export_options_dialog_set_format (dialog, TRELLIS_EXPORT_MARKDOWN);
  g_assert_false (trellis_export_options_dialog_export_to (dialog, file));
  message = ui_test_expect_dialog ("out.md");
  ui_test_respond (message, "close");
  gtk_window_destroy (GTK_WINDOW (dialog));
  ui_test_iterate_pending ();
}

/* A read-only window imports nothing; it still exports. */
static void
test_read_only (void)
{
  g_autoptr(TrellisProject) project = trellis_test_load_sample ();
  g_autoptr(GFile) file = ui_test_write_project (tmpdir, "locked.trellis", project);
  TrellisWindow *window = ui_test_open_read_only (G_APPLICATION (app), file);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.import", "s", "");
  ui_test_iterate_pending ();
  g_assert_null (ui_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", "s", ""));
  ui_test_iterate_pending ();
  g_assert_nonnull (ui_test_find_toplevel (TRELLIS_TYPE_EXPORT_OPTIONS_DIALOG));
  gtk_window_destroy (ui_test_find_toplevel (TRELLIS_TYPE_EXPORT_OPTIONS_DIALOG));
  ui_test_iterate_pending ();
}

int
main (int   argc,
      char *argv[])
{
  app = ui_test_init (&argc, &argv, &tmpdir);

  g_test_add_func ("/ui/import-dialog/preview-and-import", test_preview_and_import);
  g_test_add_func ("/ui/import-dialog/kind", test_kind);
  g_test_add_func ("/ui/import-dialog/unreadable", test_unreadable);
  g_test_add_func ("/ui/import-dialog/escape", test_escape);
  g_test_add_func ("/ui/import-dialog/large", test_large);
  g_test_add_func ("/ui/import-dialog/kind-for-view", test_kind_for_view);
  g_test_add_func ("/ui/import-dialog/register-menu", test_register_menu);
  g_test_add_func ("/ui/import-dialog/canvas-menu", test_canvas_menu);
  g_test_add_func ("/ui/import-dialog/export-csv", test_export_csv);
  g_test_add_func ("/ui/import-dialog/export-others", test_export_others);
  g_test_add_func ("/ui/import-dialog/export-error", test_export_error);
  g_test_add_func ("/ui/import-dialog/read-only", test_read_only);

  return ui_test_run (app, tmpdir);
}
