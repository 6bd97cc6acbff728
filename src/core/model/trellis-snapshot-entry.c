/* trellis-snapshot-entry.c
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The status and value of one item in a snapshot.
 * The fields below are the properties and, in this order, the file format.
 */

#define G_LOG_DOMAIN "trellis-snapshot-entry"

#include "config.h"

#include "trellis-snapshot-entry.h"
#include "trellis-snapshot.h"

struct _TrellisSnapshotEntry
{
  TrellisItem parent_instance;
};

G_DEFINE_FINAL_TYPE (TrellisSnapshotEntry, trellis_snapshot_entry, TRELLIS_TYPE_ITEM)

static void
trellis_snapshot_entry_class_init (TrellisSnapshotEntryClass *klass)
{
  TrellisItemClass *item_class = TRELLIS_ITEM_CLASS (klass);

  trellis_item_class_set_names (item_class, "snapshot-entry", "snapshot-entries", "label");
  trellis_item_class_add_ref (item_class, "snapshot", TRELLIS_FIELD_REQUIRED | TRELLIS_FIELD_OWNER, TRELLIS_TYPE_SNAPSHOT);
  trellis_item_class_add_ref (item_class, "target", TRELLIS_FIELD_WEAK, G_TYPE_INVALID);
  trellis_item_class_add_string (item_class, "label", TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_enum (item_class, "light", TRELLIS_TYPE_LIGHT, 0, TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_double (item_class, "value", TRELLIS_FIELD_ATTRIBUTE);
}

static void
trellis_snapshot_entry_init (TrellisSnapshotEntry *self)
{
}

/**
 * trellis_snapshot_entry_new:
 * @snapshot: the UUID of the snapshot it belongs to
 * @target: the UUID of the item it records
 *
 * Returns: (transfer full): an entry of a snapshot, not in any project; add
 *   it with trellis_project_add_item()
 */
TrellisSnapshotEntry *
trellis_snapshot_entry_new (const char *snapshot,
                            const char *target)
{
  TrellisSnapshotEntry *self = g_object_new (TRELLIS_TYPE_SNAPSHOT_ENTRY, NULL);

  trellis_snapshot_entry_set_snapshot_uuid (self, snapshot);
  trellis_snapshot_entry_set_target_uuid (self, target);

  return self;
}
