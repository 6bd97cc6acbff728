/* trellis-field-labels.h: the label people read for each field of each kind of item
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-item.h"

G_BEGIN_DECLS

const char *trellis_item_class_get_field_label         (TrellisItemClass *klass,
                                                        guint             index);
const char *trellis_item_class_get_field_label_english (TrellisItemClass *klass,
                                                        guint             index);
const char *trellis_item_get_field_label               (TrellisItem      *self,
                                                        guint             index);
const char *trellis_field_get_label                    (const TrellisField *field);

G_END_DECLS
