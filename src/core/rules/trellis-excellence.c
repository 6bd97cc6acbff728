/* trellis-excellence.c: the self-assessment against the excellence minimum requirements
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Trellis helps a cluster prepare its self-assessment; it does not award
 * labels.  Nine of the sixteen minimum requirements are computed from the
 * project's data on a given day ("as of"); the manager answers the others
 * with a #TrellisSelfCheck (result and evidence); the rules that compute are
 * in trellis-excellence-rules.c.
 *
 * When the data decides (met or not met) the computed result counts and the
 * manager's answer stays beside it as evidence; when it cannot (unknown), the
 * manager's answer counts, if there is one.
 */

#define G_LOG_DOMAIN "trellis-excellence"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "trellis-enum-types.h"
#include "trellis-excellence.h"
#include "trellis-excellence-private.h"
#include "trellis-history.h"
#include "trellis-action.h"
#include "trellis-date.h"

static const TrellisRequirement requirements[] = {
  { "1.1.0", N_("Most participants are committed"), N_("Computed from the stakeholder register") },
  { "1.1.1", N_("Businesses lead, research takes part"), N_("Computed from the stakeholder register") },
  { "2.1", N_("Cluster management for two years"), N_("Computed from the start of the cluster management") },
  { "2.2.2", N_("Qualified management team"), NULL },
  { "2.5", N_("Direct contact with a fifth of participants"), NULL },
  { "2.6", N_("Participants take part in activities"), NULL },
  { "2.7", N_("Part of the regional innovation system"), NULL },
  { "4.1.1", N_("Companies shaped the strategy"), NULL },
  { "4.1.2", N_("Documented strategy"), N_("Computed from the TOWS strategies and the goals") },
  { "4.1.3", N_("Implementation plan with targets and budgets"), N_("Computed from the goals, indicators and actions") },
  { "4.1.4", N_("Financial controlling every quarter"), NULL },
  { "4.1.5", N_("Strategy reviewed every two years"), N_("Computed from the reviews") },
  { "4.1.6", N_("Performance monitored every year"), N_("Computed from the measurements and snapshots") },
  { "4.3", N_("Services in three fields"), N_("Computed from the services") },
  { "4.4", N_("Half of the targets met in a year"), N_("Computed from the indicators and measurements") },
  { "4.6.2", N_("Web presence, also in English"), NULL },
};

/* In the order of requirements[]; NULL for the manual ones. */
static const TrellisExcellenceRule checks[G_N_ELEMENTS (requirements)] = {
  _trellis_excellence_check_committed_share,   /* 1.1.0 */
  _trellis_excellence_check_composition,       /* 1.1.1 */
  _trellis_excellence_check_management_age,    /* 2.1 */
  NULL, NULL, NULL, NULL, NULL,                /* 2.2.2 2.5 2.6 2.7 4.1.1 */
  _trellis_excellence_check_strategy,          /* 4.1.2 */
  _trellis_excellence_check_plan,              /* 4.1.3 */
  NULL,                                        /* 4.1.4 */
  _trellis_excellence_check_reviews,           /* 4.1.5 */
  _trellis_excellence_check_monitoring,        /* 4.1.6 */
  _trellis_excellence_check_services,          /* 4.3 */
  _trellis_excellence_check_targets,           /* 4.4 */
  NULL,                                        /* 4.6.2 */
};

/**
 * trellis_excellence_get_requirements:
 * @n_requirements: (out): their number
 *
 * Returns: (transfer none) (array length=n_requirements): the minimum
 *   requirements, in the scheme's order
 */
const TrellisRequirement *
trellis_excellence_get_requirements (guint *n_requirements)
{
  g_return_val_if_fail (n_requirements != NULL, NULL);

  *n_requirements = G_N_ELEMENTS (requirements);
  return requirements;
}

static gssize
index_of (const char *id)
{
  for (gsize i = 0; i < G_N_ELEMENTS (requirements); i++)
    if (g_strcmp0 (requirements[i].id, id) == 0)
      return i;
  return -1;
}

/**
 * trellis_excellence_lookup:
 *
 * Returns: (transfer none) (nullable): the requirement numbered @id
 */
const TrellisRequirement *
trellis_excellence_lookup (const char *id)
{
  gssize i = index_of (id);

  return i >= 0 ? &requirements[i] : NULL;
}

/**
 * trellis_requirement_get_title:
 *
 * Returns: (transfer none): the requirement's short title, translated
 */
const char *
trellis_requirement_get_title (const TrellisRequirement *requirement)
{
  g_return_val_if_fail (requirement != NULL, NULL);

  return _(requirement->title);
}

/**
 * trellis_requirement_get_basis:
 *
 * Returns: (nullable): which data answers @requirement, translated; %NULL
 *   for one the manager answers
 */
const char *
trellis_requirement_get_basis (const TrellisRequirement *requirement)
{
  g_return_val_if_fail (requirement != NULL, NULL);

  return requirement->basis != NULL ? _(requirement->basis) : NULL;
}

/**
 * trellis_requirement_is_computable:
 *
 * Returns: whether the project's data can answer @requirement (it has a
 *   basis); %FALSE for one only the manager can answer
 */
gboolean
trellis_requirement_is_computable (const TrellisRequirement *requirement)
{
  g_return_val_if_fail (requirement != NULL, FALSE);

  return requirement->basis != NULL;
}

/* Answers */

/**
 * trellis_excellence_find_answer:
 *
 * Returns: (transfer none) (nullable): the manager's answer to @requirement;
 *   the last one in the file if there are several
 */
TrellisSelfCheck *
trellis_excellence_find_answer (TrellisProject *project,
                                const char     *requirement)
{
  GListModel *answers;
  TrellisSelfCheck *found = NULL;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (requirement != NULL, NULL);

  answers = trellis_project_get_items (project, TRELLIS_TYPE_SELF_CHECK);
  for (guint i = 0; i < g_list_model_get_n_items (answers); i++)
    {
      g_autoptr(TrellisItem) answer = g_list_model_get_item (answers, i);

      if (g_strcmp0 (trellis_self_check_get_requirement (TRELLIS_SELF_CHECK (answer)), requirement) == 0)
        found = TRELLIS_SELF_CHECK (answer);
    }
  return found;
}

/**
 * trellis_excellence_set_answer:
 * @result: the manager's result
 * @evidence: (nullable): the evidence; "" clears it, %NULL keeps the evidence there is
 *
 * Records the manager's answer to @requirement, creating its self-check or
 * changing the one there is, as one undo step (none if nothing changes).
 *
 * Returns: (transfer none): the answer
 */
TrellisSelfCheck *
trellis_excellence_set_answer (TrellisProject     *project,
                               const char         *requirement,
                               TrellisCheckResult  result,
                               const char         *evidence)
{
  TrellisHistory *history;
  TrellisSelfCheck *answer;
  const char *value;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (trellis_excellence_lookup (requirement) != NULL, NULL);

  value = evidence != NULL && evidence[0] != '\0' ? evidence : NULL;
  history = trellis_project_get_history (project);
  answer = trellis_excellence_find_answer (project, requirement);
  trellis_history_begin_group (history, _("Answer Requirement"));
  if (answer == NULL)
    {
      g_autoptr(TrellisSelfCheck) created = trellis_self_check_new (requirement);

      trellis_self_check_set_result (created, result);
      trellis_self_check_set_evidence (created, value);
      trellis_project_add_item (project, created);
      answer = created;
    }
  else
    {
      /* The setters record nothing when nothing changes. */
      trellis_self_check_set_result (answer, result);
      if (evidence != NULL)
        trellis_self_check_set_evidence (answer, value);
    }
  trellis_history_end_group (history);
  trellis_history_seal (history);
  return answer;
}

/* Results */

static gboolean
has_evidence (TrellisSelfCheck *answer)
{
  const char *evidence = trellis_self_check_get_evidence (answer);

  return evidence != NULL && evidence[0] != '\0';
}

static void
take_answer (TrellisExcellenceResult *result)
{
  TrellisSelfCheck *answer = result->answer;

  result->result = trellis_self_check_get_result (answer);
  result->source = TRELLIS_EXCELLENCE_ANSWERED;
  g_free (result->reason);
  if (has_evidence (result->answer))
    result->reason = g_strdup (trellis_self_check_get_evidence (answer));
  else
    result->reason = g_strdup (_("Answered by the manager, without evidence"));
}

/**
 * trellis_excellence_check:
 * @requirement: a requirement's id, such as "4.1.2"
 * @as_of: the day to judge (YYYY-MM-DD)
 * @result: (out caller-allocates): the outcome; clear it with
 *   trellis_excellence_result_clear()
 *
 * Answers @requirement for @project on @as_of, from the data or from the
 * manager's answer (see the top of this file for the rules).
 *
 * Returns: %FALSE if there is no such requirement
 */
gboolean
trellis_excellence_check (TrellisProject          *project,
                          const char              *requirement,
                          const char              *as_of,
                          TrellisExcellenceResult *result)
{
  guint32 day = trellis_date_parse (as_of);
  gssize i = index_of (requirement);
  TrellisSelfCheck *answer;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (day != 0, FALSE);
  g_return_val_if_fail (result != NULL, FALSE);

  memset (result, 0, sizeof *result);
  if (i < 0)
    return FALSE;

  result->requirement = &requirements[i];
  answer = trellis_excellence_find_answer (project, requirement);
  result->answer = answer != NULL ? g_object_ref (answer) : NULL;

  if (checks[i] != NULL)
    {
      result->computed = checks[i] (project, day, &result->computed_reason);
      result->result = result->computed;
      result->source = TRELLIS_EXCELLENCE_COMPUTED;
      result->reason = g_strdup (result->computed_reason);
      if (result->computed == TRELLIS_CHECK_UNKNOWN && answer != NULL &&
          trellis_self_check_get_result (answer) != TRELLIS_CHECK_UNKNOWN)
        take_answer (result);
      return TRUE;
    }

  if (answer != NULL && (trellis_self_check_get_result (answer) != TRELLIS_CHECK_UNKNOWN ||
                         has_evidence (answer)))
    take_answer (result);
  else
    {
      result->result = TRELLIS_CHECK_UNKNOWN;
      result->source = TRELLIS_EXCELLENCE_UNANSWERED;
      result->reason = g_strdup (_("Not answered yet"));
    }
  return TRUE;
}

/**
 * trellis_excellence_summarize:
 * @summary: (out caller-allocates): the counts
 *
 * Counts the results of every requirement on @as_of.
 */
void
trellis_excellence_summarize (TrellisProject           *project,
                              const char               *as_of,
                              TrellisExcellenceSummary *summary)
{
  g_return_if_fail (TRELLIS_IS_PROJECT (project));
  g_return_if_fail (summary != NULL);

  memset (summary, 0, sizeof *summary);
  for (gsize i = 0; i < G_N_ELEMENTS (requirements); i++)
    {
      g_auto(TrellisExcellenceResult) result = { 0, };

      if (!trellis_excellence_check (project, requirements[i].id, as_of, &result))
        return;
      if (result.result == TRELLIS_CHECK_MET)
        summary->n_met++;
      else if (result.result == TRELLIS_CHECK_NOT_MET)
        summary->n_not_met++;
      else
        summary->n_unknown++;
    }
}

/**
 * trellis_excellence_result_clear:
 * @result: a result filled by trellis_excellence_check()
 *
 * Frees the reasons and drops the answer @result holds; the struct itself
 * belongs to the caller.
 */
void
trellis_excellence_result_clear (TrellisExcellenceResult *result)
{
  g_return_if_fail (result != NULL);

  g_clear_pointer (&result->reason, g_free);
  g_clear_pointer (&result->computed_reason, g_free);
  g_clear_object (&result->answer);
}
