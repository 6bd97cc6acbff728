/* trellis-register-panel.c: every field of one item, beside its register
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The base of the stakeholder, action and service panels.  The rows are
 * built anew for each item shown (the subclass's build ()), so that their
 * bindings (trellis_app_bind_text/_enum, through the project's history)
 * end with them; nothing has to be unbound by hand.
 *
 * Edits are never lost.  Texts, choices and switches are bound, so each
 * keystroke or choice is in the item at once (the history merges typing).
 * Dates and amounts are checked before they are set: on Enter, when the
 * focus leaves them, before the panel shows another item, when it is
 * hidden and when its window is about to close (before the window asks
 * whether to save).  What is refused stays in the row, marked with the
 * "error" style, its reason in the row's tooltip and under its group, and
 * the item keeps its value.
 */

#define G_LOG_DOMAIN "trellis-register-panel"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "trellis-app-utils.h"
#include "trellis-register-column.h"
#include "trellis-register-panel.h"
#include "trellis-locale-format.h"

typedef struct
{
  TrellisProject    *project;
  TrellisItem       *item;
  gboolean           editable;
  GPtrArray         *checked_rows;  /* the date and amount rows shown */
  GtkWidget         *first_row;
  GtkWindow         *window;        /* while mapped: its close-request commits */
  gulong             close_id;

  GtkStack          *stack;
  GtkScrolledWindow *scroller;
  AdwStatusPage     *status;
} TrellisRegisterPanelPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (TrellisRegisterPanel, trellis_register_panel, GTK_TYPE_WIDGET)

#define PRIV(self) ((TrellisRegisterPanelPrivate *) trellis_register_panel_get_instance_private (self))

/* Checked rows: dates and amounts */

static GParamSpec *
row_pspec (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "pspec");
}

static char *
value_text (TrellisItem *item,
            GParamSpec  *pspec)
{
  g_auto(GValue) value = G_VALUE_INIT;
  double amount;

  g_value_init (&value, pspec->value_type);
  g_object_get_property (G_OBJECT (item), pspec->name, &value);
  if (pspec->value_type == G_TYPE_UINT)
    {
      g_autofree char *date = trellis_format_date (g_value_get_uint (&value));

      return g_strdup (date != NULL ? date : "");
    }
  amount = g_value_get_double (&value);
  return trellis_format_number_for_entry (amount);
}

/* Marks @row refused with @message, or not with NULL; its group tells
 * the newest reason, or that of a row of it still refused. */
static void
mark_row (GtkWidget  *row,
          const char *message)
{
  GtkWidget *group = g_object_get_data (G_OBJECT (row), "group");
  GPtrArray *rows = g_object_get_data (G_OBJECT (group), "checked-rows");
  const char *shown = message;

  g_object_set_data_full (G_OBJECT (row), "error-message", g_strdup (message), g_free);
  gtk_widget_set_tooltip_text (row, message);
  if (message != NULL)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
  for (guint i = 0; i < rows->len && shown == NULL; i++)
    shown = g_object_get_data (rows->pdata[i], "error-message");
  trellis_register_panel_show_error (group, shown);
}

static void
sync_row (GtkWidget *row)
{
  TrellisItem *item = g_object_get_data (G_OBJECT (row), "item");
  g_autofree char *text = value_text (item, row_pspec (row));

  gtk_editable_set_text (GTK_EDITABLE (row), text);
  if (g_object_get_data (G_OBJECT (row), "error-message") != NULL)
    mark_row (row, NULL);
}

/* Sets the field from @text unless it holds that already; FALSE with
 * @error if @text is not a date or an amount. */
static gboolean
set_checked_value (TrellisProject *project,
                   TrellisItem    *item,
                   GParamSpec     *pspec,
                   const char     *text,
                   GError        **error)
{
  TrellisHistory *history = trellis_project_get_history (project);
  g_auto(GValue) value = G_VALUE_INIT;
  g_auto(GValue) old = G_VALUE_INIT;
  double amount;

  g_value_init (&value, pspec->value_type);
  g_value_init (&old, pspec->value_type);
  g_object_get_property (G_OBJECT (item), pspec->name, &old);
  if (pspec->value_type == G_TYPE_UINT)
    {
      if (!trellis_action_check_date (text, error))
        return FALSE;
      g_value_set_uint (&value, trellis_parse_date (text));
    }
  else
    {
      if (!trellis_action_parse_amount (text, &amount, error))
        return FALSE;
      g_value_set_double (&value, amount);
    }
  if (trellis_value_equal (&value, &old))
    return TRUE;

  /* Its own undo step, not merged with an edit of the field just before or after. */
  trellis_history_seal (history);
  g_object_set_property (G_OBJECT (item), pspec->name, &value);
  trellis_history_seal (history);
  return TRUE;
}

/* Takes what @row holds, as Enter does; FALSE if it is refused. */
static gboolean
commit_row (GtkWidget *row)
{
  TrellisRegisterPanel *self = g_object_get_data (G_OBJECT (row), "panel");
  TrellisRegisterPanelPrivate *priv = PRIV (self);
  TrellisItem *item = g_object_get_data (G_OBJECT (row), "item");
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  g_autoptr(GError) error = NULL;

  /* Not for a row the panel no longer shows, nor an item deleted meanwhile. */
  if (!priv->editable || g_object_get_data (G_OBJECT (row), "retired") != NULL ||
      trellis_project_lookup (priv->project, trellis_item_get_uuid (item)) != item)
    return TRUE;

  if (!set_checked_value (priv->project, item, row_pspec (row), text, &error))
    {
      mark_row (row, error->message);
      return FALSE;
    }
  mark_row (row, NULL);
  sync_row (row);
  return TRUE;
}

static void
on_checked_row_focus_leave_cb (GtkEventController *controller)
{
  commit_row (gtk_event_controller_get_widget (controller));
}

/* The rows are being replaced: a late focus-out commits nothing. */
static void
retire_rows (TrellisRegisterPanel *self)
{
  TrellisRegisterPanelPrivate *priv = PRIV (self);

  for (guint i = 0; i < priv->checked_rows->len; i++)
    g_object_set_data (priv->checked_rows->pdata[i], "retired", GINT_TO_POINTER (TRUE));
  g_ptr_array_set_size (priv->checked_rows, 0);
}

/* Building */

static void
rebuild (TrellisRegisterPanel *self)
{
  TrellisRegisterPanelPrivate *priv = PRIV (self);
  GtkWidget *box;

  retire_rows (self);
  priv->first_row = NULL;
  if (TRELLIS_REGISTER_PANEL_GET_CLASS (self)->clear != NULL)
    TRELLIS_REGISTER_PANEL_GET_CLASS (self)->clear (self);
  if (priv->item == NULL || priv->project == NULL)
    {
      gtk_scrolled_window_set_child (priv->scroller, NULL);
      gtk_stack_set_visible_child_name (priv->stack, "none");
      return;
    }

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  TRELLIS_REGISTER_PANEL_GET_CLASS (self)->build (self, GTK_BOX (box));
  gtk_scrolled_window_set_child (priv->scroller, box);
  gtk_stack_set_visible_child_name (priv->stack, "details");
}

static gboolean
on_window_close_request_cb (TrellisRegisterPanel *self)
{
  trellis_register_panel_commit (self);
  return GDK_EVENT_PROPAGATE;
}

static void
trellis_register_panel_map (GtkWidget *widget)
{
  TrellisRegisterPanel *self = TRELLIS_REGISTER_PANEL (widget);
  TrellisRegisterPanelPrivate *priv = PRIV (self);
  GtkRoot *root = gtk_widget_get_root (widget);

  GTK_WIDGET_CLASS (trellis_register_panel_parent_class)->map (widget);
  /* Connected after the window's own class handler is set up, so this runs
   * first: the window's close prompt sees the edit. */
  if (GTK_IS_WINDOW (root) && priv->window == NULL)
    {
      priv->window = GTK_WINDOW (root);
      priv->close_id = g_signal_connect_swapped (root, "close-request",
                                                 G_CALLBACK (on_window_close_request_cb), self);
    }
}

static void
forget_window (TrellisRegisterPanel *self)
{
  TrellisRegisterPanelPrivate *priv = PRIV (self);

  if (priv->window != NULL)
    g_clear_signal_handler (&priv->close_id, priv->window);
  priv->window = NULL;
}

static void
trellis_register_panel_unmap (GtkWidget *widget)
{
  TrellisRegisterPanel *self = TRELLIS_REGISTER_PANEL (widget);

  /* Hidden with another page or tool: what is typed is taken now. */
  trellis_register_panel_commit (self);
  forget_window (self);
  GTK_WIDGET_CLASS (trellis_register_panel_parent_class)->unmap (widget);
}

static void
trellis_register_panel_dispose (GObject *object)
{
  TrellisRegisterPanel *self = TRELLIS_REGISTER_PANEL (object);
  TrellisRegisterPanelPrivate *priv = PRIV (self);

  if (priv->checked_rows != NULL)
    {
      trellis_register_panel_commit (self);
      retire_rows (self);
    }
  forget_window (self);
  g_clear_pointer (&priv->checked_rows, g_ptr_array_unref);
  if (priv->stack != NULL)
    {
      gtk_widget_unparent (GTK_WIDGET (priv->stack));
      priv->stack = NULL;
    }
  g_clear_object (&priv->item);
  g_clear_object (&priv->project);

  G_OBJECT_CLASS (trellis_register_panel_parent_class)->dispose (object);
}

static void
trellis_register_panel_constructed (GObject *object)
{
  TrellisRegisterPanel *self = TRELLIS_REGISTER_PANEL (object);
  TrellisRegisterPanelClass *klass = TRELLIS_REGISTER_PANEL_GET_CLASS (self);

  G_OBJECT_CLASS (trellis_register_panel_parent_class)->constructed (object);
  adw_status_page_set_icon_name (PRIV (self)->status, klass->icon_name);
  adw_status_page_set_title (PRIV (self)->status, klass->none_title != NULL ? _(klass->none_title) : NULL);
}

static void
trellis_register_panel_class_init (TrellisRegisterPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = trellis_register_panel_constructed;
  object_class->dispose = trellis_register_panel_dispose;
  widget_class->map = trellis_register_panel_map;
  widget_class->unmap = trellis_register_panel_unmap;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
trellis_register_panel_init (TrellisRegisterPanel *self)
{
  TrellisRegisterPanelPrivate *priv = PRIV (self);

  priv->editable = TRUE;
  priv->checked_rows = g_ptr_array_new_with_free_func (g_object_unref);
  priv->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_parent (GTK_WIDGET (priv->stack), GTK_WIDGET (self));

  priv->status = ADW_STATUS_PAGE (adw_status_page_new ());
  adw_status_page_set_description (priv->status, _("Select a row to see and edit all its details"));
  gtk_widget_add_css_class (GTK_WIDGET (priv->status), "compact");
  gtk_stack_add_named (priv->stack, GTK_WIDGET (priv->status), "none");

  priv->scroller = GTK_SCROLLED_WINDOW (gtk_scrolled_window_new ());
  gtk_scrolled_window_set_policy (priv->scroller, GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_stack_add_named (priv->stack, GTK_WIDGET (priv->scroller), "details");
  gtk_stack_set_visible_child_name (priv->stack, "none");
}

/**
 * trellis_register_panel_get_item:
 *
 * Returns: (transfer none) (nullable): the item shown
 */
TrellisItem *
trellis_register_panel_get_item (TrellisRegisterPanel *self)
{
  g_return_val_if_fail (TRELLIS_IS_REGISTER_PANEL (self), NULL);

  return PRIV (self)->item;
}

/**
 * trellis_register_panel_set_item:
 * @item: (nullable): an item of the project, or %NULL for none
 *
 * Takes what the rows of the item shown hold first, then shows @item.
 */
void
trellis_register_panel_set_item (TrellisRegisterPanel *self,
                                 TrellisItem          *item)
{
  TrellisRegisterPanelPrivate *priv;

  g_return_if_fail (TRELLIS_IS_REGISTER_PANEL (self));
  g_return_if_fail (item == NULL || TRELLIS_IS_ITEM (item));

  priv = PRIV (self);
  if (priv->item == item)
    return;

  trellis_register_panel_commit (self);
  g_set_object (&priv->item, item);
  rebuild (self);
}

TrellisProject *
trellis_register_panel_get_project (TrellisRegisterPanel *self)
{
  g_return_val_if_fail (TRELLIS_IS_REGISTER_PANEL (self), NULL);

  return PRIV (self)->project;
}

void
trellis_register_panel_set_project (TrellisRegisterPanel *self,
                                    TrellisProject       *project)
{
  g_return_if_fail (TRELLIS_IS_REGISTER_PANEL (self));
  g_return_if_fail (PRIV (self)->project == NULL);

  PRIV (self)->project = g_object_ref (project);
}

gboolean
trellis_register_panel_get_editable (TrellisRegisterPanel *self)
{
  g_return_val_if_fail (TRELLIS_IS_REGISTER_PANEL (self), FALSE);

  return PRIV (self)->editable;
}

void
trellis_register_panel_set_editable (TrellisRegisterPanel *self,
                                     gboolean              editable)
{
  g_return_if_fail (TRELLIS_IS_REGISTER_PANEL (self));

  editable = !!editable;
  if (PRIV (self)->editable == editable)
    return;

  trellis_register_panel_commit (self);
  PRIV (self)->editable = editable;
  rebuild (self);
}

/* Puts the cursor in the first field, as after adding an item. */
void
trellis_register_panel_focus_first (TrellisRegisterPanel *self)
{
  g_return_if_fail (TRELLIS_IS_REGISTER_PANEL (self));

  if (PRIV (self)->first_row != NULL)
    gtk_widget_grab_focus (PRIV (self)->first_row);
}

/**
 * trellis_register_panel_commit:
 *
 * Takes what the date and amount rows hold, as Enter would.
 *
 * Returns: %FALSE if a row holds a value that was refused (it stays,
 *   marked)
 */
gboolean
trellis_register_panel_commit (TrellisRegisterPanel *self)
{
  TrellisRegisterPanelPrivate *priv;
  gboolean ok = TRUE;

  g_return_val_if_fail (TRELLIS_IS_REGISTER_PANEL (self), TRUE);

  priv = PRIV (self);
  for (guint i = 0; priv->checked_rows != NULL && i < priv->checked_rows->len; i++)
    ok &= commit_row (priv->checked_rows->pdata[i]);
  return ok;
}

/* Rows */

static void
name_row (GtkWidget  *row,
          const char *title)
{
  g_autofree char *name = trellis_register_strip_mnemonic (title);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

GtkWidget *
trellis_register_panel_add_header (TrellisRegisterPanel *self,
                                   GtkBox               *box,
                                   const char           *property)
{
  GtkWidget *title = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_add_css_class (title, "title-3");
  g_object_bind_property (PRIV (self)->item, property, title, "label", G_BINDING_SYNC_CREATE);
  gtk_box_append (box, title);
  return title;
}

static void
update_flag (GtkWidget *label)
{
  TrellisItem *item = g_object_get_data (G_OBJECT (label), "item");
  char *(*reason) (TrellisItem *) = g_object_get_data (G_OBJECT (label), "reason");
  g_autofree char *text = reason (item);

  gtk_label_set_label (GTK_LABEL (label), text != NULL ? text : "");
  gtk_widget_set_visible (label, text != NULL);
}

/* A warning under the header, shown while @reason gives one. */
GtkWidget *
trellis_register_panel_add_flag (TrellisRegisterPanel  *self,
                                 GtkBox                *box,
                                 char                *(*reason) (TrellisItem *item))
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "warning");
  g_object_set_data (G_OBJECT (label), "item", PRIV (self)->item);
  g_object_set_data (G_OBJECT (label), "reason", reason);
  g_signal_connect_object (PRIV (self)->item, "notify", G_CALLBACK (update_flag), label, G_CONNECT_SWAPPED);
  update_flag (label);
  gtk_box_append (box, label);
  return label;
}

/* A group of rows, with a line for the reason of a refused value. */
GtkWidget *
trellis_register_panel_add_group (TrellisRegisterPanel *self,
                                  GtkBox               *box,
                                  const char           *title,
                                  const char           *description)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *label = gtk_label_new (NULL);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_add_css_class (label, "error");
  gtk_widget_set_visible (label, FALSE);
  g_object_set_data (G_OBJECT (group), "error-label", label);
  gtk_box_append (box, group);
  return group;
}

/* The error line goes last in its group, after the rows. */
void
trellis_register_panel_show_error (GtkWidget  *group,
                                   const char *message)
{
  GtkWidget *label = g_object_get_data (G_OBJECT (group), "error-label");

  if (gtk_widget_get_parent (label) == NULL)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), label);
  gtk_label_set_label (GTK_LABEL (label), message != NULL ? message : "");
  gtk_widget_set_visible (label, message != NULL);
}

GtkWidget *
trellis_register_panel_add_entry (TrellisRegisterPanel *self,
                                  GtkWidget            *group,
                                  const char           *title,
                                  const char           *property,
                                  gboolean              required)
{
  GtkWidget *row = adw_entry_row_new ();

  name_row (row, title);
  trellis_app_bind_text (PRIV (self)->item, property, row, required);
  gtk_editable_set_editable (GTK_EDITABLE (row), PRIV (self)->editable);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  if (PRIV (self)->first_row == NULL)
    PRIV (self)->first_row = row;
  return row;
}

GtkWidget *
trellis_register_panel_add_combo (TrellisRegisterPanel *self,
                                  GtkWidget            *group,
                                  const char           *title,
                                  const char           *property)
{
  GObjectClass *klass = G_OBJECT_GET_CLASS (PRIV (self)->item);
  GType type = g_object_class_find_property (klass, property)->value_type;
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GtkWidget *row = adw_combo_row_new ();

  for (guint i = 0; i < trellis_enum_n_values (type); i++)
    gtk_string_list_append (labels, trellis_enum_label (type, i));
  name_row (row, title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
  trellis_app_bind_enum (PRIV (self)->item, property, ADW_COMBO_ROW (row));
  gtk_widget_set_sensitive (row, PRIV (self)->editable);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return row;
}

/* libadwaita 1.2 has no AdwSwitchRow. */
GtkWidget *
trellis_register_panel_add_switch (TrellisRegisterPanel *self,
                                   GtkWidget            *group,
                                   const char           *title,
                                   const char           *subtitle,
                                   const char           *property)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();

  name_row (row, title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  g_object_bind_property (PRIV (self)->item, property, toggle, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  gtk_widget_set_sensitive (row, PRIV (self)->editable);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return row;
}

GtkWidget *
trellis_register_panel_add_text (TrellisRegisterPanel *self,
                                 GtkWidget            *group,
                                 const char           *property,
                                 const char           *accessible_label)
{
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *view = gtk_text_view_new ();

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_editable (GTK_TEXT_VIEW (view), PRIV (self)->editable);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 10);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 10);
  gtk_widget_set_size_request (view, -1, 72);
  gtk_widget_add_css_class (view, "register-text");
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label, -1);
  trellis_app_bind_text (PRIV (self)->item, property, gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), FALSE);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), frame);
  return view;
}

/* A date (a TrellisDay field) or an amount (an optional double), checked
 * when it is committed. */
GtkWidget *
trellis_register_panel_add_checked (TrellisRegisterPanel *self,
                                    GtkWidget            *group,
                                    const char           *title,
                                    const char           *property)
{
  TrellisRegisterPanelPrivate *priv = PRIV (self);
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (priv->item), property);
  g_autofree char *notify = g_strconcat ("notify::", property, NULL);
  GtkWidget *row = adw_entry_row_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GPtrArray *group_rows = g_object_get_data (G_OBJECT (group), "checked-rows");

  if (group_rows == NULL)
    {
      group_rows = g_ptr_array_new ();
      g_object_set_data_full (G_OBJECT (group), "checked-rows", group_rows, (GDestroyNotify) g_ptr_array_unref);
    }
  g_ptr_array_add (group_rows, row);
  g_ptr_array_add (priv->checked_rows, g_object_ref (row));

  name_row (row, title);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  gtk_editable_set_enable_undo (GTK_EDITABLE (row), FALSE);
  gtk_editable_set_editable (GTK_EDITABLE (row), priv->editable);
  g_object_set_data (G_OBJECT (row), "panel", self);
  g_object_set_data_full (G_OBJECT (row), "item", g_object_ref (priv->item), g_object_unref);
  g_object_set_data (G_OBJECT (row), "pspec", pspec);
  g_object_set_data (G_OBJECT (row), "group", group);
  sync_row (row);
  g_signal_connect (row, "apply", G_CALLBACK (commit_row), NULL);
  g_signal_connect (focus, "leave", G_CALLBACK (on_checked_row_focus_leave_cb), NULL);
  gtk_widget_add_controller (row, focus);
  g_signal_connect_object (priv->item, notify, G_CALLBACK (sync_row), row, G_CONNECT_SWAPPED);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return row;
}

GtkWidget *
trellis_register_panel_add_delete (TrellisRegisterPanel *self,
                                   GtkBox               *box,
                                   const char           *label)
{
  GtkWidget *button;
  g_autofree char *name = trellis_register_strip_mnemonic (label);

  if (!PRIV (self)->editable)
    return NULL;
  button = gtk_button_new_with_mnemonic (label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "register.delete");
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "destructive-action");
  gtk_box_append (box, button);
  return button;
}
