/* trellis-action-columns.h: the columns of the action plan table
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-register-column.h"

G_BEGIN_DECLS

const TrellisRegisterColumn *trellis_action_columns_get (guint *n_columns);

G_END_DECLS
