/* test-preferences.c: the preferences window and the colour scheme, paths /ui/preferences/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Needs a display: meson runs the suite under xvfb-run (build-aux/test);
 * without one the program exits 77 and meson reports it skipped. The
 * settings live in the memory backend (GSETTINGS_BACKEND=memory).
 */

#include "config.h"

#include <glib/gstdio.h>

#include "trellis-application.h"
#include "trellis-preferences-window.h"
#include "trellis-settings.h"
#include "trellis-window.h"
#include "trellis-test-utils.h"
#include "ui-test-utils.h"

static TrellisApplication *app;
static char *tmpdir;

/* Helpers */

static GSettings *
get_settings (void)
{
  GSettings *settings = trellis_application_get_settings (app);

  g_assert_true (G_IS_SETTINGS (settings));
  return settings;
}

static void
reset_settings (void)
{
  GSettings *settings = get_settings ();

  g_settings_reset (settings, "autosave-interval");
  g_settings_reset (settings, "default-facilitator");
  g_settings_reset (settings, "color-scheme");
  ui_test_iterate_pending ();
}

static TrellisPreferencesWindow *
find_preferences (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();
  TrellisPreferencesWindow *found = NULL;

  for (GList *l = toplevels; l != NULL; l = l->next)
    {
      if (TRELLIS_IS_PREFERENCES_WINDOW (l->data) && gtk_widget_get_visible (l->data))
        {
          g_assert_null (found);
          found = l->data;
        }
    }

  return found;
}

static GtkWindow *
open_app_window (void)
{
  GtkWindow *window;

  g_application_activate (G_APPLICATION (app));
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_true (TRELLIS_IS_WINDOW (window));
  ui_test_iterate_until_mapped (GTK_WIDGET (window));
  return window;
}

/* Opens the window the way the menu does: through app.preferences. */
static TrellisPreferencesWindow *
open_preferences (void)
{
  GtkWindow *parent = open_app_window ();
  TrellisPreferencesWindow *preferences;

  g_assert_null (find_preferences ());
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  preferences = find_preferences ();
  g_assert_nonnull (preferences);
  ui_test_iterate_until_mapped (GTK_WIDGET (preferences));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (preferences)) == parent);
  g_assert_true (trellis_preferences_window_get_settings (preferences) == get_settings ());
  return preferences;
}

static gboolean
menu_has_action (GMenuModel *model,
                 const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GMenuModel) section = NULL;

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &name)
          && g_str_equal (name, action))
        return TRUE;
      section = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);
      if (section != NULL && menu_has_action (section, action))
        return TRUE;
    }

  return FALSE;
}

static gboolean
is_shortcut_for (GtkWidget     *widget,
                 gconstpointer  action)
{
  g_autofree char *name = NULL;

  if (!GTK_IS_SHORTCUTS_SHORTCUT (widget))
    return FALSE;
  g_object_get (widget, "action-name", &name, NULL);
  return g_strcmp0 (name, action) == 0;
}

/* Whether a shortcut in the shortcuts window @widget shows @action. */
static gboolean
shortcuts_have_action (GtkWidget  *widget,
                       const char *action)
{
  return ui_test_find (widget, is_shortcut_for, action) != NULL;
}

/* Tests */

static void
test_action (void)
{
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                                 "app.preferences");
  TrellisPreferencesWindow *preferences;

  g_assert_nonnull (accels);
  g_assert_cmpstr (accels[0], ==, "<Control>comma");

  preferences = open_preferences ();
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (preferences)));
  g_assert_true (gtk_window_get_destroy_with_parent (GTK_WINDOW (preferences)));

  /* Closing the parent takes the preferences along. */
  gtk_window_destroy (gtk_window_get_transient_for (GTK_WINDOW (preferences)));
  ui_test_iterate_pending ();
  g_assert_null (find_preferences ());
  ui_test_destroy_all_windows ();
}

/* The primary menu's button: the header bar has other menu buttons (the
 * timer, the parking lot) with popovers and no menu model. */
static gboolean
is_primary_menu_button (GtkWidget     *widget,
                        gconstpointer  data)
{
  (void) data;
  return GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget));
}

static void
test_menu_and_shortcuts (void)
{
  GtkWindow *window = open_app_window ();
  GtkWidget *menu_button = ui_test_find (GTK_WIDGET (window), is_primary_menu_button, NULL);
  GtkWidget *help_overlay;

  g_assert_nonnull (menu_button);
  g_assert_true (menu_has_action (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (menu_button)),
                                  "app.preferences"));

  /* GtkApplication loads gtk/help-overlay.ui into every application window. */
  help_overlay = GTK_WIDGET (gtk_application_window_get_help_overlay (
    GTK_APPLICATION_WINDOW (window)));
  g_assert_nonnull (help_overlay);
  g_assert_true (shortcuts_have_action (help_overlay, "app.preferences"));
  ui_test_destroy_all_windows ();
}

static void
test_autosave_interval (void)
{
  GSettings *settings = get_settings ();
  TrellisPreferencesWindow *preferences;
  GtkSpinButton *spin;

  reset_settings ();
  preferences = open_preferences ();
  spin = GTK_SPIN_BUTTON (ui_test_find_descendant (GTK_WIDGET (preferences), GTK_TYPE_SPIN_BUTTON));
  g_assert_nonnull (spin);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spin), ==, 60);

  gtk_spin_button_set_value (spin, 300);
  ui_test_iterate_pending ();
  g_assert_cmpuint (g_settings_get_uint (settings, "autosave-interval"), ==, 300);

  g_settings_set_uint (settings, "autosave-interval", 1200);
  ui_test_iterate_pending ();
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spin), ==, 1200);

  /* The spin button keeps to the schema's range. */
  gtk_spin_button_set_value (spin, 5);
  ui_test_iterate_pending ();
  g_assert_cmpuint (g_settings_get_uint (settings, "autosave-interval"), ==, 10);
  gtk_spin_button_set_value (spin, 100000);
  ui_test_iterate_pending ();
  g_assert_cmpuint (g_settings_get_uint (settings, "autosave-interval"), ==, 3600);

  ui_test_destroy_all_windows ();
}

static void
test_default_facilitator (void)
{
  GSettings *settings = get_settings ();
  TrellisPreferencesWindow *preferences;
  GtkEditable *row;

  reset_settings ();
  g_settings_set_string (settings, "default-facilitator", "Ana Lima");
  preferences = open_preferences ();
  row = GTK_EDITABLE (ui_test_find_descendant (GTK_WIDGET (preferences), ADW_TYPE_ENTRY_ROW));
  g_assert_nonnull (row);
  g_assert_cmpstr (gtk_editable_get_text (row), ==, "Ana Lima");

  gtk_editable_set_text (row, "Jonas Weber");
  ui_test_iterate_pending ();
  {
    g_autofree char *name = g_settings_get_string (settings, "default-facilitator");

    g_assert_cmpstr (name, ==, "Jonas Weber");
  }

  g_settings_set_string (settings, "default-facilitator", "María José Núñez");
  ui_test_iterate_pending ();
  g_assert_cmpstr (gtk_editable_get_text (row), ==, "María José Núñez");

  ui_test_destroy_all_windows ();
}

static void
assert_color_scheme (const char *expected)
{
  g_autofree char *scheme = g_settings_get_string (get_settings (), "color-scheme");

  g_assert_cmpstr (scheme, ==, expected);
}

static void
test_color_scheme_row (void)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  GSettings *settings = get_settings ();
  TrellisPreferencesWindow *preferences;
  AdwComboRow *row;

  reset_settings ();
  preferences = open_preferences ();
  row = ADW_COMBO_ROW (ui_test_find_descendant (GTK_WIDGET (preferences), ADW_TYPE_COMBO_ROW));
  g_assert_nonnull (row);
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (row)), ==, 3);

  adw_combo_row_set_selected (row, 2);
  ui_test_iterate_pending ();
  assert_color_scheme ("dark");
  g_assert_cmpint (adw_style_manager_get_color_scheme (style_manager), ==,
                   ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_true (adw_style_manager_get_dark (style_manager));

  adw_combo_row_set_selected (row, 1);
  ui_test_iterate_pending ();
  assert_color_scheme ("light");
  g_assert_false (adw_style_manager_get_dark (style_manager));

  adw_combo_row_set_selected (row, 0);
  ui_test_iterate_pending ();
  assert_color_scheme ("default");
  g_assert_cmpint (adw_style_manager_get_color_scheme (style_manager), ==,
                   ADW_COLOR_SCHEME_DEFAULT);

  g_settings_set_string (settings, "color-scheme", "dark");
  ui_test_iterate_pending ();
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 2);
  g_settings_set_string (settings, "color-scheme", "light");
  ui_test_iterate_pending ();
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 1);

  ui_test_destroy_all_windows ();
  reset_settings ();
}

/* The application follows the key with no preferences window open. */
static void
test_color_scheme_follows_key (void)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  GSettings *settings = get_settings ();
  GtkWindow *window;

  reset_settings ();
  window = open_app_window ();

  g_settings_set_string (settings, "color-scheme", "dark");
  ui_test_iterate_pending ();
  g_assert_true (adw_style_manager_get_dark (style_manager));
  g_assert_true (adw_style_manager_get_dark (
    adw_style_manager_get_for_display (gtk_widget_get_display (GTK_WIDGET (window)))));

  g_settings_set_string (settings, "color-scheme", "light");
  ui_test_iterate_pending ();
  g_assert_false (adw_style_manager_get_dark (style_manager));
  g_assert_cmpint (trellis_settings_get_color_scheme (settings), ==, ADW_COLOR_SCHEME_FORCE_LIGHT);

  g_settings_reset (settings, "color-scheme");
  ui_test_iterate_pending ();
  g_assert_cmpint (adw_style_manager_get_color_scheme (style_manager), ==,
                   ADW_COLOR_SCHEME_DEFAULT);

  ui_test_destroy_all_windows ();
}

int
main (int   argc,
      char *argv[])
{
  app = ui_test_init (&argc, &argv, &tmpdir);
  if (g_strcmp0 (g_getenv ("GSETTINGS_BACKEND"), "memory") != 0)
    {
      g_printerr ("GSETTINGS_BACKEND is not 'memory': run through meson test\n");
      return 77;
    }

  g_test_add_func ("/ui/preferences/action", test_action);
  g_test_add_func ("/ui/preferences/menu-and-shortcuts", test_menu_and_shortcuts);
  g_test_add_func ("/ui/preferences/autosave-interval", test_autosave_interval);
  g_test_add_func ("/ui/preferences/default-facilitator", test_default_facilitator);
  g_test_add_func ("/ui/preferences/color-scheme-row", test_color_scheme_row);
  g_test_add_func ("/ui/preferences/color-scheme-follows-key", test_color_scheme_follows_key);

  return ui_test_run (app, tmpdir);
}
