/* trellis-test-utils.c: shared helpers for the test suites
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "trellis-test-utils.h"

static const char *
uuid_of (gpointer item)
{
  return trellis_item_get_uuid (TRELLIS_ITEM (item));
}

static void
add (TrellisProject *project,
     gpointer        item)
{
  trellis_project_add_item (project, item);
  g_object_unref (item);
}

static void
fill_header (TrellisHeader *header)
{
  trellis_header_set_cluster (header, "Polymer Valley e.V.");
  trellis_header_set_region (header, "Upper Austria");
  trellis_header_set_sector (header, "Plastics");
  trellis_header_set_stage (header, TRELLIS_STAGE_ESTABLISHMENT);
  trellis_header_set_approach (header, TRELLIS_APPROACH_HYBRID);
  trellis_header_set_facilitator (header, "A. Facilitator");
  trellis_header_set_management_start (header, trellis_date_from_dmy (1, 3, 2024));
  trellis_header_set_website (header, "https://example.org");
  trellis_header_set_description (header, "Line one\nLine two with <markup> & entities");
}

static void
add_analysis (TrellisProject *project,
              TrellisGoal    *goal)
{
  TrellisKeyQuestion *question = trellis_key_question_new ("Who initiates?");
  TrellisSwotItem *strength = trellis_swot_item_new (TRELLIS_QUADRANT_STRENGTH, "Skilled workforce");
  TrellisSwotItem *threat = trellis_swot_item_new (TRELLIS_QUADRANT_THREAT, "Low-cost competition");
  TrellisTowsStrategy *strategy = trellis_tows_strategy_new (TRELLIS_TOWS_ST, "Use skills against price competition");

  trellis_key_question_set_answer (question, "The regional agency");
  trellis_key_question_set_done (question, TRUE);
  trellis_key_question_set_step (question, TRELLIS_STEP_ACTORS);
  add (project, question);
  trellis_swot_item_set_votes (strength, 7);
  trellis_swot_item_set_source_kind (strength, TRELLIS_SOURCE_VALUE_CHAIN);
  trellis_swot_item_set_source (strength, "operations");
  trellis_swot_item_set_note (strength, "Long note");
  trellis_swot_item_set_source_kind (threat, TRELLIS_SOURCE_DIAMOND);
  trellis_swot_item_set_source (threat, "factor-conditions");
  trellis_swot_item_set_score (threat, TRELLIS_SCORE_MINUS);
  trellis_tows_strategy_set_items_uuids (strategy, (const char * const[]) { uuid_of (strength), uuid_of (threat), NULL });
  trellis_tows_strategy_set_goal_uuid (strategy, uuid_of (goal));
  trellis_tows_strategy_set_description (strategy, "Focus on quality");
  trellis_goal_set_sources_uuids (goal, (const char * const[]) { uuid_of (strength), NULL });
  add (project, strength);
  add (project, threat);
  add (project, strategy);
}

static TrellisStakeholder *
add_firm (TrellisProject *project)
{
  TrellisStakeholder *firm = trellis_stakeholder_new ("Polymer Works Ltd");

  trellis_stakeholder_set_organisation (firm, "Polymer Works");
  trellis_stakeholder_set_helix (firm, TRELLIS_HELIX_BUSINESS);
  trellis_stakeholder_set_internal (firm, TRUE);
  trellis_stakeholder_set_attitude (firm, TRELLIS_ATTITUDE_POSITIVE);
  trellis_stakeholder_set_influence (firm, TRELLIS_LEVEL_HIGH);
  trellis_stakeholder_set_interest (firm, TRELLIS_LEVEL_HIGH);
  trellis_stakeholder_set_role (firm, TRELLIS_ROLE_DECISION_MAKING);
  trellis_stakeholder_set_champion (firm, TRELLIS_CHAMPION_BUSINESS);
  trellis_stakeholder_set_committed (firm, TRUE);
  trellis_stakeholder_set_contact (firm, "ceo@example.org");
  trellis_stakeholder_set_description (firm, "Largest member");
  trellis_stakeholder_set_measure (firm, "Invite to the steering group");
  add (project, firm);
  return firm;
}

static void
add_canvas (TrellisProject *project)
{
  TrellisCanvasVersion *version = trellis_canvas_version_new ("to-be");
  TrellisCanvasNote *note = trellis_canvas_note_new (TRELLIS_BOX_VALUE_PROPOSITIONS, "Access to shared labs");

  trellis_canvas_version_set_date (version, trellis_date_from_dmy (1, 1, 2027));
  add (project, version);
  trellis_canvas_note_set_color (note, "yellow");
  trellis_canvas_note_set_version_uuid (note, uuid_of (version));
  add (project, note);
}

static TrellisIndicator *
add_goal (TrellisProject *project,
          TrellisGoal    *goal)
{
  TrellisIndicator *indicator = trellis_indicator_new ("Joint projects");

  trellis_goal_set_area (goal, TRELLIS_AREA_INNOVATION);
  trellis_goal_set_description (goal, "Goal text");
  trellis_goal_set_need (goal, "Members lack R&D capacity");
  add (project, goal);
  trellis_indicator_set_goal_uuid (indicator, uuid_of (goal));
  trellis_indicator_set_unit (indicator, "projects");
  trellis_indicator_set_kind (indicator, TRELLIS_INDICATOR_OUTCOME);
  trellis_indicator_set_direction (indicator, TRELLIS_DIRECTION_HIGHER);
  trellis_indicator_set_baseline (indicator, 2.0);
  trellis_indicator_set_baseline_date (indicator, trellis_date_from_dmy (1, 1, 2026));
  trellis_indicator_set_target (indicator, 10.5);
  trellis_indicator_set_target_date (indicator, trellis_date_from_dmy (31, 12, 2028));
  add (project, indicator);
  add (project, trellis_measurement_new (indicator, trellis_date_from_dmy (30, 6, 2026), 4.25));
  return indicator;
}

/* Returns: (transfer none): the first action; @out_second: the second */
static TrellisAction *
add_actions (TrellisProject     *project,
             TrellisGoal        *goal,
             TrellisStakeholder *firm,
             TrellisAction     **out_second)
{
  TrellisAction *first = trellis_action_new ("Set up an innovation working group");
  TrellisAction *second = trellis_action_new ("Apply for regional R&D funding");

  trellis_action_set_goal_uuid (first, uuid_of (goal));
  trellis_action_set_owner_uuid (first, uuid_of (firm));
  trellis_action_set_start (first, trellis_date_from_dmy (15, 1, 2026));
  trellis_action_set_due (first, trellis_date_from_dmy (30, 6, 2026));
  trellis_action_set_status (first, TRELLIS_STATUS_IN_PROGRESS);
  trellis_action_set_progress (first, 40);
  trellis_action_set_budget_planned (first, 12000.0);
  trellis_action_set_budget_spent (first, 3500.5);
  trellis_action_set_currency (first, "EUR");
  trellis_action_set_quick_win (first, TRUE);
  trellis_action_set_area (first, TRELLIS_AREA_INNOVATION);
  trellis_action_set_deliverable (first, "Charter");
  add (project, first);
  trellis_action_set_owner_name (second, "External consultant");
  trellis_action_set_depends_on_uuids (second, (const char * const[]) { uuid_of (first), NULL });
  add (project, second);
  *out_second = second;
  return first;
}

static void
add_milestone_and_service (TrellisProject *project,
                           TrellisAction  *action,
                           TrellisGoal    *goal)
{
  TrellisMilestone *milestone = trellis_milestone_new ("Working group founded",
                                                       trellis_date_from_dmy (1, 3, 2026));
  TrellisService *service = g_object_new (TRELLIS_TYPE_SERVICE, NULL);

  trellis_milestone_set_reached (milestone, trellis_date_from_dmy (5, 3, 2026));
  trellis_milestone_set_action_uuid (milestone, uuid_of (action));
  trellis_milestone_set_goal_uuid (milestone, uuid_of (goal));
  trellis_milestone_set_note (milestone, "On time");
  add (project, milestone);
  trellis_service_set_name (service, "Matchmaking");
  trellis_service_set_area (service, TRELLIS_AREA_BUSINESS_OPPORTUNITIES);
  trellis_service_set_frequency (service, "monthly");
  trellis_service_set_effort (service, TRELLIS_LEVEL_LOW);
  trellis_service_set_appreciation (service, TRELLIS_LEVEL_HIGH);
  trellis_service_set_funding (service, TRELLIS_FUNDING_MEMBERSHIP);
  add (project, service);
}

static void
add_follow_up (TrellisProject   *project,
               TrellisAction    *delayed,
               TrellisIndicator *indicator)
{
  TrellisReview *review = trellis_review_new (trellis_date_from_dmy (1, 7, 2026));
  TrellisStatusOverride *override = trellis_status_override_new (uuid_of (delayed), TRELLIS_LIGHT_AMBER,
                                                                 "Funding call delayed");
  TrellisSnapshot *snapshot = trellis_snapshot_new (trellis_date_from_dmy (30, 9, 2026));
  TrellisSnapshotEntry *entry = trellis_snapshot_entry_new (uuid_of (snapshot), uuid_of (indicator));
  TrellisSelfCheck *check = g_object_new (TRELLIS_TYPE_SELF_CHECK, NULL);

  trellis_review_set_reviewer (review, "Steering group");
  trellis_review_set_note (review, "Plan confirmed");
  add (project, review);
  trellis_status_override_set_author (override, "Manager");
  trellis_status_override_set_date (override, trellis_date_from_dmy (1, 8, 2026));
  add (project, override);
  trellis_snapshot_set_title (snapshot, "Q3 board report");
  add (project, snapshot);
  trellis_snapshot_entry_set_label (entry, "Joint projects");
  trellis_snapshot_entry_set_light (entry, TRELLIS_LIGHT_GREEN);
  trellis_snapshot_entry_set_value (entry, 4.25);
  add (project, entry);
  trellis_self_check_set_requirement (check, "2.2.2");
  trellis_self_check_set_result (check, TRELLIS_CHECK_MET);
  trellis_self_check_set_evidence (check, "CVs on file");
  add (project, check);
}

static void
add_parking_item (TrellisProject *project,
                  TrellisAction  *became)
{
  TrellisParkingItem *item = trellis_parking_item_new (TRELLIS_PARKING_IDEA, "A shared <lab> & more");

  trellis_parking_item_set_created (item, trellis_date_from_dmy (2, 3, 2026));
  trellis_parking_item_set_became (item, TRELLIS_ITEM (became));
  add (project, item);
}

/* A small project in which every kind of item and every kind of field
 * (text, element text, enum, int, optional double, boolean, date,
 * reference, list of references) holds a value that is not the default. */
TrellisProject *
trellis_test_build_full_project (void)
{
  TrellisProject *project = trellis_project_new ("Test & <Cluster> “quoted”");
  TrellisGoal *goal = trellis_goal_new ("More joint R&D projects");
  TrellisStakeholder *firm;
  TrellisIndicator *indicator;
  TrellisAction *first, *second;

  fill_header (trellis_project_get_header (project));
  add_analysis (project, goal);
  firm = add_firm (project);
  add_canvas (project);
  indicator = add_goal (project, goal);
  first = add_actions (project, goal, firm, &second);
  add_milestone_and_service (project, first, goal);
  add_follow_up (project, second, indicator);
  add_parking_item (project, first);

  return project;
}

char *
trellis_test_make_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("trellis-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

char *
trellis_test_sample_path (void)
{
  const char *dir = g_getenv ("TRELLIS_SAMPLE_DIR");

  g_assert_nonnull (dir);
  return g_build_filename (dir, "plastics-cluster.trellis", NULL);
}

/**
 * trellis_test_load_sample:
 *
 * Loads the worked example (trellis_test_sample_path()), asserting that
 * it loads without an error.
 *
 * Returns: (transfer full): the project
 */
TrellisProject *
trellis_test_load_sample (void)
{
  g_autofree char *path = trellis_test_sample_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  TrellisProject *project = trellis_project_load (file, &error);

  g_assert_no_error (error);
  return project;
}

/**
 * trellis_test_add_stakeholder:
 * @first_property: the first of %NULL-terminated pairs of property names
 *   and values to set, as for g_object_set()
 *
 * Adds a new stakeholder named @name to @project.
 *
 * Returns: (transfer none): the stakeholder, which @project keeps
 */
TrellisStakeholder *
trellis_test_add_stakeholder (TrellisProject *project,
                              const char     *name,
                              const char     *first_property,
                              ...)
{
  TrellisStakeholder *stakeholder = trellis_stakeholder_new (name);
  va_list args;

  va_start (args, first_property);
  g_object_set_valist (G_OBJECT (stakeholder), first_property, args);
  va_end (args);
  trellis_project_add_item (project, stakeholder);
  g_object_unref (stakeholder);
  return stakeholder;
}

/**
 * trellis_test_find_stakeholder:
 *
 * Returns: (transfer none) (nullable): the first stakeholder of @project
 *   whose name is exactly @name
 */
TrellisStakeholder *
trellis_test_find_stakeholder (TrellisProject *project,
                               const char     *name)
{
  GListModel *model = trellis_project_get_items (project, TRELLIS_TYPE_STAKEHOLDER);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(TrellisStakeholder) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (trellis_stakeholder_get_name (item), name) == 0)
        return item;   /* @project keeps it */
    }

  return NULL;
}

/**
 * trellis_test_quadrant_texts:
 *
 * Returns: (transfer full): the texts of @quadrant's SWOT items in
 *   @project, in order, joined by "|"
 */
char *
trellis_test_quadrant_texts (TrellisProject  *project,
                             TrellisQuadrant  quadrant)
{
  g_autoptr(GPtrArray) items = trellis_swot_list_quadrant (project, quadrant);
  g_autoptr(GString) texts = g_string_new (NULL);

  for (guint i = 0; i < items->len; i++)
    {
      if (i > 0)
        g_string_append_c (texts, '|');
      g_string_append (texts, trellis_swot_item_get_text (items->pdata[i]));
    }

  return g_string_free (g_steal_pointer (&texts), FALSE);
}

char *
trellis_test_read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

/**
 * trellis_test_load_bytes:
 *
 * Returns: (transfer full): what @file holds, asserting that it could be read
 */
GBytes *
trellis_test_load_bytes (GFile *file)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = g_file_load_bytes (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return bytes;
}

/* Validates @path against data/trellis.rng with xmllint, as users' tools would. */
void
trellis_test_assert_valid_file (const char *path)
{
  const char *rng = g_getenv ("TRELLIS_RNG");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;
  const char *argv[] = { "xmllint", "--noout", "--relaxng", rng, path, NULL };

  g_assert_nonnull (rng);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s does not validate against %s:\n%s", path, rng, err);
}

static const char *words[] = {
  "polymer", "recycling", "injection", "moulding", "supplier", "automotive", "training",
  "export", "laboratory", "workshop", "members", "funding", "region", "quality", "digital",
  "network", "university", "prototype", "packaging", "energy", "logistics", "market",
};

static char *
random_text (GRand *rand,
             guint  n_words)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n_words; i++)
    g_string_append_printf (text, "%s%s", i ? " " : "",
                            words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
  return g_string_free (text, FALSE);
}

/* The draws come last to first, as the arguments of one call used to be
 * evaluated, so that the benchmarks' projects stay the same. */
static TrellisDay
random_date (GRand *rand)
{
  int day = g_rand_int_range (rand, 1, 29);
  int month = g_rand_int_range (rand, 1, 13);

  return trellis_date_from_dmy (day, month, g_rand_int_range (rand, 2025, 2029));
}

/* Draws the random values in the order the benchmarks' projects always
 * had: the dates, then the rest last to first (see random_date()). */
static void
fill_random_action (TrellisAction *action,
                    GRand         *rand,
                    const char    *description,
                    GPtrArray     *owners,
                    GPtrArray     *goals)
{
  TrellisDay start = random_date (rand);
  TrellisDay due = random_date (rand);
  const char *goal = g_ptr_array_index (goals, g_rand_int_range (rand, 0, goals->len));
  const char *owner = owners->len ? g_ptr_array_index (owners, g_rand_int_range (rand, 0, owners->len)) : NULL;
  double spent = g_rand_double_range (rand, 0, 50000);
  double planned = g_rand_int_range (rand, 0, 100000);
  int progress = g_rand_int_range (rand, 0, 101);
  int status = g_rand_int_range (rand, 0, 5);

  trellis_action_set_description (action, description);
  trellis_action_set_start (action, start);
  trellis_action_set_due (action, due);
  trellis_action_set_status (action, status);
  trellis_action_set_progress (action, progress);
  trellis_action_set_budget_planned (action, planned);
  trellis_action_set_budget_spent (action, spent);
  trellis_action_set_currency (action, "EUR");
  trellis_action_set_owner_uuid (action, owner);
  trellis_action_set_goal_uuid (action, goal);
}

/* A large, deterministic project for benchmarks: @n_notes are split
 * between SWOT items and canvas notes; every action has an owner, a goal
 * and a long description, like a plan after years of follow-up. */
TrellisProject *
trellis_test_build_large_project (guint n_actions,
                                  guint n_stakeholders,
                                  guint n_notes)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  TrellisProject *project = trellis_project_new ("Large benchmark project");
  g_autoptr(GPtrArray) owners = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) goals = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n_stakeholders; i++)
    {
      g_autofree char *name = random_text (rand, 2);
      g_autofree char *description = random_text (rand, 12);
      TrellisStakeholder *stakeholder = trellis_stakeholder_new (name);

      /* Last to first, as in random_date(). */
      trellis_stakeholder_set_committed (stakeholder, g_rand_boolean (rand));
      trellis_stakeholder_set_influence (stakeholder, g_rand_int_range (rand, 0, 3));
      trellis_stakeholder_set_attitude (stakeholder, g_rand_int_range (rand, 0, 3));
      trellis_stakeholder_set_helix (stakeholder, g_rand_int_range (rand, 0, 4));
      trellis_stakeholder_set_organisation (stakeholder, name);
      trellis_stakeholder_set_description (stakeholder, description);
      trellis_stakeholder_set_contact (stakeholder, "someone@example.org");
      g_ptr_array_add (owners, g_strdup (trellis_item_get_uuid (TRELLIS_ITEM (stakeholder))));
      add (project, stakeholder);
    }
  for (guint i = 0; i < MAX (1, n_actions / 50); i++)
    {
      g_autofree char *title = random_text (rand, 5);
      TrellisGoal *goal = trellis_goal_new (title);

      g_ptr_array_add (goals, g_strdup (uuid_of (goal)));
      add (project, goal);
    }
  for (guint i = 0; i < n_notes; i++)
    {
      g_autofree char *text = random_text (rand, 6);

      if (i % 2)
        add (project, trellis_swot_item_new (g_rand_int_range (rand, 0, 4), text));
      else
        add (project, trellis_canvas_note_new (g_rand_int_range (rand, 0, 10), text));
    }
  for (guint i = 0; i < n_actions; i++)
    {
      g_autofree char *title = random_text (rand, 6);
      g_autofree char *description = random_text (rand, 40);
      TrellisAction *action = trellis_action_new (title);

      fill_random_action (action, rand, description, owners, goals);
      add (project, action);
    }

  return project;
}

/**
 * trellis_test_isolate_user_data:
 * @tmpdir: a folder of the test's own
 *
 * Points XDG_DATA_HOME (recovery copies, the default registry) into
 * @tmpdir, before anything asks GLib for it.  Unlike
 * %G_TEST_OPTION_ISOLATE_DIRS this keeps XDG_DATA_DIRS, where GTK finds
 * the MIME database it needs to load its icons.
 */
void
trellis_test_isolate_user_data (const char *tmpdir)
{
  g_autofree char *data_home = g_build_filename (tmpdir, "data-home", NULL);

  g_assert_cmpint (g_mkdir_with_parents (data_home, 0700), ==, 0);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
}

/**
 * trellis_test_remove_tree:
 *
 * Deletes @path and, if it is a folder, everything under it.
 */
void
trellis_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      trellis_test_remove_tree (child);
    }
  g_remove (path);
}

/**
 * trellis_test_run_poppler:
 *
 * Returns: what a poppler tool (pdftotext, pdfinfo: poppler-utils, which
 *   build-aux/test installs) prints for a PDF; %NULL if it is not installed
 */
char *
trellis_test_run_poppler (const char *tool,
                          const char *pdf_path)
{
  g_autofree char *program = g_find_program_in_path (tool);
  const char *argv[] = { program, pdf_path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  if (program == NULL)
    return NULL;
  /* pdfinfo takes no output file */
  if (g_str_equal (tool, "pdfinfo"))
    argv[2] = NULL;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}
