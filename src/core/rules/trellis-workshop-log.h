/* trellis-workshop-log.h: what a workshop added, changed and removed
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-project.h"
#include "trellis-workshop-session.h"
#include "trellis-workshop-change.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_WORKSHOP_LOG (trellis_workshop_log_get_type ())

G_DECLARE_FINAL_TYPE (TrellisWorkshopLog, trellis_workshop_log, TRELLIS, WORKSHOP_LOG, GObject)

TrellisWorkshopLog     *trellis_workshop_log_new          (TrellisProject     *project);
TrellisWorkshopSession *trellis_workshop_log_start        (TrellisWorkshopLog *self,
                                                           const char         *name,
                                                           GDateTime          *time);
void                    trellis_workshop_log_end          (TrellisWorkshopLog *self,
                                                           GDateTime          *time);
gboolean                trellis_workshop_log_get_running  (TrellisWorkshopLog *self);
TrellisWorkshopSession *trellis_workshop_log_get_session  (TrellisWorkshopLog *self);
GListModel             *trellis_workshop_log_get_changes  (TrellisWorkshopLog *self);

GPtrArray              *trellis_workshop_list_changes     (TrellisProject         *project,
                                                           TrellisWorkshopSession *session);
GType                   trellis_workshop_change_get_item_type (TrellisWorkshopChange *change);
char                   *trellis_workshop_change_describe_fields (TrellisWorkshopChange *change);

G_END_DECLS
