/* trellis-field-value.h: converting field values to and from file text
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-item.h"

G_BEGIN_DECLS

char     *_trellis_field_to_string   (const TrellisField *field,
                                      const GValue       *value);
gboolean  _trellis_field_from_string (const TrellisField *field,
                                      const char         *text,
                                      GValue             *value,
                                      char              **problem);
gboolean  _trellis_date_is_valid     (const char         *text);

G_END_DECLS
