/* trellis-plan-check-row.h: a row of the plan check's warnings
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "trellis-plan-check-warning.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_PLAN_CHECK_ROW (trellis_plan_check_row_get_type ())

G_DECLARE_FINAL_TYPE (TrellisPlanCheckRow, trellis_plan_check_row, TRELLIS, PLAN_CHECK_ROW, GtkWidget)

GtkWidget               *trellis_plan_check_row_new         (void);
TrellisPlanCheckWarning *trellis_plan_check_row_get_warning (TrellisPlanCheckRow     *self);
void                     trellis_plan_check_row_set_warning (TrellisPlanCheckRow     *self,
                                                             TrellisPlanCheckWarning *warning);

G_END_DECLS
