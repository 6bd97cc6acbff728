/* trellis-plan-check.h: the plan's warnings, traceability and periodic reviews
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "trellis.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_PLAN_CHECK (trellis_plan_check_get_type ())

G_DECLARE_FINAL_TYPE (TrellisPlanCheck, trellis_plan_check, TRELLIS, PLAN_CHECK, GtkWidget)

GtkWidget *trellis_plan_check_new        (TrellisProject   *project);
void       trellis_plan_check_show_trace (TrellisPlanCheck *self,
                                          TrellisItem      *item,
                                          GtkWidget        *from);

G_END_DECLS
