/* trellis-plan.h: the action plan's rules: dependencies, bulk edits, warnings, traceability
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-action.h"
#include "trellis-project.h"

G_BEGIN_DECLS

/**
 * TrellisPlanWarning:
 * @kind: what is wrong
 * @item: (transfer full): the item the warning is about
 * @related: (transfer full) (nullable): another item involved (the
 *   dependency, the owner, the action of a milestone)
 * @message: (transfer full): the warning in words, translated
 */
typedef struct
{
  TrellisPlanWarningKind  kind;
  TrellisItem            *item;
  TrellisItem            *related;
  char                   *message;
} TrellisPlanWarning;

gboolean   trellis_action_add_dependency    (TrellisProject  *project,
                                             TrellisAction   *action,
                                             TrellisAction   *on,
                                             GError         **error);
void       trellis_action_remove_dependency (TrellisProject  *project,
                                             TrellisAction   *action,
                                             TrellisAction   *on);
GPtrArray *trellis_action_list_dependencies (TrellisProject  *project,
                                             TrellisAction   *action);
GPtrArray *trellis_action_list_dependents   (TrellisProject  *project,
                                             TrellisAction   *action);
void       trellis_plan_set_status          (TrellisProject      *project,
                                             GPtrArray           *actions,
                                             TrellisActionStatus  status);
GPtrArray *trellis_plan_list_warnings       (TrellisProject  *project);
GPtrArray *trellis_trace_comes_from         (TrellisProject  *project,
                                             TrellisItem     *item);
GPtrArray *trellis_trace_leads_to           (TrellisProject  *project,
                                             TrellisItem     *item);

G_END_DECLS
