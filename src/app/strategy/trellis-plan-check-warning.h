/* trellis-plan-check-warning.h: one warning of the plan check, as an item of a list model
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "trellis.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_PLAN_CHECK_WARNING (trellis_plan_check_warning_get_type ())

G_DECLARE_FINAL_TYPE (TrellisPlanCheckWarning, trellis_plan_check_warning, TRELLIS, PLAN_CHECK_WARNING, GObject)

TrellisPlanCheckWarning *trellis_plan_check_warning_new         (const TrellisPlanWarning *warning,
                                                                 guint                     n_of_kind);
TrellisPlanWarningKind   trellis_plan_check_warning_get_kind    (TrellisPlanCheckWarning  *self);
TrellisItem             *trellis_plan_check_warning_get_item    (TrellisPlanCheckWarning  *self);
const char              *trellis_plan_check_warning_get_message (TrellisPlanCheckWarning  *self);
guint                    trellis_plan_check_warning_get_n_of_kind (TrellisPlanCheckWarning *self);

G_END_DECLS
