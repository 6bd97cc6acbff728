/* trellis-action-filter.c: which actions the action plan table shows, and in what order
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The table of step 4 filters by owner, status, goal and lateness and
 * searches the actions' texts; its columns sort in the orders below, and
 * grouping by goal sorts by the goals' order in the project first.
 *
 * An owner is either a stakeholder of step 2 (the "owner" reference) or,
 * for people outside the register, a name ("owner-name"); the reference
 * wins when both are set.  Filters name an owner by the stakeholder's
 * UUID or by that name.
 */

#define G_LOG_DOMAIN "trellis-action-filter"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "trellis.h"
#include "trellis-locale-format.h"
#include "trellis-action-filter.h"
#include "trellis-field-value.h"
#include "trellis-item-private.h"

struct _TrellisActionFilter
{
  char  *search;
  char **words;          /* folded, never NULL */
  char  *owner;          /* NULL: anyone; "": nobody */
  char  *goal;           /* NULL: any goal; "": none */
  int    status;         /* -1: any */
  gboolean overdue_only;
  TrellisDay today;      /* the day to judge lateness on */
};

G_DEFINE_BOXED_TYPE (TrellisActionFilter, trellis_action_filter,
                     trellis_action_filter_copy, trellis_action_filter_free)

static gboolean
is_set (const char *text)
{
  return text != NULL && *text != '\0';
}

/**
 * trellis_action_filter_new:
 *
 * Returns: (transfer full): a filter that lets every action through: no
 *   search, any owner, goal and status, late or not
 */
TrellisActionFilter *
trellis_action_filter_new (void)
{
  TrellisActionFilter *self = g_new0 (TrellisActionFilter, 1);

  self->words = g_new0 (char *, 1);
  self->status = -1;
  return self;
}

/**
 * trellis_action_filter_copy:
 *
 * Returns: (transfer full): a filter with the same search, restrictions
 *   and day for lateness
 */
TrellisActionFilter *
trellis_action_filter_copy (const TrellisActionFilter *self)
{
  TrellisActionFilter *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = trellis_action_filter_new ();
  trellis_action_filter_set_search (copy, self->search);
  copy->owner = g_strdup (self->owner);
  copy->goal = g_strdup (self->goal);
  copy->status = self->status;
  copy->overdue_only = self->overdue_only;
  copy->today = self->today;
  return copy;
}

/**
 * trellis_action_filter_free:
 * @self: (nullable): a filter
 *
 * Frees @self; %NULL is ignored.
 */
void
trellis_action_filter_free (TrellisActionFilter *self)
{
  if (self == NULL)
    return;

  g_free (self->search);
  g_strfreev (self->words);
  g_free (self->owner);
  g_free (self->goal);
  g_free (self);
}

/**
 * trellis_action_filter_set_search:
 * @text: (nullable): words that must all occur in an action's title,
 *   description, deliverable, owner or goal
 */
void
trellis_action_filter_set_search (TrellisActionFilter *self,
                                  const char          *text)
{
  g_return_if_fail (self != NULL);

  g_free (self->search);
  self->search = g_strdup (text);
  g_strfreev (self->words);
  self->words = trellis_stakeholder_filter_split_words (text);
}

/**
 * trellis_action_filter_set_owner:
 * @owner: (nullable): a stakeholder's UUID or an outside owner's name;
 *   "" for actions nobody owns, %NULL for any owner
 */
void
trellis_action_filter_set_owner (TrellisActionFilter *self,
                                 const char          *owner)
{
  g_return_if_fail (self != NULL);

  g_free (self->owner);
  self->owner = g_strdup (owner);
}

/**
 * trellis_action_filter_get_owner:
 *
 * Returns: (nullable): the owner set with
 *   trellis_action_filter_set_owner(): a stakeholder's UUID, a name, ""
 *   for nobody, %NULL for any owner
 */
const char *
trellis_action_filter_get_owner (const TrellisActionFilter *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->owner;
}

/**
 * trellis_action_filter_set_goal:
 * @goal: (nullable): a goal's UUID, "" for actions that serve no goal,
 *   %NULL for any goal
 */
void
trellis_action_filter_set_goal (TrellisActionFilter *self,
                                const char          *goal)
{
  g_return_if_fail (self != NULL);

  g_free (self->goal);
  self->goal = g_strdup (goal);
}

/**
 * trellis_action_filter_get_goal:
 *
 * Returns: (nullable): the goal's UUID set with
 *   trellis_action_filter_set_goal(), "" for no goal, %NULL for any goal
 */
const char *
trellis_action_filter_get_goal (const TrellisActionFilter *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->goal;
}

/**
 * trellis_action_filter_set_status:
 * @status: a #TrellisActionStatus, or -1 for any
 */
void
trellis_action_filter_set_status (TrellisActionFilter *self,
                                  int                  status)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (status >= -1);

  self->status = status;
}

/**
 * trellis_action_filter_get_status:
 *
 * Returns: the #TrellisActionStatus actions must have, -1 for any
 */
int
trellis_action_filter_get_status (const TrellisActionFilter *self)
{
  g_return_val_if_fail (self != NULL, -1);

  return self->status;
}

/**
 * trellis_action_filter_set_overdue:
 * @overdue_only: whether to show only the actions late on @today
 * @today: (nullable): the day to judge (YYYY-MM-DD), %NULL for
 *   trellis_date_today() (which honours TRELLIS_TODAY)
 *
 * Late is trellis_rules_action_is_overdue(): on hold past due counts.
 */
void
trellis_action_filter_set_overdue (TrellisActionFilter *self,
                                   gboolean             overdue_only,
                                   const char          *today)
{
  g_return_if_fail (self != NULL);

  self->overdue_only = !!overdue_only;
  self->today = today != NULL ? trellis_date_parse (today) : TRELLIS_DAY_NONE;
  if (self->today == TRELLIS_DAY_NONE)
    self->today = trellis_date_today ();
}

/**
 * trellis_action_filter_get_overdue:
 *
 * Returns: whether only the actions late on the filter's day are shown
 */
gboolean
trellis_action_filter_get_overdue (const TrellisActionFilter *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->overdue_only;
}

/**
 * trellis_action_filter_is_restricted:
 *
 * Returns: whether owner, goal, status or lateness are restricted; the
 *   search does not count
 */
gboolean
trellis_action_filter_is_restricted (const TrellisActionFilter *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->owner != NULL || self->goal != NULL || self->status >= 0 || self->overdue_only;
}

/**
 * trellis_action_filter_is_empty:
 *
 * Returns: whether the filter lets every action through: no search words
 *   and no restriction
 */
gboolean
trellis_action_filter_is_empty (const TrellisActionFilter *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  return self->words[0] == NULL && !trellis_action_filter_is_restricted (self);
}

/**
 * trellis_action_filter_clear:
 *
 * Removes the search and every restriction; the day that decides lateness
 * stays.
 */
void
trellis_action_filter_clear (TrellisActionFilter *self)
{
  g_return_if_fail (self != NULL);

  trellis_action_filter_set_search (self, NULL);
  g_clear_pointer (&self->owner, g_free);
  g_clear_pointer (&self->goal, g_free);
  self->status = -1;
  self->overdue_only = FALSE;
}

static gboolean
matches_owner (const TrellisActionFilter *self,
               TrellisProject            *project,
               TrellisAction             *action)
{
  TrellisStakeholder *owner = trellis_action_get_owner (action);
  const char *name = trellis_action_get_owner_name (action);

  if (self->owner == NULL)
    return TRUE;
  if (owner != NULL)
    return g_strcmp0 (trellis_item_get_uuid (TRELLIS_ITEM (owner)), self->owner) == 0;
  if (*self->owner == '\0')
    return !is_set (name);
  return g_strcmp0 (name, self->owner) == 0;
}

static gboolean
matches_goal (const TrellisActionFilter *self,
              TrellisProject            *project,
              TrellisAction             *action)
{
  TrellisGoal *goal = trellis_action_get_goal (action);

  if (self->goal == NULL)
    return TRUE;
  if (*self->goal == '\0')
    return goal == NULL;
  return goal != NULL && g_strcmp0 (trellis_item_get_uuid (TRELLIS_ITEM (goal)), self->goal) == 0;
}

static gboolean
matches_search (const TrellisActionFilter *self,
                TrellisProject            *project,
                TrellisAction             *action)
{
  const char *searchable[] = {
    trellis_action_get_title (action), trellis_action_get_description (action),
    trellis_action_get_deliverable (action),
  };
  g_autoptr(GString) haystack = g_string_new (NULL);
  g_autofree char *owner = NULL;
  g_autofree char *goal = NULL;
  g_autofree char *folded = NULL;

  if (self->words[0] == NULL)
    return TRUE;

  /* One line per field, so a word never spans two of them. */
  for (guint i = 0; i < G_N_ELEMENTS (searchable); i++)
    {
      const char *text = searchable[i];

      g_string_append (haystack, text != NULL ? text : "");
      g_string_append_c (haystack, '\n');
    }
  owner = trellis_action_dup_owner_label (project, action);
  goal = trellis_action_dup_goal_label (project, action);
  g_string_append_printf (haystack, "%s\n%s", owner != NULL ? owner : "", goal != NULL ? goal : "");
  folded = trellis_stakeholder_filter_fold (haystack->str);

  for (guint i = 0; self->words[i] != NULL; i++)
    if (strstr (folded, self->words[i]) == NULL)
      return FALSE;

  return TRUE;
}

/**
 * trellis_action_filter_matches:
 * @project: the project of @action, to resolve its owner and goal
 *
 * Returns: whether @action has the status, lateness, owner and goal the
 *   filter asks for and every search word occurs (without regard to case
 *   and accents) in its title, description, deliverable, owner or goal
 */
gboolean
trellis_action_filter_matches (const TrellisActionFilter *self,
                               TrellisProject            *project,
                               TrellisAction             *action)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (TRELLIS_IS_ACTION (action), FALSE);

  if (self->status >= 0 && (int) trellis_action_get_status (action) != self->status)
    return FALSE;
  if (self->overdue_only && !trellis_action_is_overdue (action, self->today))
    return FALSE;
  return matches_owner (self, project, action) && matches_goal (self, project, action) &&
         matches_search (self, project, action);
}

/**
 * trellis_action_is_overdue:
 * @today: the day to judge; %TRELLIS_DAY_NONE for trellis_date_today()
 *
 * The action table's overdue mark: trellis_rules_action_is_overdue(), so
 * that it agrees with the lights and the timeline.
 *
 * Returns: whether @action was due before @today and is neither done nor
 *   cancelled (on hold counts)
 */
gboolean
trellis_action_is_overdue (TrellisAction *action,
                           TrellisDay     today)
{
  g_return_val_if_fail (TRELLIS_IS_ACTION (action), FALSE);

  return trellis_rules_action_is_overdue (action, today != TRELLIS_DAY_NONE ? today : trellis_date_today ());
}

/**
 * trellis_action_dup_owner_label:
 *
 * Returns: (transfer full) (nullable): the owning stakeholder's name, or
 *   the outside owner's name, %NULL if nobody owns @action
 */
char *
trellis_action_dup_owner_label (TrellisProject *project,
                                TrellisAction  *action)
{
  TrellisStakeholder *owner;
  const char *name;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (TRELLIS_IS_ACTION (action), NULL);

  owner = trellis_action_get_owner (action);
  if (owner != NULL)
    return trellis_item_dup_label (TRELLIS_ITEM (owner));
  name = trellis_action_get_owner_name (action);
  return is_set (name) ? g_strdup (name) : NULL;
}

/**
 * trellis_action_dup_goal_label:
 *
 * Returns: (transfer full) (nullable): the title of the goal @action
 *   serves, %NULL if none
 */
char *
trellis_action_dup_goal_label (TrellisProject *project,
                               TrellisAction  *action)
{
  TrellisGoal *goal;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (TRELLIS_IS_ACTION (action), NULL);

  goal = trellis_action_get_goal (action);
  return goal != NULL ? trellis_item_dup_label (TRELLIS_ITEM (goal)) : NULL;
}

/**
 * trellis_action_format_budget:
 *
 * Returns: (transfer full): the budget as “spent / planned currency”,
 *   such as “4,200 / 15,000 EUR”; “” if neither is set
 */
char *
trellis_action_format_budget (TrellisAction *action)
{
  double planned, spent;
  const char *currency;
  g_autofree char *planned_text = NULL;
  g_autofree char *spent_text = NULL;

  g_return_val_if_fail (TRELLIS_IS_ACTION (action), NULL);

  planned = trellis_action_get_budget_planned (action);
  spent = trellis_action_get_budget_spent (action);
  currency = trellis_action_get_currency (action);
  if (isnan (planned) && isnan (spent))
    return g_strdup ("");

  planned_text = isnan (planned) ? g_strdup ("–") : trellis_format_amount (planned);
  spent_text = isnan (spent) ? g_strdup ("–") : trellis_format_amount (spent);
  if (!is_set (currency))
    /* translators: an action's budget without a currency: spent / planned */
    return g_strdup_printf (_("%s / %s"), spent_text, planned_text);
  /* translators: an action's budget: spent / planned, then the currency */
  return g_strdup_printf (_("%s / %s %s"), spent_text, planned_text, currency);
}

static int
compare_days (guint a,
              guint b)
{
  if (a == TRELLIS_DAY_NONE || b == TRELLIS_DAY_NONE)
    return (a == TRELLIS_DAY_NONE) - (b == TRELLIS_DAY_NONE);
  return (a > b) - (a < b);
}

static int
compare_texts (const char *a,
               const char *b)
{
  g_autofree char *fa = NULL;
  g_autofree char *fb = NULL;

  /* Empty cells go last. */
  if (!is_set (a) || !is_set (b))
    return !is_set (a) - !is_set (b);

  fa = trellis_stakeholder_filter_fold (a);
  fb = trellis_stakeholder_filter_fold (b);
  return g_utf8_collate (fa, fb);
}

static int
compare_doubles (double a,
                 double b)
{
  if (isnan (a) || isnan (b))
    return isnan (a) - isnan (b);
  return (a > b) - (a < b);
}

/**
 * trellis_action_compare:
 * @field: a field of the actions, %TRELLIS_ACTION_FIELD_DUE and its kin;
 *   the goal and the owner compare the goal's title and the owner's name
 *
 * The order of a column of the action plan: texts alphabetically without
 * regard to case and accents, dates from early to late, numbers from low
 * to high, statuses and areas in their order, “no” before “yes”.  Empty
 * cells go last.
 *
 * Returns: a negative number if @a comes first, 0 if they are level
 */
int
trellis_action_compare (TrellisProject *project,
                        TrellisAction  *a,
                        TrellisAction  *b,
                        guint           field)
{
  const GValue *va, *vb;
  GType type;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), 0);
  g_return_val_if_fail (TRELLIS_IS_ACTION (a) && TRELLIS_IS_ACTION (b), 0);

  g_return_val_if_fail (field < trellis_item_class_get_n_fields (TRELLIS_ITEM_GET_CLASS (a)), 0);

  if (field == TRELLIS_ACTION_FIELD_GOAL || field == TRELLIS_ACTION_FIELD_OWNER)
    {
      gboolean goal = field == TRELLIS_ACTION_FIELD_GOAL;
      g_autofree char *la = goal ? trellis_action_dup_goal_label (project, a)
                                 : trellis_action_dup_owner_label (project, a);
      g_autofree char *lb = goal ? trellis_action_dup_goal_label (project, b)
                                 : trellis_action_dup_owner_label (project, b);

      return compare_texts (la, lb);
    }

  /* Any other column, by the field table. */
  va = _trellis_item_get_slot (TRELLIS_ITEM (a), field);
  vb = _trellis_item_get_slot (TRELLIS_ITEM (b), field);

  type = G_VALUE_TYPE (va);
  if (type == G_TYPE_STRING)
    return compare_texts (g_value_get_string (va), g_value_get_string (vb));
  if (type == G_TYPE_BOOLEAN)
    return g_value_get_boolean (va) - g_value_get_boolean (vb);
  if (type == G_TYPE_INT)
    return (g_value_get_int (va) > g_value_get_int (vb)) - (g_value_get_int (va) < g_value_get_int (vb));
  if (type == G_TYPE_UINT)  /* a day: none goes last */
    return compare_days (g_value_get_uint (va), g_value_get_uint (vb));
  if (type == G_TYPE_DOUBLE)
    return compare_doubles (g_value_get_double (va), g_value_get_double (vb));
  if (G_TYPE_IS_ENUM (type))
    return g_value_get_enum (va) - g_value_get_enum (vb);

  g_return_val_if_reached (0);
}

/**
 * trellis_plan_rank_goals:
 *
 * The goals' order in the project, as a table, so that sorting many
 * actions by goal looks each one up instead of walking the goals.
 *
 * Returns: (transfer full) (element-type TrellisGoal guint): each goal of
 *   @project mapped to its position + 1
 */
GHashTable *
trellis_plan_rank_goals (TrellisProject *project)
{
  GListModel *goals;
  GHashTable *ranks;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);

  goals = trellis_project_get_items (project, TRELLIS_TYPE_GOAL);
  ranks = g_hash_table_new (g_direct_hash, g_direct_equal);
  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(TrellisItem) goal = g_list_model_get_item (goals, i);

      g_hash_table_insert (ranks, goal, GUINT_TO_POINTER (i + 1));
    }
  return ranks;
}

/* Actions without a goal, or with one the table does not know, go last. */
static guint
goal_rank (GHashTable    *ranks,
           TrellisAction *action)
{
  TrellisGoal *goal = trellis_action_get_goal (action);
  guint rank = goal != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (ranks, goal)) : 0;

  return rank > 0 ? rank - 1 : G_MAXUINT;
}

/**
 * trellis_action_compare_goal_ranks:
 * @ranks: (element-type TrellisGoal guint): from trellis_plan_rank_goals ()
 *
 * trellis_action_compare_goals () with the goals' order looked up in
 * @ranks, for sorting many actions.
 *
 * Returns: a negative number if @a comes first, 0 if they are level
 */
int
trellis_action_compare_goal_ranks (GHashTable    *ranks,
                                   TrellisAction *a,
                                   TrellisAction *b)
{
  guint ra, rb;

  g_return_val_if_fail (ranks != NULL, 0);

  ra = goal_rank (ranks, a);
  rb = goal_rank (ranks, b);
  return (ra > rb) - (ra < rb);
}

/**
 * trellis_action_compare_goals:
 *
 * The order of the groups when the plan is grouped by goal: the goals'
 * order in the project, actions without a goal last.
 */
int
trellis_action_compare_goals (TrellisProject *project,
                              TrellisAction  *a,
                              TrellisAction  *b)
{
  g_autoptr(GHashTable) ranks = NULL;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), 0);

  ranks = trellis_plan_rank_goals (project);
  return trellis_action_compare_goal_ranks (ranks, a, b);
}

/**
 * trellis_action_check_date:
 * @text: (nullable): what was typed as a start or due date
 *
 * Returns: %TRUE if @text is empty (no date) or a date as trellis_parse_date ()
 *   reads it (YYYY-MM-DD or as the locale shows days); %FALSE with @error set
 *   otherwise
 */
gboolean
trellis_action_check_date (const char  *text,
                           GError     **error)
{
  if (!is_set (text) || trellis_parse_date (text) != TRELLIS_DAY_NONE)
    return TRUE;

  /* translators: %s is what was typed as a date */
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
               _("“%s” is not a date: write it as YYYY-MM-DD, such as 2027-03-31"), text);
  return FALSE;
}

/**
 * trellis_action_parse_amount:
 * @text: what was typed as an amount of money: "1500", "1500.50" or "1500,50"
 * @amount: (out): the amount, NaN (not set) for an empty @text
 *
 * Returns: %FALSE with @error set if @text is not an amount
 */
gboolean
trellis_action_parse_amount (const char  *text,
                             double      *amount,
                             GError     **error)
{
  if (!trellis_indicator_parse_value (text, amount, error))
    return FALSE;
  if (!isnan (*amount) && *amount < 0)
    {
      /* translators: %s is what was typed as an amount of money */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("“%s” is less than nothing: a budget cannot be negative"), text);
      return FALSE;
    }

  return TRUE;
}

/**
 * trellis_plan_set_owner:
 * @actions: (element-type TrellisAction): the actions to give an owner
 * @owner: (nullable): a stakeholder's UUID, or %NULL
 * @owner_name: (nullable): the name of an owner outside the register,
 *   used when @owner is %NULL
 *
 * Gives @actions one owner, as one undo step.  Both %NULL: nobody owns them.
 */
void
trellis_plan_set_owner (TrellisProject *project,
                        GPtrArray      *actions,
                        const char     *owner,
                        const char     *owner_name)
{
  TrellisHistory *history;

  g_return_if_fail (TRELLIS_IS_PROJECT (project));
  g_return_if_fail (actions != NULL);

  history = trellis_project_get_history (project);
  trellis_history_begin_group (history, _("Change Owner"));
  for (guint i = 0; i < actions->len; i++)
    {
      trellis_action_set_owner_uuid (actions->pdata[i], is_set (owner) ? owner : NULL);
      trellis_action_set_owner_name (actions->pdata[i], !is_set (owner) && is_set (owner_name) ? owner_name : NULL);
    }
  trellis_history_end_group (history);
}

/**
 * trellis_project_add_action:
 * @title: (nullable): its title, or %NULL for “New action”
 * @filter: (nullable): the table's filter: the new action takes its owner,
 *   goal and status, so it shows in the filtered table
 *
 * Adds a planned action at the end of the plan, as one undo step.
 *
 * Returns: (transfer none): the new action, owned by @project
 */
TrellisAction *
trellis_project_add_action (TrellisProject            *project,
                            const char                *title,
                            const TrellisActionFilter *filter)
{
  g_autoptr(TrellisAction) action = NULL;
  TrellisHistory *history;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);

  action = trellis_action_new (is_set (title) ? title : _("New action"));
  /* Set before it joins the project: these are its defaults, not edits. */
  if (filter != NULL && is_set (filter->goal) &&
      TRELLIS_IS_GOAL (trellis_project_lookup (project, filter->goal)))
    trellis_action_set_goal_uuid (action, filter->goal);
  if (filter != NULL && is_set (filter->owner))
    {
      if (TRELLIS_IS_STAKEHOLDER (trellis_project_lookup (project, filter->owner)))
        trellis_action_set_owner_uuid (action, filter->owner);
      else
        trellis_action_set_owner_name (action, filter->owner);
    }
  if (filter != NULL && filter->status >= 0)
    trellis_action_set_status (action, filter->status);

  history = trellis_project_get_history (project);
  trellis_history_begin_group (history, _("Add Action"));
  trellis_project_add_item (project, action);
  trellis_history_end_group (history);
  return action;
}

/**
 * trellis_action_add_milestone:
 * @title: what will have happened
 * @date: when, as YYYY-MM-DD or as the locale shows days (trellis_parse_date ())
 *
 * Adds a milestone of @action, as one undo step.
 *
 * Returns: (transfer none) (nullable): the milestone, owned by @project;
 *   %NULL with @error set if @title is empty or @date is not a date
 */
TrellisMilestone *
trellis_action_add_milestone (TrellisProject  *project,
                              TrellisAction   *action,
                              const char      *title,
                              const char      *date,
                              GError         **error)
{
  g_autoptr(TrellisMilestone) milestone = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (title != NULL ? title : ""));
  TrellisHistory *history;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (TRELLIS_IS_ACTION (action), NULL);

  if (*stripped == '\0')
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("A milestone needs a title"));
      return NULL;
    }
  if (!is_set (date))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("A milestone needs a date"));
      return NULL;
    }
  if (!trellis_action_check_date (date, error))
    return NULL;

  milestone = trellis_milestone_new (stripped, trellis_parse_date (date));
  trellis_milestone_set_action_uuid (milestone, trellis_item_get_uuid (TRELLIS_ITEM (action)));
  history = trellis_project_get_history (project);
  trellis_history_begin_group (history, _("Add Milestone"));
  trellis_project_add_item (project, milestone);
  trellis_history_end_group (history);
  return milestone;
}
