/* test-cli-export-pdf.c: `trellis-cli export FILE OUT.pdf`, the workshop report, paths /cli/export-pdf/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The PDF is read back with poppler-utils; without them the cases that
 * read it are skipped.
 */

#include "config.h"

#include <string.h>

#include "cli-test-utils.h"

/* The PDF's text, or %NULL (the test skipped) without pdftotext. */
static char *
read_pdf (const char *path,
          const char *tool)
{
  char *text = trellis_test_run_poppler (tool, path);

  if (text == NULL)
    g_test_skip ("poppler-utils is not installed: the PDF is not read");
  return text;
}

static void
test_sample (CliFixture    *f,
             gconstpointer  data)
{
  g_autofree char *path = cli_copy_sample (f, "plan.trellis");
  g_autofree char *pdf = cli_path_in (f, "report.pdf");
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;

  cli_run (f, "export", "plan.trellis", "report.pdf");
  cli_assert_status (f, 0);
  g_assert_cmpstr (f->out, ==, "");
  g_assert_cmpstr (f->err, ==, "");
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  if ((info = read_pdf (pdf, "pdfinfo")) == NULL || (text = read_pdf (pdf, "pdftotext")) == NULL)
    return;
  /* LC_ALL=C.UTF-8 (cli_run) names no territory: A4 */
  cli_assert_contains (info, "Page size:       595.28 x 841.89 pts (A4)");
  cli_assert_contains (text, "Workshop report");
  cli_assert_contains (text, "SWOT analysis");
  cli_assert_contains (text, "Excellence self-check");
  cli_assert_contains (text, "Page 1 of ");
}

static void
test_options (CliFixture    *f,
              gconstpointer  data)
{
  g_autofree char *path = cli_copy_sample (f, "plan.trellis");
  g_autofree char *board = cli_path_in (f, "board.pdf");
  g_autofree char *swot = cli_path_in (f, "swot.pdf");
  g_autofree char *info = NULL;
  g_autofree char *board_text = NULL;
  g_autofree char *swot_text = NULL;

  cli_run (f, "export", "plan.trellis", "board.pdf", "--preset", "board", "--paper", "letter");
  cli_assert_status (f, 0);
  cli_run (f, "export", "--sections=swot,tows", "plan.trellis", "swot.pdf");
  cli_assert_status (f, 0);
  if ((info = read_pdf (board, "pdfinfo")) == NULL || (board_text = read_pdf (board, "pdftotext")) == NULL ||
      (swot_text = read_pdf (swot, "pdftotext")) == NULL)
    return;
  cli_assert_contains (info, "Page size:       612 x 792 pts (letter)");
  cli_assert_contains (board_text, "Status board");
  cli_assert_contains (board_text, "Overdue and next 30 days");
  g_assert_null (strstr (board_text, "SWOT analysis"));
  cli_assert_contains (swot_text, "SWOT analysis");
  cli_assert_contains (swot_text, "TOWS strategies");
  g_assert_null (strstr (swot_text, "Workshop report"));
  g_assert_null (strstr (swot_text, "Action plan"));
}

static void
test_errors (CliFixture    *f,
             gconstpointer  data)
{
  g_autofree char *path = cli_copy_sample (f, "plan.trellis");
  g_autofree char *pdf = cli_path_in (f, "report.pdf");

  cli_run (f, "export", "plan.trellis", "report.pdf", "--sections", "swot,budgets");
  cli_assert_status (f, 2);
  cli_assert_contains (f->err, "No section is called “budgets”; the sections are cover, contents, ");
  cli_run (f, "export", "plan.trellis", "report.pdf", "--preset", "funders");
  cli_assert_status (f, 2);
  cli_assert_contains (f->err, "No preset is called “funders”");
  cli_run (f, "export", "plan.trellis", "report.pdf", "--paper", "a3");
  cli_assert_status (f, 2);
  cli_assert_contains (f->err, "No paper is called “a3”; use “a4” or “letter”");
  cli_run (f, "export", "plan.trellis", "report.pdf", "--preset", "board", "--sections", "swot");
  cli_assert_status (f, 2);
  cli_assert_contains (f->err, "give --sections or --preset, not both");
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));

  cli_write_file (f, "broken.trellis", "<trellis");
  cli_run (f, "export", "broken.trellis", "report.pdf");
  cli_assert_status (f, 1);
  cli_assert_matches (f->err, "^trellis-cli: broken\\.trellis");
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
}

static void
test_help (CliFixture    *f,
           gconstpointer  data)
{
  cli_run (f, "export", "--help");
  cli_assert_status (f, 0);
  cli_assert_contains (f->out, "--sections=LIST");
  cli_assert_contains (f->out, "--preset=PRESET");
  cli_assert_contains (f->out, "--paper=PAPER");
  cli_assert_contains (f->out, "the workshop report");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, CliFixture, NULL, cli_fixture_set_up, func, cli_fixture_tear_down)
  ADD ("/cli/export-pdf/sample", test_sample);
  ADD ("/cli/export-pdf/options", test_options);
  ADD ("/cli/export-pdf/errors", test_errors);
  ADD ("/cli/export-pdf/help", test_help);
#undef ADD

  return g_test_run ();
}
