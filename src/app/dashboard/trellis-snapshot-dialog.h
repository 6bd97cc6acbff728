/* trellis-snapshot-dialog.h: the date and title of a new snapshot
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "trellis.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_SNAPSHOT_DIALOG (trellis_snapshot_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TrellisSnapshotDialog, trellis_snapshot_dialog, TRELLIS, SNAPSHOT_DIALOG, AdwWindow)

void  trellis_snapshot_dialog_present     (GtkWindow      *parent,
                                           TrellisProject *project);
char *trellis_snapshot_dialog_suggest_title (TrellisDay      day);
void  trellis_snapshot_dialog_take_snapshot_action (GtkWidget  *widget,
                                                    const char *action_name,
                                                    GVariant   *parameter);

G_END_DECLS
