/* trellis-stakeholder-panel.h: every field of one stakeholder, beside the register
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "trellis.h"
#include "trellis-register-panel.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_STAKEHOLDER_PANEL (trellis_stakeholder_panel_get_type ())

G_DECLARE_FINAL_TYPE (TrellisStakeholderPanel, trellis_stakeholder_panel, TRELLIS, STAKEHOLDER_PANEL,
                      TrellisRegisterPanel)

TrellisStakeholder *trellis_stakeholder_panel_get_stakeholder (TrellisStakeholderPanel *self);

G_END_DECLS
