/* trellis-dashboard.c: the sums and lists the status board shows
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The lights come from TrellisStatusReport; this file adds what a board
 * meeting asks beside them:
 *
 * - The budget planned against spent, for the whole plan and per goal.  A
 *   cancelled action plans nothing any more but keeps what it spent.  An
 *   action without a goal is summed under "no goal".
 * - The deadlines: actions that are neither done nor cancelled and
 *   milestones not reached on the day, whose date is past (overdue and
 *   missed, by the rules of trellis-rules.c: on hold counts) or within the
 *   next days, soonest first.  A milestone reached after the
 *   day still counts as open on that day, as in the status rules.
 */

#define G_LOG_DOMAIN "trellis-dashboard"

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "trellis.h"
#include "trellis-locale-format.h"
#include "trellis-dashboard.h"
#include "trellis-rules.h"

static void
add_amounts (TrellisDashboardBudget *budget,
             double                  planned,
             double                  spent)
{
  budget->planned += planned;
  budget->spent += spent;
  budget->n_actions++;
}

/**
 * trellis_dashboard_list_budgets:
 * @total: (out caller-allocates) (optional): the whole plan's budget
 * @currency: (out) (optional) (transfer full): the currency all budgeted
 *   actions share, %NULL when they name none or several
 *
 * Returns: (transfer full) (element-type TrellisDashboardBudget): the budget
 *   of each goal that has budgeted actions, in file order, then that of the
 *   budgeted actions without a goal, if any
 */
GPtrArray *
trellis_dashboard_list_budgets (TrellisProject         *project,
                                TrellisDashboardBudget *total,
                                char                  **currency)
{
  GListModel *goals, *actions;
  g_autoptr(GHashTable) by_goal = NULL;
  g_autofree char *common = NULL;
  gboolean mixed = FALSE;
  TrellisDashboardBudget sum = { NULL, 0, 0, 0 };
  TrellisDashboardBudget *loose;
  GPtrArray *lines;
  guint n;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);

  goals = trellis_project_get_items (project, TRELLIS_TYPE_GOAL);
  actions = trellis_project_get_items (project, TRELLIS_TYPE_ACTION);
  by_goal = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  loose = g_new0 (TrellisDashboardBudget, 1);

  n = g_list_model_get_n_items (actions);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrellisItem) action = g_list_model_get_item (actions, i);
      double planned = trellis_action_get_budget_planned (TRELLIS_ACTION (action));
      double spent = trellis_action_get_budget_spent (TRELLIS_ACTION (action));
      const char *money = trellis_action_get_currency (TRELLIS_ACTION (action));
      TrellisGoal *goal = trellis_action_get_goal (TRELLIS_ACTION (action));
      TrellisDashboardBudget *line;

      if (!trellis_double_is_set (planned) && !trellis_double_is_set (spent))
        continue;
      if (!trellis_double_is_set (planned) ||
          trellis_action_get_status (TRELLIS_ACTION (action)) == TRELLIS_STATUS_CANCELLED)
        planned = 0;
      if (!trellis_double_is_set (spent))
        spent = 0;

      if (money != NULL && money[0] != '\0')
        {
          if (common == NULL)
            common = g_strdup (money);
          else if (g_strcmp0 (common, money) != 0)
            mixed = TRUE;
        }

      if (goal != NULL)
        {
          line = g_hash_table_lookup (by_goal, goal);
          if (line == NULL)
            {
              line = g_new0 (TrellisDashboardBudget, 1);
              line->goal = TRELLIS_ITEM (goal);
              g_hash_table_insert (by_goal, goal, line);
            }
        }
      else
        line = loose;
      add_amounts (line, planned, spent);
      add_amounts (&sum, planned, spent);
    }

  lines = g_ptr_array_new_with_free_func (g_free);
  n = g_list_model_get_n_items (goals);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrellisItem) goal = g_list_model_get_item (goals, i);
      gpointer line;

      if (g_hash_table_steal_extended (by_goal, goal, NULL, &line))
        g_ptr_array_add (lines, line);
    }
  if (loose->n_actions > 0)
    g_ptr_array_add (lines, loose);
  else
    g_free (loose);

  if (total != NULL)
    *total = sum;
  if (currency != NULL)
    *currency = mixed ? NULL : g_steal_pointer (&common);
  return lines;
}

static int
compare_deadlines (gconstpointer a,
                   gconstpointer b)
{
  const TrellisDashboardDeadline *x = *(TrellisDashboardDeadline **) a;
  const TrellisDashboardDeadline *y = *(TrellisDashboardDeadline **) b;

  return x->days - y->days;
}

/* @late: whether the rules (trellis-rules.c) find @item overdue or missed
 * on @day; else it counts when due soon. */
static void
add_deadline (GPtrArray   *list,
              TrellisItem *item,
              TrellisDay   due,
              gboolean     late,
              guint32      day,
              guint        days_ahead)
{
  TrellisDashboardDeadline *deadline;

  if (!late && !trellis_rules_is_due_soon (due, day, days_ahead))
    return;

  deadline = g_new0 (TrellisDashboardDeadline, 1);
  deadline->item = item;
  trellis_format_date_into (due, deadline->date);
  deadline->days = (int) due - (int) day;
  g_ptr_array_add (list, deadline);
}

/**
 * trellis_dashboard_list_deadlines:
 * @as_of: the day (YYYY-MM-DD)
 * @days_ahead: how far ahead "upcoming" reaches, in days
 *
 * The open actions and milestones due before @as_of (overdue) or at most
 * @days_ahead days after it, soonest first; of one date, milestones first,
 * then actions, each in file order.
 *
 * Returns: (transfer full) (element-type TrellisDashboardDeadline): the
 *   deadlines; the items belong to @project
 */
GPtrArray *
trellis_dashboard_list_deadlines (TrellisProject *project,
                                  const char     *as_of,
                                  guint           days_ahead)
{
  guint32 day = trellis_date_parse (as_of);
  GListModel *milestones, *actions;
  GPtrArray *list;
  guint n;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (day != 0, NULL);

  list = g_ptr_array_new_with_free_func (g_free);

  milestones = trellis_project_get_items (project, TRELLIS_TYPE_MILESTONE);
  n = g_list_model_get_n_items (milestones);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrellisItem) milestone = g_list_model_get_item (milestones, i);
      TrellisMilestone *mark = TRELLIS_MILESTONE (milestone);
      guint32 reached = trellis_milestone_get_reached (mark);

      if (reached == 0 || reached > day)
        add_deadline (list, milestone, trellis_milestone_get_date (mark),
                      trellis_rules_milestone_is_missed (mark, day), day, days_ahead);
    }

  actions = trellis_project_get_items (project, TRELLIS_TYPE_ACTION);
  n = g_list_model_get_n_items (actions);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrellisItem) action = g_list_model_get_item (actions, i);
      int status = trellis_action_get_status (TRELLIS_ACTION (action));

      if (status != TRELLIS_STATUS_DONE && status != TRELLIS_STATUS_CANCELLED)
        add_deadline (list, action, trellis_action_get_due (TRELLIS_ACTION (action)),
                      trellis_rules_action_is_overdue (TRELLIS_ACTION (action), day), day, days_ahead);
    }

  /* g_ptr_array_sort is stable: the order above stays within a date. */
  g_ptr_array_sort (list, compare_deadlines);
  return list;
}

/**
 * trellis_dashboard_shift_month:
 * @day: a day (YYYY-MM-DD)
 * @months: how many months to go forward (negative: back)
 *
 * The same day @months months later; a day the month lacks becomes its last
 * day (2026-01-31 + 1 is 2026-02-28).
 *
 * Returns: (transfer full) (nullable): the day, %NULL if @day is not a date
 */
char *
trellis_dashboard_shift_month (const char *day,
                               int         months)
{
  guint32 parsed = trellis_date_parse (day);

  if (parsed == 0)
    return NULL;
  return trellis_date_format (trellis_date_add_months (parsed, months));
}

/**
 * trellis_dashboard_format_money:
 * @currency: (nullable): the currency, "EUR"
 *
 * Returns: (transfer full): @amount in whole units, thousands grouped as the
 *   locale groups them (trellis_format_money ())
 */
char *
trellis_dashboard_format_money (double      amount,
                                const char *currency)
{
  /* Whole units, readable from the back of the room. */
  return trellis_format_money (round (amount), currency);
}

/**
 * trellis_dashboard_describe_budget:
 *
 * Returns: (transfer full): "41 430 EUR of 129 000 EUR (32 %)"
 */
char *
trellis_dashboard_describe_budget (const TrellisDashboardBudget *budget,
                                   const char                   *currency)
{
  g_autofree char *planned = trellis_dashboard_format_money (budget->planned, currency);
  g_autofree char *spent = trellis_dashboard_format_money (budget->spent, currency);

  if (budget->planned > 0)
    {
      g_autofree char *share = trellis_rules_format_percent (100 * budget->spent / budget->planned);

      /* translators: money spent of money planned, and the share: "1 200 EUR of 4 000 EUR (30 %)" */
      return g_strdup_printf (_("%s of %s (%s)"), spent, planned, share);
    }
  return g_strdup_printf (_("%s spent, none planned"), spent);
}

/**
 * trellis_dashboard_describe_days:
 * @days: a deadline's days from the day shown, negative when overdue
 *
 * Returns: (transfer full): "3 days late", "today", "in 10 days"
 */
char *
trellis_dashboard_describe_days (int days)
{
  if (days < 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day late", "%d days late", -days), -days);
  if (days == 0)
    return g_strdup (_("today"));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "in %d day", "in %d days", days), days);
}
