/* trellis-stakeholder-analysis.h: the influence grid and the helix balance of the stakeholders
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-project.h"
#include "trellis-stakeholder.h"
#include "trellis-types.h"

G_BEGIN_DECLS

/**
 * TrellisGridAxis:
 * @TRELLIS_GRID_AXIS_ATTITUDE: influence × attitude (critical, neutral, positive)
 * @TRELLIS_GRID_AXIS_INTEREST: influence × interest (low, medium, high)
 *
 * What the horizontal axis of the influence grid shows; the rows are always
 * the influence.
 */
typedef enum
{
  TRELLIS_GRID_AXIS_ATTITUDE,
  TRELLIS_GRID_AXIS_INTEREST,
} TrellisGridAxis;

#define TRELLIS_GRID_N_COLUMNS 3
#define TRELLIS_N_HELIX_TYPES  (TRELLIS_HELIX_INTERMEDIARY + 1)

const char *trellis_grid_axis_get_title           (TrellisGridAxis     axis);
guint       trellis_grid_axis_get_column          (TrellisGridAxis     axis,
                                                   int                 value);
int         trellis_grid_axis_get_value           (TrellisGridAxis     axis,
                                                   guint               column);
const char *trellis_grid_axis_get_value_label     (TrellisGridAxis     axis,
                                                   int                 value);

const char *trellis_grid_cell_get_advice          (TrellisGridAxis     axis,
                                                   TrellisLevel        influence,
                                                   int                 value);
const char *trellis_grid_cell_get_advice_detail   (TrellisGridAxis     axis,
                                                   TrellisLevel        influence,
                                                   int                 value);
gboolean    trellis_grid_cell_is_flagged          (TrellisGridAxis     axis,
                                                   TrellisLevel        influence,
                                                   int                 value);

void        trellis_stakeholder_get_cell          (TrellisStakeholder *self,
                                                   TrellisGridAxis     axis,
                                                   TrellisLevel       *influence,
                                                   int                *value);
gboolean    trellis_stakeholder_is_critical_risk  (TrellisStakeholder *self);
gboolean    trellis_stakeholder_place             (TrellisProject     *project,
                                                   TrellisStakeholder *self,
                                                   TrellisGridAxis     axis,
                                                   TrellisLevel        influence,
                                                   int                 value);

/**
 * TrellisHelixBalance:
 * @n_actors: the stakeholders of each helix type (a #TrellisHelix)
 * @n_committed: the committed members of each helix type
 * @n_participants: the cluster's participants: members (internal) or committed
 * @n_passive: the participants who are not committed
 *
 * How the stakeholders spread over the helix types, counted by
 * trellis_helix_balance_compute().
 */
typedef struct
{
  guint n_actors[TRELLIS_N_HELIX_TYPES];
  guint n_committed[TRELLIS_N_HELIX_TYPES];
  guint n_participants;
  guint n_passive;
} TrellisHelixBalance;

/**
 * TrellisBalanceCheck:
 * @TRELLIS_BALANCE_CHECK_BUSINESS_SHARE: 1.1.1, over half of the committed members are businesses
 * @TRELLIS_BALANCE_CHECK_RESEARCH: 1.1.1, research organisations are among the committed members
 * @TRELLIS_BALANCE_CHECK_COMMITTED_SHARE: 1.1.0, passive participants are under 90 % of all
 *
 * The minimum requirements of the excellence self-assessment that the
 * stakeholder register can answer by itself.
 */
typedef enum
{
  TRELLIS_BALANCE_CHECK_BUSINESS_SHARE,
  TRELLIS_BALANCE_CHECK_RESEARCH,
  TRELLIS_BALANCE_CHECK_COMMITTED_SHARE,
  TRELLIS_BALANCE_N_CHECKS,
} TrellisBalanceCheck;

void               trellis_helix_balance_compute         (TrellisProject            *project,
                                                          TrellisHelixBalance       *balance);
guint              trellis_helix_balance_get_n_actors    (const TrellisHelixBalance *balance);
guint              trellis_helix_balance_get_n_committed (const TrellisHelixBalance *balance);
TrellisCheckResult trellis_helix_balance_check           (const TrellisHelixBalance *balance,
                                                          TrellisBalanceCheck        check,
                                                          char                     **reason);
const char        *trellis_balance_check_get_requirement (TrellisBalanceCheck        check);
const char        *trellis_balance_check_get_title       (TrellisBalanceCheck        check);

G_END_DECLS
