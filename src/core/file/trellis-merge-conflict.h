/* trellis-merge-conflict.h: a merge conflict kept in the project file
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-item.h"

G_BEGIN_DECLS

#define TRELLIS_MERGE_ERROR (trellis_merge_error_quark ())

/**
 * TrellisMergeError:
 * @TRELLIS_MERGE_ERROR_NOT_SAME_PROJECT: the files are not versions of one project
 * @TRELLIS_MERGE_ERROR_CANNOT_RESOLVE: the chosen value no longer fits the project
 */
typedef enum
{
  TRELLIS_MERGE_ERROR_NOT_SAME_PROJECT,
  TRELLIS_MERGE_ERROR_CANNOT_RESOLVE,
} TrellisMergeError;

/**
 * TrellisMergeSide:
 * @TRELLIS_MERGE_SIDE_OURS: the version being merged into
 * @TRELLIS_MERGE_SIDE_THEIRS: the version merged in
 */
typedef enum
{
  TRELLIS_MERGE_SIDE_OURS,
  TRELLIS_MERGE_SIDE_THEIRS,
} TrellisMergeSide;

#define TRELLIS_TYPE_MERGE_CONFLICT (trellis_merge_conflict_get_type ())

G_DECLARE_FINAL_TYPE (TrellisMergeConflict, trellis_merge_conflict, TRELLIS, MERGE_CONFLICT,
                      TrellisItem)

GQuark                trellis_merge_error_quark          (void);
TrellisMergeConflict *trellis_merge_conflict_new         (const char            *item_uuid,
                                                          const char            *field_name);
const TrellisField   *trellis_merge_conflict_find_field  (TrellisMergeConflict  *self);
char                 *trellis_merge_conflict_dup_title   (TrellisMergeConflict  *self);
char                 *trellis_merge_conflict_dup_value   (TrellisMergeConflict  *self,
                                                          TrellisMergeSide       side);
gboolean              trellis_merge_conflict_resolve     (TrellisMergeConflict  *self,
                                                          TrellisMergeSide       side,
                                                          GError               **error);

G_END_DECLS
