/* trellis-registry-scan.c
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Filling and refreshing the registry from the file system: scan () looks
 * for project files in a folder tree, rebuild () reads every registered
 * file again.  Both read files outside any transaction, so that a slow
 * disk does not keep other processes waiting on the database.
 */

#define G_LOG_DOMAIN "trellis-registry"

#include "config.h"

#include "trellis-project-file.h"
#include "trellis-registry-private.h"

static gboolean scan_folder (TrellisRegistry *self, GFile *folder, int *n_added, GError **error);

/* Only registry errors stop a scan; unreadable files and folders are skipped. */
static gboolean
scan_child (TrellisRegistry  *self,
            GFileInfo        *info,
            GFile            *child,
            int              *n_added,
            GError          **error)
{
  const char *name = g_file_info_get_name (info);
  g_autoptr(TrellisProject) project = NULL;
  g_autoptr(GError) local_error = NULL;

  g_assert (TRELLIS_IS_REGISTRY (self));

  if (name[0] == '.')
    return TRUE;
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      if (scan_folder (self, child, n_added, &local_error))
        return TRUE;
    }
  else if (!g_str_has_suffix (name, ".trellis"))
    return TRUE;
  else if ((project = trellis_project_load (child, &local_error)))
    {
      if (!trellis_registry_add_project (self, child, project, error))
        return FALSE;
      (*n_added)++;
      return TRUE;
    }
  if (local_error->domain == TRELLIS_REGISTRY_ERROR)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  g_debug ("Scan skips %s: %s", g_file_peek_path (child), local_error->message);
  return TRUE;
}

/* Symbolic links are not followed into folders, so a scan always ends. */
static gboolean
scan_folder (TrellisRegistry  *self,
             GFile            *folder,
             int              *n_added,
             GError          **error)
{
  g_autoptr(GFileEnumerator) enumerator = NULL;

  g_assert (TRELLIS_IS_REGISTRY (self));

  enumerator = g_file_enumerate_children (folder,
                                          G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                          G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                          G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, error);
  if (enumerator == NULL)
    return FALSE;
  for (;;)
    {
      GFileInfo *info = NULL;
      GFile *child = NULL;

      if (!g_file_enumerator_iterate (enumerator, &info, &child, NULL, error))
        return FALSE;
      if (info == NULL)
        return TRUE;
      if (!scan_child (self, info, child, n_added, error))
        return FALSE;
    }
}

/**
 * trellis_registry_scan:
 * @directory: a folder
 *
 * Registers (or updates) every `*.trellis` file in @directory and its
 * subfolders, except in hidden folders; backups (`*.trellis~`) and hidden
 * files are ignored.  Files that do not load and subfolders that cannot be
 * read are skipped silently (logged with g_debug ()): a scan is a search,
 * not a check.  An unreadable @directory or a registry error is an error.
 *
 * Returns: the number of files registered or updated, or -1 with @error set
 */
int
trellis_registry_scan (TrellisRegistry  *self,
                       GFile            *directory,
                       GError          **error)
{
  int n_added = 0;

  g_return_val_if_fail (TRELLIS_IS_REGISTRY (self), -1);
  g_return_val_if_fail (G_IS_FILE (directory), -1);

  if (!scan_folder (self, directory, &n_added, error))
    return -1;
  return n_added;
}

typedef enum
{
  FILE_LOADED,
  FILE_MISSING,
  FILE_UNREADABLE,
} FileState;

typedef struct
{
  char                  *path;
  FileState              state;
  TrellisRegistryRecord  record;
} RebuildItem;

static void
rebuild_item_clear (gpointer data)
{
  RebuildItem *item = data;

  g_clear_pointer (&item->path, g_free);
  _trellis_registry_record_clear (&item->record);
}

static void
read_file_state (RebuildItem *item)
{
  g_autoptr(GFile) file = g_file_new_for_path (item->path);
  g_autoptr(TrellisProject) project = NULL;
  g_autoptr(GError) error = NULL;

  if ((project = trellis_project_load (file, &error)))
    {
      _trellis_registry_record_init (&item->record, project);
      item->state = FILE_LOADED;
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND) ||
           g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY))
    item->state = FILE_MISSING;
  else
    {
      g_debug ("Rebuild leaves %s as it was: %s", item->path, error->message);
      item->state = FILE_UNREADABLE;
    }
}

static GArray *
list_registered_paths (TrellisRegistry  *self,
                       GError          **error)
{
  static const char sql[] = "SELECT path FROM projects;";
  g_autoptr(sqlite3_stmt) stmt = _trellis_db_prepare (self->db, sql, error);
  g_autoptr(GArray) items = g_array_new (FALSE, TRUE, sizeof (RebuildItem));
  int rc;

  g_assert (TRELLIS_IS_REGISTRY (self));

  g_array_set_clear_func (items, rebuild_item_clear);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RebuildItem item = { g_strdup ((const char *) sqlite3_column_text (stmt, 0)) };

      g_array_append_val (items, item);
    }
  if (rc != SQLITE_DONE)
    {
      _trellis_db_set_error (self->db, error);
      return NULL;
    }
  return g_steal_pointer (&items);
}

static gboolean
apply_rebuild_item (TrellisRegistry  *self,
                    RebuildItem      *item,
                    GError          **error)
{
  g_autoptr(GError) local_error = NULL;

  g_assert (TRELLIS_IS_REGISTRY (self));

  if (item->state == FILE_MISSING)
    return _trellis_registry_run_on_path (self,
                                          "UPDATE projects SET missing = 1 WHERE path = :path;",
                                          item->path, NULL, error);
  if (item->state == FILE_UNREADABLE ||
      _trellis_registry_update_row (self, item->path, item->path, &item->record, &local_error))
    return TRUE;
  /* Removed by another process since it was read: nothing to update. */
  if (g_error_matches (local_error, TRELLIS_REGISTRY_ERROR, TRELLIS_REGISTRY_ERROR_NOT_FOUND))
    return TRUE;
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

/**
 * trellis_registry_rebuild:
 *
 * Reads every registered file again, in one transaction: entries of files
 * that load are brought up to date, those of files that are gone are
 * marked missing (not removed: the user may locate them), and those of
 * files that are there but do not load are left as they were.
 */
gboolean
trellis_registry_rebuild (TrellisRegistry  *self,
                          GError          **error)
{
  g_autoptr(GArray) items = NULL;

  g_return_val_if_fail (TRELLIS_IS_REGISTRY (self), FALSE);

  if (!(items = list_registered_paths (self, error)))
    return FALSE;
  /* Files are read outside any transaction, so that a slow disk does not
   * keep other processes waiting on the database. */
  for (guint i = 0; i < items->len; i++)
    read_file_state (&g_array_index (items, RebuildItem, i));
  if (!_trellis_registry_begin (self, error))
    return FALSE;
  for (guint i = 0; i < items->len; i++)
    if (!apply_rebuild_item (self, &g_array_index (items, RebuildItem, i), error))
      {
        _trellis_db_rollback (self->db);
        return FALSE;
      }
  return _trellis_registry_commit (self, error);
}

/* The paths a damaged database still gives, read without writing to it
 * (immutable: no journal, no lock); reading stops at the first damage. */
static GPtrArray *
read_damaged_paths (const char *damaged)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *uri = g_filename_to_uri (damaged, NULL, NULL);
  g_autofree char *immutable = g_strconcat (uri, "?immutable=1", NULL);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  if (uri != NULL &&
      sqlite3_open_v2 (immutable, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL) == SQLITE_OK &&
      sqlite3_prepare_v2 (db, "SELECT path FROM projects;", -1, &stmt, NULL) == SQLITE_OK)
    while (sqlite3_step (stmt) == SQLITE_ROW)
      if (sqlite3_column_text (stmt, 0) != NULL)
        g_ptr_array_add (paths, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return g_steal_pointer (&paths);
}

/* Adds the project files among the recent files of every application
 * (GtkRecentManager's recently-used.xbel, read without GTK): local files
 * that exist, are regular, and are typed as Trellis projects or named
 * *.trellis.  A damaged or missing list adds nothing. */
static void
add_recent_paths (GPtrArray *paths)
{
  g_autofree char *xbel = g_build_filename (g_get_user_data_dir (), "recently-used.xbel", NULL);
  g_autoptr(GBookmarkFile) bookmarks = g_bookmark_file_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) uris = NULL;

  if (!g_bookmark_file_load_from_file (bookmarks, xbel, &error))
    {
      g_debug ("No recent files from %s: %s", xbel, error->message);
      return;
    }
  uris = g_bookmark_file_get_uris (bookmarks, NULL);
  for (guint i = 0; uris[i] != NULL; i++)
    {
      g_autofree char *path = g_filename_from_uri (uris[i], NULL, NULL);
      g_autofree char *type = NULL;

      if (path == NULL || !g_file_test (path, G_FILE_TEST_IS_REGULAR))
        continue;
      type = g_bookmark_file_get_mime_type (bookmarks, uris[i], NULL);
      if (g_strcmp0 (type, "application/x-trellis") == 0 || g_str_has_suffix (path, ".trellis"))
        g_ptr_array_add (paths, g_steal_pointer (&path));
    }
}

/*
 * _trellis_registry_salvage:
 * @damaged: a damaged database, moved aside
 *
 * Lists again every project the damaged database still names, and every
 * project among the recent files, whose file still loads.  The files are
 * the truth; this only spares the user searching for them.
 *
 * Returns: how many were listed again
 */
guint
_trellis_registry_salvage (TrellisRegistry *self,
                           const char      *damaged)
{
  g_autoptr(GPtrArray) paths = read_damaged_paths (damaged);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = 0;

  add_recent_paths (paths);
  for (guint i = 0; i < paths->len; i++)
    {
      g_autoptr(GFile) file = NULL;
      g_autoptr(GError) error = NULL;

      if (!g_hash_table_add (seen, paths->pdata[i]))
        continue;
      file = g_file_new_for_path (paths->pdata[i]);
      if (trellis_registry_add_file (self, file, &error))
        n++;
      else
        g_debug ("Not listed again: %s: %s", (char *) paths->pdata[i], error->message);
    }
  return n;
}
