/* trellis-screenshot.c: renders the real Trellis window to a PNG
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: trellis-screenshot [FILE.trellis] [--output FILE.png] [--width W] [--height H] [--dark]
 *                           [--page overview|potentials|actors|value|strategy|dashboard]
 *                           (a page's tool after a slash: --page potentials/tows)
 *                           [--timeout SECONDS] [--list-pages] [--first-frame]
 *                           [--dialog import|export|new-project|workshop-log] [--import-file F.csv] [--import-kind KIND]
 *                           [--presenter PAGE]
 * The pages and tools are those of the application's table (trellis-tools.c):
 * --list-pages prints them.
 * Without a project file it renders the start window. Run it under
 *   dbus-run-session -- xvfb-run -a -s "-screen 0 1920x1080x24" trellis-screenshot …
 * Exits 77 (skipped) without a display, 1 when the project or the PNG fails.
 *
 * --dialog renders a dialog of the window at the size asked instead: the
 * import preview of --import-file as --import-kind items (by default the
 * kind of the page shown), or the export dialog.
 *
 * --presenter renders presenter mode's window instead, on the board that
 * presents PAGE (potentials/swot, actors/grid, dashboard …), at the size asked.
 *
 * In another language: LANGUAGE=de LC_ALL=de_DE.UTF-8 TRELLIS_LOCALEDIR=_build/po
 * trellis-screenshot … (the catalogues of the build, or any folder of
 * XX/LC_MESSAGES/trellis.mo files).
 *
 * --first-frame prints, once the window's first frame has been painted,
 * "first-frame: WALL s wall, CPU s cpu, PEAK MB" measured from the start of
 * the process: what a user waits for, without the frames the tool waits for
 * before it renders the PNG (benchmarks read that line).
 */

#define G_LOG_DOMAIN "trellis-screenshot"

#include "config.h"

#include <stdio.h>
#include <time.h>
#include <unistd.h>
#include <sys/resource.h>

#include "trellis-application.h"
#include "trellis-i18n.h"
#include "trellis-exchange.h"
#include "trellis-export-options-dialog.h"
#include "trellis-import-dialog.h"
#include "trellis-presenter-window.h"
#include "trellis-new-project-dialog.h"
#include "trellis-workshop-log-dialog.h"
#include "trellis-project-view.h"
#include "trellis-tools.h"
#include "trellis-window.h"

/* Frames to wait after the window is mapped, and the least time to wait:
 * the first frames may still carry the initial size or unloaded icons. */
#define MIN_FRAMES     5
#define MIN_WAIT_USEC  (400 * G_TIME_SPAN_MILLISECOND)
#define TIMEOUT_SEC    20

typedef struct
{
  const char *output;
  const char *page;
  int         width;
  int         height;
  gboolean    dark;
  gboolean    guide;
  const char *dialog;
  const char *import_file;
  const char *import_kind;
  const char *presenter;
  int         border_width;    /* of the client-side decorations */
  int         border_height;
  GtkWidget  *popover;
  GMainLoop  *loop;
  guint       timeout_id;
  int         timeout;
  guint       n_frames;
  gint64      first_frame;
  gboolean    resized;
  gboolean    first_frame_report;
  gulong      after_paint_id;
  int         status;
} Shot;

/* Seconds since this process started, from its start time in /proc. */
static double
seconds_since_start (void)
{
  g_autofree char *stat = NULL;
  const char *end;
  unsigned long long start_ticks = 0;
  struct timespec now;

  if (!g_file_get_contents ("/proc/self/stat", &stat, NULL, NULL) ||
      (end = strrchr (stat, ')')) == NULL ||
      sscanf (end + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %*u %*u %*d %*d %*d %*d %*d %*d %llu",
              &start_ticks) != 1)
    return -1;
  clock_gettime (CLOCK_BOOTTIME, &now);
  return now.tv_sec + now.tv_nsec / 1e9 - (double) start_ticks / sysconf (_SC_CLK_TCK);
}

static void
after_paint_cb (GdkFrameClock *frame_clock,
                Shot          *shot)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  g_print ("first-frame: %.3f s wall, %.3f s cpu, %.1f MB\n",
           seconds_since_start (),
           usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6,
           usage.ru_maxrss / 1024.0);
  g_clear_signal_handler (&shot->after_paint_id, frame_clock);
}

static void
on_window_realize_cb (GtkWidget *window,
                      Shot      *shot)
{
  shot->after_paint_id = g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                                           G_CALLBACK (after_paint_cb), shot);
}

static gboolean
save_png (GtkWidget  *widget,
          const char *output)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (widget));

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node == NULL || renderer == NULL)
    return FALSE;

  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!gdk_texture_save_to_png (texture, output))
    return FALSE;

  g_print ("%s: %d×%d, %s\n", output, width, height, G_OBJECT_TYPE_NAME (renderer));
  return TRUE;
}

static gboolean
shoot_cb (gpointer user_data)
{
  GtkWidget *window = user_data;
  Shot *shot = g_object_get_data (G_OBJECT (window), "trellis-shot");

  if (shot->popover == NULL &&
      (gtk_widget_get_width (window) != shot->width || gtk_widget_get_height (window) != shot->height))
    g_printerr ("The window is %d×%d, not %d×%d: is the screen large enough?\n",
                gtk_widget_get_width (window), gtk_widget_get_height (window),
                shot->width, shot->height);
  if (save_png (shot->popover != NULL ? shot->popover : window, shot->output))
    shot->status = 0;
  else
    g_printerr ("Could not write %s\n", shot->output);

  g_main_loop_quit (shot->loop);
  return G_SOURCE_REMOVE;
}

/* The window's size includes the resize borders of client-side decorations,
 * which the widget, and so the PNG, leaves out: grow the window by them once. */
static gboolean
fix_size (GtkWindow *window,
          Shot      *shot)
{
  int dx = shot->width - gtk_widget_get_width (GTK_WIDGET (window));
  int dy = shot->height - gtk_widget_get_height (GTK_WIDGET (window));

  shot->resized = TRUE;
  shot->border_width = dx;
  shot->border_height = dy;
  if (dx == 0 && dy == 0)
    return FALSE;

  gtk_window_set_default_size (window, shot->width + dx, shot->height + dy);
  return TRUE;
}

/* The guide button of the page shown: the mapped menu button with the help icon. */
static GtkMenuButton *
find_guide_button (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (widget)), "help-about-symbolic") == 0)
    return GTK_MENU_BUTTON (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkMenuButton *found = find_guide_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A workshop session on the project with a few edits, as its log shows them. */
static GtkWidget *
open_workshop_log (TrellisWindow  *window,
                   TrellisProject *project)
{
  static const char * const notes[] = { "Skilled mould makers in every valley",
                                        "Two universities with polymer labs", "Rising energy prices" };
  TrellisWorkshopLog *log = trellis_workshop_log_new (project);
  g_autoptr(TrellisAction) action = g_list_model_get_item (trellis_project_get_items (project,
                                                                                      TRELLIS_TYPE_ACTION), 0);
  TrellisWorkshopSession *session = trellis_workshop_log_start (log, "SWOT workshop", NULL);

  g_object_set_data_full (G_OBJECT (window), "screenshot-workshop-log", log, g_object_unref);
  for (guint i = 0; i < G_N_ELEMENTS (notes); i++)
    {
      g_autoptr(TrellisSwotItem) note = trellis_swot_item_new (i < 2 ? TRELLIS_QUADRANT_STRENGTH
                                                                     : TRELLIS_QUADRANT_THREAT, notes[i]);

      trellis_project_add_item (project, note);
    }
  trellis_action_set_due (action, trellis_action_get_due (action) + 30);
  trellis_action_set_progress (action, 40);
  return trellis_workshop_log_dialog_new (GTK_WINDOW (window), project, session,
                                          trellis_workshop_log_get_changes (log));
}

/* The dialog --dialog names, of the size of the window. */
static GtkWidget *
open_dialog (TrellisWindow *window,
             Shot          *shot)
{
  TrellisProject *project = trellis_window_get_project (window);
  GtkWidget *view = trellis_window_get_project_view (window);
  const char *kind = shot->import_kind;
  GtkWidget *dialog = NULL;

  if (project == NULL || view == NULL)
    {
      g_printerr ("--dialog needs a project\n");
      return NULL;
    }
  if (kind == NULL)
    kind = trellis_exchange_kind_for_view (TRELLIS_PROJECT_VIEW (view));

  if (g_str_equal (shot->dialog, "export"))
    dialog = trellis_export_options_dialog_new (GTK_WINDOW (window), project, kind);
  else if (g_str_equal (shot->dialog, "import") && shot->import_file != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (shot->import_file);
      g_autoptr(GError) error = NULL;

      if (trellis_import_kind_to_type (kind) == G_TYPE_INVALID)
        g_printerr ("“%s” is no kind of item to import\n", kind);
      else if ((dialog = trellis_import_dialog_new (GTK_WINDOW (window), project, file, kind, &error)) == NULL)
        g_printerr ("%s\n", error->message);
    }
  else if (g_str_equal (shot->dialog, "new-project"))
    dialog = trellis_new_project_dialog_new (GTK_WINDOW (window));
  else if (g_str_equal (shot->dialog, "workshop-log"))
    dialog = open_workshop_log (window, project);
  else
    g_printerr ("--dialog takes import (with --import-file), export, new-project or workshop-log\n");
  if (dialog == NULL)
    return NULL;
  gtk_window_set_default_size (GTK_WINDOW (dialog), shot->width + shot->border_width,
                               shot->height + shot->border_height);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *frame_clock,
         gpointer       user_data)
{
  Shot *shot = user_data;
  gint64 now = gdk_frame_clock_get_frame_time (frame_clock);

  if (shot->n_frames++ == 0)
    shot->first_frame = now;
  if (shot->n_frames < MIN_FRAMES || now - shot->first_frame < MIN_WAIT_USEC)
    return G_SOURCE_CONTINUE;
  if (!shot->resized && fix_size (GTK_WINDOW (widget), shot))
    {
      shot->n_frames = 0;
      return G_SOURCE_CONTINUE;
    }

  /* --dialog: open it, let it draw, then render it. */
  if (shot->dialog != NULL && shot->popover == NULL)
    {
      shot->popover = open_dialog (TRELLIS_WINDOW (widget), shot);
      if (shot->popover == NULL)
        {
          g_main_loop_quit (shot->loop);
          return G_SOURCE_REMOVE;
        }
      shot->n_frames = 0;
      return G_SOURCE_CONTINUE;
    }

  /* --guide: open the page's guide, let it draw, then render it. */
  if (shot->guide && shot->popover == NULL)
    {
      GtkMenuButton *button = find_guide_button (widget);

      if (button == NULL)
        {
          g_printerr ("The page has no guide\n");
          g_main_loop_quit (shot->loop);
          return G_SOURCE_REMOVE;
        }
      gtk_menu_button_popup (button);
      shot->popover = GTK_WIDGET (gtk_menu_button_get_popover (button));
      shot->n_frames = 0;
      return G_SOURCE_CONTINUE;
    }

  /* Render outside the frame clock's update phase, once layout is done. */
  g_idle_add_full (G_PRIORITY_LOW, shoot_cb, g_object_ref (widget), g_object_unref);
  return G_SOURCE_REMOVE;
}

static void
on_window_added_cb (GtkApplication *application,
                    GtkWindow      *window,
                    Shot           *shot)
{
  gtk_window_set_default_size (window, shot->width, shot->height);
}

static void
on_startup_cb (GApplication *application,
               Shot         *shot)
{
  /* GNOME's default button layout; without a settings daemon, as under Xvfb,
   * GTK would add minimize and maximize buttons. */
  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", "appmenu:close", NULL);
  if (shot->dark)
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                        ADW_COLOR_SCHEME_FORCE_DARK);
}

static gboolean
timeout_cb (gpointer user_data)
{
  Shot *shot = user_data;

  g_printerr ("The window was not drawn within %d seconds\n", shot->timeout);
  shot->timeout_id = 0;
  g_main_loop_quit (shot->loop);
  return G_SOURCE_REMOVE;
}

static gboolean
check_project (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(TrellisProject) project = NULL;
  g_autoptr(GError) error = NULL;

  project = trellis_project_load (file, &error);
  if (project == NULL)
    g_printerr ("%s\n", error->message);

  return project != NULL;
}

static GtkWindow *
show_window (GApplication *app,
             const char   *path)
{
  GList *windows;

  if (path != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);

      g_application_open (app, &file, 1, "");
    }
  else
    g_application_activate (app);

  windows = gtk_application_get_windows (GTK_APPLICATION (app));
  return windows != NULL ? windows->data : NULL;
}

static gboolean
show_page (TrellisWindow *window,
           const char    *page)
{
  GtkWidget *view = trellis_window_get_project_view (window);

  if (view == NULL || !trellis_project_view_set_page (TRELLIS_PROJECT_VIEW (view), page))
    {
      g_printerr ("No page “%s” to show\n", page);
      return FALSE;
    }

  return TRUE;
}

/* Every name --page takes, from the table of pages and tools. */
static void
list_pages (void)
{
  const TrellisAppStep *steps;
  const TrellisAppTool *tools;
  guint n_steps, n_tools;

  steps = trellis_app_get_steps (&n_steps);
  tools = trellis_app_get_tools (&n_tools);
  for (guint i = 0; i < n_steps; i++)
    {
      g_print ("%s\n", steps[i].page_name);
      for (guint j = 0; j < n_tools; j++)
        if (g_str_equal (tools[j].page_name, steps[i].page_name))
          g_print ("%s/%s\n", tools[j].page_name, tools[j].name);
    }
}

/* Presenter mode's window for @page, not fullscreen: at the size asked. */
static GtkWindow *
open_presenter (TrellisWindow *window,
                const char    *page)
{
  TrellisProject *project = trellis_window_get_project (window);
  GtkWindow *presenter;

  g_assert (project != NULL);
  presenter = GTK_WINDOW (trellis_presenter_window_new (project, trellis_presenter_board_for_page (page)));
  gtk_window_set_application (presenter, gtk_window_get_application (GTK_WINDOW (window)));
  gtk_window_present (presenter);
  return presenter;
}

static int
run (Shot       *shot,
     const char *path)
{
  g_autoptr(TrellisApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *window;

  app = trellis_application_new (APP_ID, G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "startup", G_CALLBACK (on_startup_cb), shot);
  g_signal_connect (app, "window-added", G_CALLBACK (on_window_added_cb), shot);
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  window = show_window (G_APPLICATION (app), path);
  g_assert (TRELLIS_IS_WINDOW (window));
  if (shot->page != NULL && !show_page (TRELLIS_WINDOW (window), shot->page))
    return 2;
  if (shot->presenter != NULL)
    window = open_presenter (TRELLIS_WINDOW (window), shot->presenter);
  g_object_set_data (G_OBJECT (window), "trellis-shot", shot);
  if (shot->first_frame_report)
    {
      if (gtk_widget_get_realized (GTK_WIDGET (window)))
        on_window_realize_cb (GTK_WIDGET (window), shot);
      else
        g_signal_connect (window, "realize", G_CALLBACK (on_window_realize_cb), shot);
    }
  gtk_widget_add_tick_callback (GTK_WIDGET (window), tick_cb, shot, NULL);
  shot->timeout_id = g_timeout_add_seconds (shot->timeout, timeout_cb, shot);

  shot->loop = g_main_loop_new (NULL, FALSE);
  g_main_loop_run (shot->loop);
  g_clear_pointer (&shot->loop, g_main_loop_unref);
  g_clear_handle_id (&shot->timeout_id, g_source_remove);

  gtk_window_destroy (window);
  return shot->status;
}

int
main (int   argc,
      char *argv[])
{
  Shot shot = { .width = 1366, .height = 768, .timeout = TIMEOUT_SEC, .status = 1 };
  gboolean list = FALSE;
  g_autofree char *output = NULL;
  g_autofree char *page = NULL;
  g_autofree char *dialog = NULL;
  g_autofree char *import_file = NULL;
  g_autofree char *import_kind = NULL;
  g_autofree char *presenter = NULL;
  g_auto(GStrv) files = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new ("[FILE.trellis]");
  g_autoptr(GError) error = NULL;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "PNG to write (trellis-screenshot.png)", "FILE" },
    { "width", 0, 0, G_OPTION_ARG_INT, &shot.width, "Window width (1366)", "W" },
    { "height", 0, 0, G_OPTION_ARG_INT, &shot.height, "Window height (768)", "H" },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &shot.dark, "Force the dark style", NULL },
    { "guide", 0, 0, G_OPTION_ARG_NONE, &shot.guide, "Render the page's guide (its help popover) instead", NULL },
    { "page", 0, 0, G_OPTION_ARG_STRING, &page, "Page of the project to show (overview), or page/tool (actors/grid)", "NAME" },
    { "timeout", 0, 0, G_OPTION_ARG_INT, &shot.timeout, "Give up after this many seconds (20)", "SECONDS" },
    { "list-pages", 0, 0, G_OPTION_ARG_NONE, &list, "List the pages and tools --page takes", NULL },
    { "dialog", 0, 0, G_OPTION_ARG_STRING, &dialog, "Render a dialog instead: import or export", "NAME" },
    { "import-file", 0, 0, G_OPTION_ARG_FILENAME, &import_file, "The CSV file --dialog import previews", "FILE" },
    { "import-kind", 0, 0, G_OPTION_ARG_STRING, &import_kind, "What its rows become (stakeholders, actions…)", "KIND" },
    { "presenter", 0, 0, G_OPTION_ARG_STRING, &presenter, "Render presenter mode on the board of this page", "PAGE" },
    { "first-frame", 0, 0, G_OPTION_ARG_NONE, &shot.first_frame_report, "Print the time, CPU and memory to the first frame", NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, NULL },
    { NULL }
  };

  trellis_i18n_init ();
  gtk_disable_setlocale ();
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (list)
    {
      list_pages ();
      return 0;
    }
  if (shot.width <= 0 || shot.height <= 0 || shot.timeout <= 0)
    {
      g_printerr ("The width, the height and the timeout must be positive\n");
      return 2;
    }
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("No display: run under xvfb-run\n");
      return 77;
    }
  if (files != NULL && !check_project (files[0]))
    return 1;

  shot.output = output != NULL ? output : "trellis-screenshot.png";
  shot.page = page;
  shot.dialog = dialog;
  shot.import_file = import_file;
  shot.import_kind = import_kind;
  shot.presenter = presenter;
  return run (&shot, files != NULL ? files[0] : NULL);
}
