/* trellis-plan-check-review.c: the plan check's periodic review section
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The last review (date, reviewer, note), "Record Review…" (a dialog with
 * the date, today by default, the reviewer, by default the project's
 * facilitator, and a note), and the actions and milestones added, changed
 * or removed since (trellis_review_list_changes).
 */

#define G_LOG_DOMAIN "trellis-plan-check"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-plan-check-private.h"
#include "trellis-trace-panel.h"

static char *
format_date (TrellisDay day)
{
  g_autoptr(GDateTime) date = NULL;
  unsigned d, m, y;

  if (!trellis_date_to_dmy (day, &d, &m, &y))
    return g_strdup ("");
  date = g_date_time_new_utc (y, m, d, 0, 0, 0);
  if (date == NULL)
    return trellis_date_format (day);
  /* translators: a review's date, see the GDateTime format codes */
  return g_date_time_format (date, _("%-d %B %Y"));
}

static const char *
change_label (TrellisReviewChangeKind kind)
{
  switch (kind)
    {
    case TRELLIS_REVIEW_ADDED:
      return _("Added");
    case TRELLIS_REVIEW_CHANGED:
      return _("Changed");
    case TRELLIS_REVIEW_REMOVED:
    default:
      return _("Removed");
    }
}

static const char *
change_class (TrellisReviewChangeKind kind)
{
  switch (kind)
    {
    case TRELLIS_REVIEW_ADDED:
      return "review-added";
    case TRELLIS_REVIEW_CHANGED:
      return "review-changed";
    case TRELLIS_REVIEW_REMOVED:
    default:
      return "review-removed";
    }
}

static GtkWidget *
create_change_row (TrellisPlanCheck    *self,
                   TrellisReviewChange *change)
{
  const char *kind = change->item_type == TRELLIS_TYPE_ACTION ? _("Action") : _("Milestone");
  GtkWidget *tag = gtk_label_new (change_label (change->kind));
  GtkWidget *row;

  if (change->item != NULL)
    {
      g_autofree char *title = trellis_trace_item_dup_title (change->item);

      row = _trellis_plan_check_create_item_row (self, change->item, title, kind);
    }
  else
    {
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), change->title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), kind);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name (change->item_type == TRELLIS_TYPE_ACTION
                                                               ? "checkbox-checked-symbolic"
                                                               : "emoji-flags-symbolic"));
    }
  gtk_widget_add_css_class (tag, "review-change");
  gtk_widget_add_css_class (tag, change_class (change->kind));
  gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), tag);
  gtk_widget_set_name (row, "review-change-row");
  return row;
}

static GtkWidget *
create_message_row (const char *title,
                    const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

static char *
make_changes_signature (TrellisReview *review,
                        GPtrArray     *changes)
{
  GString *signature = g_string_new (review != NULL ? trellis_item_get_uuid (TRELLIS_ITEM (review)) : "-");

  for (guint i = 0; changes != NULL && i < changes->len; i++)
    {
      TrellisReviewChange *change = changes->pdata[i];

      g_string_append_printf (signature, "\n%d %s %s", change->kind, change->uuid, change->title);
    }
  return g_string_free (signature, FALSE);
}

static void
fill_changes (TrellisPlanCheck *self,
              TrellisReview    *review,
              GPtrArray        *changes)
{
  GtkWidget *row;
  g_autofree char *title = NULL;

  for (guint i = 0; i < self->change_rows->len; i++)
    adw_preferences_group_remove (self->changes_group, self->change_rows->pdata[i]);
  g_ptr_array_set_size (self->change_rows, 0);

  gtk_widget_set_visible (GTK_WIDGET (self->changes_group), review != NULL);
  if (review == NULL)
    return;

  if (changes->len > 0)
    /* translators: the heading of the list of changes, with how many there are */
    title = g_strdup_printf (_("Changed Since the Last Review (%u)"), changes->len);
  adw_preferences_group_set_title (self->changes_group, title != NULL ? title : _("Changed Since the Last Review"));

  if (!trellis_review_has_fingerprints (review))
    row = create_message_row (_("Not known for this review"),
                              _("It was recorded before Trellis kept track of the plan; "
                                "the next review recorded will mark what changes after it."));
  else if (changes->len == 0)
    row = create_message_row (_("Nothing has changed"),
                              _("No action or milestone was added, edited or removed since."));
  else
    row = NULL;
  if (row != NULL)
    {
      gtk_widget_set_name (row, "review-changes-message");
      adw_preferences_group_add (self->changes_group, row);
      g_ptr_array_add (self->change_rows, row);
    }

  for (guint i = 0; i < changes->len; i++)
    {
      row = create_change_row (self, changes->pdata[i]);
      adw_preferences_group_add (self->changes_group, row);
      g_ptr_array_add (self->change_rows, row);
    }
}

static int
compare_changes (gconstpointer a,
                 gconstpointer b)
{
  const TrellisReviewChange *change_a = *(TrellisReviewChange **) a;
  const TrellisReviewChange *change_b = *(TrellisReviewChange **) b;

  return (int) change_a->kind - (int) change_b->kind;
}

void
_trellis_plan_check_update_review (TrellisPlanCheck *self)
{
  TrellisReview *review = trellis_project_get_last_review (self->project);
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *signature = NULL;
  const char *note = NULL;

  if (review != NULL)
    {
      const char *reviewer = trellis_review_get_reviewer (review);
      g_autofree char *date = format_date (trellis_review_get_date (review));
      g_autofree char *subtitle = NULL;

      if (reviewer != NULL && reviewer[0] != '\0')
        /* translators: a review's date, then who reviewed */
        subtitle = g_strdup_printf (_("%s, by %s"), date, reviewer);
      else
        subtitle = g_steal_pointer (&date);
      adw_action_row_set_subtitle (self->last_review_row, subtitle);
      note = trellis_review_get_note (review);
      changes = trellis_review_list_changes (self->project, review);
      /* Stable: added, then changed, then removed, each in the plan's order. */
      g_ptr_array_sort (changes, compare_changes);
    }
  else
    adw_action_row_set_subtitle (self->last_review_row,
                                 _("No review recorded yet; record one after the steering group has looked at the plan"));
  adw_action_row_set_subtitle (self->note_row, note != NULL ? note : "");
  /* A long note is cut short in the row: the tooltip has all of it. */
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->note_row), note);
  gtk_widget_set_visible (GTK_WIDGET (self->note_row), note != NULL && note[0] != '\0');

  signature = make_changes_signature (review, changes);
  if (g_strcmp0 (signature, self->changes_signature) == 0)
    return;
  g_free (self->changes_signature);
  self->changes_signature = g_steal_pointer (&signature);
  fill_changes (self, review, changes);
}

void
_trellis_plan_check_clear_review (TrellisPlanCheck *self)
{
  g_clear_pointer (&self->change_rows, g_ptr_array_unref);
}

/* The dialog */

static gboolean
date_is_valid (const char *text)
{
  return trellis_date_parse (text) != TRELLIS_DAY_NONE;
}

static void
on_date_changed_cb (AdwMessageDialog *dialog,
                    GtkEditable      *entry)
{
  gboolean valid = date_is_valid (gtk_editable_get_text (entry));

  adw_message_dialog_set_response_enabled (dialog, "record", valid);
  if (valid)
    gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
}

static void
on_dialog_response_cb (TrellisPlanCheck *self,
                       const char       *response,
                       AdwMessageDialog *dialog)
{
  GtkEditable *date = g_object_get_data (G_OBJECT (dialog), "date-row");
  GtkEditable *reviewer = g_object_get_data (G_OBJECT (dialog), "reviewer-row");
  GtkEditable *note = g_object_get_data (G_OBJECT (dialog), "note-row");
  g_autofree char *reviewer_text = NULL;
  g_autofree char *note_text = NULL;

  if (!self->editable || g_strcmp0 (response, "record") != 0 ||
      !date_is_valid (gtk_editable_get_text (date)))
    return;

  reviewer_text = g_strstrip (g_strdup (gtk_editable_get_text (reviewer)));
  note_text = g_strstrip (g_strdup (gtk_editable_get_text (note)));
  trellis_project_record_review (self->project, gtk_editable_get_text (date), reviewer_text, note_text);
}

static GtkWidget *
add_entry_row (GtkWidget  *list,
               const char *name,
               const char *title,
               const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  gtk_widget_set_name (row, name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  gtk_editable_set_enable_undo (GTK_EDITABLE (row), FALSE);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return row;
}

void
_trellis_plan_check_record_review (TrellisPlanCheck *self)
{
  TrellisHeader *header = trellis_project_get_header (self->project);
  g_autofree char *today = trellis_date_format (trellis_date_today ());
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *date;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Record Review"),
                                   _("Records that the steering group has reviewed the plan. "
                                     "Actions and milestones added, edited or removed afterwards "
                                     "are marked as changes since this review."));
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  date = add_entry_row (list, "review-date-row", _("Date (YYYY-MM-DD)"), today);
  g_object_set_data (G_OBJECT (dialog), "date-row", date);
  g_object_set_data (G_OBJECT (dialog), "reviewer-row",
                     add_entry_row (list, "reviewer-row", _("Reviewed By"),
                                    trellis_header_get_facilitator (header)));
  g_object_set_data (G_OBJECT (dialog), "note-row", add_entry_row (list, "review-note-entry", _("Note"), NULL));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "record", _("_Record Review"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "record", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "record");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (date, "changed", G_CALLBACK (on_date_changed_cb), dialog, G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_dialog_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (date);
}
