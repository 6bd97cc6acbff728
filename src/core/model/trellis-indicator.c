/* trellis-indicator.c
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A measurable indicator of a goal, with baseline and target.
 * The fields below are the properties and, in this order, the file format.
 */

#define G_LOG_DOMAIN "trellis-indicator"

#include "config.h"

#include "trellis-indicator.h"
#include "trellis-goal.h"

struct _TrellisIndicator
{
  TrellisItem parent_instance;
};

G_DEFINE_FINAL_TYPE (TrellisIndicator, trellis_indicator, TRELLIS_TYPE_ITEM)

static void
trellis_indicator_class_init (TrellisIndicatorClass *klass)
{
  TrellisItemClass *item_class = TRELLIS_ITEM_CLASS (klass);

  trellis_item_class_set_names (item_class, "indicator", "indicators", "name");
  trellis_item_class_add_ref (item_class, "goal", TRELLIS_FIELD_OWNER, TRELLIS_TYPE_GOAL);
  trellis_item_class_add_string (item_class, "name", TRELLIS_FIELD_REQUIRED);
  trellis_item_class_add_string (item_class, "unit", TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_enum (item_class, "kind", TRELLIS_TYPE_INDICATOR_KIND, 0, TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_enum (item_class, "direction", TRELLIS_TYPE_DIRECTION, 0, TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_double (item_class, "baseline", TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_date (item_class, "baseline-date", TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_double (item_class, "target", TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_date (item_class, "target-date", TRELLIS_FIELD_ATTRIBUTE);
}

static void
trellis_indicator_init (TrellisIndicator *self)
{
}

/**
 * trellis_indicator_new:
 * @name: what it measures
 *
 * Returns: (transfer full): an indicator, not yet tied to a goal, not in any
 *   project; add it with trellis_project_add_item()
 */
TrellisIndicator *
trellis_indicator_new (const char *name)
{
  TrellisIndicator *self = g_object_new (TRELLIS_TYPE_INDICATOR, NULL);

  trellis_indicator_set_name (self, name);

  return self;
}
