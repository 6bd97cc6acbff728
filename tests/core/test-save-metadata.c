/* test-save-metadata.c: what a save keeps of the file it replaces
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Issue 18, case 6: a save replaces the file by renaming a new one over
 * it, so everything the old inode carried must be copied to the new one:
 * permissions and owner (test-project-file.c) and, here, the extended
 * attributes (tags, "where from", comments that file managers and backup
 * tools keep there).
 */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#ifdef __linux__
#include <sys/xattr.h>
#endif

#include "trellis-test-utils.h"

/* A value with a NUL and a non-UTF-8 byte: attributes are bytes, not text. */
static const char tag_value[] = { 'b', 'l', 'u', 'e', '\0', '\xff', 'x' };
static const char comment_value[] = "Workshop copy, 2027";

#ifdef __linux__
/* Whether the file system under @dir keeps user attributes (tmpfs on some
 * kernels does not); the reason goes to @reason. */
static gboolean
user_xattrs_supported (const char  *dir,
                       char       **reason)
{
  g_autofree char *probe = g_build_filename (dir, "probe", NULL);
  gboolean supported;

  g_assert_true (g_file_set_contents (probe, "", 0, NULL));
  supported = setxattr (probe, "user.trellis.probe", "1", 1, 0) == 0;
  if (!supported)
    *reason = g_strdup_printf ("%s does not keep user extended attributes: %s",
                               dir, g_strerror (errno));
  g_unlink (probe);
  return supported;
}

static void
tag_file (const char *path)
{
  g_assert_cmpint (setxattr (path, "user.xdg.tags", tag_value, sizeof tag_value, 0), ==, 0);
  g_assert_cmpint (setxattr (path, "user.xdg.comment", comment_value,
                             strlen (comment_value), 0), ==, 0);
}

static void
assert_tagged (const char *path)
{
  char value[64];
  ssize_t size;

  size = getxattr (path, "user.xdg.tags", value, sizeof value);
  g_assert_cmpint (size, >=, 0);
  g_assert_cmpmem (value, size, tag_value, sizeof tag_value);
  size = getxattr (path, "user.xdg.comment", value, sizeof value);
  g_assert_cmpint (size, >=, 0);
  g_assert_cmpmem (value, size, comment_value, strlen (comment_value));
}

/* Returns a temporary folder that keeps user attributes, or NULL after
 * skipping the test. */
static char *
make_xattr_dir (void)
{
  g_autofree char *dir = trellis_test_make_tmpdir ();
  g_autofree char *reason = NULL;

  if (user_xattrs_supported (dir, &reason))
    return g_steal_pointer (&dir);
  g_test_skip (reason);
  trellis_test_remove_tree (dir);
  return NULL;
}

/* Save, then Save again after a change: the new version and the backup of
 * the old one both carry the attributes. */
static void
test_save_keeps_xattrs (void)
{
  g_autofree char *dir = make_xattr_dir ();
  g_autofree char *path = NULL;
  g_autofree char *backup = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(TrellisProject) project = trellis_project_new ("Tagged");
  g_autoptr(GError) error = NULL;

  if (dir == NULL)
    return;
  path = g_build_filename (dir, "tagged.trellis", NULL);
  backup = g_strconcat (path, "~", NULL);
  file = g_file_new_for_path (path);
  g_assert_true (trellis_project_save (project, file, &error));
  g_assert_no_error (error);
  tag_file (path);

  trellis_header_set_name (trellis_project_get_header (project), "Tagged, changed");
  g_assert_true (trellis_project_save (project, file, &error));
  g_assert_no_error (error);
  assert_tagged (path);
  assert_tagged (backup);

  /* And again: the attributes went with the new version, not only the backup. */
  trellis_header_set_name (trellis_project_get_header (project), "Tagged, twice");
  g_assert_true (trellis_project_save (project, file, &error));
  assert_tagged (path);
  trellis_test_remove_tree (dir);
}

/* An export (`trellis-cli export A.trellis B.trellis`, `new --force`) over
 * an existing file keeps that file's attributes. */
static void
test_export_keeps_xattrs (void)
{
  g_autofree char *dir = make_xattr_dir ();
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(TrellisProject) project = trellis_test_build_full_project ();
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;

  if (dir == NULL)
    return;
  path = g_build_filename (dir, "export.trellis", NULL);
  file = g_file_new_for_path (path);
  g_assert_true (g_file_set_contents (path, "an older export", -1, NULL));
  tag_file (path);

  g_assert_true (trellis_project_save_copy (project, file, &error));
  g_assert_no_error (error);
  written = trellis_test_read_file (path);
  g_assert_true (g_str_has_prefix (written, "<?xml"));
  assert_tagged (path);
  trellis_test_remove_tree (dir);
}

static char *
find_recovery_copy (void)
{
  g_autoptr(GFile) directory = trellis_recovery_get_directory ();
  g_autofree char *path = g_file_get_path (directory);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".trellis"))
      return g_build_filename (path, name, NULL);
  g_assert_not_reached ();
}

/* A recovery copy replaced by the next one keeps its attributes too. */
static void
test_recovery_keeps_xattrs (void)
{
  g_autofree char *dir = make_xattr_dir ();
  g_autofree char *path = NULL;
  g_autofree char *copy = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(TrellisProject) project = trellis_project_new ("Recovered");
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) directory = trellis_recovery_get_directory ();
  g_autofree char *recovery_dir = g_file_get_path (directory);
  g_autofree char *reason = NULL;

  if (dir == NULL)
    return;
  path = g_build_filename (dir, "recovered.trellis", NULL);
  file = g_file_new_for_path (path);
  g_assert_true (trellis_project_save (project, file, &error));
  trellis_header_set_name (trellis_project_get_header (project), "Recovered, changed");
  g_assert_true (trellis_recovery_save (project, file, &error));
  g_assert_no_error (error);
  if (!user_xattrs_supported (recovery_dir, &reason))
    {
      g_test_skip (reason);
      trellis_test_remove_tree (dir);
      return;
    }
  copy = find_recovery_copy ();
  tag_file (copy);

  trellis_header_set_name (trellis_project_get_header (project), "Recovered, twice");
  g_assert_true (trellis_recovery_save (project, file, &error));
  g_assert_no_error (error);
  assert_tagged (copy);
  g_assert_true (trellis_recovery_discard_for (project, &error));
  trellis_test_remove_tree (dir);
}
#endif

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#ifdef __linux__
  g_test_add_func ("/core/save-metadata/xattrs/save", test_save_keeps_xattrs);
  g_test_add_func ("/core/save-metadata/xattrs/export", test_export_keeps_xattrs);
  g_test_add_func ("/core/save-metadata/xattrs/recovery", test_recovery_keeps_xattrs);
#endif

  return g_test_run ();
}
