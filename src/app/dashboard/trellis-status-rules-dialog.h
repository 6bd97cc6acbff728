/* trellis-status-rules-dialog.h: the thresholds of a project's status rules
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "trellis.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_STATUS_RULES_DIALOG (trellis_status_rules_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TrellisStatusRulesDialog, trellis_status_rules_dialog,
                      TRELLIS, STATUS_RULES_DIALOG, AdwWindow)

GtkWidget      *trellis_status_rules_dialog_new         (GtkWindow                *parent,
                                                         TrellisProject           *project);
TrellisProject *trellis_status_rules_dialog_get_project (TrellisStatusRulesDialog *self);

G_END_DECLS
