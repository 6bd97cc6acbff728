/* trellis-swot-item.c
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One note of the SWOT matrix.
 * The fields below are the properties and, in this order, the file format.
 */

#define G_LOG_DOMAIN "trellis-swot-item"

#include "config.h"

#include "trellis-swot-item.h"


struct _TrellisSwotItem
{
  TrellisItem parent_instance;
};

G_DEFINE_FINAL_TYPE (TrellisSwotItem, trellis_swot_item, TRELLIS_TYPE_ITEM)

static void
trellis_swot_item_class_init (TrellisSwotItemClass *klass)
{
  TrellisItemClass *item_class = TRELLIS_ITEM_CLASS (klass);

  trellis_item_class_set_names (item_class, "swot-item", "swot", "text");
  trellis_item_class_add_enum (item_class, "quadrant", TRELLIS_TYPE_QUADRANT, 0, TRELLIS_FIELD_REQUIRED);
  trellis_item_class_add_enum (item_class, "source-kind", TRELLIS_TYPE_SOURCE_KIND, 0, TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_string (item_class, "source", TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_enum (item_class, "score", TRELLIS_TYPE_SCORE, 0, TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_int (item_class, "votes", 0, 100000);
  trellis_item_class_add_string (item_class, "text", TRELLIS_FIELD_ELEMENT | TRELLIS_FIELD_REQUIRED);
  trellis_item_class_add_string (item_class, "note", TRELLIS_FIELD_ELEMENT);
}

static void
trellis_swot_item_init (TrellisSwotItem *self)
{
}

/**
 * trellis_swot_item_new:
 * @quadrant: its quadrant
 * @text: its text
 *
 * Returns: (transfer full): a SWOT note, not in any project; add it with
 *   trellis_project_add_item()
 */
TrellisSwotItem *
trellis_swot_item_new (TrellisQuadrant  quadrant,
                       const char      *text)
{
  TrellisSwotItem *self = g_object_new (TRELLIS_TYPE_SWOT_ITEM, NULL);

  trellis_swot_item_set_quadrant (self, quadrant);
  trellis_swot_item_set_text (self, text);

  return self;
}
