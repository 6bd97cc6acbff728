/* trellis-status-override.h
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-item.h"
#include "trellis-enum-types.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_STATUS_OVERRIDE (trellis_status_override_get_type ())

G_DECLARE_FINAL_TYPE (TrellisStatusOverride, trellis_status_override, TRELLIS, STATUS_OVERRIDE, TrellisItem)

TrellisStatusOverride *trellis_status_override_new (const char   *target,
                                                    TrellisLight  light,
                                                    const char   *reason);

G_END_DECLS
