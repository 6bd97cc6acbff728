/* trellis-snapshot.c
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A dated record of every status and indicator value.
 * The fields below are the properties and, in this order, the file format.
 */

#define G_LOG_DOMAIN "trellis-snapshot"

#include "config.h"

#include "trellis-snapshot.h"


struct _TrellisSnapshot
{
  TrellisItem parent_instance;
};

G_DEFINE_FINAL_TYPE (TrellisSnapshot, trellis_snapshot, TRELLIS_TYPE_ITEM)

static void
trellis_snapshot_class_init (TrellisSnapshotClass *klass)
{
  TrellisItemClass *item_class = TRELLIS_ITEM_CLASS (klass);

  trellis_item_class_set_names (item_class, "snapshot", "snapshots", "title");
  trellis_item_class_add_date (item_class, "date", TRELLIS_FIELD_REQUIRED);
  trellis_item_class_add_string (item_class, "title", TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_string (item_class, "note", TRELLIS_FIELD_ELEMENT);
}

static void
trellis_snapshot_init (TrellisSnapshot *self)
{
}

/**
 * trellis_snapshot_new:
 * @date: the day it records
 *
 * Returns: (transfer full): a snapshot without entries, not in any project;
 *   add it with trellis_project_add_item()
 */
TrellisSnapshot *
trellis_snapshot_new (TrellisDay  date)
{
  TrellisSnapshot *self = g_object_new (TRELLIS_TYPE_SNAPSHOT, NULL);

  trellis_snapshot_set_date (self, date);

  return self;
}
