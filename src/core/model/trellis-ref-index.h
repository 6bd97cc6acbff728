/* trellis-ref-index.h: the items of a project by what their references hold
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-item.h"
#include "trellis-project.h"

G_BEGIN_DECLS

typedef struct _TrellisRefIndex TrellisRefIndex;

TrellisRefIndex *_trellis_ref_index_new        (void);
void             _trellis_ref_index_free       (TrellisRefIndex *self);
void             _trellis_ref_index_invalidate (TrellisRefIndex *self,
                                                GType            item_type);
GPtrArray       *_trellis_ref_index_list       (TrellisRefIndex *self,
                                                TrellisProject  *project,
                                                GType            item_type,
                                                guint            index,
                                                TrellisItem     *target);

G_END_DECLS
