/* trellis-library-view.h: the start page, every registered project with a search
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "trellis.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_LIBRARY_VIEW (trellis_library_view_get_type ())

G_DECLARE_FINAL_TYPE (TrellisLibraryView, trellis_library_view, TRELLIS, LIBRARY_VIEW, GtkWidget)

GtkWidget       *trellis_library_view_new          (void);
TrellisRegistry *trellis_library_view_get_registry (TrellisLibraryView *self);
void             trellis_library_view_set_registry (TrellisLibraryView *self,
                                                    TrellisRegistry    *registry);
void             trellis_library_view_show_error   (TrellisLibraryView *self,
                                                    const GError       *error);
void             trellis_library_view_reload       (TrellisLibraryView *self);
gboolean         trellis_library_view_relocate     (TrellisLibraryView *self,
                                                    GFile              *old_file,
                                                    GFile              *new_file,
                                                    GError            **error);

G_END_DECLS
