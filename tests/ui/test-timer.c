/* test-timer.c: the workshop timer in a real window, paths /ui/timer/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drives the header bar's timer button and its popover on a copy of the
 * sample: the minutes, start, one more minute, pause, the end (a toast and
 * the button's accent), reset.  The window's timer reads a fake clock that
 * the test moves on, so a minute passes at once.
 */

#include "config.h"

#include "trellis-timer-button.h"
#include "trellis-test-utils.h"
#include "ui-test-utils.h"

static TrellisApplication *app;
static char *tmpdir;
static gint64 fake_now;

static gint64
fake_clock (gpointer user_data)
{
  return fake_now;
}

static void
advance (TrellisTimer *timer,
         gint64        ms)
{
  fake_now += ms * 1000;
  trellis_timer_update (timer);
  ui_test_iterate_pending ();
}

static void
on_finished_cb (guint *n_finished)
{
  (*n_finished)++;
}

static void
click (GtkWidget  *root,
       const char *label)
{
  GtkWidget *button = ui_test_find_mapped_button (root, label);

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  ui_test_iterate_pending ();
}


/* With $TRELLIS_WORKSHOP_SHOTS set to a folder, @widget is saved there as
 * NAME.png and NAME-dark.png, to look at. */
static void
maybe_save_shot (GtkWidget  *widget,
                 const char *name)
{
  const char *folder = g_getenv ("TRELLIS_WORKSHOP_SHOTS");
  AdwStyleManager *style = adw_style_manager_get_default ();

  if (folder == NULL)
    return;
  for (guint dark = 0; dark < 2; dark++)
    {
      g_autofree char *path = g_strdup_printf ("%s/%s%s.png", folder, name, dark ? "-dark" : "");

      adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_DEFAULT);
      ui_test_wait (500);
      ui_test_save_png (widget, path);
    }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  ui_test_wait (500);
}

/* The time the header bar's button shows, NULL when it shows only its icon. */
static const char *
button_time (TrellisTimerButton *button)
{
  GtkWidget *menu_button = ui_test_find_descendant (GTK_WIDGET (button), GTK_TYPE_MENU_BUTTON);
  GtkWidget *box = gtk_menu_button_get_child (GTK_MENU_BUTTON (menu_button));
  GtkWidget *label = ui_test_find_descendant (box, GTK_TYPE_LABEL);

  g_assert_nonnull (label);
  return gtk_widget_get_visible (label) ? gtk_label_get_text (GTK_LABEL (label)) : NULL;
}

static gboolean
button_is_finished (TrellisTimerButton *button)
{
  GtkWidget *menu_button = ui_test_find_descendant (GTK_WIDGET (button), GTK_TYPE_MENU_BUTTON);

  return gtk_widget_has_css_class (menu_button, "timer-finished");
}

static TrellisTimerButton *
find_timer_button (TrellisWindow *window)
{
  GtkWidget *button = ui_test_find_descendant (GTK_WIDGET (window), TRELLIS_TYPE_TIMER_BUTTON);

  g_assert_nonnull (button);
  ui_test_iterate_until_mapped (button);
  g_assert_true (trellis_timer_button_get_timer (TRELLIS_TIMER_BUTTON (button)) ==
                 trellis_window_get_timer (window));
  return TRELLIS_TIMER_BUTTON (button);
}

static void
test_countdown (void)
{
  TrellisWindow *window = ui_test_open_sample (G_APPLICATION (app), tmpdir);
  TrellisTimer *timer = trellis_window_get_timer (window);
  TrellisTimerButton *button = find_timer_button (window);
  GtkWidget *menu_button = ui_test_find_descendant (GTK_WIDGET (button), GTK_TYPE_MENU_BUTTON);
  GtkPopover *popover;
  GtkWidget *spin;
  guint n_finished = 0;

  fake_now = (gint64) 5000 * G_USEC_PER_SEC;
  trellis_timer_set_clock_func (timer, fake_clock, NULL, NULL);
  g_signal_connect_swapped (timer, "finished", G_CALLBACK (on_finished_cb), &n_finished);
  g_assert_null (button_time (button));

  /* One minute, through the popover's spin button */
  popover = ui_test_popup (GTK_MENU_BUTTON (menu_button));
  spin = ui_test_find_descendant (GTK_WIDGET (popover), GTK_TYPE_SPIN_BUTTON);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 1);
  g_assert_cmpuint (trellis_timer_get_duration (timer), ==, 60);
  g_assert_true (ui_test_shows_label (GTK_WIDGET (popover), "1:00"));

  click (GTK_WIDGET (popover), "_Start");
  g_assert_true (trellis_timer_get_running (timer));
  g_assert_false (gtk_widget_is_sensitive (spin));
  g_assert_cmpstr (button_time (button), ==, "1:00");
  advance (timer, 15200);
  g_assert_cmpstr (button_time (button), ==, "0:45");
  maybe_save_shot (GTK_WIDGET (popover), "timer-popover");
  maybe_save_shot (GTK_WIDGET (window), "timer-running");

  click (GTK_WIDGET (popover), "+1 min");
  g_assert_cmpstr (button_time (button), ==, "1:45");
  click (GTK_WIDGET (popover), "_Pause");
  g_assert_false (trellis_timer_get_running (timer));
  advance (timer, 100000);
  g_assert_cmpstr (button_time (button), ==, "1:45");

  /* The end: the button turns to the accent, a toast says so */
  click (GTK_WIDGET (popover), "Res_ume");
  gtk_popover_popdown (popover);
  advance (timer, 104000);
  g_assert_cmpstr (button_time (button), ==, "0:01");
  g_assert_false (button_is_finished (button));
  advance (timer, 1000);
  g_assert_cmpuint (n_finished, ==, 1);
  g_assert_cmpstr (button_time (button), ==, "0:00");
  g_assert_true (button_is_finished (button));
  g_assert_true (ui_test_shows_label (GTK_WIDGET (window), "Time is up"));
  maybe_save_shot (GTK_WIDGET (window), "timer-finished");

  ui_test_activate (GTK_WIDGET (window), "win.timer-reset");
  g_assert_false (button_is_finished (button));
  g_assert_null (button_time (button));
  g_assert_cmpuint (trellis_timer_get_remaining (timer), ==, 60);
}

static void
test_presets_and_actions (void)
{
  TrellisWindow *window = ui_test_open_sample (G_APPLICATION (app), tmpdir);
  TrellisTimer *timer = trellis_window_get_timer (window);
  TrellisTimerButton *button = find_timer_button (window);
  GtkWidget *menu_button = ui_test_find_descendant (GTK_WIDGET (button), GTK_TYPE_MENU_BUTTON);
  GtkPopover *popover = ui_test_popup (GTK_MENU_BUTTON (menu_button));
  GtkWidget *spin = ui_test_find_descendant (GTK_WIDGET (popover), GTK_TYPE_SPIN_BUTTON);

  fake_now = (gint64) 9000 * G_USEC_PER_SEC;
  trellis_timer_set_clock_func (timer, fake_clock, NULL, NULL);

  click (GTK_WIDGET (popover), "15 min");
  g_assert_cmpuint (trellis_timer_get_duration (timer), ==, 900);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (spin)), ==, 15);
  g_assert_true (ui_test_shows_label (GTK_WIDGET (popover), "15:00"));
  click (GTK_WIDGET (popover), "30 min");
  g_assert_cmpuint (trellis_timer_get_duration (timer), ==, 1800);

  /* The actions: pause only while running, start only while not */
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (window), "win.timer-pause", NULL) &&
                  trellis_timer_get_running (timer));
  ui_test_activate (GTK_WIDGET (window), "win.timer-start");
  g_assert_true (trellis_timer_get_running (timer));
  /* presets do not change a running countdown */
  g_assert_false (gtk_widget_is_sensitive (ui_test_find_button (GTK_WIDGET (popover), "5 min")));
  ui_test_activate (GTK_WIDGET (window), "win.timer-add-minute");
  advance (timer, 61000);
  g_assert_cmpstr (button_time (button), ==, "29:59");
  ui_test_activate (GTK_WIDGET (window), "win.timer-pause");
  g_assert_false (trellis_timer_get_running (timer));
  g_assert_cmpstr (button_time (button), ==, "29:59");
  g_assert_nonnull (ui_test_find_button (GTK_WIDGET (popover), "Res_ume"));
  gtk_popover_popdown (popover);
}

/* The library shows no timer; its actions are off without a project. */
static void
test_library (void)
{
  TrellisWindow *window = trellis_window_new (GTK_APPLICATION (app));
  GtkWidget *button = ui_test_find_descendant (GTK_WIDGET (window), TRELLIS_TYPE_TIMER_BUTTON);

  gtk_window_present (GTK_WINDOW (window));
  ui_test_iterate_until_mapped (GTK_WIDGET (window));
  g_assert_false (gtk_widget_get_visible (button));
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (window), "win.timer-start", NULL) &&
                  trellis_timer_get_running (trellis_window_get_timer (window)));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  app = ui_test_init (&argc, &argv, &tmpdir);
  if (app == NULL)
    return 77;

  g_test_add_func ("/ui/timer/countdown", test_countdown);
  g_test_add_func ("/ui/timer/presets-and-actions", test_presets_and_actions);
  g_test_add_func ("/ui/timer/library", test_library);

  return ui_test_run (app, tmpdir);
}
