/* trellis-print.c: printing a page's board, the timeline or the workshop report
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A print is the workshop report (trellis-workshop-report.c) drawn on the
 * printer's pages instead of a PDF's: the same drawing code, so what is
 * printed is what `trellis-cli export` writes.  Printing a tool prints
 * the report's sections for that tool (tools[] below: the SWOT board its
 * SWOT section, the timeline the timeline chart, the dashboard the status
 * board, deadlines and budget); printing the report prints a preset,
 * chosen in a tab of the print dialog.
 *
 * The report is laid out in begin-print, once the paper is known (A4 or
 * US Letter, whichever the dialog's paper is nearer); draw-page replays
 * a page, scaled to the printer's page if it differs.  The whole sheet is
 * ours: the report keeps its own 15 mm margins.
 */

#define G_LOG_DOMAIN "trellis-print"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "trellis-dashboard-view.h"
#include "trellis-print.h"
#include "trellis-tool-page.h"
#include "trellis-tools.h"

struct _TrellisPrint
{
  GtkPrintOperation      parent_instance;

  TrellisProject        *project;
  TrellisReportSections  sections;
  TrellisDay             as_of;            /* 0: today */
  TrellisWorkshopReport *report;
  GtkWindow             *parent;           /* weak */
  GtkWidget             *preset_buttons[3];
  gboolean               offer_presets;
  gboolean               error_shown;
  gboolean               held;             /* a ref of its own while the dialog runs */
};

G_DEFINE_FINAL_TYPE (TrellisPrint, trellis_print, GTK_TYPE_PRINT_OPERATION)

/* What each tool prints: the report's sections that show what it shows. */
static const struct
{
  const char            *path;
  TrellisReportSections  sections;
} tools[] = {
  { "overview", TRELLIS_REPORT_OVERVIEW },
  { "potentials/swot", TRELLIS_REPORT_SWOT },
  { "potentials/tows", TRELLIS_REPORT_TOWS },
  { "actors/register", TRELLIS_REPORT_STAKEHOLDERS },
  { "actors/grid", TRELLIS_REPORT_STAKEHOLDERS },
  { "value/goals", TRELLIS_REPORT_GOALS },
  { "strategy/canvas", TRELLIS_REPORT_CANVAS },
  { "strategy/plan", TRELLIS_REPORT_PLAN },
  { "strategy/timeline", TRELLIS_REPORT_TIMELINE },
  { "strategy/check", TRELLIS_REPORT_STATUS },
  { "dashboard/board", TRELLIS_REPORT_STATUS | TRELLIS_REPORT_DEADLINES | TRELLIS_REPORT_BUDGET },
  { "dashboard/trend", TRELLIS_REPORT_GOALS },
  { "dashboard/selfcheck", TRELLIS_REPORT_SELF_CHECK },
};

/* The presets of the dialog's tab, as trellis_report_preset_parse() names them. */
static const struct
{
  const char *name;
  const char *label;   /* N_() */
} presets[] = {
  { "workshop", N_("_Workshop report: the analyses, the goals and the plan") },
  { "board", N_("_Board report: status, indicators, deadlines and budget") },
  { "all", N_("_Everything") },
};

/* The printer, paper and options last chosen, for the next print. */
static GtkPrintSettings *last_settings;

static void
trellis_print_dispose (GObject *object)
{
  TrellisPrint *self = TRELLIS_PRINT (object);

  g_clear_weak_pointer (&self->parent);
  g_clear_object (&self->report);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (trellis_print_parent_class)->dispose (object);
}

/* The report's paper nearest the sheet's, upright: a landscape page gets
 * the upright report scaled to fit. */
static TrellisPaper
paper_of_setup (GtkPageSetup *setup)
{
  double width = gtk_paper_size_get_width (gtk_page_setup_get_paper_size (setup), GTK_UNIT_POINTS);
  double letter_width, a4_width, height;

  trellis_paper_get_size (TRELLIS_PAPER_LETTER, &letter_width, &height);
  trellis_paper_get_size (TRELLIS_PAPER_A4, &a4_width, &height);
  return fabs (width - letter_width) < fabs (width - a4_width) ? TRELLIS_PAPER_LETTER : TRELLIS_PAPER_A4;
}

static void
trellis_print_begin_print (GtkPrintOperation *operation,
                           GtkPrintContext   *context)
{
  TrellisPrint *self = TRELLIS_PRINT (operation);
  TrellisWorkshopReportOptions options;

  trellis_workshop_report_options_init (&options);
  options.sections = self->sections;
  options.as_of = self->as_of;
  options.paper = paper_of_setup (gtk_print_context_get_page_setup (context));
  g_clear_object (&self->report);
  self->report = trellis_workshop_report_new (self->project, &options);
  gtk_print_operation_set_n_pages (operation, trellis_workshop_report_get_n_pages (self->report));
}

static void
trellis_print_draw_page (GtkPrintOperation *operation,
                         GtkPrintContext   *context,
                         int                page_nr)
{
  TrellisPrint *self = TRELLIS_PRINT (operation);

  g_return_if_fail (self->report != NULL);

  trellis_workshop_report_draw_page (self->report, gtk_print_context_get_cairo_context (context), page_nr,
                                     gtk_print_context_get_width (context),
                                     gtk_print_context_get_height (context));
}

static GtkWidget *
new_preset_button (TrellisPrint *self,
                   guint         index,
                   GtkWidget    *group)
{
  GtkWidget *button = gtk_check_button_new_with_mnemonic (_(presets[index].label));
  TrellisReportSections sections = 0;

  if (group != NULL)
    gtk_check_button_set_group (GTK_CHECK_BUTTON (button), GTK_CHECK_BUTTON (group));
  trellis_report_preset_parse (presets[index].name, &sections, NULL);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (button), sections == self->sections);
  self->preset_buttons[index] = button;
  return button;
}

/* The dialog's "Report" tab: which preset to print. */
static GtkWidget *
trellis_print_create_custom_widget (GtkPrintOperation *operation)
{
  TrellisPrint *self = TRELLIS_PRINT (operation);
  GtkWidget *box, *heading;

  if (!self->offer_presets)
    return NULL;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  heading = gtk_label_new (_("Sections to Print"));
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (box), heading);
  for (guint i = 0; i < G_N_ELEMENTS (presets); i++)
    gtk_box_append (GTK_BOX (box), new_preset_button (self, i, i > 0 ? self->preset_buttons[0] : NULL));
  gtk_accessible_update_relation (GTK_ACCESSIBLE (box),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, heading, NULL,
                                  -1);
  return box;
}

static void
trellis_print_custom_widget_apply (GtkPrintOperation *operation,
                                   GtkWidget         *widget)
{
  TrellisPrint *self = TRELLIS_PRINT (operation);

  for (guint i = 0; i < G_N_ELEMENTS (presets); i++)
    if (self->preset_buttons[i] != NULL &&
        gtk_check_button_get_active (GTK_CHECK_BUTTON (self->preset_buttons[i])))
      trellis_report_preset_parse (presets[i].name, &self->sections, NULL);
  memset (self->preset_buttons, 0, sizeof self->preset_buttons);
}

/* Once per print: the error comes from run () or from "done", or both. */
static void
show_error (TrellisPrint *self)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;

  if (self->error_shown)
    return;
  self->error_shown = TRUE;
  gtk_print_operation_get_error (GTK_PRINT_OPERATION (self), &error);
  dialog = adw_message_dialog_new (self->parent, _("Could not print"),
                                   error != NULL ? error->message : _("The printing system gave no reason."));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
trellis_print_done (GtkPrintOperation       *operation,
                    GtkPrintOperationResult  result)
{
  TrellisPrint *self = TRELLIS_PRINT (operation);

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_error (self);
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    g_set_object (&last_settings, gtk_print_operation_get_print_settings (operation));
  g_clear_object (&self->report);
  if (self->held)
    {
      self->held = FALSE;
      g_object_unref (self);
    }
}

static void
trellis_print_class_init (TrellisPrintClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->dispose = trellis_print_dispose;
  operation_class->begin_print = trellis_print_begin_print;
  operation_class->draw_page = trellis_print_draw_page;
  operation_class->create_custom_widget = trellis_print_create_custom_widget;
  operation_class->custom_widget_apply = trellis_print_custom_widget_apply;
  operation_class->done = trellis_print_done;
}

/* The paper and orientation last chosen, else the locale's paper. */
static GtkPageSetup *
new_default_page_setup (void)
{
  GtkPageSetup *setup = gtk_page_setup_new ();
  GtkPaperSize *last_paper = last_settings != NULL ? gtk_print_settings_get_paper_size (last_settings) : NULL;
  g_autoptr(GtkPaperSize) paper = NULL;

  if (last_paper != NULL)
    paper = last_paper;
  else
    paper = gtk_paper_size_new (trellis_paper_from_locale () == TRELLIS_PAPER_LETTER ? GTK_PAPER_NAME_LETTER
                                                                                      : GTK_PAPER_NAME_A4);
  gtk_page_setup_set_paper_size_and_default_margins (setup, paper);
  if (last_settings != NULL)
    gtk_page_setup_set_orientation (setup, gtk_print_settings_get_orientation (last_settings));
  return setup;
}

static void
trellis_print_init (TrellisPrint *self)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);
  g_autoptr(GtkPageSetup) setup = NULL;

  setup = new_default_page_setup ();
  gtk_print_operation_set_default_page_setup (operation, setup);
  if (last_settings != NULL)
    gtk_print_operation_set_print_settings (operation, last_settings);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  /* translators: the print dialog's tab where the report's sections are chosen */
  gtk_print_operation_set_custom_tab_label (operation, _("Report"));
}

/* "Cluster X: SWOT analysis", for the printer's queue and the PDF's name. */
static void
update_job_name (TrellisPrint *self)
{
  const char *title = NULL;
  g_autofree char *name = NULL;

  /* A report with its cover is the report; a board, its first section. */
  if (self->sections & TRELLIS_REPORT_COVER)
    title = _("Workshop report");
  for (guint bit = 1; (bit & TRELLIS_REPORT_ALL) != 0 && title == NULL; bit <<= 1)
    if (self->sections & bit)
      title = trellis_report_section_get_title (bit);
  /* translators: the print job's name: the project's name, then what is printed */
  name = g_strdup_printf (_("%s: %s"), trellis_project_get_name (self->project), title);
  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), name);
}

/**
 * trellis_print_new:
 * @sections: the sections of the workshop report to print
 *
 * Returns: (transfer full): a print of @sections of @project's report
 */
TrellisPrint *
trellis_print_new (TrellisProject        *project,
                   TrellisReportSections  sections)
{
  TrellisPrint *self;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (sections != 0, NULL);

  self = g_object_new (TRELLIS_TYPE_PRINT, NULL);
  self->project = g_object_ref (project);
  trellis_print_set_sections (self, sections);
  return self;
}

/**
 * trellis_print_new_for_view:
 *
 * A print of what @view shows: the sections of the report for its tool
 * (trellis_print_sections_for_tool()).  A tool the report has no section
 * for (the services) prints the workshop report, its preset offered in
 * the dialog.
 *
 * Returns: (transfer full): the print
 */
TrellisPrint *
trellis_print_new_for_view (TrellisProjectView *view)
{
  g_autofree char *path = NULL;
  TrellisReportSections sections;
  TrellisPrint *self;

  g_return_val_if_fail (TRELLIS_IS_PROJECT_VIEW (view), NULL);

  path = trellis_print_dup_shown_tool (view);
  sections = trellis_print_sections_for_tool (path);
  if (sections != 0)
    {
      GtkWidget *tool_view = path != NULL ? trellis_project_view_peek_tool_view (view, path) : NULL;

      self = trellis_print_new (trellis_project_view_get_project (view), sections);
      /* The board is judged on the day it shows, as its own report is. */
      if (tool_view != NULL && TRELLIS_IS_DASHBOARD_VIEW (tool_view))
        trellis_print_set_as_of (self, trellis_dashboard_view_get_as_of (TRELLIS_DASHBOARD_VIEW (tool_view)));
      return self;
    }

  trellis_report_preset_parse ("workshop", &sections, NULL);
  self = trellis_print_new (trellis_project_view_get_project (view), sections);
  trellis_print_set_offer_presets (self, TRUE);
  return self;
}

/**
 * trellis_print_get_sections:
 *
 * Returns: the sections printed (after the dialog: those chosen there)
 */
TrellisReportSections
trellis_print_get_sections (TrellisPrint *self)
{
  g_return_val_if_fail (TRELLIS_IS_PRINT (self), 0);

  return self->sections;
}

/**
 * trellis_print_set_sections:
 * @sections: the sections of the report to print, not none
 */
void
trellis_print_set_sections (TrellisPrint          *self,
                            TrellisReportSections  sections)
{
  g_return_if_fail (TRELLIS_IS_PRINT (self));
  g_return_if_fail (sections != 0);

  self->sections = sections;
  update_job_name (self);
}

/**
 * trellis_print_get_as_of:
 *
 * Returns: the day the lights and progress are judged on; 0 for today
 */
TrellisDay
trellis_print_get_as_of (TrellisPrint *self)
{
  g_return_val_if_fail (TRELLIS_IS_PRINT (self), TRELLIS_DAY_NONE);

  return self->as_of;
}

/**
 * trellis_print_set_as_of:
 * @as_of: the day to judge the lights and progress on, 0 for today
 */
void
trellis_print_set_as_of (TrellisPrint *self,
                         TrellisDay    as_of)
{
  g_return_if_fail (TRELLIS_IS_PRINT (self));

  self->as_of = as_of;
}

/**
 * trellis_print_set_offer_presets:
 * @offer: whether the print dialog has a "Report" tab to choose the
 *   workshop or the board preset, or everything
 */
void
trellis_print_set_offer_presets (TrellisPrint *self,
                                 gboolean      offer)
{
  g_return_if_fail (TRELLIS_IS_PRINT (self));

  self->offer_presets = !!offer;
}

/**
 * trellis_print_get_report:
 *
 * Returns: (transfer none) (nullable): the report being printed, laid out
 *   for the chosen paper; %NULL before begin-print and after the print
 */
TrellisWorkshopReport *
trellis_print_get_report (TrellisPrint *self)
{
  g_return_val_if_fail (TRELLIS_IS_PRINT (self), NULL);

  return self->report;
}

/**
 * trellis_print_run:
 * @action: %GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG in the window; EXPORT
 *   (with an export file name) prints to a PDF without a dialog
 * @parent: (nullable): the window the dialog and any error belong to
 *
 * Runs the print.  With the dialog, the print goes on after this returns.
 * An error is shown in a dialog over @parent, once.
 *
 * Returns: what gtk_print_operation_run() returns
 */
GtkPrintOperationResult
trellis_print_run (TrellisPrint            *self,
                   GtkPrintOperationAction  action,
                   GtkWindow               *parent)
{
  GtkPrintOperationResult result;

  g_return_val_if_fail (TRELLIS_IS_PRINT (self), GTK_PRINT_OPERATION_RESULT_ERROR);

  g_set_weak_pointer (&self->parent, parent);
  self->error_shown = FALSE;
  /* Kept alive until "done", which may come after this returns. */
  if (!self->held)
    {
      self->held = TRUE;
      g_object_ref (self);
    }
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (self),
                                       action == GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (self), action, parent, NULL);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_error (self);
  return result;
}

/**
 * trellis_print_sections_for_tool:
 * @path: (nullable): a tool, "page/tool" ("strategy/timeline"), or a page
 *   without tools ("overview")
 *
 * Returns: the sections of the workshop report that print what the tool
 *   shows; 0 if the report has none for it
 */
TrellisReportSections
trellis_print_sections_for_tool (const char *path)
{
  for (guint i = 0; i < G_N_ELEMENTS (tools); i++)
    if (g_strcmp0 (tools[i].path, path) == 0)
      return tools[i].sections;
  return 0;
}

/**
 * trellis_print_dup_shown_tool:
 *
 * Returns: (transfer full) (nullable): the tool @view shows,
 *   "page/tool", or the page's name for a page without tools
 */
char *
trellis_print_dup_shown_tool (TrellisProjectView *view)
{
  const char *page = trellis_project_view_get_page (view);
  const TrellisAppTool *tools_table;
  guint n_tools;

  if (page == NULL)
    return NULL;
  tools_table = trellis_app_get_tools (&n_tools);
  for (guint i = 0; i < n_tools; i++)
    {
      g_autofree char *path = NULL;
      GtkWidget *tool_view, *tool_page;

      if (!g_str_equal (tools_table[i].page_name, page))
        continue;
      path = trellis_app_tool_dup_path (&tools_table[i]);
      tool_view = trellis_project_view_peek_tool_view (view, path);
      tool_page = tool_view != NULL ? gtk_widget_get_ancestor (tool_view, TRELLIS_TYPE_TOOL_PAGE) : NULL;
      if (tool_page != NULL)
        return g_strconcat (page, "/", trellis_tool_page_get_view_name (TRELLIS_TOOL_PAGE (tool_page)), NULL);
    }
  return g_strdup (page);
}
