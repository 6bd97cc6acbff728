/* test-cli-workshop.c: trellis-cli template and log on real files
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cli-test-utils.h"

static void
test_template (CliFixture    *f,
               gconstpointer  data)
{
  g_autofree char *templates = cli_path_in (f, "templates");
  g_autofree char *sample = NULL;
  g_autofree char *made = NULL;
  g_autoptr(TrellisProject) project = NULL;

  if (!cli_have_sample ())
    {
      g_test_skip ("the sample is not installed");
      return;
    }
  g_setenv ("TRELLIS_TEMPLATE_DIR", templates, TRUE);
  sample = cli_copy_sample (f, "sample.trellis");

  cli_run (f, "template", "save", "sample.trellis", "Regional Start-up", "--description", "Year one");
  cli_assert_status (f, 0);
  cli_assert_contains (f->out, "regional-start-up.trellis");

  cli_run (f, "template", "list");
  cli_assert_status (f, 0);
  cli_assert_contains (f->out, "Regional Start-up (yours)\n  Year one\n  10 key questions, 17 SWOT notes");
  cli_assert_contains (f->out, "Guided Initiation (built-in)");

  cli_run (f, "new", "lakeside.trellis", "--name", "Lakeside", "--template", "Regional Start-up",
           "--no-register");
  cli_assert_status (f, 0);
  made = cli_path_in (f, "lakeside.trellis");
  project = cli_load (made);
  g_assert_cmpstr (trellis_project_get_name (project), ==, "Lakeside");
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_SWOT_ITEM), ==, 17);
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_STAKEHOLDER), ==, 0);

  cli_run (f, "new", "other.trellis", "--name", "X", "--template", "no such one");
  cli_assert_status (f, 2);
  cli_assert_contains (f->err, "unknown template “no such one”");

  cli_run (f, "template", "delete", "regional start-up");
  cli_assert_status (f, 0);
  cli_run (f, "template", "delete", "regional start-up");
  cli_assert_status (f, 1);
  cli_run (f, "template", "list");
  g_assert_null (strstr (f->out, "Regional"));
  g_unsetenv ("TRELLIS_TEMPLATE_DIR");
}

static void
test_log (CliFixture    *f,
          gconstpointer  data)
{
  g_autofree char *path = cli_path_in (f, "workshop.trellis");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(TrellisProject) project = trellis_project_new ("Lakeside");
  g_autoptr(TrellisWorkshopLog) log = trellis_workshop_log_new (project);
  g_autoptr(GDateTime) start = g_date_time_new_utc (2027, 3, 15, 9, 0, 0);
  g_autoptr(GDateTime) end = g_date_time_new_utc (2027, 3, 15, 11, 0, 0);
  g_autoptr(TrellisSwotItem) note = trellis_swot_item_new (TRELLIS_QUADRANT_THREAT, "Energy prices");
  g_autoptr(GError) error = NULL;

  trellis_workshop_log_start (log, "SWOT morning", start);
  trellis_project_add_item (project, note);
  trellis_workshop_log_end (log, end);
  g_assert_true (trellis_project_save (project, file, &error));
  g_assert_no_error (error);

  cli_run (f, "log", "workshop.trellis");
  cli_assert_status (f, 0);
  cli_assert_contains (f->out, "1  SWOT morning  2027-03-15T09:00:00Z – 2027-03-15T11:00:00Z  1 change\n");

  cli_run (f, "log", "workshop.trellis", "--session", "1");
  cli_assert_status (f, 0);
  cli_assert_contains (f->out, "added    swot-item      Energy prices\n");

  cli_run (f, "log", "workshop.trellis", "--markdown");
  cli_assert_status (f, 0);
  cli_assert_contains (f->out, "# Minutes: SWOT morning\n");
  cli_assert_contains (f->out, "- Added 1 SWOT note: “Energy prices”.\n");

  cli_run (f, "log", "workshop.trellis", "--session", "2");
  cli_assert_status (f, 1);
  cli_assert_contains (f->err, "there is no session 2");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/cli/workshop/template", CliFixture, NULL, cli_fixture_set_up, test_template,
              cli_fixture_tear_down);
  g_test_add ("/cli/workshop/log", CliFixture, NULL, cli_fixture_set_up, test_log,
              cli_fixture_tear_down);

  return g_test_run ();
}
