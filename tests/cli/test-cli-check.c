/* test-cli-check.c: `trellis-cli check` and `selfcheck` as subprocesses, paths /cli/check/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cli-test-utils.h"

#define SAMPLE_DAY "2026-11-30"

/* check: the sample's warnings, as the core lists them, exit 0 all the same. */
static void
test_check_text (CliFixture    *f,
                 gconstpointer  data)
{
  g_autofree char *path = cli_copy_sample (f, "plan.trellis");
  g_autoptr(TrellisProject) project = cli_load (path);
  g_autoptr(GPtrArray) warnings = trellis_plan_list_warnings (project);

  g_assert_cmpuint (warnings->len, >=, 3);
  cli_run (f, "check", "plan.trellis");
  cli_assert_status (f, 0);
  g_assert_cmpstr (f->err, ==, "");
  g_assert_true (g_str_has_prefix (f->out, "Alpine Polymer Network\n\nPlan check ("));
  cli_assert_warnings_printed (f->out, project);
  /* Three the sample is known for, by kind and words. */
  cli_assert_matches (f->out, "^  starts-before-dependency +Action “Prepare a joint R&D proposal on recycled PP "
                              "for technical…” starts on 2026-10-19, before “Recyclate test day in the APRI lab”, "
                              "which it waits for, is due on 2026-10-20$");
  cli_assert_matches (f->out, "^  action-without-goal +Action “Study on a joint energy purchasing pool” "
                              "serves no goal$");
  cli_assert_matches (f->out, "^  milestone-after-action +Milestone “Needs ranking presented to the founding "
                              "circle” on 2026-09-30 is after");
}

static const char check_json_summary[] =
  "import json, sys\n"
  "d = json.load(sys.stdin)\n"
  "assert set(d) == {'file', 'name', 'warnings'}, d.keys()\n"
  "print(d['file'], d['name'], len(d['warnings']))\n"
  "for w in d['warnings']:\n"
  "    assert set(w) == {'kind', 'title', 'uuid', 'message'}, w\n"
  "    print(w['kind'], w['uuid'], w['title'], '|', w['message'])\n";

/* Each warning's kind, item and words, line by line as the core has them. */
static char *
expected_summary (TrellisProject *project)
{
  g_autoptr(GPtrArray) warnings = trellis_plan_list_warnings (project);
  g_autoptr(GEnumClass) kinds = g_type_class_ref (TRELLIS_TYPE_PLAN_WARNING_KIND);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < warnings->len; i++)
    {
      const TrellisPlanWarning *warning = g_ptr_array_index (warnings, i);
      g_autofree char *title = trellis_item_dup_full_label (warning->item);

      g_string_append_printf (out, "%s %s %s | %s\n", g_enum_get_value (kinds, warning->kind)->value_nick,
                              trellis_item_get_uuid (warning->item), title, warning->message);
    }
  return g_string_free (out, FALSE);
}

static void
test_check_json (CliFixture    *f,
                 gconstpointer  data)
{
  g_autofree char *path = cli_copy_sample (f, "plan.trellis");
  g_autoptr(TrellisProject) project = cli_load (path);
  g_autofree char *python = g_find_program_in_path ("python3");
  g_autofree char *summary = NULL;
  g_autofree char *expected = expected_summary (project);

  cli_run (f, "check", "--json", "plan.trellis");
  cli_assert_status (f, 0);
  g_assert_cmpstr (f->err, ==, "");
  cli_assert_json (f->out);
  cli_assert_contains (f->out, "\"kind\": \"action-without-goal\",\n"
                               "      \"title\": \"Study on a joint energy purchasing pool\",\n"
                               "      \"uuid\": \"50797bf1-6211-4aa0-bf7e-caf5b37caf5a\",\n"
                               "      \"message\": \"Action “Study on a joint energy purchasing pool” serves no goal\"");
  if (python == NULL)
    {
      g_test_skip ("python3 is not installed: JSON checked by the built-in parser only");
      return;
    }
  summary = cli_run_python (check_json_summary, f->out);
  g_assert_true (g_str_has_prefix (summary, "plan.trellis Alpine Polymer Network "));
  /* Everything after the first line is the core's list, in its order. */
  g_assert_cmpstr (strchr (summary, '\n') + 1, ==, expected);
  cli_assert_matches (summary, "^starts-before-dependency c92e0b23-3626-4911-a221-47729a399db4 Prepare a joint "
                               "R&D proposal on recycled PP for technical parts \\| Action");
}

/* A plan with one of most kinds: every kind the core reports, the CLI
 * prints with its nick; and a plan with nothing to warn about. */
static void
test_check_kinds (CliFixture    *f,
                  gconstpointer  data)
{
  g_autofree char *path = cli_path_in (f, "kinds.trellis");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(TrellisProject) project = trellis_project_new ("Kinds");
  g_autoptr(TrellisGoal) goal = trellis_goal_new ("Lonely goal");
  g_autoptr(TrellisAction) action = trellis_action_new ("Expensive fair stand");
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;

  cli_run (f, "check", "empty.trellis");
  cli_assert_status (f, 1);
  cli_new_project (f, "empty.trellis", "Empty", "blank");
  cli_run (f, "check", "empty.trellis");
  cli_assert_status (f, 0);
  g_assert_cmpstr (f->out, ==, "Empty\n\nPlan check (0)\n  No warnings\n");
  cli_run (f, "check", "empty.trellis", "--json");
  cli_assert_contains (f->out, "\"warnings\": []");

  trellis_action_set_budget_planned (action, 1000.0);
  trellis_action_set_budget_spent (action, 1000.01);
  trellis_action_set_status (action, TRELLIS_STATUS_DONE);
  trellis_project_add_item (project, TRELLIS_ITEM (goal));
  trellis_project_add_item (project, TRELLIS_ITEM (action));
  g_assert_true (trellis_project_save (project, file, &error));
  g_assert_no_error (error);
  warnings = trellis_plan_list_warnings (project);
  g_assert_cmpuint (warnings->len, >=, 4);
  cli_run (f, "check", "kinds.trellis");
  cli_assert_status (f, 0);
  cli_assert_warnings_printed (f->out, project);
  cli_assert_matches (f->out, "^  goal-without-action +Goal “Lonely goal” has no action yet$");
  cli_assert_matches (f->out, "^  action-without-owner +Nobody is responsible for action “Expensive fair stand”$");
  cli_assert_matches (f->out, "^  action-without-due +Action “Expensive fair stand” has no due date$");
  /* Spent one cent above planned, and done: an overrun once the core judges it. */
  for (guint i = 0; i < warnings->len; i++)
    if (((TrellisPlanWarning *) warnings->pdata[i])->kind == TRELLIS_PLAN_BUDGET_OVERRUN)
      cli_assert_matches (f->out, "^  budget-overrun +.*Expensive fair stand");
}

/* selfcheck: every requirement as a row, with the core's result, source and reason. */
static void
assert_requirements_printed (const char     *out,
                             TrellisProject *project,
                             const char     *as_of)
{
  const char *sources[] = { "Computed", "Answered", "Unanswered" };
  guint n_requirements;
  const TrellisRequirement *requirements = trellis_excellence_get_requirements (&n_requirements);

  g_assert_cmpuint (n_requirements, ==, 16);
  cli_assert_matches (out, "^  ID +Result +Source +Requirement$");
  for (guint i = 0; i < n_requirements; i++)
    {
      g_auto(TrellisExcellenceResult) result = { 0 };
      g_autofree char *escaped = NULL;
      g_autofree char *row = NULL;

      g_assert_true (trellis_excellence_check (project, requirements[i].id, as_of, &result));
      escaped = g_regex_escape_string (requirements[i].title, -1);
      row = g_strdup_printf ("^  %s +%s +%s +%s$", requirements[i].id,
                             trellis_enum_label (TRELLIS_TYPE_CHECK_RESULT, result.result),
                             sources[result.source], escaped);
      cli_assert_matches (out, row);
      cli_assert_contains (out, result.reason);
    }
}

static void
test_selfcheck_text (CliFixture    *f,
                     gconstpointer  data)
{
  g_autofree char *path = cli_copy_sample (f, "plan.trellis");
  g_autoptr(TrellisProject) project = cli_load (path);
  TrellisExcellenceSummary summary;
  g_autofree char *counts = NULL;

  cli_run (f, "selfcheck", "plan.trellis", "--as-of", SAMPLE_DAY);
  cli_assert_status (f, 0);
  g_assert_cmpstr (f->err, ==, "");
  g_assert_true (g_str_has_prefix (f->out, "Alpine Polymer Network, self-check as of " SAMPLE_DAY "\n"));
  trellis_excellence_summarize (project, SAMPLE_DAY, &summary);
  g_assert_cmpuint (summary.n_not_met, >, 0);
  counts = g_strdup_printf ("\nMet: %u, not met: %u, unknown: %u\n", summary.n_met, summary.n_not_met,
                            summary.n_unknown);
  cli_assert_contains (f->out, counts);
  assert_requirements_printed (f->out, project, SAMPLE_DAY);
  /* Known rows of the sample: computed, answered, not answered. */
  cli_assert_contains (f->out, "  2.1    Not met  Computed    Cluster management for two years\n"
                               "         The cluster management started on 2026-06-01; it will be two years "
                               "old on 2028-06-01\n"
                               "         Evidence: The cluster management started on 1 June 2026");
  cli_assert_matches (f->out, "^  4.6.2 +Not met +Answered +Web presence, also in English\n"
                              " +The website is being built");
  cli_assert_matches (f->out, "^  2.5 +Unknown +Unanswered +Direct contact with a fifth of participants\n"
                              " +Not answered yet$");

  /* Two years on, the management is old enough. */
  cli_run (f, "selfcheck", "plan.trellis", "--as-of", "2028-06-01");
  cli_assert_status (f, 0);
  cli_assert_matches (f->out, "^  2.1 +Met +Computed +Cluster management for two years$");
  assert_requirements_printed (f->out, project, "2028-06-01");
}

static const char selfcheck_json_summary[] =
  "import json, sys\n"
  "d = json.load(sys.stdin)\n"
  "assert set(d) == {'as-of', 'requirements'}, d.keys()\n"
  "print(d['as-of'], len(d['requirements']))\n"
  "for r in d['requirements']:\n"
  "    keys = {'id', 'title', 'result', 'reason', 'source'}\n"
  "    assert set(r) in (keys, keys | {'evidence'}), r\n"
  "    assert r['result'] in ('met', 'not-met', 'unknown'), r\n"
  "    assert r['source'] in ('computed', 'answered', 'unanswered'), r\n"
  "    assert r['reason'], r\n"
  "    print(r['id'], r['result'], r['source'], 'evidence' in r, r['title'])\n";

static void
test_selfcheck_json (CliFixture    *f,
                     gconstpointer  data)
{
  g_autofree char *path = cli_copy_sample (f, "plan.trellis");
  g_autofree char *python = g_find_program_in_path ("python3");
  g_autofree char *summary = NULL;

  cli_run (f, "selfcheck", "--json", "--as-of", SAMPLE_DAY, "plan.trellis");
  cli_assert_status (f, 0);
  g_assert_cmpstr (f->err, ==, "");
  cli_assert_json (f->out);
  g_assert_true (g_str_has_prefix (f->out, "{\n  \"as-of\": \"" SAMPLE_DAY "\",\n  \"requirements\": [\n"));
  cli_assert_contains (f->out, "\"id\": \"2.2.2\",\n"
                               "      \"title\": \"Qualified management team\",\n"
                               "      \"result\": \"met\",\n");
  if (python == NULL)
    {
      g_test_skip ("python3 is not installed: JSON checked by the built-in parser only");
      return;
    }
  summary = cli_run_python (selfcheck_json_summary, f->out);
  cli_assert_matches (summary, "^" SAMPLE_DAY " 16$");
  cli_assert_matches (summary, "^1.1.0 met computed False Most participants are committed$");
  cli_assert_matches (summary, "^1.1.1 met computed True Businesses lead, research takes part$");
  cli_assert_matches (summary, "^2.1 not-met computed True Cluster management for two years$");
  cli_assert_matches (summary, "^2.2.2 met answered True Qualified management team$");
  cli_assert_matches (summary, "^2.5 unknown unanswered False Direct contact with a fifth of participants$");
  cli_assert_matches (summary, "^4.4 unknown computed False Half of the targets met in a year$");
  cli_assert_matches (summary, "^4.6.2 not-met answered True Web presence, also in English$");
}

/* Today ($TRELLIS_TODAY here), bad days and files, one file only. */
static void
test_selfcheck_errors (CliFixture    *f,
                       gconstpointer  data)
{
  g_autofree char *path = cli_copy_sample (f, "plan.trellis");

  g_setenv ("TRELLIS_TODAY", "2027-02-14", TRUE);
  cli_run (f, "selfcheck", "plan.trellis");
  g_unsetenv ("TRELLIS_TODAY");
  cli_assert_status (f, 0);
  g_assert_true (g_str_has_prefix (f->out, "Alpine Polymer Network, self-check as of 2027-02-14\n"));

  cli_run (f, "selfcheck", "plan.trellis", "--as-of", "2026-02-30");
  cli_assert_status (f, 2);
  g_assert_cmpstr (f->out, ==, "");
  cli_assert_contains (f->err, "--as-of: “2026-02-30” is not a date; write it as YYYY-MM-DD");
  cli_run (f, "selfcheck");
  cli_assert_status (f, 2);
  cli_assert_contains (f->err, "give one FILE to check");
  cli_run (f, "selfcheck", "plan.trellis", "plan.trellis");
  cli_assert_status (f, 2);
  cli_run (f, "selfcheck", "--json", "missing.trellis");
  cli_assert_status (f, 1);
  g_assert_cmpstr (f->out, ==, "");
  g_assert_cmpstr (f->err, ==, "trellis-cli: missing.trellis: No such file or directory\n");
  cli_run (f, "check", "plan.trellis", "--as-of", "2026-11-30");
  cli_assert_status (f, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, CliFixture, NULL, cli_fixture_set_up, func, cli_fixture_tear_down)
  ADD ("/cli/check/text", test_check_text);
  ADD ("/cli/check/json", test_check_json);
  ADD ("/cli/check/kinds", test_check_kinds);
  ADD ("/cli/check/selfcheck-text", test_selfcheck_text);
  ADD ("/cli/check/selfcheck-json", test_selfcheck_json);
  ADD ("/cli/check/selfcheck-errors", test_selfcheck_errors);
#undef ADD

  return g_test_run ();
}
