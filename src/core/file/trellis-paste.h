/* trellis-paste.h: pasted text as one note per line
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

GStrv trellis_paste_split_lines (const char *text);

G_END_DECLS
