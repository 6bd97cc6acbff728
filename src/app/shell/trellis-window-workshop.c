/* trellis-window-workshop.c: the window's workshop tools
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The timer of an exercise: the window owns one TrellisTimer, which the
 * header bar's TrellisTimerButton shows (and the presenter view may show
 * large), driven by the win.timer-* actions.  When time is up the window
 * says so in a toast and, when Trellis was built with GSound, with the
 * sound theme's gentle "complete" sound; without GSound it stays silent
 * (the button's pulse and the toast are the signal).
 *
 * The parking lot: a header-bar button whose popover is the project's
 * TrellisParkingLotView, opened by win.parking-lot (Shift+Ctrl+L) from
 * any page with the focus in its entry.
 */

#define G_LOG_DOMAIN "trellis-window"

#include "config.h"

#include <glib/gi18n.h>

#ifdef TRELLIS_HAVE_GSOUND
#include <gsound.h>
#endif

#include "trellis-parking-lot-view.h"
#include "trellis-timer-button.h"
#include "trellis-window-private.h"

static void
play_time_up_sound (TrellisWindow *self)
{
#ifdef TRELLIS_HAVE_GSOUND
  g_autoptr(GError) error = NULL;

  if (self->sound == NULL)
    {
      self->sound = G_OBJECT (gsound_context_new (NULL, &error));
      if (self->sound == NULL)
        {
          g_debug ("No sound for the timer: %s", error->message);
          return;
        }
    }
  if (!gsound_context_play_simple (GSOUND_CONTEXT (self->sound), NULL, &error,
                                   GSOUND_ATTR_EVENT_ID, "complete",
                                   GSOUND_ATTR_EVENT_DESCRIPTION, _("Time is up"),
                                   NULL))
    g_debug ("Could not play the timer's sound: %s", error->message);
#else
  (void) self;
#endif
}

static void
on_timer_finished_cb (TrellisWindow *self)
{
  g_assert (TRELLIS_IS_WINDOW (self));

  trellis_window_add_toast (self, _("Time is up"));
  play_time_up_sound (self);
}

static void
timer_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TrellisWindow *self = TRELLIS_WINDOW (widget);

  if (g_str_equal (action_name, "win.timer-start"))
    trellis_timer_start (self->timer);
  else if (g_str_equal (action_name, "win.timer-pause"))
    trellis_timer_pause (self->timer);
  else if (g_str_equal (action_name, "win.timer-add-minute"))
    trellis_timer_add_seconds (self->timer, 60);
  else if (g_str_equal (action_name, "win.timer-reset"))
    trellis_timer_reset (self->timer);
}

static void
parking_lot_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TrellisWindow *self = TRELLIS_WINDOW (widget);

  if (self->project == NULL)
    return;
  gtk_menu_button_popup (GTK_MENU_BUTTON (self->parking_button));
  trellis_parking_lot_view_focus_entry (TRELLIS_PARKING_LOT_VIEW (self->parking_view));
}

/* The mode changed: a project shown (once), or read-only on or off. */
void
_trellis_window_update_workshop (TrellisWindow *self)
{
  gboolean has_project = self->project != NULL;

  gtk_widget_set_visible (self->timer_button, has_project);
  gtk_widget_set_visible (self->parking_button, has_project);
  if (!has_project)
    return;
  trellis_parking_lot_view_set_project (TRELLIS_PARKING_LOT_VIEW (self->parking_view), self->project);
  trellis_parking_lot_view_set_editable (TRELLIS_PARKING_LOT_VIEW (self->parking_view), !self->read_only);
}

void
_trellis_window_update_workshop_actions (TrellisWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_project = self->project != NULL;
  gboolean running = trellis_timer_get_running (self->timer);

  gtk_widget_action_set_enabled (widget, "win.timer-start", has_project && !running);
  gtk_widget_action_set_enabled (widget, "win.timer-pause", has_project && running);
  gtk_widget_action_set_enabled (widget, "win.timer-add-minute", has_project);
  gtk_widget_action_set_enabled (widget, "win.timer-reset", has_project);
  gtk_widget_action_set_enabled (widget, "win.parking-lot", has_project);
}

void
_trellis_window_init_workshop (TrellisWindow *self)
{
  self->timer = trellis_timer_new ();
  g_signal_connect_object (self->timer, "finished", G_CALLBACK (on_timer_finished_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->timer, "notify::running",
                           G_CALLBACK (_trellis_window_update_workshop_actions),
                           self, G_CONNECT_SWAPPED);
  trellis_timer_button_set_timer (TRELLIS_TIMER_BUTTON (self->timer_button), self->timer);
}

void
_trellis_window_dispose_workshop (TrellisWindow *self)
{
  if (self->timer != NULL)
    trellis_timer_reset (self->timer);
  g_clear_object (&self->timer);
  g_clear_object (&self->sound);
}

void
_trellis_window_class_add_workshop_actions (GtkWidgetClass *widget_class)
{
  g_type_ensure (TRELLIS_TYPE_TIMER_BUTTON);
  g_type_ensure (TRELLIS_TYPE_PARKING_LOT_VIEW);
  gtk_widget_class_install_action (widget_class, "win.timer-start", NULL, timer_action);
  gtk_widget_class_install_action (widget_class, "win.timer-pause", NULL, timer_action);
  gtk_widget_class_install_action (widget_class, "win.timer-add-minute", NULL, timer_action);
  gtk_widget_class_install_action (widget_class, "win.timer-reset", NULL, timer_action);
  gtk_widget_class_install_action (widget_class, "win.parking-lot", NULL, parking_lot_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.parking-lot", NULL);
}

/**
 * trellis_window_get_timer:
 *
 * Returns: (transfer none): the timer of the window's exercises
 */
TrellisTimer *
trellis_window_get_timer (TrellisWindow *self)
{
  g_return_val_if_fail (TRELLIS_IS_WINDOW (self), NULL);

  return self->timer;
}
