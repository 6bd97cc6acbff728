/* trellis-merge.h: three-way merge of two versions of a project
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "trellis-project.h"
#include "trellis-merge-change.h"
#include "trellis-merge-conflict.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_MERGE (trellis_merge_get_type ())

G_DECLARE_FINAL_TYPE (TrellisMerge, trellis_merge, TRELLIS, MERGE, GObject)

TrellisMerge   *trellis_merge_new             (TrellisProject  *base,
                                               TrellisProject  *ours,
                                               TrellisProject  *theirs);
gboolean        trellis_merge_run             (TrellisMerge    *self,
                                               GError         **error);
TrellisProject *trellis_merge_get_result      (TrellisMerge    *self);
GListModel     *trellis_merge_get_changes     (TrellisMerge    *self);
guint           trellis_merge_count_conflicts (TrellisMerge    *self);
void            trellis_merge_apply_to        (TrellisMerge    *self,
                                               TrellisProject  *project,
                                               GPtrArray       *accepted);

G_END_DECLS
