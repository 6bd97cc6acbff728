/* trellis-preferences-window.c: the application's preferences
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every row is bound to its GSettings key, never copied: a change in the
 * window is stored at once, and a change of the key shows in the window.
 */

#define G_LOG_DOMAIN "trellis-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-preferences-window.h"

struct _TrellisPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  /* Template widgets */
  AdwComboRow          *color_scheme_row;
  GtkSpinButton        *autosave_spin;
  AdwEntryRow          *facilitator_row;
};

G_DEFINE_FINAL_TYPE (TrellisPreferencesWindow, trellis_preferences_window,
                     ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The values of `color-scheme`, in the order of the rows of color_scheme_row. */
static const char * const color_schemes[] = { "default", "light", "dark" };

static gboolean
color_scheme_to_selected (GValue   *value,
                          GVariant *variant,
                          gpointer  user_data)
{
  const char *scheme = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (color_schemes); i++)
    {
      if (g_str_equal (scheme, color_schemes[i]))
        {
          g_value_set_uint (value, i);
          return TRUE;
        }
    }

  return FALSE;
}

static GVariant *
selected_to_color_scheme (const GValue       *value,
                          const GVariantType *expected_type,
                          gpointer            user_data)
{
  guint selected = g_value_get_uint (value);

  /* GTK_INVALID_LIST_POSITION while the model is being replaced. */
  if (selected >= G_N_ELEMENTS (color_schemes))
    return NULL;

  return g_variant_new_string (color_schemes[selected]);
}

static void
bind_settings (TrellisPreferencesWindow *self)
{
  g_assert (TRELLIS_IS_PREFERENCES_WINDOW (self));
  g_assert (G_IS_SETTINGS (self->settings));

  g_settings_bind_with_mapping (self->settings, "color-scheme",
                                self->color_scheme_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                color_scheme_to_selected, selected_to_color_scheme,
                                NULL, NULL);
  g_settings_bind (self->settings, "autosave-interval",
                   self->autosave_spin, "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "default-facilitator",
                   self->facilitator_row, "text",
                   G_SETTINGS_BIND_DEFAULT);
}

static void
trellis_preferences_window_constructed (GObject *object)
{
  TrellisPreferencesWindow *self = TRELLIS_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (trellis_preferences_window_parent_class)->constructed (object);

  if (self->settings == NULL)
    self->settings = g_settings_new (APP_ID);
  bind_settings (self);
}

static void
trellis_preferences_window_dispose (GObject *object)
{
  TrellisPreferencesWindow *self = TRELLIS_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TRELLIS_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (trellis_preferences_window_parent_class)->dispose (object);
}

static void
trellis_preferences_window_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  TrellisPreferencesWindow *self = TRELLIS_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, trellis_preferences_window_get_settings (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trellis_preferences_window_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec)
{
  TrellisPreferencesWindow *self = TRELLIS_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      /* Construct-only: bound once, in constructed. */
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trellis_preferences_window_class_init (TrellisPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = trellis_preferences_window_constructed;
  object_class->dispose = trellis_preferences_window_dispose;
  object_class->get_property = trellis_preferences_window_get_property;
  object_class->set_property = trellis_preferences_window_set_property;

  /**
   * TrellisPreferencesWindow:settings:
   *
   * The settings the window shows and changes; the schema is %APP_ID.
   */
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/trellis/Trellis/ui/"
                                               "trellis-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TrellisPreferencesWindow, color_scheme_row);
  gtk_widget_class_bind_template_child (widget_class, TrellisPreferencesWindow, autosave_spin);
  gtk_widget_class_bind_template_child (widget_class, TrellisPreferencesWindow, facilitator_row);
}

static void
trellis_preferences_window_init (TrellisPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * trellis_preferences_window_new:
 * @settings: (nullable): settings of the schema %APP_ID, or %NULL for new ones
 *
 * Returns: (transfer none): a new preferences window, owned by GTK until destroyed
 */
GtkWidget *
trellis_preferences_window_new (GSettings *settings)
{
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return g_object_new (TRELLIS_TYPE_PREFERENCES_WINDOW,
                       "settings", settings,
                       NULL);
}

/**
 * trellis_preferences_window_get_settings:
 *
 * Returns: (transfer none): the settings the window is bound to
 */
GSettings *
trellis_preferences_window_get_settings (TrellisPreferencesWindow *self)
{
  g_return_val_if_fail (TRELLIS_IS_PREFERENCES_WINDOW (self), NULL);

  return self->settings;
}
