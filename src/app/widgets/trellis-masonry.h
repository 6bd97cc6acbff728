/* trellis-masonry.h: children in columns, each next one under the shortest column
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TRELLIS_TYPE_MASONRY (trellis_masonry_get_type ())

G_DECLARE_FINAL_TYPE (TrellisMasonry, trellis_masonry, TRELLIS, MASONRY, GtkWidget)

GtkWidget *trellis_masonry_new              (void);
void       trellis_masonry_append           (TrellisMasonry *self,
                                             GtkWidget      *child);
void       trellis_masonry_remove_all       (TrellisMasonry *self);
guint      trellis_masonry_get_n_children   (TrellisMasonry *self);
GtkWidget *trellis_masonry_get_child        (TrellisMasonry *self,
                                             guint           index);
void       trellis_masonry_set_column_width (TrellisMasonry *self,
                                             int             width);
guint      trellis_masonry_index_at         (TrellisMasonry *self,
                                             double          x,
                                             double          y);

G_END_DECLS
