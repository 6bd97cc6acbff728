/* trellis-status-override.c
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A traffic light set by hand, with the reason why.
 * The fields below are the properties and, in this order, the file format.
 */

#define G_LOG_DOMAIN "trellis-status-override"

#include "config.h"

#include "trellis-status-override.h"


struct _TrellisStatusOverride
{
  TrellisItem parent_instance;
};

G_DEFINE_FINAL_TYPE (TrellisStatusOverride, trellis_status_override, TRELLIS_TYPE_ITEM)

static void
trellis_status_override_class_init (TrellisStatusOverrideClass *klass)
{
  TrellisItemClass *item_class = TRELLIS_ITEM_CLASS (klass);

  trellis_item_class_set_names (item_class, "override", "overrides", "reason");
  trellis_item_class_add_ref (item_class, "target", TRELLIS_FIELD_REQUIRED | TRELLIS_FIELD_OWNER, G_TYPE_INVALID);
  trellis_item_class_add_enum (item_class, "light", TRELLIS_TYPE_LIGHT, 0, TRELLIS_FIELD_REQUIRED);
  trellis_item_class_add_string (item_class, "author", TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_date (item_class, "date", TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_string (item_class, "reason", TRELLIS_FIELD_ELEMENT | TRELLIS_FIELD_REQUIRED);
}

static void
trellis_status_override_init (TrellisStatusOverride *self)
{
}

/**
 * trellis_status_override_new:
 * @target: the UUID of the item whose light it sets
 * @light: the light
 * @reason: why, in words
 *
 * Returns: (transfer full): a light set by hand, not in any project; add it
 *   with trellis_project_add_item()
 */
TrellisStatusOverride *
trellis_status_override_new (const char   *target,
                             TrellisLight  light,
                             const char   *reason)
{
  TrellisStatusOverride *self = g_object_new (TRELLIS_TYPE_STATUS_OVERRIDE, NULL);

  trellis_status_override_set_target_uuid (self, target);
  trellis_status_override_set_light (self, light);
  trellis_status_override_set_reason (self, reason);

  return self;
}
