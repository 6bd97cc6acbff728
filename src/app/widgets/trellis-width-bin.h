/* trellis-width-bin.h: a child measured for its width without a height
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TRELLIS_TYPE_WIDTH_BIN (trellis_width_bin_get_type ())

G_DECLARE_FINAL_TYPE (TrellisWidthBin, trellis_width_bin, TRELLIS, WIDTH_BIN, GtkWidget)

GtkWidget *trellis_width_bin_new (GtkWidget *child);

G_END_DECLS
