/* trellis-header.c
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The project header: what the project is, where and for whom.
 * The fields below are the properties and, in this order, the file format.
 */

#define G_LOG_DOMAIN "trellis-header"

#include "config.h"

#include "trellis-header.h"
#include "trellis-status.h"


struct _TrellisHeader
{
  TrellisItem parent_instance;
};

G_DEFINE_FINAL_TYPE (TrellisHeader, trellis_header, TRELLIS_TYPE_ITEM)

static void
trellis_header_class_init (TrellisHeaderClass *klass)
{
  TrellisItemClass *item_class = TRELLIS_ITEM_CLASS (klass);

  trellis_item_class_set_names (item_class, "header", NULL, "name");
  trellis_item_class_add_string (item_class, "name", TRELLIS_FIELD_REQUIRED);
  trellis_item_class_add_string (item_class, "cluster", TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_string (item_class, "region", TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_string (item_class, "sector", TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_enum (item_class, "stage", TRELLIS_TYPE_STAGE, 0, TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_enum (item_class, "approach", TRELLIS_TYPE_APPROACH, 0, TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_string (item_class, "facilitator", TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_string (item_class, "created", TRELLIS_FIELD_DATETIME);
  trellis_item_class_add_string (item_class, "modified", TRELLIS_FIELD_DATETIME);
  trellis_item_class_add_int (item_class, "revision", 0, G_MAXINT);
  trellis_item_class_add_date (item_class, "management-start", TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_string (item_class, "website", TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_string (item_class, "description", TRELLIS_FIELD_ELEMENT);

  /* The project's thresholds of the status rules (trellis-status.c); left
   * out of the file while they hold the defaults.  Unset doubles are NaN. */
  trellis_item_class_add_int_full (item_class, "status-warn-days", 0, TRELLIS_STATUS_MAX_WARN_DAYS,
                                   TRELLIS_STATUS_DEFAULT_WARN_DAYS);
  trellis_item_class_add_double (item_class, "status-behind-points", TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_double (item_class, "status-budget-amber-points", TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_double (item_class, "status-budget-red-points", TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_double (item_class, "status-indicator-red-share", TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_double (item_class, "status-project-red-share", TRELLIS_FIELD_ATTRIBUTE);
}

static void
trellis_header_init (TrellisHeader *self)
{
}

/**
 * trellis_header_new:
 * @name: the project's name
 *
 * Returns: (transfer full): a project header, not in any project; add it
 *   with trellis_project_add_item()
 */
TrellisHeader *
trellis_header_new (const char *name)
{
  TrellisHeader *self = g_object_new (TRELLIS_TYPE_HEADER, NULL);

  trellis_header_set_name (self, name);

  return self;
}
