/* trellis-enum-labels.h: the words people read for the values of the model's enumerations
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

const char *trellis_enum_label          (GType       enum_type,
                                         int         value);
const char *trellis_enum_label_for_nick (GType       enum_type,
                                         const char *nick);
guint       trellis_enum_n_values       (GType       enum_type);

G_END_DECLS
