/* trellis-swot-note-details.c: the details popover of a SWOT note
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The text, the source (a free one, a value-chain activity, a force or a
 * diamond factor with its score), a longer note, and buttons to take a
 * vote away or delete the note.  Made when first opened, for the note the
 * row shows then; a row bound to another note drops it.
 */

#define G_LOG_DOMAIN "trellis-swot-note"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-app-utils.h"
#include "trellis-swot-note-private.h"

static guint
count_source_choices (void)
{
  guint n = 1;

  for (TrellisSourceKind kind = TRELLIS_SOURCE_VALUE_CHAIN; kind <= TRELLIS_SOURCE_DIAMOND; kind++)
    n += trellis_swot_get_n_sources (kind);
  return n;
}

/* Choice 0 is a free source; then every source of every kind, in order. */
static TrellisSourceKind
choice_to_source (guint        choice,
                  const char **source)
{
  *source = NULL;
  if (choice == 0)
    return TRELLIS_SOURCE_FREE;

  choice--;
  for (TrellisSourceKind kind = TRELLIS_SOURCE_VALUE_CHAIN; kind <= TRELLIS_SOURCE_DIAMOND; kind++)
    {
      if (choice < trellis_swot_get_n_sources (kind))
        {
          *source = trellis_swot_get_source (kind, choice);
          return kind;
        }
      choice -= trellis_swot_get_n_sources (kind);
    }

  return TRELLIS_SOURCE_FREE;
}

static guint
source_to_choice (TrellisSwotItem *item)
{
  const char *wanted;
  const char *source = trellis_swot_item_get_source (item);
  TrellisSourceKind kind = trellis_swot_item_get_source_kind (item);

  for (guint choice = 1; choice < count_source_choices (); choice++)
    if (choice_to_source (choice, &wanted) == kind && g_strcmp0 (wanted, source) == 0)
      return choice;

  return 0;
}

static GListModel *
create_source_choices (void)
{
  GtkStringList *choices = gtk_string_list_new (NULL);

  gtk_string_list_append (choices, _("Free or none"));
  for (TrellisSourceKind kind = TRELLIS_SOURCE_VALUE_CHAIN; kind <= TRELLIS_SOURCE_DIAMOND; kind++)
    for (guint i = 0; i < trellis_swot_get_n_sources (kind); i++)
      {
        /* translators: a choice of source: the kind, then the source ("Value chain: Operations") */
        g_autofree char *label = g_strdup_printf (_("%1$s: %2$s"), trellis_enum_label (TRELLIS_TYPE_SOURCE_KIND, kind),
                                                  trellis_swot_source_label (kind, trellis_swot_get_source (kind, i)));

        gtk_string_list_append (choices, label);
      }

  return G_LIST_MODEL (choices);
}

static void
on_source_row_selected_cb (AdwComboRow     *row,
                           GParamSpec      *pspec,
                           TrellisSwotNote *self)
{
  TrellisHistory *history = trellis_project_get_history (self->project);
  const char *source;
  TrellisSourceKind kind = choice_to_source (adw_combo_row_get_selected (row), &source);

  if (adw_combo_row_get_selected (row) == source_to_choice (self->item))
    return;

  trellis_history_begin_group (history, _("Change Source"));
  if (kind != TRELLIS_SOURCE_FREE || trellis_swot_item_get_source_kind (self->item) != kind)
    {
      trellis_swot_item_set_source_kind (self->item, kind);
      trellis_swot_item_set_source (self->item, source);
    }
  if (kind != TRELLIS_SOURCE_DIAMOND)
    trellis_swot_item_set_score (self->item, TRELLIS_SCORE_NONE);
  trellis_history_end_group (history);
}

/* Shows the rows that fit the note's kind of source. */
static void
sync_source_rows (GtkWidget *popover)
{
  TrellisSwotNote *self = g_object_get_data (G_OBJECT (popover), "note");
  GtkWidget *source_row = g_object_get_data (G_OBJECT (popover), "source-row");
  TrellisSourceKind kind = trellis_swot_item_get_source_kind (self->item);

  g_signal_handlers_block_by_func (source_row, on_source_row_selected_cb, self);
  adw_combo_row_set_selected (ADW_COMBO_ROW (source_row), source_to_choice (self->item));
  g_signal_handlers_unblock_by_func (source_row, on_source_row_selected_cb, self);
  gtk_widget_set_visible (g_object_get_data (G_OBJECT (popover), "free-row"), kind == TRELLIS_SOURCE_FREE);
  gtk_widget_set_visible (g_object_get_data (G_OBJECT (popover), "score-row"), kind == TRELLIS_SOURCE_DIAMOND);
}

static GtkWidget *
create_details_group (TrellisSwotNote *self,
                      GtkWidget       *popover)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *text_row = adw_entry_row_new ();
  GtkWidget *source_row = adw_combo_row_new ();
  GtkWidget *free_row = adw_entry_row_new ();
  GtkWidget *score_row = adw_combo_row_new ();
  g_autoptr(GtkStringList) scores = gtk_string_list_new (NULL);
  g_autoptr(GListModel) choices = create_source_choices ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (text_row), _("Text"));
  trellis_app_bind_text (self->item, TRELLIS_SWOT_ITEM_PROP_TEXT, text_row, TRUE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), text_row);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (source_row), _("Source"));
  adw_combo_row_set_model (ADW_COMBO_ROW (source_row), choices);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), source_row);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (free_row), _("Where It Came From"));
  trellis_app_bind_text (self->item, TRELLIS_SWOT_ITEM_PROP_SOURCE, free_row, FALSE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), free_row);

  for (TrellisScore score = TRELLIS_SCORE_NONE; score <= TRELLIS_SCORE_MIXED; score++)
    gtk_string_list_append (scores, trellis_enum_label (TRELLIS_TYPE_SCORE, score));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (score_row), _("Score of the Factor"));
  adw_combo_row_set_model (ADW_COMBO_ROW (score_row), G_LIST_MODEL (scores));
  trellis_app_bind_enum (self->item, TRELLIS_SWOT_ITEM_PROP_SCORE, ADW_COMBO_ROW (score_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), score_row);

  g_object_set_data (G_OBJECT (popover), "note", self);
  g_object_set_data (G_OBJECT (popover), "source-row", source_row);
  g_object_set_data (G_OBJECT (popover), "free-row", free_row);
  g_object_set_data (G_OBJECT (popover), "score-row", score_row);
  return group;
}

static GtkWidget *
create_note_view (TrellisSwotNote *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new (_("Longer Note"));
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *view = gtk_text_view_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Longer Note"), -1);
  trellis_app_bind_text (self->item, TRELLIS_SWOT_ITEM_PROP_NOTE, gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), FALSE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_size_request (scrolled, -1, 90);
  gtk_widget_add_css_class (scrolled, "card");
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), scrolled);
  return box;
}

static GtkWidget *
create_button (const char *label,
               const char *action,
               GVariant   *target)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  gtk_widget_set_hexpand (button, TRUE);
  return button;
}

static void
on_popover_closed_cb (TrellisSwotNote *self)
{
  trellis_history_seal (trellis_project_get_history (self->project));
}

/**
 * _trellis_swot_note_create_popup:
 *
 * The menu button's popup function: makes the details popover of the note
 * the row shows now.
 */
void
_trellis_swot_note_create_popup (GtkMenuButton *menu_button,
                                 gpointer       user_data)
{
  TrellisSwotNote *self = TRELLIS_SWOT_NOTE (user_data);
  const char *uuid = trellis_item_get_uuid (TRELLIS_ITEM (self->item));
  GtkWidget *popover, *box, *buttons, *delete_button;

  if (gtk_menu_button_get_popover (menu_button) != NULL)
    return;

  popover = gtk_popover_new ();
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_size_request (box, 440, -1);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_box_append (GTK_BOX (box), create_details_group (self, popover));
  gtk_box_append (GTK_BOX (box), create_note_view (self));

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_set_homogeneous (GTK_BOX (buttons), TRUE);
  gtk_box_append (GTK_BOX (buttons), create_button (_("_Remove Vote"), "swot.vote",
                                                    g_variant_new ("(si)", uuid, -1)));
  delete_button = create_button (_("_Delete Note"), "swot.delete", g_variant_new_string (uuid));
  gtk_widget_add_css_class (delete_button, "destructive-action");
  gtk_box_append (GTK_BOX (buttons), delete_button);
  gtk_box_append (GTK_BOX (box), buttons);

  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_menu_button_set_popover (menu_button, popover);

  sync_source_rows (popover);
  g_signal_connect (g_object_get_data (G_OBJECT (popover), "source-row"), "notify::selected",
                    G_CALLBACK (on_source_row_selected_cb), self);
  g_signal_connect_object (self->item, "notify::" TRELLIS_SWOT_ITEM_PROP_SOURCE_KIND, G_CALLBACK (sync_source_rows),
                           popover, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->item, "notify::" TRELLIS_SWOT_ITEM_PROP_SOURCE, G_CALLBACK (sync_source_rows),
                           popover, G_CONNECT_SWAPPED);
  g_signal_connect_object (popover, "closed", G_CALLBACK (on_popover_closed_cb), self, G_CONNECT_SWAPPED);
}
