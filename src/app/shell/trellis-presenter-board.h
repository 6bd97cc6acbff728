/* trellis-presenter-board.h: what a board shows in presenter mode, read from the project
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "trellis.h"

G_BEGIN_DECLS

/* One note: its text, an optional second line, a style class ("light-red"). */
typedef struct
{
  char *text;
  char *detail;
  char *style;
} TrellisPresenterNote;

/* One part of a board (a quadrant, a canvas box, a goal), its notes in order. */
typedef struct
{
  char      *heading;
  char      *style;
  GPtrArray *notes;  /* (element-type TrellisPresenterNote) */
} TrellisPresenterSection;

typedef struct
{
  char      *id;         /* "potentials/swot" */
  char      *title;
  guint      n_columns;  /* of sections */
  GPtrArray *sections;   /* (element-type TrellisPresenterSection) */
} TrellisPresenterBoard;

typedef TrellisPresenterBoard *(*TrellisPresenterBuildFunc) (TrellisProject *project);

typedef struct
{
  const char                *id;
  const char                *title;  /* N_() */
  TrellisPresenterBuildFunc  build;
} TrellisPresenterBoardInfo;

const TrellisPresenterBoardInfo *trellis_presenter_get_boards       (guint          *n_boards);
int                              trellis_presenter_find_board       (const char     *id);
const char                      *trellis_presenter_board_for_page   (const char     *page);

TrellisPresenterBoard   *trellis_presenter_board_new         (TrellisProject        *project,
                                                              const char            *id);
void                     trellis_presenter_board_free        (TrellisPresenterBoard *board);
guint                    trellis_presenter_board_count_notes (TrellisPresenterBoard *board);

/* For the builders (trellis-presenter-board*.c). */
TrellisPresenterBoard   *_trellis_presenter_board_alloc      (const char            *id,
                                                              guint                  n_columns);
TrellisPresenterSection *_trellis_presenter_board_add_section (TrellisPresenterBoard *board,
                                                               const char            *heading,
                                                               const char            *style);
void                     _trellis_presenter_section_add_note (TrellisPresenterSection *section,
                                                              const char              *text,
                                                              const char              *detail,
                                                              const char              *style);

TrellisPresenterBoard   *_trellis_presenter_build_grid       (TrellisProject        *project);
TrellisPresenterBoard   *_trellis_presenter_build_helix      (TrellisProject        *project);
TrellisPresenterBoard   *_trellis_presenter_build_timeline   (TrellisProject        *project);
TrellisPresenterBoard   *_trellis_presenter_build_status     (TrellisProject        *project);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrellisPresenterBoard, trellis_presenter_board_free)

G_END_DECLS
