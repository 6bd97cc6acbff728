/* trellis-settings.c: what the application does with its GSettings keys
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "trellis-settings"

#include "config.h"

#include "trellis-settings.h"

/**
 * trellis_settings_get_color_scheme:
 * @settings: the application's settings
 *
 * Returns: the libadwaita colour scheme that `color-scheme` asks for
 */
AdwColorScheme
trellis_settings_get_color_scheme (GSettings *settings)
{
  g_autofree char *scheme = NULL;

  g_return_val_if_fail (G_IS_SETTINGS (settings), ADW_COLOR_SCHEME_DEFAULT);

  /* The schema's <choices> let nothing else through but "default". */
  scheme = g_settings_get_string (settings, "color-scheme");
  if (g_str_equal (scheme, "light"))
    return ADW_COLOR_SCHEME_FORCE_LIGHT;
  if (g_str_equal (scheme, "dark"))
    return ADW_COLOR_SCHEME_FORCE_DARK;

  return ADW_COLOR_SCHEME_DEFAULT;
}

/**
 * trellis_settings_apply_color_scheme:
 * @settings: the application's settings
 *
 * Gives every window of the process the style of `color-scheme`.
 */
void
trellis_settings_apply_color_scheme (GSettings *settings)
{
  g_return_if_fail (G_IS_SETTINGS (settings));

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      trellis_settings_get_color_scheme (settings));
}

static void
on_settings_changed_cb (GSettings  *settings,
                        const char *key,
                        gpointer    user_data)
{
  trellis_settings_apply_color_scheme (settings);
}

/**
 * trellis_settings_follow_color_scheme:
 * @settings: the application's settings
 *
 * Applies `color-scheme` now and again whenever it changes, for as long
 * as @settings lives. Call it once, after libadwaita is initialised.
 */
void
trellis_settings_follow_color_scheme (GSettings *settings)
{
  g_return_if_fail (G_IS_SETTINGS (settings));

  g_signal_connect (settings, "changed::color-scheme", G_CALLBACK (on_settings_changed_cb), NULL);
  trellis_settings_apply_color_scheme (settings);
}
