/* trellis-tool-view.h: what every tool of a step offers its page
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "trellis.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_TOOL_VIEW (trellis_tool_view_get_type ())

G_DECLARE_INTERFACE (TrellisToolView, trellis_tool_view, TRELLIS, TOOL_VIEW, GtkWidget)

struct _TrellisToolViewInterface
{
  GTypeInterface parent_iface;
};

TrellisProject *trellis_tool_view_get_project    (TrellisToolView *self);
gboolean        trellis_tool_view_get_editable   (TrellisToolView *self);
void            trellis_tool_view_set_editable   (TrellisToolView *self,
                                                  gboolean         editable);
void            trellis_tool_view_follow_changes (gpointer         view,
                                                  TrellisProject  *project,
                                                  GCallback        changed_cb);

G_END_DECLS
