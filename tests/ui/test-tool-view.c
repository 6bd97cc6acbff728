/* test-tool-view.c: the tool contract, the table of tools, lazy pages and the folding
 * sidebar, paths /ui/tool-view/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opens the sample in the real window under Xvfb and walks the table of
 * tools (trellis-tools.c): nothing is built before it is shown, every tool
 * can be shown by its path and is a TrellisToolView of the window's project.
 */

#include "config.h"

#include <string.h>

#include "trellis-application.h"
#include "trellis-project-view.h"
#include "trellis-tool-page.h"
#include "trellis-tool-view.h"
#include "trellis-tools.h"
#include "trellis-trace-panel.h"
#include "trellis-window.h"
#include "trellis-test-utils.h"
#include "ui-test-utils.h"

static TrellisApplication *app;
static char *tmpdir;

/* Helpers */

static TrellisWindow *
open_sample (const char *basename,
             gboolean    read_only)
{
  g_autoptr(TrellisProject) project = trellis_test_load_sample ();
  g_autoptr(GFile) file = ui_test_write_project (tmpdir, basename, project);

  return read_only ? ui_test_open_read_only (G_APPLICATION (app), file)
                   : ui_test_open_window (G_APPLICATION (app), file);
}

static TrellisProjectView *
project_view (TrellisWindow *window)
{
  return TRELLIS_PROJECT_VIEW (trellis_window_get_project_view (window));
}

static gboolean
is_tool_view (GtkWidget     *widget,
              gconstpointer  data)
{
  return TRELLIS_IS_TOOL_VIEW (widget);
}

/* The tool views that exist in @window, shown or not. */
static guint
count_tool_views (TrellisWindow *window)
{
  g_autoptr(GPtrArray) views = ui_test_find_all (GTK_WIDGET (window), is_tool_view, NULL);

  return views->len;
}

static guint
count_built_tools (TrellisProjectView *view)
{
  const TrellisAppTool *tools;
  guint n_tools, n_built = 0;

  tools = trellis_app_get_tools (&n_tools);
  for (guint i = 0; i < n_tools; i++)
    {
      g_autofree char *path = trellis_app_tool_dup_path (&tools[i]);

      if (trellis_project_view_peek_tool_view (view, path) != NULL)
        n_built++;
    }
  return n_built;
}

static AdwFlap *
find_flap (TrellisWindow *window)
{
  GtkWidget *flap = ui_test_find_descendant (GTK_WIDGET (window), ADW_TYPE_FLAP);

  g_assert_nonnull (flap);
  return ADW_FLAP (flap);
}

static void
resize (TrellisWindow *window,
        int            width,
        int            height)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  /* The window's size includes the resize borders, which its width leaves out. */
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  while (ABS (gtk_widget_get_width (GTK_WIDGET (window)) - width) > 30 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpint (ABS (gtk_widget_get_width (GTK_WIDGET (window)) - width), <=, 30);
}

/* Tests */

static void
test_table (void)
{
  const TrellisAppStep *steps;
  const TrellisAppTool *tools;
  guint n_steps, n_tools;
  const char *names[] = { "potentials/swot", "potentials/tows", "actors/register", "actors/grid",
                          "value/goals", "value/services", "strategy/canvas", "strategy/plan", "strategy/timeline",
                          "strategy/check", "dashboard/board", "dashboard/trend", "dashboard/selfcheck" };

  steps = trellis_app_get_steps (&n_steps);
  tools = trellis_app_get_tools (&n_tools);
  g_assert_cmpuint (n_steps, ==, 6);
  g_assert_cmpstr (steps[0].page_name, ==, "overview");
  g_assert_cmpuint (n_tools, ==, G_N_ELEMENTS (names));
  for (guint i = 0; i < n_tools; i++)
    {
      g_autofree char *path = trellis_app_tool_dup_path (&tools[i]);

      g_assert_cmpstr (path, ==, names[i]);
      g_assert_nonnull (trellis_app_find_page (tools[i].page_name));
      g_assert_true (g_type_is_a (tools[i].get_type (), TRELLIS_TYPE_TOOL_VIEW));
      g_assert_true (trellis_app_find_tool (tools[i].page_name, tools[i].name) == &tools[i]);
    }
  /* A page's first tool is the one it shows first. */
  g_assert_cmpstr (trellis_app_find_tool ("strategy", NULL)->name, ==, "canvas");
  g_assert_null (trellis_app_find_tool ("overview", NULL));
  g_assert_null (trellis_app_find_tool ("strategy", "nowhere"));
}

static void
test_lazy_pages (void)
{
  TrellisWindow *window = open_sample ("lazy.trellis", FALSE);
  TrellisProjectView *view = project_view (window);
  GtkWidget *timeline;

  /* Opening shows the overview and builds no tool. */
  g_assert_cmpstr (trellis_project_view_get_page (view), ==, "overview");
  g_assert_cmpuint (count_tool_views (window), ==, 0);
  g_assert_cmpuint (count_built_tools (view), ==, 0);
  g_assert_null (ui_test_find_descendant (GTK_WIDGET (window), TRELLIS_TYPE_TOOL_PAGE));

  /* Showing a tool builds that one, not its neighbours. */
  g_assert_true (trellis_project_view_set_page (view, "strategy/timeline"));
  ui_test_iterate_pending ();
  timeline = trellis_project_view_peek_tool_view (view, "strategy/timeline");
  g_assert_nonnull (timeline);
  ui_test_iterate_until_mapped (timeline);
  g_assert_null (trellis_project_view_peek_tool_view (view, "strategy/canvas"));
  g_assert_null (trellis_project_view_peek_tool_view (view, "strategy/plan"));
  g_assert_cmpuint (count_tool_views (window), ==, 1);

  /* A page shown by its name builds its first tool only. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "actors"));
  ui_test_iterate_pending ();
  g_assert_nonnull (trellis_project_view_peek_tool_view (view, "actors/register"));
  g_assert_null (trellis_project_view_peek_tool_view (view, "actors/grid"));
  g_assert_cmpuint (count_tool_views (window), ==, 2);

  /* The switcher builds a tool when it shows it. */
  {
    GtkWidget *page = gtk_widget_get_ancestor (trellis_project_view_peek_tool_view (view, "actors/register"),
                                               TRELLIS_TYPE_TOOL_PAGE);

    g_assert_true (trellis_tool_page_set_view_name (TRELLIS_TOOL_PAGE (page), "grid"));
    ui_test_iterate_pending ();
    g_assert_nonnull (trellis_project_view_peek_tool_view (view, "actors/grid"));
    g_assert_cmpuint (count_tool_views (window), ==, 3);
  }

  /* Unknown names change nothing and build nothing. */
  g_assert_false (trellis_project_view_set_page (view, "strategy/nowhere"));
  g_assert_false (trellis_project_view_set_page (view, "nowhere/timeline"));
  g_assert_cmpstr (trellis_project_view_get_page (view), ==, "actors");
  g_assert_cmpuint (count_built_tools (view), ==, 3);
}

static void
test_every_tool (void)
{
  TrellisWindow *window = open_sample ("every.trellis", FALSE);
  TrellisProjectView *view = project_view (window);
  TrellisProject *project = trellis_window_get_project (window);
  const TrellisAppTool *tools;
  guint n_tools;

  tools = trellis_app_get_tools (&n_tools);
  for (guint i = 0; i < n_tools; i++)
    {
      g_autofree char *path = trellis_app_tool_dup_path (&tools[i]);
      TrellisProject *shown = NULL;
      GtkWidget *tool;

      g_test_message ("%s", path);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", path));
      ui_test_iterate_pending ();
      g_assert_cmpstr (trellis_project_view_get_page (view), ==, tools[i].page_name);
      tool = trellis_project_view_peek_tool_view (view, path);
      g_assert_nonnull (tool);
      ui_test_iterate_until_mapped (tool);
      g_assert_true (TRELLIS_IS_TOOL_VIEW (tool));
      g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (tool, tools[i].get_type ()));
      g_assert_true (trellis_tool_view_get_project (TRELLIS_TOOL_VIEW (tool)) == project);
      g_object_get (tool, "project", &shown, NULL);
      g_assert_true (shown == project);
      g_object_unref (shown);
      g_assert_true (trellis_tool_view_get_editable (TRELLIS_TOOL_VIEW (tool)));
    }
  g_assert_cmpuint (count_tool_views (window), ==, n_tools);

  /* Views already built follow the window's editable state. */
  trellis_project_view_set_editable (view, FALSE);
  for (guint i = 0; i < n_tools; i++)
    {
      g_autofree char *path = trellis_app_tool_dup_path (&tools[i]);

      g_assert_false (trellis_tool_view_get_editable (TRELLIS_TOOL_VIEW (trellis_project_view_peek_tool_view (view, path))));
    }
  trellis_project_view_set_editable (view, TRUE);
  g_assert_true (trellis_tool_view_get_editable (TRELLIS_TOOL_VIEW (trellis_project_view_peek_tool_view (view, "strategy/plan"))));
}

static void
test_read_only (void)
{
  TrellisWindow *window = open_sample ("read-only.trellis", TRUE);
  TrellisProjectView *view = project_view (window);
  const TrellisAppTool *tools;
  guint n_tools;

  /* Tools built after the window went read-only take no edits either. */
  g_assert_cmpuint (count_built_tools (view), ==, 0);
  tools = trellis_app_get_tools (&n_tools);
  for (guint i = 0; i < n_tools; i++)
    {
      g_autofree char *path = trellis_app_tool_dup_path (&tools[i]);
      GtkWidget *tool = trellis_project_view_get_tool_view (view, path);

      g_test_message ("%s", path);
      g_assert_true (TRELLIS_IS_TOOL_VIEW (tool));
      g_assert_false (trellis_tool_view_get_editable (TRELLIS_TOOL_VIEW (tool)));
    }
  /* Built without being shown: the overview is still the page. */
  g_assert_cmpstr (trellis_project_view_get_page (view), ==, "overview");
}

typedef struct
{
  guint        n_calls;
  TrellisItem *last;
} Calls;

static void
count_change (GtkWidget   *widget,
              TrellisItem *item)
{
  Calls *calls = g_object_get_data (G_OBJECT (widget), "calls");

  calls->n_calls++;
  calls->last = item;
}

static void
test_held_changes (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Held");
  GtkWidget *window = gtk_window_new ();
  GtkWidget *stack = gtk_stack_new ();
  GtkWidget *follower = gtk_label_new ("follower");
  TrellisSwotItem *first = trellis_swot_item_new (TRELLIS_QUADRANT_STRENGTH, "First");
  TrellisSwotItem *second = trellis_swot_item_new (TRELLIS_QUADRANT_WEAKNESS, "Second");
  Calls calls = { 0, NULL };

  gtk_stack_add_named (GTK_STACK (stack), gtk_label_new ("front"), "front");
  gtk_stack_add_named (GTK_STACK (stack), follower, "follower");
  gtk_window_set_child (GTK_WINDOW (window), stack);
  g_object_set_data (G_OBJECT (follower), "calls", &calls);
  trellis_tool_view_follow_changes (follower, project, G_CALLBACK (count_change));
  gtk_window_present (GTK_WINDOW (window));
  ui_test_iterate_until_mapped (window);
  g_assert_false (gtk_widget_get_mapped (follower));

  /* Hidden: nothing is delivered, however many changes. */
  trellis_project_add_item (project, TRELLIS_ITEM (first));
  trellis_project_add_item (project, TRELLIS_ITEM (second));
  trellis_swot_item_set_text (first, "First, edited");
  g_assert_cmpuint (calls.n_calls, ==, 0);

  /* Shown: one call for the one kind of item that changed, with the last one. */
  gtk_stack_set_visible_child (GTK_STACK (stack), follower);
  ui_test_iterate_pending ();
  g_assert_true (gtk_widget_get_mapped (follower));
  g_assert_cmpuint (calls.n_calls, ==, 1);
  g_assert_true (calls.last == TRELLIS_ITEM (first));

  /* While shown, every change goes through at once. */
  trellis_swot_item_set_text (second, "Second, edited");
  g_assert_cmpuint (calls.n_calls, ==, 2);
  g_assert_true (calls.last == TRELLIS_ITEM (second));

  /* Hidden again with nothing changed: showing it delivers nothing. */
  gtk_stack_set_visible_child_name (GTK_STACK (stack), "front");
  ui_test_iterate_pending ();
  gtk_stack_set_visible_child (GTK_STACK (stack), follower);
  ui_test_iterate_pending ();
  g_assert_cmpuint (calls.n_calls, ==, 2);

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (first);
  g_object_unref (second);
}

static void
test_fold (void)
{
  TrellisWindow *window = open_sample ("fold.trellis", FALSE);
  AdwFlap *flap = find_flap (window);

  /* The test screen's laptop size keeps the steps beside the page. */
  g_assert_false (adw_flap_get_folded (flap));
  g_assert_true (adw_flap_get_reveal_flap (flap));

  resize (window, 800, 600);
  g_assert_true (adw_flap_get_folded (flap));
  g_assert_false (adw_flap_get_reveal_flap (flap));

  /* Picking a step from the unfolded sidebar hides it again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "potentials/tows"));
  ui_test_iterate_pending ();
  g_assert_false (adw_flap_get_reveal_flap (flap));

  resize (window, 1366, 768);
  g_assert_false (adw_flap_get_folded (flap));
  g_assert_true (adw_flap_get_reveal_flap (flap));
}

/* The shortcuts window lists Alt and each page's position, with its name. */
static void
test_shortcuts_listed (void)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  const TrellisAppStep *steps;
  const char *text;
  guint n_steps;

  bytes = g_resources_lookup_data ("/io/github/trellis/Trellis/gtk/help-overlay.ui", 0, &error);
  g_assert_no_error (error);
  text = g_bytes_get_data (bytes, NULL);
  steps = trellis_app_get_steps (&n_steps);
  for (guint i = 0; i < n_steps; i++)
    {
      g_autofree char *accel = g_strdup_printf ("&lt;Alt&gt;%u</property>", i);
      const char *at = strstr (text, accel);
      g_autofree char *before = NULL;

      g_assert_nonnull (at);
      /* The title comes just before the accelerator. */
      before = g_strndup (text, at - text);
      g_assert_nonnull (g_strrstr (before, steps[i].title));
      g_assert_true (g_strrstr (before, steps[i].title) > g_strrstr (before, "<object"));
    }
  g_assert_null (strstr (text, "&lt;Alt&gt;6</property>"));
}

static void
test_go_to (void)
{
  g_autoptr(TrellisProject) project = trellis_test_load_sample ();
  struct { GType type; const char *page; } cases[] = {
    { TRELLIS_TYPE_SWOT_ITEM, "potentials/swot" },
    { TRELLIS_TYPE_TOWS_STRATEGY, "potentials/tows" },
    { TRELLIS_TYPE_STAKEHOLDER, "actors/register" },
    { TRELLIS_TYPE_GOAL, "value/goals" },
    { TRELLIS_TYPE_MEASUREMENT, "value/goals" },
    { TRELLIS_TYPE_CANVAS_NOTE, "strategy/canvas" },
    { TRELLIS_TYPE_ACTION, "strategy/plan" },
    { TRELLIS_TYPE_MILESTONE, "strategy/plan" },
    { TRELLIS_TYPE_KEY_QUESTION, "overview" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GListModel *items = trellis_project_get_items (project, cases[i].type);
      g_autoptr(TrellisItem) item = g_list_model_get_item (items, 0);
      g_autofree char *page = NULL;

      g_assert_nonnull (item);
      page = trellis_trace_item_page (item);
      g_assert_cmpstr (page, ==, cases[i].page);
    }
}

int
main (int   argc,
      char *argv[])
{
  app = ui_test_init (&argc, &argv, &tmpdir);
  if (app == NULL)
    return 77;

  g_test_add_func ("/ui/tool-view/table", test_table);
  g_test_add_func ("/ui/tool-view/lazy-pages", test_lazy_pages);
  g_test_add_func ("/ui/tool-view/every-tool", test_every_tool);
  g_test_add_func ("/ui/tool-view/read-only", test_read_only);
  g_test_add_func ("/ui/tool-view/held-changes", test_held_changes);
  g_test_add_func ("/ui/tool-view/fold", test_fold);
  g_test_add_func ("/ui/tool-view/shortcuts-listed", test_shortcuts_listed);
  g_test_add_func ("/ui/tool-view/go-to", test_go_to);

  return ui_test_run (app, tmpdir);
}
