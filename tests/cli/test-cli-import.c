/* test-cli-import.c: `trellis-cli import` and the CSV, iCalendar and Markdown exports
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cli-test-utils.h"
#include "trellis-import.h"

static const char people[] =
  "Name,Organisation,Attitude,Influence,E-mail\r\n"
  "Mara Keller,Valdor Bank,critical,High,mara@example.org\r\n"
  "APRI Alpine Polymer Research Institute,,Positive,high,\r\n";

static char *
read_text (CliFixture *f,
           const char *name)
{
  g_autofree char *path = cli_path_in (f, name);

  return trellis_test_read_file (path);
}

static void
test_dry_run (CliFixture    *f,
              gconstpointer  data)
{
  g_autofree char *path = cli_copy_sample (f, "plan.trellis");
  g_autofree char *before = trellis_test_read_file (path);
  g_autofree char *after = NULL;

  cli_write_file (f, "people.csv", people);
  cli_run (f, "import", "plan.trellis", "--kind", "stakeholders", "people.csv", "--dry-run");
  cli_assert_status (f, 0);
  g_assert_cmpstr (f->err, ==, "");
  cli_assert_matches (f->out, "^Columns:$");
  cli_assert_matches (f->out, "^  Name +→ Name$");
  cli_assert_matches (f->out, "^  E-mail +\\(left out\\)$");
  cli_assert_matches (f->out, "^  row 2: Mara Keller \\| Valdor Bank \\| critical \\| High \\| "
                              "mara@example.org$");
  cli_assert_matches (f->out, "^1 would be added and 1 updated \\(stakeholders\\)$");

  /* A mapping takes the column in. */
  cli_run (f, "import", "plan.trellis", "--kind", "stakeholders", "people.csv", "--dry-run",
           "--map", "E-mail=contact");
  cli_assert_status (f, 0);
  cli_assert_matches (f->out, "^  E-mail +→ Contact$");

  after = trellis_test_read_file (path);
  g_assert_cmpstr (after, ==, before);
}

static void
test_apply (CliFixture    *f,
            gconstpointer  data)
{
  g_autofree char *path = cli_copy_sample (f, "plan.trellis");
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(TrellisProject) project = NULL;
  TrellisStakeholder *added;

  cli_write_file (f, "people.csv", people);
  cli_run (f, "import", "plan.trellis", "--kind", "stakeholders", "people.csv", "-m", "E-mail=contact");
  cli_assert_status (f, 0);
  g_assert_cmpstr (f->err, ==, "");
  g_assert_cmpstr (f->out, ==, "1 added and 1 updated (stakeholders)\n");

  trellis_test_assert_valid_file (path);
  g_assert_true (g_file_test (backup, G_FILE_TEST_EXISTS));
  project = cli_load (path);
  added = trellis_test_find_stakeholder (project, "Mara Keller");
  g_assert_nonnull (added);
  g_assert_cmpstr (trellis_stakeholder_get_contact (added), ==, "mara@example.org");
  g_assert_cmpint (trellis_stakeholder_get_attitude (added), ==, TRELLIS_ATTITUDE_CRITICAL);
  g_assert_cmpint (trellis_stakeholder_get_attitude (trellis_test_find_stakeholder (project, "APRI Alpine Polymer Research Institute")),
                   ==, TRELLIS_ATTITUDE_POSITIVE);

  /* Again: nothing new, nothing duplicated. */
  cli_run (f, "import", "plan.trellis", "--kind", "stakeholders", "people.csv", "-m", "E-mail=contact");
  cli_assert_status (f, 0);
  g_assert_cmpstr (f->out, ==, "0 added and 2 updated (stakeholders)\n");
}

static void
test_refused (CliFixture    *f,
              gconstpointer  data)
{
  g_autofree char *path = cli_copy_sample (f, "plan.trellis");
  g_autofree char *before = trellis_test_read_file (path);
  g_autofree char *after = NULL;

  cli_write_file (f, "people.csv", "Name,Attitude\nGood Row,neutral\nBad Row,grumpy\n");
  cli_run (f, "import", "plan.trellis", "--kind", "stakeholders", "people.csv");
  cli_assert_status (f, 1);
  g_assert_cmpstr (f->out, ==, "");
  cli_assert_matches (f->err, "^trellis-cli: people.csv: row 3, column “Attitude”: “grumpy” is not "
                              "accepted: use one of neutral \\(Neutral\\), positive \\(Positive\\), "
                              "critical \\(Critical\\)$");
  cli_assert_matches (f->err, "^trellis-cli: 1 problem; nothing was imported$");

  cli_write_file (f, "latin1.csv", "Name,Organisation\nCaf\xe9 owner,x\n");
  cli_run (f, "import", "plan.trellis", "--kind", "stakeholders", "latin1.csv");
  cli_assert_status (f, 1);
  cli_assert_matches (f->err, "^trellis-cli: latin1.csv: row 2, column 1: the text is not UTF-8");

  cli_write_file (f, "quotes.csv", "Name,Organisation\n\"Never closed,x\nOther,y\n");
  cli_run (f, "import", "plan.trellis", "--kind", "stakeholders", "quotes.csv");
  cli_assert_status (f, 1);
  cli_assert_matches (f->err, "^trellis-cli: quotes.csv: row 2, column 1: a quoted cell is never closed");

  /* Never while Trellis has the project open. */
  {
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autoptr(GError) error = NULL;
    g_autoptr(TrellisLock) lock = trellis_lock_acquire (file, FALSE, &error);

    g_assert_no_error (error);
    cli_write_file (f, "good.csv", "Name\nSomeone new\n");
    cli_run (f, "import", "plan.trellis", "--kind", "stakeholders", "good.csv");
    cli_assert_status (f, 1);
    cli_assert_contains (f->err, "is open in Trellis");
    trellis_lock_release (lock, &error);
    g_assert_no_error (error);
  }

  after = trellis_test_read_file (path);
  g_assert_cmpstr (after, ==, before);
}

static void
test_json (CliFixture    *f,
           gconstpointer  data)
{
  g_free (cli_copy_sample (f, "plan.trellis"));
  cli_write_file (f, "people.csv", "Name;Attitude\nMara Keller;grumpy\n");
  cli_run (f, "import", "plan.trellis", "--kind", "stakeholders", "people.csv", "--dry-run", "--json");
  cli_assert_status (f, 1);
  g_assert_cmpstr (f->err, ==, "");
  cli_assert_json (f->out);
  cli_assert_contains (f->out, "\"separator\": \";\"");
  cli_assert_contains (f->out, "\"new\": 1");
  cli_assert_contains (f->out, "\"imported\": false");
  cli_assert_contains (f->out, "\"title\": \"Attitude\",\n      \"field\": \"attitude\"");
  cli_assert_contains (f->out, "\"row\": 2,\n      \"column\": 2,\n      \"message\": \"people.csv: row 2, "
                               "column “Attitude”: “grumpy” is not accepted");
}

static void
test_usage (CliFixture    *f,
            gconstpointer  data)
{
  g_free (cli_copy_sample (f, "plan.trellis"));
  cli_write_file (f, "people.csv", people);
  cli_run (f, "import", "plan.trellis", "people.csv");
  cli_assert_status (f, 2);
  cli_assert_contains (f->err, "--kind KIND: stakeholders, swot, tows, canvas, goals, indicators, "
                               "measurements, actions, milestones, services");
  cli_run (f, "import", "plan.trellis", "--kind", "people", "people.csv");
  cli_assert_status (f, 2);
  cli_run (f, "import", "plan.trellis", "--kind", "stakeholders");
  cli_assert_status (f, 2);
  cli_run (f, "import", "plan.trellis", "--kind", "stakeholders", "missing.csv");
  cli_assert_status (f, 1);
  cli_assert_contains (f->err, "missing.csv");
  cli_run (f, "import", "plan.trellis", "--kind", "stakeholders", "people.csv", "--map", "E-mail=mail");
  cli_assert_status (f, 1);
  cli_assert_contains (f->err, "“mail” is not a field of stakeholders; use one of name, organisation");
  cli_run (f, "import", "--help");
  cli_assert_status (f, 0);
  cli_assert_contains (f->out, "--dry-run");
}

/* Every kind of the sample, exported and imported back: nothing changes. */
static void
test_export_csv (CliFixture    *f,
                 gconstpointer  data)
{
  g_autofree char *path = cli_copy_sample (f, "plan.trellis");
  g_autoptr(TrellisProject) sample = trellis_test_load_sample ();
  const char * const *kinds = trellis_import_list_kinds ();
  g_autoptr(TrellisProject) project = NULL;

  for (guint k = 0; kinds[k] != NULL; k++)
    {
      g_autofree char *name = g_strconcat (kinds[k], ".csv", NULL);
      g_autofree char *text = NULL;
      g_autofree char *expected = NULL;

      cli_run (f, "export", "plan.trellis", name, "--kind", kinds[k]);
      cli_assert_status (f, 0);
      text = read_text (f, name);
      g_assert_true (g_str_has_prefix (text, "\xef\xbb\xbf"));
      g_assert_nonnull (strstr (text, "\r\n"));
      cli_run (f, "import", "plan.trellis", "--kind", kinds[k], name);
      cli_assert_status (f, 0);
      expected = g_strdup_printf ("0 added and %u updated (%s)\n",
                                  trellis_project_count_items (sample, trellis_import_kind_to_type (kinds[k])),
                                  kinds[k]);
      g_assert_cmpstr (f->out, ==, expected);
    }
  project = cli_load (path);
  g_assert_true (trellis_project_equal (project, sample));

  cli_run (f, "export", "plan.trellis", "out.csv");
  cli_assert_status (f, 2);
  cli_assert_contains (f->err, "--kind KIND");
  cli_run (f, "export", "plan.trellis", "out.csv", "--kind", "notes");
  cli_assert_status (f, 2);
}

static void
test_export_ics_md (CliFixture    *f,
                    gconstpointer  data)
{
  g_autofree char *ics = NULL;
  g_autofree char *md = NULL;

  g_free (cli_copy_sample (f, "plan.trellis"));
  cli_run (f, "export", "plan.trellis", "plan.ics");
  cli_assert_status (f, 0);
  g_assert_cmpstr (f->err, ==, "");
  ics = read_text (f, "plan.ics");
  g_assert_true (g_str_has_prefix (ics, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
  g_assert_true (g_str_has_suffix (ics, "END:VCALENDAR\r\n"));
  cli_assert_contains (ics, "BEGIN:VEVENT\r\n");
  cli_assert_contains (ics, "BEGIN:VTODO\r\n");

  cli_run (f, "export", "plan.trellis", "plan.md");
  cli_assert_status (f, 0);
  md = read_text (f, "plan.md");
  g_assert_true (g_str_has_prefix (md, "# Alpine Polymer Network\n"));
  cli_assert_contains (md, "\n## Action plan\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, CliFixture, NULL, cli_fixture_set_up, func, cli_fixture_tear_down)
  ADD ("/cli/import/dry-run", test_dry_run);
  ADD ("/cli/import/apply", test_apply);
  ADD ("/cli/import/refused", test_refused);
  ADD ("/cli/import/json", test_json);
  ADD ("/cli/import/usage", test_usage);
  ADD ("/cli/export/csv", test_export_csv);
  ADD ("/cli/export/ics-md", test_export_ics_md);
#undef ADD

  return g_test_run ();
}
