/* trellis-register-actions.c: the register's actions and its API for the subclasses
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The "register" group: add, delete (asking first when other items refer
 * to the item), search, dismiss-error and clear-filters; the subclasses
 * add theirs with trellis_register_add_actions().
 */

#define G_LOG_DOMAIN "trellis-register"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-register-private.h"
#include "trellis-scroll-slice.h"

/* Actions */

static void
add_activated (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  TrellisRegister *self = user_data;
  TrellisItem *item;

  if (!PRIV (self)->editable)
    return;
  item = TRELLIS_REGISTER_GET_CLASS (self)->add_item (self);
  /* The new one takes the filter's restrictions, but not its search. */
  if (!TRELLIS_REGISTER_GET_CLASS (self)->match (self, item))
    _trellis_register_stop_search (self);
  trellis_register_refilter (self);
  trellis_register_select (self, item);
  trellis_register_panel_set_item (PRIV (self)->panel, item);
  adw_flap_set_reveal_flap (PRIV (self)->flap, TRUE);
  _trellis_register_update_state (self);
  trellis_register_panel_focus_first (PRIV (self)->panel);
}

static void
on_delete_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       gpointer          user_data)
{
  g_autoptr(TrellisRegister) self = user_data;
  TrellisItem *item = g_object_get_data (G_OBJECT (dialog), "item");

  if (g_strcmp0 (response, "delete") == 0 && PRIV (self)->project != NULL && _trellis_register_in_project (self, item))
    trellis_project_remove_item (PRIV (self)->project, item);
}

static void
ask_delete (TrellisRegister *self,
            TrellisItem     *item,
            const char      *referrers)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *name = trellis_item_dup_label (item);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  /* translators: %s names what is deleted */
  heading = g_strdup_printf (_("Delete “%s”?"), name);
  body = g_strdup_printf ("%s\n\n%s", referrers, _(INFO (self)->item_removed));
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "item", g_object_ref (item), g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (on_delete_response_cb), g_object_ref (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* What it owns goes with it, references to it are cleared; undo brings
 * all back. */
static void
delete_activated (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  TrellisRegister *self = user_data;
  TrellisRegisterClass *klass = TRELLIS_REGISTER_GET_CLASS (self);
  TrellisItem *item = _trellis_register_shown_item (self);
  g_autofree char *referrers = NULL;

  if (item == NULL || !PRIV (self)->editable)
    return;

  if (klass->describe_referrers != NULL)
    referrers = klass->describe_referrers (self, item);
  if (referrers != NULL)
    ask_delete (self, item, referrers);
  else
    trellis_project_remove_item (PRIV (self)->project, item);
}

static void
search_activated (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  gtk_widget_grab_focus (GTK_WIDGET (PRIV (TRELLIS_REGISTER (user_data))->search_entry));
}

static void
dismiss_error_activated (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  gtk_revealer_set_reveal_child (PRIV (TRELLIS_REGISTER (user_data))->error_revealer, FALSE);
}

static void
clear_filters_activated (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  TrellisRegister *self = user_data;

  TRELLIS_REGISTER_GET_CLASS (self)->clear_filters (self);
  _trellis_register_stop_search (self);
}

static const GActionEntry action_entries[] = {
  { "add", add_activated },
  { "delete", delete_activated },
  { "search", search_activated },
  { "dismiss-error", dismiss_error_activated },
  { "clear-filters", clear_filters_activated },
};

static void
add_shortcut (GtkWidget        *widget,
              GtkShortcutScope  scope,
              const char       *accelerator,
              const char       *action)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller), scope);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string (accelerator),
                                                          gtk_named_action_new (action)));
  gtk_widget_add_controller (widget, controller);
}

static void create_filter_popup (GtkMenuButton *button,
                                 gpointer       user_data);

void
_trellis_register_setup_actions (TrellisRegister *self)
{
  TrellisRegisterPrivate *priv = PRIV (self);

  priv->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (priv->actions), action_entries,
                                   G_N_ELEMENTS (action_entries), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "register", G_ACTION_GROUP (priv->actions));

  /* Ctrl+F only while the register shows: shortcuts of unmapped widgets do not run. */
  add_shortcut (GTK_WIDGET (self), GTK_SHORTCUT_SCOPE_MANAGED, "<Control>f", "register.search");
  add_shortcut (GTK_WIDGET (priv->column_view), GTK_SHORTCUT_SCOPE_LOCAL, "Delete", "register.delete");
  gtk_menu_button_set_create_popup_func (priv->filter_button, create_filter_popup, self, NULL);
  _trellis_register_setup_clipboard (self);
}

/* API for the subclasses and the window */

TrellisProject *
trellis_register_get_project (TrellisRegister *self)
{
  g_return_val_if_fail (TRELLIS_IS_REGISTER (self), NULL);

  return PRIV (self)->project;
}

gboolean
trellis_register_get_editable (TrellisRegister *self)
{
  g_return_val_if_fail (TRELLIS_IS_REGISTER (self), FALSE);

  return PRIV (self)->editable;
}

/**
 * trellis_register_get_panel:
 *
 * Returns: (transfer none): the details panel
 */
TrellisRegisterPanel *
trellis_register_get_panel (TrellisRegister *self)
{
  g_return_val_if_fail (TRELLIS_IS_REGISTER (self), NULL);

  return PRIV (self)->panel;
}

/**
 * trellis_register_get_column_view:
 *
 * Returns: (transfer none): the table
 */
GtkColumnView *
trellis_register_get_column_view (TrellisRegister *self)
{
  g_return_val_if_fail (TRELLIS_IS_REGISTER (self), NULL);

  return PRIV (self)->column_view;
}

/**
 * trellis_register_find_column:
 * @field: the index of the column's field
 * @position: (out) (optional): where it is
 *
 * Returns: (transfer none) (nullable): the column of @field
 */
GtkColumnViewColumn *
trellis_register_find_column (TrellisRegister *self,
                              guint            field,
                              guint           *position)
{
  GListModel *columns;

  g_return_val_if_fail (TRELLIS_IS_REGISTER (self), NULL);

  columns = gtk_column_view_get_columns (PRIV (self)->column_view);
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (column), "trellis-field")) == field + 1)
        {
          if (position != NULL)
            *position = i;
          return column;
        }
    }
  return NULL;
}

/* Adds a subclass's actions to the "register" group, for @self. */
void
trellis_register_add_actions (TrellisRegister    *self,
                              const GActionEntry *entries,
                              guint               n_entries)
{
  g_return_if_fail (TRELLIS_IS_REGISTER (self));

  g_action_map_add_action_entries (G_ACTION_MAP (PRIV (self)->actions), entries, n_entries, self);
}

void
trellis_register_enable_action (TrellisRegister *self,
                                const char      *name,
                                gboolean         enabled)
{
  GAction *action;

  g_return_if_fail (TRELLIS_IS_REGISTER (self));

  action = g_action_map_lookup_action (G_ACTION_MAP (PRIV (self)->actions), name);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

void
trellis_register_set_filter_menu (TrellisRegister *self,
                                  GMenuModel      *menu)
{
  g_return_if_fail (TRELLIS_IS_REGISTER (self));

  g_set_object (&PRIV (self)->filter_menu, menu);
  trellis_register_invalidate_filter_menu (self);
}

/**
 * trellis_register_invalidate_filter_menu:
 *
 * What the filter menu lists changed: it is built again when next opened.
 */
void
trellis_register_invalidate_filter_menu (TrellisRegister *self)
{
  g_return_if_fail (TRELLIS_IS_REGISTER (self));

  if (gtk_menu_button_get_popover (PRIV (self)->filter_button) != NULL)
    gtk_menu_button_set_popover (PRIV (self)->filter_button, NULL);
}

/* A menu of hundreds of names is hundreds of widgets: the popover is
 * made when the button is pressed, never for a page that is only shown. */
static void
create_filter_popup (GtkMenuButton *button,
                     gpointer       user_data)
{
  TrellisRegister *self = user_data;
  TrellisRegisterClass *klass = TRELLIS_REGISTER_GET_CLASS (self);
  g_autoptr(GMenuModel) menu = NULL;

  /* GTK asks each time the button is pressed. */
  if (gtk_menu_button_get_popover (button) != NULL)
    return;
  if (klass->build_filter_menu != NULL)
    menu = klass->build_filter_menu (self);
  else if (PRIV (self)->filter_menu != NULL)
    menu = g_object_ref (PRIV (self)->filter_menu);
  if (menu != NULL)
    gtk_menu_button_set_popover (button, gtk_popover_menu_new_from_model (menu));
}

/**
 * trellis_register_select:
 *
 * Selects @item alone, scrolls to it and shows it in the panel, as "Go
 * To" from the dashboard or the plan check does.
 *
 * Returns: %FALSE if the table does not show @item (a search or filter
 *   hides it)
 */
gboolean
trellis_register_select (TrellisRegister *self,
                         TrellisItem     *item)
{
  GListModel *rows;

  g_return_val_if_fail (TRELLIS_IS_REGISTER (self), FALSE);
  g_return_val_if_fail (TRELLIS_IS_ITEM (item), FALSE);

  /* The whole sorted list: the row may not be made yet. */
  rows = gtk_slice_list_model_get_model (PRIV (self)->rows);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (rows, i);

      if (row != G_OBJECT (item))
        continue;
      trellis_scroll_slice_reveal (PRIV (self)->rows, i);
      gtk_selection_model_select_item (PRIV (self)->selection, i, TRUE);
      /* GTK 4.8's column view has no scroll_to (): its list view has the
       * action, once it has a size (a page just built for "Go To" has none). */
      for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (PRIV (self)->column_view));
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        if (GTK_IS_LIST_VIEW (child))
          trellis_scroll_slice_scroll_to (PRIV (self)->rows, child, i);
      return TRUE;
    }
  return FALSE;
}

/* Why an edit in a cell was refused, above the table. */
void
trellis_register_show_error (TrellisRegister *self,
                             const char      *message)
{
  g_return_if_fail (TRELLIS_IS_REGISTER (self));

  gtk_label_set_label (PRIV (self)->error_label, message);
  gtk_revealer_set_reveal_child (PRIV (self)->error_revealer, TRUE);
}

/**
 * trellis_register_commit_pending:
 *
 * Takes what the details panel holds and has not taken yet (a date typed
 * without Enter), as before closing the window.
 *
 * Returns: %FALSE if a value was refused; it stays in its field, marked
 */
gboolean
trellis_register_commit_pending (TrellisRegister *self)
{
  g_return_val_if_fail (TRELLIS_IS_REGISTER (self), TRUE);

  return trellis_register_panel_commit (PRIV (self)->panel);
}
