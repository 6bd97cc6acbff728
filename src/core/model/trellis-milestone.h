/* trellis-milestone.h
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-item.h"
#include "trellis-enum-types.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_MILESTONE (trellis_milestone_get_type ())

G_DECLARE_FINAL_TYPE (TrellisMilestone, trellis_milestone, TRELLIS, MILESTONE, TrellisItem)

TrellisMilestone *trellis_milestone_new (const char *title,
                                         TrellisDay  date);

G_END_DECLS
