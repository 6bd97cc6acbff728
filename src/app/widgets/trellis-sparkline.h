/* trellis-sparkline.h: a small line chart of an indicator's values over time
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "trellis.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_SPARKLINE (trellis_sparkline_get_type ())

G_DECLARE_FINAL_TYPE (TrellisSparkline, trellis_sparkline, TRELLIS, SPARKLINE, GtkWidget)

GtkWidget *trellis_sparkline_new          (void);
void       trellis_sparkline_set_points   (TrellisSparkline *self,
                                           const double     *x,
                                           const double     *y,
                                           guint             n_points);
guint      trellis_sparkline_get_n_points (TrellisSparkline *self);
void       trellis_sparkline_set_target   (TrellisSparkline *self,
                                           double            target);
double     trellis_sparkline_get_target   (TrellisSparkline *self);
void       trellis_sparkline_show_indicator (TrellisSparkline *self,
                                             TrellisItem      *indicator,
                                             GPtrArray        *measurements,
                                             const char       *until);

G_END_DECLS
