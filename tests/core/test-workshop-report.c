/* test-workshop-report.c: the whole project as one PDF, paths /core/workshop-report/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The PDF is read back with poppler-utils (pdftotext, pdfinfo); without
 * them the cases that read it are skipped.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "trellis.h"
#include "trellis-test-utils.h"
#include "trellis-workshop-report.h"

#define AS_OF  "2026-11-30"
#define MARGIN 42.0

typedef struct
{
  char                  *tmpdir;
  char                  *path;
  TrellisProject        *project;
  TrellisWorkshopReport *report;
  char                 **pages;    /* pdftotext's text of each page, read once */
} Fixture;

static void
set_up (Fixture       *fixture,
        gconstpointer  data)
{
  fixture->tmpdir = trellis_test_make_tmpdir ();
  fixture->path = g_build_filename (fixture->tmpdir, "report.pdf", NULL);
  fixture->project = trellis_test_load_sample ();
}

static void
tear_down (Fixture       *fixture,
           gconstpointer  data)
{
  g_clear_object (&fixture->report);
  g_clear_object (&fixture->project);
  g_clear_pointer (&fixture->pages, g_strfreev);
  trellis_test_remove_tree (fixture->tmpdir);
  g_free (fixture->tmpdir);
  g_free (fixture->path);
}

static char *read_text (Fixture    *fixture,
                        guint       first,
                        guint       last,
                        const char *mode);

/* Lays out and writes the report; %FALSE (the test skipped) without poppler-utils. */
static gboolean
write_report (Fixture               *fixture,
              TrellisReportSections  sections,
              TrellisPaper           paper)
{
  TrellisWorkshopReportOptions options = { sections, paper, trellis_date_parse (AS_OF) };
  g_autoptr(GFile) file = g_file_new_for_path (fixture->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");

  g_clear_object (&fixture->report);
  fixture->report = trellis_workshop_report_new (fixture->project, &options);
  g_assert_true (trellis_workshop_report_write_pdf (fixture->report, file, &error));
  g_assert_no_error (error);
  g_clear_pointer (&fixture->pages, g_strfreev);
  if (pdftotext != NULL)
    {
      g_autofree char *text = read_text (fixture, 0, 0, NULL);

      /* pdftotext ends each page with a form feed */
      fixture->pages = g_strsplit (text, "\f", -1);
      g_assert_cmpuint (g_strv_length (fixture->pages), ==,
                        trellis_workshop_report_get_n_pages (fixture->report) + 1);
      return TRUE;
    }
  g_test_skip ("pdftotext is not installed: the report's text is not checked");
  return FALSE;
}

/* What `pdftotext [-f FIRST -l LAST] [MODE]` prints for the fixture's PDF; pages from 1, 0 for all. */
static char *
read_text (Fixture    *fixture,
           guint       first,
           guint       last,
           const char *mode)
{
  g_autofree char *f = g_strdup_printf ("%u", first);
  g_autofree char *l = g_strdup_printf ("%u", last);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_ptr_array_add (argv, (char *) "pdftotext");
  if (first > 0)
    {
      g_ptr_array_add (argv, (char *) "-f");
      g_ptr_array_add (argv, f);
      g_ptr_array_add (argv, (char *) "-l");
      g_ptr_array_add (argv, l);
    }
  if (mode != NULL)
    g_ptr_array_add (argv, (char *) mode);
  g_ptr_array_add (argv, fixture->path);
  g_ptr_array_add (argv, (char *) "-");
  g_ptr_array_add (argv, NULL);
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* @text with every run of white space made one space, as words are read. */
static char *
flatten (const char *text)
{
  g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);

  return g_regex_replace_literal (space, text, -1, 0, " ", 0, NULL);
}

/* Whether @text holds the first @n_words words of @words, across line breaks. */
static gboolean
has_words (const char *text,
           const char *words,
           guint       n_words)
{
  g_autofree char *flat_text = flatten (text);
  g_autofree char *flat_words = flatten (words);
  g_auto(GStrv) parts = g_strsplit (flat_words, " ", -1);
  g_autofree char *start = NULL;
  guint n_parts = g_strv_length (parts);

  /* Keep the first @n_words (freeing every later one, not only the next). */
  for (guint i = n_words; n_words > 0 && i < n_parts; i++)
    g_clear_pointer (&parts[i], g_free);
  start = g_strjoinv (" ", parts);
  if (strstr (flat_text, start) != NULL)
    return TRUE;
  g_test_message ("“%s” is not in the text", start);
  return FALSE;
}

/* The text of pages @first to @last (from 1), as pdftotext read them. */
static char *
join_pages (Fixture *fixture,
            guint    first,
            guint    last)
{
  GString *text = g_string_new (NULL);

  for (guint page = first; page <= last; page++)
    g_string_append_printf (text, "%s\n", fixture->pages[page - 1]);
  return g_string_free (text, FALSE);
}

/* The text of the pages of @section: from its first page to where the next printed section starts. */
static char *
read_section (Fixture               *fixture,
              TrellisReportSections  section)
{
  guint first = trellis_workshop_report_get_section_page (fixture->report, section);
  guint last = trellis_workshop_report_get_n_pages (fixture->report);

  g_assert_cmpuint (first, >, 0);
  for (TrellisReportSections next = section << 1; next <= TRELLIS_REPORT_SELF_CHECK; next <<= 1)
    {
      guint page = trellis_workshop_report_get_section_page (fixture->report, next);

      if (page > 0)
        {
          last = MAX (first, page);
          break;
        }
    }
  return join_pages (fixture, first, last);
}

static void
assert_section (Fixture               *fixture,
                TrellisReportSections  section,
                const char            *content,
                guint                  n_words)
{
  g_autofree char *text = read_section (fixture, section);

  g_assert_true (has_words (text, trellis_report_section_get_title (section), 0));
  if (content != NULL)
    g_assert_true (has_words (text, content, n_words));
}

static gpointer
first_item (TrellisProject *project,
            GType           type)
{
  g_autoptr(TrellisItem) item = g_list_model_get_item (trellis_project_get_items (project, type), 0);

  g_assert_nonnull (item);
  return item;   /* the project holds it */
}

static void
check_analyses (Fixture *fixture)
{
  TrellisKeyQuestion *question = first_item (fixture->project, TRELLIS_TYPE_KEY_QUESTION);
  TrellisSwotItem *note = first_item (fixture->project, TRELLIS_TYPE_SWOT_ITEM);
  TrellisTowsStrategy *strategy = first_item (fixture->project, TRELLIS_TYPE_TOWS_STRATEGY);
  TrellisStakeholder *stakeholder = first_item (fixture->project, TRELLIS_TYPE_STAKEHOLDER);
  TrellisGoal *goal = first_item (fixture->project, TRELLIS_TYPE_GOAL);
  TrellisIndicator *indicator = first_item (fixture->project, TRELLIS_TYPE_INDICATOR);
  TrellisCanvasNote *canvas_note = first_item (fixture->project, TRELLIS_TYPE_CANVAS_NOTE);

  assert_section (fixture, TRELLIS_REPORT_OVERVIEW, trellis_key_question_get_question (question), 0);
  assert_section (fixture, TRELLIS_REPORT_OVERVIEW, trellis_key_question_get_answer (question), 4);
  assert_section (fixture, TRELLIS_REPORT_SWOT, trellis_swot_item_get_text (note), 3);
  assert_section (fixture, TRELLIS_REPORT_SWOT, "Value chain: operations", 0);
  assert_section (fixture, TRELLIS_REPORT_TOWS, trellis_tows_strategy_get_title (strategy), 3);
  assert_section (fixture, TRELLIS_REPORT_STAKEHOLDERS, trellis_stakeholder_get_name (stakeholder), 0);
  assert_section (fixture, TRELLIS_REPORT_STAKEHOLDERS, "Influence grid", 0);
  assert_section (fixture, TRELLIS_REPORT_STAKEHOLDERS, "Helix balance", 0);
  assert_section (fixture, TRELLIS_REPORT_GOALS, trellis_goal_get_title (goal), 3);
  assert_section (fixture, TRELLIS_REPORT_GOALS, trellis_indicator_get_name (indicator), 2);
  assert_section (fixture, TRELLIS_REPORT_CANVAS, trellis_canvas_note_get_text (canvas_note), 3);
}

static void
check_plan (Fixture *fixture)
{
  GListModel *actions = trellis_project_get_items (fixture->project, TRELLIS_TYPE_ACTION);
  g_autofree char *plan = read_section (fixture, TRELLIS_REPORT_PLAN);

  g_assert_true (has_words (plan, trellis_report_section_get_title (TRELLIS_REPORT_PLAN), 0));
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(TrellisAction) action = g_list_model_get_item (actions, i);
      g_autofree char *state = g_strdup_printf ("%s, %d %%",
                                                trellis_enum_label (TRELLIS_TYPE_ACTION_STATUS,
                                                                    trellis_action_get_status (action)),
                                                trellis_action_get_progress (action));

      g_assert_true (has_words (plan, trellis_action_get_title (action), 2));
      g_assert_true (has_words (plan, state, 0));
    }
  assert_section (fixture, TRELLIS_REPORT_TIMELINE, "Kick-off workshop held", 0);
  assert_section (fixture, TRELLIS_REPORT_STATUS, "The project as a whole", 0);
  assert_section (fixture, TRELLIS_REPORT_STATUS, "Plan check", 0);
  assert_section (fixture, TRELLIS_REPORT_STATUS, "Needs attention", 0);
  assert_section (fixture, TRELLIS_REPORT_DEADLINES, "Training funding application submitted", 0);
  assert_section (fixture, TRELLIS_REPORT_BUDGET, "All actions", 0);
  assert_section (fixture, TRELLIS_REPORT_SELF_CHECK, "1.1.1", 0);
}

/* The number after @name=" in @line. */
static double
read_attribute (const char *line,
                const char *name)
{
  g_autofree char *key = g_strdup_printf (" %s=\"", name);
  const char *at = strstr (line, key);

  g_assert_nonnull (at);
  return g_ascii_strtod (at + strlen (key), NULL);
}

/* Every word of the PDF lies within the margins of its page. */
static void
assert_within_margins (Fixture *fixture)
{
  g_autofree char *bbox = read_text (fixture, 0, 0, "-bbox");
  g_auto(GStrv) lines = g_strsplit (bbox, "\n", -1);
  double width = 0, height = 0;
  guint n_words = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = g_strchug (lines[i]);
      double x0, y0, x1, y1;

      if (g_str_has_prefix (line, "<page "))
        {
          width = read_attribute (line, "width");
          height = read_attribute (line, "height");
          continue;
        }
      if (!g_str_has_prefix (line, "<word "))
        continue;
      g_assert_cmpfloat (width, >, 0);
      x0 = read_attribute (line, "xMin");
      y0 = read_attribute (line, "yMin");
      x1 = read_attribute (line, "xMax");
      y1 = read_attribute (line, "yMax");
      if (x0 < MARGIN - 0.5 || y0 < MARGIN - 0.5 || x1 > width - MARGIN + 0.5 || y1 > height - MARGIN + 0.5)
        g_error ("%s is beyond the margins of its %.0f × %.0f page", line, width, height);
      n_words++;
    }
  g_assert_cmpuint (n_words, >, 100);
}

/* The cover, the contents with their page numbers, the last page's footer and header. */
static void
check_cover_and_contents (Fixture *fixture)
{
  guint n_pages = trellis_workshop_report_get_n_pages (fixture->report);
  g_autofree char *cover = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *last = NULL;
  g_autofree char *swot_entry = NULL;
  g_autofree char *footer = g_strdup_printf ("Page %u of %u", n_pages, n_pages);

  cover = join_pages (fixture, 1, 1);
  g_assert_true (has_words (cover, "Workshop report Alpine Polymer Network", 0));
  g_assert_true (has_words (cover, "Dr. Lena Brunner, Brunner Cluster Consulting", 0));
  g_assert_true (has_words (cover, "Valdor Valley (fictional Alpine region)", 0));
  g_assert_true (has_words (cover, AS_OF, 0));
  g_assert_true (has_words (cover, "Page 1 of", 0));

  contents = join_pages (fixture, 2, 2);
  swot_entry = g_strdup_printf ("SWOT analysis %u", trellis_workshop_report_get_section_page (fixture->report,
                                                                                             TRELLIS_REPORT_SWOT));
  g_assert_true (has_words (contents, swot_entry, 0));
  g_assert_true (has_words (contents, "Excellence self-check", 0));
  last = join_pages (fixture, n_pages, n_pages);
  g_assert_true (has_words (last, footer, 0));
  /* The running header: the project and the section. */
  g_assert_cmpstr (trellis_workshop_report_get_page_section (fixture->report, n_pages - 1), ==,
                   "Excellence self-check");
  g_assert_cmpstr (trellis_workshop_report_get_page_section (fixture->report, 1), ==, "Contents");
  g_assert_null (trellis_workshop_report_get_page_section (fixture->report, 0));
  g_assert_true (has_words (last, "Alpine Polymer Network", 0));
  g_assert_true (has_words (last, "Excellence self-check", 0));
  /* Each section's title is on the page the contents give for it. */
  for (TrellisReportSections section = TRELLIS_REPORT_OVERVIEW; section <= TRELLIS_REPORT_SELF_CHECK; section <<= 1)
    {
      guint page = trellis_workshop_report_get_section_page (fixture->report, section);
      g_autofree char *entry = g_strdup_printf ("%s %u", trellis_report_section_get_title (section), page);

      g_assert_true (has_words (contents, entry, 0));
      g_assert_true (has_words (fixture->pages[page - 1], trellis_report_section_get_title (section), 0));
    }
}

/* @needle in @length bytes of @data, which may hold NULs. */
static const char *
find_bytes (const char *data,
            gsize       length,
            const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (data + i, needle, n) == 0)
      return data + i;
  return NULL;
}

/* The PDF's bookmarks: the sections after the cover, in order. */
static void
check_outline (Fixture *fixture)
{
  g_autofree char *data = NULL;
  gsize length;
  const char *previous = NULL;

  g_assert_true (g_file_get_contents (fixture->path, &data, &length, NULL));
  for (TrellisReportSections section = TRELLIS_REPORT_CONTENTS; section <= TRELLIS_REPORT_SELF_CHECK; section <<= 1)
    {
      g_autofree char *entry = g_strdup_printf ("/Title (%s)", trellis_report_section_get_title (section));
      const char *at = find_bytes (data, length, entry);

      g_assert_nonnull (at);
      g_assert_true (previous == NULL || at > previous);
      previous = at;
    }
  g_assert_null (find_bytes (data, length, "/Title (Cover)"));
}

static void
test_sample (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *info = NULL;
  guint n_pages;

  if (!write_report (fixture, TRELLIS_REPORT_ALL, TRELLIS_PAPER_A4))
    return;
  n_pages = trellis_workshop_report_get_n_pages (fixture->report);
  g_assert_cmpuint (n_pages, >=, 12);
  info = trellis_test_run_poppler ("pdfinfo", fixture->path);
  g_assert_nonnull (strstr (info, "Page size:       595.28 x 841.89 pts (A4)"));
  g_assert_nonnull (strstr (info, "Title:           Alpine Polymer Network: workshop report"));

  check_cover_and_contents (fixture);
  check_outline (fixture);
  check_analyses (fixture);
  check_plan (fixture);
  assert_within_margins (fixture);
}

static void
test_chosen (Fixture       *fixture,
             gconstpointer  data)
{
  TrellisReportSections sections;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  TrellisTowsStrategy *strategy = first_item (fixture->project, TRELLIS_TYPE_TOWS_STRATEGY);
  TrellisKeyQuestion *question = first_item (fixture->project, TRELLIS_TYPE_KEY_QUESTION);

  g_assert_true (trellis_report_sections_parse ("swot, plan", &sections, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sections, ==, TRELLIS_REPORT_SWOT | TRELLIS_REPORT_PLAN);
  if (!write_report (fixture, sections, TRELLIS_PAPER_A4))
    return;
  text = join_pages (fixture, 1, trellis_workshop_report_get_n_pages (fixture->report));
  g_assert_true (has_words (text, "SWOT analysis", 0));
  g_assert_true (has_words (text, "Action plan", 0));
  g_assert_null (strstr (text, "Workshop report"));
  g_assert_null (strstr (text, "Contents"));
  g_assert_null (strstr (text, "Influence grid"));
  g_assert_null (strstr (text, "Key questions"));
  g_assert_null (strstr (text, "Timeline"));
  g_assert_null (strstr (text, "Status board"));
  g_assert_null (strstr (text, "Excellence self-check"));
  g_assert_false (has_words (text, trellis_tows_strategy_get_title (strategy), 0));
  g_assert_false (has_words (text, trellis_key_question_get_question (question), 0));
  g_assert_cmpuint (trellis_workshop_report_get_section_page (fixture->report, TRELLIS_REPORT_SWOT), ==, 1);
  g_assert_cmpuint (trellis_workshop_report_get_section_page (fixture->report, TRELLIS_REPORT_TOWS), ==, 0);
}

static void
test_board_preset (Fixture       *fixture,
                   gconstpointer  data)
{
  TrellisReportSections sections;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_assert_true (trellis_report_preset_parse ("board", &sections, &error));
  g_assert_no_error (error);
  if (!write_report (fixture, sections, TRELLIS_PAPER_A4))
    return;
  text = join_pages (fixture, 1, trellis_workshop_report_get_n_pages (fixture->report));
  g_assert_true (has_words (text, "Status board", 0));
  g_assert_true (has_words (text, "Goals and indicators", 0));
  g_assert_true (has_words (text, "Overdue and next 30 days", 0));
  g_assert_true (has_words (text, "Budget: spent of planned", 0));
  g_assert_null (strstr (text, "SWOT analysis"));
  g_assert_null (strstr (text, "Action plan"));
  g_assert_null (strstr (text, "Influence grid"));
  assert_within_margins (fixture);
}

static void
test_bad_names (void)
{
  TrellisReportSections sections = 0;
  TrellisPaper paper;
  g_autoptr(GError) error = NULL;

  g_assert_false (trellis_report_sections_parse ("swot,stakeholder", &sections, &error));
  g_assert_error (error, TRELLIS_REPORT_ERROR, TRELLIS_REPORT_ERROR_UNKNOWN);
  g_assert_nonnull (strstr (error->message, "“stakeholder”"));
  g_assert_nonnull (strstr (error->message, "stakeholders"));
  g_clear_error (&error);
  g_assert_false (trellis_report_sections_parse (" , ", &sections, &error));
  g_assert_error (error, TRELLIS_REPORT_ERROR, TRELLIS_REPORT_ERROR_UNKNOWN);
  g_clear_error (&error);
  g_assert_false (trellis_report_preset_parse ("funders", &sections, &error));
  g_assert_error (error, TRELLIS_REPORT_ERROR, TRELLIS_REPORT_ERROR_UNKNOWN);
  g_clear_error (&error);
  g_assert_false (trellis_paper_parse ("a3", &paper, &error));
  g_assert_error (error, TRELLIS_REPORT_ERROR, TRELLIS_REPORT_ERROR_UNKNOWN);
  g_clear_error (&error);
  g_assert_true (trellis_paper_parse ("Letter", &paper, &error));
  g_assert_cmpint (paper, ==, TRELLIS_PAPER_LETTER);
  g_assert_cmpint (sections, ==, 0);
}

static void
test_paper (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *letter = NULL;
  g_autofree char *a4 = NULL;
  double width, height;

  if (!write_report (fixture, TRELLIS_REPORT_COVER | TRELLIS_REPORT_PLAN, TRELLIS_PAPER_LETTER))
    return;
  trellis_workshop_report_get_page_size (fixture->report, &width, &height);
  g_assert_cmpfloat (width, ==, 612);
  g_assert_cmpfloat (height, ==, 792);
  letter = trellis_test_run_poppler ("pdfinfo", fixture->path);
  g_assert_nonnull (strstr (letter, "Page size:       612 x 792 pts (letter)"));
  assert_within_margins (fixture);

  write_report (fixture, TRELLIS_REPORT_COVER | TRELLIS_REPORT_PLAN, TRELLIS_PAPER_A4);
  a4 = trellis_test_run_poppler ("pdfinfo", fixture->path);
  g_assert_nonnull (strstr (a4, "Page size:       595.28 x 841.89 pts (A4)"));
}

static void
test_paper_from_locale (void)
{
  const struct { const char *variable; const char *value; TrellisPaper paper; } cases[] = {
    { "LANG", "en_US.UTF-8", TRELLIS_PAPER_LETTER },
    { "LANG", "de_DE.UTF-8", TRELLIS_PAPER_A4 },
    { "LANG", "es_MX", TRELLIS_PAPER_LETTER },
    { "LANG", "fr_CA.UTF-8@euro", TRELLIS_PAPER_LETTER },
    { "LANG", "en_GB.UTF-8", TRELLIS_PAPER_A4 },
    { "LANG", "C", TRELLIS_PAPER_A4 },
    { "LC_MESSAGES", "en_US.UTF-8", TRELLIS_PAPER_LETTER },
    { "LC_PAPER", "de_CH.UTF-8", TRELLIS_PAPER_A4 },    /* LC_PAPER before LC_MESSAGES */
    { "LC_ALL", "en_CA.UTF-8", TRELLIS_PAPER_LETTER },  /* LC_ALL before all */
  };

  g_unsetenv ("LC_ALL");
  g_unsetenv ("LC_PAPER");
  g_unsetenv ("LC_MESSAGES");
  g_unsetenv ("LANG");
  g_assert_cmpint (trellis_paper_from_locale (), ==, TRELLIS_PAPER_A4);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_setenv (cases[i].variable, cases[i].value, TRUE);
      g_assert_cmpint (trellis_paper_from_locale (), ==, cases[i].paper);
      if (g_str_equal (cases[i].variable, "LANG"))
        g_unsetenv ("LANG");
    }
}

/* 500 actions: the table goes on over many pages, each with the header row, and stays in the margins. */
static void
test_long_plan (Fixture       *fixture,
                gconstpointer  data)
{
  guint n_pages, short_pages;
  g_autofree char *all = NULL;
  g_auto(GStrv) pages = NULL;

  g_clear_object (&fixture->project);
  fixture->project = trellis_test_build_large_project (20, 5, 5);
  if (!write_report (fixture, TRELLIS_REPORT_PLAN, TRELLIS_PAPER_A4))
    return;
  short_pages = trellis_workshop_report_get_n_pages (fixture->report);
  g_clear_object (&fixture->project);
  g_test_timer_start ();
  fixture->project = trellis_test_build_large_project (500, 20, 20);
  g_test_message ("built in %.2f s", g_test_timer_elapsed ());
  g_test_timer_start ();
  write_report (fixture, TRELLIS_REPORT_PLAN, TRELLIS_PAPER_A4);
  g_test_message ("500 actions: laid out, written and read back in %.2f s", g_test_timer_elapsed ());
  n_pages = trellis_workshop_report_get_n_pages (fixture->report);
  g_test_message ("20 actions: %u pages; 500 actions: %u pages", short_pages, n_pages);
  g_assert_cmpuint (short_pages, <=, 2);
  g_assert_cmpuint (n_pages, >=, 10);
  all = read_text (fixture, 0, 0, "-layout");
  pages = g_strsplit (all, "\f", -1);   /* pdftotext ends each page with a form feed */
  g_assert_cmpuint (g_strv_length (pages), ==, n_pages + 1);
  for (guint page = 1; page <= n_pages; page++)
    {
      const char *text = pages[page - 1];
      g_autofree char *footer = g_strdup_printf ("Page %u of %u", page, n_pages);

      g_assert_true (has_words (text, "Action Goal Owner Start Due State Budget", 0));
      g_assert_true (has_words (text, footer, 0));
      g_assert_true (has_words (text, "Large benchmark project", 0));
    }
  g_test_timer_start ();
  assert_within_margins (fixture);
  g_test_message ("margins in %.2f s", g_test_timer_elapsed ());
}

/* A project of only a name: every section says what is missing, on as few pages. */
static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *text = NULL;

  g_clear_object (&fixture->project);
  fixture->project = trellis_project_new ("Empty");
  if (!write_report (fixture, TRELLIS_REPORT_ALL, TRELLIS_PAPER_A4))
    return;
  text = join_pages (fixture, 1, trellis_workshop_report_get_n_pages (fixture->report));
  g_assert_true (has_words (text, "The project has no key questions yet.", 0));
  g_assert_true (has_words (text, "The project has no stakeholders yet.", 0));
  g_assert_true (has_words (text, "The plan has no actions yet.", 0));
  g_assert_true (has_words (text, "No action or milestone has a date yet.", 0));
  g_assert_true (has_words (text, "Nothing is overdue or due in the next 30 days.", 0));
  /* cover, contents, then one page for each section that starts a page */
  g_assert_cmpuint (trellis_workshop_report_get_n_pages (fixture->report), ==, 12);
  assert_within_margins (fixture);
}

/* 300 stakeholders in one cell of the influence grid: the row is cut to fit a page, not drawn beyond it. */
static void
test_crowded_grid (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->project);
  fixture->project = trellis_project_new ("Crowded");
  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *name = g_strdup_printf ("Stakeholder number %u of the crowded cell", i);
      TrellisStakeholder *stakeholder = trellis_stakeholder_new (name);

      trellis_stakeholder_set_influence (stakeholder, TRELLIS_LEVEL_HIGH);
      trellis_stakeholder_set_attitude (stakeholder, TRELLIS_ATTITUDE_POSITIVE);
      trellis_project_add_item (fixture->project, stakeholder);
      g_object_unref (stakeholder);
    }
  if (!write_report (fixture, TRELLIS_REPORT_STAKEHOLDERS, TRELLIS_PAPER_LETTER))
    return;
  g_assert_cmpuint (trellis_workshop_report_get_n_pages (fixture->report), >=, 8);
  assert_within_margins (fixture);
}

/* Drawing a page onto another page size (a printer's) scales it to fit and draws ink. */
static void
test_draw_page (Fixture       *fixture,
                gconstpointer  data)
{
  TrellisWorkshopReportOptions options = { TRELLIS_REPORT_COVER | TRELLIS_REPORT_SWOT, TRELLIS_PAPER_A4,
                                           trellis_date_parse (AS_OF) };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 300, 300);
  cairo_t *cr = cairo_create (surface);
  guint inked = 0;
  unsigned char *data_;
  int stride;

  fixture->report = trellis_workshop_report_new (fixture->project, &options);
  g_assert_cmpuint (trellis_workshop_report_get_n_pages (fixture->report), ==, 2);
  g_assert_null (trellis_workshop_report_get_page_section (fixture->report, 0));
  g_assert_cmpstr (trellis_workshop_report_get_page_section (fixture->report, 1), ==, "SWOT analysis");
  trellis_workshop_report_draw_page (fixture->report, cr, 1, 300, 300);
  cairo_surface_flush (surface);
  data_ = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  /* Scaled to 300 points high, the A4 page is 212 wide and centred: nothing left of x = 44. */
  for (int y = 0; y < 300; y++)
    for (int x = 0; x < 300; x++)
      if (data_[y * stride + x * 4 + 3] != 0)
        {
          g_assert_cmpint (x, >=, 44);
          g_assert_cmpint (x, <, 256);
          inked++;
        }
  g_assert_cmpuint (inked, >, 500);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_unwritable (Fixture       *fixture,
                 gconstpointer  data)
{
  TrellisWorkshopReportOptions options = { TRELLIS_REPORT_COVER, TRELLIS_PAPER_A4, trellis_date_parse (AS_OF) };
  g_autofree char *path = g_build_filename (fixture->tmpdir, "missing", "report.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  fixture->report = trellis_workshop_report_new (fixture->project, &options);
  g_assert_false (trellis_workshop_report_write_pdf (fixture->report, file, &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/core/workshop-report/sample", Fixture, NULL, set_up, test_sample, tear_down);
  g_test_add ("/core/workshop-report/chosen", Fixture, NULL, set_up, test_chosen, tear_down);
  g_test_add ("/core/workshop-report/board-preset", Fixture, NULL, set_up, test_board_preset, tear_down);
  g_test_add_func ("/core/workshop-report/bad-names", test_bad_names);
  g_test_add ("/core/workshop-report/paper", Fixture, NULL, set_up, test_paper, tear_down);
  g_test_add_func ("/core/workshop-report/paper-from-locale", test_paper_from_locale);
  g_test_add ("/core/workshop-report/long-plan", Fixture, NULL, set_up, test_long_plan, tear_down);
  g_test_add ("/core/workshop-report/empty", Fixture, NULL, set_up, test_empty, tear_down);
  g_test_add ("/core/workshop-report/crowded-grid", Fixture, NULL, set_up, test_crowded_grid, tear_down);
  g_test_add ("/core/workshop-report/draw-page", Fixture, NULL, set_up, test_draw_page, tear_down);
  g_test_add ("/core/workshop-report/unwritable", Fixture, NULL, set_up, test_unwritable, tear_down);

  return g_test_run ();
}
