/* trellis-swot-note.h: one note on the SWOT board
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "trellis.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_SWOT_NOTE (trellis_swot_note_get_type ())

G_DECLARE_FINAL_TYPE (TrellisSwotNote, trellis_swot_note, TRELLIS, SWOT_NOTE, GtkWidget)

GtkWidget       *trellis_swot_note_new           (TrellisProject  *project);
void             trellis_swot_note_set_item      (TrellisSwotNote *self,
                                                  TrellisSwotItem *item);
TrellisSwotItem *trellis_swot_note_get_item      (TrellisSwotNote *self);
void             trellis_swot_note_set_editable  (TrellisSwotNote *self,
                                                  gboolean         editable);
void             trellis_swot_note_update        (TrellisSwotNote *self);
void             trellis_swot_note_start_editing (TrellisSwotNote *self);
gboolean         trellis_swot_note_is_editing    (TrellisSwotNote *self);
void             trellis_swot_note_set_drop_mark (TrellisSwotNote *self,
                                                  int              mark);

G_END_DECLS
