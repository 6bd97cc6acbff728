/* trellis-presenter-measurer.c: the heights of many wrapping labels, measured cheaply
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Measures labels of one kind (notes, headings) at one width through one
 * PangoLayout, which is several times cheaper than asking each label: a
 * crowded board has a thousand (1,021 labels of the 10× sample: 3.7 s to
 * 0.4 s for a fit in a debug build). The label's CSS padding and border are
 * added; the first label is also measured by GTK, and if the two disagree
 * every label is asked after all. The sheet places the labels at the
 * heights GTK gives them either way.
 */

#define G_LOG_DOMAIN "trellis-presenter-sheet"

#include "config.h"

#include "trellis-presenter-measurer.h"

static int
measure_label (GtkWidget *label,
               int        width)
{
  int natural = 0;

  gtk_widget_measure (label, GTK_ORIENTATION_VERTICAL, width, NULL, &natural, NULL, NULL);
  return natural;
}

int
_trellis_presenter_measurer_height (TrellisPresenterMeasurer *m,
                                    GtkWidget                *label)
{
  int height;

  if (m->exact)
    return measure_label (label, m->width);
  pango_layout_set_text (m->layout, gtk_label_get_text (GTK_LABEL (label)), -1);
  pango_layout_set_attributes (m->layout, gtk_label_get_attributes (GTK_LABEL (label)));
  pango_layout_get_pixel_size (m->layout, NULL, &height);
  return height + m->extra_height;
}

void
_trellis_presenter_measurer_init (TrellisPresenterMeasurer *m,
                                  GtkWidget                *first,
                                  int                       width)
{
  GtkBorder padding, border;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_padding (gtk_widget_get_style_context (first), &padding);
  gtk_style_context_get_border (gtk_widget_get_style_context (first), &border);
  G_GNUC_END_IGNORE_DEPRECATIONS
  m->width = width;
  m->content_width = width - padding.left - padding.right - border.left - border.right;
  m->extra_height = padding.top + padding.bottom + border.top + border.bottom;
  m->layout = gtk_widget_create_pango_layout (first, NULL);
  pango_layout_set_wrap (m->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_width (m->layout, MAX (1, m->content_width) * PANGO_SCALE);
  m->exact = FALSE;
  m->exact = _trellis_presenter_measurer_height (m, first) != measure_label (first, width);
  if (m->exact)
    g_debug ("Measuring every label: a layout of “%s” is not as high as the label",
             gtk_label_get_text (GTK_LABEL (first)));
}

void
_trellis_presenter_measurer_clear (TrellisPresenterMeasurer *m)
{
  g_clear_object (&m->layout);
}
