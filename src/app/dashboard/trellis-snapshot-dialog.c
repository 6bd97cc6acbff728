/* trellis-snapshot-dialog.c: the date and title of a new snapshot
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Asks the day (today), a title (a suggestion after the quarter) and an
 * optional note, then records the snapshot (trellis_status_take_snapshot)
 * and says in a toast of the window how many lights it recorded.  A bad
 * date is said in the dialog, which stays open.
 */

#define G_LOG_DOMAIN "trellis-snapshot-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-snapshot-dialog.h"
#include "trellis-window.h"
#include "trellis-locale-format.h"

struct _TrellisSnapshotDialog
{
  AdwWindow       parent_instance;

  TrellisProject *project;
  GtkWindow      *parent;   /* weak */

  AdwEntryRow    *date_row;
  AdwEntryRow    *title_row;
  AdwEntryRow    *note_row;
  GtkLabel       *error_label;
  GtkLabel       *ending_label;  /* the overrides the snapshot ends */
};

G_DEFINE_FINAL_TYPE (TrellisSnapshotDialog, trellis_snapshot_dialog, ADW_TYPE_WINDOW)

static char *
dup_stripped_text (gpointer editable)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (editable))));
}

/**
 * trellis_snapshot_dialog_suggest_title:
 * @day: a day
 *
 * Returns: (transfer full): a title for a snapshot of that day, after its
 *   quarter: "Q4 2026 report to the board"; empty for no day
 */
char *
trellis_snapshot_dialog_suggest_title (TrellisDay day)
{
  unsigned d, month, year;

  if (!trellis_date_to_dmy (day, &d, &month, &year))
    return g_strdup ("");
  /* translators: the quarter (1 to 4) and the year of a report */
  return g_strdup_printf (_("Q%d %d report to the board"), (int) (month - 1) / 3 + 1, (int) year);
}

static void
take_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TrellisSnapshotDialog *self = TRELLIS_SNAPSHOT_DIALOG (widget);
  g_autofree char *date = dup_stripped_text (self->date_row);
  g_autofree char *title = dup_stripped_text (self->title_row);
  g_autofree char *note = dup_stripped_text (self->note_row);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) ending = trellis_status_list_ending_overrides (self->project, date);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  TrellisSnapshot *snapshot;

  snapshot = trellis_status_take_snapshot (self->project, date, title, note, &error);
  if (snapshot == NULL)
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }

  entries = trellis_snapshot_list_entries (self->project, snapshot);
  /* translators: %u is a number of lights, %s a date */
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Snapshot of %2$s taken: %1$u light recorded",
                                          "Snapshot of %2$s taken: %1$u lights recorded", entries->len),
                             entries->len, date);
  if (ending->len > 0)
    {
      g_autofree char *lights = g_steal_pointer (&message);

      /* translators: the toast after a snapshot, then how many overrides it ended */
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s; %u override ended", "%s; %u overrides ended",
                                              ending->len),
                                 lights, ending->len);
    }
  if (TRELLIS_IS_WINDOW (self->parent))
    trellis_window_add_toast (TRELLIS_WINDOW (self->parent), message);
  gtk_window_close (GTK_WINDOW (self));
}

/* Says which overrides a snapshot of @date would end, so that nobody's
 * explanation disappears unnoticed before a board meeting. */
static void
update_ending (TrellisSnapshotDialog *self,
               const char            *date)
{
  g_autoptr(GPtrArray) ending = trellis_status_list_ending_overrides (self->project, date);
  g_autoptr(GString) text = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->ending_label), ending->len > 0);
  if (ending->len == 0)
    return;

  text = g_string_new (g_dngettext (GETTEXT_PACKAGE,
                                    "This snapshot records and then ends this override; set it again "
                                    "afterwards if it still holds:",
                                    "This snapshot records and then ends these overrides; set them again "
                                    "afterwards if they still hold:",
                                    ending->len));
  for (guint i = 0; i < ending->len; i++)
    {
      TrellisStatusOverride *override = TRELLIS_STATUS_OVERRIDE (g_ptr_array_index (ending, i));
      g_autofree char *title = trellis_item_dup_label (trellis_status_override_get_target (override));
      const char *author = trellis_status_override_get_author (override);
      g_autofree char *date = trellis_format_date (trellis_status_override_get_date (override));

      /* translators: an override in the snapshot dialog: the item, its light, who set it and when */
      g_string_append_printf (text, _("\n• %s: %s, set by %s on %s"), title,
                              trellis_enum_label (TRELLIS_TYPE_LIGHT, trellis_status_override_get_light (override)),
                              author != NULL && *author != '\0' ? author : _("someone"),
                              date != NULL ? date : "?");
    }
  gtk_label_set_text (self->ending_label, text->str);
}

static void
update_actions (TrellisSnapshotDialog *self)
{
  g_autofree char *date = dup_stripped_text (self->date_row);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "snapshot.take", date[0] != '\0');
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  if (self->project != NULL)
    update_ending (self, date);
}

static void
trellis_snapshot_dialog_dispose (GObject *object)
{
  TrellisSnapshotDialog *self = TRELLIS_SNAPSHOT_DIALOG (object);

  g_clear_object (&self->project);
  g_clear_weak_pointer (&self->parent);

  G_OBJECT_CLASS (trellis_snapshot_dialog_parent_class)->dispose (object);
}

static void
trellis_snapshot_dialog_class_init (TrellisSnapshotDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trellis_snapshot_dialog_dispose;

  gtk_widget_class_install_action (widget_class, "snapshot.take", NULL, take_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static GtkWidget *
new_entry_row (const char *title,
               const char *text,
               const char *name)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  gtk_widget_set_name (row, name);
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
  return row;
}

static GtkWidget *
build_header (TrellisSnapshotDialog *self)
{
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *take = gtk_button_new_with_mnemonic (_("_Take Snapshot"));

  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (take), "snapshot.take");
  gtk_widget_set_name (take, "take-button");
  gtk_widget_add_css_class (take, "suggested-action");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), take);
  gtk_window_set_default_widget (GTK_WINDOW (self), take);
  return header;
}

static void
trellis_snapshot_dialog_init (TrellisSnapshotDialog *self)
{
  TrellisDay day = trellis_date_today ();
  g_autofree char *today = trellis_date_format (day);
  g_autofree char *title = trellis_snapshot_dialog_suggest_title (day);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *error_label = gtk_label_new (NULL);

  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);
  gtk_window_set_title (GTK_WINDOW (self), _("Take Snapshot"));
  gtk_window_set_default_size (GTK_WINDOW (self), 520, -1);
  gtk_box_append (GTK_BOX (box), build_header (self));

  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Records the light of every goal, indicator, action and milestone "
                                           "and of the project, and every indicator’s value, as they stand "
                                           "on the day. Overrides set before that day end with it."));
  self->date_row = ADW_ENTRY_ROW (new_entry_row (_("Date"), today, "date-row"));
  self->title_row = ADW_ENTRY_ROW (new_entry_row (_("Title"), title, "title-row"));
  self->note_row = ADW_ENTRY_ROW (new_entry_row (_("Note (Optional)"), NULL, "note-row"));
  g_signal_connect_object (self->date_row, "changed", G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->date_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->title_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->note_row));
  gtk_box_append (GTK_BOX (content), group);

  self->error_label = GTK_LABEL (error_label);
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_xalign (self->error_label, 0);
  gtk_widget_add_css_class (error_label, "error");
  gtk_widget_set_visible (error_label, FALSE);
  gtk_box_append (GTK_BOX (content), error_label);

  self->ending_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_name (GTK_WIDGET (self->ending_label), "ending-overrides");
  gtk_label_set_wrap (self->ending_label, TRUE);
  gtk_label_set_xalign (self->ending_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->ending_label), "warning");
  gtk_widget_set_visible (GTK_WIDGET (self->ending_label), FALSE);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->ending_label));

  gtk_widget_set_margin_top (content, 24);
  gtk_widget_set_margin_bottom (content, 24);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 520);
  adw_clamp_set_child (ADW_CLAMP (clamp), content);
  gtk_box_append (GTK_BOX (box), clamp);
  adw_window_set_content (ADW_WINDOW (self), box);
  update_actions (self);
}

/**
 * trellis_snapshot_dialog_present:
 * @parent: the window of @project; a TrellisWindow shows the toast
 *
 * Asks for the date, title and note of a snapshot of @project and takes it.
 */
void
trellis_snapshot_dialog_present (GtkWindow      *parent,
                                 TrellisProject *project)
{
  TrellisSnapshotDialog *self;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (TRELLIS_IS_PROJECT (project));

  self = g_object_new (TRELLIS_TYPE_SNAPSHOT_DIALOG, NULL);
  self->project = g_object_ref (project);
  g_set_weak_pointer (&self->parent, parent);
  update_actions (self);
  gtk_window_set_transient_for (GTK_WINDOW (self), parent);
  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->date_row));
}

/**
 * trellis_snapshot_dialog_take_snapshot_action:
 * @widget: a TrellisWindow showing a project
 *
 * The handler of the window action win.take-snapshot.
 */
void
trellis_snapshot_dialog_take_snapshot_action (GtkWidget  *widget,
                                              const char *action_name,
                                              GVariant   *parameter)
{
  TrellisProject *project = trellis_window_get_project (TRELLIS_WINDOW (widget));

  if (project != NULL && !trellis_window_get_read_only (TRELLIS_WINDOW (widget)))
    trellis_snapshot_dialog_present (GTK_WINDOW (widget), project);
}
