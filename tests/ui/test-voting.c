/* test-voting.c: a round of dot voting in a real window on the sample,
 * paths /ui/voting/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Starts a round on the SWOT board from the window's menu action, fills
 * the voting bar, gives dots by clicking the badges on the notes, checks
 * that a spent budget refuses, closes the round, saves, reads the file
 * back and undoes through the window.
 */

#include "config.h"

#include "trellis-application.h"
#include "trellis-project-view.h"
#include "trellis-swot-board.h"
#include "trellis-swot-note.h"
#include "trellis-vote-badge.h"
#include "trellis-voting-bar.h"
#include "trellis-window.h"
#include "trellis-test-utils.h"
#include "ui-test-utils.h"

static TrellisApplication *app;
static char *tmpdir;

static gboolean
is_entry_with_placeholder (GtkWidget     *widget,
                           gconstpointer  data)
{
  return GTK_IS_ENTRY (widget) && g_strcmp0 (gtk_entry_get_placeholder_text (GTK_ENTRY (widget)), data) == 0;
}

static gboolean
is_shown_badge (GtkWidget     *widget,
                gconstpointer  data)
{
  return TRELLIS_IS_VOTE_BADGE (widget) && gtk_widget_get_mapped (widget);
}

static TrellisVotingBar *
find_bar (TrellisWindow *window)
{
  GtkWidget *bar = ui_test_find_descendant (GTK_WIDGET (window), TRELLIS_TYPE_VOTING_BAR);

  g_assert_nonnull (bar);
  return TRELLIS_VOTING_BAR (bar);
}

static void
type_into (GtkWidget  *bar,
           const char *placeholder,
           const char *text)
{
  GtkWidget *entry = ui_test_find (bar, is_entry_with_placeholder, placeholder);

  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

/* Clicks a badge's button, as a pointer would. */
static void
click (TrellisVoteBadge *badge)
{
  GtkWidget *button = gtk_widget_get_first_child (GTK_WIDGET (badge));

  g_assert_true (GTK_IS_BUTTON (button));
  g_assert_true (gtk_widget_get_can_target (button));
  g_signal_emit_by_name (button, "clicked");
  ui_test_iterate_pending ();
}

static TrellisSwotItem *
badge_note (TrellisVoteBadge *badge)
{
  return TRELLIS_SWOT_ITEM (trellis_vote_badge_get_item (badge));
}

/* Every control of @widget that is shown has an accessible name. */
static void
assert_named (GtkWidget *widget)
{
  gboolean control = GTK_IS_ENTRY (widget) || GTK_IS_DROP_DOWN (widget) || GTK_IS_SPIN_BUTTON (widget) ||
                     (GTK_IS_BUTTON (widget) && !GTK_IS_LABEL (gtk_button_get_child (GTK_BUTTON (widget))));

  if (!gtk_widget_get_visible (widget))
    return;
  if (control && !gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL) &&
      !gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    g_error ("%s without an accessible name (%s)", G_OBJECT_TYPE_NAME (widget),
             gtk_widget_get_tooltip_text (widget));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (!GTK_IS_DROP_DOWN (widget) && !GTK_IS_SPIN_BUTTON (widget) && !GTK_IS_ENTRY (widget))
      assert_named (child);
}

/* The bar fits an 800 pixel wide window in both of its modes. */
static void
assert_fits_narrow (TrellisVotingBar *bar)
{
  int minimum;

  gtk_widget_measure (GTK_WIDGET (bar), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_test_message ("voting bar: %d px at least", minimum);
  g_assert_cmpint (minimum, <=, 800);
}

static gboolean
quit_cb (gpointer user_data)
{
  g_main_loop_quit (user_data);
  return G_SOURCE_REMOVE;
}

/* With $TRELLIS_VOTING_SHOTS set to a folder, the window as it is, to look
 * at the bar's modes (trellis-screenshot cannot start a round). */
static void
save_shot (TrellisWindow *window,
           const char    *name)
{
  const char *dir = g_getenv ("TRELLIS_VOTING_SHOTS");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  int width, height;

  if (dir == NULL)
    return;
  {
    g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);

    /* a few frames drawn */
    g_timeout_add (600, quit_cb, loop);
    g_main_loop_run (loop);
    ui_test_iterate_pending ();
  }
  width = gtk_widget_get_width (GTK_WIDGET (window));
  height = gtk_widget_get_height (GTK_WIDGET (window));
  paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_build_filename (dir, name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

static void
test_swot_round (void)
{
  TrellisWindow *window = ui_test_open_sample (G_APPLICATION (app), tmpdir);
  TrellisProject *project = trellis_window_get_project (window);
  GtkWidget *view = trellis_window_get_project_view (window);
  g_autoptr(TrellisProject) reloaded = NULL;
  g_autoptr(GPtrArray) badges = NULL;
  g_autoptr(GError) error = NULL;
  TrellisVoteBadge *first, *second;
  TrellisVoteRound *round, *back;
  TrellisVotingBar *bar = find_bar (window);
  GtkWidget *board;
  guint steps;

  if (g_getenv ("TRELLIS_VOTING_SHOTS_NARROW") != NULL)
    gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  g_assert_true (trellis_project_view_set_page (TRELLIS_PROJECT_VIEW (view), "potentials/swot"));
  ui_test_iterate_pending ();
  board = ui_test_find_descendant (view, TRELLIS_TYPE_SWOT_BOARD);
  g_assert_true (gtk_widget_get_mapped (board));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (bar)));
  /* no round yet: the notes show their counters, no badges */
  badges = ui_test_find_all (board, is_shown_badge, NULL);
  g_assert_cmpuint (badges->len, ==, 0);
  g_clear_pointer (&badges, g_ptr_array_unref);

  /* Dot Voting from the menu shows the bar for the SWOT board. */
  ui_test_activate (GTK_WIDGET (window), "win.voting");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (bar)));
  g_assert_true (trellis_voting_bar_get_kind (bar) == TRELLIS_TYPE_SWOT_ITEM);
  type_into (GTK_WIDGET (bar), "Question, such as “What matters most?”", "Which matter most?");
  type_into (GTK_WIDGET (bar), "Names, separated by commas", "Ana, Ben");
  assert_fits_narrow (bar);
  save_shot (window, "voting-setup.png");
  steps = ui_test_n_undo (window);
  ui_test_activate (GTK_WIDGET (bar), "voting.start");
  round = trellis_voting_get_open_round (project, TRELLIS_TYPE_SWOT_ITEM);
  g_assert_nonnull (round);
  g_assert_cmpint (trellis_vote_round_get_dots (round), ==, 3);
  g_assert_cmpuint (trellis_voting_round_get_budget (round), ==, 6);
  g_assert_cmpuint (ui_test_n_undo (window), ==, steps + 1);
  g_assert_cmpstr (trellis_voting_bar_get_participant (bar), ==, "Ana");
  assert_named (GTK_WIDGET (bar));
  assert_fits_narrow (bar);
  ui_test_iterate_pending ();

  /* every note on screen shows a badge with 0 dots */
  badges = ui_test_find_all (board, is_shown_badge, NULL);
  g_assert_cmpuint (badges->len, >=, 2);
  first = badges->pdata[0];
  second = badges->pdata[1];
  g_assert_true (trellis_vote_badge_get_voting (first));
  g_assert_cmpuint (trellis_vote_badge_get_dots (first), ==, 0);
  assert_named (GTK_WIDGET (first));

  /* Ana spends her three dots; a fourth is refused */
  click (first);
  click (first);
  click (second);
  g_assert_cmpuint (trellis_vote_badge_get_dots (first), ==, 2);
  g_assert_cmpint (trellis_swot_item_get_votes (badge_note (first)), ==, 2);
  g_assert_cmpuint (trellis_voting_get_dots_left (project, round, "Ana"), ==, 0);
  click (first);
  g_assert_cmpuint (trellis_vote_badge_get_dots (first), ==, 2);
  g_assert_cmpuint (trellis_voting_count_dots (project, round, NULL, NULL), ==, 3);

  /* then Ben */
  ui_test_activate (GTK_WIDGET (bar), "voting.next-participant");
  g_assert_cmpstr (trellis_voting_bar_get_participant (bar), ==, "Ben");
  click (second);
  g_assert_cmpuint (trellis_vote_badge_get_dots (second), ==, 2);
  g_assert_true (ui_test_shows_label (GTK_WIDGET (bar), "2 of 3 dots left"));
  save_shot (window, "voting-running.png");

  /* Close: the result stays; the notes show their counters again */
  ui_test_activate (GTK_WIDGET (bar), "voting.close-round");
  g_assert_false (trellis_voting_round_is_open (round));
  ui_test_iterate_pending ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (first)));
  g_assert_cmpint (trellis_swot_item_get_votes (badge_note (first)), ==, 2);

  ui_test_activate (GTK_WIDGET (window), "win.save");
  g_assert_false (trellis_project_get_dirty (project));
  reloaded = trellis_project_load (trellis_window_get_file (window), &error);
  g_assert_no_error (error);
  back = trellis_voting_get_last_closed_round (reloaded, TRELLIS_TYPE_SWOT_ITEM);
  g_assert_nonnull (back);
  g_assert_cmpstr (trellis_vote_round_get_question (back), ==, "Which matter most?");
  g_assert_cmpuint (trellis_voting_count_dots (reloaded, back, NULL, NULL), ==, 4);
  g_assert_cmpuint (trellis_voting_count_dots (reloaded, back,
                                               trellis_project_lookup (reloaded, trellis_item_get_uuid (TRELLIS_ITEM (badge_note (second)))),
                                               NULL), ==, 2);

  /* Undo: the round opens again, then Ben's dot goes */
  ui_test_undo (window);
  g_assert_true (trellis_voting_round_is_open (round));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (first)));
  ui_test_undo (window);
  g_assert_cmpuint (trellis_vote_badge_get_dots (second), ==, 1);
  g_assert_cmpuint (trellis_voting_count_dots (project, round, NULL, NULL), ==, 3);
}

/* The dots per participant and the anonymous voters: the two spin
 * buttons of the set-up row, in that order. */
static void
set_spins (TrellisVotingBar *bar,
           int               dots,
           int               voters)
{
  GtkWidget *spin = ui_test_find_descendant (GTK_WIDGET (bar), GTK_TYPE_SPIN_BUTTON);
  GtkWidget *second = NULL;

  g_assert_nonnull (spin);
  for (GtkWidget *w = gtk_widget_get_next_sibling (spin); w != NULL && second == NULL;
       w = gtk_widget_get_next_sibling (w))
    if (GTK_IS_SPIN_BUTTON (w))
      second = w;
  g_assert_nonnull (second);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), dots);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (second), voters);
}

static void
test_anonymous_goals (void)
{
  TrellisWindow *window = ui_test_open_sample (G_APPLICATION (app), tmpdir);
  TrellisProject *project = trellis_window_get_project (window);
  GtkWidget *view = trellis_window_get_project_view (window);
  TrellisVotingBar *bar = find_bar (window);
  g_autoptr(GPtrArray) badges = NULL;
  TrellisVoteRound *round;
  GtkWidget *goals;

  g_assert_true (trellis_project_view_set_page (TRELLIS_PROJECT_VIEW (view), "value/goals"));
  ui_test_iterate_pending ();
  goals = trellis_project_view_get_tool_view (TRELLIS_PROJECT_VIEW (view), "value/goals");
  ui_test_activate (GTK_WIDGET (window), "win.voting");
  g_assert_true (trellis_voting_bar_get_kind (bar) == TRELLIS_TYPE_GOAL);
  type_into (GTK_WIDGET (bar), "Question, such as “What matters most?”", "Which goal first?");
  set_spins (bar, 1, 2);
  ui_test_activate (GTK_WIDGET (bar), "voting.start");
  round = trellis_voting_get_open_round (project, TRELLIS_TYPE_GOAL);
  g_assert_nonnull (round);
  g_assert_true (trellis_voting_round_is_anonymous (round));
  g_assert_null (trellis_voting_bar_get_participant (bar));
  ui_test_iterate_pending ();
  badges = ui_test_find_all (goals, is_shown_badge, NULL);
  g_assert_cmpuint (badges->len, >=, 1);
  click (badges->pdata[0]);
  click (badges->pdata[0]);
  click (badges->pdata[0]);
  /* a pool of 1 dot × 2 voters */
  g_assert_cmpuint (trellis_vote_badge_get_dots (badges->pdata[0]), ==, 2);
  g_assert_true (ui_test_shows_label (GTK_WIDGET (bar), "0 of 2 dots left"));
  ui_test_activate (GTK_WIDGET (bar), "voting.close-round");
  ui_test_iterate_pending ();
  /* a goal keeps showing the last round's result */
  g_assert_true (gtk_widget_get_visible (badges->pdata[0]));
  g_assert_false (trellis_vote_badge_get_voting (badges->pdata[0]));
  g_assert_cmpuint (trellis_vote_badge_get_dots (badges->pdata[0]), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  /* The test accessibility backend keeps the names the code gives. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  app = ui_test_init (&argc, &argv, &tmpdir);

  g_test_add_func ("/ui/voting/swot-round", test_swot_round);
  g_test_add_func ("/ui/voting/anonymous-goals", test_anonymous_goals);

  return ui_test_run (app, tmpdir);
}
