/* test-timer.c: the workshop countdown, paths /core/timer/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The timer reads a fake clock that each case moves on by hand, so no case
 * sleeps and each runs the same on a busy machine.
 */

#include "config.h"

#include "trellis.h"

typedef struct
{
  TrellisTimer *timer;
  gint64        now_us;
  guint         n_finished;
  guint         n_remaining;   /* notify::remaining */
} Fixture;

static gint64
fake_clock (gpointer user_data)
{
  Fixture *fixture = user_data;

  return fixture->now_us;
}

static void
advance (Fixture *fixture,
         gint64   ms)
{
  fixture->now_us += ms * 1000;
  trellis_timer_update (fixture->timer);
}

static void
on_finished_cb (Fixture *fixture)
{
  fixture->n_finished++;
}

static void
on_remaining_cb (Fixture *fixture)
{
  fixture->n_remaining++;
}

static void
set_up (Fixture       *fixture,
        gconstpointer  data)
{
  (void) data;
  fixture->now_us = 1000 * G_USEC_PER_SEC;
  fixture->timer = trellis_timer_new ();
  trellis_timer_set_clock_func (fixture->timer, fake_clock, fixture, NULL);
  g_signal_connect_swapped (fixture->timer, "finished", G_CALLBACK (on_finished_cb), fixture);
  g_signal_connect_swapped (fixture->timer, "notify::remaining", G_CALLBACK (on_remaining_cb), fixture);
}

static void
tear_down (Fixture       *fixture,
           gconstpointer  data)
{
  (void) data;
  g_clear_object (&fixture->timer);
}

static void
test_defaults (Fixture       *fixture,
               gconstpointer  data)
{
  (void) data;
  g_assert_cmpuint (trellis_timer_get_duration (fixture->timer), ==, 300);
  g_assert_cmpuint (trellis_timer_get_remaining (fixture->timer), ==, 300);
  g_assert_false (trellis_timer_get_running (fixture->timer));
  g_assert_false (trellis_timer_get_finished (fixture->timer));

  trellis_timer_set_duration (fixture->timer, 60);
  g_assert_cmpuint (trellis_timer_get_remaining (fixture->timer), ==, 60);
}

static void
test_start_pause (Fixture       *fixture,
                  gconstpointer  data)
{
  (void) data;
  trellis_timer_set_duration (fixture->timer, 60);
  trellis_timer_start (fixture->timer);
  g_assert_true (trellis_timer_get_running (fixture->timer));
  g_assert_cmpuint (trellis_timer_get_remaining (fixture->timer), ==, 60);

  /* rounded up: 59.5 s left still shows 60 */
  advance (fixture, 500);
  g_assert_cmpuint (trellis_timer_get_remaining (fixture->timer), ==, 60);
  advance (fixture, 600);
  g_assert_cmpuint (trellis_timer_get_remaining (fixture->timer), ==, 59);

  /* a pause of ten minutes costs nothing */
  trellis_timer_pause (fixture->timer);
  g_assert_false (trellis_timer_get_running (fixture->timer));
  advance (fixture, 600000);
  g_assert_cmpuint (trellis_timer_get_remaining (fixture->timer), ==, 59);

  trellis_timer_start (fixture->timer);
  advance (fixture, 20000);
  g_assert_cmpuint (trellis_timer_get_remaining (fixture->timer), ==, 39);
  g_assert_cmpuint (fixture->n_finished, ==, 0);
}

/* A main loop that falls behind (one update after 25 s) does not drift:
 * the time left is read off the clock, not counted in ticks. */
static void
test_no_drift (Fixture       *fixture,
               gconstpointer  data)
{
  (void) data;
  trellis_timer_set_duration (fixture->timer, 120);
  trellis_timer_start (fixture->timer);
  fixture->n_remaining = 0;
  advance (fixture, 25000);
  g_assert_cmpuint (trellis_timer_get_remaining (fixture->timer), ==, 95);
  for (guint i = 0; i < 10; i++)
    advance (fixture, 1000);
  g_assert_cmpuint (trellis_timer_get_remaining (fixture->timer), ==, 85);
  /* once per whole second, never for the same value twice */
  g_assert_cmpuint (fixture->n_remaining, ==, 11);
}

static void
test_add_minute (Fixture       *fixture,
                 gconstpointer  data)
{
  (void) data;
  trellis_timer_set_duration (fixture->timer, 60);
  trellis_timer_start (fixture->timer);
  advance (fixture, 30000);
  trellis_timer_add_seconds (fixture->timer, 60);
  g_assert_cmpuint (trellis_timer_get_remaining (fixture->timer), ==, 90);
  g_assert_cmpuint (trellis_timer_get_duration (fixture->timer), ==, 60);

  /* paused, too */
  trellis_timer_pause (fixture->timer);
  trellis_timer_add_seconds (fixture->timer, 60);
  g_assert_cmpuint (trellis_timer_get_remaining (fixture->timer), ==, 150);
  g_assert_false (trellis_timer_get_running (fixture->timer));
  trellis_timer_start (fixture->timer);
  advance (fixture, 149000);
  g_assert_cmpuint (trellis_timer_get_remaining (fixture->timer), ==, 1);
  g_assert_cmpuint (fixture->n_finished, ==, 0);
}

static void
test_finish (Fixture       *fixture,
             gconstpointer  data)
{
  (void) data;
  trellis_timer_set_duration (fixture->timer, 10);
  trellis_timer_start (fixture->timer);
  advance (fixture, 9999);
  g_assert_cmpuint (trellis_timer_get_remaining (fixture->timer), ==, 1);
  g_assert_false (trellis_timer_get_finished (fixture->timer));
  advance (fixture, 1);
  g_assert_cmpuint (trellis_timer_get_remaining (fixture->timer), ==, 0);
  g_assert_true (trellis_timer_get_finished (fixture->timer));
  g_assert_false (trellis_timer_get_running (fixture->timer));
  g_assert_cmpuint (fixture->n_finished, ==, 1);

  /* later updates do not finish it twice */
  advance (fixture, 5000);
  g_assert_cmpuint (fixture->n_finished, ==, 1);

  /* one more minute once time is up runs again */
  trellis_timer_add_seconds (fixture->timer, 60);
  g_assert_false (trellis_timer_get_finished (fixture->timer));
  g_assert_true (trellis_timer_get_running (fixture->timer));
  g_assert_cmpuint (trellis_timer_get_remaining (fixture->timer), ==, 60);
  advance (fixture, 60000);
  g_assert_cmpuint (fixture->n_finished, ==, 2);

  /* start after the end starts over from the duration */
  trellis_timer_start (fixture->timer);
  g_assert_cmpuint (trellis_timer_get_remaining (fixture->timer), ==, 10);
  g_assert_false (trellis_timer_get_finished (fixture->timer));
}

static void
test_reset (Fixture       *fixture,
            gconstpointer  data)
{
  (void) data;
  trellis_timer_set_duration (fixture->timer, 600);
  trellis_timer_start (fixture->timer);
  advance (fixture, 100000);
  trellis_timer_reset (fixture->timer);
  g_assert_false (trellis_timer_get_running (fixture->timer));
  g_assert_cmpuint (trellis_timer_get_remaining (fixture->timer), ==, 600);
  advance (fixture, 700000);
  g_assert_cmpuint (trellis_timer_get_remaining (fixture->timer), ==, 600);
  g_assert_cmpuint (fixture->n_finished, ==, 0);

  trellis_timer_set_duration (fixture->timer, 0);
  trellis_timer_start (fixture->timer);
  g_assert_false (trellis_timer_get_running (fixture->timer));
}

static void
on_finished_count_cb (guint *n_finished)
{
  (*n_finished)++;
}

/* The real clock and main loop: a 1-second timer ends by itself. */
static void
test_real_clock (void)
{
  g_autoptr(TrellisTimer) timer = trellis_timer_new ();
  gint64 start = g_get_monotonic_time ();
  guint n_finished = 0;

  g_signal_connect_swapped (timer, "finished", G_CALLBACK (on_finished_count_cb), &n_finished);
  trellis_timer_set_duration (timer, 1);
  trellis_timer_start (timer);
  while (!trellis_timer_get_finished (timer) && g_get_monotonic_time () - start < 5 * G_USEC_PER_SEC)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (trellis_timer_get_finished (timer));
  g_assert_cmpuint (n_finished, ==, 1);
  g_assert_cmpint (g_get_monotonic_time () - start, >=, G_USEC_PER_SEC);
}

static void
test_format (void)
{
  g_autofree char *a = trellis_timer_format (0);
  g_autofree char *b = trellis_timer_format (245);
  g_autofree char *c = trellis_timer_format (3723);

  g_assert_cmpstr (a, ==, "0:00");
  g_assert_cmpstr (b, ==, "4:05");
  g_assert_cmpstr (c, ==, "1:02:03");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/core/timer/defaults", Fixture, NULL, set_up, test_defaults, tear_down);
  g_test_add ("/core/timer/start-pause", Fixture, NULL, set_up, test_start_pause, tear_down);
  g_test_add ("/core/timer/no-drift", Fixture, NULL, set_up, test_no_drift, tear_down);
  g_test_add ("/core/timer/add-minute", Fixture, NULL, set_up, test_add_minute, tear_down);
  g_test_add ("/core/timer/finish", Fixture, NULL, set_up, test_finish, tear_down);
  g_test_add ("/core/timer/reset", Fixture, NULL, set_up, test_reset, tear_down);
  g_test_add_func ("/core/timer/real-clock", test_real_clock);
  g_test_add_func ("/core/timer/format", test_format);

  return g_test_run ();
}
