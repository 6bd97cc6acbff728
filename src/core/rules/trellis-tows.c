/* trellis-tows.c: strategies built from pairs of SWOT quadrants
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A TOWS strategy pairs one internal quadrant (strengths or weaknesses)
 * with one external quadrant (opportunities or threats) and refers to the
 * SWOT items it combines.  The rules of that pairing live here, so that the
 * view, the command line and reports agree on them: which items a strategy
 * may take, which items no strategy uses yet, and how a strategy becomes a
 * goal that remembers where it came from.
 *
 * Every change is one undo step of the project's history.
 */

#define G_LOG_DOMAIN "trellis-tows"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-tows.h"

G_DEFINE_QUARK (trellis-tows-error-quark, trellis_tows_error)

static gboolean
is_in_project (TrellisProject *project,
               gpointer        item)
{
  return trellis_project_lookup (project, trellis_item_get_uuid (item)) == item;
}

/**
 * trellis_tows_type_get_quadrants:
 * @internal: (out) (optional): strengths or weaknesses
 * @external: (out) (optional): opportunities or threats
 *
 * Tells which two quadrants a kind of strategy combines: SO takes
 * strengths and opportunities, ST strengths and threats, and so on.
 */
void
trellis_tows_type_get_quadrants (TrellisTowsType  type,
                                 TrellisQuadrant *internal,
                                 TrellisQuadrant *external)
{
  gboolean strengths = type == TRELLIS_TOWS_SO || type == TRELLIS_TOWS_ST;
  gboolean opportunities = type == TRELLIS_TOWS_SO || type == TRELLIS_TOWS_WO;

  if (internal != NULL)
    *internal = strengths ? TRELLIS_QUADRANT_STRENGTH : TRELLIS_QUADRANT_WEAKNESS;
  if (external != NULL)
    *external = opportunities ? TRELLIS_QUADRANT_OPPORTUNITY : TRELLIS_QUADRANT_THREAT;
}

/**
 * trellis_tows_type_takes_quadrant:
 *
 * Returns: whether a strategy of @type combines notes of @quadrant (an SO
 *   strategy takes strengths and opportunities, and so on)
 */
gboolean
trellis_tows_type_takes_quadrant (TrellisTowsType type,
                                  TrellisQuadrant quadrant)
{
  TrellisQuadrant internal, external;

  trellis_tows_type_get_quadrants (type, &internal, &external);
  return quadrant == internal || quadrant == external;
}

/**
 * trellis_tows_strategy_accepts:
 *
 * Returns: whether @item is of one of the two quadrants @strategy combines
 */
gboolean
trellis_tows_strategy_accepts (TrellisTowsStrategy *strategy,
                               TrellisSwotItem     *item)
{
  g_return_val_if_fail (TRELLIS_IS_TOWS_STRATEGY (strategy), FALSE);
  g_return_val_if_fail (TRELLIS_IS_SWOT_ITEM (item), FALSE);

  return trellis_tows_type_takes_quadrant (trellis_tows_strategy_get_tows_type (strategy),
                                           trellis_swot_item_get_quadrant (item));
}

/**
 * trellis_tows_strategy_has_item:
 *
 * Returns: whether @strategy links the SWOT note @item
 */
gboolean
trellis_tows_strategy_has_item (TrellisTowsStrategy *strategy,
                                TrellisSwotItem     *item)
{
  const char * const *refs;

  g_return_val_if_fail (TRELLIS_IS_TOWS_STRATEGY (strategy), FALSE);
  g_return_val_if_fail (TRELLIS_IS_SWOT_ITEM (item), FALSE);

  refs = trellis_tows_strategy_get_items_uuids (strategy);
  return refs != NULL && g_strv_contains (refs, trellis_item_get_uuid (TRELLIS_ITEM (item)));
}

/* One message per kind of strategy, so that translators get whole sentences. */
static char *
describe_refusal (TrellisTowsStrategy *strategy,
                  TrellisSwotItem     *item)
{
  g_autofree char *text = trellis_item_dup_label (TRELLIS_ITEM (item));

  switch (trellis_tows_strategy_get_tows_type (strategy))
    {
    case TRELLIS_TOWS_SO:
      /* translators: %s is the text of a SWOT item */
      return g_strdup_printf (_("“%s” cannot be part of an SO strategy, which combines strengths "
                                "with opportunities"), text);
    case TRELLIS_TOWS_ST:
      /* translators: %s is the text of a SWOT item */
      return g_strdup_printf (_("“%s” cannot be part of an ST strategy, which combines strengths "
                                "with threats"), text);
    case TRELLIS_TOWS_WO:
      /* translators: %s is the text of a SWOT item */
      return g_strdup_printf (_("“%s” cannot be part of a WO strategy, which combines weaknesses "
                                "with opportunities"), text);
    case TRELLIS_TOWS_WT:
    default:
      /* translators: %s is the text of a SWOT item */
      return g_strdup_printf (_("“%s” cannot be part of a WT strategy, which combines weaknesses "
                                "with threats"), text);
    }
}

static void
set_items (TrellisProject      *project,
           TrellisTowsStrategy *strategy,
           const char * const  *items,
           const char          *label)
{
  TrellisHistory *history = trellis_project_get_history (project);

  trellis_history_begin_group (history, label);
  trellis_tows_strategy_set_items_uuids (strategy, items);
  trellis_history_end_group (history);
}

/**
 * trellis_tows_link_item:
 * @item: a SWOT item of @project
 *
 * Adds @item to the items @strategy combines, after the others, as one
 * undo step.  An item already linked stays where it is and nothing is
 * recorded.
 *
 * Returns: %FALSE with %TRELLIS_TOWS_ERROR_WRONG_QUADRANT if @item is of
 *   a quadrant @strategy does not combine
 */
gboolean
trellis_tows_link_item (TrellisProject      *project,
                        TrellisTowsStrategy *strategy,
                        TrellisSwotItem     *item,
                        GError             **error)
{
  const char * const *refs;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) items = NULL;
  g_autofree char *name = NULL;
  g_autofree char *label = NULL;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (TRELLIS_IS_TOWS_STRATEGY (strategy), FALSE);
  g_return_val_if_fail (TRELLIS_IS_SWOT_ITEM (item), FALSE);
  g_return_val_if_fail (is_in_project (project, strategy) && is_in_project (project, item), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!trellis_tows_strategy_accepts (strategy, item))
    {
      g_autofree char *message = describe_refusal (strategy, item);

      g_set_error_literal (error, TRELLIS_TOWS_ERROR, TRELLIS_TOWS_ERROR_WRONG_QUADRANT, message);
      return FALSE;
    }
  if (trellis_tows_strategy_has_item (strategy, item))
    return TRUE;

  refs = trellis_tows_strategy_get_items_uuids (strategy);
  builder = g_strv_builder_new ();
  if (refs != NULL)
    g_strv_builder_addv (builder, (const char **) refs);
  g_strv_builder_add (builder, trellis_item_get_uuid (TRELLIS_ITEM (item)));
  items = g_strv_builder_end (builder);

  name = trellis_item_dup_label (TRELLIS_ITEM (strategy));
  /* translators: an undo step; %s is the title of a TOWS strategy */
  label = g_strdup_printf (_("Link Item to “%s”"), name);
  set_items (project, strategy, (const char * const *) items, label);
  return TRUE;
}

/**
 * trellis_tows_unlink_item:
 *
 * Takes @item out of the items @strategy combines, as one undo step.
 *
 * Returns: %FALSE if @strategy did not refer to @item (nothing changes)
 */
gboolean
trellis_tows_unlink_item (TrellisProject      *project,
                          TrellisTowsStrategy *strategy,
                          TrellisSwotItem     *item)
{
  const char * const *refs;
  const char *uuid;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) items = NULL;
  g_autofree char *name = NULL;
  g_autofree char *label = NULL;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (TRELLIS_IS_TOWS_STRATEGY (strategy), FALSE);
  g_return_val_if_fail (TRELLIS_IS_SWOT_ITEM (item), FALSE);
  g_return_val_if_fail (is_in_project (project, strategy), FALSE);

  if (!trellis_tows_strategy_has_item (strategy, item))
    return FALSE;

  refs = trellis_tows_strategy_get_items_uuids (strategy);
  uuid = trellis_item_get_uuid (TRELLIS_ITEM (item));
  builder = g_strv_builder_new ();
  for (guint i = 0; refs[i] != NULL; i++)
    if (g_strcmp0 (refs[i], uuid) != 0)
      g_strv_builder_add (builder, refs[i]);
  items = g_strv_builder_end (builder);

  name = trellis_item_dup_label (TRELLIS_ITEM (strategy));
  /* translators: an undo step; %s is the title of a TOWS strategy */
  label = g_strdup_printf (_("Remove Item from “%s”"), name);
  set_items (project, strategy, (const char * const *) items, label);
  return TRUE;
}

/**
 * trellis_tows_list_items:
 *
 * Returns: (transfer container) (element-type TrellisSwotItem): the SWOT
 *   items @strategy combines, in its order; references to items that are
 *   not in @project are skipped
 */
GPtrArray *
trellis_tows_list_items (TrellisProject      *project,
                         TrellisTowsStrategy *strategy)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) linked = NULL;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), items);
  g_return_val_if_fail (TRELLIS_IS_TOWS_STRATEGY (strategy), items);

  linked = trellis_tows_strategy_list_items (strategy);
  for (guint i = 0; i < linked->len; i++)
    g_ptr_array_add (items, g_object_ref (linked->pdata[i]));

  return items;
}

/**
 * trellis_tows_list_strategies_for:
 *
 * Returns: (transfer container) (element-type TrellisTowsStrategy): the
 *   strategies that use @item, in the project's order
 */
GPtrArray *
trellis_tows_list_strategies_for (TrellisProject  *project,
                                  TrellisSwotItem *item)
{
  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (TRELLIS_IS_SWOT_ITEM (item), NULL);

  return trellis_tows_strategy_list_by_items (project, TRELLIS_SWOT_ITEM (item));
}

/**
 * trellis_tows_list_unused_items:
 *
 * Returns: (transfer container) (element-type TrellisSwotItem): the SWOT
 *   items no strategy uses, in the project's order
 */
GPtrArray *
trellis_tows_list_unused_items (TrellisProject *project)
{
  GPtrArray *unused = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) used = NULL;
  GListModel *strategies, *items;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), unused);

  used = g_hash_table_new (g_str_hash, g_str_equal);
  strategies = trellis_project_get_items (project, TRELLIS_TYPE_TOWS_STRATEGY);
  for (guint i = 0; i < g_list_model_get_n_items (strategies); i++)
    {
      g_autoptr(TrellisTowsStrategy) strategy = g_list_model_get_item (strategies, i);
      const char * const *refs = trellis_tows_strategy_get_items_uuids (strategy);

      for (guint j = 0; refs != NULL && refs[j] != NULL; j++)
        g_hash_table_add (used, (gpointer) refs[j]);
    }

  items = trellis_project_get_items (project, TRELLIS_TYPE_SWOT_ITEM);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(TrellisItem) item = g_list_model_get_item (items, i);

      if (!g_hash_table_contains (used, trellis_item_get_uuid (item)))
        g_ptr_array_add (unused, g_steal_pointer (&item));
    }

  return unused;
}

/**
 * trellis_tows_list_empty_strategies:
 *
 * Returns: (transfer container) (element-type TrellisTowsStrategy): the
 *   strategies that combine no SWOT item of @project yet
 */
GPtrArray *
trellis_tows_list_empty_strategies (TrellisProject *project)
{
  GPtrArray *empty = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *model;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), empty);

  model = trellis_project_get_items (project, TRELLIS_TYPE_TOWS_STRATEGY);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(TrellisTowsStrategy) strategy = g_list_model_get_item (model, i);
      g_autoptr(GPtrArray) items = trellis_tows_list_items (project, strategy);

      if (items->len == 0)
        g_ptr_array_add (empty, g_steal_pointer (&strategy));
    }

  return empty;
}

/**
 * trellis_tows_get_goal:
 *
 * Returns: (transfer none) (nullable): the goal @strategy became
 */
TrellisGoal *
trellis_tows_get_goal (TrellisProject      *project,
                       TrellisTowsStrategy *strategy)
{
  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (TRELLIS_IS_TOWS_STRATEGY (strategy), NULL);

  return trellis_tows_strategy_get_goal (strategy);
}

/**
 * trellis_tows_make_goal:
 *
 * Turns @strategy into a goal of @project, as one undo step: the goal
 * takes the strategy's title and description, its sources are the
 * strategy and the SWOT items it combines, and the strategy refers to it.
 * A strategy that already has a goal keeps it and nothing changes.
 *
 * Returns: (transfer none): the new goal, or the one @strategy had
 */
TrellisGoal *
trellis_tows_make_goal (TrellisProject      *project,
                        TrellisTowsStrategy *strategy)
{
  TrellisHistory *history;
  TrellisGoal *existing;
  TrellisGoal *goal;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) sources = NULL;
  g_autofree char *title = NULL;
  g_autofree char *label = NULL;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (TRELLIS_IS_TOWS_STRATEGY (strategy), NULL);
  g_return_val_if_fail (is_in_project (project, strategy), NULL);

  existing = trellis_tows_get_goal (project, strategy);
  if (existing != NULL)
    return existing;

  builder = g_strv_builder_new ();
  g_strv_builder_add (builder, trellis_item_get_uuid (TRELLIS_ITEM (strategy)));
  items = trellis_tows_list_items (project, strategy);
  for (guint i = 0; i < items->len; i++)
    g_strv_builder_add (builder, trellis_item_get_uuid (g_ptr_array_index (items, i)));
  sources = g_strv_builder_end (builder);

  title = trellis_item_dup_label (TRELLIS_ITEM (strategy));
  goal = trellis_goal_new (title);
  trellis_goal_set_description (goal, trellis_tows_strategy_get_description (strategy));
  trellis_goal_set_sources_uuids (goal, (const char * const *) sources);

  history = trellis_project_get_history (project);
  /* translators: an undo step; %s is the title of a TOWS strategy */
  label = g_strdup_printf (_("Make Goal of “%s”"), title);
  trellis_history_begin_group (history, label);
  trellis_project_add_item (project, goal);
  g_object_unref (goal);  /* the project holds it */
  trellis_tows_strategy_set_goal (strategy, goal);
  trellis_history_end_group (history);

  return goal;
}
