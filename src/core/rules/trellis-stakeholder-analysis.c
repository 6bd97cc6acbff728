/* trellis-stakeholder-analysis.c: the influence grid and the helix balance of the stakeholders
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The grid places every stakeholder by influence (rows) and by attitude or
 * interest (columns), and says in each cell how to deal with the people in
 * it.  The balance counts the actors of each helix type and checks the
 * composition rules of the excellence self-assessment (1.1.0 and 1.1.1).
 */

#define G_LOG_DOMAIN "trellis-stakeholder-analysis"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "trellis-enum-labels.h"
#include "trellis-enum-types.h"
#include "trellis-history.h"
#include "trellis-stakeholder-analysis.h"

typedef struct
{
  const char *advice;
  const char *detail;
} CellAdvice;

/* By axis, influence (low to high) and column (left to right). */
static const CellAdvice cell_advice[2][3][TRELLIS_GRID_N_COLUMNS] = {
  [TRELLIS_GRID_AXIS_ATTITUDE] = {
    [TRELLIS_LEVEL_LOW] = {
      { N_("Monitor"),
        N_("Watch how their view develops and explain the initiative when an occasion arises.") },
      { N_("Monitor"),
        N_("A short update now and then is enough.") },
      { N_("Keep informed"),
        N_("Supporters with little influence: keep them informed and let them take part; "
           "they spread the word.") },
    },
    [TRELLIS_LEVEL_MEDIUM] = {
      { N_("Address concerns"),
        N_("Find out what worries them and answer it before their view spreads.") },
      { N_("Keep informed"),
        N_("Keep them up to date and invite them to events; some will become supporters.") },
      { N_("Involve"),
        N_("Supporters with some weight: give them a part in working groups and projects.") },
    },
    [TRELLIS_LEVEL_HIGH] = {
      { N_("Engage early"),
        N_("Influential critics: do not underestimate them. Talk to them early, listen to "
           "their concerns and address them.") },
      { N_("Win over"),
        N_("Influential but undecided: show them what the cluster offers them and keep "
           "them satisfied.") },
      { N_("Key drivers"),
        N_("Influential supporters: involve them as champions and in the decisions.") },
    },
  },
  [TRELLIS_GRID_AXIS_INTEREST] = {
    [TRELLIS_LEVEL_LOW] = {
      { N_("Monitor"),
        N_("Little influence and little interest: general news now and then is enough.") },
      { N_("Monitor"),
        N_("Watch whether their interest grows and include them in general news.") },
      { N_("Keep informed"),
        N_("Interested but with little influence: keep them informed; they help with "
           "details and spread the word.") },
    },
    [TRELLIS_LEVEL_MEDIUM] = {
      { N_("Monitor"),
        N_("Some influence but little interest: watch for changes and inform them now and then.") },
      { N_("Keep informed"),
        N_("Keep them up to date and invite them to events; some will become active members.") },
      { N_("Keep informed"),
        N_("Interested, with some influence: keep them well informed and offer them a part "
           "in working groups.") },
    },
    [TRELLIS_LEVEL_HIGH] = {
      { N_("Keep satisfied"),
        N_("Influential but not much interested: meet their needs and ask their view on "
           "the big decisions.") },
      { N_("Keep satisfied"),
        N_("Influential and somewhat interested: keep them content and raise their "
           "interest; they could become key players.") },
      { N_("Manage closely"),
        N_("Key players: involve them fully, in the decisions and in the core team.") },
    },
  },
};

/* Critics on the left, supporters on the right. */
static const int attitude_columns[TRELLIS_GRID_N_COLUMNS] = {
  TRELLIS_ATTITUDE_CRITICAL, TRELLIS_ATTITUDE_NEUTRAL, TRELLIS_ATTITUDE_POSITIVE,
};

static gboolean
axis_is_valid (TrellisGridAxis axis)
{
  return axis == TRELLIS_GRID_AXIS_ATTITUDE || axis == TRELLIS_GRID_AXIS_INTEREST;
}

static gboolean
value_is_valid (TrellisGridAxis axis,
                int             value)
{
  GType type = axis == TRELLIS_GRID_AXIS_ATTITUDE ? TRELLIS_TYPE_ATTITUDE : TRELLIS_TYPE_LEVEL;

  return value >= 0 && (guint) value < trellis_enum_n_values (type);
}

/* The value @self has on @axis: its attitude or its interest. */
static int
axis_get_value (TrellisStakeholder *self,
                TrellisGridAxis     axis)
{
  if (axis == TRELLIS_GRID_AXIS_ATTITUDE)
    return trellis_stakeholder_get_attitude (self);
  return trellis_stakeholder_get_interest (self);
}

static void
axis_set_value (TrellisStakeholder *self,
                TrellisGridAxis     axis,
                int                 value)
{
  if (axis == TRELLIS_GRID_AXIS_ATTITUDE)
    trellis_stakeholder_set_attitude (self, (TrellisAttitude) value);
  else
    trellis_stakeholder_set_interest (self, (TrellisLevel) value);
}

/**
 * trellis_grid_axis_get_title:
 *
 * Returns: the name of what @axis shows, such as "Attitude"
 */
const char *
trellis_grid_axis_get_title (TrellisGridAxis axis)
{
  g_return_val_if_fail (axis_is_valid (axis), NULL);

  return axis == TRELLIS_GRID_AXIS_ATTITUDE ? _("Attitude") : _("Interest");
}

/**
 * trellis_grid_axis_get_column:
 * @value: a #TrellisAttitude or a #TrellisLevel, after @axis
 *
 * Returns: the column of @value, from 0 (left) to 2 (right)
 */
guint
trellis_grid_axis_get_column (TrellisGridAxis axis,
                              int             value)
{
  g_return_val_if_fail (axis_is_valid (axis), 0);
  g_return_val_if_fail (value_is_valid (axis, value), 0);

  if (axis == TRELLIS_GRID_AXIS_INTEREST)
    return value;

  for (guint column = 0; column < TRELLIS_GRID_N_COLUMNS; column++)
    if (attitude_columns[column] == value)
      return column;

  g_assert_not_reached ();
}

/**
 * trellis_grid_axis_get_value:
 * @column: from 0 (left) to 2 (right)
 *
 * Returns: the attitude or interest that @column stands for
 */
int
trellis_grid_axis_get_value (TrellisGridAxis axis,
                             guint           column)
{
  g_return_val_if_fail (axis_is_valid (axis), 0);
  g_return_val_if_fail (column < TRELLIS_GRID_N_COLUMNS, 0);

  return axis == TRELLIS_GRID_AXIS_ATTITUDE ? attitude_columns[column] : (int) column;
}

/**
 * trellis_grid_axis_get_value_label:
 *
 * Returns: the word for @value on @axis, such as "Critical"
 */
const char *
trellis_grid_axis_get_value_label (TrellisGridAxis axis,
                                   int             value)
{
  g_return_val_if_fail (axis_is_valid (axis), NULL);

  return trellis_enum_label (axis == TRELLIS_GRID_AXIS_ATTITUDE ? TRELLIS_TYPE_ATTITUDE
                                                                : TRELLIS_TYPE_LEVEL,
                             value);
}

static const CellAdvice *
find_advice (TrellisGridAxis axis,
             TrellisLevel    influence,
             int             value)
{
  g_return_val_if_fail (axis_is_valid (axis), NULL);
  g_return_val_if_fail (influence <= TRELLIS_LEVEL_HIGH, NULL);
  g_return_val_if_fail (value_is_valid (axis, value), NULL);

  return &cell_advice[axis][influence][trellis_grid_axis_get_column (axis, value)];
}

/**
 * trellis_grid_cell_get_advice:
 * @influence: the cell's row
 * @value: the cell's column, as the attitude or interest it stands for
 *
 * Returns: what to do with the stakeholders of the cell, in a few words
 *   ("Manage closely")
 */
const char *
trellis_grid_cell_get_advice (TrellisGridAxis axis,
                              TrellisLevel    influence,
                              int             value)
{
  const CellAdvice *advice = find_advice (axis, influence, value);

  return advice != NULL ? _(advice->advice) : NULL;
}

/**
 * trellis_grid_cell_get_advice_detail:
 *
 * Returns: the advice of the cell in a sentence or two
 */
const char *
trellis_grid_cell_get_advice_detail (TrellisGridAxis axis,
                                     TrellisLevel    influence,
                                     int             value)
{
  const CellAdvice *advice = find_advice (axis, influence, value);

  return advice != NULL ? _(advice->detail) : NULL;
}

/**
 * trellis_grid_cell_is_flagged:
 *
 * Returns: whether the cell holds the influential critics, a risk to the
 *   initiative
 */
gboolean
trellis_grid_cell_is_flagged (TrellisGridAxis axis,
                              TrellisLevel    influence,
                              int             value)
{
  g_return_val_if_fail (axis_is_valid (axis), FALSE);

  return axis == TRELLIS_GRID_AXIS_ATTITUDE
         && influence == TRELLIS_LEVEL_HIGH
         && value == TRELLIS_ATTITUDE_CRITICAL;
}

/**
 * trellis_stakeholder_get_cell:
 * @influence: (out): the row
 * @value: (out): the column, as the attitude or interest it stands for
 *
 * Where @self stands in the grid of @axis.
 */
void
trellis_stakeholder_get_cell (TrellisStakeholder *self,
                              TrellisGridAxis     axis,
                              TrellisLevel       *influence,
                              int                *value)
{
  g_return_if_fail (TRELLIS_IS_STAKEHOLDER (self));
  g_return_if_fail (axis_is_valid (axis));

  if (influence != NULL)
    *influence = trellis_stakeholder_get_influence (self);
  if (value != NULL)
    *value = axis_get_value (self, axis);
}

/**
 * trellis_stakeholder_is_critical_risk:
 *
 * Returns: whether @self is a critic with high influence, someone the
 *   initiative must not underestimate
 */
gboolean
trellis_stakeholder_is_critical_risk (TrellisStakeholder *self)
{
  g_return_val_if_fail (TRELLIS_IS_STAKEHOLDER (self), FALSE);

  return trellis_stakeholder_get_attitude (self) == TRELLIS_ATTITUDE_CRITICAL
         && trellis_stakeholder_get_influence (self) == TRELLIS_LEVEL_HIGH;
}

/**
 * trellis_stakeholder_place:
 * @project: the project that holds @self
 * @influence: the new influence
 * @value: the new attitude or interest, after @axis
 *
 * Moves @self to another cell of the grid: both values change in one undo
 * step, or nothing happens if @self is already there.
 *
 * Returns: whether anything changed
 */
gboolean
trellis_stakeholder_place (TrellisProject     *project,
                           TrellisStakeholder *self,
                           TrellisGridAxis     axis,
                           TrellisLevel        influence,
                           int                 value)
{
  TrellisHistory *history;
  TrellisLevel old_influence;
  int old_value;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (TRELLIS_IS_STAKEHOLDER (self), FALSE);
  g_return_val_if_fail (trellis_project_lookup (project, trellis_item_get_uuid (TRELLIS_ITEM (self)))
                        == TRELLIS_ITEM (self), FALSE);
  g_return_val_if_fail (axis_is_valid (axis), FALSE);
  g_return_val_if_fail (influence <= TRELLIS_LEVEL_HIGH, FALSE);
  g_return_val_if_fail (value_is_valid (axis, value), FALSE);

  trellis_stakeholder_get_cell (self, axis, &old_influence, &old_value);
  if (old_influence == influence && old_value == value)
    return FALSE;

  history = trellis_project_get_history (project);
  trellis_history_begin_group (history, _("Move Stakeholder"));
  if (old_influence != influence)
    trellis_stakeholder_set_influence (self, influence);
  if (old_value != value)
    axis_set_value (self, axis, value);
  trellis_history_end_group (history);
  return TRUE;
}

/**
 * trellis_helix_balance_compute:
 * @balance: (out caller-allocates): the counts
 *
 * Counts the stakeholders of @project by helix type, all of them and the
 * committed ones.
 */
void
trellis_helix_balance_compute (TrellisProject      *project,
                               TrellisHelixBalance *balance)
{
  GListModel *stakeholders;

  g_return_if_fail (TRELLIS_IS_PROJECT (project));
  g_return_if_fail (balance != NULL);

  memset (balance, 0, sizeof *balance);
  stakeholders = trellis_project_get_items (project, TRELLIS_TYPE_STAKEHOLDER);
  for (guint i = 0; i < g_list_model_get_n_items (stakeholders); i++)
    {
      g_autoptr(TrellisStakeholder) item = g_list_model_get_item (stakeholders, i);
      int helix = trellis_stakeholder_get_helix (item);
      gboolean committed = trellis_stakeholder_get_committed (item);
      gboolean internal = trellis_stakeholder_get_internal (item);

      g_return_if_fail (helix >= 0 && helix < TRELLIS_N_HELIX_TYPES);
      balance->n_actors[helix]++;
      if (committed)
        balance->n_committed[helix]++;
      if (committed || internal)
        balance->n_participants++;
      if (!committed && internal)
        balance->n_passive++;
    }
}

/**
 * trellis_helix_balance_get_n_actors:
 *
 * Returns: the number of stakeholders of every helix type
 */
guint
trellis_helix_balance_get_n_actors (const TrellisHelixBalance *balance)
{
  guint n = 0;

  g_return_val_if_fail (balance != NULL, 0);

  for (guint i = 0; i < TRELLIS_N_HELIX_TYPES; i++)
    n += balance->n_actors[i];
  return n;
}

/**
 * trellis_helix_balance_get_n_committed:
 *
 * Returns: the number of committed members of every helix type
 */
guint
trellis_helix_balance_get_n_committed (const TrellisHelixBalance *balance)
{
  guint n = 0;

  g_return_val_if_fail (balance != NULL, 0);

  for (guint i = 0; i < TRELLIS_N_HELIX_TYPES; i++)
    n += balance->n_committed[i];
  return n;
}

static guint
percent (guint part,
         guint whole)
{
  return whole > 0 ? (guint) ((100.0 * part) / whole + 0.5) : 0;
}

static TrellisCheckResult
check_business_share (const TrellisHelixBalance *balance,
                      char                     **reason)
{
  guint n_committed = trellis_helix_balance_get_n_committed (balance);
  guint n_business = balance->n_committed[TRELLIS_HELIX_BUSINESS];
  gboolean met = 2 * n_business > n_committed;

  if (n_committed == 0)
    {
      *reason = g_strdup (_("No committed members yet: mark the actors who have signed up as committed"));
      return TRELLIS_CHECK_UNKNOWN;
    }

  /* translators: the first two numbers count committed members; the third is a percentage */
  if (met)
    *reason = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u of %u committed member is a business (%u %%)",
                                            "%u of %u committed members are businesses (%u %%)",
                                            n_committed),
                               n_business, n_committed, percent (n_business, n_committed));
  else
    /* translators: the first two numbers count committed members; the third is a percentage */
    *reason = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u of %u committed member is a business (%u %%); "
                                            "over half are needed",
                                            "%u of %u committed members are businesses (%u %%); "
                                            "over half are needed",
                                            n_committed),
                               n_business, n_committed, percent (n_business, n_committed));
  return met ? TRELLIS_CHECK_MET : TRELLIS_CHECK_NOT_MET;
}

static TrellisCheckResult
check_research (const TrellisHelixBalance *balance,
                char                     **reason)
{
  guint n_research = balance->n_committed[TRELLIS_HELIX_RESEARCH];

  if (trellis_helix_balance_get_n_committed (balance) == 0)
    {
      *reason = g_strdup (_("No committed members yet"));
      return TRELLIS_CHECK_UNKNOWN;
    }
  if (n_research == 0)
    {
      if (balance->n_actors[TRELLIS_HELIX_RESEARCH] > 0)
        *reason = g_strdup (_("No research organisation or university is committed yet, "
                              "though some are among the stakeholders"));
      else
        *reason = g_strdup (_("No research organisation or university is among the stakeholders"));
      return TRELLIS_CHECK_NOT_MET;
    }

  *reason = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u research organisation or university is committed",
                                          "%u research organisations or universities are committed",
                                          n_research),
                             n_research);
  return TRELLIS_CHECK_MET;
}

static TrellisCheckResult
check_committed_share (const TrellisHelixBalance *balance,
                       char                     **reason)
{
  guint n_all = balance->n_participants;
  guint n_passive = balance->n_passive;
  gboolean met = 10 * n_passive < 9 * n_all;

  if (n_all == 0)
    {
      *reason = g_strdup (_("No participants yet: mark the cluster's members as internal "
                            "or committed"));
      return TRELLIS_CHECK_UNKNOWN;
    }

  /* translators: the first two numbers count participants; the third is a percentage */
  if (met)
    *reason = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u of %u participant is not committed (%u %%)",
                                            "%u of %u participants are not committed (%u %%)",
                                            n_all),
                               n_passive, n_all, percent (n_passive, n_all));
  else
    /* translators: the first two numbers count participants; the third is a percentage */
    *reason = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u of %u participant is not committed (%u %%); "
                                            "under 90 %% are allowed",
                                            "%u of %u participants are not committed (%u %%); "
                                            "under 90 %% are allowed",
                                            n_all),
                               n_passive, n_all, percent (n_passive, n_all));
  return met ? TRELLIS_CHECK_MET : TRELLIS_CHECK_NOT_MET;
}

/**
 * trellis_helix_balance_check:
 * @reason: (out) (optional) (transfer full): why, in words
 *
 * Answers one composition rule of the excellence self-assessment from the
 * counts: unknown while nobody is committed (or nobody takes part).
 *
 * Returns: met, not met or unknown
 */
TrellisCheckResult
trellis_helix_balance_check (const TrellisHelixBalance *balance,
                             TrellisBalanceCheck        check,
                             char                     **reason)
{
  g_autofree char *words = NULL;
  TrellisCheckResult result;

  g_return_val_if_fail (balance != NULL, TRELLIS_CHECK_UNKNOWN);
  g_return_val_if_fail (check < TRELLIS_BALANCE_N_CHECKS, TRELLIS_CHECK_UNKNOWN);

  switch (check)
    {
    case TRELLIS_BALANCE_CHECK_BUSINESS_SHARE:
      result = check_business_share (balance, &words);
      break;
    case TRELLIS_BALANCE_CHECK_RESEARCH:
      result = check_research (balance, &words);
      break;
    case TRELLIS_BALANCE_CHECK_COMMITTED_SHARE:
    default:
      result = check_committed_share (balance, &words);
      break;
    }

  if (reason != NULL)
    *reason = g_steal_pointer (&words);
  return result;
}

/**
 * trellis_balance_check_get_requirement:
 *
 * Returns: the number of the minimum requirement, such as "1.1.1"
 */
const char *
trellis_balance_check_get_requirement (TrellisBalanceCheck check)
{
  g_return_val_if_fail (check < TRELLIS_BALANCE_N_CHECKS, NULL);

  return check == TRELLIS_BALANCE_CHECK_COMMITTED_SHARE ? "1.1.0" : "1.1.1";
}

/**
 * trellis_balance_check_get_title:
 *
 * Returns: the rule, in words
 */
const char *
trellis_balance_check_get_title (TrellisBalanceCheck check)
{
  g_return_val_if_fail (check < TRELLIS_BALANCE_N_CHECKS, NULL);

  switch (check)
    {
    case TRELLIS_BALANCE_CHECK_BUSINESS_SHARE:
      return _("Businesses are over half of the committed members");
    case TRELLIS_BALANCE_CHECK_RESEARCH:
      return _("Research takes part among the committed members");
    case TRELLIS_BALANCE_CHECK_COMMITTED_SHARE:
    default:
      /* xgettext:no-c-format */
      return _("Passive participants are under 90 % of all");
    }
}
