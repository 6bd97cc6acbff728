/* trellis-status-snapshot.h: snapshots of the lights, their trends, and overrides
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-project.h"
#include "trellis-snapshot.h"
#include "trellis-snapshot-entry.h"
#include "trellis-status-override.h"
#include "trellis-types.h"

G_BEGIN_DECLS

TrellisSnapshot       *trellis_status_take_snapshot        (TrellisProject  *project,
                                                            const char      *date,
                                                            const char      *title,
                                                            const char      *note,
                                                            GError         **error);
GPtrArray             *trellis_status_list_snapshots       (TrellisProject  *project);
GPtrArray             *trellis_snapshot_list_entries       (TrellisProject  *project,
                                                            TrellisSnapshot *snapshot);
GPtrArray             *trellis_status_list_trend           (TrellisProject  *project,
                                                            TrellisItem     *target);
GPtrArray             *trellis_status_list_trend_for       (TrellisProject  *project,
                                                            const char      *target_uuid);
GPtrArray             *trellis_status_list_trend_targets   (TrellisProject  *project);
char                  *trellis_status_dup_trend_label      (TrellisProject  *project,
                                                            const char      *target_uuid);
double                 trellis_status_indicator_value_on   (TrellisProject  *project,
                                                            TrellisItem     *indicator,
                                                            const char      *date);

TrellisStatusOverride *trellis_status_set_override         (TrellisProject  *project,
                                                            TrellisItem     *target,
                                                            TrellisLight     light,
                                                            const char      *reason,
                                                            const char      *author,
                                                            const char      *date,
                                                            GError         **error);
guint                  trellis_status_clear_override       (TrellisProject  *project,
                                                            TrellisItem     *target);

GPtrArray             *trellis_status_list_ending_overrides (TrellisProject  *project,
                                                            const char      *date);

G_END_DECLS
