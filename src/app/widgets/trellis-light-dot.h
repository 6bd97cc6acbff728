/* trellis-light-dot.h: a traffic light as a coloured dot with its word
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "trellis.h"

G_BEGIN_DECLS

const char *trellis_light_dot_get_word  (TrellisLight light);
GtkWidget  *trellis_light_dot_new       (TrellisLight light);
GtkWidget  *trellis_light_dot_new_label (TrellisLight light,
                                         const char  *word);

G_END_DECLS
