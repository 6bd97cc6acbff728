/* test-stakeholder-analysis.c: the influence grid and the helix balance,
 * paths /core/stakeholder-analysis/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "trellis.h"
#include "trellis-test-utils.h"

/* Helpers */

static TrellisStakeholder *
add_actor (TrellisProject *project,
           const char     *name,
           TrellisHelix    helix,
           gboolean        internal,
           gboolean        committed)
{
  TrellisStakeholder *actor = trellis_stakeholder_new (name);

  trellis_stakeholder_set_helix (actor, helix);
  trellis_stakeholder_set_internal (actor, internal);
  trellis_stakeholder_set_committed (actor, committed);
  trellis_project_add_item (project, actor);
  g_object_unref (actor);  /* the project holds it */
  return actor;
}

static void
add_actors (TrellisProject *project,
            guint           n,
            TrellisHelix    helix,
            gboolean        internal,
            gboolean        committed)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("Actor %u", i + 1);

      add_actor (project, name, helix, internal, committed);
    }
}

static TrellisCheckResult
check_project (TrellisProject      *project,
               TrellisBalanceCheck  check,
               char               **reason)
{
  TrellisHelixBalance balance;

  trellis_helix_balance_compute (project, &balance);
  return trellis_helix_balance_check (&balance, check, reason);
}

/* Tests */

static void
test_columns (void)
{
  /* Critics on the left, supporters on the right; interest from low to high. */
  g_assert_cmpuint (trellis_grid_axis_get_column (TRELLIS_GRID_AXIS_ATTITUDE, TRELLIS_ATTITUDE_CRITICAL), ==, 0);
  g_assert_cmpuint (trellis_grid_axis_get_column (TRELLIS_GRID_AXIS_ATTITUDE, TRELLIS_ATTITUDE_NEUTRAL), ==, 1);
  g_assert_cmpuint (trellis_grid_axis_get_column (TRELLIS_GRID_AXIS_ATTITUDE, TRELLIS_ATTITUDE_POSITIVE), ==, 2);
  g_assert_cmpuint (trellis_grid_axis_get_column (TRELLIS_GRID_AXIS_INTEREST, TRELLIS_LEVEL_LOW), ==, 0);
  g_assert_cmpuint (trellis_grid_axis_get_column (TRELLIS_GRID_AXIS_INTEREST, TRELLIS_LEVEL_HIGH), ==, 2);

  for (TrellisGridAxis axis = TRELLIS_GRID_AXIS_ATTITUDE; axis <= TRELLIS_GRID_AXIS_INTEREST; axis++)
    for (guint column = 0; column < TRELLIS_GRID_N_COLUMNS; column++)
      {
        int value = trellis_grid_axis_get_value (axis, column);

        g_assert_cmpuint (trellis_grid_axis_get_column (axis, value), ==, column);
        g_assert_nonnull (trellis_grid_axis_get_value_label (axis, value));
      }

  g_assert_cmpstr (trellis_grid_axis_get_title (TRELLIS_GRID_AXIS_ATTITUDE), ==, "Attitude");
  g_assert_cmpstr (trellis_grid_axis_get_title (TRELLIS_GRID_AXIS_INTEREST), ==, "Interest");
  g_assert_cmpstr (trellis_grid_axis_get_value_label (TRELLIS_GRID_AXIS_ATTITUDE, TRELLIS_ATTITUDE_CRITICAL),
                   ==, "Critical");
}

static const struct
{
  TrellisGridAxis axis;
  TrellisLevel    influence;
  int             value;
  const char     *advice;
} expected_advice[] = {
  { TRELLIS_GRID_AXIS_INTEREST, TRELLIS_LEVEL_HIGH, TRELLIS_LEVEL_HIGH, "Manage closely" },
  { TRELLIS_GRID_AXIS_INTEREST, TRELLIS_LEVEL_HIGH, TRELLIS_LEVEL_MEDIUM, "Keep satisfied" },
  { TRELLIS_GRID_AXIS_INTEREST, TRELLIS_LEVEL_HIGH, TRELLIS_LEVEL_LOW, "Keep satisfied" },
  { TRELLIS_GRID_AXIS_INTEREST, TRELLIS_LEVEL_MEDIUM, TRELLIS_LEVEL_HIGH, "Keep informed" },
  { TRELLIS_GRID_AXIS_INTEREST, TRELLIS_LEVEL_MEDIUM, TRELLIS_LEVEL_MEDIUM, "Keep informed" },
  { TRELLIS_GRID_AXIS_INTEREST, TRELLIS_LEVEL_MEDIUM, TRELLIS_LEVEL_LOW, "Monitor" },
  { TRELLIS_GRID_AXIS_INTEREST, TRELLIS_LEVEL_LOW, TRELLIS_LEVEL_HIGH, "Keep informed" },
  { TRELLIS_GRID_AXIS_INTEREST, TRELLIS_LEVEL_LOW, TRELLIS_LEVEL_MEDIUM, "Monitor" },
  { TRELLIS_GRID_AXIS_INTEREST, TRELLIS_LEVEL_LOW, TRELLIS_LEVEL_LOW, "Monitor" },
  { TRELLIS_GRID_AXIS_ATTITUDE, TRELLIS_LEVEL_HIGH, TRELLIS_ATTITUDE_POSITIVE, "Key drivers" },
  { TRELLIS_GRID_AXIS_ATTITUDE, TRELLIS_LEVEL_HIGH, TRELLIS_ATTITUDE_NEUTRAL, "Win over" },
  { TRELLIS_GRID_AXIS_ATTITUDE, TRELLIS_LEVEL_HIGH, TRELLIS_ATTITUDE_CRITICAL, "Engage early" },
  { TRELLIS_GRID_AXIS_ATTITUDE, TRELLIS_LEVEL_MEDIUM, TRELLIS_ATTITUDE_POSITIVE, "Involve" },
  { TRELLIS_GRID_AXIS_ATTITUDE, TRELLIS_LEVEL_MEDIUM, TRELLIS_ATTITUDE_NEUTRAL, "Keep informed" },
  { TRELLIS_GRID_AXIS_ATTITUDE, TRELLIS_LEVEL_MEDIUM, TRELLIS_ATTITUDE_CRITICAL, "Address concerns" },
  { TRELLIS_GRID_AXIS_ATTITUDE, TRELLIS_LEVEL_LOW, TRELLIS_ATTITUDE_POSITIVE, "Keep informed" },
  { TRELLIS_GRID_AXIS_ATTITUDE, TRELLIS_LEVEL_LOW, TRELLIS_ATTITUDE_NEUTRAL, "Monitor" },
  { TRELLIS_GRID_AXIS_ATTITUDE, TRELLIS_LEVEL_LOW, TRELLIS_ATTITUDE_CRITICAL, "Monitor" },
};

static void
test_advice (void)
{
  g_autoptr(GHashTable) details = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_flagged = 0;

  for (guint i = 0; i < G_N_ELEMENTS (expected_advice); i++)
    {
      TrellisGridAxis axis = expected_advice[i].axis;
      TrellisLevel influence = expected_advice[i].influence;
      int value = expected_advice[i].value;
      const char *detail = trellis_grid_cell_get_advice_detail (axis, influence, value);

      g_assert_cmpstr (trellis_grid_cell_get_advice (axis, influence, value), ==, expected_advice[i].advice);
      g_assert_nonnull (detail);
      g_assert_cmpuint (strlen (detail), >, 20);
      /* Every cell says something of its own, even where two share a heading. */
      g_assert_false (g_hash_table_contains (details, detail));
      g_hash_table_add (details, (gpointer) detail);
      if (trellis_grid_cell_is_flagged (axis, influence, value))
        n_flagged++;
    }

  g_assert_cmpuint (g_hash_table_size (details), ==, 2 * 3 * TRELLIS_GRID_N_COLUMNS);
  /* Only the influential critics are flagged. */
  g_assert_cmpuint (n_flagged, ==, 1);
  g_assert_true (trellis_grid_cell_is_flagged (TRELLIS_GRID_AXIS_ATTITUDE, TRELLIS_LEVEL_HIGH,
                                               TRELLIS_ATTITUDE_CRITICAL));
  g_assert_nonnull (strstr (trellis_grid_cell_get_advice_detail (TRELLIS_GRID_AXIS_ATTITUDE, TRELLIS_LEVEL_HIGH,
                                                                 TRELLIS_ATTITUDE_CRITICAL),
                            "concerns"));
}

static void
test_cell (void)
{
  g_autoptr(TrellisStakeholder) actor = trellis_stakeholder_new ("Chamber");
  TrellisLevel influence;
  int value;

  /* Defaults: neutral, medium influence, medium interest. */
  trellis_stakeholder_get_cell (actor, TRELLIS_GRID_AXIS_ATTITUDE, &influence, &value);
  g_assert_cmpint (influence, ==, TRELLIS_LEVEL_MEDIUM);
  g_assert_cmpint (value, ==, TRELLIS_ATTITUDE_NEUTRAL);

  trellis_stakeholder_set_influence (actor, TRELLIS_LEVEL_HIGH);
  trellis_stakeholder_set_attitude (actor, TRELLIS_ATTITUDE_CRITICAL);
  trellis_stakeholder_set_interest (actor, TRELLIS_LEVEL_LOW);
  trellis_stakeholder_get_cell (actor, TRELLIS_GRID_AXIS_ATTITUDE, &influence, &value);
  g_assert_cmpint (influence, ==, TRELLIS_LEVEL_HIGH);
  g_assert_cmpint (value, ==, TRELLIS_ATTITUDE_CRITICAL);
  trellis_stakeholder_get_cell (actor, TRELLIS_GRID_AXIS_INTEREST, &influence, &value);
  g_assert_cmpint (influence, ==, TRELLIS_LEVEL_HIGH);
  g_assert_cmpint (value, ==, TRELLIS_LEVEL_LOW);
}

static void
test_critical_risk (void)
{
  g_autoptr(TrellisStakeholder) actor = trellis_stakeholder_new ("Association");

  g_assert_false (trellis_stakeholder_is_critical_risk (actor));
  trellis_stakeholder_set_attitude (actor, TRELLIS_ATTITUDE_CRITICAL);
  g_assert_false (trellis_stakeholder_is_critical_risk (actor));
  trellis_stakeholder_set_influence (actor, TRELLIS_LEVEL_HIGH);
  g_assert_true (trellis_stakeholder_is_critical_risk (actor));
  trellis_stakeholder_set_attitude (actor, TRELLIS_ATTITUDE_POSITIVE);
  g_assert_false (trellis_stakeholder_is_critical_risk (actor));
}

static void
test_place (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Grid");
  TrellisHistory *history = trellis_project_get_history (project);
  TrellisStakeholder *actor = add_actor (project, "Association", TRELLIS_HELIX_INTERMEDIARY, FALSE, FALSE);
  guint n_undo = trellis_history_get_n_undo (history);

  /* Both values in one step. */
  g_assert_true (trellis_stakeholder_place (project, actor, TRELLIS_GRID_AXIS_ATTITUDE,
                                            TRELLIS_LEVEL_HIGH, TRELLIS_ATTITUDE_CRITICAL));
  g_assert_cmpint (trellis_stakeholder_get_influence (actor), ==, TRELLIS_LEVEL_HIGH);
  g_assert_cmpint (trellis_stakeholder_get_attitude (actor), ==, TRELLIS_ATTITUDE_CRITICAL);
  g_assert_cmpint (trellis_stakeholder_get_interest (actor), ==, TRELLIS_LEVEL_MEDIUM);
  g_assert_cmpuint (trellis_history_get_n_undo (history), ==, n_undo + 1);
  g_assert_cmpstr (trellis_history_get_undo_label (history), ==, "Move Stakeholder");

  /* The same cell: no step. */
  g_assert_false (trellis_stakeholder_place (project, actor, TRELLIS_GRID_AXIS_ATTITUDE,
                                             TRELLIS_LEVEL_HIGH, TRELLIS_ATTITUDE_CRITICAL));
  g_assert_cmpuint (trellis_history_get_n_undo (history), ==, n_undo + 1);

  /* One value only, on the interest axis: a step of its own, the attitude kept. */
  g_assert_true (trellis_stakeholder_place (project, actor, TRELLIS_GRID_AXIS_INTEREST,
                                            TRELLIS_LEVEL_HIGH, TRELLIS_LEVEL_LOW));
  g_assert_cmpint (trellis_stakeholder_get_interest (actor), ==, TRELLIS_LEVEL_LOW);
  g_assert_cmpint (trellis_stakeholder_get_attitude (actor), ==, TRELLIS_ATTITUDE_CRITICAL);
  g_assert_cmpuint (trellis_history_get_n_undo (history), ==, n_undo + 2);

  /* Undo takes back one move at a time, both of its values together. */
  g_assert_true (trellis_history_undo (history));
  g_assert_cmpint (trellis_stakeholder_get_interest (actor), ==, TRELLIS_LEVEL_MEDIUM);
  g_assert_cmpint (trellis_stakeholder_get_influence (actor), ==, TRELLIS_LEVEL_HIGH);
  g_assert_true (trellis_history_undo (history));
  g_assert_cmpint (trellis_stakeholder_get_influence (actor), ==, TRELLIS_LEVEL_MEDIUM);
  g_assert_cmpint (trellis_stakeholder_get_attitude (actor), ==, TRELLIS_ATTITUDE_NEUTRAL);
  g_assert_cmpuint (trellis_history_get_n_undo (history), ==, n_undo);

  g_assert_true (trellis_history_redo (history));
  g_assert_cmpint (trellis_stakeholder_get_influence (actor), ==, TRELLIS_LEVEL_HIGH);
  g_assert_cmpint (trellis_stakeholder_get_attitude (actor), ==, TRELLIS_ATTITUDE_CRITICAL);
  g_assert_true (trellis_stakeholder_is_critical_risk (actor));
}

static void
test_balance_counts (void)
{
  g_autoptr(TrellisProject) project = trellis_test_load_sample ();
  g_autoptr(TrellisProject) empty = trellis_project_new ("Empty");
  TrellisHelixBalance balance;

  trellis_helix_balance_compute (project, &balance);
  /* The worked example: 15 actors, 9 committed, 10 members of the cluster. */
  g_assert_cmpuint (trellis_helix_balance_get_n_actors (&balance), ==, 15);
  g_assert_cmpuint (trellis_helix_balance_get_n_committed (&balance), ==, 9);
  g_assert_cmpuint (balance.n_actors[TRELLIS_HELIX_BUSINESS], ==, 7);
  g_assert_cmpuint (balance.n_committed[TRELLIS_HELIX_BUSINESS], ==, 6);
  g_assert_cmpuint (balance.n_actors[TRELLIS_HELIX_RESEARCH], ==, 3);
  g_assert_cmpuint (balance.n_committed[TRELLIS_HELIX_RESEARCH], ==, 2);
  g_assert_cmpuint (balance.n_actors[TRELLIS_HELIX_GOVERNMENT], ==, 1);
  g_assert_cmpuint (balance.n_committed[TRELLIS_HELIX_GOVERNMENT], ==, 0);
  g_assert_cmpuint (balance.n_actors[TRELLIS_HELIX_INTERMEDIARY], ==, 4);
  g_assert_cmpuint (balance.n_committed[TRELLIS_HELIX_INTERMEDIARY], ==, 1);
  g_assert_cmpuint (balance.n_participants, ==, 10);
  g_assert_cmpuint (balance.n_passive, ==, 1);
  for (TrellisBalanceCheck check = 0; check < TRELLIS_BALANCE_N_CHECKS; check++)
    g_assert_cmpint (trellis_helix_balance_check (&balance, check, NULL), ==, TRELLIS_CHECK_MET);

  trellis_helix_balance_compute (empty, &balance);
  g_assert_cmpuint (trellis_helix_balance_get_n_actors (&balance), ==, 0);
  for (TrellisBalanceCheck check = 0; check < TRELLIS_BALANCE_N_CHECKS; check++)
    g_assert_cmpint (trellis_helix_balance_check (&balance, check, NULL), ==, TRELLIS_CHECK_UNKNOWN);
}

static void
test_business_share (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Share");
  TrellisBalanceCheck check = TRELLIS_BALANCE_CHECK_BUSINESS_SHARE;
  g_autofree char *reason = NULL;
  g_autofree char *reason_met = NULL;

  g_assert_cmpstr (trellis_balance_check_get_requirement (check), ==, "1.1.1");

  /* Nobody committed yet: unknown, even with businesses around. */
  add_actors (project, 3, TRELLIS_HELIX_BUSINESS, TRUE, FALSE);
  g_assert_cmpint (check_project (project, check, &reason), ==, TRELLIS_CHECK_UNKNOWN);
  g_assert_nonnull (strstr (reason, "No committed members"));
  g_clear_pointer (&reason, g_free);

  /* 4 of 9. */
  add_actors (project, 4, TRELLIS_HELIX_BUSINESS, TRUE, TRUE);
  add_actors (project, 5, TRELLIS_HELIX_RESEARCH, TRUE, TRUE);
  g_assert_cmpint (check_project (project, check, &reason), ==, TRELLIS_CHECK_NOT_MET);
  g_assert_cmpstr (reason, ==, "4 of 9 committed members are businesses (44 %); over half are needed");
  g_clear_pointer (&reason, g_free);

  /* Exactly half is not over half. */
  add_actor (project, "Fifth business", TRELLIS_HELIX_BUSINESS, FALSE, TRUE);
  g_assert_cmpint (check_project (project, check, &reason), ==, TRELLIS_CHECK_NOT_MET);
  g_assert_cmpstr (reason, ==, "5 of 10 committed members are businesses (50 %); over half are needed");

  /* 51 of 100 is. */
  add_actors (project, 46, TRELLIS_HELIX_BUSINESS, TRUE, TRUE);
  add_actors (project, 44, TRELLIS_HELIX_GOVERNMENT, FALSE, TRUE);
  g_assert_cmpint (check_project (project, check, &reason_met), ==, TRELLIS_CHECK_MET);
  g_assert_cmpstr (reason_met, ==, "51 of 100 committed members are businesses (51 %)");
}

static void
test_research (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Research");
  TrellisBalanceCheck check = TRELLIS_BALANCE_CHECK_RESEARCH;
  g_autofree char *reason = NULL;
  TrellisStakeholder *institute;

  g_assert_cmpint (check_project (project, check, NULL), ==, TRELLIS_CHECK_UNKNOWN);

  add_actors (project, 3, TRELLIS_HELIX_BUSINESS, TRUE, TRUE);
  g_assert_cmpint (check_project (project, check, &reason), ==, TRELLIS_CHECK_NOT_MET);
  g_assert_nonnull (strstr (reason, "among the stakeholders"));
  g_clear_pointer (&reason, g_free);

  /* Involved but not committed is not enough. */
  institute = add_actor (project, "Institute", TRELLIS_HELIX_RESEARCH, FALSE, FALSE);
  g_assert_cmpint (check_project (project, check, &reason), ==, TRELLIS_CHECK_NOT_MET);
  g_assert_nonnull (strstr (reason, "No research organisation or university is committed"));
  g_clear_pointer (&reason, g_free);

  trellis_stakeholder_set_committed (institute, TRUE);
  g_assert_cmpint (check_project (project, check, &reason), ==, TRELLIS_CHECK_MET);
  g_assert_cmpstr (reason, ==, "1 research organisation or university is committed");
  /* The research institute does not help the business share, but 3 of 4 are still enough. */
  g_assert_cmpint (check_project (project, TRELLIS_BALANCE_CHECK_BUSINESS_SHARE, NULL), ==, TRELLIS_CHECK_MET);
}

static void
test_committed_share (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Passive");
  TrellisBalanceCheck check = TRELLIS_BALANCE_CHECK_COMMITTED_SHARE;
  g_autofree char *reason = NULL;
  TrellisStakeholder *member;

  g_assert_cmpstr (trellis_balance_check_get_requirement (check), ==, "1.1.0");

  /* External stakeholders are not participants. */
  add_actors (project, 4, TRELLIS_HELIX_GOVERNMENT, FALSE, FALSE);
  g_assert_cmpint (check_project (project, check, NULL), ==, TRELLIS_CHECK_UNKNOWN);

  /* 10 participants, 9 of them passive: 90 % is too many. */
  add_actors (project, 8, TRELLIS_HELIX_BUSINESS, TRUE, FALSE);
  member = add_actor (project, "Moulder", TRELLIS_HELIX_BUSINESS, TRUE, FALSE);
  add_actor (project, "University", TRELLIS_HELIX_RESEARCH, TRUE, TRUE);
  g_assert_cmpint (check_project (project, check, &reason), ==, TRELLIS_CHECK_NOT_MET);
  g_assert_cmpstr (reason, ==, "9 of 10 participants are not committed (90 %); under 90 % are allowed");
  g_clear_pointer (&reason, g_free);

  /* 8 of 10 is fine. */
  trellis_stakeholder_set_committed (member, TRUE);
  g_assert_cmpint (check_project (project, check, &reason), ==, TRELLIS_CHECK_MET);
  g_assert_cmpstr (reason, ==, "8 of 10 participants are not committed (80 %)");

  for (TrellisBalanceCheck c = 0; c < TRELLIS_BALANCE_N_CHECKS; c++)
    g_assert_nonnull (trellis_balance_check_get_title (c));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/stakeholder-analysis/columns", test_columns);
  g_test_add_func ("/core/stakeholder-analysis/advice", test_advice);
  g_test_add_func ("/core/stakeholder-analysis/cell", test_cell);
  g_test_add_func ("/core/stakeholder-analysis/critical-risk", test_critical_risk);
  g_test_add_func ("/core/stakeholder-analysis/place", test_place);
  g_test_add_func ("/core/stakeholder-analysis/balance-counts", test_balance_counts);
  g_test_add_func ("/core/stakeholder-analysis/business-share", test_business_share);
  g_test_add_func ("/core/stakeholder-analysis/research", test_research);
  g_test_add_func ("/core/stakeholder-analysis/committed-share", test_committed_share);
  return g_test_run ();
}
