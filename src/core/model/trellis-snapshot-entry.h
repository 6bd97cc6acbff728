/* trellis-snapshot-entry.h
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-item.h"
#include "trellis-enum-types.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_SNAPSHOT_ENTRY (trellis_snapshot_entry_get_type ())

G_DECLARE_FINAL_TYPE (TrellisSnapshotEntry, trellis_snapshot_entry, TRELLIS, SNAPSHOT_ENTRY, TrellisItem)

TrellisSnapshotEntry *trellis_snapshot_entry_new (const char *snapshot,
                                                  const char *target);

G_END_DECLS
