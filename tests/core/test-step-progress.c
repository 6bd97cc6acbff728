/* test-step-progress.c: the checklist of each initiation step, paths /core/step-progress/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "trellis.h"
#include "trellis-test-utils.h"

static gboolean
check_done (TrellisProject *project,
            TrellisStep     step,
            const char     *label)
{
  g_autoptr(GPtrArray) checks = trellis_project_check_step (project, step);

  for (guint i = 0; i < checks->len; i++)
    {
      TrellisStepCheck *check = checks->pdata[i];

      if (g_strcmp0 (check->label, label) == 0)
        return check->done;
    }

  g_error ("No check “%s” in step %d", label, step);
}

static void
test_blank (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Blank");

  for (TrellisStep step = TRELLIS_STEP_POTENTIALS; step <= TRELLIS_STEP_STRATEGY; step++)
    {
      g_autoptr(GPtrArray) checks = trellis_project_check_step (project, step);

      g_assert_cmpuint (checks->len, >=, 4);
      g_assert_cmpfloat (trellis_project_step_fraction (project, step), ==, 0.0);
    }
}

static void
test_swot (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("SWOT");
  g_autoptr(TrellisSwotItem) weakness = trellis_swot_item_new (TRELLIS_QUADRANT_WEAKNESS,
                                                               "Few start-ups");

  trellis_project_add_item (project, weakness);
  g_assert_false (check_done (project, TRELLIS_STEP_POTENTIALS, "Strengths listed"));
  g_assert_true (check_done (project, TRELLIS_STEP_POTENTIALS, "Weaknesses listed"));
  g_assert_cmpfloat_with_epsilon (trellis_project_step_fraction (project, TRELLIS_STEP_POTENTIALS),
                                  1.0 / 5.0, 1e-9);
}

static void
test_all_have (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Actions");
  g_autoptr(TrellisAction) first = trellis_action_new ("Kick-off");
  g_autoptr(TrellisAction) second = trellis_action_new ("Website");
  const char *label = "Someone responsible for every action";

  g_assert_false (check_done (project, TRELLIS_STEP_STRATEGY, label));
  trellis_project_add_item (project, first);
  trellis_project_add_item (project, second);
  trellis_action_set_owner_name (first, "Maria");
  g_assert_false (check_done (project, TRELLIS_STEP_STRATEGY, label));
  trellis_action_set_owner_name (second, "");
  g_assert_false (check_done (project, TRELLIS_STEP_STRATEGY, label));
  trellis_action_set_owner_name (second, "Jon");
  g_assert_true (check_done (project, TRELLIS_STEP_STRATEGY, label));
}

static void
test_key_questions (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TrellisProject) project =
    trellis_project_new_from_template ("Guided", TRELLIS_TEMPLATE_GUIDED, &error);
  const char *label = "Key questions of this step settled";
  GListModel *questions;

  g_assert_no_error (error);
  g_assert_false (check_done (project, TRELLIS_STEP_ACTORS, label));

  questions = trellis_project_get_items (project, TRELLIS_TYPE_KEY_QUESTION);
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(TrellisKeyQuestion) question = g_list_model_get_item (questions, i);

      if (trellis_key_question_get_step (question) == TRELLIS_STEP_ACTORS)
        trellis_key_question_set_done (question, TRUE);
    }
  g_assert_true (check_done (project, TRELLIS_STEP_ACTORS, label));
}

static void
test_sample (void)
{
  g_autoptr(TrellisProject) project = trellis_test_load_sample ();

  /* The worked example has every quadrant and strategies. */
  g_assert_true (check_done (project, TRELLIS_STEP_POTENTIALS, "Strengths listed"));
  g_assert_true (check_done (project, TRELLIS_STEP_POTENTIALS, "Threats listed"));
  g_assert_true (check_done (project, TRELLIS_STEP_ACTORS, "Research or education involved"));
  g_assert_true (check_done (project, TRELLIS_STEP_VALUE, "Goals set"));
  /* One of its indicators has no target, on purpose. */
  g_assert_false (check_done (project, TRELLIS_STEP_VALUE, "A target for every indicator"));
  for (TrellisStep step = TRELLIS_STEP_POTENTIALS; step <= TRELLIS_STEP_STRATEGY; step++)
    g_assert_cmpfloat (trellis_project_step_fraction (project, step), >, 0.5);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/step-progress/blank", test_blank);
  g_test_add_func ("/core/step-progress/swot", test_swot);
  g_test_add_func ("/core/step-progress/all-have", test_all_have);
  g_test_add_func ("/core/step-progress/key-questions", test_key_questions);
  g_test_add_func ("/core/step-progress/sample", test_sample);

  return g_test_run ();
}
