/* trellis-ics.h: milestones and due actions as an iCalendar file (RFC 5545)
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "trellis-project.h"

G_BEGIN_DECLS

char     *trellis_ics_to_string     (TrellisProject  *project,
                                     GDateTime       *stamp);
gboolean  trellis_ics_write_file    (TrellisProject  *project,
                                     GFile           *file,
                                     GError         **error);
void      trellis_ics_append_line   (GString         *out,
                                     const char      *line);
char     *trellis_ics_escape_text   (const char      *text);

G_END_DECLS
