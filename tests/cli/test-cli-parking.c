/* test-cli-parking.c: `trellis-cli parking` as a subprocess, paths /cli/parking/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A copy of the sample with three parked entries, one of them turned into
 * a SWOT note through the core, listed as text, only the open ones, and
 * as JSON checked by Python.
 */

#include "config.h"

#include <string.h>

#include "cli-test-utils.h"

/* The sample with a question that became a threat, an open idea and an
 * open question. */
static char *
write_parked (CliFixture  *f,
              char       **out_note_uuid)
{
  g_autofree char *path = cli_copy_sample (f, "plan.trellis");
  g_autoptr(TrellisProject) project = cli_load (path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  TrellisParkingItem *item;
  TrellisSwotItem *note;

  g_setenv ("TRELLIS_TODAY", "2027-03-15", TRUE);
  item = trellis_parking_lot_add (project, TRELLIS_PARKING_QUESTION, "Does the new EU packaging rule hit us?");
  note = trellis_parking_lot_to_swot (project, item, TRELLIS_QUADRANT_THREAT);
  trellis_parking_lot_add (project, TRELLIS_PARKING_IDEA, "Open lab days for students");
  trellis_parking_lot_add (project, TRELLIS_PARKING_QUESTION, "Who hosts the next meeting?");
  g_assert_true (trellis_project_save (project, file, &error));
  g_assert_no_error (error);
  *out_note_uuid = g_strdup (trellis_item_get_uuid (TRELLIS_ITEM (note)));
  return g_steal_pointer (&path);
}

static void
test_text (CliFixture    *f,
           gconstpointer  data)
{
  g_autofree char *uuid = NULL;
  g_autofree char *path = write_parked (f, &uuid);
  g_autofree char *became = g_strdup_printf ("^      → SWOT: Threat \\(%s\\)$", uuid);

  cli_run (f, "parking", "plan.trellis");
  cli_assert_status (f, 0);
  g_assert_cmpstr (f->err, ==, "");
  cli_assert_matches (f->out, "^Alpine Polymer Network: 3 parked, 2 open$");
  cli_assert_matches (f->out, "^  Question +2027-03-15 +Does the new EU packaging rule hit us\\?$");
  cli_assert_matches (f->out, became);
  cli_assert_matches (f->out, "^  Idea +2027-03-15 +Open lab days for students$");
  cli_assert_matches (f->out, "^  Question +2027-03-15 +Who hosts the next meeting\\?$");

  cli_run (f, "parking", "--open", "plan.trellis");
  cli_assert_status (f, 0);
  g_assert_null (strstr (f->out, "EU packaging"));
  g_assert_nonnull (strstr (f->out, "Open lab days"));
  g_assert_nonnull (strstr (f->out, "Who hosts"));
}

static const char parking_json_summary[] =
  "import json, sys\n"
  "d = json.load(sys.stdin)\n"
  "assert isinstance(d, list), d\n"
  "for p in d:\n"
  "    assert set(p) == {'uuid', 'kind', 'created', 'text', 'became'}, p\n"
  "    b = p['became']\n"
  "    print(p['kind'], p['created'], p['text'], '|',\n"
  "          'open' if b is None else '%s %s %s' % (b['element'], b['uuid'], b['description']))\n";

static void
test_json (CliFixture    *f,
           gconstpointer  data)
{
  g_autofree char *uuid = NULL;
  g_autofree char *path = write_parked (f, &uuid);
  g_autofree char *summary = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *python = g_find_program_in_path ("python3");

  if (python == NULL)
    {
      g_test_skip ("python3 is needed to read the JSON");
      return;
    }
  cli_run (f, "parking", "--json", "plan.trellis");
  cli_assert_status (f, 0);
  cli_assert_json (f->out);
  summary = cli_run_python (parking_json_summary, f->out);
  expected = g_strdup_printf ("question 2027-03-15 Does the new EU packaging rule hit us? | swot-item %s SWOT: Threat\n"
                              "idea 2027-03-15 Open lab days for students | open\n"
                              "question 2027-03-15 Who hosts the next meeting? | open\n", uuid);
  g_assert_cmpstr (summary, ==, expected);

  cli_run (f, "parking", "--open", "--json", "plan.trellis");
  g_free (summary);
  summary = cli_run_python (parking_json_summary, f->out);
  g_assert_cmpstr (summary, ==, "idea 2027-03-15 Open lab days for students | open\n"
                                "question 2027-03-15 Who hosts the next meeting? | open\n");
}

/* The sample has no parking lot; a missing FILE is a usage error. */
static void
test_empty_and_usage (CliFixture    *f,
                      gconstpointer  data)
{
  g_autofree char *path = cli_copy_sample (f, "plan.trellis");

  cli_run (f, "parking", "plan.trellis");
  cli_assert_status (f, 0);
  g_assert_cmpstr (f->out, ==, "Alpine Polymer Network: 0 parked, 0 open\n");
  cli_run (f, "parking");
  cli_assert_status (f, 2);
  cli_run (f, "parking", "missing.trellis");
  cli_assert_status (f, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/cli/parking/text", CliFixture, NULL, cli_fixture_set_up, test_text, cli_fixture_tear_down);
  g_test_add ("/cli/parking/json", CliFixture, NULL, cli_fixture_set_up, test_json, cli_fixture_tear_down);
  g_test_add ("/cli/parking/empty-and-usage", CliFixture, NULL, cli_fixture_set_up, test_empty_and_usage,
              cli_fixture_tear_down);

  return g_test_run ();
}
