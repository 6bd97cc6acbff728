/* trellis-history.h: the undo/redo history of a project
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define TRELLIS_TYPE_HISTORY (trellis_history_get_type ())

G_DECLARE_FINAL_TYPE (TrellisHistory, trellis_history, TRELLIS, HISTORY, GObject)

gboolean    trellis_history_get_can_undo     (TrellisHistory *self);
gboolean    trellis_history_get_can_redo     (TrellisHistory *self);
const char *trellis_history_get_undo_label   (TrellisHistory *self);
const char *trellis_history_get_redo_label   (TrellisHistory *self);
guint       trellis_history_get_n_undo       (TrellisHistory *self);
guint       trellis_history_get_n_redo       (TrellisHistory *self);
gboolean    trellis_history_undo             (TrellisHistory *self);
gboolean    trellis_history_redo             (TrellisHistory *self);
void        trellis_history_begin_group      (TrellisHistory *self,
                                              const char     *label);
void        trellis_history_end_group        (TrellisHistory *self);
void        trellis_history_seal             (TrellisHistory *self);
void        trellis_history_set_merge_window (TrellisHistory *self,
                                              GTimeSpan       window);
gboolean    trellis_history_get_dirty        (TrellisHistory *self);
void        trellis_history_mark_saved       (TrellisHistory *self);
void        trellis_history_mark_unsaved     (TrellisHistory *self);

G_END_DECLS
