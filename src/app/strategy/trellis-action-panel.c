/* trellis-action-panel.c: every field of one action, beside the action plan table
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rows are built anew for each action shown, so that their bindings
 * (trellis_app_bind_text/_enum, through the project's history) end with
 * them.  Dates and amounts are checked before they are set, on Enter, when
 * the focus leaves them and before the panel shows another action: what is
 * not a date or an amount stays, marked, with the reason under the group.
 *
 * The dependencies and milestones are rebuilt when they change (an undo
 * from the window, too); a dependency that would close a circle is
 * refused with the core's message.
 */

#define G_LOG_DOMAIN "trellis-action-panel"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "trellis-action-owner.h"
#include "trellis-action-panel-private.h"
#include "trellis-app-utils.h"

G_DEFINE_FINAL_TYPE (TrellisActionPanel, trellis_action_panel, GTK_TYPE_WIDGET)

/* Errors */

GtkWidget *
_trellis_action_panel_add_error_label (AdwPreferencesGroup *group)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_add_css_class (label, "error");
  gtk_widget_set_visible (label, FALSE);
  adw_preferences_group_add (group, label);
  g_object_set_data (G_OBJECT (group), "error-label", label);
  return label;
}

void
_trellis_action_panel_show_error (GtkWidget  *group,
                                  const char *message)
{
  GtkWidget *label = g_object_get_data (G_OBJECT (group), "error-label");

  gtk_label_set_label (GTK_LABEL (label), message != NULL ? message : "");
  gtk_widget_set_visible (label, message != NULL);
}

GtkWidget *
_trellis_action_panel_new_group (const char *title,
                                 const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  return group;
}

/* Plain rows */

static GtkWidget *
add_entry_row (TrellisActionPanel  *self,
               AdwPreferencesGroup *group,
               const char          *title,
               const char          *property,
               gboolean             required)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  trellis_app_bind_text (self->action, property, row, required);
  gtk_editable_set_editable (GTK_EDITABLE (row), self->editable);
  adw_preferences_group_add (group, row);
  return row;
}

static void
add_combo_row (TrellisActionPanel  *self,
               AdwPreferencesGroup *group,
               const char          *title,
               const char          *property,
               GType                type)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GtkWidget *row = adw_combo_row_new ();

  for (guint i = 0; i < trellis_enum_n_values (type); i++)
    gtk_string_list_append (labels, trellis_enum_label (type, i));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
  trellis_app_bind_enum (self->action, property, ADW_COMBO_ROW (row));
  gtk_widget_set_sensitive (row, self->editable);
  adw_preferences_group_add (group, row);
}

static void
add_switch_row (TrellisActionPanel  *self,
                AdwPreferencesGroup *group,
                const char          *title,
                const char          *subtitle,
                const char          *property)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  g_object_bind_property (self->action, property, toggle, "active", G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  gtk_widget_set_sensitive (row, self->editable);
  adw_preferences_group_add (group, row);
}

static void
add_progress_row (TrellisActionPanel  *self,
                  AdwPreferencesGroup *group)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (0, 100, 5);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Progress (%)"));
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_editable_set_enable_undo (GTK_EDITABLE (spin), FALSE);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  g_object_bind_property (self->action, TRELLIS_ACTION_PROP_PROGRESS, spin, "value", G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  gtk_widget_set_sensitive (row, self->editable);
  adw_preferences_group_add (group, row);
}

static void
add_text_view (TrellisActionPanel  *self,
               AdwPreferencesGroup *group,
               const char          *property,
               const char          *accessible_label)
{
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *view = gtk_text_view_new ();

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_editable (GTK_TEXT_VIEW (view), self->editable);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 10);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 10);
  gtk_widget_set_size_request (view, -1, 72);
  gtk_widget_add_css_class (view, "register-text");
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label, -1);
  trellis_app_bind_text (self->action, property, gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), FALSE);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  adw_preferences_group_add (group, frame);
}

/* The goal: “No Goal” and the project's goals */

static void
sync_goal_row (GtkWidget *row)
{
  TrellisActionPanel *self = g_object_get_data (G_OBJECT (row), "panel");
  GPtrArray *uuids = g_object_get_data (G_OBJECT (row), "uuids");
  const char *goal = trellis_action_get_goal_uuid (self->action);
  guint selected = 0;

  for (guint i = 1; i < uuids->len; i++)
    if (g_strcmp0 (uuids->pdata[i], goal) == 0)
      selected = i;
  g_object_set_data (G_OBJECT (row), "updating", GINT_TO_POINTER (TRUE));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  g_object_set_data (G_OBJECT (row), "updating", NULL);
}

static void
on_goal_row_notify_selected_cb (GtkWidget *row)
{
  TrellisActionPanel *self = g_object_get_data (G_OBJECT (row), "panel");
  GPtrArray *uuids = g_object_get_data (G_OBJECT (row), "uuids");
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (row));

  if (g_object_get_data (G_OBJECT (row), "updating") || selected >= uuids->len)
    return;
  trellis_action_set_goal_uuid (self->action, uuids->pdata[selected]);
}

static void
add_goal_row (TrellisActionPanel  *self,
              AdwPreferencesGroup *group)
{
  GListModel *goals = trellis_project_get_items (self->project, TRELLIS_TYPE_GOAL);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GPtrArray *uuids = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *row = adw_combo_row_new ();

  gtk_string_list_append (labels, _("No Goal"));
  g_ptr_array_add (uuids, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(TrellisItem) goal = g_list_model_get_item (goals, i);
      g_autofree char *title = trellis_item_dup_label (goal);

      gtk_string_list_append (labels, title);
      g_ptr_array_add (uuids, g_strdup (trellis_item_get_uuid (goal)));
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Goal"));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
  g_object_set_data (G_OBJECT (row), "panel", self);
  g_object_set_data_full (G_OBJECT (row), "uuids", uuids, (GDestroyNotify) g_ptr_array_unref);
  sync_goal_row (row);
  g_signal_connect (row, "notify::selected", G_CALLBACK (on_goal_row_notify_selected_cb), NULL);
  g_signal_connect_object (self->action, "notify::" TRELLIS_ACTION_PROP_GOAL, G_CALLBACK (sync_goal_row), row, G_CONNECT_SWAPPED);
  gtk_widget_set_sensitive (row, self->editable);
  adw_preferences_group_add (group, row);
}

/* The owner */

static void
sync_owner (TrellisActionPanel *self)
{
  g_autofree char *owner = trellis_action_dup_owner_label (self->project, self->action);

  gtk_label_set_label (GTK_LABEL (self->owner_label), owner != NULL ? owner : _("Nobody"));
}

static void
owner_chosen (const char *owner,
              const char *owner_name,
              gpointer    user_data)
{
  TrellisActionPanel *self = user_data;
  g_autoptr(GPtrArray) actions = g_ptr_array_new ();

  if (self->action == NULL)
    return;
  g_ptr_array_add (actions, self->action);
  trellis_plan_set_owner (self->project, actions, owner, owner_name);
}

static void
add_owner_row (TrellisActionPanel  *self,
               AdwPreferencesGroup *group)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_menu_button_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Owner"));
  self->owner_label = gtk_label_new (NULL);
  gtk_label_set_ellipsize (GTK_LABEL (self->owner_label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (self->owner_label), 20);
  gtk_menu_button_set_child (GTK_MENU_BUTTON (button), self->owner_label);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button),
                               trellis_action_owner_popover_new (self->project, owner_chosen, self));
  gtk_widget_set_tooltip_text (button, _("Choose Who Is Responsible"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (gtk_widget_get_first_child (button), "plan-owner");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
  sync_owner (self);
  g_signal_connect_object (self->action, "notify::" TRELLIS_ACTION_PROP_OWNER, G_CALLBACK (sync_owner), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->action, "notify::" TRELLIS_ACTION_PROP_OWNER_NAME, G_CALLBACK (sync_owner), self, G_CONNECT_SWAPPED);
  gtk_widget_set_sensitive (row, self->editable);
  adw_preferences_group_add (group, row);
}

/* Dates and amounts: checked when committed, as Enter or the apply
 * button do, and also when the focus leaves the row and before the panel
 * shows another action or goes.  Each commit is one undo step.  What is
 * refused stays in the row, marked, with the reason under the row's group,
 * and the action keeps its value.
 * Each row is one of these fields, read and written through the typed
 * accessors: a date has get_day/set_day, an amount get_amount/set_amount. */

typedef struct
{
  const char *notify;
  TrellisDay (*get_day)    (TrellisAction *action);
  void       (*set_day)    (TrellisAction *action,
                            TrellisDay     day);
  double     (*get_amount) (TrellisAction *action);
  void       (*set_amount) (TrellisAction *action,
                            double         amount);
} CheckedField;

static const CheckedField start_field = {
  .notify = "notify::" TRELLIS_ACTION_PROP_START, .get_day = trellis_action_get_start, .set_day = trellis_action_set_start,
};
static const CheckedField due_field = {
  .notify = "notify::" TRELLIS_ACTION_PROP_DUE, .get_day = trellis_action_get_due, .set_day = trellis_action_set_due,
};
static const CheckedField planned_field = {
  .notify = "notify::" TRELLIS_ACTION_PROP_BUDGET_PLANNED,
  .get_amount = trellis_action_get_budget_planned, .set_amount = trellis_action_set_budget_planned,
};
static const CheckedField spent_field = {
  .notify = "notify::" TRELLIS_ACTION_PROP_BUDGET_SPENT,
  .get_amount = trellis_action_get_budget_spent, .set_amount = trellis_action_set_budget_spent,
};

static char *
value_text (TrellisAction      *action,
            const CheckedField *field)
{
  double amount;

  if (field->get_day != NULL)
    {
      g_autofree char *date = trellis_date_format (field->get_day (action));

      return g_strdup (date != NULL ? date : "");
    }
  amount = field->get_amount (action);
  return isnan (amount) ? g_strdup ("") : g_strdup_printf ("%.15g", amount);
}

/* Marks @row refused with @message, or not with NULL; its group tells
 * the newest reason, or that of a row of it still refused. */
static void
mark_checked_row (GtkWidget  *row,
                  const char *message)
{
  GtkWidget *group = g_object_get_data (G_OBJECT (row), "group");
  GPtrArray *rows = g_object_get_data (G_OBJECT (group), "checked-rows");
  const char *shown = message;

  g_object_set_data_full (G_OBJECT (row), "error-message", g_strdup (message), g_free);
  if (message != NULL)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
  for (guint i = 0; i < rows->len && shown == NULL; i++)
    shown = g_object_get_data (rows->pdata[i], "error-message");
  _trellis_action_panel_show_error (group, shown);
}

static void
sync_checked_row (GtkWidget *row)
{
  TrellisAction *action = g_object_get_data (G_OBJECT (row), "action");
  const CheckedField *field = g_object_get_data (G_OBJECT (row), "field");
  g_autofree char *text = value_text (action, field);

  gtk_editable_set_text (GTK_EDITABLE (row), text);
  if (g_object_get_data (G_OBJECT (row), "error-message") != NULL)
    mark_checked_row (row, NULL);
}

/* Sets @field of @action from @text unless it holds that already; FALSE
 * with @error if @text is not a date or an amount. */
static gboolean
set_checked_value (TrellisProject     *project,
                   TrellisAction      *action,
                   const CheckedField *field,
                   const char         *text,
                   GError            **error)
{
  TrellisHistory *history = trellis_project_get_history (project);
  TrellisDay day = TRELLIS_DAY_NONE;
  double amount = NAN, old;

  if (field->set_amount != NULL)
    {
      if (!trellis_action_parse_amount (text, &amount, error))
        return FALSE;
      old = field->get_amount (action);
      if ((isnan (amount) && isnan (old)) || amount == old)
        return TRUE;
    }
  else
    {
      if (!trellis_action_check_date (text, error))
        return FALSE;
      day = trellis_date_parse (text);
      if (day == field->get_day (action))
        return TRUE;
    }

  /* Its own undo step, not merged with an edit of the field just before or after. */
  trellis_history_seal (history);
  if (field->set_amount != NULL)
    field->set_amount (action, amount);
  else
    field->set_day (action, day);
  trellis_history_seal (history);
  return TRUE;
}

/* Takes what @row holds, as Enter does; FALSE if it is refused. */
static gboolean
commit_checked_row (GtkWidget *row)
{
  TrellisActionPanel *self = g_object_get_data (G_OBJECT (row), "panel");
  TrellisAction *action = g_object_get_data (G_OBJECT (row), "action");
  const CheckedField *field = g_object_get_data (G_OBJECT (row), "field");
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  g_autoptr(GError) error = NULL;

  /* Not for a row the panel no longer shows, nor an action deleted meanwhile. */
  if (!self->editable || g_object_get_data (G_OBJECT (row), "retired") != NULL ||
      trellis_project_lookup (self->project, trellis_item_get_uuid (TRELLIS_ITEM (action))) != TRELLIS_ITEM (action))
    return TRUE;

  if (!set_checked_value (self->project, action, field, text, &error))
    {
      mark_checked_row (row, error->message);
      return FALSE;
    }
  mark_checked_row (row, NULL);
  sync_checked_row (row);
  return TRUE;
}

static void
on_checked_row_apply_cb (GtkWidget *row)
{
  commit_checked_row (row);
}

static void
on_checked_row_focus_leave_cb (GtkEventController *controller)
{
  commit_checked_row (gtk_event_controller_get_widget (controller));
}

static void
add_checked_row (TrellisActionPanel  *self,
                 AdwPreferencesGroup *group,
                 const char          *title,
                 const CheckedField  *field)
{
  GtkWidget *row = adw_entry_row_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GPtrArray *group_rows = g_object_get_data (G_OBJECT (group), "checked-rows");

  if (group_rows == NULL)
    {
      group_rows = g_ptr_array_new ();
      g_object_set_data_full (G_OBJECT (group), "checked-rows", group_rows, (GDestroyNotify) g_ptr_array_unref);
    }
  g_ptr_array_add (group_rows, row);
  g_ptr_array_add (self->checked_rows, g_object_ref (row));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  gtk_editable_set_enable_undo (GTK_EDITABLE (row), FALSE);
  gtk_editable_set_editable (GTK_EDITABLE (row), self->editable);
  g_object_set_data (G_OBJECT (row), "panel", self);
  g_object_set_data_full (G_OBJECT (row), "action", g_object_ref (self->action), g_object_unref);
  g_object_set_data (G_OBJECT (row), "field", (gpointer) field);
  g_object_set_data (G_OBJECT (row), "group", group);
  sync_checked_row (row);
  g_signal_connect (row, "apply", G_CALLBACK (on_checked_row_apply_cb), NULL);
  g_signal_connect (focus, "leave", G_CALLBACK (on_checked_row_focus_leave_cb), NULL);
  gtk_widget_add_controller (row, focus);
  g_signal_connect_object (self->action, field->notify, G_CALLBACK (sync_checked_row), row, G_CONNECT_SWAPPED);
  adw_preferences_group_add (group, row);
}

/* Takes what the rows hold, before they show another action or go. */
static void
commit_checked_rows (TrellisActionPanel *self)
{
  for (guint i = 0; i < self->checked_rows->len; i++)
    commit_checked_row (self->checked_rows->pdata[i]);
}

/* The rows are being replaced: a late focus-out commits nothing. */
static void
retire_checked_rows (TrellisActionPanel *self)
{
  for (guint i = 0; i < self->checked_rows->len; i++)
    g_object_set_data (self->checked_rows->pdata[i], "retired", GINT_TO_POINTER (TRUE));
  g_ptr_array_set_size (self->checked_rows, 0);
}

/* Building */

static GtkWidget *
build_header (TrellisActionPanel *self)
{
  GtkWidget *title = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_add_css_class (title, "title-3");
  g_object_bind_property (self->action, TRELLIS_ACTION_PROP_TITLE, title, "label", G_BINDING_SYNC_CREATE);
  return title;
}

static GtkWidget *
build_rows (TrellisActionPanel *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  AdwPreferencesGroup *group;

  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), build_header (self));

  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  self->title_row = add_entry_row (self, group, _("Title"), TRELLIS_ACTION_PROP_TITLE, TRUE);
  add_goal_row (self, group);
  add_owner_row (self, group);
  add_combo_row (self, group, _("Status"), TRELLIS_ACTION_PROP_STATUS, TRELLIS_TYPE_ACTION_STATUS);
  add_combo_row (self, group, _("Service Area"), TRELLIS_ACTION_PROP_AREA, TRELLIS_TYPE_SERVICE_AREA);
  add_switch_row (self, group, _("Quick Win"), _("Shows results early, at little cost"), TRELLIS_ACTION_PROP_QUICK_WIN);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (group));

  group = ADW_PREFERENCES_GROUP (_trellis_action_panel_new_group (_("Schedule"), _("Dates as YYYY-MM-DD, taken when you leave the field")));
  add_checked_row (self, group, _("Start"), &start_field);
  add_checked_row (self, group, _("Due"), &due_field);
  add_progress_row (self, group);
  _trellis_action_panel_add_error_label (group);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (group));

  group = ADW_PREFERENCES_GROUP (_trellis_action_panel_new_group (_("Budget"), NULL));
  add_checked_row (self, group, _("Planned"), &planned_field);
  add_checked_row (self, group, _("Spent"), &spent_field);
  add_entry_row (self, group, _("Currency"), TRELLIS_ACTION_PROP_CURRENCY, FALSE);
  _trellis_action_panel_add_error_label (group);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (group));

  group = ADW_PREFERENCES_GROUP (_trellis_action_panel_new_group (_("Description"), NULL));
  add_text_view (self, group, TRELLIS_ACTION_PROP_DESCRIPTION, _("Description"));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (group));

  group = ADW_PREFERENCES_GROUP (_trellis_action_panel_new_group (_("Deliverable"), _("What the action hands over when it is done")));
  add_text_view (self, group, TRELLIS_ACTION_PROP_DELIVERABLE, _("Deliverable"));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (group));

  self->links_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_box_append (GTK_BOX (box), self->links_box);
  _trellis_action_panel_build_links (self);

  if (self->editable)
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Delete Action"));

      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "plan.delete");
      gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "destructive-action");
      gtk_box_append (GTK_BOX (box), button);
    }

  return box;
}

static void
rebuild (TrellisActionPanel *self)
{
  retire_checked_rows (self);
  self->title_row = NULL;
  self->links_box = NULL;
  self->owner_label = NULL;
  g_clear_pointer (&self->links_state, g_free);
  if (self->action == NULL || self->project == NULL)
    {
      gtk_scrolled_window_set_child (self->scroller, NULL);
      gtk_stack_set_visible_child_name (self->stack, "none");
      return;
    }

  gtk_scrolled_window_set_child (self->scroller, build_rows (self));
  gtk_stack_set_visible_child_name (self->stack, "details");
}

/* Dependencies and milestones: trellis-action-panel-links.c */

static gboolean
links_cb (gpointer user_data)
{
  TrellisActionPanel *self = user_data;

  self->links_id = 0;
  if (self->links_box != NULL)
    _trellis_action_panel_build_links (self);
  return G_SOURCE_REMOVE;
}

static void
on_project_changed_cb (TrellisActionPanel *self,
                       TrellisItem        *item)
{
  if (self->action == NULL || self->links_id != 0)
    return;
  if (TRELLIS_IS_ACTION (item) || TRELLIS_IS_MILESTONE (item))
    self->links_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, links_cb, self, NULL);
}

/* GObject */

static void
trellis_action_panel_dispose (GObject *object)
{
  TrellisActionPanel *self = TRELLIS_ACTION_PANEL (object);

  if (self->checked_rows != NULL)
    {
      commit_checked_rows (self);
      retire_checked_rows (self);
    }
  g_clear_pointer (&self->checked_rows, g_ptr_array_unref);
  g_clear_handle_id (&self->links_id, g_source_remove);
  g_clear_pointer ((GtkWidget **) &self->stack, gtk_widget_unparent);
  g_clear_object (&self->action);
  g_clear_object (&self->project);
  g_clear_pointer (&self->links_state, g_free);

  G_OBJECT_CLASS (trellis_action_panel_parent_class)->dispose (object);
}

static void
trellis_action_panel_class_init (TrellisActionPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trellis_action_panel_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
trellis_action_panel_init (TrellisActionPanel *self)
{
  GtkWidget *status = adw_status_page_new ();

  self->editable = TRUE;
  self->checked_rows = g_ptr_array_new_with_free_func (g_object_unref);
  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_parent (GTK_WIDGET (self->stack), GTK_WIDGET (self));

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "view-list-bullet-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("No Action Selected"));
  adw_status_page_set_description (ADW_STATUS_PAGE (status), _("Select a row to see and edit all its details"));
  gtk_widget_add_css_class (status, "compact");
  gtk_stack_add_named (self->stack, status, "none");

  self->scroller = GTK_SCROLLED_WINDOW (gtk_scrolled_window_new ());
  gtk_scrolled_window_set_policy (self->scroller, GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->scroller), "details");
  gtk_stack_set_visible_child_name (self->stack, "none");
}

GtkWidget *
trellis_action_panel_new (void)
{
  return g_object_new (TRELLIS_TYPE_ACTION_PANEL, NULL);
}

void
trellis_action_panel_set_project (TrellisActionPanel *self,
                                  TrellisProject     *project)
{
  g_return_if_fail (TRELLIS_IS_ACTION_PANEL (self));
  g_return_if_fail (self->project == NULL);

  self->project = g_object_ref (project);
  g_signal_connect_object (project, "changed", G_CALLBACK (on_project_changed_cb), self, G_CONNECT_SWAPPED);
}

/**
 * trellis_action_panel_get_action:
 *
 * Returns: (transfer none) (nullable): the action shown
 */
TrellisAction *
trellis_action_panel_get_action (TrellisActionPanel *self)
{
  g_return_val_if_fail (TRELLIS_IS_ACTION_PANEL (self), NULL);

  return self->action;
}

void
trellis_action_panel_set_action (TrellisActionPanel *self,
                                 TrellisAction      *action)
{
  g_return_if_fail (TRELLIS_IS_ACTION_PANEL (self));
  g_return_if_fail (action == NULL || TRELLIS_IS_ACTION (action));

  if (self->action == action)
    return;

  commit_checked_rows (self);
  g_set_object (&self->action, action);
  rebuild (self);
}

void
trellis_action_panel_set_editable (TrellisActionPanel *self,
                                   gboolean            editable)
{
  g_return_if_fail (TRELLIS_IS_ACTION_PANEL (self));

  editable = !!editable;
  if (self->editable == editable)
    return;

  commit_checked_rows (self);
  self->editable = editable;
  rebuild (self);
}

/* Puts the cursor in the title, as after adding an action. */
void
trellis_action_panel_focus_title (TrellisActionPanel *self)
{
  g_return_if_fail (TRELLIS_IS_ACTION_PANEL (self));

  if (self->title_row != NULL)
    gtk_widget_grab_focus (self->title_row);
}
