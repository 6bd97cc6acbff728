/* trellis-timeline-chart.c: the Gantt chart widget of the action plan
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One widget draws the whole timeline (trellis-timeline-paint.c): a header
 * of months, weeks or quarters and a column of titles that stay put, and
 * the bars that scroll under them.  It is GtkScrollable, inside a
 * GtkScrolledWindow, and draws only what is in the window, so two thousand
 * actions scroll as smoothly as twenty.  The layout comes from the core
 * (trellis-timeline-layout.c) and is made again, lazily, whenever the
 * project changes.
 *
 * Editing: drag a bar's middle to move it, its ends to change the start
 * or the due date, snapping to whole days; the dates show while dragging,
 * and on release the core makes the change one undo step.  By keyboard:
 * Up and Down select, Alt+Left and Alt+Right move by a day (a week at weeks
 * zoom), with Shift they change the due date.  Read-only, it only selects.
 */

#define G_LOG_DOMAIN "trellis-timeline"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "trellis-timeline-chart-private.h"

#define RH TRELLIS_TIMELINE_ROW_HEIGHT


enum {
  PROP_0,
  PROP_ZOOM,
  PROP_EDITABLE,
  PROP_BY_GOAL,
  PROP_HADJUSTMENT,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
  N_PROPS
};

static GParamSpec *properties[PROP_HADJUSTMENT];

G_DEFINE_FINAL_TYPE_WITH_CODE (TrellisTimelineChart, trellis_timeline_chart, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, NULL))

/* Layout and scrolling */

TrellisTimelineLayout *
trellis_timeline_chart_get_layout (TrellisTimelineChart *self)
{
  g_return_val_if_fail (TRELLIS_IS_TIMELINE_CHART (self), NULL);

  if (self->layout == NULL)
    self->layout = trellis_timeline_layout_new (self->project, self->zoom, TRELLIS_DAY_NONE, self->by_goal);
  return self->layout;
}

static void
invalidate (TrellisTimelineChart *self)
{
  g_clear_pointer (&self->layout, trellis_timeline_layout_free);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

double
_trellis_timeline_chart_chart_width (TrellisTimelineChart *self)
{
  return MAX (0, gtk_widget_get_width (GTK_WIDGET (self)) - TRELLIS_TIMELINE_TITLE_WIDTH);
}

static double
rows_height (TrellisTimelineChart *self)
{
  return MAX (0, gtk_widget_get_height (GTK_WIDGET (self)) - TRELLIS_TIMELINE_HEADER_HEIGHT);
}

double
_trellis_timeline_chart_scroll_x (TrellisTimelineChart *self)
{
  return self->hadjustment != NULL ? gtk_adjustment_get_value (self->hadjustment) : 0;
}

static double
scroll_y (TrellisTimelineChart *self)
{
  return self->vadjustment != NULL ? gtk_adjustment_get_value (self->vadjustment) : 0;
}

static void
configure (GtkAdjustment *adjustment,
           double         value,
           double         upper,
           double         page,
           double         step)
{
  if (adjustment == NULL)
    return;
  upper = MAX (upper, page);
  gtk_adjustment_configure (adjustment, CLAMP (value, 0, upper - page), 0, upper, step, page * 0.9, page);
}

static void
configure_adjustments (TrellisTimelineChart *self)
{
  TrellisTimelineLayout *layout = trellis_timeline_chart_get_layout (self);
  double page = _trellis_timeline_chart_chart_width (self);
  double x = _trellis_timeline_chart_scroll_x (self);

  /* A bar dragged before the first month moves the origin: what was in
   * the window stays there. */
  if (self->shown_origin != 0 && self->keep_day == 0)
    x += ((double) self->shown_origin - trellis_timeline_layout_get_origin (layout)) *
         trellis_timeline_layout_get_pixels_per_day (layout);
  self->shown_origin = trellis_timeline_layout_get_origin (layout);
  if (self->keep_day != 0)
    x = trellis_timeline_layout_day_to_x (layout, self->keep_day) - page / 2;
  else if (!self->scrolled && page > 0)
    x = trellis_timeline_layout_day_to_x (layout, trellis_date_today ()) - page / 4;
  if (page > 0)
    {
      self->scrolled = TRUE;
      self->keep_day = 0;
    }
  configure (self->hadjustment, x, trellis_timeline_layout_get_width (layout) + 24, page, 24);
  configure (self->vadjustment, scroll_y (self), trellis_timeline_layout_get_height (layout) + 8,
             rows_height (self), RH);
}

/**
 * trellis_timeline_chart_scroll_to_day:
 *
 * Scrolls so that @day is a quarter of the way into the window.
 */
void
trellis_timeline_chart_scroll_to_day (TrellisTimelineChart *self,
                                      guint32               day)
{
  TrellisTimelineLayout *layout;

  g_return_if_fail (TRELLIS_IS_TIMELINE_CHART (self));

  layout = trellis_timeline_chart_get_layout (self);
  if (self->hadjustment != NULL)
    gtk_adjustment_set_value (self->hadjustment,
                              trellis_timeline_layout_day_to_x (layout, day) - _trellis_timeline_chart_chart_width (self) / 4);
}

static void
on_adjustment_value_changed_cb (TrellisTimelineChart *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_adjustment (TrellisTimelineChart  *self,
                GtkAdjustment        **slot,
                GtkAdjustment         *adjustment)
{
  if (*slot == adjustment)
    return;
  if (*slot != NULL)
    g_signal_handlers_disconnect_by_func (*slot, on_adjustment_value_changed_cb, self);
  g_clear_object (slot);
  if (adjustment == NULL)
    adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);
  *slot = g_object_ref_sink (adjustment);
  g_signal_connect_swapped (adjustment, "value-changed", G_CALLBACK (on_adjustment_value_changed_cb), self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

/* Rows and selection */

int
_trellis_timeline_chart_selected_row (TrellisTimelineChart *self)
{
  guint row;

  if (self->selected == NULL ||
      !trellis_timeline_layout_find_row (trellis_timeline_chart_get_layout (self), self->selected, &row))
    return -1;
  return row;
}

const TrellisTimelineRow *
_trellis_timeline_chart_action_row (TrellisTimelineChart *self,
            int                   index)
{
  TrellisTimelineLayout *layout = trellis_timeline_chart_get_layout (self);
  const TrellisTimelineRow *row;

  if (index < 0 || (guint) index >= trellis_timeline_layout_get_n_rows (layout))
    return NULL;
  row = trellis_timeline_layout_get_row (layout, index);
  return row->kind == TRELLIS_TIMELINE_ROW_ACTION ? row : NULL;
}

int
_trellis_timeline_chart_row_at (TrellisTimelineChart *self,
        double                y)
{
  if (y < TRELLIS_TIMELINE_HEADER_HEIGHT)
    return -1;
  return (int) floor ((y - TRELLIS_TIMELINE_HEADER_HEIGHT + scroll_y (self)) / RH);
}

TrellisAction *
trellis_timeline_chart_get_selected (TrellisTimelineChart *self)
{
  g_return_val_if_fail (TRELLIS_IS_TIMELINE_CHART (self), NULL);

  return TRELLIS_IS_ACTION (self->selected) ? TRELLIS_ACTION (self->selected) : NULL;
}

static void
scroll_to_row (TrellisTimelineChart *self,
               int                   index)
{
  const TrellisTimelineRow *row = _trellis_timeline_chart_action_row (self, index);
  double top = (double) index * RH, y = scroll_y (self), page = rows_height (self);

  if (self->vadjustment != NULL && page > 0)
    {
      if (top < y)
        gtk_adjustment_set_value (self->vadjustment, top);
      else if (top + RH > y + page)
        gtk_adjustment_set_value (self->vadjustment, top + RH - page);
    }
  if (row != NULL && row->bar != TRELLIS_TIMELINE_BAR_NONE && self->hadjustment != NULL && _trellis_timeline_chart_chart_width (self) > 0)
    {
      double x = _trellis_timeline_chart_scroll_x (self), page_x = _trellis_timeline_chart_chart_width (self);

      if (row->x + row->width < x || row->x > x + page_x)
        gtk_adjustment_set_value (self->hadjustment, row->x - page_x / 4);
    }
}

/**
 * trellis_timeline_chart_select:
 * @item: (nullable): an action, or %NULL
 */
void
trellis_timeline_chart_select (TrellisTimelineChart *self,
                               TrellisItem          *item)
{
  g_return_if_fail (TRELLIS_IS_TIMELINE_CHART (self));

  if (g_set_object (&self->selected, item))
    gtk_widget_queue_draw (GTK_WIDGET (self));
  if (item != NULL)
    scroll_to_row (self, _trellis_timeline_chart_selected_row (self));
}

gboolean
trellis_timeline_chart_get_bar_bounds (TrellisTimelineChart *self,
                                       TrellisItem          *action,
                                       graphene_rect_t      *bounds)
{
  TrellisTimelineLayout *layout = trellis_timeline_chart_get_layout (self);
  const TrellisTimelineRow *row;
  guint index;

  if (!trellis_timeline_layout_find_row (layout, action, &index) ||
      (row = _trellis_timeline_chart_action_row (self, index)) == NULL || row->bar == TRELLIS_TIMELINE_BAR_NONE)
    return FALSE;
  graphene_rect_init (bounds, TRELLIS_TIMELINE_TITLE_WIDTH + row->x - _trellis_timeline_chart_scroll_x (self),
                      TRELLIS_TIMELINE_HEADER_HEIGHT + (double) index * RH - scroll_y (self) + TRELLIS_TIMELINE_BAR_TOP,
                      MAX (row->width, 4), TRELLIS_TIMELINE_BAR_HEIGHT);
  return TRUE;
}

/* GtkWidget */

static void
trellis_timeline_chart_snapshot (GtkWidget   *widget,
                                 GtkSnapshot *snapshot)
{
  TrellisTimelineChart *self = TRELLIS_TIMELINE_CHART (widget);
  TrellisTimelinePaint paint = { 0 };
  TrellisStatusRules rules;

  paint.layout = trellis_timeline_chart_get_layout (self);
  paint.context = gtk_widget_get_pango_context (widget);
  paint.width = gtk_widget_get_width (widget);
  paint.height = gtk_widget_get_height (widget);
  paint.scroll_x = _trellis_timeline_chart_scroll_x (self);
  paint.scroll_y = scroll_y (self);
  paint.today = trellis_date_today ();
  trellis_status_rules_load (&rules, self->project);
  paint.rules = &rules;
  paint.selected = _trellis_timeline_chart_selected_row (self);
  paint.focused = gtk_widget_has_focus (widget);
  paint.drag = self->drag;
  paint.drag_days = self->drag_days;
  trellis_timeline_paint_lookup_colors (&paint, widget);
  trellis_timeline_paint (snapshot, &paint);
}

static void
trellis_timeline_chart_measure (GtkWidget      *widget,
                                GtkOrientation  orientation,
                                int             for_size,
                                int            *minimum,
                                int            *natural,
                                int            *minimum_baseline,
                                int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* A narrow window cuts the title column rather than grow. */
      *minimum = 160;
      *natural = TRELLIS_TIMELINE_TITLE_WIDTH + 800;
    }
  else
    {
      *minimum = TRELLIS_TIMELINE_HEADER_HEIGHT + 4 * RH;
      *natural = TRELLIS_TIMELINE_HEADER_HEIGHT + 16 * RH;
    }
}

static void
trellis_timeline_chart_size_allocate (GtkWidget *widget,
                                      int        width,
                                      int        height,
                                      int        baseline)
{
  configure_adjustments (TRELLIS_TIMELINE_CHART (widget));
}

static void
on_project_changed_cb (TrellisTimelineChart *self,
                       TrellisItem          *item)
{
  if (item == NULL || TRELLIS_IS_ACTION (item) || TRELLIS_IS_MILESTONE (item) || TRELLIS_IS_GOAL (item))
    invalidate (self);
}

static void
trellis_timeline_chart_dispose (GObject *object)
{
  TrellisTimelineChart *self = TRELLIS_TIMELINE_CHART (object);

  g_clear_pointer (&self->layout, trellis_timeline_layout_free);
  g_clear_object (&self->selected);
  if (self->hadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->hadjustment, on_adjustment_value_changed_cb, self);
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->vadjustment, on_adjustment_value_changed_cb, self);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (trellis_timeline_chart_parent_class)->dispose (object);
}

static void
trellis_timeline_chart_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  TrellisTimelineChart *self = TRELLIS_TIMELINE_CHART (object);

  switch (prop_id)
    {
    case PROP_ZOOM:
      g_value_set_int (value, self->zoom);
      break;
    case PROP_EDITABLE:
      g_value_set_boolean (value, self->editable);
      break;
    case PROP_BY_GOAL:
      g_value_set_boolean (value, self->by_goal);
      break;
    case PROP_HADJUSTMENT:
      g_value_set_object (value, self->hadjustment);
      break;
    case PROP_VADJUSTMENT:
      g_value_set_object (value, self->vadjustment);
      break;
    case PROP_HSCROLL_POLICY:
      g_value_set_enum (value, self->hscroll_policy);
      break;
    case PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->vscroll_policy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trellis_timeline_chart_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  TrellisTimelineChart *self = TRELLIS_TIMELINE_CHART (object);

  switch (prop_id)
    {
    case PROP_ZOOM:
      trellis_timeline_chart_set_zoom (self, g_value_get_int (value));
      break;
    case PROP_EDITABLE:
      trellis_timeline_chart_set_editable (self, g_value_get_boolean (value));
      break;
    case PROP_BY_GOAL:
      trellis_timeline_chart_set_by_goal (self, g_value_get_boolean (value));
      break;
    case PROP_HADJUSTMENT:
      set_adjustment (self, &self->hadjustment, g_value_get_object (value));
      break;
    case PROP_VADJUSTMENT:
      set_adjustment (self, &self->vadjustment, g_value_get_object (value));
      break;
    case PROP_HSCROLL_POLICY:
      self->hscroll_policy = g_value_get_enum (value);
      break;
    case PROP_VSCROLL_POLICY:
      self->vscroll_policy = g_value_get_enum (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trellis_timeline_chart_class_init (TrellisTimelineChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trellis_timeline_chart_dispose;
  object_class->get_property = trellis_timeline_chart_get_property;
  object_class->set_property = trellis_timeline_chart_set_property;
  widget_class->snapshot = trellis_timeline_chart_snapshot;
  widget_class->measure = trellis_timeline_chart_measure;
  widget_class->size_allocate = trellis_timeline_chart_size_allocate;

  properties[PROP_ZOOM] =
    g_param_spec_int ("zoom", NULL, NULL, TRELLIS_TIMELINE_WEEKS, TRELLIS_TIMELINE_QUARTERS,
                      TRELLIS_TIMELINE_MONTHS,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_EDITABLE] =
    g_param_spec_boolean ("editable", NULL, NULL, TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_BY_GOAL] =
    g_param_spec_boolean ("by-goal", NULL, NULL, TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, PROP_HADJUSTMENT, properties);
  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  gtk_widget_class_set_css_name (widget_class, "timelinechart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
trellis_timeline_chart_init (TrellisTimelineChart *self)
{
  self->zoom = TRELLIS_TIMELINE_MONTHS;
  self->by_goal = TRUE;
  self->editable = TRUE;

  _trellis_timeline_chart_init_input (self);
  /* The selection is drawn fainter without the focus. */
  g_signal_connect (self, "notify::has-focus", G_CALLBACK (gtk_widget_queue_draw), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Timeline of the action plan"), -1);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
}

GtkWidget *
trellis_timeline_chart_new (TrellisProject *project)
{
  TrellisTimelineChart *self;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);

  self = g_object_new (TRELLIS_TYPE_TIMELINE_CHART, NULL);
  self->project = g_object_ref (project);
  g_signal_connect_object (project, "changed", G_CALLBACK (on_project_changed_cb), self, G_CONNECT_SWAPPED);
  return GTK_WIDGET (self);
}

TrellisTimelineZoom
trellis_timeline_chart_get_zoom (TrellisTimelineChart *self)
{
  g_return_val_if_fail (TRELLIS_IS_TIMELINE_CHART (self), TRELLIS_TIMELINE_MONTHS);

  return self->zoom;
}

/**
 * trellis_timeline_chart_set_zoom:
 *
 * Zooms, keeping the day in the middle of the window where it is.
 */
void
trellis_timeline_chart_set_zoom (TrellisTimelineChart *self,
                                 TrellisTimelineZoom   zoom)
{
  g_return_if_fail (TRELLIS_IS_TIMELINE_CHART (self));

  if (self->zoom == zoom)
    return;
  if (self->scrolled)
    self->keep_day = trellis_timeline_layout_x_to_day (trellis_timeline_chart_get_layout (self),
                                                       _trellis_timeline_chart_scroll_x (self) + _trellis_timeline_chart_chart_width (self) / 2);
  self->zoom = zoom;
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

void
trellis_timeline_chart_set_editable (TrellisTimelineChart *self,
                                     gboolean              editable)
{
  g_return_if_fail (TRELLIS_IS_TIMELINE_CHART (self));

  editable = !!editable;
  if (self->editable == editable)
    return;
  self->editable = editable;
  self->drag = TRELLIS_TIMELINE_DRAG_NONE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITABLE]);
}

void
trellis_timeline_chart_set_by_goal (TrellisTimelineChart *self,
                                    gboolean              by_goal)
{
  g_return_if_fail (TRELLIS_IS_TIMELINE_CHART (self));

  by_goal = !!by_goal;
  if (self->by_goal == by_goal)
    return;
  self->by_goal = by_goal;
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BY_GOAL]);
}
