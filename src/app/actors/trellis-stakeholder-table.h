/* trellis-stakeholder-table.h: the stakeholder register
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "trellis.h"
#include "trellis-register.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_STAKEHOLDER_TABLE (trellis_stakeholder_table_get_type ())

G_DECLARE_FINAL_TYPE (TrellisStakeholderTable, trellis_stakeholder_table, TRELLIS, STAKEHOLDER_TABLE, TrellisRegister)

GtkWidget *trellis_stakeholder_table_new (TrellisProject *project);

G_END_DECLS
