/* trellis-canvas-box-widget-private.h: what the canvas box's files share
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-canvas-box-widget.h"

G_BEGIN_DECLS

#define COLUMN_WIDTH 116
#define LARGE_COLUMN_WIDTH 220
#define WIDE_ENTRY_WIDTH 150   /* the entry in a wide box's title row; two such rows fit in 800 px */

struct _TrellisCanvasBoxWidget
{
  GtkWidget             parent_instance;

  TrellisProject       *project;
  TrellisCanvasVersion *version;
  TrellisCanvasBox      box;
  gboolean              editable;
  gboolean              large;

  TrellisCanvasModel   *model;
  GtkNoSelection       *selection;
  GHashTable           *cards;        /* TrellisCanvasNote → its bound card (unowned) */
  GHashTable           *added;        /* notes to mark new, while comparing */
  TrellisCanvasNote    *focus_note;   /* to focus once its card is shown */
  guint                 focus_tries;

  GtkLabel             *title;
  GtkEntry             *entry;
  GtkGridView          *grid;
  GtkWidget            *scroller;
  GtkWidget            *more_overlay;
  GtkLabel             *prompts;
  GtkWidget            *removed_box;
  GtkDropTarget        *drop_target;
  GtkWidget            *more_button;
  GtkAdjustment        *vadjustment;
};

void _trellis_canvas_box_widget_class_add_actions (GtkWidgetClass         *widget_class);
void _trellis_canvas_box_widget_add_drop_target  (TrellisCanvasBoxWidget *self);

G_END_DECLS
