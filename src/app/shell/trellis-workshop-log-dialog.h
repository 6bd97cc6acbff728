/* trellis-workshop-log-dialog.h: what a workshop session changed
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "trellis.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_WORKSHOP_LOG_DIALOG (trellis_workshop_log_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TrellisWorkshopLogDialog, trellis_workshop_log_dialog, TRELLIS,
                      WORKSHOP_LOG_DIALOG, AdwWindow)

GtkWidget *trellis_workshop_log_dialog_new (GtkWindow              *parent,
                                            TrellisProject         *project,
                                            TrellisWorkshopSession *session,
                                            GListModel             *changes);

G_END_DECLS
