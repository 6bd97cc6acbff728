/* test-project-file.c: loading and saving .trellis files
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <unistd.h>
#include <sys/resource.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <utime.h>
#include <glib/gstdio.h>

#include "trellis-test-utils.h"

static char *
data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", name, NULL);
}

static TrellisProject *
save_and_load (TrellisProject *project,
               const char     *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  TrellisProject *loaded;

  trellis_project_save (project, file, &error);
  g_assert_no_error (error);
  loaded = trellis_project_load (file, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  return loaded;
}

static void
test_round_trip (void)
{
  g_autofree char *dir = trellis_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "full.trellis", NULL);
  g_autoptr(TrellisProject) project = trellis_test_build_full_project ();
  g_autoptr(TrellisProject) loaded = save_and_load (project, path);
  g_autofree char *first = trellis_test_read_file (path);
  g_autofree char *second = NULL;
  g_autoptr(GBytes) again = NULL;

  g_assert_true (trellis_project_equal (project, loaded));
  g_assert_false (trellis_project_get_dirty (loaded));
  trellis_test_assert_valid_file (path);

  /* Saving what was loaded, unchanged, gives the same bytes. */
  again = trellis_project_to_bytes (loaded);
  g_assert_cmpmem (g_bytes_get_data (again, NULL), g_bytes_get_size (again), first, strlen (first));
  {
    g_autoptr(TrellisProject) third = save_and_load (loaded, path);
    second = trellis_test_read_file (path);
    g_assert_cmpstr (first, ==, second);
    g_assert_true (trellis_project_equal (loaded, third));
  }

  /* Stable layout: two-space indent, ISO dates, one item per element. */
  g_assert_nonnull (strstr (first, "\n  <swot>\n    <swot-item uuid="));
  g_assert_nonnull (strstr (first, "due=\"2026-06-30\""));
  g_assert_nonnull (strstr (first, "format-version=\"1.0\""));
}

static void
test_revision (void)
{
  g_autofree char *dir = trellis_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "rev.trellis", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(TrellisProject) project = trellis_project_new ("Revisions");
  TrellisHeader *header = trellis_project_get_header (project);
  g_autoptr(GError) error = NULL;

  trellis_header_set_region (header, "North");
  g_assert_true (trellis_project_save (project, file, &error));
  g_assert_no_error (error);
  g_assert_cmpint (trellis_header_get_revision (header), ==, 1);
  g_assert_false (trellis_project_get_dirty (project));
  /* The stamp is not an edit: nothing new to undo. */
  g_assert_cmpuint (trellis_history_get_n_undo (trellis_project_get_history (project)), ==, 1);

  trellis_project_save (project, file, &error);
  g_assert_cmpint (trellis_header_get_revision (header), ==, 1);
  trellis_header_set_region (header, "South");
  trellis_project_save (project, file, &error);
  g_assert_no_error (error);
  g_assert_cmpint (trellis_header_get_revision (header), ==, 2);
}

static void
test_backup (void)
{
  g_autofree char *dir = trellis_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "b.trellis", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(TrellisProject) project = trellis_project_new ("Backup");
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(GDir) listing = NULL;
  const char *name;
  guint n_files = 0;

  trellis_project_save (project, file, &error);
  g_assert_no_error (error);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
  g_chmod (path, 0600);
  before = trellis_test_read_file (path);

  trellis_header_set_name (trellis_project_get_header (project), "Backup 2");
  trellis_project_save (project, file, &error);
  g_assert_no_error (error);
  kept = trellis_test_read_file (backup);
  g_assert_cmpstr (kept, ==, before);
  {
    struct stat st;
    g_assert_cmpint (g_stat (path, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  }

  /* No temporary files are left behind. */
  listing = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (listing)))
    n_files++;
  g_assert_cmpuint (n_files, ==, 2);
}

/* Issue 18, case 6: a read-only project (mode 444) was replaced by Save. */
static void
test_read_only_file (void)
{
  g_autofree char *dir = trellis_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "locked.trellis", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(TrellisProject) project = trellis_project_new ("Read-only file");
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  struct stat st;

  g_assert_true (trellis_project_save (project, file, &error));
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  before = trellis_test_read_file (path);

  trellis_header_set_name (trellis_project_get_header (project), "Changed");
  g_assert_false (trellis_project_save (project, file, &error));
  g_assert_error (error, TRELLIS_FILE_ERROR, TRELLIS_FILE_ERROR_SAVE);
  g_assert_nonnull (strstr (error->message, "“locked.trellis”"));
  g_assert_nonnull (strstr (error->message, "read-only"));
  after = trellis_test_read_file (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0444);
  g_assert_true (trellis_project_get_dirty (project));
}

/* Issue 18, case 14: kill -9 during a save left .NAME.XXXXXX for ever.  The
 * next save removes the old ones of that file, and nothing else. */
static void
test_stale_temporaries (void)
{
  g_autofree char *dir = trellis_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "plan.trellis", NULL);
  g_autofree char *stale = g_build_filename (dir, ".plan.trellis.Ab12Cd", NULL);
  g_autofree char *fresh = g_build_filename (dir, ".plan.trellis.Ef34Gh", NULL);
  g_autofree char *other = g_build_filename (dir, ".other.trellis.Ij56Kl", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(TrellisProject) project = trellis_project_new ("Temporaries");
  g_autoptr(GError) error = NULL;
  struct utimbuf old = { .actime = time (NULL) - 3600, .modtime = time (NULL) - 3600 };

  g_assert_true (g_file_set_contents (stale, "half a save", -1, NULL));
  g_assert_true (g_file_set_contents (fresh, "a save in progress", -1, NULL));
  g_assert_true (g_file_set_contents (other, "another file's", -1, NULL));
  g_assert_cmpint (g_utime (stale, &old), ==, 0);
  g_assert_cmpint (g_utime (other, &old), ==, 0);

  g_assert_true (trellis_project_save (project, file, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (stale, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (fresh, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS));
}

/* In a child process: become an ordinary user if we are root (root may
 * write anywhere), then try to save into a read-only folder. */
static void
test_read_only_folder (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  dir = trellis_test_make_tmpdir ();
  path = g_build_filename (dir, "ro.trellis", NULL);
  {
    g_autoptr(TrellisProject) project = trellis_project_new ("Read-only");
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autoptr(GError) error = NULL;
    trellis_project_save (project, file, &error);
    g_assert_no_error (error);
  }
  before = trellis_test_read_file (path);
  g_chmod (path, 0644);
  g_chmod (dir, 0555);

  if (g_test_subprocess ())
    return;

  g_setenv ("TRELLIS_TEST_RO_PATH", path, TRUE);
  g_test_trap_subprocess ("/core/project-file/read-only-folder/subprocess", 0,
                          G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  after = trellis_test_read_file (path);
  g_assert_cmpstr (before, ==, after);
  g_chmod (dir, 0755);
}

static void
test_read_only_folder_subprocess (void)
{
  const char *path = g_getenv ("TRELLIS_TEST_RO_PATH");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(TrellisProject) project = NULL;

  if (geteuid () == 0 && (setgid (65534) != 0 || setuid (65534) != 0))
    {
      g_test_skip ("cannot drop root privileges here");
      return;
    }

  project = trellis_project_load (file, &error);
  g_assert_no_error (error);
  trellis_header_set_name (trellis_project_get_header (project), "Changed");
  g_assert_false (trellis_project_save (project, file, &error));
  g_assert_error (error, TRELLIS_FILE_ERROR, TRELLIS_FILE_ERROR_SAVE);
  g_assert_nonnull (strstr (error->message, "ro.trellis"));
  g_assert_nonnull (strstr (error->message, "Permission denied"));
  /* A failed save leaves the project dirty and its header as it was. */
  g_assert_true (trellis_project_get_dirty (project));
  g_assert_cmpint (trellis_header_get_revision (trellis_project_get_header (project)), ==, 0);
}

/* Issue 18, fault injection: a process killed (SIGKILL) at a random
 * point of a loop of saves, 200 times.  Each time the file is a complete
 * project, the old version or the new one, and so is its backup. */
static void
test_kill_during_saves (void)
{
  g_autofree char *dir = trellis_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "killed.trellis", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GRand) rand = g_rand_new_with_seed (18);
  g_autoptr(TrellisProject) project = trellis_test_build_full_project ();
  g_autoptr(GError) error = NULL;
  g_autofree char *last_name = NULL;
  guint n_changed = 0;

  g_assert_true (trellis_project_save (project, file, &error));
  for (guint run = 0; run < 200; run++)
    {
      pid_t pid = fork ();

      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        {
          for (guint i = 0;; i++)
            {
              g_autofree char *name = g_strdup_printf ("Run %u save %u", run, i);

              trellis_header_set_name (trellis_project_get_header (project), name);
              if (!trellis_project_save (project, file, NULL))
                _exit (1);
            }
        }
      g_usleep (g_rand_int_range (rand, 0, 100000));
      kill (pid, SIGKILL);
      waitpid (pid, NULL, 0);

      for (guint f = 0; f < 2; f++)
        {
          g_autoptr(GFile) written = g_file_new_for_path (f == 0 ? path : backup);
          g_autoptr(TrellisProject) loaded = NULL;

          if (f == 1 && !g_file_query_exists (written, NULL))
            continue;
          loaded = trellis_project_load (written, &error);
          if (loaded == NULL)
            g_error ("run %u: %s is not a complete project: %s", run, f == 0 ? "the file" : "its backup",
                     error->message);
          g_assert_cmpuint (trellis_project_count_items (loaded, TRELLIS_TYPE_ACTION), ==,
                            trellis_project_count_items (project, TRELLIS_TYPE_ACTION));
          if (f == 0 && g_strcmp0 (last_name, trellis_project_get_name (loaded)) != 0)
            {
              n_changed++;
              g_free (last_name);
              last_name = g_strdup (trellis_project_get_name (loaded));
            }
        }
    }
  /* The saves really ran: the file changed in many runs (a save with its
   * fsync () takes a few milliseconds). */
  g_test_message ("the file changed in %u of 200 runs", n_changed);
  g_assert_cmpuint (n_changed, >=, 20);
}

/* A disk that fills up while writing: the file size limit makes write()
 * fail the way ENOSPC does, half-way through the new version. */
static void
test_disk_full (void)
{
  g_autofree char *dir = trellis_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "full.trellis", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GDir) listing = NULL;
  guint n_files = 0;

  {
    g_autoptr(TrellisProject) project = trellis_project_new ("Small");
    g_autoptr(GFile) file = g_file_new_for_path (path);
    trellis_project_save (project, file, NULL);
  }
  before = trellis_test_read_file (path);

  if (g_test_subprocess ())
    return;
  g_setenv ("TRELLIS_TEST_FULL_PATH", path, TRUE);
  g_test_trap_subprocess ("/core/project-file/disk-full/subprocess", 0,
                          G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();

  after = trellis_test_read_file (path);
  g_assert_cmpstr (before, ==, after);
  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing))
    n_files++;
  g_assert_cmpuint (n_files, ==, 1);
}

static void
test_disk_full_subprocess (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_getenv ("TRELLIS_TEST_FULL_PATH"));
  g_autoptr(TrellisProject) project = trellis_test_build_full_project ();
  g_autoptr(GError) error = NULL;
  struct rlimit limit = { 1024, 1024 };

  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  g_assert_false (trellis_project_save (project, file, &error));
  g_assert_error (error, TRELLIS_FILE_ERROR, TRELLIS_FILE_ERROR_SAVE);
  g_assert_nonnull (strstr (error->message, "unchanged"));
}

static void
test_unknown_preserved (void)
{
  g_autofree char *path = data_path ("future-minor.trellis");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(TrellisProject) project = trellis_project_load (file, &error);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(TrellisProject) again = NULL;
  g_autoptr(GBytes) bytes2 = NULL;
  const char *text;
  const char *expected[] = {
    "xmlns:ext=\"https://example.org/ext\"", "ext:colour=\"teal\"", "<ext:workshop room=\"A1\">",
    "<reviews-v2 cadence=\"quarterly\"/>", "<mood>optimistic</mood>", "<!-- kept comment -->",
    "<ext:badge>gold</ext:badge>", "future-attribute=\"42\"", "<ext:note>inside swot</ext:note>",
  };

  g_assert_no_error (error);
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_SWOT_ITEM), ==, 1);
  bytes = trellis_project_to_bytes (project);
  text = g_bytes_get_data (bytes, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    if (strstr (text, expected[i]) == NULL)
      g_error ("“%s” was not written back:\n%s", expected[i], text);

  /* The written file reads back the same and writes the same bytes. */
  again = trellis_project_load_from_data (text, g_bytes_get_size (bytes), "again", &error);
  g_assert_no_error (error);
  bytes2 = trellis_project_to_bytes (again);
  g_assert_true (g_bytes_equal (bytes, bytes2));
  g_assert_true (trellis_project_equal (project, again));
}

/* Unknown content of every kind, and the exact bytes it is written back as
 * (what the document-tree writer of Trellis 0.4 made of it). */
typedef struct
{
  const char *name;
  const char *input;
  const char *expected;
  gboolean    settles_later;  /* a second save moves a declaration to the root */
} KeptCase;

#define EMPTY_SECTIONS_AFTER_SWOT \
  "  <tows/>\n  <stakeholders/>\n  <canvas-versions/>\n  <canvas/>\n  <goals/>\n  <indicators/>\n" \
  "  <measurements/>\n  <actions/>\n  <milestones/>\n  <services/>\n  <reviews/>\n  <overrides/>\n" \
  "  <snapshots/>\n  <snapshot-entries/>\n  <self-checks/>\n"

static const KeptCase kept_cases[] = {
  { "attribute-escapes",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<trellis xmlns=\"https://trellis.github.io/ns/project/1\" format-version=\"1.0\">\n"
    "<header uuid=\"11111111-1111-4111-8111-111111111111\" name=\"P\"></header>\n"
    "<swot><swot-item uuid=\"22222222-2222-4222-8222-222222222221\" quadrant=\"strength\" future=\"x&amp;y&#10;z&#9;t&#13;u&quot;&lt;&gt;é\"><text>  </text></swot-item></swot>\n"
    "</trellis>\n",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<trellis xmlns=\"https://trellis.github.io/ns/project/1\" format-version=\"1.0\">\n"
    "  <header uuid=\"11111111-1111-4111-8111-111111111111\" name=\"P\"/>\n"
    "  <key-questions/>\n"
    "  <swot>\n"
    "    <swot-item uuid=\"22222222-2222-4222-8222-222222222221\" quadrant=\"strength\" future=\"x&amp;y&#10;z&#9;t&#13;u&quot;&lt;&gt;é\">\n"
    "      <text>  </text>\n"
    "    </swot-item>\n"
    "  </swot>\n"
    EMPTY_SECTIONS_AFTER_SWOT
    "</trellis>\n" },
  { "markup-in-field",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<trellis xmlns=\"https://trellis.github.io/ns/project/1\" format-version=\"1.0\">\n"
    "<header uuid=\"11111111-1111-4111-8111-111111111111\" name=\"P\"></header>\n"
    "<swot><swot-item uuid=\"22222222-2222-4222-8222-222222222221\" quadrant=\"strength\"><text>x<b>bold</b> y <?pi z?></text></swot-item></swot>\n"
    "</trellis>\n",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<trellis xmlns=\"https://trellis.github.io/ns/project/1\" format-version=\"1.0\">\n"
    "  <header uuid=\"11111111-1111-4111-8111-111111111111\" name=\"P\"/>\n"
    "  <key-questions/>\n"
    "  <swot>\n"
    "    <swot-item uuid=\"22222222-2222-4222-8222-222222222221\" quadrant=\"strength\">\n"
    /* the markup kept, the value being its text (issue 18, case 12) */
    "      <text>x<b>bold</b> y <?pi z?></text>\n"
    "    </swot-item>\n"
    "  </swot>\n"
    EMPTY_SECTIONS_AFTER_SWOT
    "</trellis>\n" },
  { "text-in-item",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<trellis xmlns=\"https://trellis.github.io/ns/project/1\" format-version=\"1.0\">\n"
    "<header uuid=\"11111111-1111-4111-8111-111111111111\" name=\"P\"></header>\n"
    "<swot><swot-item uuid=\"22222222-2222-4222-8222-222222222221\" quadrant=\"strength\">hello<text>t</text> world <mood/></swot-item></swot>\n"
    "</trellis>\n",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<trellis xmlns=\"https://trellis.github.io/ns/project/1\" format-version=\"1.0\">\n"
    "  <header uuid=\"11111111-1111-4111-8111-111111111111\" name=\"P\"/>\n"
    "  <key-questions/>\n"
    "  <swot>\n"
    "    <swot-item uuid=\"22222222-2222-4222-8222-222222222221\" quadrant=\"strength\"><text>t</text>hello world <mood/></swot-item>\n"
    "  </swot>\n"
    EMPTY_SECTIONS_AFTER_SWOT
    "</trellis>\n" },
  { "foreign-elements",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<trellis xmlns=\"https://trellis.github.io/ns/project/1\" format-version=\"1.0\" xmlns:ext=\"urn:ext\" ext:a=\"1\">\n"
    "<header uuid=\"11111111-1111-4111-8111-111111111111\" name=\"P\"><ext:w a=\"1\"><ext:p>A</ext:p>\n"
    "  <ext:p>  </ext:p>  <ext:q>x <ext:r/>  <ext:s/></ext:q></ext:w></header>\n"
    "<swot><swot-item uuid=\"22222222-2222-4222-8222-222222222221\" quadrant=\"strength\"><text>t</text></swot-item></swot>\n"
    "</trellis>\n",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<trellis xmlns=\"https://trellis.github.io/ns/project/1\" xmlns:ext=\"urn:ext\" format-version=\"1.0\" ext:a=\"1\">\n"
    "  <header uuid=\"11111111-1111-4111-8111-111111111111\" name=\"P\">\n"
    "    <ext:w a=\"1\">\n"
    "      <ext:p>A</ext:p>\n"
    "      <ext:p>  </ext:p>\n"
    "      <ext:q>x <ext:r/>  <ext:s/></ext:q>\n"
    "    </ext:w>\n"
    "  </header>\n"
    "  <key-questions/>\n"
    "  <swot>\n"
    "    <swot-item uuid=\"22222222-2222-4222-8222-222222222221\" quadrant=\"strength\">\n"
    "      <text>t</text>\n"
    "    </swot-item>\n"
    "  </swot>\n"
    EMPTY_SECTIONS_AFTER_SWOT
    "</trellis>\n" },
  { "root-comment-pi-space",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<trellis xmlns=\"https://trellis.github.io/ns/project/1\" format-version=\"1.0\">\n"
    "<header uuid=\"11111111-1111-4111-8111-111111111111\" name=\"P\"></header>\n"
    "<!-- root comment --><?pi root?><swot/><unknown xml:space=\"preserve\">  <a/>  </unknown>\n"
    "</trellis>\n",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<trellis xmlns=\"https://trellis.github.io/ns/project/1\" format-version=\"1.0\">\n"
    "  <header uuid=\"11111111-1111-4111-8111-111111111111\" name=\"P\"/>\n"
    "  <key-questions/>\n"
    "  <swot/>\n"
    EMPTY_SECTIONS_AFTER_SWOT
    "  <!-- root comment -->\n"
    "  <?pi root?>\n"
    "  <unknown xml:space=\"preserve\">  <a/>  </unknown>\n"
    "</trellis>\n" },
  { "prefix-clash",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<trellis xmlns=\"https://trellis.github.io/ns/project/1\" format-version=\"1.0\" xmlns:ext=\"urn:ext\">\n"
    "<header uuid=\"11111111-1111-4111-8111-111111111111\" name=\"P\"></header>\n"
    "<swot><swot-item uuid=\"22222222-2222-4222-8222-222222222221\" quadrant=\"strength\" xmlns:ext=\"urn:other\" ext:k=\"v\"><text>a</text></swot-item></swot>\n"
    "</trellis>\n",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<trellis xmlns=\"https://trellis.github.io/ns/project/1\" xmlns:ext=\"urn:ext\" format-version=\"1.0\">\n"
    "  <header uuid=\"11111111-1111-4111-8111-111111111111\" name=\"P\"/>\n"
    "  <key-questions/>\n"
    "  <swot>\n"
    "    <swot-item xmlns:ext1=\"urn:other\" uuid=\"22222222-2222-4222-8222-222222222221\" quadrant=\"strength\" ext1:k=\"v\">\n"
    "      <text>a</text>\n"
    "    </swot-item>\n"
    "  </swot>\n"
    EMPTY_SECTIONS_AFTER_SWOT
    "</trellis>\n", TRUE },
  { "mixed-blanks",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<trellis xmlns=\"https://trellis.github.io/ns/project/1\" format-version=\"1.0\">\n"
    "<header uuid=\"11111111-1111-4111-8111-111111111111\" name=\"P\"><m>a <b/>  text  <c/>  <d/></m></header>\n"
    "<swot><swot-item uuid=\"22222222-2222-4222-8222-222222222221\" quadrant=\"strength\"><text>a</text></swot-item></swot>\n"
    "</trellis>\n",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<trellis xmlns=\"https://trellis.github.io/ns/project/1\" format-version=\"1.0\">\n"
    "  <header uuid=\"11111111-1111-4111-8111-111111111111\" name=\"P\">\n"
    "    <m>a <b/>  text  <c/>  <d/></m>\n"
    "  </header>\n"
    "  <key-questions/>\n"
    "  <swot>\n"
    "    <swot-item uuid=\"22222222-2222-4222-8222-222222222221\" quadrant=\"strength\">\n"
    "      <text>a</text>\n"
    "    </swot-item>\n"
    "  </swot>\n"
    EMPTY_SECTIONS_AFTER_SWOT
    "</trellis>\n" },
  { "mixed-non-ascii",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<trellis xmlns=\"https://trellis.github.io/ns/project/1\" format-version=\"1.0\">\n"
    "<header uuid=\"11111111-1111-4111-8111-111111111111\" name=\"P\"><m><b/>é text<c/>   <d/></m></header>\n"
    "<swot><swot-item uuid=\"22222222-2222-4222-8222-222222222221\" quadrant=\"strength\"><text>a</text></swot-item></swot>\n"
    "</trellis>\n",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<trellis xmlns=\"https://trellis.github.io/ns/project/1\" format-version=\"1.0\">\n"
    "  <header uuid=\"11111111-1111-4111-8111-111111111111\" name=\"P\">\n"
    "    <m><b/>é text<c/>   <d/></m>\n"
    "  </header>\n"
    "  <key-questions/>\n"
    "  <swot>\n"
    "    <swot-item uuid=\"22222222-2222-4222-8222-222222222221\" quadrant=\"strength\">\n"
    "      <text>a</text>\n"
    "    </swot-item>\n"
    "  </swot>\n"
    EMPTY_SECTIONS_AFTER_SWOT
    "</trellis>\n" },
};

/* What the reader does not know comes back byte for byte, wherever it was
 * and whatever it holds (text, comments, processing instructions, other
 * namespaces, significant blanks), and reads back the same. */
/* Issue 18, case 12: markup inside a text field (a newer minor version)
 * was flattened to plain text on save.  It is kept while the text is
 * unchanged; an edited text is written plain, once. */
static void
test_markup_in_text_kept (void)
{
  const char *data =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<trellis xmlns=\"https://trellis.github.io/ns/project/1\" xmlns:ext=\"https://example.org/ext\" "
    "format-version=\"1.4\">\n"
    "  <header uuid=\"11111111-1111-4111-8111-111111111111\" name=\"Markup\"/>\n"
    "  <stakeholders>\n"
    "    <stakeholder uuid=\"33333333-3333-4333-8333-333333333333\" name=\"Firm\">\n"
    "      <description>Works with <ext:b>three</ext:b> universities</description>\n"
    "      <measure>Invite <em>early</em></measure>\n"
    "    </stakeholder>\n"
    "  </stakeholders>\n"
    "</trellis>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(TrellisProject) project = trellis_project_load_from_data (data, strlen (data), "markup.trellis", &error);
  g_autoptr(TrellisProject) again = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) bytes2 = NULL;
  g_autoptr(GBytes) edited = NULL;
  TrellisStakeholder *firm;
  const char *text;

  g_assert_no_error (error);
  firm = g_list_model_get_item (trellis_project_get_items (project, TRELLIS_TYPE_STAKEHOLDER), 0);
  g_object_unref (firm);
  g_assert_cmpstr (trellis_stakeholder_get_description (firm), ==, "Works with three universities");
  g_assert_cmpstr (trellis_stakeholder_get_measure (firm), ==, "Invite early");

  bytes = trellis_project_to_bytes (project);
  text = g_bytes_get_data (bytes, NULL);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "<description>Works with <ext:b>three</ext:b> universities</description>"));
  g_assert_nonnull (strstr (text, "<measure>Invite <em>early</em></measure>"));
  again = trellis_project_load_from_data (text, strlen (text), "again.trellis", &error);
  g_assert_no_error (error);
  bytes2 = trellis_project_to_bytes (again);
  g_assert_true (g_bytes_equal (bytes, bytes2));

  /* Edited: the new text, plain, once; the other field keeps its markup. */
  trellis_stakeholder_set_description (firm, "Works with four universities");
  edited = trellis_project_to_bytes (project);
  text = g_bytes_get_data (edited, NULL);
  g_assert_nonnull (strstr (text, "<description>Works with four universities</description>"));
  g_assert_null (strstr (text, "three"));
  g_assert_nonnull (strstr (text, "<measure>Invite <em>early</em></measure>"));
  g_clear_object (&again);
  again = trellis_project_load_from_data (text, strlen (text), "edited.trellis", &error);
  g_assert_no_error (error);

  /* Undone: the markup is back. */
  trellis_history_undo (trellis_project_get_history (project));
  g_clear_pointer (&edited, g_bytes_unref);
  edited = trellis_project_to_bytes (project);
  g_assert_true (g_bytes_equal (bytes, edited));
}

static void
test_kept_exactly (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (kept_cases); i++)
    {
      const KeptCase *kept = &kept_cases[i];
      g_autoptr(GError) error = NULL;
      g_autoptr(TrellisProject) project = NULL;
      g_autoptr(TrellisProject) again = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GBytes) bytes2 = NULL;

      g_test_message ("%s", kept->name);
      project = trellis_project_load_from_data (kept->input, strlen (kept->input), "kept.trellis", &error);
      g_assert_no_error (error);
      bytes = trellis_project_to_bytes (project);
      g_assert_cmpstr (g_bytes_get_data (bytes, NULL), ==, kept->expected);
      g_assert_cmpuint (g_bytes_get_size (bytes), ==, strlen (kept->expected));

      again = trellis_project_load_from_data (kept->expected, strlen (kept->expected), "again.trellis", &error);
      g_assert_no_error (error);
      bytes2 = trellis_project_to_bytes (again);
      g_assert_true (trellis_project_equal (project, again));
      if (kept->settles_later)
        {
          g_autoptr(TrellisProject) third = NULL;
          g_autoptr(GBytes) bytes3 = NULL;

          g_assert_false (g_bytes_equal (bytes, bytes2));
          third = trellis_project_load_from_data (g_bytes_get_data (bytes2, NULL), g_bytes_get_size (bytes2),
                                                  "third.trellis", &error);
          g_assert_no_error (error);
          bytes3 = trellis_project_to_bytes (third);
          g_assert_true (g_bytes_equal (bytes2, bytes3));
        }
      else
        g_assert_true (g_bytes_equal (bytes, bytes2));
    }
}

/* Values are read as the XML says, references and blanks included. */
static void
test_values_decoded (void)
{
  const char *text =
    "<?xml version=\"1.0\"?>\n"
    "<trellis xmlns=\"https://trellis.github.io/ns/project/1\" format-version=\"1.0\">\n"
    "  <header uuid=\"11111111-1111-4111-8111-111111111111\" name=\"A &amp; B &#38; C&#10;&lt;&#x1F600;\">\n"
    "    <description>  </description>\n"
    "  </header>\n"
    "  <stakeholders>\n"
    "    <stakeholder uuid=\"33333333-3333-4333-8333-333333333333\" name=\"S\">\n"
    "      <description>one <!-- not text --> <![CDATA[<two>]]> &amp; three</description>\n"
    "      <measure>  <!-- c --> <b/>  kept</measure>\n"
    "    </stakeholder>\n"
    "  </stakeholders>\n"
    "</trellis>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(TrellisProject) project = trellis_project_load_from_data (text, strlen (text), "values.trellis", &error);
  g_autoptr(TrellisStakeholder) stakeholder = NULL;
  TrellisHeader *header;

  g_assert_no_error (error);
  header = trellis_project_get_header (project);
  g_assert_cmpstr (trellis_header_get_name (header), ==, "A & B & C\n<\xf0\x9f\x98\x80");
  g_assert_cmpstr (trellis_header_get_description (header), ==, "  ");
  stakeholder = g_list_model_get_item (trellis_project_get_items (project, TRELLIS_TYPE_STAKEHOLDER), 0);
  g_assert_cmpstr (trellis_stakeholder_get_description (stakeholder), ==, "one  <two> & three");
  /* Blanks before markup are indentation, as libxml2 judges it (NOBLANKS). */
  g_assert_cmpstr (trellis_stakeholder_get_measure (stakeholder), ==, "  kept");
}

static void
test_minimal_and_sample (void)
{
  g_autofree char *minimal = data_path ("minimal.trellis");
  g_autofree char *sample = trellis_test_sample_path ();
  const char *paths[] = { minimal, sample };

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (paths[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(TrellisProject) project = trellis_project_load (file, &error);
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *contents = trellis_test_read_file (paths[i]);

      g_assert_no_error (error);
      trellis_test_assert_valid_file (paths[i]);
      /* Shipped files are in the normalised layout. */
      bytes = trellis_project_to_bytes (project);
      g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                       contents, strlen (contents));
    }
}

/* Text that XML cannot hold is dropped on save, so the file loads again. */
static void
test_control_characters (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Bell\a and \x01 form\x0c feed");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(TrellisProject) loaded = NULL;
  g_autoptr(GError) error = NULL;

  trellis_header_set_description (trellis_project_get_header (project), "tab\tline\nbad \xff byte");
  bytes = trellis_project_to_bytes (project);
  loaded = trellis_project_load_from_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                           "control.trellis", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (trellis_project_get_name (loaded), ==, "Bell and  form feed");
  g_assert_cmpstr (trellis_header_get_description (trellis_project_get_header (loaded)),
                   ==, "tab\tline\nbad \xef\xbf\xbd byte");
}

typedef struct
{
  const char *file;
  int         code;
} BadCase;

/* Which error each hostile or broken file must give (the rest: INVALID). */
static const BadCase bad_codes[] = {
  { "not-xml.trellis", TRELLIS_FILE_ERROR_NOT_WELL_FORMED },
  { "empty.trellis", TRELLIS_FILE_ERROR_NOT_WELL_FORMED },
  { "truncated.trellis", TRELLIS_FILE_ERROR_NOT_WELL_FORMED },
  { "mismatched-tags.trellis", TRELLIS_FILE_ERROR_NOT_WELL_FORMED },
  { "undeclared-entity.trellis", TRELLIS_FILE_ERROR_NOT_WELL_FORMED },
  { "invalid-utf8.trellis", TRELLIS_FILE_ERROR_NOT_WELL_FORMED },
  { "billion-laughs.trellis", TRELLIS_FILE_ERROR_FORBIDDEN },
  { "external-entity.trellis", TRELLIS_FILE_ERROR_FORBIDDEN },
  { "external-dtd.trellis", TRELLIS_FILE_ERROR_FORBIDDEN },
  { "wrong-root.trellis", TRELLIS_FILE_ERROR_NOT_A_PROJECT },
  { "no-namespace.trellis", TRELLIS_FILE_ERROR_NOT_A_PROJECT },
  { "newer-major-version.trellis", TRELLIS_FILE_ERROR_NEWER_VERSION },
};

/* The generated files (build-aux/gen-hostile-corpus.py), by their prefix. */
static const struct { const char *prefix; int code; } generated_codes[] = {
  { "gen-truncated-", TRELLIS_FILE_ERROR_NOT_WELL_FORMED },
  { "gen-bytes-", TRELLIS_FILE_ERROR_NOT_WELL_FORMED },
  { "gen-attribute-twice", TRELLIS_FILE_ERROR_NOT_WELL_FORMED },
  { "gen-entity-", TRELLIS_FILE_ERROR_NOT_WELL_FORMED },
  { "gen-namespace-", TRELLIS_FILE_ERROR_NOT_A_PROJECT },
};

static int
expected_code (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_codes); i++)
    if (g_str_equal (bad_codes[i].file, name))
      return bad_codes[i].code;
  for (guint i = 0; i < G_N_ELEMENTS (generated_codes); i++)
    if (g_str_has_prefix (name, generated_codes[i].prefix))
      return generated_codes[i].code;
  return TRELLIS_FILE_ERROR_INVALID;
}

/* Every file in tests/data/bad is refused with a message that names the
 * file and a line, and nothing crashes (the suite also runs under valgrind). */
static void
test_bad_corpus (void)
{
  g_autofree char *dir = data_path ("bad");
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  g_autoptr(GRegex) line_regex = g_regex_new ("^[a-z0-9-]+\\.trellis:[0-9]+: .+", 0, 0, NULL);
  const char *name;
  guint n_files = 0;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)))
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(TrellisProject) project = trellis_project_load (file, &error);
      g_auto(GStrv) lines = NULL;

      g_test_message ("%s: %s", name, error ? error->message : "(loaded!)");
      g_assert_null (project);
      g_assert_nonnull (error);
      if (error->domain != TRELLIS_FILE_ERROR || error->code != expected_code (name))
        g_error ("%s: expected error %d, got %s %d: %s", name, expected_code (name),
                 g_quark_to_string (error->domain), error->code, error->message);
      lines = g_strsplit (error->message, "\n", -1);
      for (guint i = 0; lines[i] != NULL; i++)
        if (!g_regex_match (line_regex, lines[i], 0, NULL))
          g_error ("%s: “%s” does not say file:line: problem", name, lines[i]);
      n_files++;
    }
  g_assert_cmpuint (n_files, >=, 150);
}

static void
assert_message (const char *name,
                const char *expected)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "bad", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(TrellisProject) project = trellis_project_load (file, &error);

  g_assert_nonnull (error);
  if (strstr (error->message, expected) == NULL)
    g_error ("%s: expected “%s” in “%s”", name, expected, error->message);
}

/* The messages say what is wrong in words a user can act on. */
static void
test_bad_messages (void)
{
  assert_message ("bad-enum.trellis", "bad-enum.trellis:4: “quadrant” of <swot-item> must be one of "
                  "strength, weakness, opportunity, threat, not “strong”");
  assert_message ("negative-votes.trellis", "“votes” of <swot-item> must be a whole number from 0 to 100000, not “-1”");
  assert_message ("bad-date.trellis", "must be a date written as YYYY-MM-DD, not “2026-02-30”");
  assert_message ("missing-required-element.trellis", "<swot-item> needs a “text”");
  assert_message ("dangling-reference.trellis", "“owner” of <action> refers to 33333333-3333-4333-8333-333333333333, which is not in the file");
  assert_message ("wrong-reference-type.trellis", "must refer to a <stakeholder>, but 33333333-3333-4333-8333-333333333333 is a <goal>");
  assert_message ("duplicate-uuid.trellis", "is used twice (first on line 4)");
  assert_message ("newer-major-version.trellis", "newer version of Trellis (file format 2.0)");
  assert_message ("billion-laughs.trellis", "billion-laughs.trellis:2: a DOCTYPE");
  assert_message ("goal-source-stakeholder.trellis", "goal-source-stakeholder.trellis:5: “sources” of <goal> "
                  "must refer to a <swot-item> or <tows-strategy>, but 44444444-4444-4444-8444-444444444444 "
                  "is a <stakeholder>");
  assert_message ("goal-source-header.trellis", "is a <header>");
  assert_message ("dangling-in-list.trellis", "44444444-4444-4444-8444-444444444444, which is not in the file");
}

static void
test_too_large (void)
{
  g_autofree char *dir = trellis_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "huge.trellis", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(TrellisProject) project = NULL;
  int fd = g_open (path, O_WRONLY | O_CREAT, 0644);

  /* A sparse file: the size is checked before anything is read. */
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, 80 * 1024 * 1024), ==, 0);
  close (fd);

  project = trellis_project_load (file, &error);
  g_assert_null (project);
  g_assert_error (error, TRELLIS_FILE_ERROR, TRELLIS_FILE_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "huge.trellis"));
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "huge.trellis: the file is 80.0"));
  g_assert_nonnull (strstr (error->message, "(64.0"));
}

/* Issue 18, case 2: a pipe or a device named like a project is refused at
 * once, by name, instead of blocking or reading without end. */
static void
test_not_regular (void)
{
  g_autofree char *dir = trellis_test_make_tmpdir ();
  const char *names[] = { "pipe.trellis", "zero.trellis", "folder.trellis" };
  g_autofree char *pipe = g_build_filename (dir, names[0], NULL);
  g_autofree char *zero = g_build_filename (dir, names[1], NULL);
  g_autofree char *folder = g_build_filename (dir, names[2], NULL);

  g_assert_cmpint (mkfifo (pipe, 0600), ==, 0);
  g_assert_cmpint (symlink ("/dev/zero", zero), ==, 0);
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(TrellisProject) project = trellis_project_load (file, &error);

      g_assert_null (project);
      g_assert_error (error, TRELLIS_FILE_ERROR, TRELLIS_FILE_ERROR_NOT_A_PROJECT);
      g_assert_true (g_str_has_prefix (error->message, names[i]));
    }
}

static void
test_deep_nesting (void)
{
  g_autoptr(GString) text = g_string_new ("<?xml version=\"1.0\"?>\n"
                                          "<trellis xmlns=\"https://trellis.github.io/ns/project/1\" "
                                          "format-version=\"1.0\">\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(TrellisProject) project = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append (text, "<a>");
  project = trellis_project_load_from_data (text->str, text->len, "deep.trellis", &error);
  g_assert_null (project);
  g_assert_error (error, TRELLIS_FILE_ERROR, TRELLIS_FILE_ERROR_NOT_WELL_FORMED);
  g_assert_true (g_str_has_prefix (error->message, "deep.trellis:3: "));
}

/* A file with very many problems lists the first fifty and counts the rest. */
static void
test_many_problems (void)
{
  g_autoptr(GString) text = g_string_new ("<?xml version=\"1.0\"?>\n"
                                          "<trellis xmlns=\"https://trellis.github.io/ns/project/1\" "
                                          "format-version=\"1.0\">\n"
                                          "<header uuid=\"11111111-1111-4111-8111-111111111111\" name=\"x\"/>\n"
                                          "<goals>\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(TrellisProject) project = NULL;
  g_auto(GStrv) lines = NULL;

  for (guint i = 0; i < 80; i++)
    g_string_append (text, "<goal uuid=\"bad\" title=\"t\"/>\n");
  g_string_append (text, "</goals>\n</trellis>\n");
  project = trellis_project_load_from_data (text->str, text->len, "many.trellis", &error);
  g_assert_error (error, TRELLIS_FILE_ERROR, TRELLIS_FILE_ERROR_INVALID);
  lines = g_strsplit (error->message, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 51);
  g_assert_cmpstr (lines[50], ==, "many.trellis:55: and 30 more problems from here on");
}

static void
test_missing_file (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/nowhere.trellis");
  g_autoptr(GError) error = NULL;
  g_autoptr(TrellisProject) project = trellis_project_load (file, &error);

  g_assert_null (project);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

static void
test_templates (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TrellisProject) blank = trellis_project_new_from_template ("Blank", TRELLIS_TEMPLATE_BLANK, &error);
  g_autoptr(TrellisProject) guided = trellis_project_new_from_template ("Guided", TRELLIS_TEMPLATE_GUIDED, &error);
  g_autoptr(TrellisProject) sample = trellis_project_new_from_template ("Mine", TRELLIS_TEMPLATE_SAMPLE, &error);
  g_autoptr(GFile) sample_file = trellis_sample_project_file ();
  g_autoptr(TrellisProject) original = trellis_project_load (sample_file, &error);
  TrellisTemplate template_;

  g_assert_no_error (error);
  g_assert_cmpuint (trellis_project_count_items (blank, TRELLIS_TYPE_KEY_QUESTION), ==, 0);
  g_assert_cmpuint (trellis_project_count_items (guided, TRELLIS_TYPE_KEY_QUESTION), ==, 10);
  g_assert_false (trellis_history_get_can_undo (trellis_project_get_history (guided)));
  g_assert_cmpstr (trellis_project_get_name (sample), ==, "Mine");
  g_assert_cmpstr (trellis_project_get_uuid (sample), !=, trellis_project_get_uuid (original));
  g_assert_cmpuint (trellis_project_count_items (sample, TRELLIS_TYPE_ACTION), ==,
                    trellis_project_count_items (original, TRELLIS_TYPE_ACTION));
  g_assert_cmpuint (trellis_project_count_items (sample, TRELLIS_TYPE_ACTION), >, 0);
  g_assert_cmpstr (trellis_header_get_cluster (trellis_project_get_header (sample)), ==,
                   trellis_header_get_cluster (trellis_project_get_header (original)));
  g_assert_false (trellis_history_get_can_undo (trellis_project_get_history (sample)));

  g_assert_true (trellis_template_from_string ("guided", &template_));
  g_assert_cmpint (template_, ==, TRELLIS_TEMPLATE_GUIDED);
  g_assert_false (trellis_template_from_string ("fancy", &template_));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/project-file/round-trip", test_round_trip);
  g_test_add_func ("/core/project-file/revision", test_revision);
  g_test_add_func ("/core/project-file/backup", test_backup);
  g_test_add_func ("/core/project-file/read-only-file", test_read_only_file);
  g_test_add_func ("/core/project-file/stale-temporaries", test_stale_temporaries);
  g_test_add_func ("/core/project-file/kill-during-saves", test_kill_during_saves);
  g_test_add_func ("/core/project-file/read-only-folder", test_read_only_folder);
  g_test_add_func ("/core/project-file/read-only-folder/subprocess", test_read_only_folder_subprocess);
  g_test_add_func ("/core/project-file/disk-full", test_disk_full);
  g_test_add_func ("/core/project-file/disk-full/subprocess", test_disk_full_subprocess);
  g_test_add_func ("/core/project-file/unknown-preserved", test_unknown_preserved);
  g_test_add_func ("/core/project-file/kept-exactly", test_kept_exactly);
  g_test_add_func ("/core/project-file/markup-in-text-kept", test_markup_in_text_kept);
  g_test_add_func ("/core/project-file/values-decoded", test_values_decoded);
  g_test_add_func ("/core/project-file/minimal-and-sample", test_minimal_and_sample);
  g_test_add_func ("/core/project-file/bad-corpus", test_bad_corpus);
  g_test_add_func ("/core/project-file/bad-messages", test_bad_messages);
  g_test_add_func ("/core/project-file/too-large", test_too_large);
  g_test_add_func ("/core/project-file/not-regular", test_not_regular);
  g_test_add_func ("/core/project-file/deep-nesting", test_deep_nesting);
  g_test_add_func ("/core/project-file/missing-file", test_missing_file);
  g_test_add_func ("/core/project-file/many-problems", test_many_problems);
  g_test_add_func ("/core/project-file/templates", test_templates);
  g_test_add_func ("/core/project-file/control-characters", test_control_characters);

  return g_test_run ();
}
