/* test-review-log.c: periodic reviews and what changed since, paths /core/review-log/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "trellis.h"
#include "trellis-test-utils.h"

static gpointer
add (TrellisProject *project,
     gpointer        item)
{
  trellis_project_add_item (project, item);
  g_object_unref (item);
  return item;
}

static TrellisHistory *
history (TrellisProject *project)
{
  return trellis_project_get_history (project);
}

static TrellisProject *
load_sample (void)
{
  g_autofree char *path = trellis_test_sample_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  TrellisProject *project = trellis_project_load (file, &error);

  g_assert_no_error (error);
  return project;
}

static TrellisProject *
reload (TrellisProject *project)
{
  g_autoptr(GBytes) bytes = trellis_project_to_bytes (project);
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  TrellisProject *loaded = trellis_project_load_from_data (data, length, "reload.trellis", &error);

  g_assert_no_error (error);
  g_assert_true (trellis_project_equal (project, loaded));
  return loaded;
}

/* The file a project with fingerprints writes still follows the schema. */
static void
assert_valid (TrellisProject *project)
{
  g_autoptr(GBytes) bytes = trellis_project_to_bytes (project);
  g_autofree char *dir = trellis_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "review.trellis", NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "<fingerprints>"));
  trellis_test_assert_valid_file (path);
  trellis_test_remove_tree (dir);
}

/* A small plan: two actions, one milestone. */
static TrellisProject *
make_plan (TrellisAction    **survey,
           TrellisAction    **report,
           TrellisMilestone **milestone)
{
  TrellisProject *project = trellis_project_new ("Plan");

  *survey = add (project, trellis_action_new ("Member survey"));
  trellis_action_set_start (*survey, trellis_date_from_dmy (10, 1, 2026));
  trellis_action_set_due (*survey, trellis_date_from_dmy (28, 2, 2026));
  *report = add (project, trellis_action_new ("Survey report"));
  *milestone = add (project, trellis_milestone_new ("Survey sent", trellis_date_from_dmy (31, 1, 2026)));
  trellis_milestone_set_action_uuid (*milestone, trellis_item_get_uuid (TRELLIS_ITEM (*survey)));
  return project;
}

static const TrellisReviewChange *
find_change (GPtrArray  *changes,
             const char *uuid)
{
  for (guint i = 0; i < changes->len; i++)
    {
      const TrellisReviewChange *change = changes->pdata[i];

      if (g_str_equal (change->uuid, uuid))
        return change;
    }
  return NULL;
}

static guint
count_changes (TrellisProject *project)
{
  g_autoptr(GPtrArray) changes = trellis_review_list_changes (project, trellis_project_get_last_review (project));

  return changes->len;
}

static void
test_record_undo (void)
{
  g_autoptr(TrellisProject) project = load_sample ();
  GListModel *reviews = trellis_project_get_items (project, TRELLIS_TYPE_REVIEW);
  guint n_reviews = g_list_model_get_n_items (reviews);
  TrellisReview *before = trellis_project_get_last_review (project);
  TrellisReview *review;
  guint n_undo = trellis_history_get_n_undo (history (project));

  g_assert_nonnull (before);
  review = trellis_project_record_review (project, "2027-01-15", "Steering group", "Second review");
  g_assert_cmpuint (g_list_model_get_n_items (reviews), ==, n_reviews + 1);
  g_assert_cmpuint (trellis_history_get_n_undo (history (project)), ==, n_undo + 1);
  g_assert_cmpstr (trellis_history_get_undo_label (history (project)), ==, "Record Review");
  g_assert_true (trellis_project_get_last_review (project) == review);
  g_assert_cmpuint (trellis_review_get_date (review), ==, trellis_date_from_dmy (15, 1, 2027));
  g_assert_cmpstr (trellis_review_get_reviewer (review), ==, "Steering group");
  g_assert_cmpstr (trellis_review_get_note (review), ==, "Second review");
  g_assert_true (trellis_review_has_fingerprints (review));

  /* A review dated earlier is not the last one. */
  trellis_project_record_review (project, "2020-05-01", NULL, NULL);
  g_assert_true (trellis_project_get_last_review (project) == review);
  g_assert_true (trellis_history_undo (history (project)));

  g_assert_true (trellis_history_undo (history (project)));
  g_assert_cmpuint (g_list_model_get_n_items (reviews), ==, n_reviews);
  g_assert_true (trellis_project_get_last_review (project) == before);
  g_assert_true (trellis_history_redo (history (project)));
  g_assert_cmpuint (g_list_model_get_n_items (reviews), ==, n_reviews + 1);
  g_assert_cmpuint (trellis_review_get_date (trellis_project_get_last_review (project)), ==,
                    trellis_date_from_dmy (15, 1, 2027));
}

static void
test_default_date (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Plan");
  TrellisReview *review;

  g_assert_null (trellis_project_get_last_review (project));
  review = trellis_project_record_review (project, NULL, "", "");
  g_assert_cmpuint (trellis_review_get_date (review), ==, trellis_date_today ());
  g_assert_cmpuint (trellis_review_get_date (review), !=, TRELLIS_DAY_NONE);
  g_assert_null (trellis_review_get_reviewer (review));
  g_assert_null (trellis_review_get_note (review));
  /* An empty plan still has a fingerprint: what comes later is new. */
  g_assert_true (trellis_review_has_fingerprints (review));
  g_assert_cmpuint (count_changes (project), ==, 0);
  add (project, trellis_action_new ("First action"));
  g_assert_cmpuint (count_changes (project), ==, 1);
}

static void
test_changes (void)
{
  TrellisAction *survey, *report;
  TrellisMilestone *milestone;
  g_autoptr(TrellisProject) project = make_plan (&survey, &report, &milestone);
  g_autofree char *report_uuid = g_strdup (trellis_item_get_uuid (TRELLIS_ITEM (report)));
  TrellisAction *fair;
  TrellisReview *review;
  g_autoptr(GPtrArray) changes = NULL;
  const TrellisReviewChange *change;

  review = trellis_project_record_review (project, "2026-03-01", "Anna", NULL);
  g_assert_cmpuint (count_changes (project), ==, 0);

  trellis_action_set_progress (survey, 60);
  trellis_milestone_set_reached (milestone, trellis_date_from_dmy (2, 2, 2026));
  fair = add (project, trellis_action_new ("Trade fair stand"));
  trellis_project_remove_item (project, report);

  changes = trellis_review_list_changes (project, review);
  g_assert_cmpuint (changes->len, ==, 4);
  /* Actions first (changed or added in the plan's order, then removed), then milestones. */
  change = changes->pdata[0];
  g_assert_cmpint (change->kind, ==, TRELLIS_REVIEW_CHANGED);
  g_assert_true (change->item == TRELLIS_ITEM (survey));
  g_assert_cmpstr (change->title, ==, "Member survey");
  change = changes->pdata[1];
  g_assert_cmpint (change->kind, ==, TRELLIS_REVIEW_ADDED);
  g_assert_true (change->item == TRELLIS_ITEM (fair));
  g_assert_true (change->item_type == TRELLIS_TYPE_ACTION);
  change = changes->pdata[2];
  g_assert_cmpint (change->kind, ==, TRELLIS_REVIEW_REMOVED);
  g_assert_null (change->item);
  g_assert_cmpstr (change->uuid, ==, report_uuid);
  g_assert_cmpstr (change->title, ==, "Survey report");
  change = changes->pdata[3];
  g_assert_cmpint (change->kind, ==, TRELLIS_REVIEW_CHANGED);
  g_assert_true (change->item == TRELLIS_ITEM (milestone));
  g_assert_true (change->item_type == TRELLIS_TYPE_MILESTONE);
  g_clear_pointer (&changes, g_ptr_array_unref);

  /* Undone, a change is no change. */
  for (guint i = 0; i < 4; i++)
    g_assert_true (trellis_history_undo (history (project)));
  g_assert_cmpuint (count_changes (project), ==, 0);

  /* Setting a field back by hand is no change either. */
  trellis_action_set_title (survey, "Member survey 2026");
  changes = trellis_review_list_changes (project, review);
  g_assert_nonnull (find_change (changes, trellis_item_get_uuid (TRELLIS_ITEM (survey))));
  trellis_action_set_title (survey, "Member survey");
  g_assert_cmpuint (count_changes (project), ==, 0);

  /* A new review starts afresh. */
  trellis_action_set_status (survey, TRELLIS_STATUS_DONE);
  g_assert_cmpuint (count_changes (project), ==, 1);
  trellis_project_record_review (project, "2026-06-01", "Anna", NULL);
  g_assert_cmpuint (count_changes (project), ==, 0);
  g_clear_pointer (&changes, g_ptr_array_unref);
  changes = trellis_review_list_changes (project, review);
  g_assert_cmpuint (changes->len, ==, 1);
}

static void
test_round_trip (void)
{
  TrellisAction *survey, *report;
  TrellisMilestone *milestone;
  g_autoptr(TrellisProject) project = make_plan (&survey, &report, &milestone);
  g_autoptr(TrellisProject) loaded = NULL;
  TrellisReview *review;
  TrellisItem *loaded_survey;
  g_autoptr(GPtrArray) changes = NULL;

  trellis_action_set_title (report, "Report\nwith two lines");
  review = trellis_project_record_review (project, "2026-03-01", "Anna", "First look");
  loaded = reload (project);
  assert_valid (project);

  review = trellis_project_get_last_review (loaded);
  g_assert_nonnull (review);
  g_assert_cmpstr (trellis_review_get_reviewer (review), ==, "Anna");
  g_assert_true (trellis_review_has_fingerprints (review));
  g_assert_cmpuint (count_changes (loaded), ==, 0);

  loaded_survey = trellis_project_lookup (loaded, trellis_item_get_uuid (TRELLIS_ITEM (survey)));
  trellis_action_set_due (TRELLIS_ACTION (loaded_survey), trellis_date_from_dmy (15, 3, 2026));
  trellis_project_remove_item (loaded, trellis_project_lookup (loaded, trellis_item_get_uuid (TRELLIS_ITEM (report))));
  changes = trellis_review_list_changes (loaded, review);
  g_assert_cmpuint (changes->len, ==, 2);
  g_assert_true (((TrellisReviewChange *) changes->pdata[0])->item == loaded_survey);
  g_assert_cmpint (((TrellisReviewChange *) changes->pdata[1])->kind, ==, TRELLIS_REVIEW_REMOVED);
  g_assert_cmpstr (((TrellisReviewChange *) changes->pdata[1])->title, ==, "Report with two lines");
}

static void
test_old_file (void)
{
  g_autoptr(TrellisProject) project = load_sample ();
  g_autoptr(TrellisProject) loaded = NULL;
  TrellisReview *review = trellis_project_get_last_review (project);
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GBytes) bytes = NULL;
  const char *text;

  /* The sample's review predates fingerprints: it loads, lists nothing. */
  g_assert_nonnull (review);
  g_assert_cmpuint (trellis_review_get_date (review), ==, trellis_date_from_dmy (8, 10, 2026));
  g_assert_false (trellis_review_has_fingerprints (review));
  changes = trellis_review_list_changes (project, review);
  g_assert_cmpuint (changes->len, ==, 0);

  /* And it is saved without them, as it was. */
  bytes = trellis_project_to_bytes (project);
  text = g_bytes_get_data (bytes, NULL);
  g_assert_null (g_strstr_len (text, g_bytes_get_size (bytes), "<fingerprints"));
  loaded = reload (project);
  g_assert_false (trellis_review_has_fingerprints (trellis_project_get_last_review (loaded)));
}

/* Lines written by hand or by a later version are skipped, not fatal. */
static void
test_odd_fingerprints (void)
{
  TrellisAction *survey, *report;
  TrellisMilestone *milestone;
  g_autoptr(TrellisProject) project = make_plan (&survey, &report, &milestone);
  g_autofree char *text = NULL;
  g_autofree char *odd = NULL;
  TrellisReview *review;
  g_autoptr(GPtrArray) changes = NULL;

  text = trellis_review_log_fingerprint (project);
  g_assert_nonnull (g_strstr_len (text, -1, trellis_item_get_uuid (TRELLIS_ITEM (survey))));
  odd = g_strconcat ("garbage\n  \nservice 123 abc Other kind\n", text, NULL);
  review = trellis_review_new (trellis_date_from_dmy (1, 3, 2026));
  trellis_review_set_fingerprints (review, odd);
  add (project, review);
  changes = trellis_review_list_changes (project, review);
  g_assert_cmpuint (changes->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/review-log/record-undo", test_record_undo);
  g_test_add_func ("/core/review-log/default-date", test_default_date);
  g_test_add_func ("/core/review-log/changes", test_changes);
  g_test_add_func ("/core/review-log/round-trip", test_round_trip);
  g_test_add_func ("/core/review-log/old-file", test_old_file);
  g_test_add_func ("/core/review-log/odd-fingerprints", test_odd_fingerprints);

  return g_test_run ();
}
