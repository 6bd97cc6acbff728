/* trellis-measurement.c
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A dated value measured for an indicator.
 * The fields below are the properties and, in this order, the file format.
 */

#define G_LOG_DOMAIN "trellis-measurement"

#include "config.h"

#include "trellis-measurement.h"
#include "trellis-indicator.h"

struct _TrellisMeasurement
{
  TrellisItem parent_instance;
};

G_DEFINE_FINAL_TYPE (TrellisMeasurement, trellis_measurement, TRELLIS_TYPE_ITEM)

static void
trellis_measurement_class_init (TrellisMeasurementClass *klass)
{
  TrellisItemClass *item_class = TRELLIS_ITEM_CLASS (klass);

  trellis_item_class_set_names (item_class, "measurement", "measurements", "date");
  trellis_item_class_add_ref (item_class, "indicator", TRELLIS_FIELD_REQUIRED | TRELLIS_FIELD_OWNER, TRELLIS_TYPE_INDICATOR);
  trellis_item_class_add_date (item_class, "date", TRELLIS_FIELD_REQUIRED);
  trellis_item_class_add_double (item_class, "value", TRELLIS_FIELD_REQUIRED);
  trellis_item_class_add_string (item_class, "note", TRELLIS_FIELD_ELEMENT);
}

static void
trellis_measurement_init (TrellisMeasurement *self)
{
}

/**
 * trellis_measurement_new:
 * @indicator: (nullable): the indicator measured
 * @date: when it was measured
 * @value: the value measured
 *
 * Returns: (transfer full): a measurement, not in any project; add it with
 *   trellis_project_add_item()
 */
TrellisMeasurement *
trellis_measurement_new (TrellisIndicator *indicator,
                         TrellisDay        date,
                         double            value)
{
  TrellisMeasurement *self = g_object_new (TRELLIS_TYPE_MEASUREMENT, NULL);

  trellis_measurement_set_indicator (self, indicator);
  trellis_measurement_set_date (self, date);
  trellis_measurement_set_value (self, value);

  return self;
}
