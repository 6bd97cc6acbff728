/* trellis-tows.h: strategies built from pairs of SWOT quadrants
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-goal.h"
#include "trellis-project.h"
#include "trellis-swot-item.h"
#include "trellis-tows-strategy.h"
#include "trellis-types.h"

G_BEGIN_DECLS

#define TRELLIS_TOWS_ERROR (trellis_tows_error_quark ())

/**
 * TrellisTowsError:
 * @TRELLIS_TOWS_ERROR_WRONG_QUADRANT: the item is of a quadrant the strategy does not combine
 *
 * Why a SWOT item cannot be linked to a strategy.
 */
typedef enum
{
  TRELLIS_TOWS_ERROR_WRONG_QUADRANT,
} TrellisTowsError;

GQuark        trellis_tows_error_quark             (void);

void          trellis_tows_type_get_quadrants      (TrellisTowsType      type,
                                                    TrellisQuadrant     *internal,
                                                    TrellisQuadrant     *external);
gboolean      trellis_tows_type_takes_quadrant     (TrellisTowsType      type,
                                                    TrellisQuadrant      quadrant);
gboolean      trellis_tows_strategy_accepts        (TrellisTowsStrategy *strategy,
                                                    TrellisSwotItem     *item);
gboolean      trellis_tows_strategy_has_item       (TrellisTowsStrategy *strategy,
                                                    TrellisSwotItem     *item);

gboolean      trellis_tows_link_item               (TrellisProject      *project,
                                                    TrellisTowsStrategy *strategy,
                                                    TrellisSwotItem     *item,
                                                    GError             **error);
gboolean      trellis_tows_unlink_item             (TrellisProject      *project,
                                                    TrellisTowsStrategy *strategy,
                                                    TrellisSwotItem     *item);

GPtrArray    *trellis_tows_list_items              (TrellisProject      *project,
                                                    TrellisTowsStrategy *strategy);
GPtrArray    *trellis_tows_list_strategies_for     (TrellisProject      *project,
                                                    TrellisSwotItem     *item);
GPtrArray    *trellis_tows_list_unused_items       (TrellisProject      *project);
GPtrArray    *trellis_tows_list_empty_strategies   (TrellisProject      *project);

TrellisGoal  *trellis_tows_get_goal                (TrellisProject      *project,
                                                    TrellisTowsStrategy *strategy);
TrellisGoal  *trellis_tows_make_goal               (TrellisProject      *project,
                                                    TrellisTowsStrategy *strategy);

G_END_DECLS
