/* trellis-export-options-dialog.c: what to export (CSV, iCalendar, Markdown, the workshop report), then where
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One small dialog for every export of the core: the format, and what
 * that format needs (the kind of item of a CSV file, the sections and the
 * paper of the report).  Export… closes it and asks where, through the
 * chooser every export shares (trellis-export-dialog.c), which adds the
 * extension and says why a file could not be written; a toast of the
 * window names the file written.
 */

#define G_LOG_DOMAIN "trellis-export-options-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-csv-export.h"
#include "trellis-export-dialog.h"
#include "trellis-export-options-dialog.h"
#include "trellis-ics.h"
#include "trellis-import.h"
#include "trellis-exchange.h"
#include "trellis-markdown.h"
#include "trellis-window.h"

struct _TrellisExportOptionsDialog
{
  AdwWindow       parent_instance;

  TrellisProject *project;
  GtkWindow      *parent;   /* weak */

  /* Template widgets */
  AdwComboRow    *format_row;
  AdwComboRow    *kind_row;
  AdwComboRow    *preset_row;
  AdwComboRow    *paper_row;
  GtkLabel       *description_label;
  GtkWidget      *export_button;
};

G_DEFINE_FINAL_TYPE (TrellisExportOptionsDialog, trellis_export_options_dialog, ADW_TYPE_WINDOW)

/* In the order of TrellisExportFormat and of the format row. */
static const struct
{
  const char *title;
  const char *filter_name;
  const char *mime_type;
  const char *extension;
  const char *description;
} formats[] = {
  { N_("Export as CSV"), N_("CSV Files"), "text/csv", ".csv",
    N_("The items of one kind, a row each, with the fields’ names as the header: any spreadsheet "
       "opens it, and Import reads it back.") },
  { N_("Export as iCalendar"), N_("Calendar Files"), "text/calendar", ".ics",
    N_("Milestones as all-day events, and actions with a due date as to-dos with their owner and "
       "goal. A calendar that subscribes to the file is updated by the next export, not duplicated.") },
  { N_("Export as Markdown"), N_("Markdown Files"), "text/markdown", ".md",
    N_("A short summary of the project as plain text, for a mail or a wiki.") },
  { N_("Export the Workshop Report"), N_("PDF Documents"), "application/pdf", ".pdf",
    N_("The project as one report with a cover, contents and page numbers, in the language of the "
       "interface.") },
};

/* In the order of the sections row. */
static const char *const presets[] = { "workshop", "board", "all" };

/* What one export writes: read from the dialog as Export… is pressed. */
typedef struct
{
  TrellisProject        *project;
  GtkWindow             *window;
  TrellisExportFormat    format;
  GType                  item_type;
  TrellisReportSections  sections;
  TrellisPaper           paper;
} Request;

static void
request_free (Request *request)
{
  g_clear_object (&request->project);
  g_clear_object (&request->window);
  g_free (request);
}

static gboolean
write_pdf (Request  *request,
           GFile    *file,
           GError  **error)
{
  TrellisWorkshopReportOptions options;
  g_autoptr(TrellisWorkshopReport) report = NULL;

  trellis_workshop_report_options_init (&options);
  options.sections = request->sections;
  options.paper = request->paper;
  report = trellis_workshop_report_new (request->project, &options);
  return trellis_workshop_report_write_pdf (report, file, error);
}

static gboolean
write_request (GFile     *file,
               gpointer   user_data,
               GError   **error)
{
  Request *request = user_data;
  gboolean written = FALSE;

  switch (request->format)
    {
    case TRELLIS_EXPORT_CSV:
      written = trellis_csv_export_to_file (request->project, request->item_type, file, error);
      break;
    case TRELLIS_EXPORT_ICS:
      written = trellis_ics_write_file (request->project, file, error);
      break;
    case TRELLIS_EXPORT_MARKDOWN:
      written = trellis_markdown_write_file (request->project, trellis_date_today (), file, error);
      break;
    case TRELLIS_EXPORT_PDF:
      written = write_pdf (request, file, error);
      break;
    default:
      g_assert_not_reached ();
    }
  if (written && TRELLIS_IS_WINDOW (request->window))
    {
      g_autofree char *basename = g_file_get_basename (file);
      g_autofree char *name = g_filename_display_name (basename);
      /* translators: a toast; %s is the name of the file written */
      g_autofree char *message = g_strdup_printf (_("Exported “%s”"), name);

      trellis_window_add_toast (TRELLIS_WINDOW (request->window), message);
    }
  return written;
}

static const char *
selected_kind (TrellisExportOptionsDialog *self)
{
  return trellis_import_list_kinds ()[adw_combo_row_get_selected (self->kind_row)];
}

static Request *
new_request (TrellisExportOptionsDialog *self)
{
  Request *request = g_new0 (Request, 1);

  request->project = g_object_ref (self->project);
  request->window = self->parent != NULL ? g_object_ref (self->parent) : NULL;
  request->format = adw_combo_row_get_selected (self->format_row);
  request->item_type = trellis_import_kind_to_type (selected_kind (self));
  /* The presets of the row are the core's own names: they parse. */
  trellis_report_preset_parse (presets[adw_combo_row_get_selected (self->preset_row)],
                               &request->sections, NULL);
  request->paper = adw_combo_row_get_selected (self->paper_row) == 1 ? TRELLIS_PAPER_LETTER : TRELLIS_PAPER_A4;
  return request;
}

/* "Plastics Valley - Stakeholders", "Plastics Valley - Workshop Report". */
static char *
suggest_name (TrellisExportOptionsDialog *self,
              TrellisExportFormat         format)
{
  const char *name = trellis_project_get_name (self->project);
  const char *what = NULL;

  if (format == TRELLIS_EXPORT_CSV)
    what = trellis_exchange_kind_title (selected_kind (self));
  else if (format == TRELLIS_EXPORT_PDF)
    what = _("Workshop Report");
  if (what == NULL)
    return g_strconcat (name, formats[format].extension, NULL);
  /* translators: a file's name: the project, then what the file holds */
  return g_strdup_printf (_("%s - %s%s"), name, what, formats[format].extension);
}

static void
choose_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TrellisExportOptionsDialog *self = TRELLIS_EXPORT_OPTIONS_DIALOG (widget);
  TrellisExportFormat format = adw_combo_row_get_selected (self->format_row);
  g_autofree char *name = suggest_name (self, format);
  GtkWidget *parent = self->parent != NULL ? GTK_WIDGET (self->parent) : widget;

  trellis_export_dialog_run (parent, _(formats[format].title), _(formats[format].filter_name),
                             formats[format].mime_type, formats[format].extension, name,
                             write_request, new_request (self), (GDestroyNotify) request_free);
  if (parent != widget)
    gtk_window_close (GTK_WINDOW (self));
}

static void
on_format_row_selected_cb (TrellisExportOptionsDialog *self)
{
  TrellisExportFormat format = adw_combo_row_get_selected (self->format_row);

  if (format >= G_N_ELEMENTS (formats))
    return;
  gtk_widget_set_visible (GTK_WIDGET (self->kind_row), format == TRELLIS_EXPORT_CSV);
  gtk_widget_set_visible (GTK_WIDGET (self->preset_row), format == TRELLIS_EXPORT_PDF);
  gtk_widget_set_visible (GTK_WIDGET (self->paper_row), format == TRELLIS_EXPORT_PDF);
  gtk_label_set_text (self->description_label, _(formats[format].description));
}

static void
trellis_export_options_dialog_dispose (GObject *object)
{
  TrellisExportOptionsDialog *self = TRELLIS_EXPORT_OPTIONS_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TRELLIS_TYPE_EXPORT_OPTIONS_DIALOG);
  g_clear_object (&self->project);
  g_clear_weak_pointer (&self->parent);

  G_OBJECT_CLASS (trellis_export_options_dialog_parent_class)->dispose (object);
}

static void
trellis_export_options_dialog_class_init (TrellisExportOptionsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trellis_export_options_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/trellis/Trellis/ui/trellis-export-options-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TrellisExportOptionsDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, TrellisExportOptionsDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, TrellisExportOptionsDialog, preset_row);
  gtk_widget_class_bind_template_child (widget_class, TrellisExportOptionsDialog, paper_row);
  gtk_widget_class_bind_template_child (widget_class, TrellisExportOptionsDialog, description_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisExportOptionsDialog, export_button);
  gtk_widget_class_bind_template_callback (widget_class, on_format_row_selected_cb);

  gtk_widget_class_install_action (widget_class, "export.choose", NULL, choose_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
trellis_export_options_dialog_init (TrellisExportOptionsDialog *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  const char * const *names = trellis_import_list_kinds ();
  AdwComboRow *rows[4];

  gtk_widget_init_template (GTK_WIDGET (self));
  rows[0] = self->format_row;
  rows[1] = self->kind_row;
  rows[2] = self->preset_row;
  rows[3] = self->paper_row;

  for (guint i = 0; names[i] != NULL; i++)
    gtk_string_list_append (kinds, trellis_exchange_kind_title (names[i]));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  adw_combo_row_set_selected (self->paper_row, trellis_paper_from_locale () == TRELLIS_PAPER_LETTER);
  /* The rows' titles name them; said again for GTK 4.8, which does not. */
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    gtk_accessible_update_property (GTK_ACCESSIBLE (rows[i]), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    adw_preferences_row_get_title (ADW_PREFERENCES_ROW (rows[i])), -1);
  on_format_row_selected_cb (self);
}

/**
 * trellis_export_options_dialog_new:
 * @parent: the window the dialog belongs to, and whose toast names the file written
 * @kind: the kind of item a CSV file holds at first ("stakeholders")
 *
 * Returns: (transfer none): the dialog, not shown yet, with CSV chosen
 */
GtkWidget *
trellis_export_options_dialog_new (GtkWindow      *parent,
                                   TrellisProject *project,
                                   const char     *kind)
{
  TrellisExportOptionsDialog *self;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);

  self = g_object_new (TRELLIS_TYPE_EXPORT_OPTIONS_DIALOG, "transient-for", parent, NULL);
  self->project = g_object_ref (project);
  g_set_weak_pointer (&self->parent, parent);
  trellis_export_options_dialog_set_kind (self, kind);
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->format_row));
  return GTK_WIDGET (self);
}

/**
 * trellis_export_options_dialog_set_format:
 *
 * Chooses @format, as its row would.
 */
void
trellis_export_options_dialog_set_format (TrellisExportOptionsDialog *self,
                                          TrellisExportFormat         format)
{
  g_return_if_fail (TRELLIS_IS_EXPORT_OPTIONS_DIALOG (self));
  g_return_if_fail (format < G_N_ELEMENTS (formats));

  adw_combo_row_set_selected (self->format_row, format);
}

/**
 * trellis_export_options_dialog_set_kind:
 * @kind: a kind of trellis_import_list_kinds()
 *
 * Returns: %FALSE if @kind is not one; the row then keeps its choice
 */
gboolean
trellis_export_options_dialog_set_kind (TrellisExportOptionsDialog *self,
                                        const char                 *kind)
{
  guint index = trellis_exchange_kind_index (kind);

  g_return_val_if_fail (TRELLIS_IS_EXPORT_OPTIONS_DIALOG (self), FALSE);

  if (index == GTK_INVALID_LIST_POSITION)
    return FALSE;
  adw_combo_row_set_selected (self->kind_row, index);
  return TRUE;
}

/**
 * trellis_export_options_dialog_set_preset:
 * @preset: "workshop", "board" or "all"
 *
 * Returns: %FALSE if @preset is none of them
 */
gboolean
trellis_export_options_dialog_set_preset (TrellisExportOptionsDialog *self,
                                          const char                 *preset)
{
  g_return_val_if_fail (TRELLIS_IS_EXPORT_OPTIONS_DIALOG (self), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (presets); i++)
    if (g_strcmp0 (presets[i], preset) == 0)
      {
        adw_combo_row_set_selected (self->preset_row, i);
        return TRUE;
      }
  return FALSE;
}

/**
 * trellis_export_options_dialog_set_paper:
 *
 * Chooses the paper of the report, as its row would.
 */
void
trellis_export_options_dialog_set_paper (TrellisExportOptionsDialog *self,
                                         TrellisPaper                paper)
{
  g_return_if_fail (TRELLIS_IS_EXPORT_OPTIONS_DIALOG (self));

  adw_combo_row_set_selected (self->paper_row, paper == TRELLIS_PAPER_LETTER ? 1 : 0);
}

/**
 * trellis_export_options_dialog_export_to:
 *
 * Writes what the dialog says to @file, as Export… does once a file is
 * chosen (the tests' way past the file chooser).
 *
 * Returns: %FALSE if it could not be written; a dialog then says why
 */
gboolean
trellis_export_options_dialog_export_to (TrellisExportOptionsDialog *self,
                                         GFile                      *file)
{
  Request *request;
  gboolean written;

  g_return_val_if_fail (TRELLIS_IS_EXPORT_OPTIONS_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  request = new_request (self);
  written = trellis_export_write (GTK_WIDGET (self), file, write_request, request);
  request_free (request);
  return written;
}
