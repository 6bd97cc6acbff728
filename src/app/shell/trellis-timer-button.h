/* trellis-timer-button.h: the header bar's button of the workshop timer
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "trellis.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_TIMER_BUTTON (trellis_timer_button_get_type ())

G_DECLARE_FINAL_TYPE (TrellisTimerButton, trellis_timer_button, TRELLIS, TIMER_BUTTON, GtkWidget)

TrellisTimer *trellis_timer_button_get_timer (TrellisTimerButton *self);
void          trellis_timer_button_set_timer (TrellisTimerButton *self,
                                              TrellisTimer       *timer);
GtkPopover   *trellis_timer_button_get_popover (TrellisTimerButton *self);

G_END_DECLS
