/* trellis-status-rules.c: the thresholds of the status rules, kept in the project file
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each project may change the thresholds of trellis-status.c.  They live on
 * the header as optional attributes (status-warn-days, status-behind-points,
 * status-budget-amber-points, status-budget-red-points,
 * status-indicator-red-share, status-project-red-share), left out while
 * they hold the defaults, so files written before they existed load with
 * the defaults and stay byte-identical when saved again.  A value out of
 * range in a hand-edited file counts as the default; storing one is refused.
 */

#define G_LOG_DOMAIN "trellis-status"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "trellis.h"
#include "trellis-status.h"

G_DEFINE_QUARK (trellis-status-error-quark, trellis_status_error)

typedef struct
{
  const char *property;  /* the name in the file, for the messages */
  gsize       offset;
  double      minimum;
  double      maximum;
  gboolean    exclusive_minimum;
  double    (*get) (TrellisHeader *header);
  void      (*set) (TrellisHeader *header,
                    double         value);
} DoubleRule;

/* The double thresholds and their ranges; warn_days is an int field. */
static const DoubleRule double_rules[] = {
  { "status-behind-points", G_STRUCT_OFFSET (TrellisStatusRules, behind_points),
    0, TRELLIS_STATUS_MAX_POINTS, FALSE,
    trellis_header_get_status_behind_points, trellis_header_set_status_behind_points },
  { "status-budget-amber-points", G_STRUCT_OFFSET (TrellisStatusRules, budget_amber_points),
    0, TRELLIS_STATUS_MAX_POINTS, FALSE,
    trellis_header_get_status_budget_amber_points, trellis_header_set_status_budget_amber_points },
  { "status-budget-red-points", G_STRUCT_OFFSET (TrellisStatusRules, budget_red_points),
    0, TRELLIS_STATUS_MAX_POINTS, FALSE,
    trellis_header_get_status_budget_red_points, trellis_header_set_status_budget_red_points },
  { "status-indicator-red-share", G_STRUCT_OFFSET (TrellisStatusRules, indicator_red_share),
    0, 1, FALSE,
    trellis_header_get_status_indicator_red_share, trellis_header_set_status_indicator_red_share },
  { "status-project-red-share", G_STRUCT_OFFSET (TrellisStatusRules, project_red_share),
    0, 1, TRUE,
    trellis_header_get_status_project_red_share, trellis_header_set_status_project_red_share },
};

#define RULE_VALUE(rules, rule) G_STRUCT_MEMBER (double, rules, (rule)->offset)

static gboolean
in_range (const DoubleRule *rule,
          double            value)
{
  if (!isfinite (value) || value > rule->maximum)
    return FALSE;
  return rule->exclusive_minimum ? value > rule->minimum : value >= rule->minimum;
}

/**
 * trellis_status_rules_load:
 *
 * The thresholds @project keeps in its file; the defaults where it keeps
 * none (or keeps one out of range).
 */
void
trellis_status_rules_load (TrellisStatusRules *rules,
                           TrellisProject     *project)
{
  TrellisHeader *header;

  g_return_if_fail (rules != NULL);
  g_return_if_fail (TRELLIS_IS_PROJECT (project));

  header = trellis_project_get_header (project);
  trellis_status_rules_init (rules);
  rules->warn_days = (guint) CLAMP (trellis_header_get_status_warn_days (header),
                                    0, TRELLIS_STATUS_MAX_WARN_DAYS);
  for (guint i = 0; i < G_N_ELEMENTS (double_rules); i++)
    {
      double value = double_rules[i].get (header);

      if (trellis_double_is_set (value) && in_range (&double_rules[i], value))
        RULE_VALUE (rules, &double_rules[i]) = value;
    }
  if (rules->budget_red_points < rules->budget_amber_points)
    {
      TrellisStatusRules defaults;

      trellis_status_rules_init (&defaults);
      rules->budget_amber_points = defaults.budget_amber_points;
      rules->budget_red_points = defaults.budget_red_points;
    }
}

/**
 * trellis_status_rules_check:
 *
 * Returns: %TRUE if every threshold is in its range and the red budget
 *   margin is not below the amber one; else %FALSE with
 *   %TRELLIS_STATUS_ERROR_OUT_OF_RANGE, saying which
 */
gboolean
trellis_status_rules_check (const TrellisStatusRules  *rules,
                            GError                   **error)
{
  g_return_val_if_fail (rules != NULL, FALSE);

  if (rules->warn_days > TRELLIS_STATUS_MAX_WARN_DAYS)
    {
      g_set_error (error, TRELLIS_STATUS_ERROR, TRELLIS_STATUS_ERROR_OUT_OF_RANGE,
                   /* translators: %d is the longest warning time, in days */
                   g_dngettext (GETTEXT_PACKAGE, "The warning time must be from 0 to %d day",
                                "The warning time must be from 0 to %d days", TRELLIS_STATUS_MAX_WARN_DAYS),
                   TRELLIS_STATUS_MAX_WARN_DAYS);
      return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (double_rules); i++)
    if (!in_range (&double_rules[i], RULE_VALUE (rules, &double_rules[i])))
      {
        g_set_error (error, TRELLIS_STATUS_ERROR, TRELLIS_STATUS_ERROR_OUT_OF_RANGE,
                     /* translators: %s is a threshold such as status-behind-points */
                     _("The threshold %s is out of range (%g … %g)"), double_rules[i].property,
                     double_rules[i].minimum, double_rules[i].maximum);
        return FALSE;
      }
  if (rules->budget_red_points < rules->budget_amber_points)
    {
      g_set_error_literal (error, TRELLIS_STATUS_ERROR, TRELLIS_STATUS_ERROR_OUT_OF_RANGE,
                           _("The budget margin for red cannot be below the one for amber"));
      return FALSE;
    }
  return TRUE;
}

/**
 * trellis_status_rules_equal:
 *
 * Returns: whether @a and @b have the same value for every threshold
 */
gboolean
trellis_status_rules_equal (const TrellisStatusRules *a,
                            const TrellisStatusRules *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (a->warn_days != b->warn_days)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (double_rules); i++)
    if (RULE_VALUE (a, &double_rules[i]) != RULE_VALUE (b, &double_rules[i]))
      return FALSE;
  return TRUE;
}

/**
 * trellis_status_rules_store:
 * @rules: the new thresholds
 *
 * Keeps @rules in @project's file, as one undo step (none if nothing
 * changes).  Thresholds equal to the defaults are left out of the file.
 *
 * Returns: %FALSE, changing nothing, if a threshold is out of range
 */
gboolean
trellis_status_rules_store (TrellisProject            *project,
                            const TrellisStatusRules  *rules,
                            GError                   **error)
{
  TrellisHistory *history;
  TrellisStatusRules defaults;
  TrellisHeader *header;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (rules != NULL, FALSE);

  if (!trellis_status_rules_check (rules, error))
    return FALSE;

  trellis_status_rules_init (&defaults);
  header = trellis_project_get_header (project);
  history = trellis_project_get_history (project);
  trellis_history_begin_group (history, _("Change Status Rules"));
  trellis_header_set_status_warn_days (header, (int) rules->warn_days);
  for (guint i = 0; i < G_N_ELEMENTS (double_rules); i++)
    {
      double value = RULE_VALUE (rules, &double_rules[i]);

      if (value == RULE_VALUE (&defaults, &double_rules[i]))
        value = NAN;
      /* The setter records the change, and none if nothing changes. */
      double_rules[i].set (header, value);
    }
  trellis_history_end_group (history);
  return TRUE;
}
