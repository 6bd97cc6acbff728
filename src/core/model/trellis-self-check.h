/* trellis-self-check.h
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-item.h"
#include "trellis-enum-types.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_SELF_CHECK (trellis_self_check_get_type ())

G_DECLARE_FINAL_TYPE (TrellisSelfCheck, trellis_self_check, TRELLIS, SELF_CHECK, TrellisItem)

TrellisSelfCheck *trellis_self_check_new (const char *requirement);

G_END_DECLS
