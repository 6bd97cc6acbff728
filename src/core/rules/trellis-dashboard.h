/* trellis-dashboard.h: the sums and lists the status board shows
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-date.h"
#include "trellis-locale-format.h"
#include "trellis-project.h"

G_BEGIN_DECLS

/**
 * TrellisDashboardBudget:
 * @goal: (nullable): the goal, %NULL for the actions that serve no goal
 *   (or, in the totals, for the whole plan)
 * @planned: the budget planned, summed; cancelled actions count 0
 * @spent: the budget spent, summed
 * @n_actions: how many actions have a planned or spent budget
 *
 * The budget of a goal's actions, or of the whole plan.
 */
typedef struct
{
  TrellisItem *goal;
  double       planned;
  double       spent;
  guint        n_actions;
} TrellisDashboardBudget;

/**
 * TrellisDashboardDeadline:
 * @item: the action or milestone
 * @date: its due date (YYYY-MM-DD)
 * @days: days from the "as of" day to @date: negative when overdue
 *
 * An action or milestone that is due soon or overdue and not finished.
 */
typedef struct
{
  TrellisItem *item;
  char         date[TRELLIS_DISPLAY_DATE_SIZE];
  int          days;
} TrellisDashboardDeadline;

GPtrArray  *trellis_dashboard_list_budgets   (TrellisProject         *project,
                                              TrellisDashboardBudget *total,
                                              char                  **currency);
GPtrArray  *trellis_dashboard_list_deadlines (TrellisProject         *project,
                                              const char             *as_of,
                                              guint                   days_ahead);
char       *trellis_dashboard_shift_month    (const char             *day,
                                              int                     months);
char       *trellis_dashboard_format_money   (double                  amount,
                                              const char             *currency);
char       *trellis_dashboard_describe_budget (const TrellisDashboardBudget *budget,
                                               const char             *currency);
char       *trellis_dashboard_describe_days  (int                     days);

G_END_DECLS
