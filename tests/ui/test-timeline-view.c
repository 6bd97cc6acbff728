/* test-timeline-view.c: the timeline (Gantt chart) of the action plan, paths /ui/timeline-view/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drives the real chart of a real window on a real file: the bars drawn
 * (found in the render nodes) where the layout puts them, zooming, bars
 * dragged through the chart's own GtkGestureDrag signals and moved by its
 * key controller, each change one undo step undone through win.undo; a
 * resize past the start refused; nothing editable read-only; the empty
 * state and live updates.
 */

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "trellis-timeline-paint.h"
#include "trellis-timeline-view.h"
#include "trellis-window.h"
#include "trellis-test-utils.h"
#include "ui-test-utils.h"

static TrellisApplication *app;
static char *tmpdir;
static TrellisTimelineChart *shown_chart;

/* Iterates until the chart has laid out its latest layout: its
 * adjustments span it (under load, a frame can come late). */
static void
iterate (void)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  ui_test_iterate_pending ();
  while (shown_chart != NULL && gtk_widget_get_mapped (GTK_WIDGET (shown_chart)) &&
         g_get_monotonic_time () < deadline)
    {
      GtkAdjustment *h = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (shown_chart));
      GtkAdjustment *v = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (shown_chart));
      TrellisTimelineLayout *layout = trellis_timeline_chart_get_layout (shown_chart);
      double width = MAX (trellis_timeline_layout_get_width (layout) + 24, gtk_adjustment_get_page_size (h));
      double height = MAX (trellis_timeline_layout_get_height (layout) + 8, gtk_adjustment_get_page_size (v));

      if (fabs (gtk_adjustment_get_upper (h) - width) < 0.5 && fabs (gtk_adjustment_get_upper (v) - height) < 0.5)
        break;
      g_main_context_iteration (NULL, FALSE);
    }
}

/* Helpers */

/* A day of 2026. */
static TrellisDay
day_2026 (unsigned month,
          unsigned day)
{
  return trellis_date_from_dmy (day, month, 2026);
}

static TrellisAction *
add_action (TrellisProject *project,
            const char     *title,
            TrellisGoal    *goal,
            TrellisDay      start,
            TrellisDay      due)
{
  TrellisAction *action = trellis_action_new (title);

  trellis_action_set_start (action, start);
  trellis_action_set_due (action, due);
  trellis_action_set_progress (action, 50);
  trellis_action_set_goal (action, goal);
  trellis_project_add_item (project, TRELLIS_ITEM (action));
  g_object_unref (action);
  return action;
}

/* A goal with two actions, the second waiting for the first, and a
 * milestone of the first; today (TRELLIS_TODAY) is 20 March 2026. */
static TrellisProject *
build_project (void)
{
  TrellisProject *project = trellis_project_new ("Timeline Test");
  TrellisGoal *goal = trellis_goal_new ("More members");
  TrellisAction *visits, *survey;
  TrellisMilestone *milestone;

  trellis_project_add_item (project, TRELLIS_ITEM (goal));
  g_object_unref (goal);
  visits = add_action (project, "Visits", goal, day_2026 (3, 2), day_2026 (3, 13));
  survey = add_action (project, "Survey", goal, day_2026 (4, 1), day_2026 (4, 30));
  g_assert_true (trellis_action_add_dependency (project, survey, visits, NULL));
  milestone = trellis_milestone_new ("Visits done", day_2026 (3, 13));
  trellis_milestone_set_action (milestone, visits);
  trellis_project_add_item (project, TRELLIS_ITEM (milestone));
  g_object_unref (milestone);
  return project;
}

static TrellisTimelineView *
show_timeline (TrellisWindow *window)
{
  GtkWidget *view;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "strategy/timeline"));
  iterate ();
  view = ui_test_find_descendant (GTK_WIDGET (window), TRELLIS_TYPE_TIMELINE_VIEW);
  g_assert_nonnull (view);
  ui_test_iterate_until_mapped (view);
  {
    GtkWidget *chart = GTK_WIDGET (trellis_timeline_view_get_chart (TRELLIS_TIMELINE_VIEW (view)));
    gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

    GtkStack *stack = GTK_STACK (ui_test_find_descendant (view, GTK_TYPE_STACK));

    /* The chart, unless the plan is empty, laid out in the window. */
    while (g_strcmp0 (gtk_stack_get_visible_child_name (stack), "chart") == 0 &&
           gtk_widget_get_width (chart) < 400 && g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, FALSE);
    g_assert_true (g_strcmp0 (gtk_stack_get_visible_child_name (stack), "empty") == 0 ||
                   gtk_widget_get_width (chart) >= 400);
    g_set_weak_pointer (&shown_chart, TRELLIS_TIMELINE_CHART (chart));
  }
  iterate ();
  return TRELLIS_TIMELINE_VIEW (view);
}

static TrellisTimelineChart *
open_timeline (const char     *basename,
               TrellisProject *project,
               TrellisWindow **out_window)
{
  g_autoptr(GFile) file = ui_test_write_project (tmpdir, basename, project);
  TrellisWindow *window = ui_test_open_window (G_APPLICATION (app), file);

  *out_window = window;
  return trellis_timeline_view_get_chart (show_timeline (window));
}

static TrellisAction *
find_action (TrellisWindow *window,
             const char    *title)
{
  GListModel *actions = trellis_project_get_items (trellis_window_get_project (window), TRELLIS_TYPE_ACTION);

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(TrellisAction) action = g_list_model_get_item (actions, i);

      if (g_strcmp0 (trellis_action_get_title (action), title) == 0)
        return action;
    }
  g_assert_not_reached ();
}

/* The action's dates, as days of 2026: (month, day) of the start and of the due date. */
static void
assert_dates (TrellisAction *action,
              unsigned       start_month,
              unsigned       start_day,
              unsigned       due_month,
              unsigned       due_day)
{
  g_assert_cmpuint (trellis_action_get_start (action), ==, day_2026 (start_month, start_day));
  g_assert_cmpuint (trellis_action_get_due (action), ==, day_2026 (due_month, due_day));
}

static void
undo (TrellisWindow *window)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  iterate ();
}

static guint
n_undo (TrellisWindow *window)
{
  return trellis_history_get_n_undo (trellis_project_get_history (trellis_window_get_project (window)));
}

static gpointer
find_controller (GtkWidget *widget,
                 GType      type)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (controller, type))
        return controller;
    }
  g_assert_not_reached ();
}

/* A drag as the chart's GtkGestureDrag reports it: press at (x, y), move
 * by dx in two steps, release. */
static void
drag (TrellisTimelineChart *chart,
      double                x,
      double                y,
      double                dx)
{
  GtkGesture *gesture = find_controller (GTK_WIDGET (chart), GTK_TYPE_GESTURE_DRAG);

  g_signal_emit_by_name (gesture, "drag-begin", x, y);
  g_signal_emit_by_name (gesture, "drag-update", dx / 2, 0.0);
  g_signal_emit_by_name (gesture, "drag-update", dx, 0.0);
  g_signal_emit_by_name (gesture, "drag-end", dx, 0.0);
  iterate ();
}

static graphene_rect_t
bar_of (TrellisTimelineChart *chart,
        TrellisAction        *action)
{
  graphene_rect_t bounds;

  g_assert_true (trellis_timeline_chart_get_bar_bounds (chart, TRELLIS_ITEM (action), &bounds));
  return bounds;
}

static double
ppd (TrellisTimelineChart *chart)
{
  return trellis_timeline_layout_get_pixels_per_day (trellis_timeline_chart_get_layout (chart));
}

/* Whether the chart's render nodes hold a colour node filling @rect */
static gboolean
node_has_rect (GskRenderNode         *node,
               const graphene_rect_t *rect)
{
  graphene_rect_t bounds;

  switch (gsk_render_node_get_node_type (node))
    {
    case GSK_CONTAINER_NODE:
      for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
        if (node_has_rect (gsk_container_node_get_child (node, i), rect))
          return TRUE;
      return FALSE;
    case GSK_CLIP_NODE:
      return node_has_rect (gsk_clip_node_get_child (node), rect);
    case GSK_ROUNDED_CLIP_NODE:
      return node_has_rect (gsk_rounded_clip_node_get_child (node), rect);
    case GSK_COLOR_NODE:
      gsk_render_node_get_bounds (node, &bounds);
      return fabs (bounds.origin.x - rect->origin.x) < 0.01 && fabs (bounds.origin.y - rect->origin.y) < 0.01 &&
             fabs (bounds.size.width - rect->size.width) < 0.01 &&
             fabs (bounds.size.height - rect->size.height) < 0.01;
    default:
      return FALSE;
    }
}

static gboolean
draws_rect (TrellisTimelineChart  *chart,
            const graphene_rect_t *rect)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;

  GTK_WIDGET_GET_CLASS (chart)->snapshot (GTK_WIDGET (chart), snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  return node != NULL && node_has_rect (node, rect);
}

/* Contrast, as WCAG 2 defines it */

static double
linear (double channel)
{
  return channel <= 0.04045 ? channel / 12.92 : pow ((channel + 0.055) / 1.055, 2.4);
}

static double
luminance (const GdkRGBA *color)
{
  return 0.2126 * linear (color->red) + 0.7152 * linear (color->green) + 0.0722 * linear (color->blue);
}

/* @top painted over the opaque @bottom */
static GdkRGBA
over (const GdkRGBA *top,
      const GdkRGBA *bottom)
{
  double a = top->alpha;

  return (GdkRGBA) { top->red * a + bottom->red * (1 - a), top->green * a + bottom->green * (1 - a),
                     top->blue * a + bottom->blue * (1 - a), 1 };
}

static double
contrast (const GdkRGBA *a,
          const GdkRGBA *b)
{
  double la = luminance (a), lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

static GdkRGBA
faded (const GdkRGBA *color,
       double         alpha)
{
  GdkRGBA c = *color;

  c.alpha *= alpha;
  return c;
}

/* Every colour of the chart's table against the backgrounds it is drawn
 * on (the view, and the band of every other row) in light and dark style:
 * 3:1 at least; a bar's done part against its part still to do as well. */
static void
test_contrast (void)
{
  guint n_marks;
  const TrellisTimelineMark *marks = trellis_timeline_paint_get_marks (&n_marks);
  double worst = 100;

  g_assert_cmpuint (n_marks, >=, 6);
  for (guint dark = 0; dark < 2; dark++)
    {
      TrellisTimelinePaint paint = { 0 };
      GdkRGBA backgrounds[2];

      trellis_timeline_paint_default_colors (&paint, dark);
      backgrounds[0] = paint.colors[TRELLIS_TIMELINE_COLOR_VIEW_BG];
      /* paint_rows () shades every other row with the foreground at 4 %. */
      backgrounds[1] = over (&(GdkRGBA) { paint.colors[TRELLIS_TIMELINE_COLOR_FG].red,
                                          paint.colors[TRELLIS_TIMELINE_COLOR_FG].green,
                                          paint.colors[TRELLIS_TIMELINE_COLOR_FG].blue,
                                          paint.colors[TRELLIS_TIMELINE_COLOR_FG].alpha * 0.04 },
                             &backgrounds[0]);
      for (guint i = 0; i < n_marks; i++)
        for (guint b = 0; b < G_N_ELEMENTS (backgrounds); b++)
          {
            GdkRGBA color = trellis_timeline_paint_mark_color (&paint, i);
            GdkRGBA shown = over (&color, &backgrounds[b]);
            GdkRGBA track_color = faded (&color, TRELLIS_TIMELINE_TRACK_ALPHA);
            GdkRGBA track = over (&track_color, &backgrounds[b]);
            double ratio = contrast (&shown, &backgrounds[b]);

            g_test_message ("%s, %s, background %u: %.2f:1", marks[i].label, dark ? "dark" : "light", b, ratio);
            g_assert_cmpfloat (ratio, >=, 3.0);
            if (marks[i].shape == TRELLIS_TIMELINE_SHAPE_BAR)
              g_assert_cmpfloat (contrast (&shown, &track), >=, 3.0);
            worst = MIN (worst, ratio);
          }
    }
  g_test_message ("lowest contrast of the timeline's colours: %.2f:1", worst);

  /* Each state of an action has its colour in the table. */
  for (TrellisActionState state = TRELLIS_ACTION_STATE_CANCELLED; state <= TRELLIS_ACTION_STATE_ON_TRACK; state++)
    g_assert_cmpuint (trellis_timeline_paint_state_mark (state), <, n_marks);
  g_assert_cmpuint (trellis_timeline_paint_state_mark (TRELLIS_ACTION_STATE_DONE), !=,
                    trellis_timeline_paint_state_mark (TRELLIS_ACTION_STATE_OVERDUE));
}

/* The theme of a real window gives the colours the contrast was checked
 * with, in light and dark style; the legend names every one. */
static void
test_theme_and_legend (void)
{
  g_autoptr(TrellisProject) project = build_project ();
  TrellisWindow *window;
  TrellisTimelineChart *chart = open_timeline ("legend.trellis", project, &window);
  AdwStyleManager *style = adw_style_manager_get_default ();
  GtkWidget *view = ui_test_find_descendant (GTK_WIDGET (window), TRELLIS_TYPE_TIMELINE_VIEW);
  GtkWidget *legend = ui_test_find_named (view, "timeline-legend");
  guint n_marks;
  const TrellisTimelineMark *marks = trellis_timeline_paint_get_marks (&n_marks);

  for (guint dark = 0; dark < 2; dark++)
    {
      TrellisTimelinePaint theme = { 0 }, table = { 0 };

      adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
      iterate ();
      trellis_timeline_paint_lookup_colors (&theme, GTK_WIDGET (chart));
      trellis_timeline_paint_default_colors (&table, dark);
      for (guint i = 0; i < TRELLIS_TIMELINE_N_COLORS; i++)
        g_assert_true (gdk_rgba_equal (&theme.colors[i], &table.colors[i]));
    }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

  g_assert_nonnull (legend);
  g_assert_true (gtk_widget_get_mapped (legend));
  for (guint i = 0; i < n_marks; i++)
    g_assert_true (ui_test_shows_label (legend, _(marks[i].label)));
}

/* Tests */

static void
test_layout (void)
{
  g_autoptr(TrellisProject) project = build_project ();
  TrellisWindow *window;
  TrellisTimelineChart *chart = open_timeline ("layout.trellis", project, &window);
  TrellisTimelineLayout *layout = trellis_timeline_chart_get_layout (chart);
  TrellisAction *visits = find_action (window, "Visits");
  const TrellisTimelineRow *row;
  GtkAdjustment *hadjustment = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (chart));
  graphene_rect_t bar;
  guint index;

  /* Goal heading, then the actions. */
  g_assert_cmpuint (trellis_timeline_layout_get_n_rows (layout), ==, 3);
  g_assert_true (trellis_timeline_layout_find_row (layout, TRELLIS_ITEM (visits), &index));
  g_assert_cmpuint (index, ==, 1);
  row = trellis_timeline_layout_get_row (layout, index);

  /* The bar is where the layout says, in widget coordinates, and drawn there. */
  bar = bar_of (chart, visits);
  g_assert_cmpfloat_with_epsilon (bar.origin.x, TRELLIS_TIMELINE_TITLE_WIDTH + row->x - gtk_adjustment_get_value (hadjustment), 0.01);
  g_assert_cmpfloat_with_epsilon (bar.origin.y, TRELLIS_TIMELINE_HEADER_HEIGHT + TRELLIS_TIMELINE_ROW_HEIGHT + TRELLIS_TIMELINE_BAR_TOP, 0.01);
  g_assert_cmpfloat_with_epsilon (bar.size.width, 12 * 5.0, 0.01);
  g_assert_true (draws_rect (chart, &bar));
  /* Half done: the progress fills half the bar. */
  g_assert_true (draws_rect (chart, &GRAPHENE_RECT_INIT (bar.origin.x, bar.origin.y, bar.size.width / 2, bar.size.height)));

  /* Scrolled (at weeks zoom, wider than the window), the bar goes with it. */
  trellis_timeline_chart_set_zoom (chart, TRELLIS_TIMELINE_WEEKS);
  iterate ();
  layout = trellis_timeline_chart_get_layout (chart);
  g_assert_cmpfloat (gtk_adjustment_get_upper (hadjustment), >, gtk_adjustment_get_page_size (hadjustment) + 40);
  gtk_adjustment_set_value (hadjustment, 0);
  bar = bar_of (chart, visits);
  gtk_adjustment_set_value (hadjustment, gtk_adjustment_get_value (hadjustment) + 20);
  iterate ();
  g_assert_cmpfloat_with_epsilon (bar_of (chart, visits).origin.x, bar.origin.x - 20, 0.01);
  g_assert_true (gtk_adjustment_get_upper (hadjustment) >= trellis_timeline_layout_get_width (layout));
}

static GtkToggleButton *
find_toggle (GtkWidget  *root,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkToggleButton *found;

      if (GTK_IS_TOGGLE_BUTTON (child) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return GTK_TOGGLE_BUTTON (child);
      if ((found = find_toggle (child, label)) != NULL)
        return found;
    }
  return NULL;
}

static void
test_zoom_and_grouping (void)
{
  g_autoptr(TrellisProject) project = build_project ();
  TrellisWindow *window;
  TrellisTimelineChart *chart = open_timeline ("zoom.trellis", project, &window);
  GtkWidget *view = ui_test_find_descendant (GTK_WIDGET (window), TRELLIS_TYPE_TIMELINE_VIEW);
  TrellisAction *visits = find_action (window, "Visits");
  GtkToggleButton *weeks = find_toggle (view, "Weeks");
  GtkToggleButton *quarters = find_toggle (view, "Quarters");
  GtkToggleButton *by_goal = find_toggle (view, "_Group by Goal");

  g_assert_nonnull (weeks);
  g_assert_nonnull (quarters);
  g_assert_nonnull (by_goal);
  g_assert_cmpint (trellis_timeline_chart_get_zoom (chart), ==, TRELLIS_TIMELINE_MONTHS);

  /* The buttons zoom, the bars follow. */
  gtk_toggle_button_set_active (weeks, TRUE);
  iterate ();
  g_assert_cmpint (trellis_timeline_chart_get_zoom (chart), ==, TRELLIS_TIMELINE_WEEKS);
  g_assert_cmpfloat_with_epsilon (bar_of (chart, visits).size.width, 12 * 20.0, 0.01);
  /* Selecting scrolls the bar into sight. */
  trellis_timeline_chart_select (chart, TRELLIS_ITEM (visits));
  iterate ();
  g_assert_true (draws_rect (chart, &(graphene_rect_t) { bar_of (chart, visits).origin, bar_of (chart, visits).size }));
  gtk_widget_activate_action (view, "timeline.zoom-in", NULL);
  g_assert_cmpint (trellis_timeline_chart_get_zoom (chart), ==, TRELLIS_TIMELINE_WEEKS);

  /* Zooming out (Ctrl+minus) two steps: quarters, and no further. */
  g_assert_true (gtk_widget_activate_action (view, "timeline.zoom-out", NULL));
  g_assert_true (gtk_widget_activate_action (view, "timeline.zoom-out", NULL));
  iterate ();
  g_assert_cmpint (trellis_timeline_chart_get_zoom (chart), ==, TRELLIS_TIMELINE_QUARTERS);
  g_assert_true (gtk_toggle_button_get_active (quarters));
  g_assert_false (gtk_toggle_button_get_active (weeks));
  g_assert_cmpfloat_with_epsilon (bar_of (chart, visits).size.width, 12 * 1.75, 0.01);
  g_assert_true (gtk_widget_activate_action (view, "timeline.zoom-in", NULL));
  g_assert_cmpint (trellis_timeline_chart_get_zoom (chart), ==, TRELLIS_TIMELINE_MONTHS);

  /* Today is a quarter into the window after "Today". */
  g_assert_true (gtk_widget_activate_action (view, "timeline.today", NULL));
  iterate ();
  {
    TrellisTimelineLayout *layout = trellis_timeline_chart_get_layout (chart);
    GtkAdjustment *h = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (chart));
    double today = trellis_timeline_layout_day_to_x (layout, day_2026 (3, 20));

    g_assert_cmpfloat (gtk_adjustment_get_value (h), <=, today);
    g_assert_cmpfloat (today, <=, gtk_adjustment_get_value (h) + gtk_adjustment_get_page_size (h));
  }

  /* Without grouping the goal heading goes. */
  g_assert_true (gtk_toggle_button_get_active (by_goal));
  gtk_toggle_button_set_active (by_goal, FALSE);
  iterate ();
  g_assert_cmpuint (trellis_timeline_layout_get_n_rows (trellis_timeline_chart_get_layout (chart)), ==, 2);
  g_assert_cmpfloat_with_epsilon (bar_of (chart, visits).origin.y,
                                  TRELLIS_TIMELINE_HEADER_HEIGHT + TRELLIS_TIMELINE_BAR_TOP, 0.01);
}

static void
test_drag_move (void)
{
  g_autoptr(TrellisProject) project = build_project ();
  TrellisWindow *window;
  TrellisTimelineChart *chart = open_timeline ("move.trellis", project, &window);
  TrellisAction *visits = find_action (window, "Visits");
  graphene_rect_t bar = bar_of (chart, visits);
  guint steps = n_undo (window);
  GtkGesture *gesture = find_controller (GTK_WIDGET (chart), GTK_TYPE_GESTURE_DRAG);

  /* While dragging only the drawing moves. */
  g_signal_emit_by_name (gesture, "drag-begin", bar.origin.x + bar.size.width / 2, bar.origin.y + 5);
  g_signal_emit_by_name (gesture, "drag-update", 3.4 * ppd (chart), 2.0);
  g_assert_true (trellis_timeline_chart_get_selected (chart) == visits);
  assert_dates (visits, 3, 2, 3, 13);
  g_assert_true (draws_rect (chart, &GRAPHENE_RECT_INIT (bar.origin.x + 3 * ppd (chart), bar.origin.y,
                                                         bar.size.width, bar.size.height)));
  /* Released: three days later (snapped), both dates, one step. */
  g_signal_emit_by_name (gesture, "drag-end", 3.4 * ppd (chart), 2.0);
  iterate ();
  assert_dates (visits, 3, 5, 3, 16);
  g_assert_cmpuint (n_undo (window), ==, steps + 1);
  g_assert_cmpfloat_with_epsilon (bar_of (chart, visits).origin.x, bar.origin.x + 3 * ppd (chart), 0.01);

  /* Earlier, across a month. */
  drag (chart, bar_of (chart, visits).origin.x + 20, bar.origin.y + 5, -7.6 * ppd (chart));
  assert_dates (visits, 2, 25, 3, 8);
  g_assert_cmpuint (n_undo (window), ==, steps + 2);

  /* Undone through the window, step by step. */
  undo (window);
  assert_dates (visits, 3, 5, 3, 16);
  undo (window);
  assert_dates (visits, 3, 2, 3, 13);
  g_assert_cmpfloat_with_epsilon (bar_of (chart, visits).origin.x, bar.origin.x, 0.01);
  g_assert_cmpuint (n_undo (window), ==, steps);

  /* A press beside the bars drags nothing. */
  drag (chart, bar.origin.x + bar.size.width + 100, bar.origin.y + 5, 50);
  assert_dates (visits, 3, 2, 3, 13);
  g_assert_cmpuint (n_undo (window), ==, steps);
}

static void
test_drag_resize (void)
{
  g_autoptr(TrellisProject) project = build_project ();
  TrellisWindow *window;
  TrellisTimelineChart *chart = open_timeline ("resize.trellis", project, &window);
  TrellisAction *visits = find_action (window, "Visits");
  graphene_rect_t bar = bar_of (chart, visits);
  double right = bar.origin.x + bar.size.width, middle = bar.origin.y + bar.size.height / 2;
  guint steps = n_undo (window);

  /* The right end: the due date, five days later. */
  drag (chart, right - 2, middle, 5 * ppd (chart));
  assert_dates (visits, 3, 2, 3, 18);
  g_assert_cmpuint (n_undo (window), ==, steps + 1);
  g_assert_cmpfloat_with_epsilon (bar_of (chart, visits).size.width, 17 * ppd (chart), 0.01);

  /* The left end: the start, two days earlier. */
  drag (chart, bar.origin.x + 1, middle, -2 * ppd (chart));
  assert_dates (visits, 2, 28, 3, 18);
  g_assert_cmpuint (n_undo (window), ==, steps + 2);

  /* Down to a single day is fine, past the start is refused. */
  bar = bar_of (chart, visits);
  drag (chart, bar.origin.x + bar.size.width - 2, middle, -30 * ppd (chart));
  assert_dates (visits, 2, 28, 3, 18);
  g_assert_cmpuint (n_undo (window), ==, steps + 2);
  drag (chart, bar.origin.x + bar.size.width - 2, middle, -18 * ppd (chart));
  assert_dates (visits, 2, 28, 2, 28);
  g_assert_cmpuint (n_undo (window), ==, steps + 3);

  undo (window);
  undo (window);
  undo (window);
  assert_dates (visits, 3, 2, 3, 13);
}

static void
send_key (TrellisTimelineChart *chart,
          guint                 keyval,
          GdkModifierType       state)
{
  GtkEventController *keys = find_controller (GTK_WIDGET (chart), GTK_TYPE_EVENT_CONTROLLER_KEY);
  gboolean handled = FALSE;

  g_signal_emit_by_name (keys, "key-pressed", keyval, 0, state, &handled);
  g_assert_true (handled);
  iterate ();
}

static void
test_keyboard (void)
{
  g_autoptr(TrellisProject) project = build_project ();
  TrellisWindow *window;
  TrellisTimelineChart *chart = open_timeline ("keyboard.trellis", project, &window);
  TrellisAction *visits = find_action (window, "Visits");
  TrellisAction *survey = find_action (window, "Survey");
  guint steps = n_undo (window);

  /* Down selects the first action (the goal heading is skipped), then the next. */
  g_assert_null (trellis_timeline_chart_get_selected (chart));
  send_key (chart, GDK_KEY_Down, 0);
  g_assert_true (trellis_timeline_chart_get_selected (chart) == visits);
  send_key (chart, GDK_KEY_Down, 0);
  g_assert_true (trellis_timeline_chart_get_selected (chart) == survey);
  send_key (chart, GDK_KEY_Up, 0);
  g_assert_true (trellis_timeline_chart_get_selected (chart) == visits);

  /* Alt+Right moves a day at months zoom, Shift+Alt+Left shortens. */
  send_key (chart, GDK_KEY_Right, GDK_ALT_MASK);
  assert_dates (visits, 3, 3, 3, 14);
  send_key (chart, GDK_KEY_Left, GDK_ALT_MASK | GDK_SHIFT_MASK);
  assert_dates (visits, 3, 3, 3, 13);
  g_assert_cmpuint (n_undo (window), ==, steps + 2);

  /* A week at weeks zoom. */
  trellis_timeline_chart_set_zoom (chart, TRELLIS_TIMELINE_WEEKS);
  send_key (chart, GDK_KEY_Left, GDK_ALT_MASK);
  assert_dates (visits, 2, 24, 3, 6);

  undo (window);
  undo (window);
  undo (window);
  assert_dates (visits, 3, 2, 3, 13);
  g_assert_true (trellis_timeline_chart_get_selected (chart) == visits);
}

static void
test_live_and_empty (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Empty Plan");
  TrellisWindow *window;
  TrellisTimelineChart *chart = open_timeline ("empty.trellis", project, &window);
  GtkWidget *view = ui_test_find_descendant (GTK_WIDGET (window), TRELLIS_TYPE_TIMELINE_VIEW);
  GtkStack *stack = GTK_STACK (ui_test_find_descendant (view, GTK_TYPE_STACK));
  TrellisAction *action;

  /* Nothing planned: the empty state says what to do. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  g_assert_true (ui_test_shows_label (view, "No Actions Yet"));

  /* An action added elsewhere shows at once, and follows its dates. */
  action = add_action (trellis_window_get_project (window), "Newsletter", NULL, day_2026 (3, 10), day_2026 (3, 19));
  iterate ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "chart");
  g_assert_cmpfloat_with_epsilon (bar_of (chart, action).size.width, 10 * ppd (chart), 0.01);
  trellis_action_set_due (action, day_2026 (3, 28));
  iterate ();
  g_assert_cmpfloat_with_epsilon (bar_of (chart, action).size.width, 19 * ppd (chart), 0.01);
  g_assert_true (draws_rect (chart, &(graphene_rect_t) { bar_of (chart, action).origin, bar_of (chart, action).size }));

  undo (window);
  g_assert_cmpfloat_with_epsilon (bar_of (chart, action).size.width, 10 * ppd (chart), 0.01);
}

static void
test_read_only (void)
{
  g_autoptr(TrellisProject) project = build_project ();
  g_autoptr(GFile) file = ui_test_write_project (tmpdir, "read-only.trellis", project);
  TrellisWindow *window = ui_test_open_read_only (G_APPLICATION (app), file);
  TrellisTimelineView *view = show_timeline (window);
  TrellisTimelineChart *chart = trellis_timeline_view_get_chart (view);
  TrellisAction *visits = find_action (window, "Visits");
  graphene_rect_t bar = bar_of (chart, visits);
  gboolean editable = TRUE;

  g_object_get (view, "editable", &editable, NULL);
  g_assert_false (editable);
  g_object_get (chart, "editable", &editable, NULL);
  g_assert_false (editable);

  /* Drags and keys select, but change nothing. */
  drag (chart, bar.origin.x + bar.size.width / 2, bar.origin.y + 5, 5 * ppd (chart));
  drag (chart, bar.origin.x + bar.size.width - 2, bar.origin.y + 5, 5 * ppd (chart));
  g_assert_true (trellis_timeline_chart_get_selected (chart) == visits);
  send_key (chart, GDK_KEY_Right, GDK_ALT_MASK);
  g_assert_false (trellis_timeline_chart_nudge (chart, 1, TRUE));
  assert_dates (visits, 3, 2, 3, 13);
  g_assert_cmpuint (n_undo (window), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TRELLIS_TODAY", "2026-03-20", TRUE);
  app = ui_test_init (&argc, &argv, &tmpdir);
  if (app == NULL)
    return 77;

  g_test_add_func ("/ui/timeline-view/contrast", test_contrast);
  g_test_add_func ("/ui/timeline-view/theme-and-legend", test_theme_and_legend);
  g_test_add_func ("/ui/timeline-view/layout", test_layout);
  g_test_add_func ("/ui/timeline-view/zoom-and-grouping", test_zoom_and_grouping);
  g_test_add_func ("/ui/timeline-view/drag-move", test_drag_move);
  g_test_add_func ("/ui/timeline-view/drag-resize", test_drag_resize);
  g_test_add_func ("/ui/timeline-view/keyboard", test_keyboard);
  g_test_add_func ("/ui/timeline-view/live-and-empty", test_live_and_empty);
  g_test_add_func ("/ui/timeline-view/read-only", test_read_only);

  return ui_test_run (app, tmpdir);
}
