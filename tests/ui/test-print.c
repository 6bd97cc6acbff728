/* test-print.c: printing from a real window, paths /ui/print/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the window's print operation with the EXPORT action (a PDF, no
 * dialog) on the sample project, and reads the PDF back with pdftotext
 * and pdfinfo: a board page prints its section of the workshop report,
 * the timeline the timeline chart, the report every page of its preset.
 */

#include "config.h"

#include <string.h>

#include "trellis-application.h"
#include "trellis-dashboard-view.h"
#include "trellis-print.h"
#include "trellis-project-view.h"
#include "trellis-swot-board.h"
#include "trellis-timeline-view.h"
#include "trellis-tools.h"
#include "trellis-window.h"
#include "trellis-test-utils.h"
#include "ui-test-utils.h"

static TrellisApplication *app;
static char *tmpdir;

static TrellisWindow *
open_sample (void)
{
  g_autoptr(TrellisProject) project = trellis_test_load_sample ();
  g_autoptr(GFile) file = ui_test_write_project (tmpdir, "print.trellis", project);

  return ui_test_open_window (G_APPLICATION (app), file);
}

static TrellisProjectView *
project_view (TrellisWindow *window)
{
  return TRELLIS_PROJECT_VIEW (trellis_window_get_project_view (window));
}

/* Prints to @basename in the test's folder; returns the PDF's path. */
static char *
export_pdf (TrellisPrint  *print,
            TrellisWindow *window,
            const char    *basename)
{
  char *path = g_build_filename (tmpdir, basename, NULL);

  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (print), path);
  g_assert_cmpint (trellis_print_run (print, GTK_PRINT_OPERATION_ACTION_EXPORT, GTK_WINDOW (window)), ==,
                   GTK_PRINT_OPERATION_RESULT_APPLY);
  ui_test_iterate_pending ();
  g_assert_null (ui_test_find_message_dialog ());
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  return path;
}

/* The number of pages pdfinfo counts; 0 without poppler. */
static guint
count_pages (const char *path)
{
  g_autofree char *info = trellis_test_run_poppler ("pdfinfo", path);
  const char *pages;

  if (info == NULL)
    return 0;
  pages = strstr (info, "Pages:");
  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + strlen ("Pages:"), NULL, 10);
}

/* The report the print must match: the same sections, on the locale's paper. */
static guint
report_pages (TrellisProject        *project,
              TrellisReportSections  sections)
{
  TrellisWorkshopReportOptions options;
  g_autoptr(TrellisWorkshopReport) report = NULL;

  trellis_workshop_report_options_init (&options);
  options.sections = sections;
  report = trellis_workshop_report_new (project, &options);
  return trellis_workshop_report_get_n_pages (report);
}

/* The shortest note of the board: its text fits one line of the table. */
static const char *
shortest_swot_text (TrellisProject *project)
{
  GListModel *items = trellis_project_get_items (project, TRELLIS_TYPE_SWOT_ITEM);
  const char *shortest = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(TrellisSwotItem) note = g_list_model_get_item (items, i);
      const char *text = trellis_swot_item_get_text (note);

      if (shortest == NULL || strlen (text) < strlen (shortest))
        shortest = text;
    }
  g_assert_nonnull (shortest);
  return shortest;
}

static void
test_tools (void)
{
  guint n_tools;
  const TrellisAppTool *tools = trellis_app_get_tools (&n_tools);

  /* Every tool prints a section of the report, but the services, which it has not. */
  for (guint i = 0; i < n_tools; i++)
    {
      g_autofree char *path = trellis_app_tool_dup_path (&tools[i]);

      if (g_str_equal (path, "value/services"))
        g_assert_cmpuint (trellis_print_sections_for_tool (path), ==, 0);
      else
        g_assert_cmpuint (trellis_print_sections_for_tool (path), !=, 0);
    }
  g_assert_cmpuint (trellis_print_sections_for_tool ("overview"), ==, TRELLIS_REPORT_OVERVIEW);
  g_assert_cmpuint (trellis_print_sections_for_tool ("dashboard/board"), ==,
                    TRELLIS_REPORT_STATUS | TRELLIS_REPORT_DEADLINES | TRELLIS_REPORT_BUDGET);
  g_assert_cmpuint (trellis_print_sections_for_tool ("nowhere/nothing"), ==, 0);
}

/* Shows @page and prints it as win.print does, to @basename: the print's
 * sections must be @sections.  Returns the PDF's text, %NULL without poppler. */
static char *
print_page (TrellisWindow         *window,
            const char            *page,
            GType                  type,
            TrellisReportSections  sections,
            const char            *basename,
            char                 **out_pdf)
{
  g_autoptr(TrellisPrint) print = NULL;
  g_autofree char *shown = NULL;

  ui_test_show_page (window, page, type);
  shown = trellis_print_dup_shown_tool (project_view (window));
  g_assert_cmpstr (shown, ==, page);
  print = trellis_print_new_for_view (project_view (window));
  g_assert_cmpuint (trellis_print_get_sections (print), ==, sections);
  *out_pdf = export_pdf (print, window, basename);
  g_assert_null (trellis_print_get_report (print));   /* dropped once done */
  return trellis_test_run_poppler ("pdftotext", *out_pdf);
}

static void
test_board (void)
{
  TrellisWindow *window = open_sample ();
  TrellisProject *project = trellis_window_get_project (window);
  g_autofree char *pdf = NULL;
  g_autofree char *text = print_page (window, "potentials/swot", TRELLIS_TYPE_SWOT_BOARD, TRELLIS_REPORT_SWOT,
                                      "swot.pdf", &pdf);

  if (text == NULL)
    return;
  g_assert_nonnull (strstr (text, "SWOT analysis"));
  g_assert_nonnull (strstr (text, "Strengths"));
  g_assert_nonnull (strstr (text, shortest_swot_text (project)));
  g_assert_nonnull (strstr (text, trellis_project_get_name (project)));   /* the running header */
  /* The section alone: no cover, no contents, no other section. */
  g_assert_null (strstr (text, "Contents"));
  g_assert_null (strstr (text, "Workshop report"));
  g_assert_null (strstr (text, "TOWS strategies"));
  g_assert_cmpuint (count_pages (pdf), ==, report_pages (project, TRELLIS_REPORT_SWOT));
}

static void
test_timeline (void)
{
  TrellisWindow *window = open_sample ();
  TrellisProject *project = trellis_window_get_project (window);
  g_autofree char *pdf = NULL;
  g_autofree char *text = print_page (window, "strategy/timeline", TRELLIS_TYPE_TIMELINE_VIEW, TRELLIS_REPORT_TIMELINE,
                                      "timeline.pdf", &pdf);
  g_autofree char *info = NULL;
  const char *size;
  char *end;
  double width, height;

  if (text == NULL)
    return;
  g_assert_nonnull (strstr (text, "Timeline"));
  g_assert_nonnull (strstr (text, "diamonds are milestones"));   /* the chart's legend */
  g_assert_null (strstr (text, "SWOT analysis"));
  g_assert_null (strstr (text, "Action plan"));
  g_assert_cmpuint (count_pages (pdf), ==, report_pages (project, TRELLIS_REPORT_TIMELINE));
  /* The sheet is the paper the report is laid out for (A4 in the C locale). */
  trellis_paper_get_size (trellis_paper_from_locale (), &width, &height);
  info = trellis_test_run_poppler ("pdfinfo", pdf);
  size = strstr (info, "Page size:");
  g_assert_nonnull (size);
  size += strlen ("Page size:");
  g_assert_cmpfloat_with_epsilon (g_ascii_strtod (size, &end), width, 0.5);
  g_assert_true (g_str_has_prefix (end, " x "));
  g_assert_cmpfloat_with_epsilon (g_ascii_strtod (end + 3, NULL), height, 0.5);
}

static gboolean
is_check_labelled (GtkWidget     *widget,
                   gconstpointer  label)
{
  return GTK_IS_CHECK_BUTTON (widget) && g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)), label) == 0;
}

/* The dashboard prints the board on the day it shows. */
static void
test_dashboard (void)
{
  TrellisWindow *window = open_sample ();
  GtkWidget *board = ui_test_show_page (window, "dashboard/board", TRELLIS_TYPE_DASHBOARD_VIEW);
  TrellisDay day = trellis_date_from_dmy (30, 12, 2026);
  g_autoptr(TrellisPrint) print = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;

  trellis_dashboard_view_set_as_of (TRELLIS_DASHBOARD_VIEW (board), day);
  ui_test_iterate_pending ();
  print = trellis_print_new_for_view (project_view (window));
  g_assert_cmpuint (trellis_print_get_sections (print), ==,
                    TRELLIS_REPORT_STATUS | TRELLIS_REPORT_DEADLINES | TRELLIS_REPORT_BUDGET);
  g_assert_cmpuint (trellis_print_get_as_of (print), ==, day);
  pdf = export_pdf (print, window, "dashboard.pdf");
  if ((text = trellis_test_run_poppler ("pdftotext", pdf)) == NULL)
    return;
  g_assert_nonnull (strstr (text, "Status board"));
  g_assert_nonnull (strstr (text, "Overdue and next 30 days"));
  /* Judged on the 30th: an action due on 31 October is 60 days late. */
  g_assert_nonnull (strstr (text, "60 days late"));
}

/* The dialog's Report tab: the board preset instead of the workshop's. */
static void
choose_preset (TrellisPrint *print,
               const char   *mnemonic_label)
{
  GObject *widget = NULL;
  GtkWidget *button;

  g_signal_emit_by_name (print, "create-custom-widget", &widget);
  g_assert_true (GTK_IS_WIDGET (widget));
  g_object_ref_sink (widget);
  button = ui_test_find (GTK_WIDGET (widget), is_check_labelled, mnemonic_label);
  g_assert_nonnull (button);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (button), TRUE);
  g_signal_emit_by_name (print, "custom-widget-apply", widget);
  g_object_unref (widget);
}

static void
test_report (void)
{
  TrellisWindow *window = open_sample ();
  TrellisProject *project = trellis_window_get_project (window);
  TrellisReportSections workshop, board;
  g_autoptr(TrellisPrint) print = NULL;
  g_autoptr(TrellisPrint) board_print = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *board_pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *board_text = NULL;

  g_assert_true (trellis_report_preset_parse ("workshop", &workshop, NULL));
  g_assert_true (trellis_report_preset_parse ("board", &board, NULL));
  print = trellis_print_new (project, workshop);
  pdf = export_pdf (print, window, "report.pdf");
  g_assert_cmpuint (report_pages (project, workshop), >, 5);
  if ((text = trellis_test_run_poppler ("pdftotext", pdf)) == NULL)
    return;
  g_assert_cmpuint (count_pages (pdf), ==, report_pages (project, workshop));
  for (guint bit = 1; (bit & TRELLIS_REPORT_ALL) != 0; bit <<= 1)
    if ((workshop & bit) != 0 && bit != TRELLIS_REPORT_COVER)
      g_assert_nonnull (strstr (text, trellis_report_section_get_title (bit)));
  g_assert_nonnull (strstr (text, "Workshop report"));   /* the cover */
  g_assert_null (strstr (text, "Budget: spent of planned"));

  /* The preset chosen in the dialog's tab is what prints. */
  board_print = trellis_print_new (project, workshop);
  trellis_print_set_offer_presets (board_print, TRUE);
  choose_preset (board_print, "_Board report: status, indicators, deadlines and budget");
  g_assert_cmpuint (trellis_print_get_sections (board_print), ==, board);
  board_pdf = export_pdf (board_print, window, "board.pdf");
  board_text = trellis_test_run_poppler ("pdftotext", board_pdf);
  g_assert_cmpuint (count_pages (board_pdf), ==, report_pages (project, board));
  g_assert_nonnull (strstr (board_text, "Status board"));
  g_assert_nonnull (strstr (board_text, "Budget: spent of planned"));
  g_assert_null (strstr (board_text, "SWOT analysis"));
}

static GtkWindow *
find_print_dialog (void)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  GtkWindow *dialog = NULL;

  while (dialog == NULL && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      dialog = ui_test_find_toplevel (g_type_from_name ("GtkPrintUnixDialog"));
    }
  return dialog;
}

/* Cancels the print dialog as its Cancel button does. */
static void
cancel_print_dialog (GtkWindow *dialog)
{
  ui_test_iterate_until_mapped (GTK_WIDGET (dialog));
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  ui_test_iterate_pending ();
  g_assert_null (ui_test_find_toplevel (g_type_from_name ("GtkPrintUnixDialog")));
  g_assert_null (ui_test_find_message_dialog ());
}

/* Whether @menu, its sections or submenus have an item for @action (and @target). */
static gboolean
menu_has_action (GMenuModel *menu,
                 const char *action,
                 const char *target)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *name = NULL;
      g_autofree char *value = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);
      g_autoptr(GMenuModel) submenu = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SUBMENU);

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
          g_str_equal (name, action) &&
          (target == NULL ||
           (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_TARGET, "s", &value) &&
            g_str_equal (value, target))))
        return TRUE;
      if ((section != NULL && menu_has_action (section, action, target)) ||
          (submenu != NULL && menu_has_action (submenu, action, target)))
        return TRUE;
    }
  return FALSE;
}

static gboolean
is_primary_menu_button (GtkWidget     *widget,
                        gconstpointer  data)
{
  return GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget));
}

/* The window's actions open the print dialog; Print Report's has the Report tab. */
static void
test_dialog (void)
{
  TrellisWindow *window = open_sample ();
  GtkWindow *dialog;
  GtkWidget *board;
  GMenuModel *menu;

  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (ui_test_find (GTK_WIDGET (window),
                                                                       is_primary_menu_button, NULL)));
  g_assert_true (menu_has_action (menu, "win.print", NULL));
  g_assert_true (menu_has_action (menu, "win.print-report", "workshop"));
  g_assert_true (menu_has_action (menu, "win.print-report", "board"));

  ui_test_show_page (window, "potentials/swot", TRELLIS_TYPE_SWOT_BOARD);
  g_assert_true (ui_test_press_shortcut (GTK_WIDGET (window), "<Control>p"));
  dialog = find_print_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));
  g_assert_null (ui_test_find (GTK_WIDGET (dialog), is_check_labelled,
                               "_Board report: status, indicators, deadlines and budget"));
  cancel_print_dialog (dialog);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print-report", "s", "board"));
  dialog = find_print_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (ui_test_find_label (GTK_WIDGET (dialog), "Report"));
  board = ui_test_find (GTK_WIDGET (dialog), is_check_labelled, "_Board report: status, indicators, deadlines and budget");
  g_assert_nonnull (board);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (board)));
  cancel_print_dialog (dialog);
}

/* A print that cannot be written says so in a dialog, and writes nothing. */
static void
test_error (void)
{
  TrellisWindow *window = open_sample ();
  g_autoptr(TrellisPrint) print = trellis_print_new (trellis_window_get_project (window), TRELLIS_REPORT_SWOT);
  g_autofree char *path = g_build_filename (tmpdir, "no-such-folder", "swot.pdf", NULL);

  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (print), path);
  g_assert_cmpint (trellis_print_run (print, GTK_PRINT_OPERATION_ACTION_EXPORT, GTK_WINDOW (window)), ==,
                   GTK_PRINT_OPERATION_RESULT_ERROR);
  ui_test_iterate_pending ();
  ui_test_respond (ui_test_expect_dialog ("Could not print"), "close");
  g_assert_null (ui_test_find_message_dialog ());
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  app = ui_test_init (&argc, &argv, &tmpdir);

  g_test_add_func ("/ui/print/tools", test_tools);
  g_test_add_func ("/ui/print/board", test_board);
  g_test_add_func ("/ui/print/timeline", test_timeline);
  g_test_add_func ("/ui/print/dashboard", test_dashboard);
  g_test_add_func ("/ui/print/report", test_report);
  g_test_add_func ("/ui/print/error", test_error);
  g_test_add_func ("/ui/print/dialog", test_dialog);

  return ui_test_run (app, tmpdir);
}
