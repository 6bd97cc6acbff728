/* trellis-status.h: the traffic light of every part of the plan, with its reason
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-project.h"
#include "trellis-types.h"

G_BEGIN_DECLS

#define TRELLIS_STATUS_DEFAULT_WARN_DAYS 14
#define TRELLIS_STATUS_MAX_WARN_DAYS     365
/* The most, in points of %, that a "behind" or budget threshold can be. */
#define TRELLIS_STATUS_MAX_POINTS        500

#define TRELLIS_STATUS_ERROR (trellis_status_error_quark ())

typedef enum
{
  TRELLIS_STATUS_ERROR_OUT_OF_RANGE,
} TrellisStatusError;

/**
 * TrellisStatusRules:
 * @warn_days: an action due within this many days and behind is amber
 * @behind_points: progress (in points of %) below the expected share that counts as behind
 * @budget_amber_points: budget spent (in % of planned) ahead of progress that is amber
 * @budget_red_points: … and that is red
 * @indicator_red_share: an indicator below this share of the progress time demands is red
 * @project_red_share: the project is red when at least this share of its parts is red
 *
 * The thresholds of the rules; trellis_status_rules_init() gives the defaults.
 */
typedef struct
{
  guint  warn_days;
  double behind_points;
  double budget_amber_points;
  double budget_red_points;
  double indicator_red_share;
  double project_red_share;
} TrellisStatusRules;

/**
 * TrellisStatus:
 * @light: the light
 * @reason: (transfer full) (nullable): why, in words, translated; %NULL if @light_only
 * @light_only: set by the caller to skip the reason (it costs more than the light)
 */
typedef struct
{
  TrellisLight  light;
  char         *reason;
  gboolean      light_only;
} TrellisStatus;

GQuark   trellis_status_error_quark     (void);
void     trellis_status_rules_init      (TrellisStatusRules       *rules);
void     trellis_status_rules_load      (TrellisStatusRules       *rules,
                                         TrellisProject           *project);
gboolean trellis_status_rules_check     (const TrellisStatusRules *rules,
                                         GError                  **error);
gboolean trellis_status_rules_equal     (const TrellisStatusRules *a,
                                         const TrellisStatusRules *b);
gboolean trellis_status_rules_store     (TrellisProject           *project,
                                         const TrellisStatusRules *rules,
                                         GError                  **error);
void trellis_status_clear          (TrellisStatus            *status);
void trellis_status_of_milestone   (TrellisProject           *project,
                                    TrellisItem              *milestone,
                                    const char               *as_of,
                                    const TrellisStatusRules *rules,
                                    TrellisStatus            *status);
void trellis_status_of_action      (TrellisProject           *project,
                                    TrellisItem              *action,
                                    const char               *as_of,
                                    const TrellisStatusRules *rules,
                                    TrellisStatus            *status);
void trellis_status_of_indicator   (TrellisProject           *project,
                                    TrellisItem              *indicator,
                                    const char               *as_of,
                                    const TrellisStatusRules *rules,
                                    TrellisStatus            *status);
void trellis_status_of_indicator_measured
                                   (TrellisItem              *indicator,
                                    GPtrArray                *measurements,
                                    const char               *as_of,
                                    const TrellisStatusRules *rules,
                                    TrellisStatus            *status);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TrellisStatus, trellis_status_clear)

G_END_DECLS
