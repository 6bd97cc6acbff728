/* trellis-accessible.h: accessible names, and GTK 4.8's mnemonic names mended
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void trellis_accessible_init         (void);
void trellis_accessible_set_label    (gpointer    widget,
                                      const char *label);
void trellis_accessible_name_icon    (GtkWidget  *widget,
                                      const char *label);

G_END_DECLS
