/* trellis-accessible.c: accessible names, and GTK 4.8's mnemonic names mended
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8 names a button or check box by its raw label: "_Save" for a
 * button with a mnemonic, read aloud with its underscore (a button's name
 * is its LABEL property and then its label child's text, "_Save Save").
 * trellis_accessible_init () mends every such control of the application
 * when it is shown, in one place: a button keeps the name of its label
 * child ("Save"), a check box gets its label without the underscore.
 *
 * In GTK 4.8 a tooltip is a description, never a name, and an icon is no
 * name either: icon-only controls are named with
 * trellis_accessible_name_icon (), which sets the name and the tooltip.
 */

#define G_LOG_DOMAIN "trellis-accessible"

#include "config.h"

#include "trellis-accessible.h"

static char *
strip_mnemonic (const char *label)
{
  GString *text = g_string_new (NULL);

  for (const char *c = label; *c != '\0'; c++)
    {
      if (*c == '_' && c[1] != '\0')
        c++;
      g_string_append_c (text, *c);
    }
  return g_string_free (text, FALSE);
}

/* Runs as a control is mapped: after every label and use-underline a
 * template or a constructor set. */
static gboolean
on_widget_map_hook_cb (GSignalInvocationHint *hint,
                       guint                  n_params,
                       const GValue          *params,
                       gpointer               user_data)
{
  GObject *object = g_value_get_object (&params[0]);

  if (GTK_IS_BUTTON (object) && gtk_button_get_use_underline (GTK_BUTTON (object)) &&
      gtk_button_get_label (GTK_BUTTON (object)) != NULL)
    gtk_accessible_reset_property (GTK_ACCESSIBLE (object), GTK_ACCESSIBLE_PROPERTY_LABEL);
  else if (GTK_IS_CHECK_BUTTON (object) && gtk_check_button_get_use_underline (GTK_CHECK_BUTTON (object)) &&
           gtk_check_button_get_label (GTK_CHECK_BUTTON (object)) != NULL)
    {
      g_autofree char *name = strip_mnemonic (gtk_check_button_get_label (GTK_CHECK_BUTTON (object)));

      gtk_accessible_update_property (GTK_ACCESSIBLE (object), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
    }
  return TRUE;
}

/**
 * trellis_accessible_init:
 *
 * Mends the names of controls with mnemonics, for the whole process.
 * Call once, before the first window; later calls do nothing.
 */
void
trellis_accessible_init (void)
{
  static gsize installed = 0;

  if (g_once_init_enter (&installed))
    {
      /* The signal exists once the class does. */
      gpointer widget_class = g_type_class_ref (GTK_TYPE_WIDGET);
      guint map = g_signal_lookup ("map", GTK_TYPE_WIDGET);

      g_type_class_unref (widget_class);
      g_signal_add_emission_hook (map, 0, on_widget_map_hook_cb, NULL, NULL);
      g_once_init_leave (&installed, 1);
    }
}

/**
 * trellis_accessible_set_label:
 * @widget: a #GtkWidget
 * @label: (nullable): its accessible name, translated; %NULL to remove it
 *
 * Names a control whose text does not say what it does or which item it
 * is about. A menu button passes its name to its inner button.
 */
void
trellis_accessible_set_label (gpointer    widget,
                              const char *label)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (label == NULL)
    gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL);
  else
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

/**
 * trellis_accessible_name_icon:
 * @widget: an icon-only button or menu button
 * @label: what it does, translated
 *
 * Gives an icon-only control its name and the same words as its tooltip.
 */
void
trellis_accessible_name_icon (GtkWidget  *widget,
                              const char *label)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  gtk_widget_set_tooltip_text (widget, label);
  trellis_accessible_set_label (widget, label);
}
