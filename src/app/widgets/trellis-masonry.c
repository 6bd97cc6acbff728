/* trellis-masonry.c: children in columns, each next one under the shortest column
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The notes of a canvas box, laid out as the poster lays them out: as
 * many columns as the width has room for (no empty ones), and each note
 * goes under the column that is shortest so far.
 */

#define G_LOG_DOMAIN "trellis-masonry"

#include "config.h"

#include "trellis-masonry.h"

#define SPACING 6
#define MAX_COLUMNS 8

struct _TrellisMasonry
{
  GtkWidget parent_instance;

  int       column_width;
};

G_DEFINE_FINAL_TYPE (TrellisMasonry, trellis_masonry, GTK_TYPE_WIDGET)

static guint
count_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;
  return n;
}

static guint
n_columns_for (TrellisMasonry *self,
               int             width)
{
  guint n = count_children (GTK_WIDGET (self));
  guint fit = width > 0 ? (guint) ((width + SPACING) / (self->column_width + SPACING)) : 1;

  return CLAMP (MIN (fit, n), 1, MAX_COLUMNS);
}

/* Places the children for @width; with @allocate FALSE it only measures.
 * Returns the height of the tallest column. */
static int
place_children (TrellisMasonry *self,
                int             width,
                gboolean        allocate)
{
  guint n_columns = n_columns_for (self, width);
  int bottoms[MAX_COLUMNS] = { 0 };
  int column_width = MAX (1, (width - (int) (n_columns - 1) * SPACING) / (int) n_columns);
  int height = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      guint column = 0;
      int child_height;

      if (!gtk_widget_should_layout (child))
        continue;
      for (guint c = 1; c < n_columns; c++)
        if (bottoms[c] < bottoms[column])
          column = c;
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, column_width, NULL, &child_height, NULL, NULL);
      if (allocate)
        gtk_widget_size_allocate (child,
                                  &(GtkAllocation) { column * (column_width + SPACING), bottoms[column],
                                                     column_width, child_height }, -1);
      bottoms[column] += child_height + SPACING;
      height = MAX (height, bottoms[column] - SPACING);
    }

  return height;
}

static GtkSizeRequestMode
trellis_masonry_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
trellis_masonry_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  TrellisMasonry *self = TRELLIS_MASONRY (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int child_min = 0;

      for (GtkWidget *child = gtk_widget_get_first_child (widget);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          int min;

          gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
          child_min = MAX (child_min, min);
        }
      *minimum = child_min;
      *natural = MAX (child_min, self->column_width);
    }
  else
    *minimum = *natural = place_children (self, for_size < 0 ? self->column_width : for_size, FALSE);
}

static void
trellis_masonry_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  place_children (TRELLIS_MASONRY (widget), width, TRUE);
}

static void
trellis_masonry_dispose (GObject *object)
{
  trellis_masonry_remove_all (TRELLIS_MASONRY (object));

  G_OBJECT_CLASS (trellis_masonry_parent_class)->dispose (object);
}

static void
trellis_masonry_class_init (TrellisMasonryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trellis_masonry_dispose;
  widget_class->get_request_mode = trellis_masonry_get_request_mode;
  widget_class->measure = trellis_masonry_measure;
  widget_class->size_allocate = trellis_masonry_size_allocate;
}

static void
trellis_masonry_init (TrellisMasonry *self)
{
  self->column_width = 180;
}

GtkWidget *
trellis_masonry_new (void)
{
  return g_object_new (TRELLIS_TYPE_MASONRY, NULL);
}

void
trellis_masonry_append (TrellisMasonry *self,
                        GtkWidget      *child)
{
  g_return_if_fail (TRELLIS_IS_MASONRY (self));

  gtk_widget_insert_before (child, GTK_WIDGET (self), NULL);
}

void
trellis_masonry_remove_all (TrellisMasonry *self)
{
  GtkWidget *child;

  g_return_if_fail (TRELLIS_IS_MASONRY (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
}

guint
trellis_masonry_get_n_children (TrellisMasonry *self)
{
  g_return_val_if_fail (TRELLIS_IS_MASONRY (self), 0);

  return count_children (GTK_WIDGET (self));
}

/**
 * trellis_masonry_get_child:
 *
 * Returns: (transfer none) (nullable): the child at @index
 */
GtkWidget *
trellis_masonry_get_child (TrellisMasonry *self,
                           guint           index)
{
  GtkWidget *child;

  g_return_val_if_fail (TRELLIS_IS_MASONRY (self), NULL);

  for (child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL && index > 0;
       child = gtk_widget_get_next_sibling (child))
    index--;
  return child;
}

/**
 * trellis_masonry_set_column_width:
 *
 * The narrowest a column may be; wider boxes get more columns.
 */
void
trellis_masonry_set_column_width (TrellisMasonry *self,
                                  int             width)
{
  g_return_if_fail (TRELLIS_IS_MASONRY (self));
  g_return_if_fail (width > 0);

  if (self->column_width == width)
    return;
  self->column_width = width;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/**
 * trellis_masonry_index_at:
 * @x: a point, in the masonry's coordinates
 *
 * Where a child dropped at (@x, @y) goes: before the first child of the
 * point's column whose middle is below the point, else at the end.
 *
 * Returns: a position from 0 to the number of children
 */
guint
trellis_masonry_index_at (TrellisMasonry *self,
                          double          x,
                          double          y)
{
  gboolean one_column;
  guint index = 0;

  g_return_val_if_fail (TRELLIS_IS_MASONRY (self), 0);

  one_column = n_columns_for (self, gtk_widget_get_width (GTK_WIDGET (self))) == 1;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child), index++)
    {
      graphene_rect_t bounds;
      double left, top, right, bottom;

      if (!gtk_widget_compute_bounds (child, GTK_WIDGET (self), &bounds))
        continue;
      left = bounds.origin.x;
      top = bounds.origin.y;
      right = left + bounds.size.width;
      bottom = top + bounds.size.height;
      if ((one_column || (x >= left && x < right)) && y < (top + bottom) / 2)
        return index;
    }

  return index;
}
