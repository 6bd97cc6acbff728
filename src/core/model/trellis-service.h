/* trellis-service.h
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-item.h"
#include "trellis-enum-types.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_SERVICE (trellis_service_get_type ())

G_DECLARE_FINAL_TYPE (TrellisService, trellis_service, TRELLIS, SERVICE, TrellisItem)

TrellisService *trellis_service_new (const char *name);

G_END_DECLS
