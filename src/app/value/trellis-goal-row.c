/* trellis-goal-row.c: one goal in the list of the goals page
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A recycled row of the goals list (TrellisGoalsView): the goal's title,
 * its strategic area and number of indicators, a warning when it is not
 * measurable (the tooltip says why) and its dots while a round of dot
 * voting is open.  GTK 4.8's list views have no sections, so the area's
 * heading is part of the row, shown when the goal above is of another area
 * (the view says which with trellis_goal_row_set_first_of_area ()).
 *
 * The row follows its goal with notify::, so a new title redraws this row
 * only; what depends on other items (the indicators) is redrawn by
 * trellis_goal_row_update ().  A click on the goal, not on its heading,
 * emits "clicked", as a list box row is activated by a click.
 */

#define G_LOG_DOMAIN "trellis-goals-view"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-app-utils.h"
#include "trellis-goal-row.h"
#include "trellis-vote-badge.h"

struct _TrellisGoalRow
{
  GtkWidget       parent_instance;

  TrellisProject *project;
  TrellisGoal    *goal;

  /* Template widgets */
  GtkWidget      *heading;
  GtkWidget      *body;
  GtkWidget      *title_label;
  GtkWidget      *subtitle_label;
  GtkWidget      *warning_image;
  GtkWidget      *badge;
};

G_DEFINE_FINAL_TYPE (TrellisGoalRow, trellis_goal_row, GTK_TYPE_WIDGET)

enum {
  SIGNAL_CLICKED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
sync_labels (TrellisGoalRow *self)
{
  g_autoptr(GPtrArray) indicators = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *count = NULL;
  g_autofree char *text = NULL;
  const char *area;
  gboolean measurable;

  if (self->goal == NULL)
    return;
  indicators = trellis_goal_list_indicators (self->project, self->goal);
  measurable = trellis_goal_is_measurable (self->project, self->goal, &reason);
  area = trellis_enum_label (TRELLIS_TYPE_SERVICE_AREA, trellis_goal_get_area (self->goal));
  /* translators: the number of a goal's indicators */
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u indicator", "%u indicators", indicators->len),
                           indicators->len);
  /* translators: a goal's strategic area, then its number of indicators */
  text = g_strdup_printf (_("%s · %s"), area, count);
  gtk_label_set_label (GTK_LABEL (self->title_label), trellis_goal_get_title (self->goal));
  gtk_label_set_label (GTK_LABEL (self->subtitle_label), text);
  gtk_label_set_label (GTK_LABEL (self->heading), area);
  gtk_widget_set_visible (self->warning_image, !measurable);
  gtk_widget_set_tooltip_text (self->warning_image, measurable ? NULL : reason);
}

/* A press on the body or the heading is the row's: the list item would
 * select on its own. */
static void
on_pressed_cb (TrellisGoalRow *self,
               int             n_press,
               double          x,
               double          y,
               GtkGesture     *gesture)
{
  gtk_gesture_set_state (gesture, GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
on_body_released_cb (TrellisGoalRow *self)
{
  if (self->goal != NULL)
    g_signal_emit (self, signals[SIGNAL_CLICKED], 0);
}

/**
 * trellis_goal_row_get_goal:
 *
 * Returns: (transfer none) (nullable): the goal shown
 */
TrellisGoal *
trellis_goal_row_get_goal (TrellisGoalRow *self)
{
  g_return_val_if_fail (TRELLIS_IS_GOAL_ROW (self), NULL);

  return self->goal;
}

/**
 * trellis_goal_row_set_goal:
 * @goal: (nullable): the goal to show, %NULL when the row is unbound
 */
void
trellis_goal_row_set_goal (TrellisGoalRow *self,
                           TrellisGoal    *goal)
{
  g_return_if_fail (TRELLIS_IS_GOAL_ROW (self));
  g_return_if_fail (goal == NULL || TRELLIS_IS_GOAL (goal));

  if (self->goal == goal)
    return;
  if (self->goal != NULL)
    g_signal_handlers_disconnect_by_data (self->goal, self);
  g_set_object (&self->goal, goal);
  trellis_vote_badge_set_item (TRELLIS_VOTE_BADGE (self->badge), TRELLIS_ITEM (goal));
  if (goal != NULL)
    {
      g_signal_connect_object (goal, "notify::" TRELLIS_GOAL_PROP_TITLE, G_CALLBACK (sync_labels), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (goal, "notify::" TRELLIS_GOAL_PROP_AREA, G_CALLBACK (sync_labels), self,
                               G_CONNECT_SWAPPED);
    }
  sync_labels (self);
}

/**
 * trellis_goal_row_set_first_of_area:
 * @first: whether the goal above is of another strategic area (or none)
 *
 * Shows the area's heading above the goal, or hides it.
 */
void
trellis_goal_row_set_first_of_area (TrellisGoalRow *self,
                                    gboolean        first)
{
  g_return_if_fail (TRELLIS_IS_GOAL_ROW (self));

  gtk_widget_set_visible (self->heading, first);
}

/**
 * trellis_goal_row_get_first_of_area:
 *
 * Returns: whether the row shows its area's heading
 */
gboolean
trellis_goal_row_get_first_of_area (TrellisGoalRow *self)
{
  g_return_val_if_fail (TRELLIS_IS_GOAL_ROW (self), FALSE);

  return gtk_widget_get_visible (self->heading);
}

/**
 * trellis_goal_row_update:
 *
 * Shows again what depends on other items than the goal: the number of
 * indicators and whether the goal is measurable.
 */
void
trellis_goal_row_update (TrellisGoalRow *self)
{
  g_return_if_fail (TRELLIS_IS_GOAL_ROW (self));

  sync_labels (self);
}

/**
 * trellis_goal_row_new:
 * @project: the project of the goals the row will show
 *
 * Returns: (transfer floating): a row without a goal
 */
GtkWidget *
trellis_goal_row_new (TrellisProject *project)
{
  TrellisGoalRow *self;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);

  self = g_object_new (TRELLIS_TYPE_GOAL_ROW, NULL);
  self->project = g_object_ref (project);
  trellis_vote_badge_set_project (TRELLIS_VOTE_BADGE (self->badge), project);
  return GTK_WIDGET (self);
}

static void
trellis_goal_row_dispose (GObject *object)
{
  TrellisGoalRow *self = TRELLIS_GOAL_ROW (object);
  GtkWidget *child;

  trellis_goal_row_set_goal (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), TRELLIS_TYPE_GOAL_ROW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (trellis_goal_row_parent_class)->dispose (object);
}

static void
trellis_goal_row_class_init (TrellisGoalRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trellis_goal_row_dispose;

  /**
   * TrellisGoalRow::clicked:
   *
   * The goal (not its heading) was clicked.
   */
  signals[SIGNAL_CLICKED] =
    g_signal_new ("clicked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (TRELLIS_TYPE_VOTE_BADGE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/trellis/Trellis/ui/trellis-goal-row.ui");
  gtk_widget_class_bind_template_child (widget_class, TrellisGoalRow, heading);
  gtk_widget_class_bind_template_child (widget_class, TrellisGoalRow, body);
  gtk_widget_class_bind_template_child (widget_class, TrellisGoalRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisGoalRow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisGoalRow, warning_image);
  gtk_widget_class_bind_template_child (widget_class, TrellisGoalRow, badge);
  gtk_widget_class_bind_template_callback (widget_class, on_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_body_released_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
trellis_goal_row_init (TrellisGoalRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
