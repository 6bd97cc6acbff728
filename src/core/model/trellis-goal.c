/* trellis-goal.c
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A goal of the cluster initiative; measurable through its indicators.
 * The fields below are the properties and, in this order, the file format.
 */

#define G_LOG_DOMAIN "trellis-goal"

#include "config.h"

#include "trellis-goal.h"
#include "trellis-swot-item.h"
#include "trellis-tows-strategy.h"


struct _TrellisGoal
{
  TrellisItem parent_instance;
};

G_DEFINE_FINAL_TYPE (TrellisGoal, trellis_goal, TRELLIS_TYPE_ITEM)

static void
trellis_goal_class_init (TrellisGoalClass *klass)
{
  TrellisItemClass *item_class = TRELLIS_ITEM_CLASS (klass);

  trellis_item_class_set_names (item_class, "goal", "goals", "title");
  trellis_item_class_add_string (item_class, "title", TRELLIS_FIELD_REQUIRED);
  trellis_item_class_add_enum (item_class, "area", TRELLIS_TYPE_SERVICE_AREA, 0, TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_reflist (item_class, "sources", G_TYPE_INVALID);
  trellis_item_class_limit_refs (item_class, "sources", TRELLIS_TYPE_SWOT_ITEM, TRELLIS_TYPE_TOWS_STRATEGY,
                                 G_TYPE_INVALID);
  trellis_item_class_add_string (item_class, "description", TRELLIS_FIELD_ELEMENT);
  trellis_item_class_add_string (item_class, "need", TRELLIS_FIELD_ELEMENT);
}

static void
trellis_goal_init (TrellisGoal *self)
{
}

/**
 * trellis_goal_new:
 * @title: its title
 *
 * Returns: (transfer full): a goal, not in any project; add it with
 *   trellis_project_add_item()
 */
TrellisGoal *
trellis_goal_new (const char *title)
{
  TrellisGoal *self = g_object_new (TRELLIS_TYPE_GOAL, NULL);

  trellis_goal_set_title (self, title);

  return self;
}
