/* trellis-canvas-area.c: the ten boxes of the canvas where the poster has them
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Its children are TrellisCanvasBoxWidgets; each one gets the share of the
 * area that trellis_canvas_box_get_rect() gives its box, so the page and
 * the exported poster have the same layout, at any window size.  The area
 * asks for enough room for every box's minimum, no more: the boxes scroll
 * their own notes.
 */

#define G_LOG_DOMAIN "trellis-canvas-area"

#include "config.h"

#include <math.h>

#include "trellis-canvas-area.h"
#include "trellis-canvas-box-widget.h"

#define GAP 6

struct _TrellisCanvasArea
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (TrellisCanvasArea, trellis_canvas_area, GTK_TYPE_WIDGET)

static void
get_rect (GtkWidget         *child,
          TrellisCanvasRect *rect)
{
  trellis_canvas_box_get_rect (trellis_canvas_box_widget_get_box (TRELLIS_CANVAS_BOX_WIDGET (child)), rect);
}

static void
trellis_canvas_area_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  double needed = 0;

  /* Each box's minimum, plus its gap, over its share of the area. */
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      TrellisCanvasRect rect;
      int min;

      get_rect (child, &rect);
      gtk_widget_measure (child, orientation, -1, &min, NULL, NULL, NULL);
      if (orientation == GTK_ORIENTATION_HORIZONTAL)
        needed = MAX (needed, (min + GAP) / rect.width);
      else
        needed = MAX (needed, (min + GAP) / rect.height);
    }

  *minimum = *natural = (int) ceil (needed);
}

static void
trellis_canvas_area_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  /* The fractions cover the area and half a gap beyond each edge, so that
   * boxes at the edges touch them and every two boxes are a gap apart. */
  double full_width = width + GAP;
  double full_height = height + GAP;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      TrellisCanvasRect rect;
      int x0, y0, x1, y1;

      get_rect (child, &rect);
      x0 = (int) round (rect.x * full_width);
      y0 = (int) round (rect.y * full_height);
      x1 = (int) round ((rect.x + rect.width) * full_width) - GAP;
      y1 = (int) round ((rect.y + rect.height) * full_height) - GAP;
      gtk_widget_size_allocate (child, &(GtkAllocation) { x0, y0, MAX (x1 - x0, 1), MAX (y1 - y0, 1) }, -1);
    }
}

static void
trellis_canvas_area_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (trellis_canvas_area_parent_class)->dispose (object);
}

static void
trellis_canvas_area_class_init (TrellisCanvasAreaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trellis_canvas_area_dispose;
  widget_class->measure = trellis_canvas_area_measure;
  widget_class->size_allocate = trellis_canvas_area_size_allocate;
}

static void
trellis_canvas_area_init (TrellisCanvasArea *self)
{
}

GtkWidget *
trellis_canvas_area_new (void)
{
  return g_object_new (TRELLIS_TYPE_CANVAS_AREA, NULL);
}
