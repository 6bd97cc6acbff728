/* trellis-new-project-dialog.h: name, template and file of a new project
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define TRELLIS_TYPE_NEW_PROJECT_DIALOG (trellis_new_project_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TrellisNewProjectDialog, trellis_new_project_dialog,
                      TRELLIS, NEW_PROJECT_DIALOG, AdwWindow)

GtkWidget *trellis_new_project_dialog_new        (GtkWindow               *parent);
GFile     *trellis_new_project_dialog_get_folder (TrellisNewProjectDialog *self);
void       trellis_new_project_dialog_set_folder (TrellisNewProjectDialog *self,
                                                  GFile                   *folder);
GFile     *trellis_new_project_dialog_dup_file   (TrellisNewProjectDialog *self);

G_END_DECLS
