/* trellis-app-utils.h: small helpers shared by the application's views
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis.h"

G_BEGIN_DECLS

const char *trellis_app_stage_title          (TrellisStage  stage);
const char *trellis_app_stage_title_for_nick (const char   *nick);

G_END_DECLS
