/* test-item-accessors.c: the generated typed getters and setters
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "trellis-test-utils.h"

/* Every generated accessor reaches its field by index: the index must still
 * name the field it was generated for, with the value type it expects. */
static void
test_indices_match_fields (void)
{
  guint n_types, n_checked = 0;

  trellis_project_get_item_types (&n_types);
  for (const TrellisAccessorField *entry = _trellis_item_accessor_fields; entry->type_name; entry++)
    {
      GType type = g_type_from_name (entry->type_name);
      g_autoptr(GTypeClass) klass = NULL;
      const TrellisField *field;

      g_assert_true (g_type_is_a (type, TRELLIS_TYPE_ITEM));
      klass = g_type_class_ref (type);
      field = trellis_item_class_get_field (TRELLIS_ITEM_CLASS (klass), entry->index);
      g_assert_cmpstr (field->pspec->name, ==, entry->field);
      n_checked++;
    }
  /* The action alone has 16 fields; all types together well over 100. */
  g_assert_cmpuint (n_checked, >, 100);
}

static void
test_dates_are_days (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Plastics");
  TrellisHistory *history = trellis_project_get_history (project);
  TrellisAction *action = trellis_action_new ("Export fair");
  TrellisDay due = trellis_date_parse ("2026-06-30");

  trellis_project_add_item (project, TRELLIS_ITEM (action));
  g_object_unref (action);
  g_assert_cmpuint (trellis_action_get_due (action), ==, TRELLIS_DAY_NONE);

  trellis_action_set_due (action, due);
  g_assert_cmpuint (trellis_action_get_due (action), ==, due);
  g_assert_cmpuint (trellis_action_get_due (action) - trellis_date_parse ("2026-06-01"), ==, 29);

  /* One undoable edit, and setting the same day again records nothing. */
  trellis_action_set_due (action, due);
  g_assert_true (trellis_history_undo (history));
  g_assert_cmpuint (trellis_action_get_due (action), ==, TRELLIS_DAY_NONE);
  g_assert_true (trellis_history_redo (history));
  g_assert_cmpuint (trellis_action_get_due (action), ==, due);

  trellis_action_set_due (action, TRELLIS_DAY_NONE);
  g_assert_cmpuint (trellis_action_get_due (action), ==, TRELLIS_DAY_NONE);
}

static void
test_references_resolve (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Plastics");
  TrellisGoal *goal = trellis_goal_new ("More exporters");
  TrellisAction *first = trellis_action_new ("Market study");
  TrellisAction *second = trellis_action_new ("Export fair");
  TrellisStakeholder *chamber = trellis_stakeholder_new ("Chamber of commerce");
  const char *uuids[3] = { NULL, NULL, NULL };
  g_autoptr(GPtrArray) depends = NULL;

  trellis_project_add_item (project, TRELLIS_ITEM (goal));
  trellis_project_add_item (project, TRELLIS_ITEM (first));
  trellis_project_add_item (project, TRELLIS_ITEM (second));
  trellis_project_add_item (project, TRELLIS_ITEM (chamber));
  g_object_unref (goal);
  g_object_unref (first);
  g_object_unref (second);
  g_object_unref (chamber);

  g_assert_null (trellis_action_get_goal (second));
  trellis_action_set_goal (second, goal);
  g_assert_true (trellis_action_get_goal (second) == goal);
  g_assert_cmpstr (trellis_action_get_goal_uuid (second), ==, trellis_item_get_uuid (TRELLIS_ITEM (goal)));

  /* A reference to an item of another type does not resolve. */
  trellis_action_set_goal_uuid (second, trellis_item_get_uuid (TRELLIS_ITEM (chamber)));
  g_assert_null (trellis_action_get_goal (second));
  trellis_action_set_goal (second, NULL);
  g_assert_null (trellis_action_get_goal_uuid (second));

  uuids[0] = trellis_item_get_uuid (TRELLIS_ITEM (first));
  uuids[1] = "00000000-0000-4000-8000-000000000000";  /* unknown: skipped */
  trellis_action_set_depends_on_uuids (second, uuids);
  g_assert_cmpuint (g_strv_length ((char **) trellis_action_get_depends_on_uuids (second)), ==, 2);
  depends = trellis_action_list_depends_on (second);
  g_assert_cmpuint (depends->len, ==, 1);
  g_assert_true (g_ptr_array_index (depends, 0) == first);

  /* And back: the items whose reference names a target. */
  {
    g_autoptr(GPtrArray) waiting = trellis_action_list_by_depends_on (project, first);
    g_autoptr(GPtrArray) unset = NULL;

    g_assert_cmpuint (waiting->len, ==, 1);
    g_assert_true (g_ptr_array_index (waiting, 0) == second);
    trellis_action_set_goal (first, goal);
    g_clear_pointer (&waiting, g_ptr_array_unref);
    waiting = trellis_action_list_by_goal (project, goal);
    g_assert_cmpuint (waiting->len, ==, 1);
    g_assert_true (g_ptr_array_index (waiting, 0) == first);
    unset = trellis_action_list_by_goal (project, NULL);
    g_assert_cmpuint (unset->len, ==, 1);
    g_assert_true (g_ptr_array_index (unset, 0) == second);
  }

  /* Outside a project nothing resolves, the UUID stays. */
  {
    g_autoptr(TrellisAction) loose = trellis_action_new ("Loose");

    trellis_action_set_goal_uuid (loose, trellis_item_get_uuid (TRELLIS_ITEM (goal)));
    g_assert_null (trellis_action_get_goal (loose));
    g_assert_nonnull (trellis_action_get_goal_uuid (loose));
  }
}

static void
test_numbers_enums_texts (void)
{
  g_autoptr(TrellisAction) action = trellis_action_new ("Export fair");
  g_autoptr(TrellisTowsStrategy) strategy = g_object_new (TRELLIS_TYPE_TOWS_STRATEGY, NULL);

  g_assert_cmpstr (trellis_action_get_title (action), ==, "Export fair");
  trellis_action_set_title (action, "Trade fair");
  g_assert_cmpstr (trellis_action_get_title (action), ==, "Trade fair");

  g_assert_false (trellis_double_is_set (trellis_action_get_budget_planned (action)));
  trellis_action_set_budget_planned (action, 48000);
  g_assert_cmpfloat (trellis_action_get_budget_planned (action), ==, 48000);
  trellis_action_set_budget_planned (action, NAN);
  g_assert_false (trellis_double_is_set (trellis_action_get_budget_planned (action)));

  trellis_action_set_status (action, TRELLIS_STATUS_ON_HOLD);
  g_assert_cmpint (trellis_action_get_status (action), ==, TRELLIS_STATUS_ON_HOLD);
  trellis_action_set_progress (action, 40);
  g_assert_cmpint (trellis_action_get_progress (action), ==, 40);
  trellis_action_set_quick_win (action, TRUE);
  g_assert_true (trellis_action_get_quick_win (action));

  /* "type" would clash with GObject's get_type (). */
  trellis_tows_strategy_set_tows_type (strategy, TRELLIS_TOWS_WO);
  g_assert_cmpint (trellis_tows_strategy_get_tows_type (strategy), ==, TRELLIS_TOWS_WO);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/item-accessors/indices", test_indices_match_fields);
  g_test_add_func ("/core/item-accessors/dates", test_dates_are_days);
  g_test_add_func ("/core/item-accessors/references", test_references_resolve);
  g_test_add_func ("/core/item-accessors/values", test_numbers_enums_texts);

  return g_test_run ();
}
