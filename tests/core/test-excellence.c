/* test-excellence.c: the excellence self-check, paths /core/excellence/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "trellis.h"
#include "trellis-test-utils.h"

#define AS_OF "2026-11-30"

/* The result of @id on @as_of; the reason must contain @needle (if not NULL). */
static TrellisCheckResult
check_on (TrellisProject *project,
          const char     *id,
          const char     *as_of,
          const char     *needle)
{
  g_auto(TrellisExcellenceResult) result = { 0, };

  g_assert_true (trellis_excellence_check (project, id, as_of, &result));
  g_assert_nonnull (result.reason);
  g_assert_cmpstr (result.requirement->id, ==, id);
  if (needle != NULL && strstr (result.reason, needle) == NULL)
    g_error ("%s: reason “%s” lacks “%s”", id, result.reason, needle);
  return result.result;
}

static TrellisCheckResult
check (TrellisProject *project,
       const char     *id,
       const char     *needle)
{
  return check_on (project, id, AS_OF, needle);
}

static void
add (TrellisProject *project,
     gpointer        item)
{
  trellis_project_add_item (project, item);
  g_object_unref (item);
}

static void
add_actor (TrellisProject *project,
           TrellisHelix    helix,
           gboolean        internal,
           gboolean        committed)
{
  TrellisStakeholder *actor = trellis_stakeholder_new ("Actor");

  trellis_stakeholder_set_helix (actor, helix);
  trellis_stakeholder_set_internal (actor, internal);
  trellis_stakeholder_set_committed (actor, committed);
  add (project, actor);
}

static void
test_table (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Table");
  TrellisExcellenceResult result;
  const TrellisRequirement *requirements;
  guint n, n_computable = 0;

  requirements = trellis_excellence_get_requirements (&n);
  g_assert_cmpuint (n, ==, 16);
  g_assert_cmpstr (requirements[0].id, ==, "1.1.0");
  g_assert_cmpstr (requirements[n - 1].id, ==, "4.6.2");
  for (guint i = 0; i < n; i++)
    {
      g_assert_true (trellis_excellence_lookup (requirements[i].id) == &requirements[i]);
      g_assert_cmpstr (trellis_requirement_get_title (&requirements[i]), !=, "");
      if (trellis_requirement_is_computable (&requirements[i]))
        n_computable++;
    }
  g_assert_cmpuint (n_computable, ==, 9);
  g_assert_true (trellis_requirement_is_computable (trellis_excellence_lookup ("4.4")));
  g_assert_false (trellis_requirement_is_computable (trellis_excellence_lookup ("2.2.2")));
  g_assert_null (trellis_excellence_lookup ("9.9"));
  g_assert_false (trellis_excellence_check (project, "9.9", AS_OF, &result));
}

static void
test_composition (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Members");

  g_assert_cmpint (check (project, "1.1.0", "No participants"), ==, TRELLIS_CHECK_UNKNOWN);
  g_assert_cmpint (check (project, "1.1.1", "No committed"), ==, TRELLIS_CHECK_UNKNOWN);

  /* 1 business and 1 public body committed, 8 passive members: 8 of 10 passive. */
  add_actor (project, TRELLIS_HELIX_BUSINESS, TRUE, TRUE);
  add_actor (project, TRELLIS_HELIX_GOVERNMENT, TRUE, TRUE);
  for (guint i = 0; i < 8; i++)
    add_actor (project, TRELLIS_HELIX_BUSINESS, TRUE, FALSE);
  g_assert_cmpint (check (project, "1.1.0", "8 of 10"), ==, TRELLIS_CHECK_MET);
  g_assert_cmpint (check (project, "1.1.1", "1 of 2 committed members are businesses"), ==,
                   TRELLIS_CHECK_NOT_MET);

  /* Ten more passive members: 18 of 20 is 90 %, not under it. */
  for (guint i = 0; i < 10; i++)
    add_actor (project, TRELLIS_HELIX_BUSINESS, TRUE, FALSE);
  g_assert_cmpint (check (project, "1.1.0", "18 of 20"), ==, TRELLIS_CHECK_NOT_MET);

  /* Two more committed businesses: 3 of 4; but no research organisation. */
  add_actor (project, TRELLIS_HELIX_BUSINESS, FALSE, TRUE);
  add_actor (project, TRELLIS_HELIX_BUSINESS, FALSE, TRUE);
  g_assert_cmpint (check (project, "1.1.1", "No research organisation"), ==, TRELLIS_CHECK_NOT_MET);

  /* A committed research institute: 3 of 5 businesses and research present. */
  add_actor (project, TRELLIS_HELIX_RESEARCH, FALSE, TRUE);
  g_assert_cmpint (check (project, "1.1.1", "3 of 5"), ==, TRELLIS_CHECK_MET);
  g_assert_cmpint (check (project, "1.1.0", "18 of 23"), ==, TRELLIS_CHECK_MET);
}

static void
set_management_start (TrellisProject *project,
                      const char     *date)
{
  trellis_header_set_management_start (trellis_project_get_header (project), trellis_date_parse (date));
}

static void
test_management_age (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Management");

  g_assert_cmpint (check (project, "2.1", "not recorded"), ==, TRELLIS_CHECK_UNKNOWN);

  set_management_start (project, "2024-11-30");
  g_assert_cmpint (check (project, "2.1", "2024-11-30"), ==, TRELLIS_CHECK_MET);
  set_management_start (project, "2024-12-01");
  g_assert_cmpint (check (project, "2.1", "two years old on 2026-12-01"), ==, TRELLIS_CHECK_NOT_MET);
  g_assert_cmpint (check_on (project, "2.1", "2026-12-01", NULL), ==, TRELLIS_CHECK_MET);

  /* A start on 29 February is two years old on 28 February. */
  set_management_start (project, "2024-02-29");
  g_assert_cmpint (check_on (project, "2.1", "2026-02-27", "2026-02-28"), ==, TRELLIS_CHECK_NOT_MET);
  g_assert_cmpint (check_on (project, "2.1", "2026-02-28", NULL), ==, TRELLIS_CHECK_MET);
}

static void
test_strategy (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Strategy");
  g_autoptr(TrellisItem) strategy = NULL;

  g_assert_cmpint (check (project, "4.1.2", "No TOWS strategies and no goals"), ==, TRELLIS_CHECK_UNKNOWN);
  add (project, trellis_tows_strategy_new (TRELLIS_TOWS_SO, "Use the lab"));
  g_assert_cmpint (check (project, "4.1.2", "no goal"), ==, TRELLIS_CHECK_NOT_MET);
  add (project, trellis_goal_new ("Recycled parts"));
  g_assert_cmpint (check (project, "4.1.2", "1 TOWS strategy and 1 goal"), ==, TRELLIS_CHECK_MET);
  strategy = g_list_model_get_item (trellis_project_get_items (project, TRELLIS_TYPE_TOWS_STRATEGY), 0);
  trellis_project_remove_item (project, strategy);
  g_assert_cmpint (check (project, "4.1.2", "no TOWS strategy"), ==, TRELLIS_CHECK_NOT_MET);
}

static TrellisAction *
add_action (TrellisProject *project,
            const char     *title,
            double          budget)
{
  TrellisAction *action = trellis_action_new (title);

  if (!isnan (budget))
    trellis_action_set_budget_planned (action, budget);
  add (project, action);
  return action;
}

static void
test_plan (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Plan");
  TrellisGoal *goal = trellis_goal_new ("More exports");
  TrellisIndicator *indicator;
  TrellisAction *unbudgeted;

  g_assert_cmpint (check (project, "4.1.3", "No goals and no actions"), ==, TRELLIS_CHECK_UNKNOWN);

  add (project, goal);
  g_assert_cmpint (check (project, "4.1.3", "No actions"), ==, TRELLIS_CHECK_NOT_MET);
  add_action (project, "Fair stand", 0.0);
  g_assert_cmpint (check (project, "4.1.3", "has no indicator"), ==, TRELLIS_CHECK_NOT_MET);

  indicator = trellis_goal_add_indicator (project, goal, "Exporters");
  g_assert_cmpint (check (project, "4.1.3", "“Exporters” has no target"), ==, TRELLIS_CHECK_NOT_MET);
  trellis_indicator_set_target (indicator, 12.0);
  g_assert_cmpint (check (project, "4.1.3", "1 of 1 goal is measurable, 1 of 1 action has"), ==,
                   TRELLIS_CHECK_MET);

  unbudgeted = add_action (project, "Market study", NAN);
  g_assert_cmpint (check (project, "4.1.3", "1 of 2 actions have a budget"), ==, TRELLIS_CHECK_NOT_MET);
  /* A cancelled action needs no budget. */
  trellis_action_set_status (unbudgeted, TRELLIS_STATUS_CANCELLED);
  g_assert_cmpint (check (project, "4.1.3", "1 of 1 action has a budget"), ==, TRELLIS_CHECK_MET);
}

static void
test_reviews (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Reviews");
  TrellisReview *review = trellis_review_new (trellis_date_parse ("2024-11-29"));
  TrellisReview *planned;

  g_assert_cmpint (check (project, "4.1.5", "No review"), ==, TRELLIS_CHECK_UNKNOWN);

  add (project, review);
  g_assert_cmpint (check (project, "4.1.5", "2024-11-29, more than two years ago"), ==, TRELLIS_CHECK_NOT_MET);
  trellis_review_set_date (review, trellis_date_parse ("2024-11-30"));
  g_assert_cmpint (check (project, "4.1.5", "last reviewed on 2024-11-30"), ==, TRELLIS_CHECK_MET);
  trellis_review_set_date (review, trellis_date_parse ("2023-05-01"));

  /* A review planned within six months counts; one further ahead does not. */
  planned = trellis_review_new (trellis_date_parse ("2027-05-31"));
  add (project, planned);
  g_assert_cmpint (check (project, "4.1.5", "2023-05-01"), ==, TRELLIS_CHECK_NOT_MET);
  trellis_review_set_date (planned, trellis_date_parse ("2027-05-30"));
  g_assert_cmpint (check (project, "4.1.5", "planned for 2027-05-30"), ==, TRELLIS_CHECK_MET);

  trellis_project_remove_item (project, review);
  trellis_review_set_date (planned, trellis_date_parse ("2027-09-01"));
  g_assert_cmpint (check (project, "4.1.5", "first review is planned for 2027-09-01"), ==,
                   TRELLIS_CHECK_NOT_MET);
}

static void
test_monitoring (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Monitoring");
  TrellisGoal *goal = trellis_goal_new ("Visibility");
  TrellisIndicator *indicator;
  TrellisMeasurement *measurement;
  TrellisSnapshot *snapshot;

  add (project, goal);
  indicator = trellis_goal_add_indicator (project, goal, "Articles");
  g_assert_cmpint (check (project, "4.1.6", "No measurement or snapshot"), ==, TRELLIS_CHECK_UNKNOWN);

  /* A value measured after the day judged does not count. */
  measurement = trellis_indicator_add_measurement (project, indicator, "2026-12-15", 4, NULL, NULL);
  g_assert_cmpint (check (project, "4.1.6", "No measurement or snapshot"), ==, TRELLIS_CHECK_UNKNOWN);

  trellis_measurement_set_date (measurement, trellis_date_parse ("2025-11-29"));
  g_assert_cmpint (check (project, "4.1.6", "2025-11-29, more than a year ago"), ==, TRELLIS_CHECK_NOT_MET);
  trellis_measurement_set_date (measurement, trellis_date_parse ("2025-11-30"));
  g_assert_cmpint (check (project, "4.1.6", "measurement of an indicator is from 2025-11-30"), ==,
                   TRELLIS_CHECK_MET);

  snapshot = trellis_snapshot_new (trellis_date_parse ("2026-10-01"));
  add (project, snapshot);
  g_assert_cmpint (check (project, "4.1.6", "snapshot of the status is from 2026-10-01"), ==,
                   TRELLIS_CHECK_MET);
}

static void
add_service (TrellisProject     *project,
             TrellisServiceArea  area)
{
  TrellisService *service = trellis_service_new ("Service");

  trellis_service_set_area (service, area);
  add (project, service);
}

static void
test_services (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Services");

  g_assert_cmpint (check (project, "4.3", "No services"), ==, TRELLIS_CHECK_UNKNOWN);
  add_service (project, TRELLIS_AREA_OTHER);
  g_assert_cmpint (check (project, "4.3", "No service is assigned"), ==, TRELLIS_CHECK_NOT_MET);
  add_service (project, TRELLIS_AREA_INNOVATION);
  add_service (project, TRELLIS_AREA_INNOVATION);
  add_service (project, TRELLIS_AREA_MARKETING);
  g_assert_cmpint (check (project, "4.3", "Services in 2 fields: Innovation, Marketing and visibility; "
                                          "at least three"), ==, TRELLIS_CHECK_NOT_MET);
  add_service (project, TRELLIS_AREA_EDUCATION);
  g_assert_cmpint (check (project, "4.3", "Services in 3 fields"), ==, TRELLIS_CHECK_MET);
}

static TrellisIndicator *
add_target (TrellisProject   *project,
            TrellisGoal      *goal,
            TrellisDirection  direction,
            double            target,
            const char       *target_date,
            double            measured)
{
  TrellisIndicator *indicator = trellis_goal_add_indicator (project, goal, "Indicator");

  trellis_indicator_set_direction (indicator, direction);
  trellis_indicator_set_target (indicator, target);
  trellis_indicator_set_target_date (indicator, trellis_date_parse (target_date));
  if (!isnan (measured))
    g_assert_nonnull (trellis_indicator_add_measurement (project, indicator, "2026-06-01", measured,
                                                         NULL, NULL));
  return indicator;
}

static void
test_targets (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Targets");
  TrellisGoal *goal = trellis_goal_new ("Growth");
  TrellisIndicator *late;

  add (project, goal);
  g_assert_cmpint (check (project, "4.4", "No indicator had its target date"), ==, TRELLIS_CHECK_UNKNOWN);

  /* Due before the twelve months, on the day judged (still open, as for
   * the lights) or after it: not counted. */
  add_target (project, goal, TRELLIS_DIRECTION_HIGHER, 10, "2025-11-29", 12);
  add_target (project, goal, TRELLIS_DIRECTION_HIGHER, 10, AS_OF, 12);
  add_target (project, goal, TRELLIS_DIRECTION_HIGHER, 10, "2026-12-01", 12);
  g_assert_cmpint (check (project, "4.4", "No indicator"), ==, TRELLIS_CHECK_UNKNOWN);

  add_target (project, goal, TRELLIS_DIRECTION_HIGHER, 10, "2026-01-15", NAN);
  g_assert_cmpint (check (project, "4.4", "1 target fell due"), ==, TRELLIS_CHECK_UNKNOWN);

  /* Reached: higher is better at exactly its target; lower is better below it. */
  add_target (project, goal, TRELLIS_DIRECTION_HIGHER, 10, "2025-11-30", 10);
  add_target (project, goal, TRELLIS_DIRECTION_LOWER, 5, "2026-11-29", 4);
  /* Not reached: lower is better above its target. */
  add_target (project, goal, TRELLIS_DIRECTION_LOWER, 5, "2026-06-30", 6);
  g_assert_cmpint (check (project, "4.4", "2 of 3 targets due in the last twelve months were reached "
                                          "(67 %); 1 not measured"), ==, TRELLIS_CHECK_MET);

  /* Exactly half is enough. */
  late = add_target (project, goal, TRELLIS_DIRECTION_HIGHER, 100, "2026-09-30", 40);
  g_assert_cmpint (check (project, "4.4", "2 of 4"), ==, TRELLIS_CHECK_MET);
  add_target (project, goal, TRELLIS_DIRECTION_HIGHER, 100, "2026-10-31", 99);
  g_assert_cmpint (check (project, "4.4", "2 of 5 targets due in the last twelve months were reached "
                                          "(40 %); 1 not measured; at least half"), ==, TRELLIS_CHECK_NOT_MET);

  /* A later value reached the target, but only after the day judged. */
  g_assert_nonnull (trellis_indicator_add_measurement (project, late, "2026-12-10", 120, NULL, NULL));
  g_assert_cmpint (check (project, "4.4", "2 of 5"), ==, TRELLIS_CHECK_NOT_MET);
  /* Ten days on, the targets of 2026-11-30 and 2026-12-01 are judged too,
   * and the one of 2025-11-30 has left the twelve months. */
  g_assert_cmpint (check_on (project, "4.4", "2026-12-10", "4 of 6"), ==, TRELLIS_CHECK_MET);
}

static void
test_manual (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Manual");
  TrellisHistory *history = trellis_project_get_history (project);
  g_auto(TrellisExcellenceResult) result = { 0, };
  TrellisSelfCheck *answer;
  guint n_undo = trellis_history_get_n_undo (history);

  g_assert_true (trellis_excellence_check (project, "2.2.2", AS_OF, &result));
  g_assert_cmpint (result.result, ==, TRELLIS_CHECK_UNKNOWN);
  g_assert_cmpint (result.source, ==, TRELLIS_EXCELLENCE_UNANSWERED);
  g_assert_cmpstr (result.reason, ==, "Not answered yet");
  g_assert_null (result.answer);
  g_assert_null (result.computed_reason);
  trellis_excellence_result_clear (&result);

  answer = trellis_excellence_set_answer (project, "2.2.2", TRELLIS_CHECK_MET, "CV on file");
  g_assert_cmpuint (trellis_history_get_n_undo (history), ==, n_undo + 1);
  g_assert_true (trellis_excellence_find_answer (project, "2.2.2") == answer);
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_SELF_CHECK), ==, 1);
  g_assert_true (trellis_excellence_check (project, "2.2.2", AS_OF, &result));
  g_assert_cmpint (result.result, ==, TRELLIS_CHECK_MET);
  g_assert_cmpint (result.source, ==, TRELLIS_EXCELLENCE_ANSWERED);
  g_assert_cmpstr (result.reason, ==, "CV on file");
  g_assert_true (result.answer == answer);
  trellis_excellence_result_clear (&result);

  /* The same answer again is no step; a new result keeps the evidence. */
  g_assert_true (trellis_excellence_set_answer (project, "2.2.2", TRELLIS_CHECK_MET, "CV on file") == answer);
  g_assert_cmpuint (trellis_history_get_n_undo (history), ==, n_undo + 1);
  trellis_excellence_set_answer (project, "2.2.2", TRELLIS_CHECK_NOT_MET, NULL);
  g_assert_cmpuint (trellis_history_get_n_undo (history), ==, n_undo + 2);
  g_assert_cmpstr (trellis_self_check_get_evidence (answer), ==, "CV on file");
  g_assert_cmpint (check (project, "2.2.2", "CV on file"), ==, TRELLIS_CHECK_NOT_MET);
  trellis_excellence_set_answer (project, "2.2.2", TRELLIS_CHECK_NOT_MET, "");
  g_assert_null (trellis_self_check_get_evidence (answer));
  g_assert_cmpint (check (project, "2.2.2", "without evidence"), ==, TRELLIS_CHECK_NOT_MET);
  g_assert_true (trellis_history_undo (history));
  g_assert_cmpstr (trellis_self_check_get_evidence (answer), ==, "CV on file");

  /* Result and evidence in one step, undone in one step. */
  trellis_excellence_set_answer (project, "2.2.2", TRELLIS_CHECK_MET, "Course certificate");
  g_assert_cmpuint (trellis_history_get_n_undo (history), ==, n_undo + 3);
  g_assert_true (trellis_history_undo (history));
  g_assert_cmpint (check (project, "2.2.2", "CV on file"), ==, TRELLIS_CHECK_NOT_MET);
  g_assert_true (trellis_history_undo (history));
  g_assert_true (trellis_history_undo (history));
  g_assert_null (trellis_excellence_find_answer (project, "2.2.2"));
  g_assert_cmpint (check (project, "2.2.2", "Not answered yet"), ==, TRELLIS_CHECK_UNKNOWN);

  /* Evidence alone, with the result still unknown, is an answer. */
  trellis_excellence_set_answer (project, "4.6.2", TRELLIS_CHECK_UNKNOWN, "English pages in December");
  g_assert_true (trellis_excellence_check (project, "4.6.2", AS_OF, &result));
  g_assert_cmpint (result.result, ==, TRELLIS_CHECK_UNKNOWN);
  g_assert_cmpint (result.source, ==, TRELLIS_EXCELLENCE_ANSWERED);
  g_assert_cmpstr (result.reason, ==, "English pages in December");
}

static void
test_computed_and_answered (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Both");
  g_auto(TrellisExcellenceResult) result = { 0, };

  /* Without data the manager's answer counts … */
  trellis_excellence_set_answer (project, "2.1", TRELLIS_CHECK_MET, "Agency contract since 2019");
  g_assert_true (trellis_excellence_check (project, "2.1", AS_OF, &result));
  g_assert_cmpint (result.result, ==, TRELLIS_CHECK_MET);
  g_assert_cmpint (result.source, ==, TRELLIS_EXCELLENCE_ANSWERED);
  g_assert_cmpint (result.computed, ==, TRELLIS_CHECK_UNKNOWN);
  g_assert_nonnull (strstr (result.computed_reason, "not recorded"));
  g_assert_cmpstr (result.reason, ==, "Agency contract since 2019");
  trellis_excellence_result_clear (&result);

  /* … once the data decides, the computed result counts and the answer stays beside it. */
  set_management_start (project, "2026-06-01");
  g_assert_true (trellis_excellence_check (project, "2.1", AS_OF, &result));
  g_assert_cmpint (result.result, ==, TRELLIS_CHECK_NOT_MET);
  g_assert_cmpint (result.source, ==, TRELLIS_EXCELLENCE_COMPUTED);
  g_assert_cmpstr (result.reason, ==, result.computed_reason);
  g_assert_nonnull (result.answer);
  g_assert_cmpint (trellis_self_check_get_result (result.answer), ==, TRELLIS_CHECK_MET);
}

static void
test_sample (void)
{
  g_autoptr(TrellisProject) project = trellis_test_load_sample ();
  TrellisExcellenceSummary summary;
  g_auto(TrellisExcellenceResult) result = { 0, };

  g_assert_cmpint (check (project, "1.1.0", "1 of 10 participants"), ==, TRELLIS_CHECK_MET);
  g_assert_cmpint (check (project, "1.1.1", "6 of 9 committed members are businesses"), ==, TRELLIS_CHECK_MET);
  g_assert_cmpint (check (project, "2.1", "two years old on 2028-06-01"), ==, TRELLIS_CHECK_NOT_MET);
  g_assert_cmpint (check (project, "2.2.2", "twelve years"), ==, TRELLIS_CHECK_MET);
  g_assert_cmpint (check (project, "2.5", "Not answered yet"), ==, TRELLIS_CHECK_UNKNOWN);
  g_assert_cmpint (check (project, "4.1.2", "7 TOWS strategies and 5 goals"), ==, TRELLIS_CHECK_MET);
  g_assert_cmpint (check (project, "4.1.3", "no target value"), ==, TRELLIS_CHECK_NOT_MET);
  g_assert_cmpint (check (project, "4.1.5", "2026-10-08"), ==, TRELLIS_CHECK_MET);
  g_assert_cmpint (check (project, "4.1.6", "2026-11-15"), ==, TRELLIS_CHECK_MET);
  g_assert_cmpint (check (project, "4.3", "Services in 6 fields"), ==, TRELLIS_CHECK_MET);
  g_assert_cmpint (check (project, "4.4", "No indicator"), ==, TRELLIS_CHECK_UNKNOWN);
  g_assert_cmpint (check (project, "4.6.2", "English section"), ==, TRELLIS_CHECK_NOT_MET);

  /* The manager's answer to 4.1.3 is kept beside the computed result. */
  g_assert_true (trellis_excellence_check (project, "4.1.3", AS_OF, &result));
  g_assert_cmpint (result.source, ==, TRELLIS_EXCELLENCE_COMPUTED);
  g_assert_nonnull (result.answer);
  g_assert_nonnull (strstr (trellis_self_check_get_evidence (result.answer), "January"));

  /* Met: 1.1.0 1.1.1 2.2.2 2.7 4.1.1 4.1.2 4.1.5 4.1.6 4.3; not met: 2.1 4.1.3 4.6.2. */
  trellis_excellence_summarize (project, AS_OF, &summary);
  g_assert_cmpuint (summary.n_met, ==, 9);
  g_assert_cmpuint (summary.n_not_met, ==, 3);
  g_assert_cmpuint (summary.n_unknown, ==, 4);

  /* Two years on, the management is old enough and last year's targets are due. */
  g_assert_cmpint (check_on (project, "2.1", "2028-06-01", NULL), ==, TRELLIS_CHECK_MET);
  g_assert_cmpint (check_on (project, "4.4", "2028-01-31", "of 5 targets"), ==, TRELLIS_CHECK_NOT_MET);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/excellence/table", test_table);
  g_test_add_func ("/core/excellence/composition", test_composition);
  g_test_add_func ("/core/excellence/management-age", test_management_age);
  g_test_add_func ("/core/excellence/strategy", test_strategy);
  g_test_add_func ("/core/excellence/plan", test_plan);
  g_test_add_func ("/core/excellence/reviews", test_reviews);
  g_test_add_func ("/core/excellence/monitoring", test_monitoring);
  g_test_add_func ("/core/excellence/services", test_services);
  g_test_add_func ("/core/excellence/targets", test_targets);
  g_test_add_func ("/core/excellence/manual", test_manual);
  g_test_add_func ("/core/excellence/computed-and-answered", test_computed_and_answered);
  g_test_add_func ("/core/excellence/sample", test_sample);

  return g_test_run ();
}
