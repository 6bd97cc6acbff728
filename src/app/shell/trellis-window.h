/* trellis-window.h: a window showing one project, or the project library
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

TrellisWindow  *trellis_window_new           (GtkApplication *application);
TrellisProject *trellis_window_get_project   (TrellisWindow  *self);
void            trellis_window_set_project   (TrellisWindow  *self,
                                              TrellisProject *project);
GFile          *trellis_window_get_file      (TrellisWindow  *self);
void            trellis_window_set_file      (TrellisWindow  *self,
                                              GFile          *file);
void            trellis_window_set_lock      (TrellisWindow  *self,
                                              TrellisLock    *lock);
gboolean        trellis_window_get_read_only (TrellisWindow  *self);
void            trellis_window_set_read_only (TrellisWindow  *self,
                                              gboolean        read_only);
GtkWidget      *trellis_window_get_project_view (TrellisWindow *self);
gboolean        trellis_window_save          (TrellisWindow  *self,
                                              GFile          *file,
                                              GError        **error);
gboolean        trellis_window_autosave      (TrellisWindow  *self,
                                              GError        **error);
void            trellis_window_add_toast     (TrellisWindow  *self,
                                              const char     *title);
TrellisTimer   *trellis_window_get_timer     (TrellisWindow  *self);

G_END_DECLS
