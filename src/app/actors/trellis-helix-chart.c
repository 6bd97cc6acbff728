/* trellis-helix-chart.c: bars of the actors and committed members per helix type, with the checks
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row per helix type: a light bar for all its actors with a solid bar
 * for the committed ones inside, and the numbers.  Below, the composition
 * rules of the excellence self-assessment (1.1.1 and 1.1.0) as rows with
 * an icon and the reason in words, in the warning style when not met.
 */

#define G_LOG_DOMAIN "trellis-helix-chart"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-helix-chart.h"

#define BAR_HEIGHT 18

struct _TrellisHelixChart
{
  GtkWidget            parent_instance;

  TrellisHelixBalance  balance;

  GtkWidget           *box;
  GtkWidget           *bars[TRELLIS_N_HELIX_TYPES];
  GtkLabel            *counts[TRELLIS_N_HELIX_TYPES];
  GtkLabel            *total_label;
  AdwActionRow        *check_rows[TRELLIS_BALANCE_N_CHECKS];
  GtkImage            *check_icons[TRELLIS_BALANCE_N_CHECKS];
};

G_DEFINE_FINAL_TYPE (TrellisHelixChart, trellis_helix_chart, GTK_TYPE_WIDGET)

/* The colours are named in style.css, so a theme (or dark mode) can change them. */
static const char * const helix_classes[TRELLIS_N_HELIX_TYPES] = {
  "business", "research", "government", "intermediary",
};

static guint
max_actors (const TrellisHelixBalance *balance)
{
  guint max = 1;

  for (guint i = 0; i < TRELLIS_N_HELIX_TYPES; i++)
    max = MAX (max, balance->n_actors[i]);
  return max;
}

static void
draw_rounded_bar (cairo_t *cr,
                  double   width,
                  double   height)
{
  double radius = MIN (height / 2, width / 2);

  cairo_new_sub_path (cr);
  cairo_arc (cr, width - radius, radius, radius, -G_PI / 2, G_PI / 2);
  cairo_arc (cr, radius, height - radius, radius, G_PI / 2, 3 * G_PI / 2);
  cairo_close_path (cr);
  cairo_fill (cr);
}

static void
draw_bar_cb (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  TrellisHelixChart *self = TRELLIS_HELIX_CHART (user_data);
  guint helix = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (area), "helix"));
  g_autofree char *color_name = g_strdup_printf ("trellis_helix_%s", helix_classes[helix]);
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (area));
  double scale = (double) width / max_actors (&self->balance);
  double y = (height - BAR_HEIGHT) / 2.0;
  GdkRGBA color, track;

  if (!gtk_style_context_lookup_color (context, color_name, &color))
    gdk_rgba_parse (&color, "#3584e4");
  gtk_style_context_get_color (context, &track);

  cairo_translate (cr, 0, y);
  /* A faint track shows where the bar would be, so an empty row still reads as zero. */
  track.alpha = 0.08;
  gdk_cairo_set_source_rgba (cr, &track);
  draw_rounded_bar (cr, width, BAR_HEIGHT);

  if (self->balance.n_actors[helix] > 0)
    {
      color.alpha = 0.35;
      gdk_cairo_set_source_rgba (cr, &color);
      draw_rounded_bar (cr, MAX (BAR_HEIGHT, scale * self->balance.n_actors[helix]), BAR_HEIGHT);
    }
  if (self->balance.n_committed[helix] > 0)
    {
      color.alpha = 1.0;
      gdk_cairo_set_source_rgba (cr, &color);
      draw_rounded_bar (cr, MAX (BAR_HEIGHT, scale * self->balance.n_committed[helix]), BAR_HEIGHT);
    }
}

static GtkWidget *
new_label (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
add_helix_row (TrellisHelixChart *self,
               GtkGrid           *grid,
               guint              helix)
{
  GtkWidget *dot = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *name = new_label (trellis_enum_label (TRELLIS_TYPE_HELIX, helix), NULL);
  GtkWidget *bar = gtk_drawing_area_new ();
  GtkWidget *count = new_label (NULL, "numeric");
  int row = helix + 1;

  gtk_widget_add_css_class (dot, "helix-dot");
  gtk_widget_add_css_class (dot, helix_classes[helix]);
  gtk_widget_set_valign (dot, GTK_ALIGN_CENTER);
  gtk_label_set_max_width_chars (GTK_LABEL (name), 14);
  gtk_label_set_width_chars (GTK_LABEL (name), 10);

  g_object_set_data (G_OBJECT (bar), "helix", GUINT_TO_POINTER (helix));
  gtk_widget_set_hexpand (bar, TRUE);
  gtk_widget_set_size_request (bar, 80, BAR_HEIGHT + 6);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (bar), draw_bar_cb, self, NULL);

  gtk_label_set_xalign (GTK_LABEL (count), 1);
  gtk_label_set_wrap (GTK_LABEL (count), FALSE);

  gtk_grid_attach (grid, dot, 0, row, 1, 1);
  gtk_grid_attach (grid, name, 1, row, 1, 1);
  gtk_grid_attach (grid, bar, 2, row, 1, 1);
  gtk_grid_attach (grid, count, 3, row, 1, 1);
  self->bars[helix] = bar;
  self->counts[helix] = GTK_LABEL (count);
}

static GtkWidget *
build_bars (TrellisHelixChart *self)
{
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *header = new_label (_("Committed of all"), "caption");

  gtk_grid_set_row_spacing (GTK_GRID (grid), 8);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 8);
  gtk_label_set_xalign (GTK_LABEL (header), 1);
  gtk_widget_add_css_class (header, "dim-label");
  gtk_grid_attach (GTK_GRID (grid), header, 2, 0, 2, 1);

  for (guint helix = 0; helix < TRELLIS_N_HELIX_TYPES; helix++)
    add_helix_row (self, GTK_GRID (grid), helix);
  return grid;
}

static GtkWidget *
build_checks (TrellisHelixChart *self)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");

  for (TrellisBalanceCheck check = 0; check < TRELLIS_BALANCE_N_CHECKS; check++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new ();
      GtkWidget *number = gtk_label_new (trellis_balance_check_get_requirement (check));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), trellis_balance_check_get_title (check));
      gtk_widget_add_css_class (number, "dim-label");
      gtk_widget_add_css_class (number, "numeric");
      /* translators: tooltip of a requirement's number, such as 1.1.1 */
      gtk_widget_set_tooltip_text (number, _("Minimum requirement of the cluster excellence self-assessment"));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), number);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
      self->check_rows[check] = ADW_ACTION_ROW (row);
      self->check_icons[check] = GTK_IMAGE (icon);
    }
  return list;
}

static void
update_check (TrellisHelixChart   *self,
              TrellisBalanceCheck  check)
{
  static const char * const icons[] = {
    [TRELLIS_CHECK_UNKNOWN] = "content-loading-symbolic",
    [TRELLIS_CHECK_MET] = "emblem-ok-symbolic",
    [TRELLIS_CHECK_NOT_MET] = "dialog-warning-symbolic",
  };
  g_autofree char *reason = NULL;
  TrellisCheckResult result = trellis_helix_balance_check (&self->balance, check, &reason);
  GtkWidget *row = GTK_WIDGET (self->check_rows[check]);
  GtkWidget *icon = GTK_WIDGET (self->check_icons[check]);

  adw_action_row_set_subtitle (self->check_rows[check], reason);
  gtk_image_set_from_icon_name (self->check_icons[check], icons[result]);
  gtk_widget_set_tooltip_text (icon, trellis_enum_label (TRELLIS_TYPE_CHECK_RESULT, result));
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  trellis_enum_label (TRELLIS_TYPE_CHECK_RESULT, result), -1);

  gtk_widget_remove_css_class (icon, "success");
  gtk_widget_remove_css_class (icon, "warning");
  gtk_widget_remove_css_class (icon, "dim-label");
  gtk_widget_add_css_class (icon, result == TRELLIS_CHECK_MET ? "success"
                                  : result == TRELLIS_CHECK_NOT_MET ? "warning" : "dim-label");
  if (result == TRELLIS_CHECK_NOT_MET)
    gtk_widget_add_css_class (row, "check-not-met");
  else
    gtk_widget_remove_css_class (row, "check-not-met");
}

static void
trellis_helix_chart_dispose (GObject *object)
{
  TrellisHelixChart *self = TRELLIS_HELIX_CHART (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (trellis_helix_chart_parent_class)->dispose (object);
}

static void
trellis_helix_chart_class_init (TrellisHelixChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trellis_helix_chart_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "helixchart");
}

static void
trellis_helix_chart_init (TrellisHelixChart *self)
{
  GtkWidget *title = new_label (_("Helix Balance"), "title-4");
  GtkWidget *legend = new_label (_("Light bars count all actors of a helix type, solid bars "
                                   "its committed members."), "caption");
  GtkWidget *checks_title = new_label (_("Cluster Excellence Requirements"), "heading");

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_widget_add_css_class (legend, "dim-label");
  self->total_label = GTK_LABEL (new_label (NULL, NULL));

  gtk_box_append (GTK_BOX (self->box), title);
  gtk_box_append (GTK_BOX (self->box), legend);
  gtk_box_append (GTK_BOX (self->box), build_bars (self));
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->total_label));
  gtk_widget_set_margin_top (checks_title, 12);
  gtk_box_append (GTK_BOX (self->box), checks_title);
  gtk_box_append (GTK_BOX (self->box), build_checks (self));

  trellis_helix_chart_set_balance (self, &self->balance);
}

/**
 * trellis_helix_chart_new:
 *
 * Returns: (transfer floating): an empty chart; give it the counts with
 *   trellis_helix_chart_set_balance()
 */
GtkWidget *
trellis_helix_chart_new (void)
{
  return g_object_new (TRELLIS_TYPE_HELIX_CHART, NULL);
}

/**
 * trellis_helix_chart_set_balance:
 * @balance: the counts to show, copied
 */
void
trellis_helix_chart_set_balance (TrellisHelixChart         *self,
                                 const TrellisHelixBalance *balance)
{
  g_autofree char *total = NULL;
  guint n_actors, n_committed;

  g_return_if_fail (TRELLIS_IS_HELIX_CHART (self));
  g_return_if_fail (balance != NULL);

  if (balance != &self->balance)
    self->balance = *balance;
  n_actors = trellis_helix_balance_get_n_actors (balance);
  n_committed = trellis_helix_balance_get_n_committed (balance);

  for (guint helix = 0; helix < TRELLIS_N_HELIX_TYPES; helix++)
    {
      /* translators: committed members of a helix type, of all its actors: "6 of 7" */
      g_autofree char *count = g_strdup_printf (_("%u of %u"), balance->n_committed[helix],
                                                balance->n_actors[helix]);
      g_autofree char *description =
        /* translators: the first number counts committed members, the second all actors */
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u committed of %u actor",
                                      "%u committed of %u actors", balance->n_actors[helix]),
                         balance->n_committed[helix], balance->n_actors[helix]);

      gtk_label_set_text (self->counts[helix], count);
      gtk_widget_set_tooltip_text (self->bars[helix], description);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->bars[helix]), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      description, -1);
      gtk_widget_queue_draw (self->bars[helix]);
    }

  total = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u actor is a committed member",
                                        "%u of %u actors are committed members", n_actors),
                           n_committed, n_actors);
  gtk_label_set_text (self->total_label, total);

  for (TrellisBalanceCheck check = 0; check < TRELLIS_BALANCE_N_CHECKS; check++)
    update_check (self, check);
}
