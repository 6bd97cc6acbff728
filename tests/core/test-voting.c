/* test-voting.c: rounds of dot voting, paths /core/voting/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "trellis.h"
#include "trellis-test-utils.h"

typedef struct
{
  TrellisProject  *project;
  TrellisHistory  *history;
  TrellisSwotItem *s1, *s2, *s3;
  TrellisGoal     *g1, *g2;
} Fixture;

static const char * const two[] = { "Ana", "Ben", NULL };

static void
set_up (Fixture       *f,
        gconstpointer  data)
{
  f->project = trellis_project_new ("Voting");
  f->history = trellis_project_get_history (f->project);
  f->s1 = trellis_swot_add_item (f->project, TRELLIS_QUADRANT_STRENGTH, "S1", G_MAXUINT);
  f->s2 = trellis_swot_add_item (f->project, TRELLIS_QUADRANT_STRENGTH, "S2", G_MAXUINT);
  f->s3 = trellis_swot_add_item (f->project, TRELLIS_QUADRANT_THREAT, "T1", G_MAXUINT);
  /* the counter of a file from before rounds */
  trellis_swot_item_set_votes (f->s1, 4);
  f->g1 = trellis_goal_new ("More joint projects");
  f->g2 = trellis_goal_new ("A shared lab");
  trellis_project_add_item (f->project, f->g1);
  trellis_project_add_item (f->project, f->g2);
  g_object_unref (f->g1);
  g_object_unref (f->g2);
}

static void
tear_down (Fixture       *f,
           gconstpointer  data)
{
  g_clear_object (&f->project);
}

static TrellisVoteRound *
open_swot_round (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  TrellisVoteRound *round = trellis_voting_open_round (f->project, TRELLIS_TYPE_SWOT_ITEM,
                                                       "What matters most?", 3, two, 0, &error);

  g_assert_no_error (error);
  g_assert_nonnull (round);
  return round;
}

static gboolean
give (Fixture          *f,
      TrellisVoteRound *round,
      gpointer          item,
      const char       *who,
      int               expected_error)
{
  g_autoptr(GError) error = NULL;
  gboolean given = trellis_voting_give_dot (f->project, round, TRELLIS_ITEM (item), who, &error);

  if (expected_error < 0)
    g_assert_no_error (error);
  else
    g_assert_error (error, TRELLIS_VOTING_ERROR, expected_error);
  g_assert_true (given == (expected_error < 0));
  return given;
}

static void
test_named_budget (Fixture       *f,
                   gconstpointer  data)
{
  TrellisVoteRound *round = open_swot_round (f);
  g_auto(GStrv) names = trellis_voting_round_dup_participants (round);

  g_assert_cmpstrv (names, two);
  g_assert_false (trellis_voting_round_is_anonymous (round));
  g_assert_cmpuint (trellis_voting_round_get_budget (round), ==, 6);
  g_assert_true (trellis_voting_get_open_round (f->project, TRELLIS_TYPE_SWOT_ITEM) == round);
  g_assert_null (trellis_voting_get_open_round (f->project, TRELLIS_TYPE_GOAL));
  /* the counter becomes the running total */
  g_assert_cmpint (trellis_swot_item_get_votes (f->s1), ==, 0);

  give (f, round, f->s1, "Ana", -1);
  give (f, round, f->s1, "Ana", -1);
  g_assert_cmpuint (trellis_voting_get_dots_left (f->project, round, "Ana"), ==, 1);
  give (f, round, f->s2, "Ana", -1);
  g_assert_cmpuint (trellis_voting_get_dots_left (f->project, round, "Ana"), ==, 0);
  give (f, round, f->s3, "Ana", TRELLIS_VOTING_ERROR_SPENT);
  g_assert_cmpuint (trellis_voting_get_dots_left (f->project, round, "Ben"), ==, 3);
  give (f, round, f->s1, "Ben", -1);
  give (f, round, f->s1, "Carl", TRELLIS_VOTING_ERROR_PARTICIPANT);
  give (f, round, f->s1, NULL, TRELLIS_VOTING_ERROR_PARTICIPANT);
  give (f, round, f->g1, "Ben", TRELLIS_VOTING_ERROR_WRONG_KIND);
  g_assert_cmpuint (trellis_voting_get_dots_left (f->project, round, "Carl"), ==, 0);

  g_assert_cmpuint (trellis_voting_count_dots (f->project, round, TRELLIS_ITEM (f->s1), NULL), ==, 3);
  g_assert_cmpuint (trellis_voting_count_dots (f->project, round, TRELLIS_ITEM (f->s1), "Ana"), ==, 2);
  g_assert_cmpuint (trellis_voting_count_dots (f->project, round, NULL, NULL), ==, 4);
  g_assert_cmpint (trellis_swot_item_get_votes (f->s1), ==, 3);
  g_assert_cmpint (trellis_swot_item_get_votes (f->s2), ==, 1);
  /* one record per participant and item */
  g_assert_cmpuint (trellis_project_count_items (f->project, TRELLIS_TYPE_VOTE), ==, 3);
  /* while the round is open the old counter refuses clicks */
  g_assert_false (trellis_swot_vote (f->project, f->s3, 1));
  g_assert_cmpint (trellis_swot_item_get_votes (f->s3), ==, 0);
}

static void
test_anonymous (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TrellisVoteRound *round = trellis_voting_open_round (f->project, TRELLIS_TYPE_GOAL,
                                                       "Which goal first?", 2, NULL, 4, &error);

  g_assert_no_error (error);
  g_assert_true (trellis_voting_round_is_anonymous (round));
  g_assert_cmpuint (trellis_voting_round_get_budget (round), ==, 8);
  for (guint i = 0; i < 5; i++)
    give (f, round, f->g1, NULL, -1);
  for (guint i = 0; i < 3; i++)
    give (f, round, f->g2, NULL, -1);
  g_assert_cmpuint (trellis_voting_get_dots_left (f->project, round, NULL), ==, 0);
  give (f, round, f->g2, NULL, TRELLIS_VOTING_ERROR_SPENT);
  give (f, round, f->g2, "Ana", TRELLIS_VOTING_ERROR_PARTICIPANT);
  g_assert_cmpuint (trellis_voting_get_shown_dots (f->project, TRELLIS_ITEM (f->g1)), ==, 5);
  g_assert_cmpuint (trellis_project_count_items (f->project, TRELLIS_TYPE_VOTE), ==, 2);
  /* the SWOT counters are not touched by a round on goals */
  g_assert_cmpint (trellis_swot_item_get_votes (f->s1), ==, 4);
}

static void
test_invalid (Fixture       *f,
              gconstpointer  data)
{
  const char * const twice[] = { "Ana", " Ana ", NULL };
  const char * const blank[] = { "Ana", "  ", NULL };
  g_autoptr(GError) error = NULL;
  guint steps = trellis_history_get_n_undo (f->history);
  TrellisVoteRound *round;

  round = trellis_voting_open_round (f->project, TRELLIS_TYPE_SWOT_ITEM, "  ", 3, two, 0, &error);
  g_assert_error (error, TRELLIS_VOTING_ERROR, TRELLIS_VOTING_ERROR_INVALID);
  g_assert_null (round);
  g_clear_error (&error);
  round = trellis_voting_open_round (f->project, TRELLIS_TYPE_SWOT_ITEM, "Q", 0, two, 0, &error);
  g_assert_error (error, TRELLIS_VOTING_ERROR, TRELLIS_VOTING_ERROR_INVALID);
  g_clear_error (&error);
  round = trellis_voting_open_round (f->project, TRELLIS_TYPE_SWOT_ITEM, "Q", 3, two, 5, &error);
  g_assert_error (error, TRELLIS_VOTING_ERROR, TRELLIS_VOTING_ERROR_INVALID);
  g_clear_error (&error);
  round = trellis_voting_open_round (f->project, TRELLIS_TYPE_SWOT_ITEM, "Q", 3, NULL, 0, &error);
  g_assert_error (error, TRELLIS_VOTING_ERROR, TRELLIS_VOTING_ERROR_INVALID);
  g_clear_error (&error);
  round = trellis_voting_open_round (f->project, TRELLIS_TYPE_SWOT_ITEM, "Q", 3, twice, 0, &error);
  g_assert_error (error, TRELLIS_VOTING_ERROR, TRELLIS_VOTING_ERROR_PARTICIPANT);
  g_clear_error (&error);
  round = trellis_voting_open_round (f->project, TRELLIS_TYPE_SWOT_ITEM, "Q", 3, blank, 0, &error);
  g_assert_error (error, TRELLIS_VOTING_ERROR, TRELLIS_VOTING_ERROR_PARTICIPANT);
  g_clear_error (&error);
  g_assert_cmpuint (trellis_history_get_n_undo (f->history), ==, steps);

  /* one open round per board */
  open_swot_round (f);
  round = trellis_voting_open_round (f->project, TRELLIS_TYPE_SWOT_ITEM, "Q", 3, two, 0, &error);
  g_assert_error (error, TRELLIS_VOTING_ERROR, TRELLIS_VOTING_ERROR_ALREADY_OPEN);
  g_assert_null (round);
}

static void
test_take (Fixture       *f,
           gconstpointer  data)
{
  TrellisVoteRound *round = open_swot_round (f);
  g_autoptr(GError) error = NULL;

  give (f, round, f->s2, "Ben", -1);
  give (f, round, f->s2, "Ben", -1);
  g_assert_false (trellis_voting_take_dot (f->project, round, TRELLIS_ITEM (f->s2), "Ana", &error));
  g_assert_error (error, TRELLIS_VOTING_ERROR, TRELLIS_VOTING_ERROR_NO_DOT);
  g_clear_error (&error);
  g_assert_true (trellis_voting_take_dot (f->project, round, TRELLIS_ITEM (f->s2), "Ben", &error));
  g_assert_no_error (error);
  g_assert_cmpint (trellis_swot_item_get_votes (f->s2), ==, 1);
  g_assert_cmpuint (trellis_project_count_items (f->project, TRELLIS_TYPE_VOTE), ==, 1);
  g_assert_true (trellis_voting_take_dot (f->project, round, TRELLIS_ITEM (f->s2), "Ben", &error));
  g_assert_cmpint (trellis_swot_item_get_votes (f->s2), ==, 0);
  /* the last dot takes its record with it */
  g_assert_cmpuint (trellis_project_count_items (f->project, TRELLIS_TYPE_VOTE), ==, 0);
  g_assert_cmpuint (trellis_voting_get_dots_left (f->project, round, "Ben"), ==, 3);
}

static void
test_ranking (Fixture       *f,
              gconstpointer  data)
{
  TrellisVoteRound *round = open_swot_round (f);
  g_autoptr(GPtrArray) ranking = NULL;

  give (f, round, f->s3, "Ana", -1);
  give (f, round, f->s3, "Ben", -1);
  give (f, round, f->s2, "Ana", -1);
  give (f, round, f->s1, "Ben", -1);
  ranking = trellis_voting_rank (f->project, round);
  /* T1 2 dots, then S1 and S2 with 1 each in their board order */
  g_assert_cmpuint (ranking->len, ==, 3);
  g_assert_true (ranking->pdata[0] == (gpointer) f->s3);
  g_assert_true (ranking->pdata[1] == (gpointer) f->s1);
  g_assert_true (ranking->pdata[2] == (gpointer) f->s2);
  /* the board's sort by votes follows the round */
  g_assert_false (trellis_swot_sort_by_votes (f->project, TRELLIS_QUADRANT_STRENGTH));
  give (f, round, f->s2, "Ana", -1);
  g_assert_true (trellis_swot_sort_by_votes (f->project, TRELLIS_QUADRANT_STRENGTH));
  g_assert_cmpint (trellis_swot_index_in_quadrant (f->project, f->s2), ==, 0);
}

static void
test_close_save_load (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *dir = trellis_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "voting.trellis", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(TrellisProject) loaded = NULL;
  g_autoptr(GError) error = NULL;
  TrellisVoteRound *round = open_swot_round (f), *back;
  TrellisItem *s1;

  g_setenv ("TRELLIS_TODAY", "2027-03-15", TRUE);
  give (f, round, f->s1, "Ana", -1);
  give (f, round, f->s1, "Ben", -1);
  give (f, round, f->s3, "Ben", -1);
  g_assert_true (trellis_voting_close_round (f->project, round, &error));
  g_assert_no_error (error);
  g_assert_false (trellis_voting_round_is_open (round));
  g_assert_null (trellis_voting_get_open_round (f->project, TRELLIS_TYPE_SWOT_ITEM));
  g_assert_true (trellis_voting_get_last_closed_round (f->project, TRELLIS_TYPE_SWOT_ITEM) == round);
  give (f, round, f->s2, "Ana", TRELLIS_VOTING_ERROR_CLOSED);
  g_assert_false (trellis_voting_close_round (f->project, round, &error));
  g_assert_error (error, TRELLIS_VOTING_ERROR, TRELLIS_VOTING_ERROR_CLOSED);
  g_clear_error (&error);
  /* with no round open, the counter takes clicks again */
  g_assert_true (trellis_swot_vote (f->project, f->s2, 1));
  g_assert_true (trellis_swot_vote (f->project, f->s2, -1));

  g_assert_true (trellis_project_save (f->project, file, &error));
  g_assert_no_error (error);
  trellis_test_assert_valid_file (path);
  loaded = trellis_project_load (file, &error);
  g_assert_no_error (error);
  g_assert_true (trellis_project_equal (f->project, loaded));

  back = trellis_voting_get_last_closed_round (loaded, TRELLIS_TYPE_SWOT_ITEM);
  g_assert_nonnull (back);
  g_assert_cmpstr (trellis_vote_round_get_question (back), ==, "What matters most?");
  g_assert_cmpuint (trellis_vote_round_get_closed (back), ==, trellis_date_parse ("2027-03-15"));
  g_assert_cmpuint (trellis_vote_round_get_opened (back), <=, trellis_vote_round_get_closed (back));
  g_assert_cmpint (trellis_vote_round_get_dots (back), ==, 3);
  s1 = trellis_project_lookup (loaded, trellis_item_get_uuid (TRELLIS_ITEM (f->s1)));
  g_assert_cmpuint (trellis_voting_count_dots (loaded, back, s1, NULL), ==, 2);
  g_assert_cmpint (trellis_swot_item_get_votes (TRELLIS_SWOT_ITEM (s1)), ==, 2);
  g_assert_cmpuint (trellis_voting_get_shown_dots (loaded, s1), ==, 2);
  g_unsetenv ("TRELLIS_TODAY");
}

static void
test_reset (Fixture       *f,
            gconstpointer  data)
{
  TrellisVoteRound *round = open_swot_round (f);
  g_autoptr(GError) error = NULL;
  guint steps;

  give (f, round, f->s1, "Ana", -1);
  give (f, round, f->s2, "Ben", -1);
  steps = trellis_history_get_n_undo (f->history);
  g_assert_true (trellis_voting_reset_round (f->project, round, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (trellis_history_get_n_undo (f->history), ==, steps + 1);
  g_assert_cmpuint (trellis_project_count_items (f->project, TRELLIS_TYPE_VOTE), ==, 0);
  g_assert_cmpint (trellis_swot_item_get_votes (f->s1), ==, 0);
  g_assert_cmpuint (trellis_voting_get_dots_left (f->project, round, "Ana"), ==, 3);
  g_assert_true (trellis_voting_round_is_open (round));

  g_assert_true (trellis_history_undo (f->history));
  g_assert_cmpuint (trellis_project_count_items (f->project, TRELLIS_TYPE_VOTE), ==, 2);
  g_assert_cmpint (trellis_swot_item_get_votes (f->s1), ==, 1);

  /* a new round after closing starts from nothing; the old one keeps its dots */
  g_assert_true (trellis_voting_close_round (f->project, round, NULL));
  g_assert_false (trellis_voting_reset_round (f->project, round, &error));
  g_assert_error (error, TRELLIS_VOTING_ERROR, TRELLIS_VOTING_ERROR_CLOSED);
  round = open_swot_round (f);
  g_assert_cmpint (trellis_swot_item_get_votes (f->s1), ==, 0);
  g_assert_cmpuint (trellis_voting_count_dots (f->project, round, NULL, NULL), ==, 0);
  g_assert_cmpuint (trellis_project_count_items (f->project, TRELLIS_TYPE_VOTE), ==, 2);
}

static void
test_undo (Fixture       *f,
           gconstpointer  data)
{
  TrellisVoteRound *round;
  guint steps = trellis_history_get_n_undo (f->history);

  round = open_swot_round (f);
  g_assert_cmpuint (trellis_history_get_n_undo (f->history), ==, steps + 1);
  g_assert_cmpstr (trellis_history_get_undo_label (f->history), ==, "Start Voting Round");
  give (f, round, f->s1, "Ana", -1);
  give (f, round, f->s1, "Ana", -1);
  g_assert_cmpuint (trellis_history_get_n_undo (f->history), ==, steps + 3);
  g_assert_cmpstr (trellis_history_get_undo_label (f->history), ==, "Give Dot");
  trellis_voting_close_round (f->project, round, NULL);
  g_assert_cmpstr (trellis_history_get_undo_label (f->history), ==, "Close Voting Round");

  g_assert_true (trellis_history_undo (f->history));
  g_assert_true (trellis_voting_round_is_open (round));
  g_assert_true (trellis_history_undo (f->history));
  g_assert_cmpint (trellis_swot_item_get_votes (f->s1), ==, 1);
  g_assert_cmpuint (trellis_voting_count_dots (f->project, round, NULL, NULL), ==, 1);
  g_assert_true (trellis_history_undo (f->history));
  g_assert_cmpuint (trellis_project_count_items (f->project, TRELLIS_TYPE_VOTE), ==, 0);
  g_assert_true (trellis_history_undo (f->history));
  /* undoing the start gives the old counter back */
  g_assert_cmpuint (trellis_project_count_items (f->project, TRELLIS_TYPE_VOTE_ROUND), ==, 0);
  g_assert_cmpint (trellis_swot_item_get_votes (f->s1), ==, 4);
  g_assert_cmpuint (trellis_history_get_n_undo (f->history), ==, steps);
}

static void
test_delete_item (Fixture       *f,
                  gconstpointer  data)
{
  TrellisVoteRound *round = open_swot_round (f);

  give (f, round, f->s2, "Ana", -1);
  give (f, round, f->s1, "Ana", -1);
  /* deleting a note deletes its dots, giving them back */
  trellis_project_remove_item (f->project, f->s2);
  g_assert_cmpuint (trellis_project_count_items (f->project, TRELLIS_TYPE_VOTE), ==, 1);
  g_assert_cmpuint (trellis_voting_get_dots_left (f->project, round, "Ana"), ==, 2);
  /* deleting the round deletes all of its dots */
  trellis_project_remove_item (f->project, round);
  g_assert_cmpuint (trellis_project_count_items (f->project, TRELLIS_TYPE_VOTE), ==, 0);
}

static void
test_old_file (void)
{
  g_autofree char *path = trellis_test_sample_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(TrellisProject) project = trellis_project_load (file, &error);
  GListModel *notes;
  guint with_votes = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_VOTE_ROUND), ==, 0);
  notes = trellis_project_get_items (project, TRELLIS_TYPE_SWOT_ITEM);
  for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
    {
      g_autoptr(TrellisSwotItem) note = g_list_model_get_item (notes, i);
      int votes = trellis_swot_item_get_votes (note);

      with_votes += votes > 0;
      g_assert_cmpuint (trellis_voting_get_shown_dots (project, TRELLIS_ITEM (note)), ==, votes);
    }
  /* the sample's counters stay the result */
  g_assert_cmpuint (with_votes, >, 0);
  /* and saving it again adds no empty voting sections */
  {
    g_autoptr(GBytes) bytes = trellis_project_to_bytes (project);
    g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

    g_assert_null (strstr (text, "<vote-rounds"));
    g_assert_null (strstr (text, "<votes"));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add ("/core/voting/" path, Fixture, NULL, set_up, func, tear_down)
  ADD ("named-budget", test_named_budget);
  ADD ("anonymous", test_anonymous);
  ADD ("invalid", test_invalid);
  ADD ("take", test_take);
  ADD ("ranking", test_ranking);
  ADD ("close-save-load", test_close_save_load);
  ADD ("reset", test_reset);
  ADD ("undo", test_undo);
  ADD ("delete-item", test_delete_item);
#undef ADD
  g_test_add_func ("/core/voting/old-file", test_old_file);

  return g_test_run ();
}
