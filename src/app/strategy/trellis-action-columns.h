/* trellis-action-columns.h: the columns of the action plan table
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "trellis.h"

G_BEGIN_DECLS

/* Called with what was wrong with an edit that was refused. */
typedef void (*TrellisActionErrorFunc) (const char *message,
                                        gpointer    user_data);

void trellis_action_columns_add (GtkColumnView          *column_view,
                                 TrellisProject         *project,
                                 GObject                *editable_source,
                                 TrellisActionErrorFunc  error_func,
                                 gpointer                user_data);

G_END_DECLS
