/* trellis-action-panel.h: every field of one action, beside the action plan table
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "trellis.h"
#include "trellis-register-panel.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_ACTION_PANEL (trellis_action_panel_get_type ())

G_DECLARE_FINAL_TYPE (TrellisActionPanel, trellis_action_panel, TRELLIS, ACTION_PANEL, TrellisRegisterPanel)

TrellisAction *trellis_action_panel_get_action (TrellisActionPanel *self);

G_END_DECLS
