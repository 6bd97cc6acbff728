/* trellis-scroll-slice.h: the first rows of a long list, more as it is scrolled
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkSliceListModel *trellis_scroll_slice_new        (GListModel        *model,
                                                    guint              step);
void               trellis_scroll_slice_follow     (GtkSliceListModel *slice,
                                                    GtkWidget         *scrollable);
void               trellis_scroll_slice_reveal     (GtkSliceListModel *slice,
                                                    guint              position);
void               trellis_scroll_slice_reveal_all (GtkSliceListModel *slice);
gboolean           trellis_scroll_slice_is_whole   (GtkSliceListModel *slice);
void               trellis_scroll_slice_scroll_to  (GtkSliceListModel *slice,
                                                    GtkWidget         *view,
                                                    guint              position);
void               trellis_scroll_slice_scroll_to_top (GtkSliceListModel *slice);

G_END_DECLS
