/* trellis-workshop-minutes.h: a workshop's log as Markdown minutes
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-project.h"
#include "trellis-workshop-session.h"

G_BEGIN_DECLS

char     *trellis_workshop_minutes_to_string  (TrellisProject          *project,
                                               TrellisWorkshopSession  *session);
gboolean  trellis_workshop_minutes_write_file (TrellisProject          *project,
                                               TrellisWorkshopSession  *session,
                                               GFile                   *file,
                                               GError                 **error);

const char *trellis_workshop_describe_kind   (GType                    type);

G_END_DECLS
