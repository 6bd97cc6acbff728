/* trellis-project-view.h: the pages of one project, in the order of the method
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "trellis.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_PROJECT_VIEW (trellis_project_view_get_type ())

G_DECLARE_FINAL_TYPE (TrellisProjectView, trellis_project_view, TRELLIS, PROJECT_VIEW, GtkWidget)

GtkWidget      *trellis_project_view_new       (TrellisProject     *project);
TrellisProject *trellis_project_view_get_project (TrellisProjectView *self);
const char     *trellis_project_view_get_page  (TrellisProjectView *self);
gboolean        trellis_project_view_set_page  (TrellisProjectView *self,
                                                const char         *page_name);
GtkWidget      *trellis_project_view_get_tool_view  (TrellisProjectView *self,
                                                     const char         *path);
GtkWidget      *trellis_project_view_peek_tool_view (TrellisProjectView *self,
                                                     const char         *path);
gboolean        trellis_project_view_focus_steps (TrellisProjectView *self);
void            trellis_project_view_set_editable (TrellisProjectView *self,
                                                   gboolean            editable);

G_END_DECLS
