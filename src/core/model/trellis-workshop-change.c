/* trellis-workshop-change.c
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One line of a workshop's log: an item added, changed or removed during
 * a TrellisWorkshopSession, when (the last edit), what kind of item
 * ("swot-item", the element name), its title then, and for a change the
 * names of the fields that differ, separated by spaces.  The target is a
 * weak reference: a removed item is gone.  The log keeps these up to date
 * outside the undo history (trellis-workshop-log.c).
 */

#define G_LOG_DOMAIN "trellis-workshop-change"

#include "config.h"

#include "trellis-workshop-session.h"
#include "trellis-workshop-change.h"

struct _TrellisWorkshopChange
{
  TrellisItem parent_instance;
};

G_DEFINE_FINAL_TYPE (TrellisWorkshopChange, trellis_workshop_change, TRELLIS_TYPE_ITEM)

static void
trellis_workshop_change_class_init (TrellisWorkshopChangeClass *klass)
{
  TrellisItemClass *item_class = TRELLIS_ITEM_CLASS (klass);

  trellis_item_class_set_names (item_class, "workshop-change", "workshop-changes", "title");
  /* Most projects never hold one: no empty section in their files (no churn). */
  trellis_item_class_set_section_optional (item_class);
  trellis_item_class_add_ref (item_class, "session", TRELLIS_FIELD_REQUIRED | TRELLIS_FIELD_OWNER, TRELLIS_TYPE_WORKSHOP_SESSION);
  trellis_item_class_add_string (item_class, "time", TRELLIS_FIELD_DATETIME | TRELLIS_FIELD_REQUIRED);
  trellis_item_class_add_string (item_class, "change", TRELLIS_FIELD_REQUIRED);
  trellis_item_class_add_string (item_class, "kind", TRELLIS_FIELD_REQUIRED);
  trellis_item_class_add_ref (item_class, "target", TRELLIS_FIELD_WEAK, G_TYPE_INVALID);
  trellis_item_class_add_string (item_class, "fields", TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_string (item_class, "title", TRELLIS_FIELD_ELEMENT);
}

static void
trellis_workshop_change_init (TrellisWorkshopChange *self)
{
}

/**
 * trellis_workshop_change_new:
 *
 * Returns: (transfer full): an empty line of @session's log, not in any
 *   project
 */
TrellisWorkshopChange *
trellis_workshop_change_new (TrellisWorkshopSession *session)
{
  TrellisWorkshopChange *self = g_object_new (TRELLIS_TYPE_WORKSHOP_CHANGE, NULL);

  trellis_workshop_change_set_session (self, session);

  return self;
}
