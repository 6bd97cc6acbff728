/* trellis-timer.c: a countdown for a workshop exercise
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The timer keeps, while it runs, the moment on its clock at which it ends
 * (the deadline), and while it is paused what was left; it never counts
 * ticks.  So a pause, a busy main loop or a late timeout cannot make it
 * drift: each update reads the clock and works out what is left.  It
 * wakes up when the whole seconds left change (not every second from the
 * start), so "remaining" is notified once a second while running.
 *
 * "remaining" is rounded up: a 5-minute timer shows 300 until a full
 * second has passed, then 299, and reaches 0 exactly when time is up.
 *
 * Tests swap the clock (trellis_timer_set_clock_func ()), move it on and
 * call trellis_timer_update (), so they never sleep.
 */

#define G_LOG_DOMAIN "trellis-timer"

#include "config.h"

#include "trellis-timer.h"

#define USEC_PER_SEC G_GINT64_CONSTANT (1000000)

struct _TrellisTimer
{
  GObject                parent_instance;

  guint                  duration;      /* seconds */
  guint                  remaining;     /* seconds, rounded up */
  gint64                 left_us;       /* what is left while paused */
  gint64                 deadline_us;   /* on the clock, while running */
  guint                  tick_id;
  gboolean               running;
  gboolean               finished;

  TrellisTimerClockFunc  clock_func;
  gpointer               clock_data;
  GDestroyNotify         clock_destroy;
};

G_DEFINE_FINAL_TYPE (TrellisTimer, trellis_timer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DURATION,
  PROP_REMAINING,
  PROP_RUNNING,
  PROP_FINISHED,
  N_PROPS
};

enum {
  FINISHED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gint64
clock_now (TrellisTimer *self)
{
  if (self->clock_func != NULL)
    return self->clock_func (self->clock_data);
  return g_get_monotonic_time ();
}

static guint
seconds_rounded_up (gint64 us)
{
  if (us <= 0)
    return 0;
  return (guint) ((us + USEC_PER_SEC - 1) / USEC_PER_SEC);
}

static void
set_remaining (TrellisTimer *self,
               guint         remaining)
{
  if (self->remaining == remaining)
    return;
  self->remaining = remaining;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REMAINING]);
}

static void
set_running (TrellisTimer *self,
             gboolean      running)
{
  running = !!running;
  if (self->running == running)
    return;
  self->running = running;
  if (!running)
    g_clear_handle_id (&self->tick_id, g_source_remove);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
}

static void
set_finished (TrellisTimer *self,
              gboolean      finished)
{
  finished = !!finished;
  if (self->finished == finished)
    return;
  self->finished = finished;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FINISHED]);
}

static gboolean
on_tick_cb (gpointer user_data)
{
  TrellisTimer *self = user_data;

  self->tick_id = 0;
  trellis_timer_update (self);
  return G_SOURCE_REMOVE;
}

/* Wakes up when the whole seconds left next change. */
static void
schedule_tick (TrellisTimer *self,
               gint64        left_us)
{
  gint64 until_us = left_us - (gint64) (self->remaining - 1) * USEC_PER_SEC;
  guint ms = (guint) ((until_us + 999) / 1000) + 1;

  g_clear_handle_id (&self->tick_id, g_source_remove);
  self->tick_id = g_timeout_add_full (G_PRIORITY_DEFAULT, ms, on_tick_cb, self, NULL);
  g_source_set_name_by_id (self->tick_id, "[trellis] timer tick");
}

/**
 * trellis_timer_update:
 * @self: a #TrellisTimer
 *
 * Reads the clock and brings "remaining" up to date; when time is up,
 * stops the timer, sets "finished" and emits #TrellisTimer::finished.  A
 * running timer calls it itself each second; tests call it after moving
 * their clock on.
 */
void
trellis_timer_update (TrellisTimer *self)
{
  gint64 left_us;

  g_return_if_fail (TRELLIS_IS_TIMER (self));

  if (!self->running)
    return;

  left_us = self->deadline_us - clock_now (self);
  set_remaining (self, seconds_rounded_up (left_us));
  if (left_us > 0)
    {
      schedule_tick (self, left_us);
      return;
    }

  self->left_us = 0;
  set_running (self, FALSE);
  set_finished (self, TRUE);
  g_signal_emit (self, signals[FINISHED], 0);
}

/**
 * trellis_timer_start:
 * @self: a #TrellisTimer
 *
 * Starts the countdown, or resumes it after a pause.  A timer that has
 * finished starts again from its duration.  A timer of no duration does
 * nothing.
 */
void
trellis_timer_start (TrellisTimer *self)
{
  g_return_if_fail (TRELLIS_IS_TIMER (self));

  if (self->running)
    return;
  if (self->finished || self->left_us <= 0)
    {
      self->left_us = (gint64) self->duration * USEC_PER_SEC;
      set_finished (self, FALSE);
    }
  if (self->left_us <= 0)
    return;

  self->deadline_us = clock_now (self) + self->left_us;
  set_running (self, TRUE);
  trellis_timer_update (self);
}

/**
 * trellis_timer_pause:
 * @self: a #TrellisTimer
 *
 * Stops the countdown, keeping what is left to the microsecond so that
 * trellis_timer_start () resumes where it stopped.
 */
void
trellis_timer_pause (TrellisTimer *self)
{
  g_return_if_fail (TRELLIS_IS_TIMER (self));

  if (!self->running)
    return;
  trellis_timer_update (self);
  if (!self->running)
    return;   /* time was up just now */
  self->left_us = self->deadline_us - clock_now (self);
  set_running (self, FALSE);
}

/**
 * trellis_timer_add_seconds:
 * @self: a #TrellisTimer
 * @seconds: how much longer
 *
 * Gives the exercise more time: running or paused, what is left grows by
 * @seconds.  On a timer that has finished it starts a new countdown of
 * @seconds ("one more minute" once time is up).
 */
void
trellis_timer_add_seconds (TrellisTimer *self,
                           guint         seconds)
{
  gint64 more_us = (gint64) seconds * USEC_PER_SEC;

  g_return_if_fail (TRELLIS_IS_TIMER (self));

  if (seconds == 0)
    return;
  if (self->finished)
    {
      self->left_us = more_us;
      set_finished (self, FALSE);
      trellis_timer_start (self);
      return;
    }
  if (self->running)
    {
      self->deadline_us += more_us;
      trellis_timer_update (self);
      return;
    }
  self->left_us = MAX (self->left_us, 0) + more_us;
  set_remaining (self, seconds_rounded_up (self->left_us));
}

/**
 * trellis_timer_reset:
 * @self: a #TrellisTimer
 *
 * Stops the timer and sets it back to its full duration, not finished.
 */
void
trellis_timer_reset (TrellisTimer *self)
{
  g_return_if_fail (TRELLIS_IS_TIMER (self));

  set_running (self, FALSE);
  set_finished (self, FALSE);
  self->left_us = (gint64) self->duration * USEC_PER_SEC;
  set_remaining (self, self->duration);
}

/**
 * trellis_timer_set_duration:
 * @self: a #TrellisTimer
 * @seconds: the length of the exercise
 *
 * Sets the length of the countdown.  A timer that is not running is set
 * back to it (as trellis_timer_reset () does); a running one goes on with
 * what it has left until it is reset or starts again.
 */
void
trellis_timer_set_duration (TrellisTimer *self,
                            guint         seconds)
{
  g_return_if_fail (TRELLIS_IS_TIMER (self));

  if (self->duration != seconds)
    {
      self->duration = seconds;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DURATION]);
    }
  if (!self->running)
    trellis_timer_reset (self);
}

/**
 * trellis_timer_get_duration:
 * @self: a #TrellisTimer
 *
 * Returns: the length of the countdown, in seconds
 */
guint
trellis_timer_get_duration (TrellisTimer *self)
{
  g_return_val_if_fail (TRELLIS_IS_TIMER (self), 0);
  return self->duration;
}

/**
 * trellis_timer_get_remaining:
 * @self: a #TrellisTimer
 *
 * Returns: the seconds left, rounded up (0 only once time is up)
 */
guint
trellis_timer_get_remaining (TrellisTimer *self)
{
  g_return_val_if_fail (TRELLIS_IS_TIMER (self), 0);
  return self->remaining;
}

/**
 * trellis_timer_get_running:
 * @self: a #TrellisTimer
 *
 * Returns: whether the countdown is going on
 */
gboolean
trellis_timer_get_running (TrellisTimer *self)
{
  g_return_val_if_fail (TRELLIS_IS_TIMER (self), FALSE);
  return self->running;
}

/**
 * trellis_timer_get_finished:
 * @self: a #TrellisTimer
 *
 * Returns: whether time is up (until the timer is reset or started again)
 */
gboolean
trellis_timer_get_finished (TrellisTimer *self)
{
  g_return_val_if_fail (TRELLIS_IS_TIMER (self), FALSE);
  return self->finished;
}

/**
 * trellis_timer_set_clock_func:
 * @self: a #TrellisTimer
 * @func: (nullable): the clock, or %NULL for g_get_monotonic_time ()
 * @user_data: data for @func
 * @destroy: (nullable): frees @user_data
 *
 * Replaces the timer's clock, for tests.  Set it before starting.
 */
void
trellis_timer_set_clock_func (TrellisTimer          *self,
                              TrellisTimerClockFunc  func,
                              gpointer               user_data,
                              GDestroyNotify         destroy)
{
  g_return_if_fail (TRELLIS_IS_TIMER (self));

  if (self->clock_destroy != NULL)
    self->clock_destroy (self->clock_data);
  self->clock_func = func;
  self->clock_data = user_data;
  self->clock_destroy = destroy;
}

/**
 * trellis_timer_format:
 * @seconds: a time in seconds
 *
 * Formats a countdown as minutes and seconds, "4:05", or with hours,
 * "1:02:03", for a label.
 *
 * Returns: (transfer full): the text
 */
char *
trellis_timer_format (guint seconds)
{
  if (seconds >= 3600)
    return g_strdup_printf ("%u:%02u:%02u", seconds / 3600, seconds / 60 % 60, seconds % 60);
  return g_strdup_printf ("%u:%02u", seconds / 60, seconds % 60);
}

/**
 * trellis_timer_new:
 *
 * Creates a timer of 5 minutes, not running.
 *
 * Returns: (transfer full): a new #TrellisTimer
 */
TrellisTimer *
trellis_timer_new (void)
{
  return g_object_new (TRELLIS_TYPE_TIMER, NULL);
}

static void
trellis_timer_dispose (GObject *object)
{
  TrellisTimer *self = TRELLIS_TIMER (object);

  g_clear_handle_id (&self->tick_id, g_source_remove);
  trellis_timer_set_clock_func (self, NULL, NULL, NULL);

  G_OBJECT_CLASS (trellis_timer_parent_class)->dispose (object);
}

static void
trellis_timer_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  TrellisTimer *self = TRELLIS_TIMER (object);

  switch (prop_id)
    {
    case PROP_DURATION:
      g_value_set_uint (value, trellis_timer_get_duration (self));
      break;
    case PROP_REMAINING:
      g_value_set_uint (value, trellis_timer_get_remaining (self));
      break;
    case PROP_RUNNING:
      g_value_set_boolean (value, trellis_timer_get_running (self));
      break;
    case PROP_FINISHED:
      g_value_set_boolean (value, trellis_timer_get_finished (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trellis_timer_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  TrellisTimer *self = TRELLIS_TIMER (object);

  switch (prop_id)
    {
    case PROP_DURATION:
      trellis_timer_set_duration (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trellis_timer_class_init (TrellisTimerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = trellis_timer_dispose;
  object_class->get_property = trellis_timer_get_property;
  object_class->set_property = trellis_timer_set_property;

  properties[PROP_DURATION] =
    g_param_spec_uint ("duration", NULL, NULL, 0, G_MAXUINT, 300,
                       (G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));
  properties[PROP_REMAINING] =
    g_param_spec_uint ("remaining", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_RUNNING] =
    g_param_spec_boolean ("running", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_FINISHED] =
    g_param_spec_boolean ("finished", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TrellisTimer::finished:
   * @self: the timer
   *
   * Time is up: emitted once, when the countdown reaches zero.
   */
  signals[FINISHED] =
    g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
trellis_timer_init (TrellisTimer *self)
{
  (void) self;
}
