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
  TrellisSwotModel *model;           /* the quadrant's notes, in order */
  GtkSliceListModel *slice;          /* its first notes, as shown: see create_list () */
  GtkWidget        *card;
  GtkLabel         *count_label;
  GtkWidget        *sort_button;
  GtkEntry         *entry;
  GtkGridView      *list_view;       /* of one column: see create_list () */
  GtkWidget        *scrolled;        /* the list view's */
  GtkWidget        *placeholder;     /* the questions, while the quadrant is empty */
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
  GtkWidget       *scrolled;
  GtkGrid         *grid;           /* the four cards */
  GtkWidget       *axes[4];        /* helpful, harmful, internal, external */
  gboolean         narrow;         /* one column of cards */
  int              axis_width;     /* the widest axis label's minimum, measured while shown */
  guint            relayout_source;

  GHashTable      *notes;          /* TrellisSwotItem → the TrellisSwotNote bound to it (unowned) */
  TrellisSwotItem *focus_item;     /* to focus once its row is shown */
  guint            focus_source;
  guint            focus_tries;
};

TrellisSwotItem *_trellis_swot_board_get_focused_item  (TrellisSwotBoard *self);
void             _trellis_swot_board_focus_item         (TrellisSwotBoard *self,
                                                         TrellisSwotItem  *item);
void             _trellis_swot_board_install_actions    (GtkWidgetClass   *widget_class);
void             _trellis_swot_board_add_drop_target    (Quadrant         *q);
void             _trellis_swot_board_add_shortcuts      (TrellisSwotBoard *self);
TrellisSwotItem *_trellis_swot_board_add_note           (Quadrant         *q,
                                                         const char       *text);
void             _trellis_swot_board_add_paste_shortcut (Quadrant         *q);

G_END_DECLS
