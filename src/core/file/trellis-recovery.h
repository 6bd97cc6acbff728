/* trellis-recovery.h: recovery copies of unsaved work
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "trellis-project.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_RECOVERY (trellis_recovery_get_type ())

G_DECLARE_FINAL_TYPE (TrellisRecovery, trellis_recovery, TRELLIS, RECOVERY, GObject)

GFile          *trellis_recovery_get_directory     (void);
gboolean        trellis_recovery_save              (TrellisProject   *project,
                                                    GFile            *original,
                                                    GError          **error);
gboolean        trellis_recovery_discard_for       (TrellisProject   *project,
                                                    GError          **error);
GPtrArray      *trellis_recovery_list_orphans      (GError          **error);
const char     *trellis_recovery_get_name          (TrellisRecovery  *self);
GFile          *trellis_recovery_get_original      (TrellisRecovery  *self);
GDateTime      *trellis_recovery_get_time          (TrellisRecovery  *self);
TrellisProject *trellis_recovery_load              (TrellisRecovery  *self,
                                                    GError          **error);
gboolean        trellis_recovery_discard           (TrellisRecovery  *self,
                                                    GError          **error);

G_END_DECLS
