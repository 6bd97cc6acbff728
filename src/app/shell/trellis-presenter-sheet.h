/* trellis-presenter-sheet.h: one board fitted to the screen, in large type, page by page
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "trellis-presenter-board.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_PRESENTER_SHEET (trellis_presenter_sheet_get_type ())

G_DECLARE_FINAL_TYPE (TrellisPresenterSheet, trellis_presenter_sheet, TRELLIS, PRESENTER_SHEET, GtkWidget)

GtkWidget             *trellis_presenter_sheet_new           (void);
void                   trellis_presenter_sheet_set_board     (TrellisPresenterSheet *self,
                                                              TrellisPresenterBoard *board);
TrellisPresenterBoard *trellis_presenter_sheet_get_board     (TrellisPresenterSheet *self);
guint                  trellis_presenter_sheet_get_page      (TrellisPresenterSheet *self);
void                   trellis_presenter_sheet_set_page      (TrellisPresenterSheet *self,
                                                              guint                  page);
guint                  trellis_presenter_sheet_get_n_pages   (TrellisPresenterSheet *self);
int                    trellis_presenter_sheet_get_font_size (TrellisPresenterSheet *self);
int                    trellis_presenter_sheet_get_floor_size (TrellisPresenterSheet *self);

G_END_DECLS
