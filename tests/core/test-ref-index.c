/* test-ref-index.c: the items that refer to a target, from the project's index
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * trellis_<type>_list_by_<field> () answers from tables the project keeps
 * and drops on every change.  These tests compare each answer with a plain
 * scan of the items after edits, moves, removals, undo, redo and a load.
 */

#include "config.h"

#include "trellis-test-utils.h"

#define N_GOALS 5
#define N_ACTIONS 30
#define N_STEPS 400

/* What the index must answer, found the slow way. */
static GPtrArray *
scan_actions (TrellisProject *project,
              TrellisGoal    *goal)
{
  GListModel *model = trellis_project_get_items (project, TRELLIS_TYPE_ACTION);
  const char *uuid = goal != NULL ? trellis_item_get_uuid (TRELLIS_ITEM (goal)) : NULL;
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(TrellisAction) action = g_list_model_get_item (model, i);

      if (g_strcmp0 (trellis_action_get_goal_uuid (action), uuid) == 0)
        g_ptr_array_add (found, g_steal_pointer (&action));
    }
  return found;
}

static GPtrArray *
scan_waiting (TrellisProject *project,
              TrellisAction  *target)
{
  GListModel *model = trellis_project_get_items (project, TRELLIS_TYPE_ACTION);
  const char *uuid = trellis_item_get_uuid (TRELLIS_ITEM (target));
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(TrellisAction) action = g_list_model_get_item (model, i);
      const char * const *uuids = trellis_action_get_depends_on_uuids (action);

      if (uuids != NULL && g_strv_contains (uuids, uuid))
        g_ptr_array_add (found, g_steal_pointer (&action));
    }
  return found;
}

static void
assert_same (GPtrArray *expected,
             GPtrArray *found)
{
  g_assert_cmpuint (found->len, ==, expected->len);
  for (guint i = 0; i < found->len; i++)
    g_assert_true (g_ptr_array_index (found, i) == g_ptr_array_index (expected, i));
}

static void
check_all (TrellisProject  *project,
           TrellisGoal    **goals)
{
  GListModel *actions = trellis_project_get_items (project, TRELLIS_TYPE_ACTION);

  for (guint g = 0; g <= N_GOALS; g++)
    {
      TrellisGoal *goal = g < N_GOALS ? goals[g] : NULL;
      g_autoptr(GPtrArray) expected = scan_actions (project, goal);
      g_autoptr(GPtrArray) found = trellis_action_list_by_goal (project, goal);

      assert_same (expected, found);
    }
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(TrellisAction) action = g_list_model_get_item (actions, i);
      g_autoptr(GPtrArray) expected = scan_waiting (project, action);
      g_autoptr(GPtrArray) found = trellis_action_list_by_depends_on (project, action);

      assert_same (expected, found);
    }
}

static TrellisAction *
random_action (TrellisProject *project)
{
  GListModel *actions = trellis_project_get_items (project, TRELLIS_TYPE_ACTION);
  guint n = g_list_model_get_n_items (actions);
  TrellisAction *action;

  if (n == 0)
    return NULL;
  action = g_list_model_get_item (actions, g_test_rand_int_range (0, n));
  g_object_unref (action);  /* the project holds it */
  return action;
}

static void
edit_dependencies (TrellisProject *project,
                   TrellisAction  *action)
{
  TrellisAction *a = random_action (project);
  TrellisAction *b = random_action (project);
  /* The same target twice must still give the action once. */
  const char *uuids[] = { trellis_item_get_uuid (TRELLIS_ITEM (a)), trellis_item_get_uuid (TRELLIS_ITEM (b)),
                          trellis_item_get_uuid (TRELLIS_ITEM (a)), NULL };

  trellis_action_set_depends_on_uuids (action, g_test_rand_bit () ? uuids : NULL);
}

static void
random_step (TrellisProject  *project,
             TrellisGoal    **goals)
{
  TrellisHistory *history = trellis_project_get_history (project);
  TrellisAction *action = random_action (project);
  guint n = trellis_project_count_items (project, TRELLIS_TYPE_ACTION);

  switch (action == NULL ? 3 : g_test_rand_int_range (0, 8))
    {
    case 0:
      trellis_action_set_goal (action, goals[g_test_rand_int_range (0, N_GOALS)]);
      break;
    case 1:
      trellis_action_set_goal (action, NULL);
      break;
    case 2:
      edit_dependencies (project, action);
      break;
    case 3:
      {
        g_autoptr(TrellisAction) added = trellis_action_new ("Added");

        trellis_action_set_goal (added, goals[g_test_rand_int_range (0, N_GOALS)]);
        trellis_project_insert_item (project, added, g_test_rand_int_range (0, n + 1));
      }
      break;
    case 4:
      trellis_project_remove_item (project, action);
      break;
    case 5:
      trellis_project_move_item (project, action, g_test_rand_int_range (0, n));
      break;
    case 6:
      trellis_history_undo (history);
      break;
    default:
      trellis_history_redo (history);
      break;
    }
}

static void
test_answers_follow_edits (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Index");
  TrellisGoal *goals[N_GOALS];

  for (guint g = 0; g < N_GOALS; g++)
    {
      g_autoptr(TrellisGoal) goal = trellis_goal_new ("Goal");

      trellis_project_add_item (project, goal);
      goals[g] = goal;
    }
  for (guint i = 0; i < N_ACTIONS; i++)
    {
      g_autoptr(TrellisAction) action = trellis_action_new ("Action");

      if (i % 3 != 0)
        trellis_action_set_goal (action, goals[i % N_GOALS]);
      trellis_project_add_item (project, action);
    }

  check_all (project, goals);
  for (guint step = 0; step < N_STEPS; step++)
    {
      random_step (project, goals);
      check_all (project, goals);
    }
}

/* Measurements by indicator in a file that was read, then edited. */
static void
test_answers_after_load (void)
{
  g_autoptr(TrellisProject) project = trellis_test_load_sample ();
  GListModel *indicators = trellis_project_get_items (project, TRELLIS_TYPE_INDICATOR);
  GListModel *measurements = trellis_project_get_items (project, TRELLIS_TYPE_MEASUREMENT);
  g_autoptr(TrellisIndicator) first = g_list_model_get_item (indicators, 0);
  g_autoptr(TrellisIndicator) second = g_list_model_get_item (indicators, 1);
  g_autoptr(TrellisMeasurement) moved = NULL;
  g_autoptr(GPtrArray) before = trellis_measurement_list_by_indicator (project, first);
  g_autoptr(GPtrArray) before_second = trellis_measurement_list_by_indicator (project, second);
  g_autoptr(GPtrArray) after = NULL;
  guint total = 0;

  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(TrellisIndicator) indicator = g_list_model_get_item (indicators, i);
      g_autoptr(GPtrArray) found = trellis_measurement_list_by_indicator (project, indicator);

      for (guint j = 0; j < found->len; j++)
        g_assert_true (trellis_measurement_get_indicator (found->pdata[j]) == indicator);
      total += found->len;
    }
  /* Every measurement of the sample belongs to one of its indicators. */
  g_assert_cmpuint (total, ==, g_list_model_get_n_items (measurements));
  g_assert_cmpuint (before->len, >, 0);

  moved = g_object_ref (g_ptr_array_index (before, 0));
  trellis_measurement_set_indicator (moved, second);
  after = trellis_measurement_list_by_indicator (project, first);
  g_assert_cmpuint (after->len, ==, before->len - 1);
  g_clear_pointer (&after, g_ptr_array_unref);
  after = trellis_measurement_list_by_indicator (project, second);
  g_assert_cmpuint (after->len, ==, before_second->len + 1);

  /* Deleting the indicator deletes its measurements with it. */
  trellis_project_remove_item (project, second);
  g_clear_pointer (&after, g_ptr_array_unref);
  after = trellis_measurement_list_by_indicator (project, second);
  g_assert_cmpuint (after->len, ==, 0);
  trellis_history_undo (trellis_project_get_history (project));
  g_clear_pointer (&after, g_ptr_array_unref);
  after = trellis_measurement_list_by_indicator (project, second);
  g_assert_cmpuint (after->len, ==, before_second->len + 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/ref-index/answers-follow-edits", test_answers_follow_edits);
  g_test_add_func ("/core/ref-index/answers-after-load", test_answers_after_load);

  return g_test_run ();
}
