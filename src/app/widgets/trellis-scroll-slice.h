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
void               trellis_scroll_slice_scroll_to  (GtkSliceListModel *slice,
                                                    GtkWidget         *view,
                                                    guint              position);
void               trellis_scroll_slice_scroll_to_top (GtkSliceListModel *slice);
void               trellis_scroll_slice_add_end_keys (GtkSliceListModel *slice,
                                                      GtkWidget         *view);
gboolean           trellis_scroll_slice_focus_in_text (GtkWidget      *widget);

G_END_DECLS
