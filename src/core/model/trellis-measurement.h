/* trellis-measurement.h
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-item.h"
#include "trellis-enum-types.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_MEASUREMENT (trellis_measurement_get_type ())

G_DECLARE_FINAL_TYPE (TrellisMeasurement, trellis_measurement, TRELLIS, MEASUREMENT, TrellisItem)

TrellisMeasurement *trellis_measurement_new (TrellisIndicator *indicator,
                                             TrellisDay        date,
                                             double            value);

G_END_DECLS
