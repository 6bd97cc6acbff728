/* test-registry-light.c: the overall light the registry keeps, paths /core/registry-light/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "trellis-registry-private.h"
#include "registry-test-utils.h"

#define TODAY "2026-10-01"

static void
register_project (Fixture        *fixture,
                  const char     *file_name,
                  TrellisProject *project)
{
  g_autoptr(GFile) file = file_in (fixture, file_name);
  g_autoptr(GError) error = NULL;

  g_assert_true (trellis_registry_add_project (fixture->registry, file, project, &error));
  g_assert_no_error (error);
}

static void
assert_light (Fixture    *fixture,
              const char *file_name,
              const char *light,
              const char *as_of,
              const char *reason_part)
{
  g_autoptr(TrellisRegistryEntry) entry = lookup (fixture, file_name);
  g_autofree char *property_light = NULL;
  g_autofree char *property_as_of = NULL;
  g_autofree char *property_reason = NULL;

  g_assert_cmpstr (trellis_registry_entry_get_light (entry), ==, light);
  g_assert_cmpstr (trellis_registry_entry_get_light_as_of (entry), ==, as_of);
  if (reason_part != NULL)
    g_assert_nonnull (strstr (trellis_registry_entry_get_light_reason (entry), reason_part));
  else
    g_assert_null (trellis_registry_entry_get_light_reason (entry));

  /* The same as properties, which the library's rows bind. */
  g_object_get (entry, "light", &property_light, "light-as-of", &property_as_of,
                "light-reason", &property_reason, NULL);
  g_assert_cmpstr (property_light, ==, light);
  g_assert_cmpstr (property_as_of, ==, as_of);
  g_assert_cmpstr (property_reason, ==, trellis_registry_entry_get_light_reason (entry));
}

/* Registering (what saving and opening do) judges the project as of today. */
static void
test_saved (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Lights");
  g_autoptr(TrellisMilestone) survey =
    trellis_milestone_new ("Members' survey", trellis_date_from_dmy (15, 9, 2026));
  TrellisStatusRules rules;

  open_registry (fixture);
  register_project (fixture, "lights.trellis", project);
  assert_light (fixture, "lights.trellis", "grey", TODAY, "");

  /* Past due and not reached: the only part is red, so is the project. */
  trellis_project_add_item (project, TRELLIS_ITEM (survey));
  register_project (fixture, "lights.trellis", project);
  assert_light (fixture, "lights.trellis", "red", TODAY, "");

  trellis_milestone_set_date (survey, trellis_date_from_dmy (21, 10, 2026));
  register_project (fixture, "lights.trellis", project);
  assert_light (fixture, "lights.trellis", "green", TODAY, "");

  /* The project's own thresholds count: due in 20 days warns with 30 days. */
  trellis_status_rules_load (&rules, project);
  rules.warn_days = 30;
  g_assert_true (trellis_status_rules_store (project, &rules, NULL));
  register_project (fixture, "lights.trellis", project);
  assert_light (fixture, "lights.trellis", "amber", TODAY, "");

  /* Another day, another light. */
  g_setenv ("TRELLIS_TODAY", "2026-11-30", TRUE);
  register_project (fixture, "lights.trellis", project);
  assert_light (fixture, "lights.trellis", "red", "2026-11-30", "");
  g_setenv ("TRELLIS_TODAY", TODAY, TRUE);
}

/* Scanning a folder and adding a file judge the files they read. */
static void
test_scan (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *sample = trellis_test_sample_path ();
  g_autoptr(GFile) sample_file = g_file_new_for_path (sample);
  g_autoptr(GFile) folder = file_in (fixture, "projects");
  g_autoptr(GFile) copy = file_in (fixture, "projects/plastics.trellis");
  g_autoptr(GFile) added = file_in (fixture, "added.trellis");
  g_autoptr(TrellisProject) project = NULL;
  g_autoptr(TrellisStatusReport) report = NULL;
  g_autoptr(GEnumClass) light_class = g_type_class_ref (TRELLIS_TYPE_LIGHT);
  g_autoptr(GError) error = NULL;
  const TrellisStatusEntry *overall;
  const char *nick;

  g_assert_true (g_file_make_directory (folder, NULL, &error));
  g_assert_true (g_file_copy (sample_file, copy, G_FILE_COPY_NONE, NULL, NULL, NULL, &error));
  g_assert_true (g_file_copy (sample_file, added, G_FILE_COPY_NONE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  project = trellis_project_load (sample_file, &error);
  g_assert_no_error (error);
  report = trellis_status_report_new (project, TODAY);
  overall = trellis_status_report_get_overall (report);
  nick = g_enum_get_value (light_class, overall->light)->value_nick;

  open_registry (fixture);
  g_assert_cmpint (trellis_registry_scan (fixture->registry, folder, &error), ==, 1);
  g_assert_no_error (error);
  assert_light (fixture, "projects/plastics.trellis", nick, TODAY,
                trellis_status_entry_get_reason (overall));

  g_assert_true (trellis_registry_add_file (fixture->registry, added, &error));
  g_assert_no_error (error);
  assert_light (fixture, "added.trellis", nick, TODAY, trellis_status_entry_get_reason (overall));

  /* A rebuild reads every file again. */
  exec_on_file (fixture->db_path, "UPDATE projects SET light = 'grey', light_as_of = NULL;");
  g_assert_true (trellis_registry_rebuild (fixture->registry, &error));
  g_assert_no_error (error);
  assert_light (fixture, "added.trellis", nick, TODAY, trellis_status_entry_get_reason (overall));
}

/* A registry of schema 4 (a light, but no day or reason) keeps its rows and lights. */
static void
test_migrate_from_4 (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Old");
  g_autoptr(TrellisMilestone) survey =
    trellis_milestone_new ("Members' survey", trellis_date_from_dmy (15, 9, 2026));
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = file_in (fixture, "old.trellis");

  g_assert_true (_trellis_registry_create_at_version (fixture->db_path, 4, &error));
  g_assert_no_error (error);
  path = g_file_get_path (file);
  sql = g_strdup_printf ("INSERT INTO projects (uuid, path, name, region, light) VALUES "
                         "('u-4', '%s', 'Old Light', 'Flanders', 'amber');", path);
  exec_on_file (fixture->db_path, sql);

  open_registry (fixture);
  g_assert_null (trellis_registry_get_recovered_from (fixture->registry));
  assert_light (fixture, "old.trellis", "amber", NULL, NULL);
  assert_search (fixture, "fland", "Old Light");

  /* Saved again, the light is judged and gets its day and reason. */
  trellis_project_add_item (project, TRELLIS_ITEM (survey));
  register_project (fixture, "old.trellis", project);
  assert_light (fixture, "old.trellis", "red", TODAY, "");
  assert_list (fixture, "Old");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_setenv ("TRELLIS_TODAY", TODAY, TRUE);

  add_test ("/core/registry-light/saved", test_saved);
  add_test ("/core/registry-light/scan", test_scan);
  add_test ("/core/registry-light/migrate-from-4", test_migrate_from_4);

  return g_test_run ();
}
