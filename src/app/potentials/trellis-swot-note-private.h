/* trellis-swot-note-private.h: what the SWOT note's files share
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-vote-badge.h"

#include "trellis-swot-note.h"

G_BEGIN_DECLS

struct _TrellisSwotNote
{
  GtkWidget        parent_instance;

  TrellisProject  *project;
  TrellisSwotItem *item;
  gboolean         editable;

  GtkWidget       *text_column;
  GtkStack        *text_stack;
  GtkLabel        *text_label;
  GtkEntry        *text_entry;     /* made on the first edit */
  GtkLabel        *tag_label;
  GtkLabel        *tows_label;
  GtkImage        *note_icon;
  TrellisVoteBadge *vote_badge;
  GtkLabel        *votes_label;
  GtkWidget       *vote_button;
  GtkMenuButton   *menu_button;
};

void _trellis_swot_note_create_popup (GtkMenuButton *menu_button,
                                      gpointer       user_data);

G_END_DECLS
