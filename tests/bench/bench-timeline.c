/* bench-timeline.c: laying out and drawing the timeline of 5,000 actions
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A project of 5,000 actions (100 goals), 1,000 milestones and about
 * 3,000 dependencies.  Timed, as medians of several runs:
 *
 * - layout: trellis_timeline_layout_new () over the whole plan, which the
 *   chart does once after each change (not per frame);
 * - frame: what the chart's snapshot () does for a 1366×768 window
 *   (the header, the title column and the chart area of the visible rows,
 *   arrows and diamonds) with the very painter the widget uses, into a
 *   GskRenderNode: trellis_timeline_paint () on a GtkSnapshot, then
 *   gtk_snapshot_free_to_node ().  It needs no display: the text goes
 *   through a PangoCairo context, the colours are the default light ones.
 *   Windows at the top, the middle and the end of the plan, each zoom;
 * - raster (for information, no target): the node rendered by the cairo
 *   renderer into a texture, in software; on screen the GL renderer does
 *   that on the GPU;
 * - widget (with a display only): the real chart in a 1366×768 window,
 *   scrolled to the middle, its snapshot () vfunc into a node, colours
 *   looked up from the theme and all.
 *
 * Target: a frame under 16 ms, the "visible window's worth".
 * The layout of the whole plan is reported beside it: it is made once per
 * change, not per frame, so it decides how fast an edit shows, not how
 * smoothly the chart scrolls.
 */

#include "config.h"

#include <stdlib.h>

#include <pango/pangocairo.h>

#include "trellis-test-utils.h"
#include "trellis-timeline-chart.h"
#include "trellis-timeline-paint.h"

#define RUNS 15
#define WIDTH 1366
#define HEIGHT 768

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a, db = *(const double *) b;
  return (da > db) - (da < db);
}

static double
median (double *samples)
{
  qsort (samples, RUNS, sizeof (double), compare_doubles);
  return samples[RUNS / 2];
}

static TrellisProject *
build_project (void)
{
  TrellisProject *project = trellis_test_build_large_project (5000, 200, 0);
  GListModel *actions = trellis_project_get_items (project, TRELLIS_TYPE_ACTION);
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  guint n = g_list_model_get_n_items (actions);
  TrellisDay mid_2026 = trellis_date_from_dmy (30, 6, 2026);

  /* Dependencies only on earlier actions: no circles. */
  for (guint i = 1; i < n; i++)
    {
      g_autoptr(TrellisAction) action = g_list_model_get_item (actions, i);
      g_autoptr(TrellisItem) earlier = g_list_model_get_item (actions, g_rand_int_range (rand, MAX (0, (int) i - 40), i));
      const char *uuids[] = { trellis_item_get_uuid (earlier), NULL };

      if (g_rand_int_range (rand, 0, 100) < 60)
        trellis_action_set_depends_on_uuids (action, uuids);
    }
  for (guint i = 0; i < 1000; i++)
    {
      g_autoptr(TrellisAction) action = g_list_model_get_item (actions, g_rand_int_range (rand, 0, n));
      TrellisDay due = trellis_action_get_due (action);
      TrellisMilestone *milestone = trellis_milestone_new ("Milestone", due != TRELLIS_DAY_NONE ? due : mid_2026);

      if (i % 5 != 0)
        trellis_milestone_set_action (milestone, action);
      if (i % 3 == 0)
        trellis_milestone_set_reached (milestone, mid_2026);
      trellis_project_add_item (project, TRELLIS_ITEM (milestone));
      g_object_unref (milestone);
    }
  return project;
}

static double
time_layout (TrellisProject      *project,
             TrellisTimelineZoom  zoom)
{
  double samples[RUNS];

  for (guint i = 0; i < RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(TrellisTimelineLayout) layout = trellis_timeline_layout_new (project, zoom, TRELLIS_DAY_NONE, TRUE);

      samples[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  return median (samples);
}

static GskRenderNode *
paint (TrellisTimelinePaint *paint)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();

  trellis_timeline_paint (snapshot, paint);
  return gtk_snapshot_free_to_node (snapshot);
}

static double
time_frame (TrellisTimelinePaint *p,
            GskRenderNode       **out_node)
{
  double samples[RUNS];

  for (guint i = 0; i < RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      GskRenderNode *node = paint (p);

      samples[i] = (g_get_monotonic_time () - start) / 1000.0;
      if (out_node != NULL && i == RUNS - 1)
        *out_node = node;
      else
        gsk_render_node_unref (node);
    }
  return median (samples);
}

static double
time_raster (GskRenderNode *node)
{
  g_autoptr(GskRenderer) renderer = gsk_cairo_renderer_new ();
  g_autoptr(GError) error = NULL;
  double samples[RUNS];

  if (!gsk_renderer_realize (renderer, NULL, &error))
    return -1;
  for (guint i = 0; i < RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GdkTexture) texture = gsk_renderer_render_texture (renderer, node,
                                                                   &GRAPHENE_RECT_INIT (0, 0, WIDTH, HEIGHT));

      samples[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  gsk_renderer_unrealize (renderer);
  return median (samples);
}

/* The real widget, when there is a display: the chart in a window. */
static double
time_widget (TrellisProject *project)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *chart = trellis_timeline_chart_new (project);
  GtkAdjustment *v;
  double samples[RUNS];
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), chart);
  gtk_window_set_child (GTK_WINDOW (window), scrolled);
  gtk_window_set_default_size (GTK_WINDOW (window), WIDTH, HEIGHT);
  gtk_window_present (GTK_WINDOW (window));
  while ((!gtk_widget_get_mapped (chart) || gtk_widget_get_height (chart) < HEIGHT / 2) &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  v = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (chart));
  gtk_adjustment_set_value (v, gtk_adjustment_get_upper (v) / 2);
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);

  for (guint i = 0; i < RUNS; i++)
    {
      GtkSnapshot *snapshot = gtk_snapshot_new ();
      gint64 start = g_get_monotonic_time ();
      GskRenderNode *node;

      GTK_WIDGET_GET_CLASS (chart)->snapshot (chart, snapshot);
      node = gtk_snapshot_free_to_node (snapshot);
      samples[i] = (g_get_monotonic_time () - start) / 1000.0;
      g_clear_pointer (&node, gsk_render_node_unref);
    }
  g_print ("widget   snapshot of the real chart, %d×%d, scrolled to the middle: %.2f ms\n",
           gtk_widget_get_width (chart), gtk_widget_get_height (chart), median (samples));
  gtk_window_destroy (GTK_WINDOW (window));
  return median (samples);
}

int
main (int   argc,
      char *argv[])
{
  const char *zoom_names[] = { "weeks", "months", "quarters" };
  const char *where_names[] = { "top", "middle", "end" };
  g_autoptr(TrellisProject) project = NULL;
  PangoContext *context = NULL;
  double worst_frame = 0, worst_total = 0;
  gboolean ok, display;

  g_setenv ("TRELLIS_TODAY", "2026-06-15", TRUE);
  /* Registers the render node types; with no display that is all it does. */
  display = gtk_init_check ();
  if (!display)
    g_type_ensure (GSK_TYPE_COLOR_NODE);
  project = build_project ();
  context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  g_print ("timeline: %u actions, %u milestones, window %d×%d, median of %d runs\n",
           trellis_project_count_items (project, TRELLIS_TYPE_ACTION),
           trellis_project_count_items (project, TRELLIS_TYPE_MILESTONE), WIDTH, HEIGHT, RUNS);

  for (TrellisTimelineZoom zoom = TRELLIS_TIMELINE_WEEKS; zoom <= TRELLIS_TIMELINE_QUARTERS; zoom++)
    {
      double layout_ms = time_layout (project, zoom);
      g_autoptr(TrellisTimelineLayout) layout = trellis_timeline_layout_new (project, zoom, TRELLIS_DAY_NONE, TRUE);
      TrellisTimelinePaint p = { 0 };
      guint n_arrows;

      trellis_timeline_layout_get_arrows (layout, &n_arrows);
      g_print ("%-8s layout %6.2f ms  (%u rows, %u arrows, %.0f px wide)\n", zoom_names[zoom], layout_ms,
               trellis_timeline_layout_get_n_rows (layout), n_arrows, trellis_timeline_layout_get_width (layout));

      p.layout = layout;
      p.context = context;
      p.width = WIDTH;
      p.height = HEIGHT;
      p.today = trellis_date_today ();
      p.selected = 5;
      p.focused = TRUE;
      trellis_timeline_paint_default_colors (&p, FALSE);
      for (guint w = 0; w < G_N_ELEMENTS (where_names); w++)
        {
          double rows = trellis_timeline_layout_get_height (layout) - (HEIGHT - TRELLIS_TIMELINE_HEADER_HEIGHT);
          GskRenderNode *node = NULL;
          double frame_ms, raster_ms;

          p.scroll_y = rows * w / 2.0;
          p.scroll_x = MAX (0, trellis_timeline_layout_day_to_x (layout, trellis_date_from_dmy (15, 6, 2026)) - 300);
          frame_ms = time_frame (&p, &node);
          raster_ms = time_raster (node);
          gsk_render_node_unref (node);
          g_print ("         frame at the %-6s %6.2f ms   layout + frame %6.2f ms   (cairo raster %6.2f ms)\n",
                   where_names[w], frame_ms, layout_ms + frame_ms, raster_ms);
          worst_frame = MAX (worst_frame, frame_ms);
          worst_total = MAX (worst_total, layout_ms + frame_ms);
        }
    }

  if (display)
    worst_frame = MAX (worst_frame, time_widget (project));
  else
    g_print ("widget   no display: the real chart's snapshot is not timed\n");
  ok = worst_frame < 16;
  g_print ("worst frame %.2f ms (target < 16), worst layout + frame %.2f ms (no target)\n%s\n",
           worst_frame, worst_total, ok ? "PASS" : "FAIL: over target");
  g_object_unref (context);
  return ok ? 0 : 1;
}
