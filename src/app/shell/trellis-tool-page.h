/* trellis-tool-page.h: a step of the method with its tools, one view each
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "trellis.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_TOOL_PAGE (trellis_tool_page_get_type ())

G_DECLARE_FINAL_TYPE (TrellisToolPage, trellis_tool_page, TRELLIS, TOOL_PAGE, GtkWidget)

GtkWidget  *trellis_tool_page_new           (const char      *page_name,
                                             TrellisProject  *project);
GtkWidget  *trellis_tool_page_get_view      (TrellisToolPage *self,
                                             const char      *name);
GtkWidget  *trellis_tool_page_peek_view     (TrellisToolPage *self,
                                             const char      *name);
const char *trellis_tool_page_get_view_name (TrellisToolPage *self);
gboolean    trellis_tool_page_set_view_name (TrellisToolPage *self,
                                             const char      *name);
void        trellis_tool_page_set_editable  (TrellisToolPage *self,
                                             gboolean         editable);

G_END_DECLS
