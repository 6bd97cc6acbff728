/* trellis-stakeholder.h
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-item.h"
#include "trellis-enum-types.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_STAKEHOLDER (trellis_stakeholder_get_type ())

G_DECLARE_FINAL_TYPE (TrellisStakeholder, trellis_stakeholder, TRELLIS, STAKEHOLDER, TrellisItem)

TrellisStakeholder *trellis_stakeholder_new (const char *name);

G_END_DECLS
