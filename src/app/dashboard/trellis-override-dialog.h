/* trellis-override-dialog.h: set, renew or clear the light of an item by hand
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "trellis.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_OVERRIDE_DIALOG (trellis_override_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TrellisOverrideDialog, trellis_override_dialog, TRELLIS, OVERRIDE_DIALOG, AdwWindow)

void         trellis_override_dialog_present    (GtkWidget             *parent,
                                                 TrellisProject        *project,
                                                 TrellisItem           *target,
                                                 const char            *as_of);
TrellisItem *trellis_override_dialog_get_target (TrellisOverrideDialog *self);

G_END_DECLS
