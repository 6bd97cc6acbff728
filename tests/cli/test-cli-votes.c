/* test-cli-votes.c: `trellis-cli votes` as a subprocess, paths /cli/votes/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cli-test-utils.h"

/* A closed round on SWOT notes (Ana and Ben, 2 dots each) and an open,
 * anonymous one on goals, written as votes.trellis. */
static void
write_rounds (CliFixture *f)
{
  const char * const names[] = { "Ana", "Ben", NULL };
  g_autoptr(TrellisProject) project = trellis_project_new ("Voting & Co");
  g_autofree char *path = cli_path_in (f, "votes.trellis");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  TrellisSwotItem *a, *b;
  TrellisGoal *goal = trellis_goal_new ("A shared lab");
  TrellisVoteRound *round;

  g_setenv ("TRELLIS_TODAY", "2027-03-15", TRUE);
  a = trellis_swot_add_item (project, TRELLIS_QUADRANT_STRENGTH, "Skilled workforce", G_MAXUINT);
  b = trellis_swot_add_item (project, TRELLIS_QUADRANT_THREAT, "Energy costs", G_MAXUINT);
  trellis_project_add_item (project, goal);
  g_object_unref (goal);
  round = trellis_voting_open_round (project, TRELLIS_TYPE_SWOT_ITEM, "What matters most?", 2, names, 0, NULL);
  g_assert_true (trellis_voting_give_dot (project, round, TRELLIS_ITEM (b), "Ana", NULL));
  g_assert_true (trellis_voting_give_dot (project, round, TRELLIS_ITEM (b), "Ben", NULL));
  g_assert_true (trellis_voting_give_dot (project, round, TRELLIS_ITEM (a), "Ben", NULL));
  g_assert_true (trellis_voting_close_round (project, round, NULL));
  round = trellis_voting_open_round (project, TRELLIS_TYPE_GOAL, "Which goal first?", 1, NULL, 4, NULL);
  g_assert_true (trellis_voting_give_dot (project, round, TRELLIS_ITEM (goal), NULL, NULL));
  g_unsetenv ("TRELLIS_TODAY");
  g_assert_true (trellis_project_save (project, file, &error));
  g_assert_no_error (error);
}

static void
test_text (CliFixture    *f,
           gconstpointer  data)
{
  write_rounds (f);
  cli_run (f, "votes", "votes.trellis");
  cli_assert_status (f, 0);
  g_assert_cmpstr (f->err, ==, "");
  g_assert_cmpstr (f->out, ==,
                   "Voting & Co: 2 rounds of dot voting\n"
                   "\n"
                   "swot-item  2027-03-15 to 2027-03-15\n"
                   "  What matters most?\n"
                   "  2 dots each: Ana, Ben; 3 of 4 given\n"
                   "      2  Energy costs\n"
                   "      1  Skilled workforce\n"
                   "\n"
                   "goal  open since 2027-03-15\n"
                   "  Which goal first?\n"
                   "  1 dot each: 4 anonymous voters; 1 of 4 given\n"
                   "      1  A shared lab\n");
  cli_run (f, "votes", "votes.trellis", "--top", "1");
  cli_assert_status (f, 0);
  g_assert_null (strstr (f->out, "Skilled workforce"));
  cli_assert_contains (f->out, "      2  Energy costs\n");
}

static void
test_json (CliFixture    *f,
           gconstpointer  data)
{
  write_rounds (f);
  cli_run (f, "votes", "--json", "votes.trellis");
  cli_assert_status (f, 0);
  cli_assert_json (f->out);
  cli_assert_contains (f->out, "\"board\": \"swot-item\",\n"
                               "      \"question\": \"What matters most?\",\n"
                               "      \"open\": false,\n"
                               "      \"opened\": \"2027-03-15\",\n"
                               "      \"closed\": \"2027-03-15\",\n"
                               "      \"dots-per-participant\": 2,\n");
  cli_assert_contains (f->out, "\"label\": \"Energy costs\",\n          \"dots\": 2\n");
  cli_assert_contains (f->out, "\"open\": true,\n      \"opened\": \"2027-03-15\",\n      \"closed\": null,\n");
  cli_assert_contains (f->out, "\"voters\": 4,\n      \"budget\": 4,\n      \"given\": 1,\n");
}

static void
test_errors (CliFixture    *f,
             gconstpointer  data)
{
  g_autofree char *sample = cli_copy_sample (f, "plan.trellis");

  /* a file from before rounds has none */
  cli_run (f, "votes", "plan.trellis");
  cli_assert_status (f, 0);
  g_assert_cmpstr (f->out, ==, "Alpine Polymer Network: 0 rounds of dot voting\n");
  cli_run (f, "votes");
  cli_assert_status (f, 2);
  cli_run (f, "votes", "plan.trellis", "--top", "-1");
  cli_assert_status (f, 2);
  cli_run (f, "votes", "missing.trellis");
  cli_assert_status (f, 1);
  g_assert_cmpstr (f->out, ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, CliFixture, NULL, cli_fixture_set_up, func, cli_fixture_tear_down)
  ADD ("/cli/votes/text", test_text);
  ADD ("/cli/votes/json", test_json);
  ADD ("/cli/votes/errors", test_errors);
#undef ADD

  return g_test_run ();
}
