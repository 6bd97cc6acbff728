/* test-board-report.c: the printed status report, paths /core/board-report/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "trellis.h"
#include "trellis-test-utils.h"

/* Whether @text holds @words, allowing pdftotext's line breaks between them. */
static gboolean
has_words (const char *text,
           const char *words)
{
  g_auto(GStrv) parts = g_strsplit (words, " ", -1);
  g_autoptr(GString) flat = g_string_new (text);

  g_string_replace (flat, "\n", " ", 0);
  while (g_string_replace (flat, "  ", " ", 0) > 0)
    ;
  return strstr (flat->str, words) != NULL;
}

/* Writes @report to a PDF in @tmpdir and reads it back with poppler: %FALSE
 * (the test skipped) if poppler-utils is not installed. */
static gboolean
write_and_read (TrellisStatusReport  *report,
                const char           *tmpdir,
                char                **info,
                char                **text)
{
  g_autofree char *path = g_build_filename (tmpdir, "board.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (trellis_board_report_write_pdf (report, file, &error));
  g_assert_no_error (error);
  *info = trellis_test_run_poppler ("pdfinfo", path);
  *text = trellis_test_run_poppler ("pdftotext", path);
  if (*info != NULL && *text != NULL)
    return TRUE;
  g_test_skip ("pdftotext is not installed: the report's text is not checked");
  return FALSE;
}

static void
test_sample (void)
{
  g_autoptr(TrellisProject) project = trellis_test_load_sample ();
  g_autoptr(TrellisStatusReport) report = trellis_status_report_new (project, "2026-11-30");
  g_autofree char *tmpdir = trellis_test_make_tmpdir ();
  g_autoptr(GPtrArray) goals = trellis_status_report_list (report, TRELLIS_TYPE_GOAL);
  g_autoptr(GPtrArray) actions = trellis_status_report_list (report, TRELLIS_TYPE_ACTION);
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  guint red_actions = 0;

  if (!write_and_read (report, tmpdir, &info, &text))
    {
      trellis_test_remove_tree (tmpdir);
      return;
    }
  g_assert_nonnull (strstr (info, "Page size:       595.28 x 841.89 pts (A4)"));
  g_assert_nonnull (strstr (info, "Title:           Alpine Polymer Network: status as of 2026-11-30"));
  g_assert_true (has_words (text, "Status report for the board, as of 2026-11-30"));
  g_assert_true (has_words (text, "Page 1"));
  /* The overall reason, every goal, and every red action with its reason. */
  g_assert_true (has_words (text, trellis_status_entry_get_reason (trellis_status_report_get_overall (report))));
  for (guint i = 0; i < goals->len; i++)
    {
      const TrellisStatusEntry *goal = g_ptr_array_index (goals, i);
      g_autofree char *title = trellis_item_dup_label (goal->item);

      g_assert_true (has_words (text, title));
    }
  for (guint i = 0; i < actions->len; i++)
    {
      const TrellisStatusEntry *action = g_ptr_array_index (actions, i);

      if (action->light != TRELLIS_LIGHT_RED)
        continue;
      red_actions++;
      g_assert_true (has_words (text, trellis_status_entry_get_reason (action)));
    }
  g_assert_cmpuint (red_actions, >, 0);
  /* The deadlines and the budget, as the board shows them. */
  g_assert_true (has_words (text, "Overdue and next 30 days"));
  g_assert_true (has_words (text, "30 days late"));
  g_assert_true (has_words (text, "Budget: spent of planned"));
  {
    TrellisDashboardBudget total = { 0 };
    g_autofree char *currency = NULL;
    g_autoptr(GPtrArray) budgets = trellis_dashboard_list_budgets (project, &total, &currency);
    g_autofree char *all = trellis_dashboard_describe_budget (&total, currency);
    g_autoptr(GString) spaced = g_string_new (all);

    /* pdftotext writes the narrow spaces between thousands as spaces. */
    g_string_replace (spaced, "\u202f", " ", 0);
    g_assert_cmpuint (budgets->len, >, 0);
    g_assert_true (has_words (text, spaced->str));
  }
  /* The sample's override: who set it, beside the computed light. */
  g_assert_true (has_words (text, "Set by Tobias Egger on 2026-11-05"));
  /* The plan check's warnings, all of them, after the lights. */
  {
    g_autoptr(GPtrArray) warnings = trellis_plan_list_warnings (project);
    const char *heading = strstr (text, "\nPlan check\n");

    g_assert_nonnull (heading);
    g_assert_true (heading > strstr (text, "Needs attention"));
    g_assert_true (heading < strstr (text, "Overdue and next 30 days"));
    g_assert_cmpuint (warnings->len, >=, 3);
    for (guint i = 0; i < warnings->len; i++)
      {
        const TrellisPlanWarning *warning = g_ptr_array_index (warnings, i);
        g_autoptr(GString) message = g_string_new (warning->message);

        /* An overrun's amounts have narrow spaces between thousands. */
        g_string_replace (message, "\u202f", " ", 0);
        g_assert_true (has_words (heading, message->str));
      }
    g_assert_true (has_words (heading, "Action “Study on a joint energy purchasing pool” serves no goal"));
  }

  trellis_test_remove_tree (tmpdir);
}

/* Many red actions run over several pages, each numbered; none is lost. */
static void
test_pages (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Long plan");
  g_autoptr(TrellisStatusReport) report = NULL;
  g_autofree char *tmpdir = trellis_test_make_tmpdir ();
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;

  for (guint i = 0; i < 120; i++)
    {
      g_autofree char *title = g_strdup_printf ("Late action %03u", i);
      TrellisAction *action = trellis_action_new (title);

      trellis_action_set_due (action, trellis_date_parse ("2026-01-31"));
      trellis_project_add_item (project, TRELLIS_ITEM (action));
      g_object_unref (action);
    }
  report = trellis_status_report_new (project, "2026-11-30");
  if (!write_and_read (report, tmpdir, &info, &text))
    {
      trellis_test_remove_tree (tmpdir);
      return;
    }
  g_assert_null (strstr (info, "Pages:           1\n"));
  g_assert_true (has_words (text, "Page 2"));
  g_assert_true (has_words (text, "The project has no goals yet."));
  /* 240 warnings (no goal, no owner): the first 50, then their number. */
  g_assert_true (has_words (text, "Nobody is responsible for action “Late action 000”"));
  g_assert_true (has_words (text, "… and 190 more warnings: the app’s plan check lists them all"));
  g_assert_false (has_words (text, "Nobody is responsible for action “Late action 119”"));
  for (guint i = 0; i < 120; i++)
    {
      g_autofree char *title = g_strdup_printf ("Late action %03u", i);

      g_assert_true (has_words (text, title));
    }
  trellis_test_remove_tree (tmpdir);
}

/* A plan with nothing to warn about says so. */
static void
test_no_warnings (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Quiet plan");
  g_autoptr(TrellisStatusReport) report = trellis_status_report_new (project, "2026-11-30");
  g_autofree char *tmpdir = trellis_test_make_tmpdir ();
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;

  if (write_and_read (report, tmpdir, &info, &text))
    {
      g_assert_true (has_words (text, "Plan check"));
      g_assert_true (has_words (text, "The plan check finds nothing missing or inconsistent."));
    }
  trellis_test_remove_tree (tmpdir);
}

/* A file that cannot be written gives an error and leaves nothing behind. */
static void
test_unwritable (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Nowhere");
  g_autoptr(TrellisStatusReport) report = trellis_status_report_new (project, "2026-11-30");
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent-dir/board.pdf");
  g_autoptr(GError) error = NULL;

  g_assert_false (trellis_board_report_write_pdf (report, file, &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_query_exists (file, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/board-report/sample", test_sample);
  g_test_add_func ("/core/board-report/pages", test_pages);
  g_test_add_func ("/core/board-report/no-warnings", test_no_warnings);
  g_test_add_func ("/core/board-report/unwritable", test_unwritable);

  return g_test_run ();
}
