/* trellis-light-dot.c: a traffic light as a coloured dot with its word
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Never colour alone: the dot comes with its word, and grey (not enough
 * data) is a hollow ring, so the lights can be told apart in print and by
 * people who do not see red and green apart.  The colours are the style
 * sheet's (.light-dot.red etc.), so dark mode follows.
 */

#define G_LOG_DOMAIN "trellis-light-dot"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-light-dot.h"

static const char *css_names[] = { "grey", "green", "amber", "red" };

/**
 * trellis_light_dot_get_word:
 *
 * Returns: the short word for @light ("Red", "No data"), translated
 */
const char *
trellis_light_dot_get_word (TrellisLight light)
{
  switch (light)
    {
    case TRELLIS_LIGHT_GREEN:
      return _("Green");
    case TRELLIS_LIGHT_AMBER:
      return _("Amber");
    case TRELLIS_LIGHT_RED:
      return _("Red");
    case TRELLIS_LIGHT_GREY:
    default:
      return _("No data");
    }
}

/**
 * trellis_light_dot_new:
 *
 * Returns: (transfer floating): the dot alone, for beside a text that names
 *   the light
 */
GtkWidget *
trellis_light_dot_new (TrellisLight light)
{
  GtkWidget *dot = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  g_return_val_if_fail (light <= TRELLIS_LIGHT_RED, dot);

  gtk_widget_add_css_class (dot, "light-dot");
  gtk_widget_add_css_class (dot, css_names[light]);
  gtk_widget_set_valign (dot, GTK_ALIGN_CENTER);
  gtk_widget_set_halign (dot, GTK_ALIGN_CENTER);
  return dot;
}

/**
 * trellis_light_dot_new_label:
 * @word: (nullable): the text beside the dot; %NULL for the light's word
 *
 * Returns: (transfer floating): the dot and its word, in a box
 */
GtkWidget *
trellis_light_dot_new_label (TrellisLight light,
                             const char  *word)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (word != NULL ? word : trellis_light_dot_get_word (light));

  gtk_widget_add_css_class (box, "light-dot-label");
  gtk_box_append (GTK_BOX (box), trellis_light_dot_new (light));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), label);
  return box;
}
