/* trellis-timeline-chart-input.c: dragging, keys and tooltips of the timeline chart
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A press on a bar's middle moves it, on its ends (six pixels, less on a
 * short bar) resizes it; the motion controller shows which with the
 * cursor.  While dragging, the painter draws the bar where it would go,
 * snapped to whole days, with its dates; on release the core makes the
 * change, one undo step, or refuses it (an end before the start) with a
 * toast.  Keys: Up and Down select, Alt+Left/Right move a day (a week at
 * weeks zoom), with Shift they change the due date.  Read-only, presses
 * and keys only select.
 */

#define G_LOG_DOMAIN "trellis-timeline"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "trellis-timeline-chart-private.h"
#include "trellis-window.h"
#include "trellis-locale-format.h"

#define RH TRELLIS_TIMELINE_ROW_HEIGHT

/* What a press at (x, y) would drag: the middle moves, the ends resize. */
static TrellisTimelineDrag
hit_bar (TrellisTimelineChart *self,
         double                x,
         double                y,
         int                  *index)
{
  const TrellisTimelineRow *row;
  graphene_rect_t bar;
  double edge;

  *index = _trellis_timeline_chart_row_at (self, y);
  row = _trellis_timeline_chart_action_row (self, *index);
  if (row == NULL || x < TRELLIS_TIMELINE_TITLE_WIDTH ||
      !trellis_timeline_chart_get_bar_bounds (self, row->item, &bar) ||
      y < bar.origin.y - 3 || y > bar.origin.y + bar.size.height + 3 ||
      x < bar.origin.x - 4 || x > bar.origin.x + bar.size.width + 4)
    return TRELLIS_TIMELINE_DRAG_NONE;
  if (bar.size.width < 12)
    return TRELLIS_TIMELINE_DRAG_MOVE;
  edge = MIN (6, bar.size.width / 3);
  if (x <= bar.origin.x + edge && row->bar != TRELLIS_TIMELINE_BAR_DUE_ONLY)
    return TRELLIS_TIMELINE_DRAG_START;
  if (x >= bar.origin.x + bar.size.width - edge && row->bar != TRELLIS_TIMELINE_BAR_START_ONLY)
    return TRELLIS_TIMELINE_DRAG_DUE;
  return TRELLIS_TIMELINE_DRAG_MOVE;
}

/* Edits */

static void
report_refusal (TrellisTimelineChart *self,
                const GError         *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  gtk_widget_error_bell (GTK_WIDGET (self));
  if (TRELLIS_IS_WINDOW (root))
    trellis_window_add_toast (TRELLIS_WINDOW (root), error->message);
}

static gboolean
commit (TrellisTimelineChart *self,
        TrellisTimelineDrag   drag,
        int                   days)
{
  TrellisAction *action = trellis_timeline_chart_get_selected (self);
  g_autoptr(GError) error = NULL;
  gboolean done;

  if (!self->editable || action == NULL || days == 0)
    return FALSE;
  if (drag == TRELLIS_TIMELINE_DRAG_MOVE)
    return trellis_timeline_move_action (self->project, action, days);

  done = trellis_timeline_resize_action (self->project, action,
                                         drag == TRELLIS_TIMELINE_DRAG_START ? TRELLIS_TIMELINE_EDGE_START
                                                                             : TRELLIS_TIMELINE_EDGE_DUE,
                                         days, &error);
  if (error != NULL)
    report_refusal (self, error);
  return done;
}

/**
 * trellis_timeline_chart_nudge:
 * @direction: -1 for earlier, 1 for later
 * @resize: change the due date rather than move the action
 *
 * What Alt+Left/Right (with Shift: resize) does to the selected action:
 * a day, or a week at weeks zoom.
 *
 * Returns: whether the action changed
 */
gboolean
trellis_timeline_chart_nudge (TrellisTimelineChart *self,
                              int                   direction,
                              gboolean              resize)
{
  int days = direction * (self->zoom == TRELLIS_TIMELINE_WEEKS ? 7 : 1);

  g_return_val_if_fail (TRELLIS_IS_TIMELINE_CHART (self), FALSE);

  return commit (self, resize ? TRELLIS_TIMELINE_DRAG_DUE : TRELLIS_TIMELINE_DRAG_MOVE, days);
}

static void
on_drag_begin_cb (TrellisTimelineChart *self,
                  double                x,
                  double                y,
                  GtkGestureDrag       *gesture)
{
  int index;
  TrellisTimelineDrag drag = hit_bar (self, x, y, &index);
  const TrellisTimelineRow *row = _trellis_timeline_chart_action_row (self, _trellis_timeline_chart_row_at (self, y));

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (row != NULL)
    trellis_timeline_chart_select (self, row->item);
  if (!self->editable || drag == TRELLIS_TIMELINE_DRAG_NONE)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }
  self->drag = drag;
  self->drag_days = 0;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
on_drag_update_cb (TrellisTimelineChart *self,
                   double                dx,
                   double                dy)
{
  int days;

  if (self->drag == TRELLIS_TIMELINE_DRAG_NONE)
    return;
  days = trellis_timeline_layout_snap_days (trellis_timeline_chart_get_layout (self), dx);
  if (days != self->drag_days)
    {
      self->drag_days = days;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
on_drag_end_cb (TrellisTimelineChart *self,
                double                dx,
                double                dy)
{
  TrellisTimelineDrag drag = self->drag;
  int days;

  if (drag == TRELLIS_TIMELINE_DRAG_NONE)
    return;
  days = trellis_timeline_layout_snap_days (trellis_timeline_chart_get_layout (self), dx);
  self->drag = TRELLIS_TIMELINE_DRAG_NONE;
  self->drag_days = 0;
  commit (self, drag, days);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_motion_cb (TrellisTimelineChart *self,
              double                x,
              double                y)
{
  int index;
  TrellisTimelineDrag drag = self->drag != TRELLIS_TIMELINE_DRAG_NONE ? self->drag : hit_bar (self, x, y, &index);
  const char *cursor = NULL;

  if (self->editable && drag == TRELLIS_TIMELINE_DRAG_MOVE)
    cursor = "grab";
  else if (self->editable && drag != TRELLIS_TIMELINE_DRAG_NONE)
    cursor = "ew-resize";
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), cursor);
}

/* Keyboard */

static void
select_step (TrellisTimelineChart *self,
             int                   step)
{
  TrellisTimelineLayout *layout = trellis_timeline_chart_get_layout (self);
  int n = trellis_timeline_layout_get_n_rows (layout);
  int index = _trellis_timeline_chart_selected_row (self);

  if (index < 0)
    index = step > 0 ? -1 : n;
  for (index += step; index >= 0 && index < n; index += step)
    if (_trellis_timeline_chart_action_row (self, index) != NULL)
      {
        trellis_timeline_chart_select (self, _trellis_timeline_chart_action_row (self, index)->item);
        return;
      }
}

static gboolean
on_key_pressed_cb (TrellisTimelineChart *self,
                   guint                 keyval,
                   guint                 keycode,
                   GdkModifierType       state)
{
  gboolean alt = (state & GDK_ALT_MASK) != 0, shift = (state & GDK_SHIFT_MASK) != 0;

  switch (keyval)
    {
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      select_step (self, -1);
      return TRUE;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      select_step (self, 1);
      return TRUE;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      if (!alt)
        return FALSE;
      if (!trellis_timeline_chart_nudge (self, keyval == GDK_KEY_Left || keyval == GDK_KEY_KP_Left ? -1 : 1, shift))
        gtk_widget_error_bell (GTK_WIDGET (self));
      return TRUE;
    default:
      return FALSE;
    }
}

/* Tooltips */

static char *
describe_action (TrellisAction *action)
{
  g_autofree char *start = trellis_format_date (trellis_action_get_start (action));
  g_autofree char *due = trellis_format_date (trellis_action_get_due (action));
  g_autofree char *title = trellis_item_dup_label (TRELLIS_ITEM (action));
  const char *status = trellis_enum_label (TRELLIS_TYPE_ACTION_STATUS, trellis_action_get_status (action));

  /* translators: an action's tooltip on the timeline: title, dates, status and progress */
  return g_strdup_printf (_("%s\n%s – %s · %s · %d %%"), title, start != NULL ? start : "…",
                          due != NULL ? due : "…", status, trellis_action_get_progress (action));
}

static char *
describe_milestone (TrellisMilestone *milestone)
{
  g_autofree char *title = trellis_item_dup_label (TRELLIS_ITEM (milestone));
  char date[TRELLIS_DISPLAY_DATE_SIZE];
  char reached[TRELLIS_DISPLAY_DATE_SIZE];

  trellis_format_date_into (trellis_milestone_get_date (milestone), date);
  if (trellis_milestone_get_reached (milestone) == TRELLIS_DAY_NONE)
    /* translators: a milestone's tooltip: title and date */
    return g_strdup_printf (_("%s\n%s, not reached yet"), title, date);
  trellis_format_date_into (trellis_milestone_get_reached (milestone), reached);
  /* translators: a milestone's tooltip: title, date and when it was reached */
  return g_strdup_printf (_("%s\n%s, reached %s"), title, date, reached);
}

static gboolean
on_query_tooltip_cb (TrellisTimelineChart *self,
                     int                   x,
                     int                   y,
                     gboolean              keyboard,
                     GtkTooltip           *tooltip)
{
  TrellisTimelineLayout *layout = trellis_timeline_chart_get_layout (self);
  int index = _trellis_timeline_chart_row_at (self, y);
  const TrellisTimelineMilestone *marks;
  const TrellisTimelineRow *row;
  guint n;

  if (index < 0 || self->drag != TRELLIS_TIMELINE_DRAG_NONE)
    return FALSE;
  marks = trellis_timeline_layout_get_milestones (layout, index, 1, &n);
  for (guint i = 0; i < n; i++)
    if (fabs (TRELLIS_TIMELINE_TITLE_WIDTH + marks[i].x - _trellis_timeline_chart_scroll_x (self) - x) <= 8)
      {
        g_autofree char *text = describe_milestone (marks[i].milestone);

        gtk_tooltip_set_text (tooltip, text);
        return TRUE;
      }
  row = _trellis_timeline_chart_action_row (self, index);
  if (row != NULL && TRELLIS_IS_ACTION (row->item))
    {
      g_autofree char *text = describe_action (TRELLIS_ACTION (row->item));

      gtk_tooltip_set_text (tooltip, text);
      return TRUE;
    }
  /* Goals and milestones of their own: the title the column may cut. */
  if ((guint) index < trellis_timeline_layout_get_n_rows (layout) && x < TRELLIS_TIMELINE_TITLE_WIDTH &&
      trellis_timeline_layout_get_row (layout, index)->item != NULL)
    {
      g_autofree char *title = trellis_item_dup_label (trellis_timeline_layout_get_row (layout, index)->item);

      gtk_tooltip_set_text (tooltip, title);
      return TRUE;
    }
  return FALSE;
}

void
_trellis_timeline_chart_init_input (TrellisTimelineChart *self)
{
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (drag, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
  g_signal_connect_swapped (drag, "drag-update", G_CALLBACK (on_drag_update_cb), self);
  g_signal_connect_swapped (drag, "drag-end", G_CALLBACK (on_drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
  g_signal_connect_swapped (motion, "motion", G_CALLBACK (on_motion_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), NULL);
}
