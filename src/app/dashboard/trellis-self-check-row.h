/* trellis-self-check-row.h: one minimum requirement of the excellence self-check
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "trellis.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_SELF_CHECK_ROW (trellis_self_check_row_get_type ())

G_DECLARE_FINAL_TYPE (TrellisSelfCheckRow, trellis_self_check_row, TRELLIS, SELF_CHECK_ROW, AdwPreferencesRow)

GtkWidget                *trellis_self_check_row_new             (TrellisProject                *project,
                                                                  const TrellisRequirement      *requirement);
const TrellisRequirement *trellis_self_check_row_get_requirement (TrellisSelfCheckRow           *self);
void                      trellis_self_check_row_update          (TrellisSelfCheckRow           *self,
                                                                  const TrellisExcellenceResult *result);
void                      trellis_self_check_row_set_editable    (TrellisSelfCheckRow           *self,
                                                                  gboolean                       editable);

G_END_DECLS
