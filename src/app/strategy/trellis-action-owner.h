/* trellis-action-owner.h: choosing who is responsible for actions
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "trellis.h"

G_BEGIN_DECLS

/* @owner: a stakeholder's UUID or NULL; @owner_name: an outside name or NULL */
typedef void (*TrellisActionOwnerFunc) (const char *owner,
                                        const char *owner_name,
                                        gpointer    user_data);

GtkWidget *trellis_action_owner_popover_new (TrellisProject         *project,
                                             TrellisActionOwnerFunc  func,
                                             gpointer                user_data);

G_END_DECLS
