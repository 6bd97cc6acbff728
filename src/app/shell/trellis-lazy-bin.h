/* trellis-lazy-bin.h: a place for a widget that is built when first shown
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define TRELLIS_TYPE_LAZY_BIN (trellis_lazy_bin_get_type ())

G_DECLARE_FINAL_TYPE (TrellisLazyBin, trellis_lazy_bin, TRELLIS, LAZY_BIN, GtkWidget)

/**
 * TrellisLazyBuildFunc:
 * @user_data: the data given to trellis_lazy_bin_new()
 *
 * Returns: (transfer floating): the widget
 */
typedef GtkWidget *(*TrellisLazyBuildFunc) (gpointer user_data);

GtkWidget *trellis_lazy_bin_new        (TrellisLazyBuildFunc  build,
                                        gpointer              user_data,
                                        GDestroyNotify        destroy);
GtkWidget *trellis_lazy_bin_get_child  (TrellisLazyBin       *self);
GtkWidget *trellis_lazy_bin_peek_child (TrellisLazyBin       *self);

G_END_DECLS
