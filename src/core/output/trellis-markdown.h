/* trellis-markdown.h: a project summarised in Markdown
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "trellis-date.h"
#include "trellis-project.h"

G_BEGIN_DECLS

char     *trellis_markdown_to_string  (TrellisProject  *project,
                                       TrellisDay       day);
gboolean  trellis_markdown_write_file (TrellisProject  *project,
                                       TrellisDay       day,
                                       GFile           *file,
                                       GError         **error);

G_END_DECLS
