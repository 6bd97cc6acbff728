/* trellis-presenter-window.h: presenter mode, one board at a time for the projector
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "trellis.h"
#include "trellis-presenter-sheet.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_PRESENTER_WINDOW (trellis_presenter_window_get_type ())

G_DECLARE_FINAL_TYPE (TrellisPresenterWindow, trellis_presenter_window, TRELLIS, PRESENTER_WINDOW, GtkWindow)

GtkWidget             *trellis_presenter_window_new       (TrellisProject         *project,
                                                           const char             *board);
TrellisProject        *trellis_presenter_window_get_project (TrellisPresenterWindow *self);
const char            *trellis_presenter_window_get_board (TrellisPresenterWindow *self);
void                   trellis_presenter_window_set_board (TrellisPresenterWindow *self,
                                                           const char             *board);
TrellisTimer          *trellis_presenter_window_get_timer (TrellisPresenterWindow *self);
void                   trellis_presenter_window_set_timer (TrellisPresenterWindow *self,
                                                           TrellisTimer           *timer);
TrellisPresenterSheet *trellis_presenter_window_get_sheet (TrellisPresenterWindow *self);
void                   trellis_presenter_window_next      (TrellisPresenterWindow *self);
void                   trellis_presenter_window_previous  (TrellisPresenterWindow *self);

GtkWindow             *trellis_presenter_toggle           (GtkWindow              *editing_window,
                                                           TrellisProject         *project,
                                                           const char             *page,
                                                           TrellisTimer           *timer);
GtkWindow             *trellis_presenter_peek             (GtkWindow              *editing_window);

G_END_DECLS
