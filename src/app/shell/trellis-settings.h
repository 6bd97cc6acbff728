/* trellis-settings.h: what the application does with its GSettings keys
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

AdwColorScheme trellis_settings_get_color_scheme    (GSettings *settings);
void           trellis_settings_apply_color_scheme  (GSettings *settings);
void           trellis_settings_follow_color_scheme (GSettings *settings);

G_END_DECLS
