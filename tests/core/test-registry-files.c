/* test-registry-files.c: the project registry and real project files:
 * scan, add-file, rebuild, relocate (the database itself: test-registry.c)
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <glib/gstdio.h>

#include "registry-test-utils.h"

static void
mark_opened (Fixture    *fixture,
             const char *file_name)
{
  g_autoptr(GFile) file = file_in (fixture, file_name);
  g_autoptr(GError) error = NULL;

  g_assert_true (trellis_registry_mark_opened (fixture->registry, file, &error));
  g_assert_no_error (error);
}

static void
write_text (Fixture    *fixture,
            const char *relative_path,
            const char *text)
{
  g_autofree char *path = g_build_filename (fixture->dir, relative_path, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
}

static void
test_scan (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GFile) tree = file_in (fixture, "tree");
  g_autoptr(GFile) nowhere = file_in (fixture, "nowhere");
  g_autofree char *loop = g_build_filename (fixture->dir, "tree", "loop", NULL);
  g_autofree char *backup = g_build_filename (fixture->dir, "tree", "x.trellis~", NULL);
  g_autofree char *pipe = g_build_filename (fixture->dir, "tree", "pipe.trellis", NULL);
  g_autofree char *zero = g_build_filename (fixture->dir, "tree", "sub", "zero.trellis", NULL);
  g_autoptr(GFile) saved = NULL;
  g_autoptr(GError) error = NULL;

  g_object_unref (save_project (fixture, "tree/one.trellis", "One"));
  g_object_unref (save_project (fixture, "tree/sub/deeper/two.trellis", "Two"));
  g_object_unref (save_project (fixture, "tree/.hidden/three.trellis", "Hidden"));
  saved = save_project (fixture, "tree/backup.trellis", "Backup");
  g_assert_cmpint (g_rename (g_file_peek_path (saved), backup), ==, 0);
  write_text (fixture, "tree/sub/broken.trellis", "<not a project");
  write_text (fixture, "tree/notes.txt", "not a project either");
  g_assert_cmpint (symlink (fixture->dir, loop), ==, 0);  /* not followed */
  /* Issue 18, case 2: a pipe blocked the scan for ever, a link to a device
   * read gigabytes.  Neither is read. */
  g_assert_cmpint (mkfifo (pipe, 0600), ==, 0);
  g_assert_cmpint (symlink ("/dev/zero", zero), ==, 0);

  open_registry (fixture);
  g_assert_cmpint (trellis_registry_scan (fixture->registry, tree, &error), ==, 2);
  g_assert_no_error (error);
  assert_list (fixture, "One,Two");

  /* Scanning again updates, never duplicates. */
  g_assert_cmpint (trellis_registry_scan (fixture->registry, tree, &error), ==, 2);
  assert_list (fixture, "One,Two");

  g_assert_cmpint (trellis_registry_scan (fixture->registry, nowhere, &error), ==, -1);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

static void
test_add_file (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GFile) good = save_project (fixture, "good.trellis", "Good");
  g_autoptr(GFile) broken = file_in (fixture, "broken.trellis");
  g_autoptr(GFile) absent = file_in (fixture, "absent.trellis");
  g_autoptr(GError) error = NULL;

  write_text (fixture, "broken.trellis", "<project>");
  open_registry (fixture);
  g_assert_true (trellis_registry_add_file (fixture->registry, good, &error));
  g_assert_no_error (error);

  g_assert_false (trellis_registry_add_file (fixture->registry, broken, &error));
  g_assert_true (error != NULL && error->domain == TRELLIS_FILE_ERROR);
  g_assert_nonnull (strstr (error->message, "broken.trellis"));
  g_clear_error (&error);
  g_assert_false (trellis_registry_add_file (fixture->registry, absent, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);

  assert_list (fixture, "Good");
}

static void
rebuild (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (trellis_registry_rebuild (fixture->registry, &error));
  g_assert_no_error (error);
}

static void
test_rebuild (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GFile) gone = save_project (fixture, "gone.trellis", "Gone");
  g_autoptr(GFile) changed = save_project (fixture, "changed.trellis", "Changed");
  g_autoptr(GFile) spoilt = save_project (fixture, "spoilt.trellis", "Spoilt");
  g_autoptr(TrellisRegistryEntry) entry = NULL;

  open_registry (fixture);
  g_assert_true (trellis_registry_add_file (fixture->registry, gone, NULL));
  g_assert_true (trellis_registry_add_file (fixture->registry, changed, NULL));
  g_assert_true (trellis_registry_add_file (fixture->registry, spoilt, NULL));

  g_assert_cmpint (g_remove (g_file_peek_path (gone)), ==, 0);
  g_object_unref (save_project (fixture, "changed.trellis", "Changed again"));
  write_text (fixture, "spoilt.trellis", "<project");
  rebuild (fixture);

  entry = lookup (fixture, "gone.trellis");
  g_assert_true (trellis_registry_entry_get_missing (entry));
  g_assert_cmpstr (trellis_registry_entry_get_name (entry), ==, "Gone");
  g_clear_object (&entry);
  entry = lookup (fixture, "changed.trellis");
  g_assert_cmpstr (trellis_registry_entry_get_name (entry), ==, "Changed again");
  g_assert_false (trellis_registry_entry_get_missing (entry));
  g_clear_object (&entry);
  entry = lookup (fixture, "spoilt.trellis");
  g_assert_cmpstr (trellis_registry_entry_get_name (entry), ==, "Spoilt");
  g_assert_false (trellis_registry_entry_get_missing (entry));
  assert_search (fixture, "again", "Changed again");

  /* The file comes back: no longer missing. */
  g_object_unref (save_project (fixture, "gone.trellis", "Back"));
  rebuild (fixture);
  g_clear_object (&entry);
  entry = lookup (fixture, "gone.trellis");
  g_assert_false (trellis_registry_entry_get_missing (entry));
  g_assert_cmpstr (trellis_registry_entry_get_name (entry), ==, "Back");
}

static void
test_relocate (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GFile) old_file = save_project (fixture, "old/plan.trellis", "Plan");
  g_autoptr(GFile) new_file = file_in (fixture, "new.trellis");
  g_autoptr(GFile) broken = file_in (fixture, "broken.trellis");
  g_autoptr(TrellisRegistryEntry) entry = NULL;
  g_autoptr(GError) error = NULL;

  open_registry (fixture);
  g_assert_true (trellis_registry_add_file (fixture->registry, old_file, NULL));
  mark_opened (fixture, "old/plan.trellis");
  g_assert_cmpint (g_rename (g_file_peek_path (old_file), g_file_peek_path (new_file)), ==, 0);
  rebuild (fixture);
  entry = lookup (fixture, "old/plan.trellis");
  g_assert_true (trellis_registry_entry_get_missing (entry));

  write_text (fixture, "broken.trellis", "garbage");
  g_assert_false (trellis_registry_relocate (fixture->registry, old_file, broken, &error));
  g_assert_true (error != NULL && error->domain == TRELLIS_FILE_ERROR);
  g_clear_error (&error);

  g_assert_true (trellis_registry_relocate (fixture->registry, old_file, new_file, &error));
  g_assert_no_error (error);
  g_assert_null (trellis_registry_lookup (fixture->registry, old_file, &error));
  g_assert_error (error, TRELLIS_REGISTRY_ERROR, TRELLIS_REGISTRY_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_clear_object (&entry);
  entry = lookup (fixture, "new.trellis");
  g_assert_false (trellis_registry_entry_get_missing (entry));
  g_assert_nonnull (trellis_registry_entry_get_last_opened (entry));

  g_assert_false (trellis_registry_relocate (fixture->registry, old_file, new_file, &error));
  g_assert_error (error, TRELLIS_REGISTRY_ERROR, TRELLIS_REGISTRY_ERROR_NOT_FOUND);
}

/* Relocating onto a file that has an entry of its own merges the two. */
static void
test_relocate_onto_registered (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GFile) old_file = file_in (fixture, "old.trellis");
  g_autoptr(GFile) new_file = save_project (fixture, "new.trellis", "Found");
  g_autoptr(GError) error = NULL;

  open_registry (fixture);
  add (fixture, "old.trellis", "Lost", NULL, NULL, NULL);
  g_assert_true (trellis_registry_add_file (fixture->registry, new_file, NULL));
  g_assert_true (trellis_registry_relocate (fixture->registry, old_file, new_file, &error));
  g_assert_no_error (error);
  assert_list (fixture, "Found");
}

/* Issue 18, case 8: a damaged registry was replaced by an empty one.  The
 * projects the damaged file still names, and whose files still load, are
 * listed again. */
static void
test_damaged_salvaged (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GFile) tree = file_in (fixture, "tree");
  g_autoptr(GFile) gone = NULL;
  g_autoptr(GError) error = NULL;

  g_object_unref (save_project (fixture, "tree/one.trellis", "One"));
  g_object_unref (save_project (fixture, "tree/two.trellis", "Two"));
  gone = save_project (fixture, "tree/gone.trellis", "Gone");
  open_registry (fixture);
  g_assert_cmpint (trellis_registry_scan (fixture->registry, tree, &error), ==, 3);
  g_clear_object (&fixture->registry);
  g_assert_cmpint (g_unlink (g_file_peek_path (gone)), ==, 0);

  /* Damaged (a schema version no Trellis writes), its rows still readable. */
  exec_on_file (fixture->db_path, "PRAGMA user_version = -7;");
  open_registry (fixture);
  g_assert_nonnull (trellis_registry_get_recovered_from (fixture->registry));
  g_assert_cmpuint (trellis_registry_get_n_salvaged (fixture->registry), ==, 2);
  assert_list (fixture, "One,Two");
  g_clear_object (&fixture->registry);

  /* Damaged beyond reading: a new, empty registry, and no crash. */
  g_assert_true (g_file_set_contents (fixture->db_path, "garbage, not SQLite", -1, NULL));
  open_registry (fixture);
  g_assert_nonnull (trellis_registry_get_recovered_from (fixture->registry));
  g_assert_cmpuint (trellis_registry_get_n_salvaged (fixture->registry), ==, 0);
  assert_list (fixture, "");
}

/* The hostile corpus: a scan of it registers nothing, and what was listed
 * before stays listed, unchanged. */
static void
test_scan_hostile_corpus (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *bad = g_test_build_filename (G_TEST_DIST, "data", "bad", NULL);
  g_autoptr(GFile) corpus = g_file_new_for_path (bad);
  g_autoptr(GFile) mine = file_in (fixture, "mine");
  g_autoptr(GError) error = NULL;

  g_object_unref (save_project (fixture, "mine/kept.trellis", "Kept"));
  open_registry (fixture);
  g_assert_cmpint (trellis_registry_scan (fixture->registry, mine, &error), ==, 1);
  g_assert_cmpint (trellis_registry_scan (fixture->registry, corpus, &error), ==, 0);
  g_assert_no_error (error);
  assert_list (fixture, "Kept");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  add_test ("/core/registry/scan", test_scan);
  add_test ("/core/registry/damaged-salvaged", test_damaged_salvaged);
  add_test ("/core/registry/scan-hostile-corpus", test_scan_hostile_corpus);
  add_test ("/core/registry/add-file", test_add_file);
  add_test ("/core/registry/rebuild", test_rebuild);
  add_test ("/core/registry/relocate", test_relocate);
  add_test ("/core/registry/relocate-onto-registered", test_relocate_onto_registered);

  return g_test_run ();
}
