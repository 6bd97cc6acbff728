/* trellis-self-check.c
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The answer to one minimum requirement of the excellence self-assessment, with its evidence.
 * The fields below are the properties and, in this order, the file format.
 */

#define G_LOG_DOMAIN "trellis-self-check"

#include "config.h"

#include "trellis-self-check.h"


struct _TrellisSelfCheck
{
  TrellisItem parent_instance;
};

G_DEFINE_FINAL_TYPE (TrellisSelfCheck, trellis_self_check, TRELLIS_TYPE_ITEM)

static void
trellis_self_check_class_init (TrellisSelfCheckClass *klass)
{
  TrellisItemClass *item_class = TRELLIS_ITEM_CLASS (klass);

  trellis_item_class_set_names (item_class, "self-check", "self-checks", "requirement");
  trellis_item_class_add_string (item_class, "requirement", TRELLIS_FIELD_REQUIRED);
  trellis_item_class_add_enum (item_class, "result", TRELLIS_TYPE_CHECK_RESULT, 0, TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_string (item_class, "evidence", TRELLIS_FIELD_ELEMENT);
}

static void
trellis_self_check_init (TrellisSelfCheck *self)
{
}

/**
 * trellis_self_check_new:
 * @requirement: the requirement's number, such as "1.1.1"
 *
 * Returns: (transfer full): the manager's answer to a minimum requirement,
 *   unknown and without evidence yet, not in any project; add it with
 *   trellis_project_add_item()
 */
TrellisSelfCheck *
trellis_self_check_new (const char *requirement)
{
  TrellisSelfCheck *self = g_object_new (TRELLIS_TYPE_SELF_CHECK, NULL);

  trellis_self_check_set_requirement (self, requirement);

  return self;
}
