/* trellis-service.c
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A service of the cluster organisation, pre-assessed for the portfolio.
 * The fields below are the properties and, in this order, the file format.
 */

#define G_LOG_DOMAIN "trellis-service"

#include "config.h"

#include "trellis-service.h"


struct _TrellisService
{
  TrellisItem parent_instance;
};

G_DEFINE_FINAL_TYPE (TrellisService, trellis_service, TRELLIS_TYPE_ITEM)

static void
trellis_service_class_init (TrellisServiceClass *klass)
{
  TrellisItemClass *item_class = TRELLIS_ITEM_CLASS (klass);

  trellis_item_class_set_names (item_class, "service", "services", "name");
  trellis_item_class_add_string (item_class, "name", TRELLIS_FIELD_REQUIRED);
  trellis_item_class_add_enum (item_class, "area", TRELLIS_TYPE_SERVICE_AREA, 0, TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_string (item_class, "frequency", TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_enum (item_class, "effort", TRELLIS_TYPE_LEVEL, 1, TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_enum (item_class, "appreciation", TRELLIS_TYPE_LEVEL, 1, TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_enum (item_class, "funding", TRELLIS_TYPE_FUNDING, 0, TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_string (item_class, "description", TRELLIS_FIELD_ELEMENT);
}

static void
trellis_service_init (TrellisService *self)
{
}

/**
 * trellis_service_new:
 * @name: its name
 *
 * Returns: (transfer full): a service of the cluster organisation, not in
 *   any project; add it with trellis_project_add_item()
 */
TrellisService *
trellis_service_new (const char *name)
{
  TrellisService *self = g_object_new (TRELLIS_TYPE_SERVICE, NULL);

  trellis_service_set_name (self, name);

  return self;
}
