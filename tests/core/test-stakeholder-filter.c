/* test-stakeholder-filter.c: the rules of the stakeholder register,
 * paths /core/stakeholder-filter/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "trellis.h"
#include "trellis-test-utils.h"

/* Helpers */

static TrellisStakeholder *
new_actor (const char      *name,
           TrellisHelix     helix,
           TrellisAttitude  attitude,
           TrellisLevel     influence)
{
  TrellisStakeholder *actor = trellis_stakeholder_new (name);

  trellis_stakeholder_set_helix (actor, helix);
  trellis_stakeholder_set_attitude (actor, attitude);
  trellis_stakeholder_set_influence (actor, influence);
  return actor;
}

static void
add_actor (TrellisProject     *project,
           TrellisStakeholder *actor)
{
  trellis_project_add_item (project, actor);
  g_object_unref (actor);
}

static TrellisProject *
build_register (void)
{
  TrellisProject *project = trellis_project_new ("Register");
  TrellisStakeholder *muller, *ecole, *trade;

  muller = new_actor ("Müller Kunststoffe", TRELLIS_HELIX_BUSINESS, TRELLIS_ATTITUDE_POSITIVE, TRELLIS_LEVEL_HIGH);
  trellis_stakeholder_set_organisation (muller, "Müller GmbH");
  trellis_stakeholder_set_internal (muller, TRUE);
  trellis_stakeholder_set_committed (muller, TRUE);
  add_actor (project, muller);
  ecole = new_actor ("École des Plastiques", TRELLIS_HELIX_RESEARCH, TRELLIS_ATTITUDE_NEUTRAL, TRELLIS_LEVEL_LOW);
  trellis_stakeholder_set_description (ecole, "Trains moulders");
  add_actor (project, ecole);
  trade = new_actor ("Trade Association", TRELLIS_HELIX_INTERMEDIARY, TRELLIS_ATTITUDE_CRITICAL, TRELLIS_LEVEL_HIGH);
  trellis_stakeholder_set_measure (trade, "Invite to the steering group");
  trellis_stakeholder_set_contact (trade, "R. Baumgartner");
  add_actor (project, trade);
  add_actor (project, new_actor ("Ministry of Economy", TRELLIS_HELIX_GOVERNMENT, TRELLIS_ATTITUDE_POSITIVE,
                                 TRELLIS_LEVEL_HIGH));
  return project;
}

static char *
matching_names (TrellisProject                 *project,
                const TrellisStakeholderFilter *filter)
{
  GListModel *model = trellis_project_get_items (project, TRELLIS_TYPE_STAKEHOLDER);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(TrellisStakeholder) stakeholder = g_list_model_get_item (model, i);

      if (!trellis_stakeholder_filter_matches (filter, stakeholder))
        continue;
      if (names->len > 0)
        g_string_append (names, "; ");
      g_string_append (names, trellis_stakeholder_get_name (stakeholder));
    }

  return g_string_free (g_steal_pointer (&names), FALSE);
}

#define assert_matches(project, filter, expected) \
  G_STMT_START { \
    g_autofree char *names__ = matching_names (project, filter); \
    g_assert_cmpstr (names__, ==, expected); \
  } G_STMT_END

/* Tests */

static void
test_fold (void)
{
  g_autofree char *a = trellis_stakeholder_filter_fold ("École MÜLLER");
  g_autofree char *b = trellis_stakeholder_filter_fold (NULL);

  g_assert_cmpstr (a, ==, "ecole muller");
  g_assert_cmpstr (b, ==, "");
}

static void
test_search (void)
{
  g_autoptr(TrellisProject) project = build_register ();
  g_autoptr(TrellisStakeholderFilter) filter = trellis_stakeholder_filter_new ();

  g_assert_true (trellis_stakeholder_filter_is_empty (filter));
  assert_matches (project, filter,
                  "Müller Kunststoffe; École des Plastiques; Trade Association; Ministry of Economy");

  /* Case and accents do not matter, either way round. */
  trellis_stakeholder_filter_set_search (filter, "muller");
  assert_matches (project, filter, "Müller Kunststoffe");
  trellis_stakeholder_filter_set_search (filter, "ECOLE");
  assert_matches (project, filter, "École des Plastiques");
  trellis_stakeholder_filter_set_search (filter, "éCoNoMy");
  assert_matches (project, filter, "Ministry of Economy");
  g_assert_false (trellis_stakeholder_filter_is_empty (filter));

  /* Every searchable field counts: organisation, description, measure, contact. */
  trellis_stakeholder_filter_set_search (filter, "gmbh");
  assert_matches (project, filter, "Müller Kunststoffe");
  trellis_stakeholder_filter_set_search (filter, "moulders");
  assert_matches (project, filter, "École des Plastiques");
  trellis_stakeholder_filter_set_search (filter, "steering");
  assert_matches (project, filter, "Trade Association");
  trellis_stakeholder_filter_set_search (filter, "baumgartner");
  assert_matches (project, filter, "Trade Association");

  /* All words must occur, in any field, but a word never spans two fields. */
  trellis_stakeholder_filter_set_search (filter, "  trade   baumgartner ");
  assert_matches (project, filter, "Trade Association");
  trellis_stakeholder_filter_set_search (filter, "trade müller");
  assert_matches (project, filter, "");
  trellis_stakeholder_filter_set_search (filter, "kunststoffe müller");
  assert_matches (project, filter, "Müller Kunststoffe");
  trellis_stakeholder_filter_set_search (filter, "gmbhtrade");
  assert_matches (project, filter, "");

  /* Helix, attitude and the other enumerations are not searched as text. */
  trellis_stakeholder_filter_set_search (filter, "critical");
  assert_matches (project, filter, "");
  trellis_stakeholder_filter_set_search (filter, "   ");
  g_assert_true (trellis_stakeholder_filter_is_empty (filter));
}

static void
test_restrictions (void)
{
  g_autoptr(TrellisProject) project = build_register ();
  g_autoptr(TrellisStakeholderFilter) filter = trellis_stakeholder_filter_new ();
  g_autoptr(TrellisStakeholderFilter) copy = NULL;

  trellis_stakeholder_filter_set_restriction (filter, TRELLIS_STAKEHOLDER_FIELD_HELIX, TRELLIS_HELIX_RESEARCH);
  g_assert_true (trellis_stakeholder_filter_is_restricted (filter));
  assert_matches (project, filter, "École des Plastiques");
  trellis_stakeholder_filter_set_restriction (filter, TRELLIS_STAKEHOLDER_FIELD_HELIX, -1);
  g_assert_false (trellis_stakeholder_filter_is_restricted (filter));

  trellis_stakeholder_filter_set_restriction (filter, TRELLIS_STAKEHOLDER_FIELD_ATTITUDE, TRELLIS_ATTITUDE_POSITIVE);
  assert_matches (project, filter, "Müller Kunststoffe; Ministry of Economy");
  trellis_stakeholder_filter_set_restriction (filter, TRELLIS_STAKEHOLDER_FIELD_ATTITUDE, -1);

  trellis_stakeholder_filter_set_restriction (filter, TRELLIS_STAKEHOLDER_FIELD_INFLUENCE, TRELLIS_LEVEL_HIGH);
  assert_matches (project, filter, "Müller Kunststoffe; Trade Association; Ministry of Economy");
  trellis_stakeholder_filter_set_restriction (filter, TRELLIS_STAKEHOLDER_FIELD_INFLUENCE, -1);

  trellis_stakeholder_filter_set_restriction (filter, TRELLIS_STAKEHOLDER_FIELD_INTERNAL, TRUE);
  assert_matches (project, filter, "Müller Kunststoffe");
  trellis_stakeholder_filter_set_restriction (filter, TRELLIS_STAKEHOLDER_FIELD_INTERNAL, FALSE);
  assert_matches (project, filter, "École des Plastiques; Trade Association; Ministry of Economy");
  trellis_stakeholder_filter_set_restriction (filter, TRELLIS_STAKEHOLDER_FIELD_INTERNAL, -1);

  trellis_stakeholder_filter_set_restriction (filter, TRELLIS_STAKEHOLDER_FIELD_COMMITTED, TRUE);
  assert_matches (project, filter, "Müller Kunststoffe");
  trellis_stakeholder_filter_set_restriction (filter, TRELLIS_STAKEHOLDER_FIELD_COMMITTED, -1);
  g_assert_true (trellis_stakeholder_filter_is_empty (filter));

  /* Restrictions combine with each other and with the search. */
  trellis_stakeholder_filter_set_restriction (filter, TRELLIS_STAKEHOLDER_FIELD_INFLUENCE, TRELLIS_LEVEL_HIGH);
  trellis_stakeholder_filter_set_restriction (filter, TRELLIS_STAKEHOLDER_FIELD_INTERNAL, FALSE);
  assert_matches (project, filter, "Trade Association; Ministry of Economy");
  trellis_stakeholder_filter_set_restriction (filter, TRELLIS_STAKEHOLDER_FIELD_ATTITUDE, TRELLIS_ATTITUDE_CRITICAL);
  assert_matches (project, filter, "Trade Association");
  trellis_stakeholder_filter_set_search (filter, "ministry");
  assert_matches (project, filter, "");
  trellis_stakeholder_filter_set_restriction (filter, TRELLIS_STAKEHOLDER_FIELD_ATTITUDE, -1);
  assert_matches (project, filter, "Ministry of Economy");

  /* A copy is independent; clearing lets everyone through. */
  copy = trellis_stakeholder_filter_copy (filter);
  trellis_stakeholder_filter_clear (filter);
  g_assert_true (trellis_stakeholder_filter_is_empty (filter));
  g_assert_cmpstr (trellis_stakeholder_filter_get_search (copy), ==, "ministry");
  g_assert_cmpint (trellis_stakeholder_filter_get_restriction (copy, TRELLIS_STAKEHOLDER_FIELD_INFLUENCE), ==, TRELLIS_LEVEL_HIGH);
  g_assert_cmpint (trellis_stakeholder_filter_get_restriction (filter, TRELLIS_STAKEHOLDER_FIELD_INFLUENCE), ==, -1);
  assert_matches (project, copy, "Ministry of Economy");
}

static void
test_compare (void)
{
  g_autoptr(TrellisProject) project = build_register ();
  GListModel *model = trellis_project_get_items (project, TRELLIS_TYPE_STAKEHOLDER);
  g_autoptr(TrellisStakeholder) muller = g_list_model_get_item (model, 0);
  g_autoptr(TrellisStakeholder) ecole = g_list_model_get_item (model, 1);
  g_autoptr(TrellisStakeholder) trade = g_list_model_get_item (model, 2);
  g_autoptr(TrellisStakeholder) ministry = g_list_model_get_item (model, 3);

  /* Accents do not move “École” after “Trade”. */
  g_assert_cmpint (trellis_stakeholder_compare (ecole, trade, TRELLIS_STAKEHOLDER_FIELD_NAME), <, 0);
  g_assert_cmpint (trellis_stakeholder_compare (ministry, muller, TRELLIS_STAKEHOLDER_FIELD_NAME), <, 0);
  g_assert_cmpint (trellis_stakeholder_compare (muller, muller, TRELLIS_STAKEHOLDER_FIELD_NAME), ==, 0);
  /* Empty texts go last. */
  g_assert_cmpint (trellis_stakeholder_compare (muller, trade, TRELLIS_STAKEHOLDER_FIELD_ORGANISATION), <, 0);
  g_assert_cmpint (trellis_stakeholder_compare (trade, muller, TRELLIS_STAKEHOLDER_FIELD_ORGANISATION), >, 0);
  /* Positive, neutral, critical. */
  g_assert_cmpint (trellis_stakeholder_compare (muller, ecole, TRELLIS_STAKEHOLDER_FIELD_ATTITUDE), <, 0);
  g_assert_cmpint (trellis_stakeholder_compare (ecole, trade, TRELLIS_STAKEHOLDER_FIELD_ATTITUDE), <, 0);
  /* Low before high; no before yes. */
  g_assert_cmpint (trellis_stakeholder_compare (ecole, trade, TRELLIS_STAKEHOLDER_FIELD_INFLUENCE), <, 0);
  g_assert_cmpint (trellis_stakeholder_compare (ecole, muller, TRELLIS_STAKEHOLDER_FIELD_COMMITTED), <, 0);

  /* Critics with high influence are flagged. */
  g_assert_true (trellis_stakeholder_needs_attention (trade));
  g_assert_false (trellis_stakeholder_needs_attention (ministry));
  g_assert_false (trellis_stakeholder_needs_attention (ecole));
}

static void
test_add_delete_undo (void)
{
  g_autoptr(TrellisProject) project = build_register ();
  TrellisHistory *history = trellis_project_get_history (project);
  GListModel *model = trellis_project_get_items (project, TRELLIS_TYPE_STAKEHOLDER);
  g_autoptr(TrellisStakeholderFilter) filter = trellis_stakeholder_filter_new ();
  TrellisStakeholder *first, *second;
  g_autofree char *uuid = NULL;
  guint n_undo = trellis_history_get_n_undo (history);

  first = trellis_project_add_stakeholder (project, NULL, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 5);
  g_assert_cmpuint (trellis_history_get_n_undo (history), ==, n_undo + 1);
  g_assert_cmpstr (trellis_history_get_undo_label (history), ==, "Add Stakeholder");
  g_assert_cmpstr (trellis_stakeholder_get_name (first), ==, "New stakeholder");
  g_assert_cmpint (trellis_stakeholder_get_attitude (first), ==, TRELLIS_ATTITUDE_NEUTRAL);
  g_assert_cmpint (trellis_stakeholder_get_influence (first), ==, TRELLIS_LEVEL_MEDIUM);
  g_assert_false (trellis_stakeholder_get_internal (first));

  /* A second one gets its own name, and the filter's restrictions, so it shows. */
  trellis_stakeholder_filter_set_restriction (filter, TRELLIS_STAKEHOLDER_FIELD_HELIX, TRELLIS_HELIX_GOVERNMENT);
  trellis_stakeholder_filter_set_restriction (filter, TRELLIS_STAKEHOLDER_FIELD_INTERNAL, TRUE);
  second = trellis_project_add_stakeholder (project, NULL, filter);
  g_assert_cmpstr (trellis_stakeholder_get_name (second), ==, "New stakeholder 2");
  g_assert_cmpint (trellis_stakeholder_get_helix (second), ==, TRELLIS_HELIX_GOVERNMENT);
  g_assert_true (trellis_stakeholder_get_internal (second));
  g_assert_true (trellis_stakeholder_filter_matches (filter, second));
  g_assert_cmpuint (trellis_history_get_n_undo (history), ==, n_undo + 2);

  /* Delete, then undo: the same stakeholder, with the same UUID, at the same place. */
  uuid = g_strdup (trellis_item_get_uuid (TRELLIS_ITEM (first)));
  g_object_ref (first);
  trellis_project_remove_item (project, first);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 5);
  g_assert_null (trellis_project_lookup (project, uuid));
  g_assert_true (trellis_history_undo (history));
  g_assert_true (trellis_project_lookup (project, uuid) == TRELLIS_ITEM (first));
  {
    g_autoptr(TrellisStakeholder) at_4 = g_list_model_get_item (model, 4);
    g_assert_true (at_4 == first);
  }
  g_object_unref (first);

  /* Undoing an add removes it in one step. */
  g_assert_true (trellis_history_undo (history));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 5);
  g_assert_true (trellis_history_undo (history));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 4);
  g_assert_cmpuint (trellis_history_get_n_undo (history), ==, n_undo);
  g_assert_true (trellis_history_redo (history));
  g_assert_true (trellis_project_lookup (project, uuid) != NULL);
}

static void
test_referrers (void)
{
  g_autoptr(TrellisProject) project = build_register ();
  TrellisHistory *history = trellis_project_get_history (project);
  GListModel *model = trellis_project_get_items (project, TRELLIS_TYPE_STAKEHOLDER);
  g_autoptr(TrellisStakeholder) owner = g_list_model_get_item (model, 0);
  g_autoptr(TrellisStakeholder) idle = g_list_model_get_item (model, 1);
  const char *uuid = trellis_item_get_uuid (TRELLIS_ITEM (owner));
  g_autofree char *text = NULL;
  g_autofree char *many = NULL;
  TrellisAction *actions[5];
  TrellisGoal *goal;

  g_assert_null (trellis_stakeholder_describe_referrers (project, owner));

  actions[0] = trellis_action_new ("Kick-off meeting");
  actions[1] = trellis_action_new ("Recycling pilot");
  for (guint i = 0; i < 2; i++)
    {
      trellis_action_set_owner_uuid (actions[i], uuid);
      trellis_project_add_item (project, actions[i]);
      g_object_unref (actions[i]);
    }
  text = trellis_stakeholder_describe_referrers (project, owner);
  g_assert_cmpstr (text, ==, "Owns 2 actions: “Kick-off meeting”, “Recycling pilot”.");
  g_assert_null (trellis_stakeholder_describe_referrers (project, idle));

  /* Other items are named apart from the actions; long lists are cut. */
  goal = trellis_goal_new ("More recycled material");
  trellis_goal_set_sources_uuids (goal, (const char *[]) { uuid, NULL });
  trellis_project_add_item (project, goal);
  g_object_unref (goal);
  for (guint i = 2; i < 5; i++)
    {
      g_autofree char *title = g_strdup_printf ("Action %u", i);

      actions[i] = trellis_action_new (title);
      trellis_action_set_owner_uuid (actions[i], uuid);
      trellis_project_add_item (project, actions[i]);
      g_object_unref (actions[i]);
    }
  many = trellis_stakeholder_describe_referrers (project, owner);
  g_assert_cmpstr (many, ==,
                   "Owns 5 actions: “Kick-off meeting”, “Recycling pilot”, “Action 2” and 2 more.\n"
                   "Referred to by 1 other item: “More recycled material”.");

  /* Deleting clears the owners; undo puts them back. */
  trellis_project_remove_item (project, owner);
  for (guint i = 0; i < 5; i++)
    g_assert_null (trellis_action_get_owner_uuid (actions[i]));
  g_assert_null (trellis_goal_get_sources_uuids (goal));
  g_assert_true (trellis_history_undo (history));
  for (guint i = 0; i < 5; i++)
    g_assert_cmpstr (trellis_action_get_owner_uuid (actions[i]), ==, uuid);
  g_assert_cmpstr (trellis_goal_get_sources_uuids (goal)[0], ==, uuid);
}

static void
test_uuid_saved (void)
{
  g_autoptr(TrellisProject) project = build_register ();
  g_autofree char *tmpdir = trellis_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (tmpdir, "register.trellis", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(TrellisProject) loaded = NULL;
  g_autoptr(GError) error = NULL;
  TrellisStakeholder *added = trellis_project_add_stakeholder (project, "Savings Bank", NULL);
  TrellisAction *action = trellis_action_new ("Sponsorship talk");
  g_autofree char *uuid = g_strdup (trellis_item_get_uuid (TRELLIS_ITEM (added)));
  TrellisItem *found;
  TrellisItem *found_action;
  GListModel *actions;

  trellis_action_set_owner_uuid (action, uuid);
  trellis_project_add_item (project, action);
  g_object_unref (action);

  g_assert_true (trellis_project_save (project, file, &error));
  g_assert_no_error (error);
  loaded = trellis_project_load (file, &error);
  g_assert_no_error (error);

  found = trellis_project_lookup (loaded, uuid);
  g_assert_true (TRELLIS_IS_STAKEHOLDER (found));
  g_assert_cmpstr (trellis_stakeholder_get_name (TRELLIS_STAKEHOLDER (found)), ==, "Savings Bank");
  actions = trellis_project_get_items (loaded, TRELLIS_TYPE_ACTION);
  found_action = g_list_model_get_item (actions, 0);
  g_assert_cmpstr (trellis_action_get_owner_uuid (TRELLIS_ACTION (found_action)), ==, uuid);
  g_object_unref (found_action);
  {
    g_autofree char *text = trellis_stakeholder_describe_referrers (loaded, TRELLIS_STAKEHOLDER (found));
    g_assert_cmpstr (text, ==, "Owns 1 action: “Sponsorship talk”.");
  }
  g_assert_true (trellis_project_equal (project, loaded));

  trellis_test_remove_tree (tmpdir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/stakeholder-filter/fold", test_fold);
  g_test_add_func ("/core/stakeholder-filter/search", test_search);
  g_test_add_func ("/core/stakeholder-filter/restrictions", test_restrictions);
  g_test_add_func ("/core/stakeholder-filter/compare", test_compare);
  g_test_add_func ("/core/stakeholder-filter/add-delete-undo", test_add_delete_undo);
  g_test_add_func ("/core/stakeholder-filter/referrers", test_referrers);
  g_test_add_func ("/core/stakeholder-filter/uuid-saved", test_uuid_saved);

  return g_test_run ();
}
