/* trellis-canvas-note-card.h: one note of the canvas, as a coloured card
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "trellis.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_CANVAS_NOTE_CARD (trellis_canvas_note_card_get_type ())

G_DECLARE_FINAL_TYPE (TrellisCanvasNoteCard, trellis_canvas_note_card, TRELLIS, CANVAS_NOTE_CARD, GtkWidget)

GtkWidget         *trellis_canvas_note_card_new            (void);
void               trellis_canvas_note_card_set_note       (TrellisCanvasNoteCard *self,
                                                            TrellisCanvasNote     *note);
TrellisCanvasNote *trellis_canvas_note_card_get_note       (TrellisCanvasNoteCard *self);
GtkMenuButton     *trellis_canvas_note_card_get_menu_button (TrellisCanvasNoteCard *self);
void               trellis_canvas_note_card_set_project    (TrellisCanvasNoteCard *self,
                                                            TrellisProject        *project);
void               trellis_canvas_note_card_set_editable   (TrellisCanvasNoteCard *self,
                                                            gboolean               editable);
void               trellis_canvas_note_card_set_new        (TrellisCanvasNoteCard *self,
                                                            gboolean               is_new);
gboolean           trellis_canvas_note_card_get_new        (TrellisCanvasNoteCard *self);
void               trellis_canvas_note_card_set_drop_mark  (TrellisCanvasNoteCard *self,
                                                            int                    mark);
gboolean           trellis_canvas_note_card_start_editing  (TrellisCanvasNoteCard *self);
gboolean           trellis_canvas_note_card_is_editing     (TrellisCanvasNoteCard *self);
void               trellis_canvas_note_card_cancel_editing (TrellisCanvasNoteCard *self);
GtkEditable       *trellis_canvas_note_card_get_editor     (TrellisCanvasNoteCard *self);
const char        *trellis_canvas_note_card_get_text       (TrellisCanvasNoteCard *self);

G_END_DECLS
