/* trellis-action.c
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An activity of the action plan.
 * The fields below are the properties and, in this order, the file format.
 */

#define G_LOG_DOMAIN "trellis-action"

#include "config.h"

#include "trellis-action.h"
#include "trellis-action.h"
#include "trellis-goal.h"
#include "trellis-stakeholder.h"

struct _TrellisAction
{
  TrellisItem parent_instance;
};

G_DEFINE_FINAL_TYPE (TrellisAction, trellis_action, TRELLIS_TYPE_ITEM)

static void
trellis_action_class_init (TrellisActionClass *klass)
{
  TrellisItemClass *item_class = TRELLIS_ITEM_CLASS (klass);

  trellis_item_class_set_names (item_class, "action", "actions", "title");
  trellis_item_class_add_string (item_class, "title", TRELLIS_FIELD_REQUIRED);
  trellis_item_class_add_ref (item_class, "goal", TRELLIS_FIELD_ATTRIBUTE, TRELLIS_TYPE_GOAL);
  trellis_item_class_add_ref (item_class, "owner", TRELLIS_FIELD_ATTRIBUTE, TRELLIS_TYPE_STAKEHOLDER);
  trellis_item_class_add_string (item_class, "owner-name", TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_date (item_class, "start", TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_date (item_class, "due", TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_enum (item_class, "status", TRELLIS_TYPE_ACTION_STATUS, 0, TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_int (item_class, "progress", 0, 100);
  trellis_item_class_add_double (item_class, "budget-planned", TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_double (item_class, "budget-spent", TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_string (item_class, "currency", TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_boolean (item_class, "quick-win");
  trellis_item_class_add_enum (item_class, "area", TRELLIS_TYPE_SERVICE_AREA, 0, TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_reflist (item_class, "depends-on", TRELLIS_TYPE_ACTION);
  trellis_item_class_add_string (item_class, "description", TRELLIS_FIELD_ELEMENT);
  trellis_item_class_add_string (item_class, "deliverable", TRELLIS_FIELD_ELEMENT);
}

static void
trellis_action_init (TrellisAction *self)
{
}

/**
 * trellis_action_new:
 * @title: what is to be done
 *
 * Returns: (transfer full): an action of the plan, not in any project; add
 *   it with trellis_project_add_item()
 */
TrellisAction *
trellis_action_new (const char *title)
{
  TrellisAction *self = g_object_new (TRELLIS_TYPE_ACTION, NULL);

  trellis_action_set_title (self, title);

  return self;
}
