/* test-presenter.c: presenter mode, paths /ui/presenter/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opens real presenter windows under Xvfb on every board of the sample at
 * 1280×720, 1366×768 and 1920×1080 and checks that no note or heading is
 * cut (each label's natural height at its allocated width fits its
 * allocation, which lies inside the window), that a board too full for one
 * screen is paged with every note shown exactly once, that the keys walk
 * pages and boards, that F5 and Escape enter and leave, that an edit in the
 * project shows at once, and the timer's countdown.
 */

#include "config.h"

#include "trellis-application.h"
#include "trellis-presenter-window.h"
#include "trellis-project-view.h"
#include "trellis-window.h"
#include "trellis-test-utils.h"
#include "ui-test-utils.h"

static TrellisApplication *app;
static char *tmpdir;

static const struct { int width, height; } sizes[] = {
  { 1280, 720 }, { 1366, 768 }, { 1920, 1080 },
};

/* Helpers */

/* Runs the main loop for @msec, so that frames are laid out and drawn. */
static void
run_frames (guint msec)
{
  gint64 until = g_get_monotonic_time () + msec * 1000;

  while (g_get_monotonic_time () < until)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (2000);
    }
}

static gboolean
screen_holds (int width,
              int height)
{
  GListModel *monitors = gdk_display_get_monitors (gdk_display_get_default ());
  g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, 0);
  GdkRectangle geometry;

  gdk_monitor_get_geometry (monitor, &geometry);
  return geometry.width >= width && geometry.height >= height;
}

static TrellisPresenterWindow *
open_presenter (TrellisProject *project,
                const char     *board,
                int             width,
                int             height)
{
  GtkWindow *presenter = GTK_WINDOW (trellis_presenter_window_new (project, board));

  gtk_window_set_application (presenter, GTK_APPLICATION (app));
  gtk_window_set_default_size (presenter, width, height);
  gtk_window_present (presenter);
  ui_test_iterate_until_mapped (GTK_WIDGET (presenter));
  run_frames (250);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (presenter)), ==, width);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (presenter)), ==, height);
  return TRELLIS_PRESENTER_WINDOW (presenter);
}

static gboolean
is_board_label (GtkWidget *widget)
{
  return GTK_IS_LABEL (widget) &&
         (gtk_widget_has_css_class (widget, "presenter-note") ||
          gtk_widget_has_css_class (widget, "presenter-heading"));
}

/* Every heading and note shown is whole and inside the window; returns the notes shown. */
static GPtrArray *
check_page_fits (TrellisPresenterWindow *presenter)
{
  TrellisPresenterSheet *sheet = trellis_presenter_window_get_sheet (presenter);
  GPtrArray *shown = g_ptr_array_new ();
  g_autoptr(GArray) rects = g_array_new (FALSE, FALSE, sizeof (graphene_rect_t));
  int width = gtk_widget_get_width (GTK_WIDGET (presenter));
  int height = gtk_widget_get_height (GTK_WIDGET (presenter));

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (sheet)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      graphene_rect_t bounds;
      int natural, min_width;

      g_assert_true (is_board_label (child));
      if (!gtk_widget_get_child_visible (child))
        continue;
      g_assert_true (gtk_widget_compute_bounds (child, GTK_WIDGET (presenter), &bounds));
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, (int) bounds.size.width, NULL, &natural, NULL, NULL);
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
      if (natural > bounds.size.height || min_width > bounds.size.width)
        g_error ("“%s” is cut: %d×%d needed, %g×%g given", gtk_label_get_label (GTK_LABEL (child)),
                 min_width, natural, bounds.size.width, bounds.size.height);
      g_assert_cmpfloat (bounds.origin.x, >=, 0);
      g_assert_cmpfloat (bounds.origin.y, >=, 0);
      g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, width);
      g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, height);
      for (guint i = 0; i < rects->len; i++)
        {
          graphene_rect_t overlap;

          if (graphene_rect_intersection (&bounds, &g_array_index (rects, graphene_rect_t, i), &overlap) &&
              overlap.size.width > 0.5 && overlap.size.height > 0.5)
            g_error ("“%s” overlaps another label", gtk_label_get_label (GTK_LABEL (child)));
        }
      g_array_append_val (rects, bounds);
      if (gtk_widget_has_css_class (child, "presenter-note"))
        g_ptr_array_add (shown, child);
    }
  return shown;
}

/* Walks every page of the board shown: each fits, and each note is on exactly one. */
static guint
check_all_pages (TrellisPresenterWindow *presenter)
{
  TrellisPresenterSheet *sheet = trellis_presenter_window_get_sheet (presenter);
  TrellisPresenterBoard *board = trellis_presenter_sheet_get_board (sheet);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  guint n_pages = trellis_presenter_sheet_get_n_pages (sheet);

  g_assert_cmpint (trellis_presenter_sheet_get_font_size (sheet), >=,
                   trellis_presenter_sheet_get_floor_size (sheet));
  for (guint page = 0; page < n_pages; page++)
    {
      g_autoptr(GPtrArray) shown = NULL;

      trellis_presenter_sheet_set_page (sheet, page);
      run_frames (60);
      g_assert_cmpuint (trellis_presenter_sheet_get_page (sheet), ==, page);
      shown = check_page_fits (presenter);
      for (guint i = 0; i < shown->len; i++)
        g_assert_true (g_hash_table_add (seen, shown->pdata[i]));
    }
  g_assert_cmpuint (g_hash_table_size (seen), ==, trellis_presenter_board_count_notes (board));
  trellis_presenter_sheet_set_page (sheet, 0);
  return n_pages;
}

static const char *
first_note_text (TrellisPresenterWindow *presenter)
{
  TrellisPresenterSheet *sheet = trellis_presenter_window_get_sheet (presenter);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (sheet)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_has_css_class (child, "presenter-note") && gtk_widget_get_child_visible (child))
      return gtk_label_get_label (GTK_LABEL (child));
  return NULL;
}

/* Tests */

static void
test_fit_every_board (void)
{
  g_autoptr(TrellisProject) project = trellis_test_load_sample ();
  guint n_boards;
  const TrellisPresenterBoardInfo *boards = trellis_presenter_get_boards (&n_boards);

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      TrellisPresenterWindow *presenter;

      /* A window cannot be larger than the screen (tests/ui/meson.build runs
       * this program on a 1920×1080 screen of its own when it can). */
      if (!screen_holds (sizes[s].width, sizes[s].height))
        {
          g_test_message ("%d×%d: larger than the screen, not checked", sizes[s].width, sizes[s].height);
          g_assert_cmpuint (s, >, 0);
          continue;
        }
      presenter = open_presenter (project, boards[0].id, sizes[s].width, sizes[s].height);

      for (guint b = 0; b < n_boards; b++)
        {
          guint n_pages;

          trellis_presenter_window_set_board (presenter, boards[b].id);
          run_frames (150);
          n_pages = check_all_pages (presenter);
          g_test_message ("%s at %d×%d: %d px, %u page(s)", boards[b].id, sizes[s].width, sizes[s].height,
                          trellis_presenter_sheet_get_font_size (trellis_presenter_window_get_sheet (presenter)),
                          n_pages);
        }
      gtk_window_destroy (GTK_WINDOW (presenter));
      ui_test_iterate_pending ();
    }
}

static void
test_paginate (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Crowded");
  TrellisPresenterWindow *presenter;
  TrellisPresenterSheet *sheet;

  for (guint i = 0; i < 160; i++)
    {
      g_autofree char *text = g_strdup_printf ("Note %u: %s", i,
                                               i % 3 == 0 ? "a longer note that wraps over two or three lines "
                                                            "when the type is large" : "short");
      g_autoptr(TrellisSwotItem) item = trellis_swot_item_new (i % 4, text);

      trellis_project_add_item (project, item);
    }
  presenter = open_presenter (project, "potentials/swot", 1280, 720);
  sheet = trellis_presenter_window_get_sheet (presenter);
  g_assert_cmpuint (trellis_presenter_sheet_get_n_pages (sheet), >, 1);
  g_assert_cmpint (trellis_presenter_sheet_get_font_size (sheet), ==,
                   trellis_presenter_sheet_get_floor_size (sheet));
  g_assert_cmpuint (check_all_pages (presenter), >, 1);
  gtk_window_destroy (GTK_WINDOW (presenter));
  ui_test_iterate_pending ();
}

/* Many sections, each with a tall note: fewer rows of cells a page, none cut. */
static void
test_paginate_sections (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Many goals");
  TrellisPresenterWindow *presenter;

  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *title = g_strdup_printf ("Goal %u", i);
      g_autoptr(TrellisGoal) goal = trellis_goal_new (title);

      trellis_goal_set_description (goal, "A description long enough to wrap over several lines of the "
                                          "cell at the floor size, taller than a cell would be if all "
                                          "forty goals had to share one screen, so the sheet must give "
                                          "each page fewer rows of cells");
      trellis_project_add_item (project, goal);
    }
  presenter = open_presenter (project, "value/goals", 1280, 720);
  g_assert_cmpuint (check_all_pages (presenter), >, 1);
  gtk_window_destroy (GTK_WINDOW (presenter));
  ui_test_iterate_pending ();
}

static void
test_navigate (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Crowded");
  TrellisPresenterWindow *presenter;
  TrellisPresenterSheet *sheet;
  guint n_pages;

  for (guint i = 0; i < 120; i++)
    {
      g_autofree char *text = g_strdup_printf ("Threat %u", i);
      g_autoptr(TrellisSwotItem) item = trellis_swot_item_new (TRELLIS_QUADRANT_THREAT, text);

      trellis_project_add_item (project, item);
    }
  presenter = open_presenter (project, "potentials/swot", 1280, 720);
  sheet = trellis_presenter_window_get_sheet (presenter);
  n_pages = trellis_presenter_sheet_get_n_pages (sheet);
  g_assert_cmpuint (n_pages, >, 1);

  /* Right and Page Down walk the pages, then on to the next board. */
  g_assert_true (ui_test_press_shortcut (GTK_WIDGET (presenter), "Right"));
  g_assert_cmpuint (trellis_presenter_sheet_get_page (sheet), ==, 1);
  for (guint i = 1; i < n_pages; i++)
    g_assert_true (ui_test_press_shortcut (GTK_WIDGET (presenter), "Page_Down"));
  g_assert_cmpstr (trellis_presenter_window_get_board (presenter), ==, "potentials/tows");
  run_frames (100);
  g_assert_cmpuint (trellis_presenter_sheet_get_page (sheet), ==, 0);

  /* Left from the first page goes back to the last page of the board before. */
  g_assert_true (ui_test_press_shortcut (GTK_WIDGET (presenter), "Left"));
  run_frames (150);
  g_assert_cmpstr (trellis_presenter_window_get_board (presenter), ==, "potentials/swot");
  g_assert_cmpuint (trellis_presenter_sheet_get_page (sheet), ==, n_pages - 1);
  g_assert_true (ui_test_press_shortcut (GTK_WIDGET (presenter), "Page_Up"));
  g_assert_cmpuint (trellis_presenter_sheet_get_page (sheet), ==, n_pages - 2);
  g_assert_true (ui_test_press_shortcut (GTK_WIDGET (presenter), "space"));
  g_assert_cmpuint (trellis_presenter_sheet_get_page (sheet), ==, n_pages - 1);

  /* The first board has none before it; the buttons are named. */
  trellis_presenter_window_set_board (presenter, "potentials/swot");
  trellis_presenter_sheet_set_page (sheet, 0);
  trellis_presenter_window_previous (presenter);
  g_assert_cmpstr (trellis_presenter_window_get_board (presenter), ==, "potentials/swot");
  g_assert_nonnull (ui_test_find_action_button (GTK_WIDGET (presenter), "presenter.next"));
  g_assert_nonnull (ui_test_find_action_button (GTK_WIDGET (presenter), "presenter.previous"));
  g_assert_nonnull (ui_test_find_action_button (GTK_WIDGET (presenter), "presenter.leave"));
  gtk_window_destroy (GTK_WINDOW (presenter));
  ui_test_iterate_pending ();
}

static void
test_enter_leave (void)
{
  TrellisWindow *window = ui_test_open_sample (G_APPLICATION (app), tmpdir);
  GtkWindow *presenter;

  ui_test_iterate_until_mapped (GTK_WIDGET (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "actors/register"));
  ui_test_iterate_pending ();

  /* F5 opens it on the board of the tool shown, fullscreen on the one monitor. */
  g_assert_true (ui_test_press_shortcut (GTK_WIDGET (window), "F5"));
  presenter = trellis_presenter_peek (GTK_WINDOW (window));
  g_assert_true (TRELLIS_IS_PRESENTER_WINDOW (presenter));
  ui_test_iterate_until_mapped (GTK_WIDGET (presenter));
  g_assert_cmpstr (trellis_presenter_window_get_board (TRELLIS_PRESENTER_WINDOW (presenter)), ==, "actors/grid");
  g_assert_true (gtk_window_is_fullscreen (presenter) ||
                 g_list_model_get_n_items (gdk_display_get_monitors (gdk_display_get_default ())) > 1);

  /* Escape leaves; the editing window stays. */
  g_assert_true (ui_test_press_shortcut (GTK_WIDGET (presenter), "Escape"));
  ui_test_iterate_pending ();
  g_assert_null (trellis_presenter_peek (GTK_WINDOW (window)));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));

  /* win.present toggles; F5 in the presenter leaves too. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "strategy/canvas"));
  ui_test_iterate_pending ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  presenter = trellis_presenter_peek (GTK_WINDOW (window));
  g_assert_nonnull (presenter);
  g_assert_cmpstr (trellis_presenter_window_get_board (TRELLIS_PRESENTER_WINDOW (presenter)), ==,
                   "strategy/canvas");
  ui_test_iterate_until_mapped (GTK_WIDGET (presenter));
  g_assert_true (ui_test_press_shortcut (GTK_WIDGET (presenter), "F5"));
  ui_test_iterate_pending ();
  g_assert_null (trellis_presenter_peek (GTK_WINDOW (window)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  g_assert_nonnull (trellis_presenter_peek (GTK_WINDOW (window)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  ui_test_iterate_pending ();
  g_assert_null (trellis_presenter_peek (GTK_WINDOW (window)));

  /* Closing the editing window takes the presenter with it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  presenter = trellis_presenter_peek (GTK_WINDOW (window));
  g_object_add_weak_pointer (G_OBJECT (presenter), (gpointer *) &presenter);
  ui_test_destroy_app_windows (G_APPLICATION (app));
  g_assert_null (presenter);
}

static void
test_follows_edits (void)
{
  g_autoptr(TrellisProject) project = trellis_test_load_sample ();
  TrellisPresenterWindow *presenter = open_presenter (project, "potentials/swot", 1366, 768);
  g_autoptr(GPtrArray) strengths = trellis_swot_list_quadrant (project, TRELLIS_QUADRANT_STRENGTH);
  TrellisPresenterSheet *sheet = trellis_presenter_window_get_sheet (presenter);
  guint before = trellis_presenter_board_count_notes (trellis_presenter_sheet_get_board (sheet));
  TrellisSwotItem *added;

  g_assert_false (g_str_has_prefix (first_note_text (presenter), "Edited in the editing window"));
  trellis_swot_item_set_text (strengths->pdata[0], "Edited in the editing window");
  run_frames (150);
  g_assert_true (g_str_has_prefix (first_note_text (presenter), "Edited in the editing window"));

  added = trellis_swot_add_item (project, TRELLIS_QUADRANT_THREAT, "A note added while presenting", 0);
  g_assert_nonnull (added);
  run_frames (150);
  g_assert_cmpuint (trellis_presenter_board_count_notes (trellis_presenter_sheet_get_board (sheet)), ==,
                    before + 1);
  check_all_pages (presenter);
  gtk_window_destroy (GTK_WINDOW (presenter));
  ui_test_iterate_pending ();
}

static gint64 fake_now;

static gint64
fake_clock (gpointer user_data)
{
  return fake_now;
}

static void
test_timer (void)
{
  g_autoptr(TrellisProject) project = trellis_test_load_sample ();
  g_autoptr(TrellisTimer) timer = trellis_timer_new ();
  TrellisPresenterWindow *presenter = open_presenter (project, "potentials/swot", 1280, 720);
  GtkWidget *countdown = ui_test_find_with_class (GTK_WIDGET (presenter), "presenter-timer");
  g_autofree char *ninety = trellis_timer_format (90);
  g_autofree char *sixty = trellis_timer_format (60);

  g_assert_nonnull (countdown);
  trellis_timer_set_clock_func (timer, fake_clock, NULL, NULL);
  trellis_presenter_window_set_timer (presenter, timer);
  g_assert_false (gtk_widget_get_visible (countdown));

  /* Set but not started: hidden; started: the time left, also while paused. */
  trellis_timer_set_duration (timer, 90);
  g_assert_false (gtk_widget_get_visible (countdown));
  trellis_timer_start (timer);
  g_assert_true (gtk_widget_get_visible (countdown));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (countdown)), ==, ninety);
  fake_now += 30 * G_USEC_PER_SEC;
  trellis_timer_update (timer);
  trellis_timer_pause (timer);
  g_assert_true (gtk_widget_get_visible (countdown));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (countdown)), ==, sixty);
  g_assert_false (gtk_widget_has_css_class (countdown, "finished"));
  trellis_timer_start (timer);
  fake_now += 61 * G_USEC_PER_SEC;
  trellis_timer_update (timer);
  g_assert_true (trellis_timer_get_finished (timer));
  g_assert_true (gtk_widget_has_css_class (countdown, "finished"));
  run_frames (100);
  check_page_fits (presenter);

  trellis_presenter_window_set_timer (presenter, NULL);
  g_assert_false (gtk_widget_get_visible (countdown));
  gtk_window_destroy (GTK_WINDOW (presenter));
  ui_test_iterate_pending ();
}

int
main (int   argc,
      char *argv[])
{
  app = ui_test_init (&argc, &argv, &tmpdir);

  g_test_add_func ("/ui/presenter/fit-every-board", test_fit_every_board);
  g_test_add_func ("/ui/presenter/paginate", test_paginate);
  g_test_add_func ("/ui/presenter/paginate-sections", test_paginate_sections);
  g_test_add_func ("/ui/presenter/navigate", test_navigate);
  g_test_add_func ("/ui/presenter/enter-leave", test_enter_leave);
  g_test_add_func ("/ui/presenter/follows-edits", test_follows_edits);
  g_test_add_func ("/ui/presenter/timer", test_timer);

  return ui_test_run (app, tmpdir);
}
