/* trellis-window.h: a window showing one project, or the start page
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "trellis.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_WINDOW (trellis_window_get_type ())

G_DECLARE_FINAL_TYPE (TrellisWindow, trellis_window, TRELLIS, WINDOW, AdwApplicationWindow)

TrellisWindow  *trellis_window_new         (GtkApplication *application);
TrellisProject *trellis_window_get_project (TrellisWindow  *self);
void            trellis_window_set_project (TrellisWindow  *self,
                                            TrellisProject *project);
GFile          *trellis_window_get_file    (TrellisWindow  *self);
void            trellis_window_set_file    (TrellisWindow  *self,
                                            GFile          *file);

G_END_DECLS
