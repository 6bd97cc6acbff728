/* trellis-tows-strategy.c
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A strategy built from a pair of SWOT quadrants (SO, ST, WO, WT).
 * The fields below are the properties and, in this order, the file format.
 */

#define G_LOG_DOMAIN "trellis-tows-strategy"

#include "config.h"

#include "trellis-tows-strategy.h"
#include "trellis-goal.h"
#include "trellis-swot-item.h"

struct _TrellisTowsStrategy
{
  TrellisItem parent_instance;
};

G_DEFINE_FINAL_TYPE (TrellisTowsStrategy, trellis_tows_strategy, TRELLIS_TYPE_ITEM)

static void
trellis_tows_strategy_class_init (TrellisTowsStrategyClass *klass)
{
  TrellisItemClass *item_class = TRELLIS_ITEM_CLASS (klass);

  trellis_item_class_set_names (item_class, "tows-strategy", "tows", "title");
  trellis_item_class_add_enum (item_class, "type", TRELLIS_TYPE_TOWS_TYPE, 0, TRELLIS_FIELD_REQUIRED);
  trellis_item_class_add_string (item_class, "title", TRELLIS_FIELD_REQUIRED);
  trellis_item_class_add_reflist (item_class, "items", TRELLIS_TYPE_SWOT_ITEM);
  trellis_item_class_add_ref (item_class, "goal", TRELLIS_FIELD_ATTRIBUTE, TRELLIS_TYPE_GOAL);
  trellis_item_class_add_string (item_class, "description", TRELLIS_FIELD_ELEMENT);
}

static void
trellis_tows_strategy_init (TrellisTowsStrategy *self)
{
}

/**
 * trellis_tows_strategy_new:
 * @type: the pair of quadrants it combines
 * @title: its title
 *
 * Returns: (transfer full): a strategy that links no SWOT note yet, not in
 *   any project; add it with trellis_project_add_item()
 */
TrellisTowsStrategy *
trellis_tows_strategy_new (TrellisTowsType  type,
                           const char      *title)
{
  TrellisTowsStrategy *self = g_object_new (TRELLIS_TYPE_TOWS_STRATEGY, NULL);

  trellis_tows_strategy_set_tows_type (self, type);
  trellis_tows_strategy_set_title (self, title);

  return self;
}
