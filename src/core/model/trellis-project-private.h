/* trellis-project-private.h: what the history, items and file code share
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-project.h"
#include "trellis-history.h"

G_BEGIN_DECLS

/* Called by TrellisItem: records and applies a property change. */
void            _trellis_project_record_set   (TrellisProject *self,
                                               TrellisItem    *item,
                                               GParamSpec     *pspec,
                                               const GValue   *value);
void            _trellis_project_item_changed (TrellisProject *self,
                                               TrellisItem    *item);

GPtrArray      *_trellis_project_list_by_field (TrellisProject *self,
                                               GType           item_type,
                                               guint           index,
                                               TrellisItem    *target);

/* Raw edits, used by the history to do and undo; they record nothing. */
void            _trellis_project_insert_raw   (TrellisProject *self,
                                               TrellisItem    *item,
                                               guint           position);
void            _trellis_project_remove_raw   (TrellisProject *self,
                                               TrellisItem    *item);
void            _trellis_project_move_raw     (TrellisProject *self,
                                               TrellisItem    *item,
                                               guint           position);
gboolean        _trellis_project_find         (TrellisProject *self,
                                               TrellisItem    *item,
                                               guint          *position);

/* Used by the file reader and writer. */
TrellisProject *_trellis_project_new_for_load (TrellisHeader  *header);
void            _trellis_project_take_loaded  (TrellisProject *self,
                                               GType           item_type,
                                               GPtrArray      *items);
gpointer        _trellis_project_get_extra    (TrellisProject *self,
                                               const char     *section);
void            _trellis_project_take_extra   (TrellisProject *self,
                                               const char     *section,
                                               gpointer        extra);

/* Used by templates: a new UUID, name and dates; then no undo steps. */
void            _trellis_project_reset_identity (TrellisProject *self,
                                                 const char     *name);
void            _trellis_project_forget_history (TrellisProject *self);

/* History internals, driven by the project. */
TrellisHistory *_trellis_history_new          (TrellisProject *project);
void            _trellis_history_record_set   (TrellisHistory *self,
                                               TrellisItem    *item,
                                               GParamSpec     *pspec,
                                               const GValue   *value);
void            _trellis_history_record_insert (TrellisHistory *self,
                                                TrellisItem    *item,
                                                guint           position);
void            _trellis_history_record_remove (TrellisHistory *self,
                                                TrellisItem    *item,
                                                guint           position);
void            _trellis_history_record_move   (TrellisHistory *self,
                                                TrellisItem    *item,
                                                guint           from,
                                                guint           to);

G_END_DECLS
