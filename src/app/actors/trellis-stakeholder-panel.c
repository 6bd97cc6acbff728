/* trellis-stakeholder-panel.c: every field of one stakeholder, beside the register
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rows are built anew for each stakeholder shown, so that their
 * bindings (trellis_app_bind_text/_enum, through the project's history)
 * end with them; nothing has to be unbound by hand.
 */

#define G_LOG_DOMAIN "trellis-stakeholder-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-app-utils.h"
#include "trellis-stakeholder-panel.h"

struct _TrellisStakeholderPanel
{
  GtkWidget           parent_instance;

  TrellisStakeholder *stakeholder;
  gboolean            editable;

  GtkStack           *stack;
  GtkScrolledWindow  *scroller;
  GtkWidget          *name_row;
};

G_DEFINE_FINAL_TYPE (TrellisStakeholderPanel, trellis_stakeholder_panel, GTK_TYPE_WIDGET)

static GtkWidget *
add_entry_row (TrellisStakeholderPanel *self,
               AdwPreferencesGroup     *group,
               const char              *title,
               const char              *property,
               gboolean                 required)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  trellis_app_bind_text (self->stakeholder, property, row, required);
  gtk_editable_set_editable (GTK_EDITABLE (row), self->editable);
  adw_preferences_group_add (group, row);
  return row;
}

static void
add_combo_row (TrellisStakeholderPanel *self,
               AdwPreferencesGroup     *group,
               const char              *title,
               const char              *property)
{
  GObjectClass *klass = G_OBJECT_GET_CLASS (self->stakeholder);
  GType type = g_object_class_find_property (klass, property)->value_type;
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GtkWidget *row = adw_combo_row_new ();

  for (guint i = 0; i < trellis_enum_n_values (type); i++)
    gtk_string_list_append (labels, trellis_enum_label (type, i));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
  trellis_app_bind_enum (self->stakeholder, property, ADW_COMBO_ROW (row));
  gtk_widget_set_sensitive (row, self->editable);
  adw_preferences_group_add (group, row);
}

/* libadwaita 1.2 has no AdwSwitchRow. */
static void
add_switch_row (TrellisStakeholderPanel *self,
                AdwPreferencesGroup     *group,
                const char              *title,
                const char              *subtitle,
                const char              *property)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  g_object_bind_property (self->stakeholder, property, toggle, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  gtk_widget_set_sensitive (row, self->editable);
  adw_preferences_group_add (group, row);
}

static void
add_text_view (TrellisStakeholderPanel *self,
               AdwPreferencesGroup     *group,
               const char              *property,
               const char              *accessible_label)
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
  trellis_app_bind_text (self->stakeholder, property, gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), FALSE);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  adw_preferences_group_add (group, frame);
}

static void
update_attention (GtkWidget *label)
{
  TrellisStakeholder *stakeholder = g_object_get_data (G_OBJECT (label), "stakeholder");

  gtk_widget_set_visible (label, trellis_stakeholder_needs_attention (stakeholder));
}

static GtkWidget *
build_header (TrellisStakeholderPanel *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *attention = gtk_label_new (_("Critical and highly influential: do not underestimate them, "
                                          "engage them early"));

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_add_css_class (title, "title-3");
  g_object_bind_property (self->stakeholder, TRELLIS_STAKEHOLDER_PROP_NAME, title, "label", G_BINDING_SYNC_CREATE);
  gtk_box_append (GTK_BOX (box), title);

  gtk_label_set_xalign (GTK_LABEL (attention), 0);
  gtk_label_set_wrap (GTK_LABEL (attention), TRUE);
  gtk_widget_add_css_class (attention, "warning");
  g_object_set_data (G_OBJECT (attention), "stakeholder", self->stakeholder);
  g_signal_connect_object (self->stakeholder, "notify", G_CALLBACK (update_attention), attention,
                           G_CONNECT_SWAPPED);
  update_attention (attention);
  gtk_box_append (GTK_BOX (box), attention);
  return box;
}

static GtkWidget *
build_rows (TrellisStakeholderPanel *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  AdwPreferencesGroup *group;
  GtkWidget *button;

  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), build_header (self));

  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  self->name_row = add_entry_row (self, group, _("Name"), TRELLIS_STAKEHOLDER_PROP_NAME, TRUE);
  add_entry_row (self, group, _("Organisation"), TRELLIS_STAKEHOLDER_PROP_ORGANISATION, FALSE);
  add_combo_row (self, group, _("Helix"), TRELLIS_STAKEHOLDER_PROP_HELIX);
  add_switch_row (self, group, _("Cluster Member"), NULL, TRELLIS_STAKEHOLDER_PROP_INTERNAL);
  add_entry_row (self, group, _("Contact"), TRELLIS_STAKEHOLDER_PROP_CONTACT, FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (group));

  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (group, _("Assessment"));
  add_combo_row (self, group, _("Attitude"), TRELLIS_STAKEHOLDER_PROP_ATTITUDE);
  add_combo_row (self, group, _("Influence"), TRELLIS_STAKEHOLDER_PROP_INFLUENCE);
  add_combo_row (self, group, _("Interest"), TRELLIS_STAKEHOLDER_PROP_INTEREST);
  add_combo_row (self, group, _("Role"), TRELLIS_STAKEHOLDER_PROP_ROLE);
  add_combo_row (self, group, _("Champion"), TRELLIS_STAKEHOLDER_PROP_CHAMPION);
  add_switch_row (self, group, _("Committed Member"), _("Has agreed to take part"), TRELLIS_STAKEHOLDER_PROP_COMMITTED);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (group));

  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (group, _("Description"));
  add_text_view (self, group, TRELLIS_STAKEHOLDER_PROP_DESCRIPTION, _("Description"));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (group));

  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (group, _("Engagement Measure"));
  adw_preferences_group_set_description (group, _("How the initiative plans to involve them"));
  add_text_view (self, group, TRELLIS_STAKEHOLDER_PROP_MEASURE, _("Engagement Measure"));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (group));

  if (self->editable)
    {
      button = gtk_button_new_with_mnemonic (_("_Delete Stakeholder"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "register.delete");
      gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "destructive-action");
      gtk_box_append (GTK_BOX (box), button);
    }

  return box;
}

static void
rebuild (TrellisStakeholderPanel *self)
{
  self->name_row = NULL;
  if (self->stakeholder == NULL)
    {
      gtk_scrolled_window_set_child (self->scroller, NULL);
      gtk_stack_set_visible_child_name (self->stack, "none");
      return;
    }

  gtk_scrolled_window_set_child (self->scroller, build_rows (self));
  gtk_stack_set_visible_child_name (self->stack, "details");
}

static void
trellis_stakeholder_panel_dispose (GObject *object)
{
  TrellisStakeholderPanel *self = TRELLIS_STAKEHOLDER_PANEL (object);

  g_clear_pointer ((GtkWidget **) &self->stack, gtk_widget_unparent);
  g_clear_object (&self->stakeholder);

  G_OBJECT_CLASS (trellis_stakeholder_panel_parent_class)->dispose (object);
}

static void
trellis_stakeholder_panel_class_init (TrellisStakeholderPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trellis_stakeholder_panel_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
trellis_stakeholder_panel_init (TrellisStakeholderPanel *self)
{
  GtkWidget *status = adw_status_page_new ();

  self->editable = TRUE;
  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_parent (GTK_WIDGET (self->stack), GTK_WIDGET (self));

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "system-users-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("No Stakeholder Selected"));
  adw_status_page_set_description (ADW_STATUS_PAGE (status), _("Select a row to see and edit all its details"));
  gtk_widget_add_css_class (status, "compact");
  gtk_stack_add_named (self->stack, status, "none");

  self->scroller = GTK_SCROLLED_WINDOW (gtk_scrolled_window_new ());
  gtk_scrolled_window_set_policy (self->scroller, GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->scroller), "details");
  gtk_stack_set_visible_child_name (self->stack, "none");
}

GtkWidget *
trellis_stakeholder_panel_new (void)
{
  return g_object_new (TRELLIS_TYPE_STAKEHOLDER_PANEL, NULL);
}

/**
 * trellis_stakeholder_panel_get_stakeholder:
 *
 * Returns: (transfer none) (nullable): the stakeholder shown
 */
TrellisStakeholder *
trellis_stakeholder_panel_get_stakeholder (TrellisStakeholderPanel *self)
{
  g_return_val_if_fail (TRELLIS_IS_STAKEHOLDER_PANEL (self), NULL);

  return self->stakeholder;
}

/**
 * trellis_stakeholder_panel_set_stakeholder:
 * @stakeholder: (nullable): a stakeholder of a project, or %NULL for none
 */
void
trellis_stakeholder_panel_set_stakeholder (TrellisStakeholderPanel *self,
                                           TrellisStakeholder      *stakeholder)
{
  g_return_if_fail (TRELLIS_IS_STAKEHOLDER_PANEL (self));
  g_return_if_fail (stakeholder == NULL || TRELLIS_IS_STAKEHOLDER (stakeholder));

  if (self->stakeholder == stakeholder)
    return;

  g_set_object (&self->stakeholder, stakeholder);
  rebuild (self);
}

void
trellis_stakeholder_panel_set_editable (TrellisStakeholderPanel *self,
                                        gboolean                 editable)
{
  g_return_if_fail (TRELLIS_IS_STAKEHOLDER_PANEL (self));

  editable = !!editable;
  if (self->editable == editable)
    return;

  self->editable = editable;
  rebuild (self);
}

/* Puts the cursor in the name, as after adding a stakeholder. */
void
trellis_stakeholder_panel_focus_name (TrellisStakeholderPanel *self)
{
  g_return_if_fail (TRELLIS_IS_STAKEHOLDER_PANEL (self));

  if (self->name_row != NULL)
    gtk_widget_grab_focus (self->name_row);
}
