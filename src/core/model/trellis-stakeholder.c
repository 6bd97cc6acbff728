/* trellis-stakeholder.c
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An actor of the cluster: a person or organisation to involve.
 * The fields below are the properties and, in this order, the file format.
 */

#define G_LOG_DOMAIN "trellis-stakeholder"

#include "config.h"

#include "trellis-stakeholder.h"


struct _TrellisStakeholder
{
  TrellisItem parent_instance;
};

G_DEFINE_FINAL_TYPE (TrellisStakeholder, trellis_stakeholder, TRELLIS_TYPE_ITEM)

static void
trellis_stakeholder_class_init (TrellisStakeholderClass *klass)
{
  TrellisItemClass *item_class = TRELLIS_ITEM_CLASS (klass);

  trellis_item_class_set_names (item_class, "stakeholder", "stakeholders", "name");
  trellis_item_class_add_string (item_class, "name", TRELLIS_FIELD_REQUIRED);
  trellis_item_class_add_string (item_class, "organisation", TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_enum (item_class, "helix", TRELLIS_TYPE_HELIX, 0, TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_boolean (item_class, "internal");
  trellis_item_class_add_enum (item_class, "attitude", TRELLIS_TYPE_ATTITUDE, 0, TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_enum (item_class, "influence", TRELLIS_TYPE_LEVEL, 1, TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_enum (item_class, "interest", TRELLIS_TYPE_LEVEL, 1, TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_enum (item_class, "role", TRELLIS_TYPE_ROLE, 0, TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_enum (item_class, "champion", TRELLIS_TYPE_CHAMPION, 0, TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_boolean (item_class, "committed");
  trellis_item_class_add_string (item_class, "contact", TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_string (item_class, "description", TRELLIS_FIELD_ELEMENT);
  trellis_item_class_add_string (item_class, "measure", TRELLIS_FIELD_ELEMENT);
}

static void
trellis_stakeholder_init (TrellisStakeholder *self)
{
}

/**
 * trellis_stakeholder_new:
 * @name: the person's or organisation's name
 *
 * Returns: (transfer full): a stakeholder, not in any project; add it with
 *   trellis_project_add_item()
 */
TrellisStakeholder *
trellis_stakeholder_new (const char *name)
{
  TrellisStakeholder *self = g_object_new (TRELLIS_TYPE_STAKEHOLDER, NULL);

  trellis_stakeholder_set_name (self, name);

  return self;
}
