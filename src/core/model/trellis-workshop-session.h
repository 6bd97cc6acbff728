/* trellis-workshop-session.h
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-item.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_WORKSHOP_SESSION (trellis_workshop_session_get_type ())

G_DECLARE_FINAL_TYPE (TrellisWorkshopSession, trellis_workshop_session, TRELLIS, WORKSHOP_SESSION,
                      TrellisItem)

TrellisWorkshopSession *trellis_workshop_session_new (const char *name,
                                                      const char *started);

G_END_DECLS
