/* trellis-trace-panel.h: where an item of the analysis or plan comes from and leads to
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "trellis.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_TRACE_PANEL (trellis_trace_panel_get_type ())

G_DECLARE_FINAL_TYPE (TrellisTracePanel, trellis_trace_panel, TRELLIS, TRACE_PANEL, GtkWidget)

GtkWidget   *trellis_trace_panel_new        (TrellisProject    *project);
TrellisItem *trellis_trace_panel_get_item   (TrellisTracePanel *self);
void         trellis_trace_panel_set_item   (TrellisTracePanel *self,
                                             TrellisItem       *item);

const char  *trellis_trace_item_icon_name   (TrellisItem       *item);
const char  *trellis_trace_item_kind        (TrellisItem       *item);
char        *trellis_trace_item_dup_title   (TrellisItem       *item);
char        *trellis_trace_item_page        (TrellisItem       *item);
void         trellis_trace_show_item        (GtkWidget         *widget,
                                             TrellisItem       *item);

G_END_DECLS
