/* trellis-canvas-box-widget.h: one box of the canvas: its title, its notes, a way to add one
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "trellis.h"
#include "trellis-canvas-note-card.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_CANVAS_BOX_WIDGET (trellis_canvas_box_widget_get_type ())

G_DECLARE_FINAL_TYPE (TrellisCanvasBoxWidget, trellis_canvas_box_widget, TRELLIS, CANVAS_BOX_WIDGET, GtkWidget)

GtkWidget             *trellis_canvas_box_widget_new          (TrellisProject         *project,
                                                               TrellisCanvasBox        box);
TrellisCanvasBox       trellis_canvas_box_widget_get_box      (TrellisCanvasBoxWidget *self);
void                   trellis_canvas_box_widget_set_version  (TrellisCanvasBoxWidget *self,
                                                               TrellisCanvasVersion   *version);
GListModel            *trellis_canvas_box_widget_get_model    (TrellisCanvasBoxWidget *self);
void                   trellis_canvas_box_widget_set_editable (TrellisCanvasBoxWidget *self,
                                                               gboolean                editable);
void                   trellis_canvas_box_widget_set_large    (TrellisCanvasBoxWidget *self,
                                                               gboolean                large);
void                   trellis_canvas_box_widget_update       (TrellisCanvasBoxWidget *self,
                                                               GPtrArray              *added,
                                                               GPtrArray              *removed);
GtkEditable           *trellis_canvas_box_widget_get_entry    (TrellisCanvasBoxWidget *self);
GtkWidget             *trellis_canvas_box_widget_get_list     (TrellisCanvasBoxWidget *self);
guint                  trellis_canvas_box_widget_get_n_cards  (TrellisCanvasBoxWidget *self);
TrellisCanvasNoteCard *trellis_canvas_box_widget_get_card     (TrellisCanvasBoxWidget *self,
                                                               guint                   index);
TrellisCanvasNoteCard *trellis_canvas_box_widget_find_card    (TrellisCanvasBoxWidget *self,
                                                               TrellisCanvasNote      *note);
void                   trellis_canvas_box_widget_focus_note   (TrellisCanvasBoxWidget *self,
                                                               TrellisCanvasNote      *note);
guint                  trellis_canvas_box_widget_get_n_removed (TrellisCanvasBoxWidget *self);
GtkDropTarget         *trellis_canvas_box_widget_get_drop_target (TrellisCanvasBoxWidget *self);
gboolean               trellis_canvas_box_widget_drop         (TrellisCanvasBoxWidget *self,
                                                               TrellisCanvasNote      *note,
                                                               double                  x,
                                                               double                  y);
guint                  trellis_canvas_box_widget_paste        (TrellisCanvasBoxWidget *self,
                                                               const char             *text);

G_END_DECLS
