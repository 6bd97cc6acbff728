/* trellis-overview-page.h: the project's details, stage, key questions and progress
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "trellis.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_OVERVIEW_PAGE (trellis_overview_page_get_type ())

G_DECLARE_FINAL_TYPE (TrellisOverviewPage, trellis_overview_page, TRELLIS, OVERVIEW_PAGE, GtkWidget)

TrellisProject *trellis_overview_page_get_project (TrellisOverviewPage *self);
void            trellis_overview_page_set_project (TrellisOverviewPage *self,
                                                   TrellisProject      *project);
void            trellis_overview_page_set_editable (TrellisOverviewPage *self,
                                                    gboolean             editable);

G_END_DECLS
