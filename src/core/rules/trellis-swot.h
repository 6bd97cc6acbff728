/* trellis-swot.h: the operations of the SWOT board, and the method's words for it
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-project.h"
#include "trellis-swot-item.h"
#include "trellis-swot-model.h"
#include "trellis-types.h"

G_BEGIN_DECLS

GPtrArray       *trellis_swot_list_quadrant       (TrellisProject    *project,
                                                   TrellisQuadrant    quadrant);
guint            trellis_swot_count_quadrant      (TrellisProject    *project,
                                                   TrellisQuadrant    quadrant);
int              trellis_swot_index_in_quadrant   (TrellisProject    *project,
                                                   TrellisSwotItem   *item);
TrellisSwotItem *trellis_swot_add_item            (TrellisProject    *project,
                                                   TrellisQuadrant    quadrant,
                                                   const char        *text,
                                                   guint              index);
gboolean         trellis_swot_move_item           (TrellisProject    *project,
                                                   TrellisSwotItem   *item,
                                                   TrellisQuadrant    quadrant,
                                                   guint              index);
gboolean         trellis_swot_vote                (TrellisProject    *project,
                                                   TrellisSwotItem   *item,
                                                   int                delta);
gboolean         trellis_swot_sort_by_votes       (TrellisProject    *project,
                                                   TrellisQuadrant    quadrant);

char            *trellis_swot_item_dup_source_tag (TrellisSwotItem   *item);

const char      *trellis_swot_source_label        (TrellisSourceKind  kind,
                                                   const char        *source);
guint            trellis_swot_get_n_sources       (TrellisSourceKind  kind);
const char      *trellis_swot_get_source          (TrellisSourceKind  kind,
                                                   guint              index);
gboolean         trellis_swot_quadrant_is_internal (TrellisQuadrant   quadrant);
const char      *trellis_swot_quadrant_get_help   (TrellisQuadrant    quadrant);
const char      *trellis_swot_quadrant_get_placeholder (TrellisQuadrant quadrant);
guint            trellis_swot_get_n_prompts       (TrellisQuadrant    quadrant);
const char      *trellis_swot_get_prompt          (TrellisQuadrant    quadrant,
                                                   guint              index,
                                                   TrellisSourceKind *kind,
                                                   const char       **source);

G_END_DECLS
