/* trellis-application.h: the Trellis application
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "trellis.h"
#include "trellis-window.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_APPLICATION (trellis_application_get_type ())

G_DECLARE_FINAL_TYPE (TrellisApplication, trellis_application, TRELLIS, APPLICATION, AdwApplication)

TrellisApplication *trellis_application_new (const char        *application_id,
                                             GApplicationFlags  flags);
TrellisRegistry    *trellis_application_get_registry (TrellisApplication  *self,
                                                      GError             **error);
void                trellis_application_register     (TrellisApplication  *self,
                                                      GFile               *file,
                                                      TrellisProject      *project);
void                trellis_application_check_recovery (TrellisApplication *self);
GSettings          *trellis_application_get_settings (TrellisApplication  *self);
TrellisWindow      *trellis_application_find_window  (TrellisApplication  *self,
                                                      GFile               *file);

G_END_DECLS
