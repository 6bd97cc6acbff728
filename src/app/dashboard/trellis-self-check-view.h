/* trellis-self-check-view.h: the excellence self-check against the minimum requirements
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "trellis.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_SELF_CHECK_VIEW (trellis_self_check_view_get_type ())

G_DECLARE_FINAL_TYPE (TrellisSelfCheckView, trellis_self_check_view, TRELLIS, SELF_CHECK_VIEW, GtkWidget)

GtkWidget *trellis_self_check_view_new (TrellisProject *project);

G_END_DECLS
