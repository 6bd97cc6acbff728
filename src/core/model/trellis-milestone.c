/* trellis-milestone.c
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A dated milestone or interim goal of an action or a goal.
 * The fields below are the properties and, in this order, the file format.
 */

#define G_LOG_DOMAIN "trellis-milestone"

#include "config.h"

#include "trellis-milestone.h"
#include "trellis-action.h"
#include "trellis-goal.h"

struct _TrellisMilestone
{
  TrellisItem parent_instance;
};

G_DEFINE_FINAL_TYPE (TrellisMilestone, trellis_milestone, TRELLIS_TYPE_ITEM)

static void
trellis_milestone_class_init (TrellisMilestoneClass *klass)
{
  TrellisItemClass *item_class = TRELLIS_ITEM_CLASS (klass);

  trellis_item_class_set_names (item_class, "milestone", "milestones", "title");
  trellis_item_class_add_string (item_class, "title", TRELLIS_FIELD_REQUIRED);
  trellis_item_class_add_date (item_class, "date", TRELLIS_FIELD_REQUIRED);
  trellis_item_class_add_date (item_class, "reached", TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_ref (item_class, "action", TRELLIS_FIELD_ATTRIBUTE, TRELLIS_TYPE_ACTION);
  trellis_item_class_add_ref (item_class, "goal", TRELLIS_FIELD_ATTRIBUTE, TRELLIS_TYPE_GOAL);
  trellis_item_class_add_string (item_class, "note", TRELLIS_FIELD_ELEMENT);
}

static void
trellis_milestone_init (TrellisMilestone *self)
{
}

/**
 * trellis_milestone_new:
 * @title: what will have happened
 * @date: when it is due
 *
 * Returns: (transfer full): a milestone, not yet tied to an action or a
 *   goal, not in any project; add it with trellis_project_add_item()
 */
TrellisMilestone *
trellis_milestone_new (const char *title,
                       TrellisDay  date)
{
  TrellisMilestone *self = g_object_new (TRELLIS_TYPE_MILESTONE, NULL);

  trellis_milestone_set_title (self, title);
  trellis_milestone_set_date (self, date);

  return self;
}
