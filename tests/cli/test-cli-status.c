/* test-cli-status.c: `trellis-cli status` run as a subprocess, paths /cli/status/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include <string.h>
#include <glib/gstdio.h>

#include "cli-test-utils.h"
#include "trellis-locale-format.h"

/* Every entry of the core report shows as "  Word  Title" and its reason. */
static void
assert_report_printed (const char     *out,
                       TrellisProject *project,
                       const char     *as_of)
{
  g_autoptr(TrellisStatusReport) report = trellis_status_report_new (project, as_of);
  const GType types[] = { TRELLIS_TYPE_GOAL, TRELLIS_TYPE_INDICATOR, TRELLIS_TYPE_ACTION,
                          TRELLIS_TYPE_MILESTONE };
  const char *words[] = { "Grey", "Green", "Amber", "Red" };

  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    {
      g_autoptr(GPtrArray) entries = trellis_status_report_list (report, types[t]);

      g_assert_cmpuint (entries->len, >, 0);
      for (guint i = 0; i < entries->len; i++)
        {
          const TrellisStatusEntry *entry = g_ptr_array_index (entries, i);
          g_autofree char *title = trellis_item_dup_full_label (entry->item);
          g_autofree char *line = g_strdup_printf ("\n  %-7s%s%s\n", words[entry->light], title,
                                                   entry->override != NULL ? "  [overridden]" : "");

          cli_assert_contains (out, line);
          cli_assert_contains (out, trellis_status_entry_get_computed_reason (entry));
        }
    }
}

static void
test_sample_two_dates (CliFixture    *f,
                       gconstpointer  data)
{
  g_autofree char *path = cli_copy_sample (f, "plan.trellis");
  g_autoptr(TrellisProject) project = cli_load (path);

  cli_run (f, "status", "plan.trellis", "--as-of", "2026-11-30");
  cli_assert_status (f, 0);
  g_assert_cmpstr (f->err, ==, "");
  cli_assert_matches (f->out, "^Alpine Polymer Network, as of 2026-11-30$");
  cli_assert_contains (f->out, "Overall\n  Red    Alpine Polymer Network\n");
  cli_assert_contains (f->out, "2 of the 6 goals and other parts that can be judged are red");
  cli_assert_matches (f->out, "^Goals \\(5\\)$");
  cli_assert_matches (f->out, "^Milestones \\(9\\)$");
  /* The override: marked, with who, when and why, and the computed light. */
  cli_assert_contains (f->out, "  Amber  Training funding application submitted  [overridden]\n"
                               "         Overridden by Tobias Egger on 2026-11-05: The ministry");
  cli_assert_contains (f->out, "         Computed: Red, Milestone “Training funding application "
                               "submitted” was due on 2026-10-31 and is not reached\n");
  cli_assert_contains (f->out, "  Red    Apply to the regional training programme\n");
  assert_report_printed (f->out, project, "2026-11-30");
  /* After the lights, the plan check's warnings, each with its kind. */
  g_assert_true (strstr (f->out, "\nPlan check (") > strstr (f->out, "\nMilestones (9)\n"));
  cli_assert_warnings_printed (f->out, project);
  cli_assert_matches (f->out, "^  action-without-goal +Action “Study on a joint energy purchasing pool” "
                              "serves no goal$");

  /* Earlier in the year the milestone was not due yet, and no override counted. */
  cli_run (f, "status", "--as-of", "2026-06-01", "plan.trellis");
  cli_assert_status (f, 0);
  cli_assert_matches (f->out, "^Alpine Polymer Network, as of 2026-06-01$");
  cli_assert_contains (f->out, "Overall\n  Amber  Alpine Polymer Network\n");
  cli_assert_contains (f->out, "  Green  Training funding application submitted\n"
                               "         Milestone “Training funding application submitted” is "
                               "due on 2026-10-31\n");
  g_assert_null (strstr (f->out, "[overridden]"));
  assert_report_printed (f->out, project, "2026-06-01");
}

/* Without --as-of, the lights are today's ($TRELLIS_TODAY here). */
static void
test_today (CliFixture    *f,
            gconstpointer  data)
{
  g_autofree char *path = cli_copy_sample (f, "plan.trellis");

  g_setenv ("TRELLIS_TODAY", "2026-11-30", TRUE);
  cli_run (f, "status", "plan.trellis");
  g_unsetenv ("TRELLIS_TODAY");
  cli_assert_status (f, 0);
  cli_assert_matches (f->out, "^Alpine Polymer Network, as of 2026-11-30$");
}

static const char *
kind_nick (TrellisPlanWarningKind kind)
{
  g_autoptr(GEnumClass) kinds = g_type_class_ref (TRELLIS_TYPE_PLAN_WARNING_KIND);

  return g_enum_get_value (kinds, kind)->value_nick;
}

static const char json_summary[] =
  "import json, sys\n"
  "d = json.load(sys.stdin)\n"
  "print(d['file'], d['name'], d['as-of'])\n"
  "print('overall', d['overall']['light'], d['overall']['computed']['light'])\n"
  "for key in ('goals', 'indicators', 'actions', 'milestones'):\n"
  "    print(key, len(d[key]), ' '.join(e['light'] for e in d[key]))\n"
  "kinds = [w['kind'] for w in d['warnings']]\n"
  "print('warnings', len(kinds), ' '.join(kinds))\n"
  "for w in d['warnings']:\n"
  "    assert set(w) == {'kind', 'title', 'uuid', 'message'}, w\n"
  "    assert w['title'] and w['uuid'] and w['message'], w\n"
  "for key in ('goals', 'indicators', 'actions', 'milestones'):\n"
  "    for e in d[key]:\n"
  "        assert set(e) == {'uuid', 'title', 'light', 'reason', 'computed', 'override'}, e\n"
  "        assert e['reason'] and e['computed']['reason'], e\n"
  "        o = e['override']\n"
  "        if o is not None:\n"
  "            print('override', e['title'], o['light'], o['author'], o['date'],\n"
  "                  e['computed']['light'], e['reason'] == o['reason'])\n";

static void
test_json (CliFixture    *f,
           gconstpointer  data)
{
  g_autofree char *path = cli_copy_sample (f, "plan.trellis");
  g_autofree char *python = g_find_program_in_path ("python3");
  g_autoptr(TrellisProject) project = cli_load (path);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *tool_out = NULL;

  cli_run (f, "status", "--json", "--as-of", "2026-11-30", "plan.trellis");
  cli_assert_status (f, 0);
  g_assert_cmpstr (f->err, ==, "");
  cli_assert_json (f->out);
  cli_assert_contains (f->out, "\"as-of\": \"2026-11-30\"");

  if (python == NULL)
    {
      g_test_skip ("python3 is not installed: JSON checked by the built-in parser only");
      return;
    }
  /* Python's own parser reads it, and finds what the text output shows. */
  tool_out = cli_run_python ("import json, sys; json.load(sys.stdin); print('ok')", f->out);
  g_assert_cmpstr (tool_out, ==, "ok\n");
  summary = cli_run_python (json_summary, f->out);
  cli_assert_matches (summary, "^plan.trellis Alpine Polymer Network 2026-11-30$");
  cli_assert_matches (summary, "^overall red red$");
  cli_assert_matches (summary, "^goals 5 amber red red amber green$");
  cli_assert_matches (summary, "^milestones 9 green green green green amber green green green green$");
  cli_assert_matches (summary, "^override Training funding application submitted amber "
                               "Tobias Egger 2026-11-05 red True$");
  cli_assert_matches (summary, "^indicators 9 ");
  cli_assert_matches (summary, "^actions 13 ");
  /* The plan check's warnings, as `check --json` has them (tested there). */
  warnings = trellis_plan_list_warnings (project);
  g_assert_cmpuint (warnings->len, >=, 3);
  expected = g_strdup_printf ("warnings %u", warnings->len);
  for (guint i = 0; i < warnings->len; i++)
    {
      const TrellisPlanWarning *warning = g_ptr_array_index (warnings, i);
      g_autofree char *with_kind = g_strdup_printf ("%s %s", expected, kind_nick (warning->kind));

      g_free (expected);
      expected = g_steal_pointer (&with_kind);
    }
  cli_assert_contains (summary, expected);
  cli_assert_matches (summary, "^warnings [0-9]+ .*action-without-goal");
}

static void
test_bad_date (CliFixture    *f,
               gconstpointer  data)
{
  g_autofree char *path = cli_copy_sample (f, "plan.trellis");
  const char *bad[] = { "2026-02-30", "30.11.2026", "tomorrow", "2026-1-5" };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *message = g_strdup_printf ("--as-of: “%s” is not a date; write it as "
                                                  "YYYY-MM-DD", bad[i]);

      cli_run (f, "status", "plan.trellis", "--as-of", bad[i]);
      cli_assert_status (f, 2);
      g_assert_cmpstr (f->out, ==, "");
      cli_assert_contains (f->err, message);
    }

  cli_run (f, "status");
  cli_assert_status (f, 2);
  cli_assert_contains (f->err, "give one FILE");
  cli_run (f, "status", "plan.trellis", "other.trellis");
  cli_assert_status (f, 2);
}

static void
test_bad_files (CliFixture    *f,
                gconstpointer  data)
{
  cli_run (f, "status", "missing.trellis");
  cli_assert_status (f, 1);
  g_assert_cmpstr (f->out, ==, "");
  g_assert_cmpstr (f->err, ==, "trellis-cli: missing.trellis: No such file or directory\n");

  cli_run (f, "status", "--json", "missing.trellis");
  cli_assert_status (f, 1);
  g_assert_cmpstr (f->out, ==, "");

  /* XML errors name the file and the line. */
  cli_write_file (f, "broken.trellis",
                  "<?xml version=\"1.0\"?>\n"
                  "<trellis format-version=\"1.0\" xmlns=\"https://trellis.github.io/ns/project/1\">\n"
                  "  <header uuid=\"8d7f3c2a-1b4e-4c5d-9e6f-7a8b9c0d1e2f\" name=\"Broken\">\n"
                  "</trellis>\n");
  cli_run (f, "status", "broken.trellis");
  cli_assert_status (f, 1);
  g_assert_cmpstr (f->out, ==, "");
  cli_assert_matches (f->err, "^trellis-cli: broken.trellis:[0-9]+: ");
}

/* The project's own thresholds: warning 30 days ahead turns a milestone due in 20 amber. */
static void
test_rules (CliFixture    *f,
            gconstpointer  data)
{
  g_autofree char *path = cli_path_in (f, "rules.trellis");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(TrellisProject) project = trellis_project_new ("Rules & “Lights”");
  g_autoptr(TrellisMilestone) survey = trellis_milestone_new ("Members' survey", trellis_date_parse ("2026-10-21"));
  g_autoptr(GError) error = NULL;
  TrellisStatusRules rules;

  trellis_project_add_item (project, TRELLIS_ITEM (survey));
  g_assert_true (trellis_project_save (project, file, &error));
  cli_run (f, "status", "rules.trellis", "--as-of", "2026-10-01");
  cli_assert_status (f, 0);
  cli_assert_contains (f->out, "  Green  Members' survey\n");

  trellis_status_rules_load (&rules, project);
  rules.warn_days = 30;
  g_assert_true (trellis_status_rules_store (project, &rules, &error));
  g_assert_true (trellis_project_save (project, file, &error));
  g_assert_no_error (error);
  cli_run (f, "status", "rules.trellis", "--as-of", "2026-10-01");
  cli_assert_status (f, 0);
  cli_assert_contains (f->out, "  Amber  Members' survey\n"
                               "         Milestone “Members' survey” is due on 2026-10-21, in 20 days, "
                               "and not reached yet\n");
  cli_assert_contains (f->out, "Goals (0)\n  None\n");

  cli_run (f, "status", "rules.trellis", "--as-of", "2026-10-01", "--json");
  cli_assert_json (f->out);
  cli_assert_contains (f->out, "\"name\": \"Rules & “Lights”\"");
  cli_assert_contains (f->out, "\"goals\": []");
}

/* --pdf writes the board report; --rules prints the rules with the thresholds. */
static void
test_pdf_and_rules (CliFixture    *f,
                    gconstpointer  data)
{
  g_autofree char *sample = cli_copy_sample (f, "plan.trellis");
  g_autofree char *pdf = cli_path_in (f, "board.pdf");
  g_autofree char *contents = NULL;
  g_autofree char *text = NULL;

  cli_run (f, "status", "plan.trellis", "--as-of", "2026-11-30", "--pdf", "board.pdf");
  cli_assert_status (f, 0);
  g_assert_true (g_file_get_contents (pdf, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  text = trellis_test_run_poppler ("pdftotext", pdf);
  if (text != NULL)
    {
      cli_assert_contains (text, "as of 2026-11-30");
      /* The plan check's warnings are in the report too. */
      cli_assert_contains (text, "\nPlan check\n");
      cli_assert_contains (text, "Action “Study on a joint energy purchasing pool” serves no goal");
    }

  /* A folder that does not exist: the file is named, nothing is written. */
  cli_run (f, "status", "plan.trellis", "--pdf", "missing/board.pdf");
  cli_assert_status (f, 1);
  cli_assert_contains (f->err, "board.pdf");

  cli_run (f, "status", "plan.trellis", "--pdf", "board.pdf", "--json");
  cli_assert_status (f, 2);
  cli_assert_contains (f->err, "only one of --json, --pdf and --rules");

  cli_run (f, "status", "plan.trellis", "--rules");
  cli_assert_status (f, 0);
  cli_assert_contains (f->out, "Milestones\n  Red once its date has passed and it is not reached. "
                               "Amber when it is due within 14 days.");
  cli_assert_contains (f->out, "\nOverrides\n");
}

/* Under German dates the words show the locale's day; --json keeps ISO,
 * in its reasons too.  LANGUAGE=en keeps the words (and the date format,
 * which is translatable) English, so that the day is the only German. */
static void
test_locale (CliFixture    *f,
             gconstpointer  data)
{
  g_autofree char *path = cli_copy_sample (f, "plan.trellis");
  g_autofree char *shown = NULL;
  g_autofree char *heading = NULL;

  if (setlocale (LC_TIME, "de_DE.UTF-8") == NULL)
    {
      g_test_skip ("the locale de_DE.UTF-8 is not installed");
      return;
    }
  shown = trellis_format_date (trellis_date_from_dmy (15, 3, 2027));
  setlocale (LC_TIME, "C");
  heading = g_strdup_printf (", as of %s\n", shown);
  g_assert_cmpstr (shown, !=, "2027-03-15");

  g_setenv ("LANGUAGE", "en", TRUE);
  cli_set_locale ("de_DE.UTF-8");
  cli_run (f, "status", "plan.trellis", "--as-of", "2027-03-15");
  cli_assert_status (f, 0);
  cli_assert_contains (f->out, heading);
  g_assert_null (strstr (f->out, "2027-03-15"));

  cli_run (f, "status", "plan.trellis", "--as-of", "2027-03-15", "--json");
  cli_set_locale (NULL);
  g_unsetenv ("LANGUAGE");
  cli_assert_status (f, 0);
  cli_assert_json (f->out);
  cli_assert_contains (f->out, "2027-03-15");
  g_assert_null (strstr (f->out, shown));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, CliFixture, NULL, cli_fixture_set_up, func, cli_fixture_tear_down)
  ADD ("/cli/status/sample-two-dates", test_sample_two_dates);
  ADD ("/cli/status/today", test_today);
  ADD ("/cli/status/json", test_json);
  ADD ("/cli/status/bad-date", test_bad_date);
  ADD ("/cli/status/bad-files", test_bad_files);
  ADD ("/cli/status/rules", test_rules);
  ADD ("/cli/status/pdf-and-rules", test_pdf_and_rules);
  ADD ("/cli/status/locale", test_locale);
#undef ADD

  return g_test_run ();
}
