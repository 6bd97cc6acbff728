/* trellis-plan.c: the action plan's rules: dependencies, bulk edits, warnings, traceability
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Dependencies are finish-to-start: an action that depends on another
 * should start once that one is due.  A dependency that would close a
 * circle is refused; a file that holds one anyway (written by hand) is
 * reported among the warnings.
 *
 * The warnings are what a cluster manager should look at before the next
 * board meeting.  Cancelled actions get none.
 *
 * Traceability follows the method's chain: SWOT items → TOWS strategies →
 * goals → indicators and actions → milestones and measurements.  An
 * item "comes from" the items linked to it earlier in that chain and
 * "leads to" those later in it, whichever side holds the link; among
 * actions, an action comes from those it depends on.
 */

#define G_LOG_DOMAIN "trellis-plan"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis.h"
#include "trellis-locale-format.h"
#include "trellis-plan.h"
#include "trellis-item-private.h"

/* Dependencies */

static gboolean
depends_on (TrellisProject *project,
            TrellisItem    *action,
            TrellisItem    *target,
            GHashTable     *visited)
{
  const char * const *uuids = trellis_action_get_depends_on_uuids (TRELLIS_ACTION (action));

  if (action == target)
    return TRUE;
  if (!g_hash_table_add (visited, action))
    return FALSE;

  for (guint i = 0; uuids != NULL && uuids[i] != NULL; i++)
    {
      TrellisItem *next = trellis_project_lookup (project, uuids[i]);

      if (TRELLIS_IS_ACTION (next) && depends_on (project, next, target, visited))
        return TRUE;
    }

  return FALSE;
}

static void
set_dependencies (TrellisAction *action,
                  GStrvBuilder  *builder)
{
  g_auto(GStrv) uuids = g_strv_builder_end (builder);

  trellis_action_set_depends_on_uuids (action, (const char * const *) uuids);
}

/**
 * trellis_action_add_dependency:
 *
 * Records that @action can start only once @on is done, as one undo step.
 *
 * Returns: %FALSE with @error set if that would make actions depend on
 *   each other in a circle
 */
gboolean
trellis_action_add_dependency (TrellisProject  *project,
                               TrellisAction   *action,
                               TrellisAction   *on,
                               GError         **error)
{
  const char * const *uuids;
  g_autoptr(GHashTable) visited = g_hash_table_new (NULL, NULL);
  g_autoptr(GStrvBuilder) builder = NULL;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (TRELLIS_IS_ACTION (action), FALSE);
  g_return_val_if_fail (TRELLIS_IS_ACTION (on), FALSE);

  uuids = trellis_action_get_depends_on_uuids (action);
  if (uuids != NULL && g_strv_contains (uuids, trellis_item_get_uuid (TRELLIS_ITEM (on))))
    return TRUE;

  if (depends_on (project, TRELLIS_ITEM (on), TRELLIS_ITEM (action), visited))
    {
      g_autofree char *name = trellis_item_dup_label (TRELLIS_ITEM (action));
      g_autofree char *other = trellis_item_dup_label (TRELLIS_ITEM (on));

      if (action == on)
        /* translators: %s is an action's title */
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                     _("“%s” cannot depend on itself"), name);
      else
        /* translators: both %s are actions' titles */
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                     _("“%s” cannot depend on “%s”, which already waits for it"), name, other);
      return FALSE;
    }

  builder = g_strv_builder_new ();
  if (uuids != NULL)
    g_strv_builder_addv (builder, (const char **) uuids);
  g_strv_builder_add (builder, trellis_item_get_uuid (TRELLIS_ITEM (on)));
  set_dependencies (action, builder);
  return TRUE;
}

/**
 * trellis_action_remove_dependency:
 *
 * Removes the dependency of @action on @on, as one undo step, if there is one.
 */
void
trellis_action_remove_dependency (TrellisProject *project,
                                  TrellisAction  *action,
                                  TrellisAction  *on)
{
  const char * const *uuids = trellis_action_get_depends_on_uuids (action);
  const char *uuid = trellis_item_get_uuid (TRELLIS_ITEM (on));
  g_autoptr(GStrvBuilder) builder = NULL;

  g_return_if_fail (TRELLIS_IS_PROJECT (project));

  if (uuids == NULL || !g_strv_contains (uuids, uuid))
    return;

  builder = g_strv_builder_new ();
  for (guint i = 0; uuids[i] != NULL; i++)
    if (!g_str_equal (uuids[i], uuid))
      g_strv_builder_add (builder, uuids[i]);
  set_dependencies (action, builder);
}

/**
 * trellis_action_list_dependencies:
 *
 * Returns: (transfer container) (element-type TrellisAction): the actions
 *   @action waits for
 */
GPtrArray *
trellis_action_list_dependencies (TrellisProject *project,
                                  TrellisAction  *action)
{
  const char * const *uuids = trellis_action_get_depends_on_uuids (action);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; uuids != NULL && uuids[i] != NULL; i++)
    {
      TrellisItem *other = trellis_project_lookup (project, uuids[i]);

      if (TRELLIS_IS_ACTION (other))
        g_ptr_array_add (found, g_object_ref (other));
    }

  return found;
}

/**
 * trellis_action_list_dependents:
 *
 * Returns: (transfer container) (element-type TrellisAction): the actions
 *   that wait for @action
 */
GPtrArray *
trellis_action_list_dependents (TrellisProject *project,
                                TrellisAction  *action)
{
  return trellis_action_list_by_depends_on (project, TRELLIS_ACTION (action));
}

/**
 * trellis_plan_set_status:
 * @actions: (element-type TrellisAction): the selected actions
 *
 * Sets the status of every action in @actions, as one undo step named for
 * how many actions changed.
 */
void
trellis_plan_set_status (TrellisProject      *project,
                         GPtrArray           *actions,
                         TrellisActionStatus  status)
{
  TrellisHistory *history;
  g_autofree char *label = NULL;

  g_return_if_fail (TRELLIS_IS_PROJECT (project));
  g_return_if_fail (actions != NULL);

  history = trellis_project_get_history (project);
  /* translators: an undo step; %u is how many items changed at once */
  label = g_strdup_printf (ngettext ("Change %u Item", "Change %u Items", actions->len), actions->len);
  trellis_history_begin_group (history, label);
  for (guint i = 0; i < actions->len; i++)
    trellis_action_set_status (actions->pdata[i], status);
  trellis_history_end_group (history);
}

/* Warnings */

static void
add_warning (GPtrArray              *warnings,
             TrellisPlanWarningKind  kind,
             gpointer                item,
             gpointer                related,
             char                   *message)
{
  TrellisPlanWarning *warning = g_new0 (TrellisPlanWarning, 1);

  warning->kind = kind;
  warning->item = g_object_ref (item);
  warning->related = related != NULL ? g_object_ref (related) : NULL;
  warning->message = message;
  g_ptr_array_add (warnings, warning);
}

static void
plan_warning_free (gpointer data)
{
  TrellisPlanWarning *warning = data;

  g_clear_object (&warning->item);
  g_clear_object (&warning->related);
  g_free (warning->message);
  g_free (warning);
}

static gboolean
is_set (const char *text)
{
  return text != NULL && text[0] != '\0';
}

static void
check_goals (TrellisProject *project,
             GPtrArray      *warnings)
{
  GListModel *goals = trellis_project_get_items (project, TRELLIS_TYPE_GOAL);

  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(TrellisItem) goal = g_list_model_get_item (goals, i);
      g_autoptr(GPtrArray) actions = trellis_action_list_by_goal (project, TRELLIS_GOAL (goal));

      if (actions->len == 0)
        {
          g_autofree char *title = trellis_item_dup_label (goal);

          /* translators: %s is a goal's title */
          add_warning (warnings, TRELLIS_PLAN_GOAL_WITHOUT_ACTION, goal, NULL,
                       g_strdup_printf (_("Goal “%s” has no action yet"), title));
        }
    }
}

/* Spent above planned, by the rule of the lights (trellis-rules.c). */
static void
check_budget (TrellisItem *action,
              const char  *title,
              GPtrArray   *warnings)
{
  g_autofree char *amounts = NULL;

  if (!trellis_rules_action_is_over_budget (TRELLIS_ACTION (action)))
    return;
  amounts = trellis_rules_describe_overrun (TRELLIS_ACTION (action));
  add_warning (warnings, TRELLIS_PLAN_BUDGET_OVERRUN, action, NULL,
               /* translators: an action's title, then its amounts: "spent 52 300 EUR of 48 000 EUR planned, 109 %" */
               g_strdup_printf (_("Action “%s” is over budget: %s"), title, amounts));
}

/* An action that starts before an action it waits for is due. */
static void
check_dependencies (TrellisProject *project,
                    TrellisAction  *action,
                    const char     *title,
                    GPtrArray      *warnings)
{
  g_autoptr(GPtrArray) dependencies = trellis_action_list_dependencies (project, action);
  TrellisDay start = trellis_action_get_start (action);
  char start_text[TRELLIS_DISPLAY_DATE_SIZE], other_due_text[TRELLIS_DISPLAY_DATE_SIZE];

  trellis_format_date_into (start, start_text);
  for (guint i = 0; i < dependencies->len; i++)
    {
      TrellisAction *other = dependencies->pdata[i];
      TrellisDay other_due = trellis_action_get_due (other);
      g_autofree char *other_title = NULL;

      if (start == TRELLIS_DAY_NONE || other_due == TRELLIS_DAY_NONE || start >= other_due)
        continue;
      other_title = trellis_item_dup_label (TRELLIS_ITEM (other));
      trellis_format_date_into (other_due, other_due_text);
      add_warning (warnings, TRELLIS_PLAN_STARTS_BEFORE_DEPENDENCY, action, other,
                   /* translators: “A” starts on DATE, before “B”, which it depends on, is due on DATE */
                   g_strdup_printf (_("Action “%s” starts on %s, before “%s”, which it waits for, is due on %s"),
                                    title, start_text, other_title, other_due_text));
    }
}

static void
check_action (TrellisProject *project,
              TrellisAction  *action,
              GPtrArray      *warnings)
{
  g_autofree char *title = trellis_item_dup_label (TRELLIS_ITEM (action));
  TrellisDay start = trellis_action_get_start (action);
  TrellisDay due = trellis_action_get_due (action);
  TrellisStakeholder *owner = trellis_action_get_owner (action);
  char start_text[TRELLIS_DISPLAY_DATE_SIZE], due_text[TRELLIS_DISPLAY_DATE_SIZE];

  trellis_format_date_into (start, start_text);
  trellis_format_date_into (due, due_text);
  /* translators: in all these warnings %s are the titles of actions, goals and milestones */
  if (trellis_action_get_goal (action) == NULL)
    add_warning (warnings, TRELLIS_PLAN_ACTION_WITHOUT_GOAL, action, NULL,
                 g_strdup_printf (_("Action “%s” serves no goal"), title));
  if (owner == NULL && !is_set (trellis_action_get_owner_name (action)))
    add_warning (warnings, TRELLIS_PLAN_ACTION_WITHOUT_OWNER, action, NULL,
                 g_strdup_printf (_("Nobody is responsible for action “%s”"), title));
  if (due == TRELLIS_DAY_NONE)
    add_warning (warnings, TRELLIS_PLAN_ACTION_WITHOUT_DUE, action, NULL,
                 g_strdup_printf (_("Action “%s” has no due date"), title));
  else if (start != TRELLIS_DAY_NONE && due < start)
    add_warning (warnings, TRELLIS_PLAN_ACTION_ENDS_BEFORE_START, action, NULL,
                 /* translators: the first %s is an action's title, the others dates */
                 g_strdup_printf (_("Action “%s” is due on %s, before it starts on %s"), title, due_text, start_text));

  if (owner != NULL && trellis_stakeholder_get_attitude (owner) == TRELLIS_ATTITUDE_CRITICAL)
    {
      g_autofree char *name = trellis_item_dup_label (TRELLIS_ITEM (owner));

      add_warning (warnings, TRELLIS_PLAN_CRITICAL_OWNER, action, owner,
                   /* translators: the first %s is an action, the second a stakeholder */
                   g_strdup_printf (_("Action “%s” is owned by %s, a critical stakeholder"), title, name));
    }
  check_budget (TRELLIS_ITEM (action), title, warnings);
  check_dependencies (project, action, title, warnings);
}

static void
check_milestones (TrellisProject *project,
                  GPtrArray      *warnings)
{
  GListModel *milestones = trellis_project_get_items (project, TRELLIS_TYPE_MILESTONE);

  for (guint i = 0; i < g_list_model_get_n_items (milestones); i++)
    {
      g_autoptr(TrellisMilestone) milestone = g_list_model_get_item (milestones, i);
      TrellisAction *action = trellis_milestone_get_action (milestone);
      TrellisDay date = trellis_milestone_get_date (milestone);
      char date_text[TRELLIS_DISPLAY_DATE_SIZE], due_text[TRELLIS_DISPLAY_DATE_SIZE];
      g_autofree char *title = NULL;
      g_autofree char *action_title = NULL;
      TrellisDay due;

      if (action == NULL || trellis_action_get_status (action) == TRELLIS_STATUS_CANCELLED)
        continue;
      due = trellis_action_get_due (action);
      if (due == TRELLIS_DAY_NONE || date == TRELLIS_DAY_NONE || date <= due)
        continue;
      title = trellis_item_dup_label (TRELLIS_ITEM (milestone));
      action_title = trellis_item_dup_label (TRELLIS_ITEM (action));
      trellis_format_date_into (date, date_text);
      trellis_format_date_into (due, due_text);
      add_warning (warnings, TRELLIS_PLAN_MILESTONE_AFTER_ACTION, milestone, action,
                   g_strdup_printf (_("Milestone “%s” on %s is after its action “%s” is due on %s"),
                                    title, date_text, action_title, due_text));
    }
}

enum { WHITE, GREY, BLACK };

/* Depth first: an edge back to an action still on the path closes a circle. */
static void
find_cycles (TrellisProject *project,
             TrellisItem    *action,
             GHashTable     *colours,
             GPtrArray      *warnings)
{
  g_autoptr(GPtrArray) dependencies = trellis_action_list_dependencies (project, TRELLIS_ACTION (action));

  g_hash_table_insert (colours, action, GINT_TO_POINTER (GREY));
  for (guint i = 0; i < dependencies->len; i++)
    {
      TrellisItem *next = dependencies->pdata[i];
      int colour = GPOINTER_TO_INT (g_hash_table_lookup (colours, next));

      if (colour == GREY)
        {
          g_autofree char *title = trellis_item_dup_label (action);
          g_autofree char *other = trellis_item_dup_label (next);

          add_warning (warnings, TRELLIS_PLAN_DEPENDENCY_CYCLE, action, next,
                       g_strdup_printf (_("Actions “%s” and “%s” wait for each other in a circle"),
                                        title, other));
        }
      else if (colour == WHITE)
        find_cycles (project, next, colours, warnings);
    }
  g_hash_table_insert (colours, action, GINT_TO_POINTER (BLACK));
}

/**
 * trellis_plan_list_warnings:
 *
 * Returns: (transfer full) (element-type TrellisPlanWarning): what is
 *   missing or inconsistent in the plan: goals first, then actions in
 *   their order, milestones, and circles of dependencies
 */
GPtrArray *
trellis_plan_list_warnings (TrellisProject *project)
{
  GPtrArray *warnings = g_ptr_array_new_with_free_func (plan_warning_free);
  GListModel *actions;
  g_autoptr(GHashTable) colours = g_hash_table_new (NULL, NULL);

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), warnings);

  check_goals (project, warnings);
  actions = trellis_project_get_items (project, TRELLIS_TYPE_ACTION);
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(TrellisItem) action = g_list_model_get_item (actions, i);

      if (trellis_action_get_status (TRELLIS_ACTION (action)) != TRELLIS_STATUS_CANCELLED)
        check_action (project, TRELLIS_ACTION (action), warnings);
    }
  check_milestones (project, warnings);
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(TrellisItem) action = g_list_model_get_item (actions, i);

      if (!g_hash_table_contains (colours, action))
        find_cycles (project, action, colours, warnings);
    }

  return warnings;
}

/* Traceability */

/* Where an item stands in the method's chain; -1 off the chain. */
static int
chain_rank (TrellisItem *item)
{
  if (TRELLIS_IS_SWOT_ITEM (item))
    return 0;
  if (TRELLIS_IS_TOWS_STRATEGY (item))
    return 1;
  if (TRELLIS_IS_GOAL (item))
    return 2;
  if (TRELLIS_IS_INDICATOR (item) || TRELLIS_IS_ACTION (item))
    return 3;
  if (TRELLIS_IS_MILESTONE (item) || TRELLIS_IS_MEASUREMENT (item))
    return 4;
  return -1;
}

static void
add_unique (GPtrArray   *items,
            TrellisItem *item)
{
  if (item != NULL && !g_ptr_array_find (items, item, NULL))
    g_ptr_array_add (items, g_object_ref (item));
}

/* Every item @item refers to, and every item referring to it. */
static GPtrArray *
list_linked (TrellisProject *project,
             TrellisItem    *item)
{
  TrellisItemClass *klass = TRELLIS_ITEM_GET_CLASS (item);
  g_autoptr(GPtrArray) referrers = trellis_project_list_referrers (project, item);
  GPtrArray *linked = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < trellis_item_class_get_n_fields (klass); i++)
    {
      const TrellisField *field = trellis_item_class_get_field (klass, i);

      if (field->flags & TRELLIS_FIELD_WEAK)
        continue;
      /* By the field table, as the typed accessors resolve references. */
      if (field->flags & TRELLIS_FIELD_REF)
        add_unique (linked, _trellis_item_resolve (item, i, TRELLIS_TYPE_ITEM));
      else if (field->flags & TRELLIS_FIELD_REFLIST)
        {
          g_autoptr(GPtrArray) items = _trellis_item_resolve_list (item, i, TRELLIS_TYPE_ITEM);

          for (guint j = 0; j < items->len; j++)
            add_unique (linked, items->pdata[j]);
        }
    }
  for (guint i = 0; i < referrers->len; i++)
    add_unique (linked, referrers->pdata[i]);

  return linked;
}

static int
compare_rank (gconstpointer a,
              gconstpointer b)
{
  return chain_rank (*(TrellisItem **) a) - chain_rank (*(TrellisItem **) b);
}

static GPtrArray *
trace (TrellisProject *project,
       TrellisItem    *item,
       gboolean        upstream)
{
  g_autoptr(GPtrArray) linked = list_linked (project, item);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);
  int rank = chain_rank (item);

  if (rank < 0)
    return found;

  for (guint i = 0; i < linked->len; i++)
    {
      TrellisItem *other = linked->pdata[i];
      int other_rank = chain_rank (other);

      if (other_rank < 0 || (other_rank == rank && !TRELLIS_IS_ACTION (other)))
        continue;
      if (other_rank == rank)
        {
          /* Among actions, what an action waits for comes before it. */
          const char * const *uuids = TRELLIS_IS_ACTION (item) ? trellis_action_get_depends_on_uuids (TRELLIS_ACTION (item))
                                                               : NULL;
          gboolean waited_for = uuids != NULL && g_strv_contains (uuids, trellis_item_get_uuid (other));

          if (waited_for == upstream)
            g_ptr_array_add (found, g_object_ref (other));
        }
      else if ((other_rank < rank) == upstream)
        g_ptr_array_add (found, g_object_ref (other));
    }

  /* Stable: within a kind, the items keep the order of the links. */
  g_ptr_array_sort (found, compare_rank);
  return found;
}

/**
 * trellis_trace_comes_from:
 * @item: a SWOT item, TOWS strategy, goal, indicator, action, milestone or measurement
 *
 * Returns: (transfer container) (element-type TrellisItem): the items of
 *   the analysis and plan that @item comes from, earliest in the method first
 */
GPtrArray *
trellis_trace_comes_from (TrellisProject *project,
                          TrellisItem    *item)
{
  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (TRELLIS_IS_ITEM (item), NULL);

  return trace (project, item, TRUE);
}

/**
 * trellis_trace_leads_to:
 *
 * Returns: (transfer container) (element-type TrellisItem): the items of
 *   the plan that @item leads to, earliest in the method first
 */
GPtrArray *
trellis_trace_leads_to (TrellisProject *project,
                        TrellisItem    *item)
{
  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (TRELLIS_IS_ITEM (item), NULL);

  return trace (project, item, FALSE);
}
