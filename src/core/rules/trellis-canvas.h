/* trellis-canvas.h: the Cluster Business Canvas: notes in boxes, versions and their differences
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-canvas-model.h"
#include "trellis-canvas-note.h"
#include "trellis-canvas-version.h"
#include "trellis-project.h"

G_BEGIN_DECLS

/**
 * TrellisCanvasChange:
 * @box: the box the note is in
 * @text: the note's text
 * @added: %TRUE if the later version has it and the earlier does not,
 *   %FALSE if it was removed
 *
 * One difference between two versions of a canvas.
 */
typedef struct
{
  TrellisCanvasBox  box;
  char             *text;
  gboolean          added;
} TrellisCanvasChange;

GPtrArray            *trellis_canvas_list_notes   (TrellisProject       *project,
                                                   TrellisCanvasVersion *version,
                                                   TrellisCanvasBox      box);
TrellisCanvasNote    *trellis_canvas_add_note     (TrellisProject       *project,
                                                   TrellisCanvasVersion *version,
                                                   TrellisCanvasBox      box,
                                                   const char           *text,
                                                   guint                 index);
guint                 trellis_canvas_add_notes    (TrellisProject       *project,
                                                   TrellisCanvasVersion *version,
                                                   TrellisCanvasBox      box,
                                                   const char * const   *texts,
                                                   guint                 index);
void                  trellis_canvas_move_note    (TrellisProject       *project,
                                                   TrellisCanvasNote    *note,
                                                   TrellisCanvasBox      box,
                                                   guint                 index);
TrellisCanvasVersion *trellis_canvas_add_version  (TrellisProject       *project,
                                                   const char           *name,
                                                   const char           *date,
                                                   gboolean              copy_notes,
                                                   TrellisCanvasVersion *copy_of);
GPtrArray            *trellis_canvas_diff         (TrellisProject       *project,
                                                   TrellisCanvasVersion *from,
                                                   TrellisCanvasVersion *to);

/**
 * TrellisCanvasRect:
 *
 * Where a box sits on the poster, as fractions (0 … 1) of the area below
 * the header: every view and export draws the same layout.
 */
typedef struct
{
  double x;
  double y;
  double width;
  double height;
} TrellisCanvasRect;

void                  trellis_canvas_box_get_rect (TrellisCanvasBox      box,
                                                   TrellisCanvasRect    *rect);
const char * const   *trellis_canvas_box_get_prompts (TrellisCanvasBox   box);
gboolean              trellis_canvas_color_parse  (const char           *color,
                                                   double               *red,
                                                   double               *green,
                                                   double               *blue);
const char * const   *trellis_canvas_list_colors  (void);
GPtrArray            *trellis_canvas_list_added   (TrellisProject       *project,
                                                   TrellisCanvasVersion *from,
                                                   TrellisCanvasVersion *to,
                                                   TrellisCanvasBox      box);
gboolean              trellis_canvas_date_is_valid (const char          *date);

G_END_DECLS
