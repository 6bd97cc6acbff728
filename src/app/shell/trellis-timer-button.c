/* trellis-timer-button.c: the header bar's button of the workshop timer
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A menu button that shows the time left while a countdown is under way
 * (an alarm icon alone otherwise) and, once time is up, turns to the
 * accent colour and pulses until the timer is reset or started again.
 * Its popover sets the minutes (a spin button and presets), and starts,
 * pauses, adds a minute and resets through the window's win.timer-*
 * actions: the button shows a timer, the window owns it.
 */

#define G_LOG_DOMAIN "trellis-timer"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-timer-button.h"

struct _TrellisTimerButton
{
  GtkWidget       parent_instance;

  TrellisTimer   *timer;
  gboolean        syncing;

  /* Template widgets */
  GtkMenuButton  *menu_button;
  GtkLabel       *time_label;
  GtkPopover     *popover;
  GtkLabel       *big_label;
  GtkSpinButton  *minutes_spin;
  GtkWidget      *preset_box;
  GtkButton      *start_button;
};

G_DEFINE_FINAL_TYPE (TrellisTimerButton, trellis_timer_button, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TIMER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Under way: running, paused part-way, or just finished. */
static gboolean
is_under_way (TrellisTimer *timer)
{
  return trellis_timer_get_running (timer) || trellis_timer_get_finished (timer) ||
         trellis_timer_get_remaining (timer) != trellis_timer_get_duration (timer);
}

static void
sync_start_button (TrellisTimerButton *self)
{
  gboolean running = trellis_timer_get_running (self->timer);
  gboolean paused = !running && !trellis_timer_get_finished (self->timer) &&
                    trellis_timer_get_remaining (self->timer) != trellis_timer_get_duration (self->timer);

  gtk_button_set_label (self->start_button, running ? _("_Pause") : paused ? _("Res_ume") : _("_Start"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->start_button),
                                  running ? "win.timer-pause" : "win.timer-start");
}

static void
sync_accessible (TrellisTimerButton *self,
                 const char         *time)
{
  g_autofree char *label = NULL;

  if (trellis_timer_get_finished (self->timer))
    label = g_strdup (_("Timer: time is up"));
  else if (is_under_way (self->timer))
    /* translators: %s is the time left, such as 4:05 */
    label = g_strdup_printf (_("Timer: %s left"), time);
  else
    label = g_strdup (_("Timer"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
sync_all (TrellisTimerButton *self)
{
  g_autofree char *time = NULL;
  gboolean finished;

  g_assert (TRELLIS_IS_TIMER_BUTTON (self));

  if (self->timer == NULL)
    return;

  finished = trellis_timer_get_finished (self->timer);
  time = trellis_timer_format (trellis_timer_get_remaining (self->timer));
  gtk_label_set_label (self->time_label, time);
  gtk_label_set_label (self->big_label, time);
  gtk_widget_set_visible (GTK_WIDGET (self->time_label), is_under_way (self->timer));
  if (finished)
    gtk_widget_add_css_class (GTK_WIDGET (self->menu_button), "timer-finished");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->menu_button), "timer-finished");

  self->syncing = TRUE;
  gtk_spin_button_set_value (self->minutes_spin,
                             MAX (1, (trellis_timer_get_duration (self->timer) + 59) / 60));
  self->syncing = FALSE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->minutes_spin), !trellis_timer_get_running (self->timer));
  gtk_widget_set_sensitive (self->preset_box, !trellis_timer_get_running (self->timer));
  sync_start_button (self);
  sync_accessible (self, time);
}

static void
on_minutes_spin_value_changed_cb (TrellisTimerButton *self)
{
  if (self->syncing || self->timer == NULL)
    return;
  trellis_timer_set_duration (self->timer, (guint) gtk_spin_button_get_value_as_int (self->minutes_spin) * 60);
}

/* The focus goes to Start (Enter starts), not into the minutes. */
static void
on_popover_show_cb (TrellisTimerButton *self)
{
  sync_all (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->start_button));
}

static void
preset_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TrellisTimerButton *self = TRELLIS_TIMER_BUTTON (widget);

  if (self->timer != NULL && !trellis_timer_get_running (self->timer))
    trellis_timer_set_duration (self->timer, g_variant_get_uint32 (parameter) * 60);
}

/**
 * trellis_timer_button_get_timer:
 *
 * Returns: (transfer none) (nullable): the timer shown
 */
TrellisTimer *
trellis_timer_button_get_timer (TrellisTimerButton *self)
{
  g_return_val_if_fail (TRELLIS_IS_TIMER_BUTTON (self), NULL);

  return self->timer;
}

/**
 * trellis_timer_button_set_timer:
 * @timer: (nullable): the timer to show and set
 */
void
trellis_timer_button_set_timer (TrellisTimerButton *self,
                                TrellisTimer       *timer)
{
  g_return_if_fail (TRELLIS_IS_TIMER_BUTTON (self));
  g_return_if_fail (timer == NULL || TRELLIS_IS_TIMER (timer));

  if (self->timer == timer)
    return;
  if (self->timer != NULL)
    g_signal_handlers_disconnect_by_data (self->timer, self);
  g_set_object (&self->timer, timer);
  if (timer != NULL)
    g_signal_connect_object (timer, "notify", G_CALLBACK (sync_all), self, G_CONNECT_SWAPPED);
  sync_all (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMER]);
}

/**
 * trellis_timer_button_get_popover:
 *
 * Returns: (transfer none): the popover with the timer's controls
 */
GtkPopover *
trellis_timer_button_get_popover (TrellisTimerButton *self)
{
  g_return_val_if_fail (TRELLIS_IS_TIMER_BUTTON (self), NULL);

  return self->popover;
}

static void
trellis_timer_button_dispose (GObject *object)
{
  TrellisTimerButton *self = TRELLIS_TIMER_BUTTON (object);
  GtkWidget *child;

  if (self->timer != NULL)
    g_signal_handlers_disconnect_by_data (self->timer, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), TRELLIS_TYPE_TIMER_BUTTON);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->timer);

  G_OBJECT_CLASS (trellis_timer_button_parent_class)->dispose (object);
}

static void
trellis_timer_button_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  TrellisTimerButton *self = TRELLIS_TIMER_BUTTON (object);

  switch (prop_id)
    {
    case PROP_TIMER:
      g_value_set_object (value, trellis_timer_button_get_timer (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trellis_timer_button_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  TrellisTimerButton *self = TRELLIS_TIMER_BUTTON (object);

  switch (prop_id)
    {
    case PROP_TIMER:
      trellis_timer_button_set_timer (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trellis_timer_button_class_init (TrellisTimerButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trellis_timer_button_dispose;
  object_class->get_property = trellis_timer_button_get_property;
  object_class->set_property = trellis_timer_button_set_property;

  properties[PROP_TIMER] =
    g_param_spec_object ("timer", NULL, NULL, TRELLIS_TYPE_TIMER,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/trellis/Trellis/ui/trellis-timer-button.ui");
  gtk_widget_class_bind_template_child (widget_class, TrellisTimerButton, menu_button);
  gtk_widget_class_bind_template_child (widget_class, TrellisTimerButton, time_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisTimerButton, popover);
  gtk_widget_class_bind_template_child (widget_class, TrellisTimerButton, big_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisTimerButton, minutes_spin);
  gtk_widget_class_bind_template_child (widget_class, TrellisTimerButton, preset_box);
  gtk_widget_class_bind_template_child (widget_class, TrellisTimerButton, start_button);
  gtk_widget_class_bind_template_callback (widget_class, on_minutes_spin_value_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_popover_show_cb);
  gtk_widget_class_install_action (widget_class, "timer.preset", "u", preset_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
trellis_timer_button_init (TrellisTimerButton *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Timer"), -1);
}
