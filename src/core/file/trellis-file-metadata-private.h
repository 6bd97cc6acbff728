/* trellis-file-metadata-private.h: what a replaced file keeps besides its bytes
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean _trellis_file_copy_metadata (int         fd,
                                      const char *from,
                                      int         mode);

G_END_DECLS
