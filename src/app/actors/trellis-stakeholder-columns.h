/* trellis-stakeholder-columns.h: the columns of the stakeholder register
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "trellis.h"

G_BEGIN_DECLS

void trellis_stakeholder_columns_add (GtkColumnView *column_view,
                                      GObject       *editable_source);

G_END_DECLS
