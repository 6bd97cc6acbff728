/* test-registry-recent.c: a damaged registry is rebuilt from the
 * projects it still names and from the recent files
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sys/stat.h>
#include <glib/gstdio.h>

#include "registry-test-utils.h"

static void
add_recent (GBookmarkFile *bookmarks,
            const char    *uri,
            const char    *mime_type)
{
  g_bookmark_file_add_application (bookmarks, uri, "Files", "nautilus %u");
  g_bookmark_file_set_mime_type (bookmarks, uri, mime_type);
}

static void
add_recent_file (GBookmarkFile *bookmarks,
                 Fixture       *fixture,
                 const char    *relative_path,
                 const char    *mime_type)
{
  g_autoptr(GFile) file = file_in (fixture, relative_path);
  g_autofree char *uri = g_file_get_uri (file);

  add_recent (bookmarks, uri, mime_type);
}

/* Writes recently-used.xbel where GtkRecentManager keeps it: the projects
 * opened in Trellis, one typed only by its name, and what must be left
 * out (other files, gone files, a pipe, remote places). */
static void
write_recent_files (Fixture *fixture)
{
  g_autoptr(GBookmarkFile) bookmarks = g_bookmark_file_new ();
  g_autofree char *xbel = g_build_filename (g_get_user_data_dir (), "recently-used.xbel", NULL);
  g_autoptr(GError) error = NULL;

  add_recent_file (bookmarks, fixture, "tree/one.trellis", "application/x-trellis");
  add_recent_file (bookmarks, fixture, "elsewhere/recent.trellis", "application/x-trellis");
  add_recent_file (bookmarks, fixture, "elsewhere/typed-by-name.trellis", "application/xml");
  add_recent_file (bookmarks, fixture, "elsewhere/renamed.plan", "application/x-trellis");
  add_recent_file (bookmarks, fixture, "elsewhere/notes.txt", "text/plain");
  add_recent_file (bookmarks, fixture, "elsewhere/deleted.trellis", "application/x-trellis");
  add_recent_file (bookmarks, fixture, "elsewhere/pipe.trellis", "application/x-trellis");
  add_recent_file (bookmarks, fixture, "elsewhere/broken.trellis", "application/x-trellis");
  add_recent (bookmarks, "https://example.org/shared.trellis", "application/x-trellis");
  add_recent (bookmarks, "sftp://server/home/plan.trellis", "application/x-trellis");
  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  g_assert_true (g_bookmark_file_to_file (bookmarks, xbel, &error));
  g_assert_no_error (error);
}

static void
prepare_files (Fixture *fixture)
{
  g_autoptr(GFile) pipe = file_in (fixture, "elsewhere/pipe.trellis");
  g_autoptr(GFile) broken = file_in (fixture, "elsewhere/broken.trellis");
  g_autoptr(GFile) renamed = NULL;
  g_autoptr(GFile) notes = NULL;

  g_object_unref (save_project (fixture, "tree/one.trellis", "One"));
  g_object_unref (save_project (fixture, "tree/two.trellis", "Two"));
  g_object_unref (save_project (fixture, "elsewhere/recent.trellis", "Recent"));
  g_object_unref (save_project (fixture, "elsewhere/typed-by-name.trellis", "Typed by name"));
  renamed = save_project (fixture, "elsewhere/renamed.plan", "Renamed");
  notes = save_project (fixture, "elsewhere/notes.txt", "Not a project by its type");
  g_assert_cmpint (mkfifo (g_file_peek_path (pipe), 0600), ==, 0);
  g_assert_true (g_file_set_contents (g_file_peek_path (broken), "<trellis", -1, NULL));
}

/* Issue 18, case 8: the rebuilt registry listed only what the damaged one
 * still named; projects known only from the recent files were lost. */
static void
test_damaged_rebuilt_with_recent (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(GFile) tree = file_in (fixture, "tree");
  g_autoptr(GError) error = NULL;

  prepare_files (fixture);
  write_recent_files (fixture);
  open_registry (fixture);
  g_assert_cmpint (trellis_registry_scan (fixture->registry, tree, &error), ==, 2);
  g_assert_no_error (error);
  g_assert_null (trellis_registry_get_recovered_from (fixture->registry));
  assert_list (fixture, "One,Two");
  g_clear_object (&fixture->registry);

  exec_on_file (fixture->db_path, "PRAGMA user_version = -7;");
  open_registry (fixture);
  g_assert_nonnull (trellis_registry_get_recovered_from (fixture->registry));
  /* One is both named and recent: counted once. */
  g_assert_cmpuint (trellis_registry_get_n_salvaged (fixture->registry), ==, 5);
  assert_list (fixture, "One,Recent,Renamed,Two,Typed by name");
}

/* Beyond reading, the damaged file names nothing: the recent files alone
 * give the list back. */
static void
test_unreadable_rebuilt_from_recent (Fixture       *fixture,
                                     gconstpointer  data)
{
  prepare_files (fixture);
  write_recent_files (fixture);
  g_assert_true (g_file_set_contents (fixture->db_path, "garbage, not SQLite", -1, NULL));
  open_registry (fixture);
  g_assert_nonnull (trellis_registry_get_recovered_from (fixture->registry));
  g_assert_cmpuint (trellis_registry_get_n_salvaged (fixture->registry), ==, 4);
  assert_list (fixture, "One,Recent,Renamed,Typed by name");
}

/* A registry that is fine does not read the recent files, and a damaged
 * one without any (or with a damaged list) is rebuilt all the same. */
static void
test_recent_only_after_damage (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *xbel = g_build_filename (g_get_user_data_dir (), "recently-used.xbel", NULL);

  prepare_files (fixture);
  write_recent_files (fixture);
  open_registry (fixture);
  g_assert_null (trellis_registry_get_recovered_from (fixture->registry));
  assert_list (fixture, "");
  g_clear_object (&fixture->registry);

  g_assert_true (g_file_set_contents (xbel, "<xbel version=\"1.0\"><bookmark", -1, NULL));
  g_assert_true (g_file_set_contents (fixture->db_path, "garbage, not SQLite", -1, NULL));
  open_registry (fixture);
  g_assert_nonnull (trellis_registry_get_recovered_from (fixture->registry));
  g_assert_cmpuint (trellis_registry_get_n_salvaged (fixture->registry), ==, 0);
  assert_list (fixture, "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  add_test ("/core/registry-recent/damaged", test_damaged_rebuilt_with_recent);
  add_test ("/core/registry-recent/unreadable", test_unreadable_rebuilt_from_recent);
  add_test ("/core/registry-recent/only-after-damage", test_recent_only_after_damage);

  return g_test_run ();
}
