/* trellis-timer.h: a countdown for a workshop exercise
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define TRELLIS_TYPE_TIMER (trellis_timer_get_type ())

G_DECLARE_FINAL_TYPE (TrellisTimer, trellis_timer, TRELLIS, TIMER, GObject)

/**
 * TrellisTimerClockFunc:
 * @user_data: the data given to trellis_timer_set_clock_func ()
 *
 * A clock for a timer, in microseconds, that never goes back; the default
 * is g_get_monotonic_time ().
 *
 * Returns: the time now, in microseconds
 */
typedef gint64 (*TrellisTimerClockFunc) (gpointer user_data);

TrellisTimer *trellis_timer_new            (void);
guint         trellis_timer_get_duration   (TrellisTimer          *self);
void          trellis_timer_set_duration   (TrellisTimer          *self,
                                            guint                  seconds);
guint         trellis_timer_get_remaining  (TrellisTimer          *self);
gboolean      trellis_timer_get_running    (TrellisTimer          *self);
gboolean      trellis_timer_get_finished   (TrellisTimer          *self);
void          trellis_timer_start          (TrellisTimer          *self);
void          trellis_timer_pause          (TrellisTimer          *self);
void          trellis_timer_add_seconds    (TrellisTimer          *self,
                                            guint                  seconds);
void          trellis_timer_reset          (TrellisTimer          *self);
void          trellis_timer_update         (TrellisTimer          *self);
void          trellis_timer_set_clock_func (TrellisTimer          *self,
                                            TrellisTimerClockFunc  func,
                                            gpointer               user_data,
                                            GDestroyNotify         destroy);
char         *trellis_timer_format         (guint                  seconds);

G_END_DECLS
