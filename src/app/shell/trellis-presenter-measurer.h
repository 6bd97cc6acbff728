/* trellis-presenter-measurer.h: the heights of many wrapping labels, measured cheaply
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* For TrellisPresenterSheet: labels of one kind (notes, headings), one width. */
typedef struct
{
  PangoLayout *layout;
  int          content_width;
  int          extra_height;
  int          width;
  gboolean     exact;
} TrellisPresenterMeasurer;

void _trellis_presenter_measurer_init   (TrellisPresenterMeasurer *m,
                                         GtkWidget                *first,
                                         int                       width);
int  _trellis_presenter_measurer_height (TrellisPresenterMeasurer *m,
                                         GtkWidget                *label);
void _trellis_presenter_measurer_clear  (TrellisPresenterMeasurer *m);

G_END_DECLS
