/* trellis-excellence-rules.c: the minimum requirements the project's data can answer
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How each rule reads the data:
 *
 *  1.1.0  the stakeholder register: passive members under 90 % of the
 *         participants (trellis_helix_balance_check()).
 *  1.1.1  the register: over half of the committed members are businesses,
 *         and research organisations are among them; not met if either
 *         part fails, unknown while either cannot be told.
 *  2.1    the header's management start is at least two years before as-of.
 *  4.1.2  a documented strategy is at least one TOWS strategy and at least
 *         one goal (the canvas describes the business model, not the
 *         strategy, so it does not count).
 *  4.1.3  an implementation plan with measurable targets and budgets: every
 *         goal is measurable (trellis_goal_is_measurable()) and every action
 *         that is not cancelled has a planned budget (zero is a budget).
 *  4.1.5  the latest review on or before as-of is at most two years old, or a
 *         review is recorded (planned) within the six months after as-of.
 *  4.1.6  a measurement or a snapshot dated within the twelve months up to
 *         as-of.
 *  4.3    services in at least three fields (service areas; "Other" is no
 *         field).
 *  4.4    of the indicators whose target date falls within the twelve months
 *         before as-of, at least half reached the target with the latest value
 *         measured on or before as-of (direction-aware); targets not measured
 *         are left out of the share and named in the reason.  Met and missed
 *         are trellis_rules_indicator_target()'s, as for the lights: a target
 *         whose date is as-of itself is still open, and not counted yet.
 *
 * Periods include their boundary day: a management that started exactly two
 * years before as-of meets 2.1.  With no data at all for a rule (no goals and
 * no actions, no review, …) the rule is unknown and says why.
 */

#define G_LOG_DOMAIN "trellis-excellence"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "trellis-enum-labels.h"
#include "trellis-locale-format.h"
#include "trellis-enum-types.h"
#include "trellis-excellence-private.h"
#include "trellis-goals.h"
#include "trellis-review.h"
#include "trellis-service.h"
#include "trellis-snapshot.h"
#include "trellis-stakeholder-analysis.h"
#include "trellis-action.h"
#include "trellis-date.h"
#include "trellis-rules.h"
#include "trellis-tows-strategy.h"

/* The date of a review, a measurement or a snapshot. */
static guint32
date_of (TrellisItem *item)
{
  if (TRELLIS_IS_REVIEW (item))
    return trellis_review_get_date (TRELLIS_REVIEW (item));
  if (TRELLIS_IS_MEASUREMENT (item))
    return trellis_measurement_get_date (TRELLIS_MEASUREMENT (item));
  if (TRELLIS_IS_SNAPSHOT (item))
    return trellis_snapshot_get_date (TRELLIS_SNAPSHOT (item));
  g_return_val_if_reached (TRELLIS_DAY_NONE);
}

/* Composition of the participants */

TrellisCheckResult
_trellis_excellence_check_committed_share (TrellisProject  *project,
                       guint32          day,
                       char           **reason)
{
  TrellisHelixBalance balance;

  trellis_helix_balance_compute (project, &balance);
  return trellis_helix_balance_check (&balance, TRELLIS_BALANCE_CHECK_COMMITTED_SHARE, reason);
}

TrellisCheckResult
_trellis_excellence_check_composition (TrellisProject  *project,
                   guint32          day,
                   char           **reason)
{
  TrellisHelixBalance balance;
  g_autofree char *business_reason = NULL;
  g_autofree char *research_reason = NULL;
  TrellisCheckResult business, research;

  trellis_helix_balance_compute (project, &balance);
  business = trellis_helix_balance_check (&balance, TRELLIS_BALANCE_CHECK_BUSINESS_SHARE, &business_reason);
  research = trellis_helix_balance_check (&balance, TRELLIS_BALANCE_CHECK_RESEARCH, &research_reason);

  if (business == TRELLIS_CHECK_UNKNOWN)
    {
      *reason = g_steal_pointer (&business_reason);
      return TRELLIS_CHECK_UNKNOWN;
    }
  /* translators: two reasons joined, such as "6 of 9 committed members are businesses (67 %); 2 research organisations or universities are committed" */
  *reason = g_strdup_printf (_("%s; %s"), business_reason, research_reason);
  if (business == TRELLIS_CHECK_NOT_MET || research == TRELLIS_CHECK_NOT_MET)
    return TRELLIS_CHECK_NOT_MET;
  return research == TRELLIS_CHECK_MET ? TRELLIS_CHECK_MET : TRELLIS_CHECK_UNKNOWN;
}

/* Management */

TrellisCheckResult
_trellis_excellence_check_management_age (TrellisProject  *project,
                      guint32          day,
                      char           **reason)
{
  guint32 start = trellis_header_get_management_start (trellis_project_get_header (project));
  g_autofree char *start_text = trellis_format_date (start);
  g_autofree char *as_of = trellis_format_date (day);
  g_autofree char *due = NULL;

  if (start == 0)
    {
      *reason = g_strdup (_("The start of the cluster management is not recorded: add it to the "
                            "project's details"));
      return TRELLIS_CHECK_UNKNOWN;
    }

  if (trellis_date_add_months (start, 24) <= day)
    {
      /* translators: both are dates */
      *reason = g_strdup_printf (_("The cluster management started on %s, at least two years before %s"),
                                 start_text, as_of);
      return TRELLIS_CHECK_MET;
    }

  due = trellis_format_date (trellis_date_add_months (start, 24));
  /* translators: both are dates */
  *reason = g_strdup_printf (_("The cluster management started on %s; it will be two years old on %s"),
                             start_text, due);
  return TRELLIS_CHECK_NOT_MET;
}

/* Strategy and plan */

TrellisCheckResult
_trellis_excellence_check_strategy (TrellisProject  *project,
                guint32          day,
                char           **reason)
{
  guint n_goals = trellis_project_count_items (project, TRELLIS_TYPE_GOAL);
  guint n_strategies = trellis_project_count_items (project, TRELLIS_TYPE_TOWS_STRATEGY);
  g_autofree char *strategies = NULL;
  g_autofree char *goals = NULL;

  if (n_goals == 0 && n_strategies == 0)
    {
      *reason = g_strdup (_("No TOWS strategies and no goals in the project yet"));
      return TRELLIS_CHECK_UNKNOWN;
    }
  if (n_goals == 0)
    {
      *reason = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u TOWS strategy, but no goal derived from it yet",
                                              "%u TOWS strategies, but no goal derived from them yet",
                                              n_strategies),
                                 n_strategies);
      return TRELLIS_CHECK_NOT_MET;
    }
  if (n_strategies == 0)
    {
      *reason = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u goal, but no TOWS strategy behind it yet",
                                              "%u goals, but no TOWS strategy behind them yet",
                                              n_goals),
                                 n_goals);
      return TRELLIS_CHECK_NOT_MET;
    }

  strategies = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u TOWS strategy", "%u TOWS strategies",
                                             n_strategies),
                                 n_strategies);
  goals = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u goal", "%u goals", n_goals), n_goals);
  /* translators: two counts, such as "7 TOWS strategies" and "5 goals" */
  *reason = g_strdup_printf (_("%s and %s are documented"), strategies, goals);
  return TRELLIS_CHECK_MET;
}

static guint
count_measurable_goals (TrellisProject  *project,
                        char           **first_failure)
{
  GListModel *goals = trellis_project_get_items (project, TRELLIS_TYPE_GOAL);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(TrellisItem) goal = g_list_model_get_item (goals, i);
      g_autofree char *why = NULL;

      if (trellis_goal_is_measurable (project, TRELLIS_GOAL (goal), &why))
        n++;
      else if (*first_failure == NULL)
        {
          g_autofree char *title = trellis_item_dup_label (goal);

          /* translators: a goal's title, then why it is not measurable */
          *first_failure = g_strdup_printf (_("goal “%s”: %s"), title, why);
        }
    }
  return n;
}

static void
count_budgeted_actions (TrellisProject *project,
                        guint          *n_actions,
                        guint          *n_budgeted)
{
  GListModel *actions = trellis_project_get_items (project, TRELLIS_TYPE_ACTION);

  *n_actions = *n_budgeted = 0;
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(TrellisItem) action = g_list_model_get_item (actions, i);

      if (trellis_action_get_status (TRELLIS_ACTION (action)) == TRELLIS_STATUS_CANCELLED)
        continue;
      (*n_actions)++;
      if (trellis_double_is_set (trellis_action_get_budget_planned (TRELLIS_ACTION (action))))
        (*n_budgeted)++;
    }
}

TrellisCheckResult
_trellis_excellence_check_plan (TrellisProject  *project,
            guint32          day,
            char           **reason)
{
  guint n_goals = trellis_project_count_items (project, TRELLIS_TYPE_GOAL);
  g_autofree char *failure = NULL;
  guint n_measurable = count_measurable_goals (project, &failure);
  guint n_actions, n_budgeted;
  g_autofree char *counts = NULL;
  g_autofree char *goals_part = NULL;
  g_autofree char *actions_part = NULL;

  count_budgeted_actions (project, &n_actions, &n_budgeted);
  if (n_goals == 0 && n_actions == 0)
    {
      *reason = g_strdup (_("No goals and no actions in the project yet"));
      return TRELLIS_CHECK_UNKNOWN;
    }
  if (n_actions == 0)
    {
      *reason = g_strdup (_("No actions planned yet"));
      return TRELLIS_CHECK_NOT_MET;
    }
  if (n_goals == 0)
    {
      *reason = g_strdup (_("No goals to measure the plan against yet"));
      return TRELLIS_CHECK_NOT_MET;
    }

  /* translators: how many of the goals are measurable, then how many goals there are */
  goals_part = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u goal is measurable",
                                             "%u of %u goals are measurable", n_goals),
                                n_measurable, n_goals);
  /* translators: how many of the actions have a budget, then how many actions there are */
  actions_part = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u action has a budget",
                                               "%u of %u actions have a budget", n_actions),
                                  n_budgeted, n_actions);
  /* translators: two clauses, "3 of 4 goals are measurable" and "5 of 9 actions have a budget" */
  counts = g_strdup_printf (_("%s, %s"), goals_part, actions_part);
  if (n_measurable == n_goals && n_budgeted == n_actions)
    {
      *reason = g_steal_pointer (&counts);
      return TRELLIS_CHECK_MET;
    }
  /* translators: the counts, then the first goal that cannot be measured and why */
  *reason = failure != NULL ? g_strdup_printf (_("%s; %s"), counts, failure) : g_steal_pointer (&counts);
  return TRELLIS_CHECK_NOT_MET;
}

/* Reviews and monitoring */

TrellisCheckResult
_trellis_excellence_check_reviews (TrellisProject  *project,
               guint32          day,
               char           **reason)
{
  GListModel *reviews = trellis_project_get_items (project, TRELLIS_TYPE_REVIEW);
  guint32 last = 0, next = 0;
  g_autofree char *last_text = NULL;
  g_autofree char *next_text = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (reviews); i++)
    {
      g_autoptr(TrellisItem) review = g_list_model_get_item (reviews, i);
      guint32 date = date_of (review);

      if (date != 0 && date <= day)
        last = MAX (last, date);
      else if (date > day && (next == 0 || date < next))
        next = date;
    }

  if (last == 0 && next == 0)
    {
      *reason = g_strdup (_("No review of the strategy recorded yet"));
      return TRELLIS_CHECK_UNKNOWN;
    }
  last_text = last != 0 ? trellis_format_date (last) : NULL;
  next_text = next != 0 ? trellis_format_date (next) : NULL;
  if (last != 0 && trellis_date_add_months (last, 24) >= day)
    {
      /* translators: %s is a date */
      *reason = g_strdup_printf (_("The strategy was last reviewed on %s"), last_text);
      return TRELLIS_CHECK_MET;
    }
  if (next != 0 && next <= trellis_date_add_months (day, 6))
    {
      /* translators: %s is a date */
      *reason = g_strdup_printf (_("A review is planned for %s"), next_text);
      return TRELLIS_CHECK_MET;
    }

  if (last != 0)
    /* translators: %s is a date */
    *reason = g_strdup_printf (_("The last review was on %s, more than two years ago, and none is "
                                 "planned within six months"), last_text);
  else
    /* translators: %s is a date */
    *reason = g_strdup_printf (_("The first review is planned for %s, more than six months ahead"),
                               next_text);
  return TRELLIS_CHECK_NOT_MET;
}

static guint32
latest_day (TrellisProject *project,
            GType           type,
            guint32         day)
{
  GListModel *items = trellis_project_get_items (project, type);
  guint32 latest = 0;

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(TrellisItem) item = g_list_model_get_item (items, i);
      guint32 date = date_of (item);

      if (date <= day)
        latest = MAX (latest, date);
    }
  return latest;
}

TrellisCheckResult
_trellis_excellence_check_monitoring (TrellisProject  *project,
                  guint32          day,
                  char           **reason)
{
  guint32 measured = latest_day (project, TRELLIS_TYPE_MEASUREMENT, day);
  guint32 snapshot = latest_day (project, TRELLIS_TYPE_SNAPSHOT, day);
  guint32 latest = MAX (measured, snapshot);
  g_autofree char *latest_text = NULL;

  if (latest == 0)
    {
      *reason = g_strdup (_("No measurement or snapshot recorded yet"));
      return TRELLIS_CHECK_UNKNOWN;
    }

  latest_text = trellis_format_date (latest);
  if (trellis_date_add_months (latest, 12) >= day)
    {
      if (latest == measured)
        /* translators: %s is a date */
        *reason = g_strdup_printf (_("The latest measurement of an indicator is from %s"), latest_text);
      else
        /* translators: %s is a date */
        *reason = g_strdup_printf (_("The latest snapshot of the status is from %s"), latest_text);
      return TRELLIS_CHECK_MET;
    }

  /* translators: %s is a date */
  *reason = g_strdup_printf (_("The latest measurement or snapshot is from %s, more than a year ago"),
                             latest_text);
  return TRELLIS_CHECK_NOT_MET;
}

/* Services and targets */

TrellisCheckResult
_trellis_excellence_check_services (TrellisProject  *project,
                guint32          day,
                char           **reason)
{
  GListModel *services = trellis_project_get_items (project, TRELLIS_TYPE_SERVICE);
  guint n_services = g_list_model_get_n_items (services);
  gboolean seen[TRELLIS_AREA_INTERNATIONALISATION + 1] = { FALSE, };
  g_autoptr(GString) fields = g_string_new (NULL);
  guint n_fields = 0;

  if (n_services == 0)
    {
      *reason = g_strdup (_("No services recorded yet"));
      return TRELLIS_CHECK_UNKNOWN;
    }

  for (guint i = 0; i < n_services; i++)
    {
      g_autoptr(TrellisItem) service = g_list_model_get_item (services, i);
      int area = trellis_service_get_area (TRELLIS_SERVICE (service));

      if (area <= TRELLIS_AREA_OTHER || area > TRELLIS_AREA_INTERNATIONALISATION || seen[area])
        continue;
      seen[area] = TRUE;
      if (n_fields++ > 0)
        g_string_append (fields, _(", "));
      g_string_append (fields, trellis_enum_label (TRELLIS_TYPE_SERVICE_AREA, area));
    }

  if (n_fields == 0)
    {
      *reason = g_strdup (_("No service is assigned to a field yet"));
      return TRELLIS_CHECK_NOT_MET;
    }
  if (n_fields >= 3)
    {
      /* translators: a count, then the names of the fields */
      *reason = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Services in %u field: %s",
                                              "Services in %u fields: %s", n_fields),
                                 n_fields, fields->str);
      return TRELLIS_CHECK_MET;
    }
  /* translators: a count, then the names of the fields */
  *reason = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Services in %u field: %s; at least three are needed",
                                          "Services in %u fields: %s; at least three are needed",
                                          n_fields),
                             n_fields, fields->str);
  return TRELLIS_CHECK_NOT_MET;
}

/* Counts the targets judged on @day whose date falls within the twelve
 * months before it, by trellis_rules_indicator_target(), as the lights
 * judge them: open up to their date, met or missed from the day after. */
static void
count_targets (TrellisProject *project,
               guint32         day,
               guint          *n_due,
               guint          *n_judged,
               guint          *n_reached)
{
  GListModel *indicators = trellis_project_get_items (project, TRELLIS_TYPE_INDICATOR);
  guint32 since = trellis_date_add_months (day, -12);

  *n_due = *n_judged = *n_reached = 0;
  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(TrellisIndicator) indicator = g_list_model_get_item (indicators, i);
      g_autoptr(GPtrArray) measurements = NULL;
      TrellisTargetState state;

      if (trellis_indicator_get_target_date (indicator) < since)
        continue;
      measurements = trellis_indicator_list_measurements (project, indicator);
      state = trellis_rules_indicator_target (indicator, measurements, day, NULL);
      if (state == TRELLIS_TARGET_UNSET || state == TRELLIS_TARGET_OPEN)
        continue;
      (*n_due)++;
      *n_judged += state != TRELLIS_TARGET_UNMEASURED;
      *n_reached += state == TRELLIS_TARGET_MET;
    }
}

TrellisCheckResult
_trellis_excellence_check_targets (TrellisProject  *project,
               guint32          day,
               char           **reason)
{
  guint n_due, n_judged, n_reached;
  g_autofree char *counts = NULL;

  count_targets (project, day, &n_due, &n_judged, &n_reached);
  if (n_due == 0)
    {
      *reason = g_strdup (_("No indicator had its target date in the last twelve months"));
      return TRELLIS_CHECK_UNKNOWN;
    }
  if (n_judged == 0)
    {
      *reason = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u target fell due in the last twelve months, but it was not measured",
                                              "%u targets fell due in the last twelve months, but none was measured",
                                              n_due),
                                 n_due);
      return TRELLIS_CHECK_UNKNOWN;
    }

  /* translators: counts of targets, then a percentage */
  counts = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u of %u target due in the last twelve months was reached (%.0f %%)",
                                         "%u of %u targets due in the last twelve months were reached (%.0f %%)",
                                         n_judged),
                            n_reached, n_judged, 100.0 * n_reached / n_judged);
  if (n_due > n_judged)
    {
      char *more;

      /* translators: the sentence before, then a count of targets nobody measured */
      more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s; %u not measured", "%s; %u not measured",
                                           n_due - n_judged),
                              counts, n_due - n_judged);
      g_free (counts);
      counts = more;
    }
  if (2 * n_reached >= n_judged)
    {
      *reason = g_steal_pointer (&counts);
      return TRELLIS_CHECK_MET;
    }
  /* translators: the counts, then the rule */
  *reason = g_strdup_printf (_("%s; at least half are needed"), counts);
  return TRELLIS_CHECK_NOT_MET;
}
