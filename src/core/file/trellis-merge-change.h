/* trellis-merge-change.h: one difference a merge brings
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-item.h"
#include "trellis-merge-conflict.h"

G_BEGIN_DECLS

/**
 * TrellisMergeChangeKind:
 * @TRELLIS_MERGE_CHANGE_ADDED: they added an item
 * @TRELLIS_MERGE_CHANGE_REMOVED: they deleted an item we did not change
 * @TRELLIS_MERGE_CHANGE_CHANGED: they changed a field we did not change
 * @TRELLIS_MERGE_CHANGE_MOVED: they reordered the items of a kind, we did not
 * @TRELLIS_MERGE_CHANGE_CONFLICT: both changed a field to different values,
 *   or one deleted an item the other changed or still refers to
 */
typedef enum
{
  TRELLIS_MERGE_CHANGE_ADDED,
  TRELLIS_MERGE_CHANGE_REMOVED,
  TRELLIS_MERGE_CHANGE_CHANGED,
  TRELLIS_MERGE_CHANGE_MOVED,
  TRELLIS_MERGE_CHANGE_CONFLICT,
} TrellisMergeChangeKind;

/**
 * TrellisMergeVersion:
 * @TRELLIS_MERGE_VERSION_BASE: the common ancestor
 * @TRELLIS_MERGE_VERSION_OURS: the version merged into
 * @TRELLIS_MERGE_VERSION_THEIRS: the version merged in
 */
typedef enum
{
  TRELLIS_MERGE_VERSION_BASE,
  TRELLIS_MERGE_VERSION_OURS,
  TRELLIS_MERGE_VERSION_THEIRS,
} TrellisMergeVersion;

#define TRELLIS_TYPE_MERGE_CHANGE (trellis_merge_change_get_type ())

G_DECLARE_FINAL_TYPE (TrellisMergeChange, trellis_merge_change, TRELLIS, MERGE_CHANGE, GObject)

TrellisMergeChangeKind trellis_merge_change_get_kind      (TrellisMergeChange  *self);
GType                  trellis_merge_change_get_item_type (TrellisMergeChange  *self);
const char            *trellis_merge_change_get_uuid      (TrellisMergeChange  *self);
const TrellisField    *trellis_merge_change_get_field     (TrellisMergeChange  *self);
const char            *trellis_merge_change_get_title     (TrellisMergeChange  *self);
const char            *trellis_merge_change_get_value     (TrellisMergeChange  *self,
                                                           TrellisMergeVersion  version);
gboolean               trellis_merge_change_get_accepted  (TrellisMergeChange  *self);
void                   trellis_merge_change_set_accepted  (TrellisMergeChange  *self,
                                                           gboolean             accepted);

G_END_DECLS
