/* trellis-project.h: one cluster-development project
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "trellis-item.h"
#include "trellis-header.h"
#include "trellis-history.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_PROJECT (trellis_project_get_type ())

G_DECLARE_FINAL_TYPE (TrellisProject, trellis_project, TRELLIS, PROJECT, GObject)

TrellisProject  *trellis_project_new                (const char     *name);
const GType     *trellis_project_get_item_types     (guint          *n_types);
const char      *trellis_project_get_uuid           (TrellisProject *self);
const char      *trellis_project_get_name           (TrellisProject *self);
TrellisHeader   *trellis_project_get_header         (TrellisProject *self);
TrellisHistory  *trellis_project_get_history        (TrellisProject *self);
GListModel      *trellis_project_get_items          (TrellisProject *self,
                                                     GType           item_type);
guint            trellis_project_count_items        (TrellisProject *self,
                                                     GType           item_type);
TrellisItem     *trellis_project_lookup             (TrellisProject *self,
                                                     const char     *uuid);
void             trellis_project_add_item           (TrellisProject *self,
                                                     gpointer        item);
void             trellis_project_insert_item        (TrellisProject *self,
                                                     gpointer        item,
                                                     guint           position);
void             trellis_project_remove_item        (TrellisProject *self,
                                                     gpointer        item);
void             trellis_project_move_item          (TrellisProject *self,
                                                     gpointer        item,
                                                     guint           position);
GPtrArray       *trellis_project_list_referrers     (TrellisProject *self,
                                                     TrellisItem    *item);
gboolean         trellis_project_get_dirty          (TrellisProject *self);
void             trellis_project_mark_saved         (TrellisProject *self);
gboolean         trellis_project_equal              (TrellisProject *a,
                                                     TrellisProject *b);

G_END_DECLS
