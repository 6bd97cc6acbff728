/* trellis-i18n.h: where the translations are and which language to use
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *trellis_i18n_init          (void);
const char *trellis_i18n_get_localedir (void);

G_END_DECLS
