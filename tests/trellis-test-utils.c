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

/* A small project in which every kind of item and every kind of field
 * (text, element text, enum, int, optional double, boolean, date,
 * reference, list of references) holds a value that is not the default. */
TrellisProject *
trellis_test_build_full_project (void)
{
  TrellisProject *project = trellis_project_new ("Test & <Cluster> “quoted”");
  TrellisHeader *header = trellis_project_get_header (project);
  TrellisSwotItem *strength = trellis_swot_item_new (TRELLIS_QUADRANT_STRENGTH, "Skilled workforce");
  TrellisSwotItem *threat = trellis_swot_item_new (TRELLIS_QUADRANT_THREAT, "Low-cost competition");
  TrellisStakeholder *firm = trellis_stakeholder_new ("Polymer Works Ltd");
  TrellisGoal *goal = trellis_goal_new ("More joint R&D projects");
  TrellisIndicator *indicator = trellis_indicator_new ("Joint projects");
  TrellisAction *first = trellis_action_new ("Set up an innovation working group");
  TrellisAction *second = trellis_action_new ("Apply for regional R&D funding");
  TrellisCanvasVersion *version = trellis_canvas_version_new ("to-be");
  TrellisSnapshot *snapshot = trellis_snapshot_new (trellis_date_parse ("2026-09-30"));

  g_object_set (header, "cluster", "Polymer Valley e.V.", "region", "Upper Austria",
                "sector", "Plastics", "stage", TRELLIS_STAGE_ESTABLISHMENT,
                "approach", TRELLIS_APPROACH_HYBRID, "facilitator", "A. Facilitator",
                "management-start", "2024-03-01", "website", "https://example.org",
                "description", "Line one\nLine two with <markup> & entities", NULL);

  add (project, g_object_new (TRELLIS_TYPE_KEY_QUESTION, "question", "Who initiates?",
                              "answer", "The regional agency", "done", TRUE,
                              "step", TRELLIS_STEP_ACTORS, NULL));
  g_object_set (strength, "votes", 7, "source-kind", TRELLIS_SOURCE_VALUE_CHAIN,
                "source", "operations", "note", "Long note", NULL);
  g_object_set (threat, "source-kind", TRELLIS_SOURCE_DIAMOND, "source", "factor-conditions",
                "score", TRELLIS_SCORE_MINUS, NULL);
  add (project, strength);
  add (project, threat);
  add (project, g_object_new (TRELLIS_TYPE_TOWS_STRATEGY, "type", TRELLIS_TOWS_ST,
                              "title", "Use skills against price competition",
                              "items", (const char * const[]) { uuid_of (strength), uuid_of (threat), NULL },
                              "goal", uuid_of (goal), "description", "Focus on quality", NULL));
  g_object_set (firm, "organisation", "Polymer Works", "helix", TRELLIS_HELIX_BUSINESS,
                "internal", TRUE, "attitude", TRELLIS_ATTITUDE_POSITIVE,
                "influence", TRELLIS_LEVEL_HIGH, "interest", TRELLIS_LEVEL_HIGH,
                "role", TRELLIS_ROLE_DECISION_MAKING, "champion", TRELLIS_CHAMPION_BUSINESS,
                "committed", TRUE, "contact", "ceo@example.org", "description", "Largest member",
                "measure", "Invite to the steering group", NULL);
  add (project, firm);
  g_object_set (version, "date", "2027-01-01", NULL);
  add (project, version);
  add (project, g_object_new (TRELLIS_TYPE_CANVAS_NOTE, "box", TRELLIS_BOX_VALUE_PROPOSITIONS,
                              "text", "Access to shared labs", "color", "yellow",
                              "version", uuid_of (version), NULL));
  g_object_set (goal, "area", TRELLIS_AREA_INNOVATION,
                "sources", (const char * const[]) { uuid_of (strength), NULL },
                "description", "Goal text", "need", "Members lack R&D capacity", NULL);
  add (project, goal);
  g_object_set (indicator, "goal", uuid_of (goal), "unit", "projects",
                "kind", TRELLIS_INDICATOR_OUTCOME, "direction", TRELLIS_DIRECTION_HIGHER,
                "baseline", 2.0, "baseline-date", "2026-01-01", "target", 10.5,
                "target-date", "2028-12-31", NULL);
  add (project, indicator);
  add (project, trellis_measurement_new (indicator, trellis_date_parse ("2026-06-30"), 4.25));
  g_object_set (first, "goal", uuid_of (goal), "owner", uuid_of (firm), "start", "2026-01-15",
                "due", "2026-06-30", "status", TRELLIS_STATUS_IN_PROGRESS, "progress", 40,
                "budget-planned", 12000.0, "budget-spent", 3500.5, "currency", "EUR",
                "quick-win", TRUE, "area", TRELLIS_AREA_INNOVATION, "deliverable", "Charter", NULL);
  add (project, first);
  g_object_set (second, "owner-name", "External consultant",
                "depends-on", (const char * const[]) { uuid_of (first), NULL }, NULL);
  add (project, second);
  add (project, g_object_new (TRELLIS_TYPE_MILESTONE, "title", "Working group founded",
                              "date", "2026-03-01", "reached", "2026-03-05",
                              "action", uuid_of (first), "goal", uuid_of (goal), "note", "On time",
                              NULL));
  add (project, g_object_new (TRELLIS_TYPE_SERVICE, "name", "Matchmaking", "area",
                              TRELLIS_AREA_BUSINESS_OPPORTUNITIES, "frequency", "monthly",
                              "effort", TRELLIS_LEVEL_LOW, "appreciation", TRELLIS_LEVEL_HIGH,
                              "funding", TRELLIS_FUNDING_MEMBERSHIP, NULL));
  add (project, g_object_new (TRELLIS_TYPE_REVIEW, "date", "2026-07-01", "reviewer", "Steering group",
                              "note", "Plan confirmed", NULL));
  add (project, g_object_new (TRELLIS_TYPE_STATUS_OVERRIDE, "target", uuid_of (second),
                              "light", TRELLIS_LIGHT_AMBER, "reason", "Funding call delayed",
                              "author", "Manager", "date", "2026-08-01", NULL));
  g_object_set (snapshot, "title", "Q3 board report", NULL);
  add (project, snapshot);
  add (project, g_object_new (TRELLIS_TYPE_SNAPSHOT_ENTRY, "snapshot", uuid_of (snapshot),
                              "target", uuid_of (indicator), "label", "Joint projects",
                              "light", TRELLIS_LIGHT_GREEN, "value", 4.25, NULL));
  add (project, g_object_new (TRELLIS_TYPE_SELF_CHECK, "requirement", "2.2.2",
                              "result", TRELLIS_CHECK_MET, "evidence", "CVs on file", NULL));

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
      g_autoptr(TrellisItem) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (trellis_item_get_string (item, "name"), name) == 0)
        return TRELLIS_STAKEHOLDER (item);   /* @project keeps it */
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
      g_string_append (texts, trellis_item_get_string (items->pdata[i], "text"));
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

static char *
random_date (GRand *rand)
{
  return g_strdup_printf ("%d-%02d-%02d", g_rand_int_range (rand, 2025, 2029),
                          g_rand_int_range (rand, 1, 13), g_rand_int_range (rand, 1, 29));
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

      g_object_set (stakeholder, "organisation", name, "helix", g_rand_int_range (rand, 0, 4),
                    "attitude", g_rand_int_range (rand, 0, 3), "influence", g_rand_int_range (rand, 0, 3),
                    "committed", g_rand_boolean (rand), "description", description,
                    "contact", "someone@example.org", NULL);
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
      g_autofree char *start = random_date (rand);
      g_autofree char *due = random_date (rand);
      TrellisAction *action = trellis_action_new (title);

      g_object_set (action, "description", description, "start", start, "due", due,
                    "status", g_rand_int_range (rand, 0, 5), "progress", g_rand_int_range (rand, 0, 101),
                    "budget-planned", (double) g_rand_int_range (rand, 0, 100000),
                    "budget-spent", g_rand_double_range (rand, 0, 50000), "currency", "EUR",
                    "owner", owners->len ? g_ptr_array_index (owners, g_rand_int_range (rand, 0, owners->len)) : NULL,
                    "goal", g_ptr_array_index (goals, g_rand_int_range (rand, 0, goals->len)), NULL);
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
