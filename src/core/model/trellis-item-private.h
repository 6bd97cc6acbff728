/* trellis-item-private.h
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-date.h"
#include "trellis-item.h"

G_BEGIN_DECLS

typedef struct _TrellisProject TrellisProject;

void            _trellis_item_attach       (TrellisItem    *self,
                                            TrellisProject *project);
TrellisProject *_trellis_item_get_project  (TrellisItem    *self);
GValue         *_trellis_item_get_slot     (TrellisItem    *self,
                                            guint           index);
void            _trellis_item_apply_value  (TrellisItem    *self,
                                            GParamSpec     *pspec,
                                            const GValue   *value);
void            _trellis_item_apply_field  (TrellisItem    *self,
                                            guint           index,
                                            const GValue   *value);
void            _trellis_item_set_field    (TrellisItem    *self,
                                            guint           index,
                                            const GValue   *value);
TrellisDay      _trellis_item_get_day      (TrellisItem    *self,
                                            guint           index);
void            _trellis_item_set_day      (TrellisItem    *self,
                                            guint           index,
                                            TrellisDay      day);
gpointer        _trellis_item_resolve      (TrellisItem    *self,
                                            guint           index,
                                            GType           type);
GPtrArray      *_trellis_item_resolve_list (TrellisItem    *self,
                                            guint           index,
                                            GType           type);
/* Unknown XML (attributes and child elements) kept for writing back: an xmlNodePtr. */
gpointer        _trellis_item_get_extra    (TrellisItem    *self);
void            _trellis_item_take_extra   (TrellisItem    *self,
                                            gpointer        extra);

G_END_DECLS
