/* trellis-excellence.h: the self-assessment against the excellence minimum requirements
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-project.h"
#include "trellis-self-check.h"
#include "trellis-types.h"

G_BEGIN_DECLS

/**
 * TrellisRequirement:
 * @id: the requirement's number in the scheme, such as "4.1.2"
 * @title: a short title, untranslated: use trellis_requirement_get_title()
 * @basis: for a computable requirement, untranslated words saying which data
 *   answers it; %NULL for one the manager answers
 *
 * One minimum requirement of the excellence self-assessment.
 */
typedef struct
{
  const char *id;
  const char *title;
  const char *basis;
} TrellisRequirement;

/**
 * TrellisExcellenceSource:
 * @TRELLIS_EXCELLENCE_COMPUTED: the result comes from the project's data
 * @TRELLIS_EXCELLENCE_ANSWERED: the manager answered it (a #TrellisSelfCheck)
 * @TRELLIS_EXCELLENCE_UNANSWERED: nobody has answered it yet
 *
 * Where the result that counts comes from.
 */
typedef enum
{
  TRELLIS_EXCELLENCE_COMPUTED,
  TRELLIS_EXCELLENCE_ANSWERED,
  TRELLIS_EXCELLENCE_UNANSWERED,
} TrellisExcellenceSource;

/**
 * TrellisExcellenceResult:
 * @requirement: (transfer none): the requirement
 * @result: the result that counts
 * @source: where @result comes from
 * @reason: (transfer full): why, in words, translated
 * @computed: for a computable requirement, what the data says
 * @computed_reason: (transfer full) (nullable): … and why; %NULL if not computable
 * @answer: (transfer full) (nullable): the manager's answer, if any
 *
 * The outcome of one requirement on one day.  For a computable requirement the
 * computed result counts whenever the data decides it (met or not met); the
 * manager's answer then only stands beside it as evidence.  When the data
 * cannot decide (unknown), the manager's answer counts, if there is one.
 */
typedef struct
{
  const TrellisRequirement *requirement;
  TrellisCheckResult        result;
  TrellisExcellenceSource   source;
  char                     *reason;
  TrellisCheckResult        computed;
  char                     *computed_reason;
  TrellisSelfCheck         *answer;
} TrellisExcellenceResult;

/**
 * TrellisExcellenceSummary:
 * @n_met: requirements met
 * @n_not_met: requirements not met
 * @n_unknown: requirements not decided yet
 *
 * The count of results over all the minimum requirements.
 */
typedef struct
{
  guint n_met;
  guint n_not_met;
  guint n_unknown;
} TrellisExcellenceSummary;

const TrellisRequirement *trellis_excellence_get_requirements (guint                    *n_requirements);
const TrellisRequirement *trellis_excellence_lookup           (const char               *id);
const char               *trellis_requirement_get_title       (const TrellisRequirement *requirement);
const char               *trellis_requirement_get_basis       (const TrellisRequirement *requirement);
gboolean                  trellis_requirement_is_computable   (const TrellisRequirement *requirement);

gboolean          trellis_excellence_check        (TrellisProject           *project,
                                                   const char               *requirement,
                                                   const char               *as_of,
                                                   TrellisExcellenceResult  *result);
void              trellis_excellence_summarize    (TrellisProject           *project,
                                                   const char               *as_of,
                                                   TrellisExcellenceSummary *summary);
TrellisSelfCheck *trellis_excellence_find_answer  (TrellisProject           *project,
                                                   const char               *requirement);
TrellisSelfCheck *trellis_excellence_set_answer   (TrellisProject           *project,
                                                   const char               *requirement,
                                                   TrellisCheckResult        result,
                                                   const char               *evidence);
void              trellis_excellence_result_clear (TrellisExcellenceResult  *result);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TrellisExcellenceResult, trellis_excellence_result_clear)

G_END_DECLS
