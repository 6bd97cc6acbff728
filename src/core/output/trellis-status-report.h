/* trellis-status-report.h: the lights of a whole project on one day, rolled up
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-project.h"
#include "trellis-status.h"

G_BEGIN_DECLS

/**
 * TrellisStatusEntry:
 * @item: (nullable): the action, milestone, indicator or goal; %NULL for the project as a whole
 * @computed: the light the rules give; its reason is made when first asked
 *   for: call trellis_status_entry_get_computed_reason(), not the field
 * @light: the light that counts: the active override's, else the computed one
 * @override: (nullable): the active TrellisStatusOverride of @item, if any
 * @causes: (element-type TrellisStatusEntry): for a goal, an action or the
 *   project, the parts whose light made @computed, worst first; empty otherwise
 *
 * The status of one item in a TrellisStatusReport.  Owned by the report,
 * which holds references on the items.
 */
typedef struct _TrellisStatusEntry TrellisStatusEntry;

struct _TrellisStatusEntry
{
  TrellisItem   *item;
  TrellisStatus  computed;
  TrellisLight   light;
  TrellisItem   *override;
  GPtrArray     *causes;
};

#define TRELLIS_TYPE_STATUS_REPORT (trellis_status_report_get_type ())

G_DECLARE_FINAL_TYPE (TrellisStatusReport, trellis_status_report, TRELLIS, STATUS_REPORT, GObject)

TrellisStatusReport      *trellis_status_report_new          (TrellisProject      *project,
                                                              const char          *as_of);
TrellisProject           *trellis_status_report_get_project  (TrellisStatusReport *self);
const char               *trellis_status_report_get_as_of    (TrellisStatusReport *self);
const TrellisStatusRules *trellis_status_report_get_rules    (TrellisStatusReport *self);
const TrellisStatusEntry *trellis_status_report_get_overall  (TrellisStatusReport *self);
const TrellisStatusEntry *trellis_status_report_lookup       (TrellisStatusReport *self,
                                                              TrellisItem         *item);
GPtrArray                *trellis_status_report_list         (TrellisStatusReport *self,
                                                              GType                type);
guint                     trellis_status_report_count        (TrellisStatusReport *self,
                                                              GType                type,
                                                              TrellisLight         light);

const char               *trellis_status_entry_get_reason    (const TrellisStatusEntry *entry);
const char               *trellis_status_entry_get_computed_reason
                                                             (const TrellisStatusEntry *entry);

TrellisItem              *trellis_status_find_override       (TrellisProject      *project,
                                                              TrellisItem         *item,
                                                              const char          *as_of);

/**
 * TrellisStatusRuleText:
 * @title: what the rule is about, translated ("Milestones")
 * @text: the rule in words, with the thresholds
 */
typedef struct
{
  const char *title;
  char       *text;
} TrellisStatusRuleText;

GPtrArray                *trellis_status_describe_rules      (const TrellisStatusRules *rules);

G_END_DECLS
