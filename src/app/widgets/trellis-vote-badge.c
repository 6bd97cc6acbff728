/* trellis-vote-badge.c: the dots of one item in dot voting
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A small pill with an item's dots: while a round is open on the item's
 * board it is a button that gives the item a dot (win.voting-give-dot; a
 * secondary click takes one back, win.voting-take-dot); otherwise it shows
 * the last round's result, if any, and takes no clicks.  What to show is
 * trellis_voting_get_shown_dots (); the badge follows the project's changes
 * to its item's dots and to rounds, so a board row binds it once per item.
 * Without the window's actions (a presenter view) it only shows.
 */

#define G_LOG_DOMAIN "trellis-vote-badge"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-vote-badge.h"

struct _TrellisVoteBadge
{
  GtkWidget       parent_instance;

  TrellisProject *project;
  TrellisItem    *item;
  guint           dots;
  gboolean        voting;

  GtkWidget      *button;
  GtkLabel       *label;
};

G_DEFINE_FINAL_TYPE (TrellisVoteBadge, trellis_vote_badge, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_PROJECT, PROP_ITEM, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
show_dots (TrellisVoteBadge *self)
{
  g_autofree char *text = NULL;
  g_autofree char *name = NULL;
  const char *uuid;

  self->voting = self->project != NULL && self->item != NULL &&
                 trellis_voting_get_open_round (self->project, G_OBJECT_TYPE (self->item)) != NULL;
  self->dots = self->project != NULL && self->item != NULL
                 ? trellis_voting_get_shown_dots (self->project, self->item) : 0;
  /* A SWOT note shows its counter itself when no round is open. */
  gtk_widget_set_visible (GTK_WIDGET (self), self->voting ||
                          (self->dots > 0 && self->item != NULL && !TRELLIS_IS_SWOT_ITEM (self->item)));
  if (!gtk_widget_get_visible (GTK_WIDGET (self)))
    return;

  text = g_strdup_printf ("● %u", self->dots);
  gtk_label_set_label (self->label, text);
  if (self->voting)
    /* translators: the tooltip and accessible name of a note's dots while a round is open */
    name = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u dot: give one more (secondary click takes one back)",
                                         "%u dots: give one more (secondary click takes one back)", self->dots),
                            self->dots);
  else
    /* translators: the tooltip and accessible name of an item's dots in the last round */
    name = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u dot in the last round",
                                         "%u dots in the last round", self->dots), self->dots);
  gtk_widget_set_tooltip_text (self->button, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);

  uuid = trellis_item_get_uuid (self->item);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->button), "s", uuid);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->button), self->voting ? "win.voting-give-dot" : NULL);
  gtk_widget_set_can_target (self->button, self->voting);
  gtk_widget_set_focusable (self->button, self->voting);
  if (self->voting)
    gtk_widget_remove_css_class (self->button, "result");
  else
    gtk_widget_add_css_class (self->button, "result");
}

/* Only dots of this item and rounds change what the badge shows. */
static void
on_project_changed_cb (TrellisVoteBadge *self,
                       TrellisItem      *changed)
{
  if (self->item == NULL)
    return;
  if (TRELLIS_IS_VOTE_ROUND (changed) ||
      (TRELLIS_IS_VOTE (changed) &&
       g_strcmp0 (trellis_vote_get_item_uuid (TRELLIS_VOTE (changed)), trellis_item_get_uuid (self->item)) == 0) ||
      (changed == self->item && TRELLIS_IS_SWOT_ITEM (changed)))
    show_dots (self);
}

static void
on_secondary_pressed_cb (TrellisVoteBadge *self)
{
  if (self->voting && self->item != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.voting-take-dot", "s",
                                trellis_item_get_uuid (self->item));
}

/**
 * trellis_vote_badge_set_project:
 *
 * Sets the project whose rounds the badge follows.
 */
void
trellis_vote_badge_set_project (TrellisVoteBadge *self,
                                TrellisProject   *project)
{
  g_return_if_fail (TRELLIS_IS_VOTE_BADGE (self));
  g_return_if_fail (project == NULL || TRELLIS_IS_PROJECT (project));

  if (self->project == project)
    return;
  if (self->project != NULL)
    g_signal_handlers_disconnect_by_func (self->project, on_project_changed_cb, self);
  g_set_object (&self->project, project);
  if (project != NULL)
    g_signal_connect_object (project, "changed", G_CALLBACK (on_project_changed_cb), self,
                             G_CONNECT_SWAPPED);
  show_dots (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

TrellisProject *
trellis_vote_badge_get_project (TrellisVoteBadge *self)
{
  g_return_val_if_fail (TRELLIS_IS_VOTE_BADGE (self), NULL);

  return self->project;
}

/**
 * trellis_vote_badge_set_item:
 * @item: (nullable): a SWOT note, canvas note, TOWS strategy or goal;
 *   %NULL while a recycled row is unused
 *
 * Shows the dots of @item.
 */
void
trellis_vote_badge_set_item (TrellisVoteBadge *self,
                             TrellisItem      *item)
{
  g_return_if_fail (TRELLIS_IS_VOTE_BADGE (self));
  g_return_if_fail (item == NULL || TRELLIS_IS_ITEM (item));

  if (self->item == item)
    return;
  g_set_object (&self->item, item);
  show_dots (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}

TrellisItem *
trellis_vote_badge_get_item (TrellisVoteBadge *self)
{
  g_return_val_if_fail (TRELLIS_IS_VOTE_BADGE (self), NULL);

  return self->item;
}

/**
 * trellis_vote_badge_get_dots:
 *
 * Returns: the dots shown
 */
guint
trellis_vote_badge_get_dots (TrellisVoteBadge *self)
{
  g_return_val_if_fail (TRELLIS_IS_VOTE_BADGE (self), 0);

  return self->dots;
}

/**
 * trellis_vote_badge_get_voting:
 *
 * Returns: whether a round is open on the item's board (a click gives a dot)
 */
gboolean
trellis_vote_badge_get_voting (TrellisVoteBadge *self)
{
  g_return_val_if_fail (TRELLIS_IS_VOTE_BADGE (self), FALSE);

  return self->voting;
}

/**
 * trellis_vote_badge_new:
 *
 * Returns: (transfer floating): a badge without a project or item (hidden)
 */
GtkWidget *
trellis_vote_badge_new (void)
{
  return g_object_new (TRELLIS_TYPE_VOTE_BADGE, NULL);
}

static void
trellis_vote_badge_dispose (GObject *object)
{
  TrellisVoteBadge *self = TRELLIS_VOTE_BADGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TRELLIS_TYPE_VOTE_BADGE);
  if (self->project != NULL)
    g_signal_handlers_disconnect_by_func (self->project, on_project_changed_cb, self);
  g_clear_object (&self->project);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (trellis_vote_badge_parent_class)->dispose (object);
}

static void
trellis_vote_badge_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  TrellisVoteBadge *self = TRELLIS_VOTE_BADGE (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trellis_vote_badge_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  TrellisVoteBadge *self = TRELLIS_VOTE_BADGE (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      trellis_vote_badge_set_project (self, g_value_get_object (value));
      break;
    case PROP_ITEM:
      trellis_vote_badge_set_item (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trellis_vote_badge_class_init (TrellisVoteBadgeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trellis_vote_badge_dispose;
  object_class->get_property = trellis_vote_badge_get_property;
  object_class->set_property = trellis_vote_badge_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, TRELLIS_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, TRELLIS_TYPE_ITEM,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/trellis/Trellis/ui/trellis-vote-badge.ui");
  gtk_widget_class_bind_template_child (widget_class, TrellisVoteBadge, button);
  gtk_widget_class_bind_template_child (widget_class, TrellisVoteBadge, label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "votebadge");
}

static void
trellis_vote_badge_init (TrellisVoteBadge *self)
{
  GtkGesture *secondary = gtk_gesture_click_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (secondary), GDK_BUTTON_SECONDARY);
  g_signal_connect_swapped (secondary, "pressed", G_CALLBACK (on_secondary_pressed_cb), self);
  gtk_widget_add_controller (self->button, GTK_EVENT_CONTROLLER (secondary));
}
