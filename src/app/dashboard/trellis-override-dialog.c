/* trellis-override-dialog.c: set, renew or clear the light of an item by hand
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The computed light and its reason stay in sight above the override, so no
 * one sets a light without seeing what the rules say.  An override needs a
 * reason (Apply stays off until there is one); it counts from its date until
 * the next snapshot taken after that day, and applying it again renews it.
 */

#define G_LOG_DOMAIN "trellis-override-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-accessible.h"
#include "trellis-light-dot.h"
#include "trellis-override-dialog.h"
#include "trellis-window.h"
#include "trellis-locale-format.h"

struct _TrellisOverrideDialog
{
  AdwWindow        parent_instance;

  TrellisProject  *project;
  TrellisItem     *target;
  char            *as_of;
  gboolean         read_only;

  GtkToggleButton *light_buttons[4];
  AdwEntryRow     *reason_row;
  AdwEntryRow     *author_row;
  AdwEntryRow     *date_row;
  GtkLabel        *error_label;
  GtkWidget       *remove_button;
};

G_DEFINE_FINAL_TYPE (TrellisOverrideDialog, trellis_override_dialog, ADW_TYPE_WINDOW)

/* In the order people think of them, not the enum's. */
static const TrellisLight light_order[] = {
  TRELLIS_LIGHT_RED, TRELLIS_LIGHT_AMBER, TRELLIS_LIGHT_GREEN, TRELLIS_LIGHT_GREY
};

static char *
dup_stripped_text (gpointer editable)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (editable))));
}

static TrellisLight
get_chosen_light (TrellisOverrideDialog *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (light_order); i++)
    if (gtk_toggle_button_get_active (self->light_buttons[i]))
      return light_order[i];
  return TRELLIS_LIGHT_GREY;
}

static void
update_actions (TrellisOverrideDialog *self)
{
  g_autofree char *reason = dup_stripped_text (self->reason_row);
  g_autoptr(GPtrArray) overrides = NULL;

  overrides = trellis_status_override_list_by_target (self->project, TRELLIS_ITEM (self->target));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "override.apply", !self->read_only && reason[0] != '\0');
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "override.remove", !self->read_only && overrides->len > 0);
  gtk_widget_set_visible (self->remove_button, overrides->len > 0);
}

static void
show_error (TrellisOverrideDialog *self,
            const char            *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TrellisOverrideDialog *self = TRELLIS_OVERRIDE_DIALOG (widget);
  g_autofree char *reason = dup_stripped_text (self->reason_row);
  g_autofree char *author = dup_stripped_text (self->author_row);
  g_autofree char *date = dup_stripped_text (self->date_row);
  g_autoptr(GError) error = NULL;

  if (!trellis_status_set_override (self->project, self->target, get_chosen_light (self), reason,
                                    author, date, &error))
    {
      show_error (self, error->message);
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TrellisOverrideDialog *self = TRELLIS_OVERRIDE_DIALOG (widget);

  trellis_status_clear_override (self->project, self->target);
  gtk_window_close (GTK_WINDOW (self));
}

static void
trellis_override_dialog_dispose (GObject *object)
{
  TrellisOverrideDialog *self = TRELLIS_OVERRIDE_DIALOG (object);

  g_clear_object (&self->project);
  g_clear_object (&self->target);

  G_OBJECT_CLASS (trellis_override_dialog_parent_class)->dispose (object);
}

static void
trellis_override_dialog_finalize (GObject *object)
{
  TrellisOverrideDialog *self = TRELLIS_OVERRIDE_DIALOG (object);

  g_free (self->as_of);

  G_OBJECT_CLASS (trellis_override_dialog_parent_class)->finalize (object);
}

static void
trellis_override_dialog_class_init (TrellisOverrideDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trellis_override_dialog_dispose;
  object_class->finalize = trellis_override_dialog_finalize;

  gtk_widget_class_install_action (widget_class, "override.apply", NULL, apply_action);
  gtk_widget_class_install_action (widget_class, "override.remove", NULL, remove_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
trellis_override_dialog_init (TrellisOverrideDialog *self)
{
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);
  gtk_window_set_title (GTK_WINDOW (self), _("Override Light"));
  gtk_window_set_default_size (GTK_WINDOW (self), 560, -1);
}

static GtkWidget *
new_group (const char *title,
           const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  return group;
}

static GtkWidget *
new_light_row (TrellisLight  light,
               const char   *title,
               const char   *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), trellis_light_dot_new (light));
  gtk_widget_add_css_class (row, "property");
  return row;
}

/* What the rules say, and the override that counts now, if one does. */
static GtkWidget *
build_current (TrellisOverrideDialog *self)
{
  g_autoptr(TrellisStatusReport) report = trellis_status_report_new (self->project, self->as_of);
  const TrellisStatusEntry *entry = trellis_status_report_lookup (report, self->target);
  g_autofree char *description = NULL;
  g_autofree char *computed = NULL;
  g_autofree char *shown = NULL;
  GtkWidget *group;

  /* translators: %s is a date */
  shown = trellis_format_date (trellis_date_parse (self->as_of));
  description = g_strdup_printf (_("What the rules give on %s; it stays visible beside an override"),
                                 shown != NULL ? shown : self->as_of);
  group = new_group (_("Computed Light"), description);
  if (entry == NULL)
    return group;

  /* translators: %s is a light: Red, Amber, Green or No data */
  computed = g_strdup_printf (_("Computed: %s"), trellis_light_dot_get_word (entry->computed.light));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             new_light_row (entry->computed.light, computed,
                                            trellis_status_entry_get_computed_reason (entry)));
  if (entry->override != NULL)
    {
      TrellisStatusOverride *override = TRELLIS_STATUS_OVERRIDE (entry->override);
      const char *author = trellis_status_override_get_author (override);
      char date[TRELLIS_DISPLAY_DATE_SIZE];
      g_autofree char *title = NULL;

      trellis_format_date_into (trellis_status_override_get_date (override), date);
      if (author != NULL && author[0] != '\0')
        /* translators: a light, who set it, and the date: "Amber, set by Tobias Egger on 2026-11-05" */
        title = g_strdup_printf (_("Override: %s, set by %s on %s"), trellis_light_dot_get_word (entry->light),
                                 author, date);
      else
        /* translators: a light and the date: "Amber, set on 2026-11-05" */
        title = g_strdup_printf (_("Override: %s, set on %s"), trellis_light_dot_get_word (entry->light),
                                 date);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 new_light_row (entry->light, title, trellis_status_override_get_reason (override)));
    }
  return group;
}

static GtkWidget *
build_light_choice (TrellisOverrideDialog *self,
                    TrellisLight           chosen)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Light"));
  gtk_widget_add_css_class (box, "linked");
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  for (guint i = 0; i < G_N_ELEMENTS (light_order); i++)
    {
      GtkWidget *button = gtk_toggle_button_new ();
      /* translators: the accessible name of a light to choose in the override dialog; %s is "Red" etc. */
      g_autofree char *name = g_strdup_printf (_("Set the light to %s"), trellis_light_dot_get_word (light_order[i]));

      gtk_button_set_child (GTK_BUTTON (button), trellis_light_dot_new_label (light_order[i], NULL));
      gtk_widget_set_name (button, trellis_light_dot_get_word (light_order[i]));
      trellis_accessible_set_label (button, name);
      if (i > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), self->light_buttons[0]);
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), light_order[i] == chosen);
      self->light_buttons[i] = GTK_TOGGLE_BUTTON (button);
      gtk_box_append (GTK_BOX (box), button);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
  return row;
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
  return row;
}

static char *
default_author (TrellisProject *project)
{
  const char *facilitator = trellis_header_get_facilitator (trellis_project_get_header (project));

  if (facilitator != NULL && facilitator[0] != '\0')
    return g_strdup (facilitator);
  return g_strdup (g_get_real_name ());
}

static GtkWidget *
build_override (TrellisOverrideDialog *self)
{
  TrellisItem *current = trellis_status_find_override (self->project, self->target, self->as_of);
  const char *reason = current != NULL
                       ? trellis_status_override_get_reason (TRELLIS_STATUS_OVERRIDE (current)) : NULL;
  g_autofree char *today = trellis_date_format (trellis_date_today ());
  g_autofree char *author = default_author (self->project);
  g_autoptr(TrellisStatusReport) report = trellis_status_report_new (self->project, self->as_of);
  const TrellisStatusEntry *entry = trellis_status_report_lookup (report, self->target);
  TrellisLight chosen = entry != NULL ? entry->light : TRELLIS_LIGHT_GREY;
  GtkWidget *group;

  group = new_group (current != NULL ? _("Renew or Change the Override") : _("Override"),
                     _("Counts from its date until the next snapshot taken after that day; "
                       "applying it again after a snapshot renews it"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), build_light_choice (self, chosen));
  self->reason_row = ADW_ENTRY_ROW (new_entry_row (_("Reason (Required)"), reason, "reason-row"));
  self->author_row = ADW_ENTRY_ROW (new_entry_row (_("Author"), author, "author-row"));
  self->date_row = ADW_ENTRY_ROW (new_entry_row (_("Date"), today, "date-row"));
  adw_entry_row_set_activates_default (self->reason_row, TRUE);
  adw_entry_row_set_activates_default (self->author_row, TRUE);
  adw_entry_row_set_activates_default (self->date_row, TRUE);
  g_signal_connect_object (self->reason_row, "changed", G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->reason_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->author_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->date_row));
  return group;
}

static GtkWidget *
build_header (TrellisOverrideDialog *self)
{
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *apply = gtk_button_new_with_mnemonic (_("_Apply"));
  g_autofree char *label = NULL;

  if (self->target == TRELLIS_ITEM (trellis_project_get_header (self->project)))
    label = g_strdup (_("The project as a whole"));
  else
    label = trellis_item_dup_label (self->target);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new (_("Override Light"), label));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (apply), "override.apply");
  gtk_widget_set_name (apply, "apply-button");
  gtk_widget_add_css_class (apply, "suggested-action");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), apply);
  gtk_window_set_default_widget (GTK_WINDOW (self), apply);
  return header;
}

static void
build (TrellisOverrideDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *error_label = gtk_label_new (NULL);

  gtk_box_append (GTK_BOX (box), build_header (self));
  gtk_widget_set_margin_top (content, 24);
  gtk_widget_set_margin_bottom (content, 24);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);
  gtk_box_append (GTK_BOX (content), build_current (self));
  gtk_box_append (GTK_BOX (content), build_override (self));

  self->error_label = GTK_LABEL (error_label);
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_xalign (self->error_label, 0);
  gtk_widget_add_css_class (error_label, "error");
  gtk_widget_set_visible (error_label, FALSE);
  gtk_box_append (GTK_BOX (content), error_label);

  self->remove_button = gtk_button_new_with_mnemonic (_("_Remove Override"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->remove_button), "override.remove");
  gtk_widget_set_name (self->remove_button, "remove-button");
  gtk_widget_set_tooltip_text (self->remove_button, _("Remove every override of this item, so that the computed light counts"));
  gtk_widget_add_css_class (self->remove_button, "destructive-action");
  gtk_widget_add_css_class (self->remove_button, "pill");
  gtk_widget_set_halign (self->remove_button, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (content), self->remove_button);

  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 560);
  adw_clamp_set_child (ADW_CLAMP (clamp), content);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (box), scrolled);
  adw_window_set_content (ADW_WINDOW (self), box);
  update_actions (self);
}

/**
 * trellis_override_dialog_present:
 * @parent: a widget of the window to put the dialog over
 * @target: the action, milestone, indicator or goal, or the project's header
 * @as_of: the day the dashboard shows (YYYY-MM-DD)
 *
 * Shows the computed light of @target and lets the user override it, with a
 * reason, an author and a date, or renew or clear an override.  Nothing can
 * be changed when @parent's window shows the project read-only.
 */
void
trellis_override_dialog_present (GtkWidget      *parent,
                                 TrellisProject *project,
                                 TrellisItem    *target,
                                 const char     *as_of)
{
  TrellisOverrideDialog *self;
  GtkRoot *root;

  g_return_if_fail (GTK_IS_WIDGET (parent));
  g_return_if_fail (TRELLIS_IS_PROJECT (project));
  g_return_if_fail (TRELLIS_IS_ITEM (target));
  g_return_if_fail (trellis_date_parse (as_of) != 0);

  self = g_object_new (TRELLIS_TYPE_OVERRIDE_DIALOG, NULL);
  self->project = g_object_ref (project);
  self->target = g_object_ref (target);
  self->as_of = g_strdup (as_of);
  root = gtk_widget_get_root (parent);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (root));
  self->read_only = TRELLIS_IS_WINDOW (root) && trellis_window_get_read_only (TRELLIS_WINDOW (root));
  build (self);
  gtk_window_present (GTK_WINDOW (self));
  /* The first field: the choice of light */
  gtk_widget_grab_focus (GTK_WIDGET (self->light_buttons[0]));
}

/**
 * trellis_override_dialog_get_target:
 *
 * Returns: (transfer none): the item whose light the dialog overrides
 */
TrellisItem *
trellis_override_dialog_get_target (TrellisOverrideDialog *self)
{
  g_return_val_if_fail (TRELLIS_IS_OVERRIDE_DIALOG (self), NULL);

  return self->target;
}
