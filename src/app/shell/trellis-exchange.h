/* trellis-exchange.h: what the window calls each kind of item a spreadsheet holds, and which one a page shows
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "trellis-project-view.h"

G_BEGIN_DECLS

const char *trellis_exchange_kind_title    (const char         *kind);
guint       trellis_exchange_kind_index    (const char         *kind);
const char *trellis_exchange_kind_for_view (TrellisProjectView *view);

G_END_DECLS
