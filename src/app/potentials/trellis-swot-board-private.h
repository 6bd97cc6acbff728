/* trellis-swot-board-private.h: what the SWOT board's files share
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-swot-board.h"
#include "trellis-swot-note.h"

G_BEGIN_DECLS

#define N_QUADRANTS 4

typedef struct
{
  TrellisSwotBoard *board;
  TrellisQuadrant   quadrant;
  GtkWidget        *card;
  GtkLabel         *count_label;
  GtkWidget        *sort_button;
  GtkEntry         *entry;
  GtkListBox       *list;
  GtkWidget        *source_button;   /* the source new notes get, from a prompt */
  GtkLabel         *source_label;
  int               source_prompt;   /* its prompt, or -1 */
} Quadrant;

struct _TrellisSwotBoard
{
  GtkWidget        parent_instance;

  TrellisProject  *project;
  gboolean         editable;

  Quadrant         quadrants[N_QUADRANTS];
  GHashTable      *notes;          /* TrellisSwotItem → TrellisSwotNote (both ref'd) */
  TrellisSwotItem *focus_item;     /* to focus after the next sync */
  guint            sync_source;
};

TrellisSwotItem *_trellis_swot_board_get_focused_item  (TrellisSwotBoard *self);
void             _trellis_swot_board_queue_sync         (TrellisSwotBoard *self);
void             _trellis_swot_board_install_actions    (GtkWidgetClass   *widget_class);
void             _trellis_swot_board_add_drop_target    (Quadrant         *q);

G_END_DECLS
