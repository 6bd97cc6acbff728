/* test-screenshot.c: trellis-screenshot writes a PNG of the window, paths /ui/screenshot/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the tool as a subprocess on a project made here; the PNGs stay in the
 * build folder (tests/ui/screenshot-*.png) for people to look at. The sizes
 * leave room for the window's resize borders on the suite's 1366×768 screen.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "trellis-test-utils.h"

static char *tmpdir;
static char *project_path;
static char *registry_path;

static void
run_tool (const char * const *argv)
{
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;

  process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_subprocess_wait_check (process, NULL, &error);
  g_assert_no_error (error);
}

static void
assert_png (const char *path,
            int         width,
            int         height)
{
  static const guchar magic[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  g_autofree char *contents = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, sizeof magic);
  g_assert_cmpmem (contents, sizeof magic, magic, sizeof magic);

  texture = gdk_texture_new_from_file (file, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, width);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, height);
}

static void
shoot (const char *basename,
       const char *extra,
       int         width,
       int         height)
{
  g_autofree char *output = g_build_filename (TRELLIS_UI_BUILDDIR, basename, NULL);
  g_autofree char *width_arg = g_strdup_printf ("--width=%d", width);
  g_autofree char *height_arg = g_strdup_printf ("--height=%d", height);
  const char *argv[] = { TRELLIS_SCREENSHOT_PATH, project_path, "--output", output,
                         width_arg, height_arg, extra, NULL };

  g_unlink (output);
  run_tool (argv);
  assert_png (output, width, height);
}

static void
test_light (void)
{
  shoot ("screenshot-light.png", NULL, 1280, 720);
}

static void
test_dark (void)
{
  shoot ("screenshot-dark.png", "--dark", 1280, 720);
}

static void
test_narrow (void)
{
  shoot ("screenshot-narrow.png", NULL, 400, 700);
}

/* Every page and tool of the worked sample, to look at
 * (build/tests/ui/page-*.png); a critical while drawing fails the test. */
static void
test_every_page (void)
{
  const char *pages[] = { "overview", "potentials/swot", "potentials/tows", "actors/register",
                          "actors/grid", "value/goals", "value/services", "strategy/canvas", "strategy/plan",
                          "strategy/timeline", "strategy/check", "dashboard" };
  g_autofree char *sample = trellis_test_sample_path ();

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *name = g_strdelimit (g_strdup (pages[i]), "/", '-');
      g_autofree char *basename = g_strdup_printf ("page-%s.png", name);
      g_autofree char *output = g_build_filename (TRELLIS_UI_BUILDDIR, basename, NULL);
      g_autofree char *page_arg = g_strdup_printf ("--page=%s", pages[i]);
      const char *argv[] = { TRELLIS_SCREENSHOT_PATH, sample, "--output", output,
                             "--width=1280", "--height=720", page_arg, NULL };

      g_unlink (output);
      run_tool (argv);
      assert_png (output, 1280, 720);
    }
}

static void
test_broken (void)
{
  g_autofree char *broken = g_build_filename (tmpdir, "broken.trellis", NULL);
  g_autofree char *output = g_build_filename (tmpdir, "broken.png", NULL);
  const char *argv[] = { TRELLIS_SCREENSHOT_PATH, broken, "--output", output, NULL };
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;

  g_file_set_contents (broken, "<trellis", -1, &error);
  g_assert_no_error (error);
  process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error);
  g_assert_no_error (error);
  g_subprocess_wait (process, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 1);
  g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));
  g_unlink (broken);
}

static void
write_project (void)
{
  g_autoptr(TrellisProject) project = trellis_test_build_full_project ();
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  tmpdir = trellis_test_make_tmpdir ();
  project_path = g_build_filename (tmpdir, "screenshot.trellis", NULL);
  /* The tool registers the project it opens: never in the user's registry. */
  registry_path = g_build_filename (tmpdir, "registry.db", NULL);
  g_setenv ("TRELLIS_REGISTRY", registry_path, TRUE);
  file = g_file_new_for_path (project_path);
  trellis_project_save (project, file, &error);
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  const char *registry_suffixes[] = { "", "-wal", "-shm", "-journal" };
  int status;

  g_test_init (&argc, &argv, NULL);
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("No display: run under xvfb-run (build-aux/test)\n");
      return 77;
    }

  write_project ();
  g_test_add_func ("/ui/screenshot/light", test_light);
  g_test_add_func ("/ui/screenshot/dark", test_dark);
  g_test_add_func ("/ui/screenshot/narrow", test_narrow);
  g_test_add_func ("/ui/screenshot/every-page", test_every_page);
  g_test_add_func ("/ui/screenshot/broken", test_broken);
  status = g_test_run ();

  g_unlink (project_path);
  for (guint i = 0; i < G_N_ELEMENTS (registry_suffixes); i++)
    {
      g_autofree char *path = g_strconcat (registry_path, registry_suffixes[i], NULL);

      g_unlink (path);
    }
  g_rmdir (tmpdir);
  g_free (registry_path);
  g_free (project_path);
  g_free (tmpdir);
  return status;
}
