/* trellis-header.h
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-item.h"
#include "trellis-enum-types.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_HEADER (trellis_header_get_type ())

G_DECLARE_FINAL_TYPE (TrellisHeader, trellis_header, TRELLIS, HEADER, TrellisItem)

TrellisHeader *trellis_header_new (const char *name);

G_END_DECLS
