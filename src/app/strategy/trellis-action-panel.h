/* trellis-action-panel.h: every field of one action, beside the action plan table
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "trellis.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_ACTION_PANEL (trellis_action_panel_get_type ())

G_DECLARE_FINAL_TYPE (TrellisActionPanel, trellis_action_panel, TRELLIS, ACTION_PANEL, GtkWidget)

GtkWidget     *trellis_action_panel_new          (void);
void           trellis_action_panel_set_project  (TrellisActionPanel *self,
                                                  TrellisProject     *project);
TrellisAction *trellis_action_panel_get_action   (TrellisActionPanel *self);
void           trellis_action_panel_set_action   (TrellisActionPanel *self,
                                                  TrellisAction      *action);
void           trellis_action_panel_set_editable (TrellisActionPanel *self,
                                                  gboolean            editable);
void           trellis_action_panel_focus_title  (TrellisActionPanel *self);

G_END_DECLS
