/* trellis-step-page.h: a page of the method: its question, tools and checklist
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "trellis.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_STEP_PAGE (trellis_step_page_get_type ())

G_DECLARE_FINAL_TYPE (TrellisStepPage, trellis_step_page, TRELLIS, STEP_PAGE, GtkWidget)

GtkWidget *trellis_step_page_new (const char     *page_name,
                                  TrellisProject *project);
void       trellis_step_page_set_tools_ready (TrellisStepPage *self,
                                              gboolean         ready);

G_END_DECLS
