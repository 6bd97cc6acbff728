/* trellis-parking-item.c
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A question or an idea of the parking lot: something raised in a
 * workshop to come back to later, the day it was parked, and once it has
 * been dealt with, the item it became (a SWOT note, a canvas note, an
 * action or a key question; trellis-parking-lot.c turns one into another).
 * The fields below are the properties and, in this order, the file format.
 */

#define G_LOG_DOMAIN "trellis-parking-item"

#include "config.h"

#include "trellis-action.h"
#include "trellis-canvas-note.h"
#include "trellis-key-question.h"
#include "trellis-parking-item.h"
#include "trellis-swot-item.h"

struct _TrellisParkingItem
{
  TrellisItem parent_instance;
};

G_DEFINE_FINAL_TYPE (TrellisParkingItem, trellis_parking_item, TRELLIS_TYPE_ITEM)

static void
trellis_parking_item_class_init (TrellisParkingItemClass *klass)
{
  TrellisItemClass *item_class = TRELLIS_ITEM_CLASS (klass);

  trellis_item_class_set_names (item_class, "parking-item", "parking-lot", "text");
  /* Most projects never park anything: files saved again keep their bytes. */
  trellis_item_class_set_section_optional (item_class);
  trellis_item_class_add_enum (item_class, "kind", TRELLIS_TYPE_PARKING_KIND, 0, TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_date (item_class, "created", TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_ref (item_class, "became", TRELLIS_FIELD_ATTRIBUTE, G_TYPE_INVALID);
  trellis_item_class_limit_refs (item_class, "became", TRELLIS_TYPE_SWOT_ITEM, TRELLIS_TYPE_CANVAS_NOTE,
                                 TRELLIS_TYPE_ACTION, TRELLIS_TYPE_KEY_QUESTION, G_TYPE_INVALID);
  trellis_item_class_add_string (item_class, "text", TRELLIS_FIELD_ELEMENT | TRELLIS_FIELD_REQUIRED);
}

static void
trellis_parking_item_init (TrellisParkingItem *self)
{
}

/**
 * trellis_parking_item_new:
 * @kind: a question or an idea
 * @text: what was raised
 *
 * Returns: (transfer full): a parked question or idea, of no day and not
 *   yet turned into anything, not in any project; add it with
 *   trellis_parking_lot_add() (which dates it) or trellis_project_add_item()
 */
TrellisParkingItem *
trellis_parking_item_new (TrellisParkingKind  kind,
                          const char         *text)
{
  TrellisParkingItem *self = g_object_new (TRELLIS_TYPE_PARKING_ITEM, NULL);

  trellis_parking_item_set_kind (self, kind);
  trellis_parking_item_set_text (self, text);

  return self;
}
