/* trellis-width-bin.c: a child measured for its width without a height
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A horizontal GtkBox allocates its children after measuring each one's
 * width for the box's height, and GTK 4.8 answers that for a wrapping
 * label with a binary search: ten or so text layouts each time the row
 * is laid out at a new height.  The dashboard's cards, made of such rows,
 * spent most of their first frame there.  Our layouts are height for
 * width only, so this bin gives its child's width as measured without a
 * height, once, and passes everything else through.
 */

#define G_LOG_DOMAIN "trellis-width-bin"

#include "config.h"

#include "trellis-width-bin.h"

struct _TrellisWidthBin
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (TrellisWidthBin, trellis_width_bin, GTK_TYPE_WIDGET)

static GtkSizeRequestMode
trellis_width_bin_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
trellis_width_bin_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);

  if (child == NULL)
    return;
  gtk_widget_measure (child, orientation, orientation == GTK_ORIENTATION_HORIZONTAL ? -1 : for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
trellis_width_bin_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);

  if (child != NULL)
    gtk_widget_allocate (child, width, height, baseline, NULL);
}

static void
trellis_width_bin_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (trellis_width_bin_parent_class)->dispose (object);
}

static void
trellis_width_bin_class_init (TrellisWidthBinClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trellis_width_bin_dispose;
  widget_class->get_request_mode = trellis_width_bin_get_request_mode;
  widget_class->measure = trellis_width_bin_measure;
  widget_class->size_allocate = trellis_width_bin_size_allocate;
}

static void
trellis_width_bin_init (TrellisWidthBin *self)
{
}

/**
 * trellis_width_bin_new:
 * @child: (transfer floating): what the bin holds
 *
 * Returns: (transfer floating): a bin around @child; it takes @child's
 *   hexpand, vexpand and alignment, so it stands where @child stood
 */
GtkWidget *
trellis_width_bin_new (GtkWidget *child)
{
  GtkWidget *self = g_object_new (TRELLIS_TYPE_WIDTH_BIN, NULL);

  g_return_val_if_fail (GTK_IS_WIDGET (child), self);

  gtk_widget_set_hexpand (self, gtk_widget_get_hexpand (child));
  gtk_widget_set_vexpand (self, gtk_widget_get_vexpand (child));
  gtk_widget_set_halign (self, gtk_widget_get_halign (child));
  gtk_widget_set_valign (self, gtk_widget_get_valign (child));
  gtk_widget_set_parent (child, self);
  return self;
}
