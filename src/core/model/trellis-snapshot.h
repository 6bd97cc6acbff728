/* trellis-snapshot.h
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-item.h"
#include "trellis-enum-types.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_SNAPSHOT (trellis_snapshot_get_type ())

G_DECLARE_FINAL_TYPE (TrellisSnapshot, trellis_snapshot, TRELLIS, SNAPSHOT, TrellisItem)

TrellisSnapshot *trellis_snapshot_new (TrellisDay  date);

G_END_DECLS
