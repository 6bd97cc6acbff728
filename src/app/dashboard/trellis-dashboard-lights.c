/* trellis-dashboard-lights.c: the board's lights, each a button that explains itself
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A light shows its colour, an icon and a word, so it does not speak by
 * colour alone.  Clicking it opens a popover with the reason, the computed
 * light beside an override, the parts that caused it, and buttons to go to
 * the item and to override its light.  The popover is built each time it
 * opens, from the view's current report.
 */

#define G_LOG_DOMAIN "trellis-dashboard-view"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-dashboard-view-private.h"
#include "trellis-override-dialog.h"
#include "trellis-trace-panel.h"
#include "trellis-locale-format.h"
#include "trellis-width-bin.h"

/* More would not fit under a light on a 768 pixels high screen. */
#define MAX_CAUSES 3

const char *
_trellis_dashboard_light_icon (TrellisLight light)
{
  switch (light)
    {
    case TRELLIS_LIGHT_RED:
      return "dialog-error-symbolic";
    case TRELLIS_LIGHT_AMBER:
      return "dialog-warning-symbolic";
    case TRELLIS_LIGHT_GREEN:
      return "emblem-ok-symbolic";
    case TRELLIS_LIGHT_GREY:
    default:
      return "action-unavailable-symbolic";
    }
}

const char *
_trellis_dashboard_light_class (TrellisLight light)
{
  switch (light)
    {
    case TRELLIS_LIGHT_RED:
      return "light-red";
    case TRELLIS_LIGHT_AMBER:
      return "light-amber";
    case TRELLIS_LIGHT_GREEN:
      return "light-green";
    case TRELLIS_LIGHT_GREY:
    default:
      return "light-grey";
    }
}

/* The light's name, short enough for a button; the popover says more. */
static const char *
light_word (TrellisLight light)
{
  switch (light)
    {
    case TRELLIS_LIGHT_RED:
      return _("Red");
    case TRELLIS_LIGHT_AMBER:
      return _("Amber");
    case TRELLIS_LIGHT_GREEN:
      return _("Green");
    case TRELLIS_LIGHT_GREY:
    default:
      /* translators: a grey traffic light, not enough data to judge */
      return _("No data");
    }
}

static GtkWidget *
light_content (TrellisLight  light,
               const char   *text,
               int           icon_size)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon = gtk_image_new_from_icon_name (_trellis_dashboard_light_icon (light));
  GtkWidget *label = gtk_label_new (text != NULL ? text : light_word (light));

  if (icon_size > 0)
    gtk_image_set_pixel_size (GTK_IMAGE (icon), icon_size);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  return box;
}

/**
 * _trellis_dashboard_light_chip:
 * @text: (nullable): the words, else the light's name
 *
 * A light that is not a button (in counts and in popovers).
 */
GtkWidget *
_trellis_dashboard_light_chip (TrellisLight  light,
                               const char   *text)
{
  GtkWidget *chip = light_content (light, text, 0);

  gtk_widget_add_css_class (chip, "status-light");
  gtk_widget_add_css_class (chip, _trellis_dashboard_light_class (light));
  gtk_widget_set_valign (chip, GTK_ALIGN_CENTER);
  gtk_widget_set_halign (chip, GTK_ALIGN_START);
  return chip;
}

/**
 * _trellis_dashboard_go_to:
 *
 * Shows the page where @item is edited: milestones on the timeline, the
 * rest where the plan check's trace shows them (goals are selected there).
 */
void
_trellis_dashboard_go_to (TrellisDashboardView *self,
                          TrellisItem          *item)
{
  if (TRELLIS_IS_MILESTONE (item))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-page", "s", "strategy/timeline");
  else
    trellis_trace_show_item (GTK_WIDGET (self), item);
}

static TrellisDashboardView *
view_of (GtkWidget *widget)
{
  return TRELLIS_DASHBOARD_VIEW (gtk_widget_get_ancestor (widget, TRELLIS_TYPE_DASHBOARD_VIEW));
}

static void
on_go_to_clicked_cb (GtkButton *button,
                     GtkWidget *light)
{
  TrellisDashboardView *self = view_of (light);
  g_autoptr(TrellisItem) item = g_object_ref (g_object_get_data (G_OBJECT (light), "item"));

  gtk_menu_button_popdown (GTK_MENU_BUTTON (light));
  if (self != NULL)
    _trellis_dashboard_go_to (self, item);
}

static void
on_override_clicked_cb (GtkButton *button,
                        GtkWidget *light)
{
  TrellisDashboardView *self = view_of (light);
  TrellisItem *item = g_object_get_data (G_OBJECT (light), "item");

  gtk_menu_button_popdown (GTK_MENU_BUTTON (light));
  if (self != NULL && self->editable)
    trellis_override_dialog_present (GTK_WIDGET (self), self->project, item,
                                     trellis_status_report_get_as_of (self->report));
}

static GtkWidget *
wrapped_label (const char *text,
               const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 46);
  gtk_label_set_width_chars (GTK_LABEL (label), 46);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static char *
dup_title (TrellisDashboardView *self,
           TrellisItem          *item)
{
  if (item == TRELLIS_ITEM (trellis_project_get_header (self->project)))
    return g_strdup (_("The project as a whole"));
  return trellis_trace_item_dup_title (item);
}

static void
add_override (GtkBox                   *box,
              const TrellisStatusEntry *entry)
{
  TrellisStatusOverride *override = TRELLIS_STATUS_OVERRIDE (entry->override);
  const char *author = trellis_status_override_get_author (override);
  g_autofree char *date = trellis_format_date (trellis_status_override_get_date (override));
  const char *reason = trellis_status_override_get_reason (override);
  g_autofree char *set = NULL;
  g_autofree char *computed = NULL;
  GtkWidget *label;

  /* translators: an override of a light: who set it, when and why */
  set = g_strdup_printf (_("Set by %s on %s: %s"),
                         author != NULL && author[0] != '\0' ? author : _("someone"),
                         date != NULL ? date : _("an unknown day"), reason != NULL ? reason : "");
  label = wrapped_label (set, NULL);
  gtk_widget_set_name (label, "popover-override");
  gtk_box_append (box, label);

  /* translators: the light the rules give, beside the one set by hand */
  computed = g_strdup_printf (_("Computed: %s, because %s"),
                              trellis_enum_label (TRELLIS_TYPE_LIGHT, entry->computed.light),
                              trellis_status_entry_get_computed_reason (entry));
  label = wrapped_label (computed, "dim-label");
  gtk_widget_set_name (label, "popover-computed");
  gtk_box_append (box, label);
}

static void
add_causes (GtkBox                   *box,
            const TrellisStatusEntry *entry)
{
  GtkWidget *heading;

  if (entry->causes == NULL || entry->causes->len == 0)
    return;

  heading = gtk_label_new (_("Because of"));
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_set_margin_top (heading, 6);
  gtk_box_append (box, heading);

  for (guint i = 0; i < entry->causes->len && i < MAX_CAUSES; i++)
    {
      const TrellisStatusEntry *cause = g_ptr_array_index (entry->causes, i);
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *icon = gtk_image_new_from_icon_name (_trellis_dashboard_light_icon (cause->light));

      gtk_widget_add_css_class (icon, "light-icon");
      gtk_widget_add_css_class (icon, _trellis_dashboard_light_class (cause->light));
      gtk_widget_set_valign (icon, GTK_ALIGN_START);
      gtk_widget_set_tooltip_text (icon, trellis_enum_label (TRELLIS_TYPE_LIGHT, cause->light));
      gtk_box_append (GTK_BOX (row), icon);
      /* Measured for its width once, not for every height (trellis-width-bin.c). */
      gtk_box_append (GTK_BOX (row),
                      trellis_width_bin_new (wrapped_label (trellis_status_entry_get_reason (cause), NULL)));
      gtk_box_append (box, row);
    }
  if (entry->causes->len > MAX_CAUSES)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "And %u more part",
                                                            "And %u more parts",
                                                            entry->causes->len - MAX_CAUSES),
                                               entry->causes->len - MAX_CAUSES);

      gtk_box_append (box, wrapped_label (more, "dim-label"));
    }
}

static void
create_popup_cb (GtkMenuButton *light,
                 gpointer       user_data)
{
  TrellisDashboardView *self = view_of (GTK_WIDGET (light));
  TrellisItem *item = g_object_get_data (G_OBJECT (light), "item");
  const TrellisStatusEntry *entry;
  g_autofree char *title = NULL;
  GtkWidget *popover, *box, *header, *label, *buttons, *button;
  gboolean is_project;

  if (self == NULL || self->report == NULL ||
      (entry = trellis_status_report_lookup (self->report, item)) == NULL)
    return;

  is_project = entry == trellis_status_report_get_overall (self->report);
  title = dup_title (self, item);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);

  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_box_append (GTK_BOX (header), _trellis_dashboard_light_chip (entry->light, NULL));
  label = gtk_label_new (is_project ? _("Project") : trellis_trace_item_kind (item));
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (header), label);
  gtk_box_append (GTK_BOX (box), header);

  label = wrapped_label (title, "heading");
  gtk_box_append (GTK_BOX (box), label);
  /* An override's reason is the reason; it comes with who set it. */
  if (entry->override != NULL)
    add_override (GTK_BOX (box), entry);
  else
    {
      label = wrapped_label (trellis_status_entry_get_reason (entry), NULL);
      gtk_widget_set_name (label, "popover-reason");
      gtk_box_append (GTK_BOX (box), label);
    }
  add_causes (GTK_BOX (box), entry);

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  gtk_widget_set_margin_top (buttons, 6);
  button = gtk_button_new_with_mnemonic (_("_Override…"));
  gtk_widget_set_name (button, "override-button");
  gtk_widget_set_tooltip_text (button, _("Set this light by hand, with a reason"));
  gtk_widget_set_visible (button, self->editable);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_override_clicked_cb), light, 0);
  gtk_box_append (GTK_BOX (buttons), button);
  button = gtk_button_new_with_mnemonic (_("_Go To"));
  gtk_widget_set_name (button, "go-to-button");
  gtk_widget_set_tooltip_text (button, _("Show this item where it is edited"));
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_widget_set_visible (button, !is_project);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_go_to_clicked_cb), light, 0);
  gtk_box_append (GTK_BOX (buttons), button);

  gtk_box_append (GTK_BOX (box), buttons);

  popover = gtk_popover_new ();
  gtk_widget_set_name (popover, "light-popover");
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_menu_button_set_popover (light, popover);
}

/**
 * _trellis_dashboard_light_button:
 * @large: the big light of the whole project
 *
 * Returns: (transfer floating): a button showing @entry's light; its
 *   popover tells why
 */
GtkWidget *
_trellis_dashboard_light_button (TrellisDashboardView     *self,
                                 const TrellisStatusEntry *entry,
                                 gboolean                  large)
{
  GtkWidget *button = gtk_menu_button_new ();
  const char *word = light_word (entry->light);
  g_autofree char *title = dup_title (self, entry->item);
  g_autofree char *accessible = entry->override != NULL
                                 /* translators: the accessible name of a light set by hand */
                                 ? g_strdup_printf (_("%s, set by hand: %s"), word, title)
                                 /* translators: the accessible name of a light: its word, the item */
                                 : g_strdup_printf (_("%s: %s"), word, title);
  g_autofree char *tooltip = NULL;

  GtkWidget *content = light_content (entry->light, NULL, large ? 48 : 0);

  /* An override shows on the light itself, not in its outline only: a
   * pencil, and the tooltip says the light was set by hand. */
  if (entry->override != NULL)
    {
      GtkWidget *pencil = gtk_image_new_from_icon_name ("document-edit-symbolic");

      gtk_widget_set_name (pencil, "override-mark");
      gtk_box_append (GTK_BOX (content), pencil);
    }
  gtk_menu_button_set_child (GTK_MENU_BUTTON (button), content);
  gtk_widget_add_css_class (button, "status-light");
  gtk_widget_add_css_class (button, _trellis_dashboard_light_class (entry->light));
  if (large)
    gtk_widget_add_css_class (button, "large");
  if (entry->override != NULL)
    gtk_widget_add_css_class (button, "overridden");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  if (entry->override != NULL)
    /* translators: the tooltip of a light set by hand: the computed light, then the override's reason */
    tooltip = g_strdup_printf (_("Set by hand; computed: %s. %s — click for why"),
                               light_word (entry->computed.light), trellis_status_entry_get_reason (entry));
  else
    /* translators: the tooltip of a traffic light on the dashboard */
    tooltip = g_strdup_printf (_("%s — click for why"), trellis_status_entry_get_reason (entry));
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  g_object_set_data_full (G_OBJECT (button), "item", g_object_ref (entry->item), g_object_unref);
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (button), create_popup_cb, NULL, NULL);
  return button;
}
