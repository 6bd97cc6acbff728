/* trellis-canvas-view-actions.c: the canvas view's actions, its dialogs and its exports
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The notes' cards, menus and keys go through these actions, with the
 * note's id as target, so every change is one step of the project's
 * history.  A read-only project keeps only the exports.
 */

#define G_LOG_DOMAIN "trellis-canvas-view"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-canvas-view-private.h"
#include "trellis-export-dialog.h"

/* Wide enough for a slide or a print at about 150 dpi */
#define PNG_WIDTH 2480

static TrellisCanvasNote *
lookup_note (TrellisCanvasView *self,
             GVariant          *uuid)
{
  TrellisItem *item = trellis_project_lookup (self->project, g_variant_get_string (uuid, NULL));

  return TRELLIS_IS_CANVAS_NOTE (item) ? TRELLIS_CANVAS_NOTE (item) : NULL;
}

static void
delete_note_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TrellisCanvasView *self = TRELLIS_CANVAS_VIEW (widget);
  TrellisCanvasNote *note = lookup_note (self, parameter);
  TrellisCanvasBoxWidget *box;
  GListModel *notes;
  g_autoptr(TrellisCanvasNote) next = NULL;
  guint index = 0;

  if (note == NULL || !self->editable)
    return;

  box = trellis_canvas_view_get_box (self, trellis_canvas_note_get_box (note));
  notes = trellis_canvas_box_widget_get_model (box);
  trellis_canvas_model_find (TRELLIS_CANVAS_MODEL (notes), note, &index);
  trellis_project_remove_item (self->project, TRELLIS_ITEM (note));

  /* The focus goes to the next note, or the last, or the entry of an empty box. */
  if (g_list_model_get_n_items (notes) > 0)
    next = g_list_model_get_item (notes, MIN (index, g_list_model_get_n_items (notes) - 1));
  if (next != NULL)
    trellis_canvas_box_widget_focus_note (box, next);
  else
    gtk_widget_grab_focus (GTK_WIDGET (trellis_canvas_box_widget_get_entry (box)));
}

static void
set_color_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  TrellisCanvasView *self = TRELLIS_CANVAS_VIEW (widget);
  g_autoptr(GVariant) uuid = g_variant_get_child_value (parameter, 0);
  TrellisCanvasNote *note = lookup_note (self, uuid);
  const char *color;
  double r, g, b;

  g_variant_get_child (parameter, 1, "&s", &color);
  if (note == NULL || !self->editable || !trellis_canvas_color_parse (color, &r, &g, &b))
    return;

  if (g_strcmp0 (trellis_canvas_note_get_color (note), color) != 0)
    trellis_canvas_note_set_color (note, color);
}

static void
move_note_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  TrellisCanvasView *self = TRELLIS_CANVAS_VIEW (widget);
  g_autoptr(GVariant) uuid = g_variant_get_child_value (parameter, 0);
  TrellisCanvasNote *note = lookup_note (self, uuid);
  int box, index;

  g_variant_get_child (parameter, 1, "i", &box);
  g_variant_get_child (parameter, 2, "i", &index);
  if (note == NULL || !self->editable || box < 0 || (guint) box >= trellis_enum_n_values (TRELLIS_TYPE_CANVAS_BOX))
    return;

  trellis_canvas_move_note (self->project, note, box, index < 0 ? G_MAXUINT : (guint) index);
  _trellis_canvas_view_focus_note (self, note);
}

/* One place earlier (-1) or later (+1) in its box. */
static void
shift_note_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  TrellisCanvasView *self = TRELLIS_CANVAS_VIEW (widget);
  g_autoptr(GVariant) uuid = g_variant_get_child_value (parameter, 0);
  TrellisCanvasNote *note = lookup_note (self, uuid);
  TrellisCanvasModel *notes;
  TrellisCanvasBox box;
  guint index;
  int delta;

  g_variant_get_child (parameter, 1, "i", &delta);
  if (note == NULL || !self->editable)
    return;

  box = trellis_canvas_note_get_box (note);
  notes = TRELLIS_CANVAS_MODEL (trellis_canvas_box_widget_get_model (trellis_canvas_view_get_box (self, box)));
  if (!trellis_canvas_model_find (notes, note, &index) || (delta < 0 && index == 0)
      || (delta > 0 && index + 1 >= g_list_model_get_n_items (G_LIST_MODEL (notes))))
    return;

  trellis_canvas_move_note (self->project, note, box, delta < 0 ? index - 1 : index + 1);
  _trellis_canvas_view_focus_note (self, note);
}

/* New version */

typedef struct
{
  AdwEntryRow *name;
  AdwEntryRow *date;
  GtkSwitch   *copy;
} VersionForm;

static gboolean
form_is_valid (VersionForm *form)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (form->name))));
  const char *date = gtk_editable_get_text (GTK_EDITABLE (form->date));

  return name[0] != '\0' && (date[0] == '\0' || trellis_canvas_date_is_valid (date));
}

static void
on_form_changed_cb (AdwMessageDialog *dialog)
{
  VersionForm *form = g_object_get_data (G_OBJECT (dialog), "form");
  const char *date = gtk_editable_get_text (GTK_EDITABLE (form->date));

  adw_message_dialog_set_response_enabled (dialog, "create", form_is_valid (form));
  if (date[0] == '\0' || trellis_canvas_date_is_valid (date))
    gtk_widget_remove_css_class (GTK_WIDGET (form->date), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (form->date), "error");
}

static void
on_version_dialog_response_cb (AdwMessageDialog  *dialog,
                               const char        *response,
                               TrellisCanvasView *self)
{
  VersionForm *form = g_object_get_data (G_OBJECT (dialog), "form");
  g_autofree char *name = NULL;
  const char *date;
  TrellisCanvasVersion *version;

  if (g_strcmp0 (response, "create") != 0 || !form_is_valid (form) || !self->editable)
    return;

  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (form->name))));
  date = gtk_editable_get_text (GTK_EDITABLE (form->date));
  version = trellis_canvas_add_version (self->project, name, date[0] != '\0' ? date : NULL,
                                        gtk_switch_get_active (form->copy), self->version);
  trellis_canvas_view_set_version (self, version);
}

static GtkWidget *
build_version_form (TrellisCanvasView *self,
                    VersionForm       *form)
{
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *copy_row = adw_action_row_new ();
  g_autofree char *today = trellis_date_format (trellis_date_today ());
  g_autofree char *shown = NULL;
  g_autofree char *copy_title = NULL;

  form->name = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (form->name), _("Name"));
  form->date = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (form->date), _("Date (YYYY-MM-DD)"));
  gtk_editable_set_text (GTK_EDITABLE (form->date), today);

  shown = self->version != NULL ? g_strdup (trellis_canvas_version_get_name (self->version))
                                 : g_strdup (C_("canvas version", "As Is"));
  /* translators: %s is the name of a canvas version, such as "As Is" */
  copy_title = g_strdup_printf (_("Start with the notes of “%s”"), shown);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (copy_row), copy_title);
  form->copy = GTK_SWITCH (gtk_switch_new ());
  gtk_switch_set_active (form->copy, TRUE);
  gtk_widget_set_valign (GTK_WIDGET (form->copy), GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (copy_row), GTK_WIDGET (form->copy));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (copy_row), GTK_WIDGET (form->copy));

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (form->name));
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (form->date));
  gtk_list_box_append (GTK_LIST_BOX (list), copy_row);
  return list;
}

static void
new_version_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TrellisCanvasView *self = TRELLIS_CANVAS_VIEW (widget);
  VersionForm *form = g_new0 (VersionForm, 1);
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), _("New Canvas Version"),
                                   _("A named, dated version of the canvas, such as the one the cluster "
                                     "aims for in three years."));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), build_version_form (self, form));
  g_object_set_data_full (G_OBJECT (dialog), "form", form, g_free);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "create", _("C_reate"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "create", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "create");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_swapped (form->name, "changed", G_CALLBACK (on_form_changed_cb), dialog);
  g_signal_connect_swapped (form->date, "changed", G_CALLBACK (on_form_changed_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_version_dialog_response_cb), self, 0);
  on_form_changed_cb (ADW_MESSAGE_DIALOG (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (GTK_WIDGET (form->name));
}

/* Export */

static gboolean
write_png (GFile    *file,
           gpointer  user_data,
           GError  **error)
{
  TrellisCanvasView *self = user_data;

  return trellis_canvas_poster_write_png (self->project, self->version, file, PNG_WIDTH, error);
}

static gboolean
write_pdf (GFile    *file,
           gpointer  user_data,
           GError  **error)
{
  TrellisCanvasView *self = user_data;

  return trellis_canvas_poster_write_pdf (self->project, self->version, file, error);
}

/**
 * trellis_canvas_view_export:
 *
 * Writes the version shown as a poster to @file; says why in a dialog if
 * it cannot.
 *
 * Returns: %FALSE if the file could not be written
 */
gboolean
trellis_canvas_view_export (TrellisCanvasView         *self,
                            TrellisCanvasExportFormat  format,
                            GFile                     *file)
{
  g_return_val_if_fail (TRELLIS_IS_CANVAS_VIEW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  return trellis_export_write (GTK_WIDGET (self), file,
                               format == TRELLIS_CANVAS_EXPORT_PDF ? write_pdf : write_png, self);
}

static void
run_export (TrellisCanvasView         *self,
            TrellisCanvasExportFormat  format)
{
  gboolean pdf = format == TRELLIS_CANVAS_EXPORT_PDF;
  g_autofree char *name = g_strconcat (trellis_project_get_name (self->project), "-canvas",
                                       pdf ? ".pdf" : ".png", NULL);

  trellis_export_dialog_run (GTK_WIDGET (self), pdf ? _("Export as PDF Poster") : _("Export as PNG"),
                             pdf ? _("PDF Documents") : _("PNG Images"), pdf ? "application/pdf" : "image/png",
                             pdf ? ".pdf" : ".png", name, pdf ? write_pdf : write_png,
                             g_object_ref (self), g_object_unref);
}

static void
export_png_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  run_export (TRELLIS_CANVAS_VIEW (widget), TRELLIS_CANVAS_EXPORT_PNG);
}

static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  run_export (TRELLIS_CANVAS_VIEW (widget), TRELLIS_CANVAS_EXPORT_PDF);
}

void
_trellis_canvas_view_update_actions (TrellisCanvasView *self)
{
  const char *edits[] = { "canvas.new-version", "canvas.delete-note", "canvas.set-color",
                          "canvas.move-note", "canvas.shift-note" };

  g_assert (TRELLIS_IS_CANVAS_VIEW (self));

  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), edits[i], self->editable);
}

void
_trellis_canvas_view_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "canvas.new-version", NULL, new_version_action);
  gtk_widget_class_install_action (widget_class, "canvas.export-png", NULL, export_png_action);
  gtk_widget_class_install_action (widget_class, "canvas.export-pdf", NULL, export_pdf_action);
  gtk_widget_class_install_action (widget_class, "canvas.delete-note", "s", delete_note_action);
  gtk_widget_class_install_action (widget_class, "canvas.set-color", "(ss)", set_color_action);
  gtk_widget_class_install_action (widget_class, "canvas.move-note", "(sii)", move_note_action);
  gtk_widget_class_install_action (widget_class, "canvas.shift-note", "(si)", shift_note_action);
  gtk_widget_class_install_property_action (widget_class, "canvas.large-type", "large-type");
}
