/* trellis-action-table.h: the action plan as a table
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "trellis.h"
#include "trellis-register.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_ACTION_TABLE (trellis_action_table_get_type ())

G_DECLARE_FINAL_TYPE (TrellisActionTable, trellis_action_table, TRELLIS, ACTION_TABLE, TrellisRegister)

GtkWidget *trellis_action_table_new    (TrellisProject     *project);
gboolean   trellis_action_table_select (TrellisActionTable *self,
                                        TrellisAction      *action);

G_END_DECLS
