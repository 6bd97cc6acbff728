/* trellis-timeline-view.c: the timeline (Gantt chart) of the action plan, with its toolbar
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The chart (trellis-timeline-chart.c) in a scrolled window, under a
 * toolbar: zoom to weeks, months or quarters (also Ctrl+plus and
 * Ctrl+minus), back to today, and grouping by goal.  A plan without
 * actions or milestones shows what to do instead.  It follows the
 * project as it changes; read-only, nothing can be dragged.  Under the
 * toolbar, a legend names each colour of the chart (its table is in
 * trellis-timeline-paint.c); it wraps in a narrow window.
 */

#define G_LOG_DOMAIN "trellis-timeline"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-timeline-paint.h"
#include "trellis-timeline-view.h"

struct _TrellisTimelineView
{
  GtkWidget             parent_instance;

  TrellisProject       *project;
  gboolean              editable;

  GtkWidget            *box;
  GtkWidget            *legend;
  GtkStack             *stack;
  TrellisTimelineChart *chart;
  GtkToggleButton      *zoom_buttons[3];
  GtkToggleButton      *by_goal_button;
};

G_DEFINE_FINAL_TYPE (TrellisTimelineView, trellis_timeline_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_EDITABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_empty (TrellisTimelineView *self)
{
  gboolean empty = trellis_project_count_items (self->project, TRELLIS_TYPE_ACTION) == 0 &&
                   trellis_project_count_items (self->project, TRELLIS_TYPE_MILESTONE) == 0;

  gtk_stack_set_visible_child_name (self->stack, empty ? "empty" : "chart");
  gtk_widget_set_visible (self->legend, !empty);
}

static void
on_project_changed_cb (TrellisTimelineView *self,
                       TrellisItem         *item)
{
  if (item == NULL || TRELLIS_IS_ACTION (item) || TRELLIS_IS_MILESTONE (item))
    update_empty (self);
}

static void
sync_zoom_buttons (TrellisTimelineView *self)
{
  TrellisTimelineZoom zoom = trellis_timeline_chart_get_zoom (self->chart);

  gtk_toggle_button_set_active (self->zoom_buttons[zoom], TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.zoom-in", zoom != TRELLIS_TIMELINE_WEEKS);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.zoom-out", zoom != TRELLIS_TIMELINE_QUARTERS);
}

static void
on_zoom_toggled_cb (TrellisTimelineView *self,
                    GtkToggleButton     *button)
{
  if (!gtk_toggle_button_get_active (button))
    return;
  for (guint i = 0; i < G_N_ELEMENTS (self->zoom_buttons); i++)
    if (self->zoom_buttons[i] == button)
      trellis_timeline_chart_set_zoom (self->chart, i);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TrellisTimelineView *self = TRELLIS_TIMELINE_VIEW (widget);
  int zoom = trellis_timeline_chart_get_zoom (self->chart);

  zoom += g_str_equal (action_name, "timeline.zoom-in") ? -1 : 1;
  trellis_timeline_chart_set_zoom (self->chart, CLAMP (zoom, TRELLIS_TIMELINE_WEEKS, TRELLIS_TIMELINE_QUARTERS));
}

static void
today_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TrellisTimelineView *self = TRELLIS_TIMELINE_VIEW (widget);

  trellis_timeline_chart_scroll_to_day (self->chart, trellis_date_today ());
}

static GtkWidget *
build_toolbar (TrellisTimelineView *self)
{
  const char *labels[] = { N_("Weeks"), N_("Months"), N_("Quarters") };
  const char *tooltips[] = { N_("A column per week"), N_("A column per month"), N_("A column per quarter") };
  GtkWidget *toolbar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *zooms = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *today = gtk_button_new_with_mnemonic (_("_Today"));
  GtkWidget *spacer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  gtk_widget_set_margin_start (toolbar, 12);
  gtk_widget_set_margin_end (toolbar, 12);
  gtk_widget_set_margin_top (toolbar, 6);
  gtk_widget_set_margin_bottom (toolbar, 6);
  gtk_widget_add_css_class (zooms, "linked");
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      GtkWidget *button = gtk_toggle_button_new_with_label (_(labels[i]));

      gtk_widget_set_tooltip_text (button, _(tooltips[i]));
      if (i > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), self->zoom_buttons[0]);
      self->zoom_buttons[i] = GTK_TOGGLE_BUTTON (button);
      g_signal_connect_swapped (button, "toggled", G_CALLBACK (on_zoom_toggled_cb), self);
      gtk_box_append (GTK_BOX (zooms), button);
    }
  gtk_box_append (GTK_BOX (toolbar), zooms);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (today), "timeline.today");
  gtk_widget_set_tooltip_text (today, _("Scroll to today"));
  gtk_box_append (GTK_BOX (toolbar), today);
  gtk_widget_set_hexpand (spacer, TRUE);
  gtk_box_append (GTK_BOX (toolbar), spacer);

  self->by_goal_button = GTK_TOGGLE_BUTTON (gtk_toggle_button_new_with_mnemonic (_("_Group by Goal")));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->by_goal_button), _("Show the actions under the goals they serve"));
  g_object_bind_property (self->chart, "by-goal", self->by_goal_button, "active",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  gtk_box_append (GTK_BOX (toolbar), GTK_WIDGET (self->by_goal_button));
  return toolbar;
}

/* A bar, a diamond or an arrow in the colour of @data's mark, as the chart
 * draws it. */
static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        data)
{
  guint n_marks, index = GPOINTER_TO_UINT (data);
  const TrellisTimelineMark *mark = &trellis_timeline_paint_get_marks (&n_marks)[index];
  TrellisTimelinePaint paint = { 0 };
  GdkRGBA color;

  trellis_timeline_paint_lookup_colors (&paint, GTK_WIDGET (area));
  color = trellis_timeline_paint_mark_color (&paint, index);
  gdk_cairo_set_source_rgba (cr, &color);
  switch (mark->shape)
    {
    case TRELLIS_TIMELINE_SHAPE_BAR:
      /* Half done: the outline, the part still to do, the part done. */
      cairo_rectangle (cr, 1.75, 2.75, width - 3.5, height - 5.5);
      cairo_set_line_width (cr, 1.5);
      cairo_stroke_preserve (cr);
      color.alpha *= TRELLIS_TIMELINE_TRACK_ALPHA;
      gdk_cairo_set_source_rgba (cr, &color);
      cairo_fill (cr);
      color = trellis_timeline_paint_mark_color (&paint, index);
      gdk_cairo_set_source_rgba (cr, &color);
      cairo_rectangle (cr, 1, 2, width / 2.0, height - 4);
      cairo_fill (cr);
      break;
    case TRELLIS_TIMELINE_SHAPE_DIAMOND:
      cairo_move_to (cr, width / 2.0, 1);
      cairo_line_to (cr, width / 2.0 + height / 2.0 - 1, height / 2.0);
      cairo_line_to (cr, width / 2.0, height - 1);
      cairo_line_to (cr, width / 2.0 - height / 2.0 + 1, height / 2.0);
      cairo_close_path (cr);
      cairo_fill (cr);
      break;
    case TRELLIS_TIMELINE_SHAPE_ARROW:
    default:
      cairo_set_line_width (cr, 1.25);
      cairo_move_to (cr, 1, height / 2.0);
      cairo_line_to (cr, width - 6, height / 2.0);
      cairo_stroke (cr);
      cairo_move_to (cr, width, height / 2.0);
      cairo_line_to (cr, width - 6, height / 2.0 - 4);
      cairo_line_to (cr, width - 6, height / 2.0 + 4);
      cairo_close_path (cr);
      cairo_fill (cr);
      break;
    }
}

/* One entry per colour of the chart, @min_per_line of them at least in
 * a line. */
static GtkWidget *
build_legend_entries (guint min_per_line)
{
  GtkWidget *legend = gtk_flow_box_new ();
  guint n_marks;
  const TrellisTimelineMark *marks = trellis_timeline_paint_get_marks (&n_marks);

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (legend), GTK_SELECTION_NONE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (legend), min_per_line);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (legend), n_marks);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (legend), 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (legend), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Colours of the timeline"), -1);
  for (guint i = 0; i < n_marks; i++)
    {
      GtkWidget *entry = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *swatch = gtk_drawing_area_new ();
      GtkWidget *label = gtk_label_new (_(marks[i].label));

      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (swatch), 24);
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (swatch), 14);
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (swatch), draw_swatch, GUINT_TO_POINTER (i), NULL);
      gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (label, "caption");
      gtk_box_append (GTK_BOX (entry), swatch);
      gtk_box_append (GTK_BOX (entry), label);
      gtk_flow_box_append (GTK_FLOW_BOX (legend), entry);
      gtk_widget_set_focusable (gtk_widget_get_parent (entry), FALSE);
    }
  return legend;
}

/* The legend as a row under the toolbar; where three entries do not fit
 * side by side (a phone), a button that shows it in a popover. */
static GtkWidget *
build_legend (void)
{
  GtkWidget *squeezer = adw_squeezer_new ();
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *entries = build_legend_entries (1);

  gtk_widget_set_name (squeezer, "timeline-legend");
  adw_squeezer_set_homogeneous (ADW_SQUEEZER (squeezer), FALSE);
  adw_squeezer_set_transition_type (ADW_SQUEEZER (squeezer), ADW_SQUEEZER_TRANSITION_TYPE_NONE);
  gtk_widget_set_margin_start (squeezer, 12);
  gtk_widget_set_margin_end (squeezer, 12);
  gtk_widget_set_margin_bottom (squeezer, 6);
  adw_squeezer_add (ADW_SQUEEZER (squeezer), build_legend_entries (3));

  gtk_widget_set_margin_top (entries, 6);
  gtk_widget_set_margin_bottom (entries, 6);
  gtk_popover_set_child (GTK_POPOVER (popover), entries);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_menu_button_set_label (GTK_MENU_BUTTON (button), _("Colours"));
  gtk_widget_set_tooltip_text (button, _("What the colours of the timeline mean"));
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_add_css_class (button, "flat");
  adw_squeezer_add (ADW_SQUEEZER (squeezer), button);
  return squeezer;
}

static GtkWidget *
build_empty_state (void)
{
  GtkWidget *status = adw_status_page_new ();

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "x-office-calendar-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("No Actions Yet"));
  adw_status_page_set_description (ADW_STATUS_PAGE (status),
                                   _("Add actions with a start and a due date to the action plan, and "
                                     "milestones for the dates that matter: they appear here on a timeline."));
  return status;
}

static void
trellis_timeline_view_dispose (GObject *object)
{
  TrellisTimelineView *self = TRELLIS_TIMELINE_VIEW (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (trellis_timeline_view_parent_class)->dispose (object);
}

static void
set_editable (TrellisTimelineView *self,
              gboolean             editable)
{
  editable = !!editable;
  if (self->editable == editable)
    return;
  self->editable = editable;
  if (self->chart != NULL)
    trellis_timeline_chart_set_editable (self->chart, editable);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITABLE]);
}

static void
trellis_timeline_view_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  TrellisTimelineView *self = TRELLIS_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_EDITABLE:
      g_value_set_boolean (value, self->editable);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trellis_timeline_view_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  TrellisTimelineView *self = TRELLIS_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_EDITABLE:
      set_editable (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trellis_timeline_view_class_init (TrellisTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trellis_timeline_view_dispose;
  object_class->get_property = trellis_timeline_view_get_property;
  object_class->set_property = trellis_timeline_view_set_property;

  properties[PROP_EDITABLE] =
    g_param_spec_boolean ("editable", NULL, NULL, TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "timeline.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "timeline.today", NULL, today_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "timeline.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "timeline.zoom-out", NULL);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
trellis_timeline_view_init (TrellisTimelineView *self)
{
  self->editable = TRUE;
}

GtkWidget *
trellis_timeline_view_new (TrellisProject *project)
{
  TrellisTimelineView *self;
  GtkWidget *scrolled;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);

  self = g_object_new (TRELLIS_TYPE_TIMELINE_VIEW, NULL);
  self->project = g_object_ref (project);
  self->chart = TRELLIS_TIMELINE_CHART (trellis_timeline_chart_new (project));
  trellis_timeline_chart_set_editable (self->chart, self->editable);

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  /* Narrower than its toolbar (a phone's width), the toolbar scrolls
   * sideways rather than widen the window. */
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_EXTERNAL, GTK_POLICY_NEVER);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), build_toolbar (self));
  gtk_box_append (GTK_BOX (self->box), scrolled);
  self->legend = build_legend ();
  gtk_box_append (GTK_BOX (self->box), self->legend);
  gtk_box_append (GTK_BOX (self->box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->chart));
  gtk_widget_set_vexpand (scrolled, TRUE);
  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (self->stack, scrolled, "chart");
  gtk_stack_add_named (self->stack, build_empty_state (), "empty");
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->stack));

  g_signal_connect_object (self->chart, "notify::zoom", G_CALLBACK (sync_zoom_buttons), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (project, "changed", G_CALLBACK (on_project_changed_cb), self, G_CONNECT_SWAPPED);
  sync_zoom_buttons (self);
  update_empty (self);
  return GTK_WIDGET (self);
}

TrellisTimelineChart *
trellis_timeline_view_get_chart (TrellisTimelineView *self)
{
  g_return_val_if_fail (TRELLIS_IS_TIMELINE_VIEW (self), NULL);

  return self->chart;
}
