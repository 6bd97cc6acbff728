/* trellis-workshop-log-dialog.c: what a workshop session changed
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row per item the session added, changed or removed (the lines of
 * the running session's TrellisWorkshopLog, or of a past session read from
 * the project), kept up to date while the session runs; Export Minutes
 * writes trellis_workshop_minutes_to_string () to a Markdown file.
 */

#define G_LOG_DOMAIN "trellis-workshop-log-dialog"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "trellis-workshop-log-dialog.h"

struct _TrellisWorkshopLogDialog
{
  AdwWindow               parent_instance;

  TrellisProject         *project;
  TrellisWorkshopSession *session;
  GListModel             *changes;

  /* Template widgets */
  AdwWindowTitle         *window_title;
  GtkStack               *stack;
  GtkListView            *list_view;
};

G_DEFINE_FINAL_TYPE (TrellisWorkshopLogDialog, trellis_workshop_log_dialog, ADW_TYPE_WINDOW)

static const char *
describe_change (const char *change)
{
  if (g_strcmp0 (change, TRELLIS_WORKSHOP_ADDED) == 0)
    return _("Added");
  if (g_strcmp0 (change, TRELLIS_WORKSHOP_REMOVED) == 0)
    return _("Removed");
  return _("Changed");
}

/* "09:42  Changed  action: Visit firms — due, status" */
static void
sync_row (GtkLabel              *label,
          GParamSpec            *pspec,
          TrellisWorkshopChange *change)
{
  const char *time = trellis_workshop_change_get_time (change);
  g_autofree char *fields = trellis_workshop_change_describe_fields (change);
  g_autoptr(GString) text = g_string_new (NULL);

  /* HH:MM of YYYY-MM-DDTHH:MM:SSZ (UTC, as in the file) */
  g_string_append_printf (text, "%.5s  %s  %s: %s", time != NULL && strlen (time) >= 16 ? time + 11 : "",
                          describe_change (trellis_workshop_change_get_change (change)),
                          trellis_workshop_describe_kind (trellis_workshop_change_get_item_type (change)),
                          trellis_workshop_change_get_title (change));
  if (*fields != '\0')
    g_string_append_printf (text, " — %s", fields);
  gtk_label_set_text (label, text->str);
}

static void
on_factory_setup_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_list_item_set_child (list_item, label);
}

static void
on_factory_bind_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item)
{
  TrellisWorkshopChange *change = gtk_list_item_get_item (list_item);
  GtkWidget *label = gtk_list_item_get_child (list_item);

  sync_row (GTK_LABEL (label), NULL, change);
  /* A line changes when the item is edited again. */
  g_signal_connect_object (change, "notify", G_CALLBACK (sync_row), label, G_CONNECT_SWAPPED);
}

static void
on_factory_unbind_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *list_item)
{
  g_signal_handlers_disconnect_by_func (gtk_list_item_get_item (list_item), sync_row,
                                        gtk_list_item_get_child (list_item));
}

static void
on_changes_items_changed_cb (TrellisWorkshopLogDialog *self)
{
  gtk_stack_set_visible_child_name (self->stack, g_list_model_get_n_items (self->changes) > 0
                                                 ? "list" : "empty");
}

static void
on_export_response_cb (TrellisWorkshopLogDialog *self,
                       int                       response,
                       GtkNativeDialog          *native)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
  gtk_native_dialog_destroy (native);
  g_object_unref (native);
  if (file == NULL)
    return;
  if (!trellis_workshop_minutes_write_file (self->project, self->session, file, &error))
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Minutes Not Saved"),
                                                  error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TrellisWorkshopLogDialog *self = TRELLIS_WORKSHOP_LOG_DIALOG (widget);
  GtkFileChooserNative *native;
  g_autofree char *name = NULL;

  native = gtk_file_chooser_native_new (_("Export Minutes"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  /* translators: a file name; %s is the workshop's name */
  name = g_strdup_printf (_("Minutes of %s.md"), trellis_workshop_session_get_name (self->session));
  g_strdelimit (name, "/\\:", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  g_signal_connect_object (native, "response", G_CALLBACK (on_export_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
trellis_workshop_log_dialog_dispose (GObject *object)
{
  TrellisWorkshopLogDialog *self = TRELLIS_WORKSHOP_LOG_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TRELLIS_TYPE_WORKSHOP_LOG_DIALOG);
  g_clear_object (&self->project);
  g_clear_object (&self->session);
  g_clear_object (&self->changes);

  G_OBJECT_CLASS (trellis_workshop_log_dialog_parent_class)->dispose (object);
}

static void
trellis_workshop_log_dialog_class_init (TrellisWorkshopLogDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trellis_workshop_log_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/trellis/Trellis/ui/"
                                               "trellis-workshop-log-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TrellisWorkshopLogDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, TrellisWorkshopLogDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, TrellisWorkshopLogDialog, list_view);
  gtk_widget_class_install_action (widget_class, "workshop-log.export", NULL, export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
trellis_workshop_log_dialog_init (TrellisWorkshopLogDialog *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (factory, "setup", G_CALLBACK (on_factory_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_factory_bind_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_factory_unbind_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
}

/**
 * trellis_workshop_log_dialog_new:
 * @changes: the lines to show (#TrellisWorkshopChange): the running
 *   session's list model, or a store of a past session's lines
 *
 * Returns: (transfer none): a new dialog, owned by GTK until it is destroyed
 */
GtkWidget *
trellis_workshop_log_dialog_new (GtkWindow              *parent,
                                 TrellisProject         *project,
                                 TrellisWorkshopSession *session,
                                 GListModel             *changes)
{
  TrellisWorkshopLogDialog *self = g_object_new (TRELLIS_TYPE_WORKSHOP_LOG_DIALOG,
                                                 "transient-for", parent, NULL);
  GtkNoSelection *selection;

  self->project = g_object_ref (project);
  self->session = g_object_ref (session);
  self->changes = g_object_ref (changes);
  adw_window_title_set_subtitle (self->window_title, trellis_workshop_session_get_name (session));
  selection = gtk_no_selection_new (g_object_ref (changes));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
  g_signal_connect_object (changes, "items-changed", G_CALLBACK (on_changes_items_changed_cb), self,
                           G_CONNECT_SWAPPED);
  on_changes_items_changed_cb (self);
  return GTK_WIDGET (self);
}
