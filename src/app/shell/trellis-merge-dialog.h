/* trellis-merge-dialog.h: merging group files, resolving merge conflicts
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "trellis.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_MERGE_DIALOG (trellis_merge_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TrellisMergeDialog, trellis_merge_dialog, TRELLIS, MERGE_DIALOG, AdwWindow)

GtkWidget *trellis_merge_dialog_new_for_merge     (GtkWindow      *parent,
                                                   TrellisProject *project,
                                                   TrellisMerge   *merge,
                                                   const char     *group_name);
GtkWidget *trellis_merge_dialog_new_for_conflicts (GtkWindow      *parent,
                                                   TrellisProject *project);
GtkListBox *trellis_merge_dialog_get_list_box     (TrellisMergeDialog *self);
void       trellis_merge_dialog_merge_files       (GtkWindow      *parent,
                                                   TrellisProject *project,
                                                   GListModel     *files);
void       trellis_merge_dialog_merge_group_files_action (GtkWidget  *widget,
                                                          const char *action_name,
                                                          GVariant   *parameter);
void       trellis_merge_dialog_resolve_conflicts_action (GtkWidget  *widget,
                                                          const char *action_name,
                                                          GVariant   *parameter);

G_END_DECLS
