/* test-cli.c: trellis-cli, run as users and scripts run it
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every case runs the built binary in a fresh folder, with its own
 * registry, and checks the exit status, stdout and stderr.  Files the CLI
 * writes are checked in-process (they load, they equal their source) and
 * against the schema.
 */

#include "config.h"

#include <sqlite3.h>

#include <string.h>
#include <cairo.h>
#include <glib/gstdio.h>

#include "cli-test-utils.h"
#include "trellis-cli-json.h"

static const char * const commands[] = {
  "new", "validate", "info", "export", "import", "canvas", "registry",
  "registry list", "registry search", "registry add", "registry remove", "registry scan",
  "registry rebuild", "status", "check", "selfcheck",
};

static void
test_help (CliFixture    *f,
           gconstpointer  data)
{
  cli_run (f, "--help");
  cli_assert_status (f, 0);
  g_assert_cmpstr (f->err, ==, "");
  cli_assert_contains (f->out, "trellis-cli [OPTION…] COMMAND");
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *line = g_strdup_printf ("^  %s +[A-Z]", commands[i]);

      cli_assert_matches (f->out, line);
    }

  cli_run (f, "--version");
  cli_assert_status (f, 0);
  g_assert_cmpstr (f->out, ==, "trellis-cli " PACKAGE_VERSION "\n");
}

static void
test_command_help (CliFixture    *f,
                   gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_auto(GStrv) words = g_strsplit (commands[i], " ", -1);
      g_autofree char *usage = g_strdup_printf ("Usage:\n  trellis-cli %s [OPTION…]", commands[i]);

      if (words[1] == NULL)
        cli_run (f, words[0], "--help");
      else
        cli_run (f, words[0], words[1], "--help");
      cli_assert_status (f, 0);
      g_assert_cmpstr (f->err, ==, "");
      cli_assert_contains (f->out, usage);
      cli_assert_contains (f->out, "--help");
    }

  cli_run (f, "new", "--help");
  cli_assert_contains (f->out, "--template=TEMPLATE");
  cli_assert_contains (f->out, "--force");
  cli_run (f, "validate", "--help");
  cli_assert_contains (f->out, "--json");
  cli_run (f, "registry", "list", "--help");
  cli_assert_contains (f->out, "--registry=PATH");
  /* The new commands say what they print and that warnings are no failure. */
  cli_run (f, "check", "--help");
  cli_assert_contains (f->out, "--json");
  cli_assert_contains (f->out, "the exit status is 0 whether or not there\nare any");
  cli_run (f, "selfcheck", "--help");
  cli_assert_contains (f->out, "--as-of=DATE");
  cli_assert_contains (f->out, "“unanswered”");
  cli_run (f, "status", "--help");
  cli_assert_contains (f->out, "warnings of the plan check");
}

static void
test_unknown_command (CliFixture    *f,
                      gconstpointer  data)
{
  cli_run (f, "frobnicate");
  cli_assert_status (f, 2);
  g_assert_cmpstr (f->out, ==, "");
  cli_assert_contains (f->err, "trellis-cli: unknown command “frobnicate”");
  cli_assert_matches (f->err, "^  validate +");
  cli_assert_matches (f->err, "^  registry scan +");

  cli_run (f, "registry", "frobnicate");
  cli_assert_status (f, 2);
  cli_assert_contains (f->err, "unknown registry command “frobnicate”");
  cli_assert_matches (f->err, "^  registry rebuild +");

  cli_run (f, "--frobnicate");
  cli_assert_status (f, 2);
  cli_run (f, "validate", "--frobnicate", "x.trellis");
  cli_assert_status (f, 2);
  cli_assert_contains (f->err, "trellis-cli validate --help");
}

static void
test_no_command (CliFixture    *f,
                 gconstpointer  data)
{
  cli_run (f, "registry");
  cli_assert_status (f, 2);
  cli_assert_matches (f->err, "^  registry list +");

  cli_run_argv (f, (const char * const[]) { NULL });
  cli_assert_status (f, 2);
  cli_assert_matches (f->err, "^  new +");
}

static void
check_new_file (CliFixture *f,
                const char *name,
                const char *project_name,
                guint       n_key_questions)
{
  g_autofree char *path = cli_path_in (f, name);
  g_autoptr(TrellisProject) project = cli_load (path);

  trellis_test_assert_valid_file (path);
  g_assert_cmpstr (trellis_project_get_name (project), ==, project_name);
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_KEY_QUESTION), ==,
                    n_key_questions);
}

static void
test_new_blank_guided (CliFixture    *f,
                       gconstpointer  data)
{
  cli_new_project (f, "blank.trellis", "Blank cluster", "blank");
  g_assert_cmpstr (f->out, ==, "");
  check_new_file (f, "blank.trellis", "Blank cluster", 0);

  cli_new_project (f, "guided.trellis", "Guided cluster", "guided");
  check_new_file (f, "guided.trellis", "Guided cluster", 10);

  /* blank is the default */
  cli_run (f, "new", "default.trellis", "--name", "Default");
  cli_assert_status (f, 0);
  check_new_file (f, "default.trellis", "Default", 0);
}

static void
test_new_sample (CliFixture    *f,
                 gconstpointer  data)
{
  g_autofree char *sample_path = trellis_test_sample_path ();
  g_autofree char *path = cli_path_in (f, "sample.trellis");
  g_autoptr(TrellisProject) sample = NULL;
  g_autoptr(TrellisProject) project = NULL;
  guint n_types;
  const GType *types = trellis_project_get_item_types (&n_types);

  if (!cli_have_sample ())
    {
      g_test_skip ("data/samples/plastics-cluster.trellis is not there yet");
      return;
    }

  cli_new_project (f, "sample.trellis", "My copy", "sample");
  trellis_test_assert_valid_file (path);
  sample = cli_load (sample_path);
  project = cli_load (path);
  g_assert_cmpstr (trellis_project_get_name (project), ==, "My copy");
  g_assert_cmpstr (trellis_project_get_uuid (project), !=, trellis_project_get_uuid (sample));
  for (guint i = 0; i < n_types; i++)
    g_assert_cmpuint (trellis_project_count_items (project, types[i]), ==,
                      trellis_project_count_items (sample, types[i]));
}

static void
test_new_overwrite (CliFixture    *f,
                    gconstpointer  data)
{
  g_autofree char *path = cli_path_in (f, "plan.trellis");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(TrellisLock) lock = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  cli_new_project (f, "plan.trellis", "First", "blank");
  before = trellis_test_read_file (path);

  cli_run (f, "new", "plan.trellis", "--name", "Second");
  cli_assert_status (f, 1);
  g_assert_cmpstr (f->out, ==, "");
  g_assert_cmpstr (f->err, ==,
                   "trellis-cli: plan.trellis already exists; use --force to replace it\n");
  after = trellis_test_read_file (path);
  g_assert_cmpstr (before, ==, after);

  /* Not even --force replaces a file that Trellis has open. */
  lock = trellis_lock_acquire (file, FALSE, &error);
  g_assert_no_error (error);
  cli_run (f, "new", "plan.trellis", "--name", "Second", "--force");
  cli_assert_status (f, 1);
  cli_assert_contains (f->err, "is open in Trellis");
  trellis_lock_release (lock, &error);
  g_assert_no_error (error);

  cli_run (f, "new", "plan.trellis", "--name", "Second", "--force", "--template", "guided");
  cli_assert_status (f, 0);
  check_new_file (f, "plan.trellis", "Second", 10);
}

static void
test_new_usage (CliFixture    *f,
                gconstpointer  data)
{
  g_autofree char *path = cli_path_in (f, "plan.trellis");

  cli_run (f, "new", "plan.trellis");
  cli_assert_status (f, 2);
  cli_assert_contains (f->err, "--name");
  cli_run (f, "new", "plan.trellis", "--name", "   ");
  cli_assert_status (f, 2);
  cli_run (f, "new", "plan.trellis", "--name", "X", "--template", "fancy");
  cli_assert_status (f, 2);
  cli_assert_contains (f->err, "unknown template “fancy”");
  cli_run (f, "new", "--name", "X");
  cli_assert_status (f, 2);
  cli_run (f, "new", "a.trellis", "b.trellis", "--name", "X");
  cli_assert_status (f, 2);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  cli_run (f, "new", "no/such/folder/plan.trellis", "--name", "X");
  cli_assert_status (f, 1);
  cli_assert_contains (f->err, "trellis-cli: ");
}

/* Two problems, on lines 5 and 7. */
static const char broken_project[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<trellis xmlns=\"https://trellis.github.io/ns/project/1\" format-version=\"1.0\">\n"
  "  <header uuid=\"11111111-1111-4111-8111-111111111111\" name=\"Broken\"/>\n"
  "  <swot>\n"
  "    <swot-item uuid=\"22222222-2222-4222-8222-222222222222\" quadrant=\"sideways\">\n"
  "      <text>A</text></swot-item>\n"
  "    <swot-item uuid=\"33333333-3333-4333-8333-333333333333\" "
  "quadrant=\"strength\" votes=\"-3\">\n"
  "      <text>B</text></swot-item>\n"
  "  </swot>\n"
  "</trellis>\n";

/* What the core library says about @contents, as the CLI should print it. */
static char *
expected_problems (const char *contents,
                   const char *display_name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TrellisProject) project = NULL;

  project = trellis_project_load_from_data (contents, strlen (contents), display_name, &error);
  g_assert_null (project);
  g_assert_nonnull (error);
  return g_strconcat (error->message, "\n", NULL);
}

static void
test_validate_ok (CliFixture    *f,
                  gconstpointer  data)
{
  cli_new_project (f, "plan.trellis", "Plan", "guided");
  cli_run (f, "validate", "plan.trellis");
  cli_assert_status (f, 0);
  g_assert_cmpstr (f->out, ==, "plan.trellis: ok\n");
  g_assert_cmpstr (f->err, ==, "");
}

static void
test_validate_broken (CliFixture    *f,
                      gconstpointer  data)
{
  g_autofree char *expected = expected_problems (broken_project, "sub/broken.trellis");

  cli_write_file (f, "sub/broken.trellis", broken_project);
  cli_run (f, "validate", "sub/broken.trellis");
  cli_assert_status (f, 1);
  g_assert_cmpstr (f->out, ==, expected);
  cli_assert_matches (f->out, "^sub/broken\\.trellis:5: .*sideways");
  cli_assert_matches (f->out, "^sub/broken\\.trellis:7: .*-3");
  g_assert_cmpstr (f->err, ==, "");
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    if (*p == '\n')
      n++;
  return n;
}

static void
test_validate_mixed (CliFixture    *f,
                     gconstpointer  data)
{
  g_autofree char *broken = expected_problems (broken_project, "broken.trellis");
  g_autofree char *folder = cli_path_in (f, "folder.trellis");
  g_autofree char *expected = NULL;

  cli_new_project (f, "good.trellis", "Good", "blank");
  cli_write_file (f, "broken.trellis", broken_project);
  cli_write_file (f, "not-xml.trellis", "hello");
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);

  cli_run (f, "validate", "good.trellis", "broken.trellis", "missing.trellis", "not-xml.trellis",
           "folder.trellis", "good.trellis");
  cli_assert_status (f, 1);
  g_assert_cmpstr (f->err, ==, "");
  expected = g_strconcat ("good.trellis: ok\n", broken,
                          "missing.trellis: No such file or directory\n", NULL);
  g_assert_true (g_str_has_prefix (f->out, expected));
  cli_assert_matches (f->out, "^not-xml\\.trellis:1: ");
  cli_assert_matches (f->out, "^folder\\.trellis: not a regular file$");
  g_assert_true (g_str_has_suffix (f->out, "\ngood.trellis: ok\n"));
  /* one line per problem: ok, 2 problems, missing, not XML, folder, ok */
  g_assert_cmpuint (count_lines (f->out), ==, 7);

  cli_run (f, "validate", "good.trellis", "good.trellis");
  cli_assert_status (f, 0);
}

static void
test_validate_json (CliFixture    *f,
                    gconstpointer  data)
{
  cli_new_project (f, "good.trellis", "Good", "blank");
  cli_write_file (f, "bad \"quoted\".trellis", broken_project);

  cli_run (f, "validate", "--json", "good.trellis", "bad \"quoted\".trellis");
  cli_assert_status (f, 1);
  cli_assert_json (f->out);
  g_assert_true (g_str_has_prefix (f->out, "[\n  {\n    \"file\": \"good.trellis\",\n"
                                           "    \"valid\": true,\n    \"problems\": []\n  },"));
  cli_assert_contains (f->out, "\"file\": \"bad \\\"quoted\\\".trellis\",\n    \"valid\": false");
  cli_assert_contains (f->out, "\"bad \\\"quoted\\\".trellis:5: ");

  cli_run (f, "validate", "--json", "good.trellis");
  cli_assert_status (f, 0);
  cli_assert_json (f->out);
}

static void
test_validate_too_large (CliFixture    *f,
                         gconstpointer  data)
{
  g_autofree char *path = cli_path_in (f, "huge.trellis");
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileOutputStream) stream = g_file_create (file, G_FILE_CREATE_NONE, NULL, &error);

  /* A sparse file: big, but nothing written; the CLI must refuse it unread. */
  g_assert_no_error (error);
  g_seekable_truncate (G_SEEKABLE (stream), TRELLIS_FILE_MAX_SIZE + 1, NULL, &error);
  g_assert_no_error (error);
  g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &error);
  g_assert_no_error (error);

  cli_run (f, "validate", "huge.trellis");
  cli_assert_status (f, 1);
  cli_assert_matches (f->out,
                      "^huge\\.trellis: the file is .*, more than a Trellis project may be");

  cli_run (f, "validate");
  cli_assert_status (f, 2);
  g_assert_cmpstr (f->out, ==, "");
}

static void
assert_counts (const char     *out,
               TrellisProject *project)
{
  guint n_types;
  const GType *types = trellis_project_get_item_types (&n_types);

  for (guint i = 0; i < n_types; i++)
    {
      g_autoptr(TrellisItemClass) klass = g_type_class_ref (types[i]);
      g_autofree char *line = g_strdup_printf ("^  %s +%u$",
                                               trellis_item_class_get_section_name (klass),
                                               trellis_project_count_items (project, types[i]));

      cli_assert_matches (out, line);
    }
}

static void
assert_json_counts (const char     *out,
                    TrellisProject *project)
{
  guint n_types;
  const GType *types = trellis_project_get_item_types (&n_types);

  for (guint i = 0; i < n_types; i++)
    {
      g_autoptr(TrellisItemClass) klass = g_type_class_ref (types[i]);
      g_autofree char *member = g_strdup_printf ("\"%s\": %u",
                                                 trellis_item_class_get_section_name (klass),
                                                 trellis_project_count_items (project, types[i]));

      cli_assert_contains (out, member);
    }
}

static void
test_info (CliFixture    *f,
           gconstpointer  data)
{
  g_autofree char *path = cli_path_in (f, "plan.trellis");
  g_autoptr(TrellisProject) project = NULL;
  g_autofree char *uuid_line = NULL;

  cli_new_project (f, "plan.trellis", "Plastics Valley", cli_have_sample () ? "sample" : "guided");
  project = cli_load (path);

  cli_run (f, "info", "plan.trellis");
  cli_assert_status (f, 0);
  g_assert_cmpstr (f->err, ==, "");
  cli_assert_matches (f->out, "^Name: +Plastics Valley$");
  cli_assert_matches (f->out, "^Stage: +[a-z]+$");
  cli_assert_matches (f->out, "^Revision: +[0-9]+$");
  uuid_line = g_strdup_printf ("^UUID: +%s$", trellis_project_get_uuid (project));
  cli_assert_matches (f->out, uuid_line);
  assert_counts (f->out, project);

  cli_run (f, "info", "--json", "plan.trellis");
  cli_assert_status (f, 0);
  cli_assert_json (f->out);
  cli_assert_contains (f->out, "\"name\": \"Plastics Valley\"");
  cli_assert_contains (f->out, "\"file\": \"plan.trellis\"");
  cli_assert_matches (f->out, "\"revision\": [0-9]+,$");
  assert_json_counts (f->out, project);

  cli_run (f, "info", "missing.trellis");
  cli_assert_status (f, 1);
  g_assert_cmpstr (f->err, ==, "trellis-cli: missing.trellis: No such file or directory\n");
}

/* Whatever people type into a project, --json stays valid. */
static void
test_info_json_escaping (CliFixture    *f,
                         gconstpointer  data)
{
  g_autofree char *path = cli_path_in (f, "odd.trellis");
  g_autoptr(TrellisProject) project = trellis_project_new ("Quote \" back\\slash\ttab");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  trellis_header_set_cluster (trellis_project_get_header (project), "Line\nbreak Île–Région ✓");
  trellis_project_save (project, file, &error);
  g_assert_no_error (error);

  cli_run (f, "info", "--json", "odd.trellis");
  cli_assert_status (f, 0);
  cli_assert_json (f->out);
  cli_assert_contains (f->out, "\"name\": \"Quote \\\" back\\\\slash\\ttab\"");
  cli_assert_contains (f->out, "\"cluster\": \"Line\\nbreak Île–Région ✓\"");
}

static void
test_json_writer (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(TrellisCliJson) json = trellis_cli_json_new ();
  g_autofree char *text = NULL;

  trellis_cli_json_escape (out, "a\"b\\c/\b\f\n\r\t\001\037\177 é ✓ \xff!");
  g_assert_cmpstr (out->str, ==,
                   "\"a\\\"b\\\\c/\\b\\f\\n\\r\\t\\u0001\\u001f\177 é ✓ \xef\xbf\xbd!\"");

  trellis_cli_json_begin_object (json);
  trellis_cli_json_key (json, "empty");
  trellis_cli_json_begin_array (json);
  trellis_cli_json_end_array (json);
  trellis_cli_json_key (json, "list");
  trellis_cli_json_begin_array (json);
  trellis_cli_json_int (json, -3);
  trellis_cli_json_boolean (json, FALSE);
  trellis_cli_json_string (json, NULL);
  trellis_cli_json_begin_object (json);
  trellis_cli_json_end_object (json);
  trellis_cli_json_end_array (json);
  trellis_cli_json_end_object (json);
  text = trellis_cli_json_steal (g_steal_pointer (&json));
  g_assert_cmpstr (text, ==, "{\n  \"empty\": [],\n  \"list\": [\n    -3,\n    false,\n    null,\n"
                             "    {}\n  ]\n}\n");
  cli_assert_json (text);
}

static void
test_export_trellis (CliFixture    *f,
                     gconstpointer  data)
{
  g_autofree char *source_path = cli_path_in (f, "plan.trellis");
  g_autofree char *copy_path = cli_path_in (f, "out/copy.TRELLIS");
  g_autoptr(TrellisProject) source = NULL;
  g_autoptr(TrellisProject) copy = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  cli_new_project (f, "plan.trellis", "Plan", cli_have_sample () ? "sample" : "guided");
  cli_write_file (f, "out/placeholder", "");
  cli_run (f, "export", "plan.trellis", "out/copy.TRELLIS");
  cli_assert_status (f, 0);
  g_assert_cmpstr (f->out, ==, "");
  g_assert_cmpstr (f->err, ==, "");
  trellis_test_assert_valid_file (copy_path);
  source = cli_load (source_path);
  copy = cli_load (copy_path);
  g_assert_true (trellis_project_equal (source, copy));

  /* Never over the project itself, by whatever name. */
  before = trellis_test_read_file (source_path);
  cli_run (f, "export", "plan.trellis", "./plan.trellis");
  cli_assert_status (f, 1);
  cli_assert_contains (f->err, "is the project itself");
  after = trellis_test_read_file (source_path);
  g_assert_cmpstr (before, ==, after);

  cli_write_file (f, "broken.trellis", broken_project);
  cli_run (f, "export", "broken.trellis", "copy.trellis");
  cli_assert_status (f, 1);
  cli_assert_matches (f->err, "^trellis-cli: broken\\.trellis:5: ");
}

/* Every format is written now; an extension no format has is a usage error. */
static void
test_export_unknown (CliFixture    *f,
                     gconstpointer  data)
{
  g_autofree char *out_path = NULL;

  cli_new_project (f, "plan.trellis", "Plan", "blank");
  cli_run (f, "export", "plan.trellis", "plan.docx");
  cli_assert_status (f, 2);
  cli_assert_contains (f->err, "cannot tell the format of plan.docx from its extension: "
                               "use .trellis, .pdf, .csv, .ics or .md");
  out_path = cli_path_in (f, "plan.docx");
  g_assert_false (g_file_test (out_path, G_FILE_TEST_EXISTS));
  cli_run (f, "export", "plan.trellis");
  cli_assert_status (f, 2);
}

static void
test_canvas (CliFixture    *f,
             gconstpointer  data)
{
  g_autofree char *pdf_path = cli_path_in (f, "poster.pdf");
  g_autofree char *png_path = cli_path_in (f, "to-be.png");
  g_autofree char *pdf = NULL;
  cairo_surface_t *image;

  cli_new_project (f, "plan.trellis", "Plan", "sample");
  cli_run (f, "canvas", "plan.trellis", "poster.pdf");
  cli_assert_status (f, 0);
  g_assert_cmpstr (f->err, ==, "");
  pdf = trellis_test_read_file (pdf_path);
  g_assert_true (g_str_has_prefix (pdf, "%PDF-"));

  cli_run (f, "canvas", "--version", "To-be 2029", "--width", "800", "plan.trellis", "to-be.png");
  cli_assert_status (f, 0);
  image = cairo_image_surface_create_from_png (png_path);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 800);
  cairo_surface_destroy (image);

  /* A version that is not there is named, with those that are. */
  cli_run (f, "canvas", "--version", "To-be 2040", "plan.trellis", "x.pdf");
  cli_assert_status (f, 1);
  g_assert_cmpstr (f->err, ==, "trellis-cli: the project has no canvas version “To-be 2040”; "
                               "it has “To-be 2029”\n");

  cli_run (f, "canvas", "plan.trellis", "poster.svg");
  cli_assert_status (f, 2);
  cli_assert_contains (f->err, "use .pdf or .png");
  cli_run (f, "canvas", "--width", "5", "plan.trellis", "poster.png");
  cli_assert_status (f, 2);
  cli_run (f, "canvas", "missing.trellis", "poster.pdf");
  cli_assert_status (f, 1);
}

/* The lines of `registry list` that mention @text. */
static guint
count_listed (CliFixture *f,
              const char *text)
{
  g_auto(GStrv) lines = NULL;
  guint n = 0;

  cli_run (f, "registry", "list");
  cli_assert_status (f, 0);
  lines = g_strsplit (f->out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (strstr (lines[i], text) != NULL)
      n++;
  return n;
}

static void
test_registry_add_search_remove (CliFixture    *f,
                                 gconstpointer  data)
{
  cli_run (f, "registry", "list");
  cli_assert_status (f, 0);
  cli_assert_contains (f->out, "No projects are registered.");

  /* new registers, unless told not to */
  cli_new_project (f, "alpha.trellis", "Alpha Plastics", "blank");
  cli_run (f, "new", "beta.trellis", "--name", "Beta Textiles", "--no-register");
  cli_assert_status (f, 0);
  g_assert_cmpuint (count_listed (f, "Alpha Plastics"), ==, 1);
  g_assert_cmpuint (count_listed (f, "Beta Textiles"), ==, 0);
  cli_assert_matches (f->out, "^Name +Cluster +Region +Stage +Modified +Path$");

  cli_run (f, "registry", "add", "beta.trellis");
  cli_assert_status (f, 0);
  g_assert_cmpuint (count_listed (f, "Beta Textiles"), ==, 1);

  cli_run (f, "registry", "search", "Textiles");
  cli_assert_status (f, 0);
  cli_assert_contains (f->out, "Beta Textiles");
  g_assert_null (strstr (f->out, "Alpha"));
  cli_run (f, "registry", "search", "--json", "Textiles");
  cli_assert_status (f, 0);
  cli_assert_json (f->out);
  cli_assert_contains (f->out, "\"name\": \"Beta Textiles\"");
  cli_run (f, "registry", "search", "nothing like it");
  cli_assert_status (f, 0);
  cli_assert_contains (f->out, "No registered project mentions “nothing like it”.");

  cli_run (f, "registry", "remove", "alpha.trellis");
  cli_assert_status (f, 0);
  g_assert_cmpuint (count_listed (f, "Alpha Plastics"), ==, 0);
}

static void
test_registry_errors (CliFixture    *f,
                      gconstpointer  data)
{
  cli_run (f, "registry", "remove", "alpha.trellis");
  cli_assert_status (f, 1);
  cli_assert_matches (f->err, "^trellis-cli: /.*/alpha\\.trellis is not in the project registry$");

  cli_write_file (f, "broken.trellis", broken_project);
  cli_run (f, "registry", "add", "broken.trellis", "missing.trellis");
  cli_assert_status (f, 1);
  cli_assert_matches (f->err, "^trellis-cli: broken\\.trellis:5: ");
  cli_assert_matches (f->err, "^trellis-cli: missing\\.trellis: No such file or directory$");
  g_assert_cmpuint (count_listed (f, "Broken"), ==, 0);

  cli_run (f, "registry", "search");
  cli_assert_status (f, 2);
  cli_run (f, "registry", "list", "extra");
  cli_assert_status (f, 2);
}

/* Issue 18, case 9: invalid UTF-8 in the registry overflowed a heap buffer
 * in the column widths of `registry list`. */
static void
test_registry_invalid_utf8 (CliFixture    *f,
                            gconstpointer  data)
{
  sqlite3 *db = NULL;

  cli_new_project (f, "bytes.trellis", "Valid", "blank");
  g_assert_cmpint (sqlite3_open (f->registry, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE projects SET name = CAST (X'5a41ff42c3' AS TEXT), "
                                     "region = CAST (X'e282' AS TEXT);", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  sqlite3_close (db);

  cli_run (f, "registry", "list");
  cli_assert_status (f, 0);
  g_assert_true (g_utf8_validate (f->out, -1, NULL));
  cli_assert_matches (f->out, "^ZA.B.* +/.*/bytes\\.trellis$");
}

/* A damaged registry is replaced, and the user is told where the old one went. */
static void
test_registry_damaged (CliFixture    *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (f->registry, "not a database, not at all", -1, &error);
  g_assert_no_error (error);
  cli_run (f, "registry", "list");
  cli_assert_status (f, 0);
  cli_assert_matches (f->err, "^trellis-cli: the project registry was damaged .* kept as /");
  cli_assert_contains (f->out, "No projects are registered.");
}

static void
test_registry_scan_rebuild (CliFixture    *f,
                            gconstpointer  data)
{
  g_autofree char *deep = cli_path_in (f, "tree/a/b/deep.trellis");
  g_auto(GStrv) lines = NULL;
  gboolean flagged = FALSE;

  cli_write_file (f, "tree/a/b/placeholder", "");
  cli_run (f, "new", "tree/a/b/deep.trellis", "--name", "Deep Cluster", "--no-register");
  cli_assert_status (f, 0);
  cli_run (f, "new", "tree/top.trellis", "--name", "Top Cluster", "--no-register");
  cli_assert_status (f, 0);

  cli_run (f, "registry", "scan", "tree");
  cli_assert_status (f, 0);
  g_assert_cmpstr (f->out, ==, "2 projects registered from tree\n");
  g_assert_cmpuint (count_listed (f, "Deep Cluster"), ==, 1);
  g_assert_cmpuint (count_listed (f, "Top Cluster"), ==, 1);

  g_assert_cmpint (g_unlink (deep), ==, 0);
  cli_run (f, "registry", "rebuild");
  cli_assert_status (f, 0);
  g_assert_cmpstr (f->out, ==, "2 projects registered, 1 missing\n");

  cli_run (f, "registry", "list");
  lines = g_strsplit (f->out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (strstr (lines[i], "deep.trellis") != NULL)
      flagged = g_str_has_suffix (lines[i], "missing");
  g_assert_true (flagged);
  g_assert_cmpuint (count_listed (f, "missing"), ==, 1);

  cli_run (f, "registry", "list", "--json");
  cli_assert_status (f, 0);
  cli_assert_json (f->out);
  cli_assert_contains (f->out, "\"missing\": true");
  cli_assert_contains (f->out, "\"missing\": false");

  cli_run (f, "registry", "scan", "no-such-folder");
  cli_assert_status (f, 1);
}

/* --registry before the command, before the subcommand or after it. */
static void
test_registry_option (CliFixture    *f,
                      gconstpointer  data)
{
  g_autofree char *other = g_build_filename (g_get_home_dir (), "other.db", NULL);

  cli_run (f, "new", "plan.trellis", "--name", "Elsewhere", "--registry", other);
  cli_assert_status (f, 0);
  g_assert_cmpuint (count_listed (f, "Elsewhere"), ==, 0);

  cli_run (f, "--registry", other, "registry", "list");
  cli_assert_contains (f->out, "Elsewhere");
  cli_run (f, "registry", "--registry", other, "list");
  cli_assert_contains (f->out, "Elsewhere");
  cli_run (f, "registry", "list", "--registry", other);
  cli_assert_contains (f->out, "Elsewhere");
  cli_run (f, "registry", "remove", "--registry", other, "plan.trellis");
  cli_assert_status (f, 0);
  cli_run (f, "registry", "list", "--registry", other);
  g_assert_null (strstr (f->out, "Elsewhere"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/cli/json-writer", test_json_writer);
#define ADD(path, func) \
  g_test_add (path, CliFixture, NULL, cli_fixture_set_up, func, cli_fixture_tear_down)
  ADD ("/cli/help", test_help);
  ADD ("/cli/command-help", test_command_help);
  ADD ("/cli/unknown-command", test_unknown_command);
  ADD ("/cli/no-command", test_no_command);
  ADD ("/cli/new/blank-guided", test_new_blank_guided);
  ADD ("/cli/new/sample", test_new_sample);
  ADD ("/cli/new/overwrite", test_new_overwrite);
  ADD ("/cli/new/usage", test_new_usage);
  ADD ("/cli/validate/ok", test_validate_ok);
  ADD ("/cli/validate/broken", test_validate_broken);
  ADD ("/cli/validate/mixed", test_validate_mixed);
  ADD ("/cli/validate/json", test_validate_json);
  ADD ("/cli/validate/too-large", test_validate_too_large);
  ADD ("/cli/info", test_info);
  ADD ("/cli/info/json-escaping", test_info_json_escaping);
  ADD ("/cli/export/trellis", test_export_trellis);
  ADD ("/cli/export/unknown", test_export_unknown);
  ADD ("/cli/canvas", test_canvas);
  ADD ("/cli/registry/add-search-remove", test_registry_add_search_remove);
  ADD ("/cli/registry/errors", test_registry_errors);
  ADD ("/cli/registry/damaged", test_registry_damaged);
  ADD ("/cli/registry/invalid-utf8", test_registry_invalid_utf8);
  ADD ("/cli/registry/scan-rebuild", test_registry_scan_rebuild);
  ADD ("/cli/registry/option", test_registry_option);
#undef ADD

  return g_test_run ();
}
