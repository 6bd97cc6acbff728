/* trellis-recovery.c: recovery copies of unsaved work
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * While a project has unsaved changes the application writes a copy of it
 * every minute into $XDG_DATA_HOME/trellis/recovery/UUID.trellis, with
 * UUID.info saying which file it belongs to and which process wrote it.
 * Saving or closing normally deletes the copy.  A copy whose process no
 * longer runs is an orphan: the work of a session that crashed, which the
 * next start offers to restore.
 */

#define G_LOG_DOMAIN "trellis-recovery"

#include "config.h"

#include <errno.h>
#include <signal.h>
#include <unistd.h>
#include <sys/stat.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "trellis-project-file.h"
#include "trellis-project-private.h"
#include "trellis-recovery.h"

#define GROUP "Recovery"

struct _TrellisRecovery
{
  GObject    parent_instance;

  GFile     *copy;
  GFile     *info;
  GFile     *original;   /* nullable: never saved */
  char      *name;
  GDateTime *time;
};

G_DEFINE_FINAL_TYPE (TrellisRecovery, trellis_recovery, G_TYPE_OBJECT)

static void
trellis_recovery_finalize (GObject *object)
{
  TrellisRecovery *self = TRELLIS_RECOVERY (object);

  g_clear_object (&self->copy);
  g_clear_object (&self->info);
  g_clear_object (&self->original);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->time, g_date_time_unref);

  G_OBJECT_CLASS (trellis_recovery_parent_class)->finalize (object);
}

static void
trellis_recovery_class_init (TrellisRecoveryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = trellis_recovery_finalize;
}

static void
trellis_recovery_init (TrellisRecovery *self)
{
}

/**
 * trellis_recovery_get_directory:
 *
 * Returns: (transfer full): where recovery copies are kept
 */
GFile *
trellis_recovery_get_directory (void)
{
  return g_file_new_build_filename (g_get_user_data_dir (), "trellis", "recovery", NULL);
}

/* The name of a project's copies: two files may hold the same project (a
 * copy made in the file manager), so the name holds the file's path too. */
static char *
stem_for (TrellisProject *project,
          GFile          *original)
{
  g_autofree char *uri = NULL;
  g_autofree char *checksum = NULL;

  if (original == NULL)
    return g_strdup (trellis_project_get_uuid (project));
  uri = g_file_get_uri (original);
  checksum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, uri, -1);
  return g_strdup_printf ("%s-%.16s", trellis_project_get_uuid (project), checksum);
}

static GFile *
file_for (const char *stem,
          const char *extension)
{
  g_autoptr(GFile) directory = trellis_recovery_get_directory ();
  g_autofree char *name = g_strconcat (stem, extension, NULL);

  return g_file_get_child (directory, name);
}

/* The copies hold unsaved work, maybe confidential: the folder is the
 * user's alone, and each copy has its project's permissions (0600 for a
 * project never saved). */
static gboolean
make_private_directory (GFile   *directory,
                        GError **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!g_file_make_directory_with_parents (directory, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (g_chmod (g_file_peek_path (directory), 0700) != 0)
    g_debug ("Could not make %s private: %s", g_file_peek_path (directory), g_strerror (errno));
  return TRUE;
}

static int
mode_of (GFile *original)
{
  struct stat st;

  if (original != NULL && g_file_peek_path (original) != NULL &&
      g_stat (g_file_peek_path (original), &st) == 0)
    return st.st_mode & 0777;
  return 0600;
}

/**
 * trellis_recovery_save:
 * @original: (nullable): the project's file, if it has one
 *
 * Writes the recovery copy of @project, replacing the previous one.
 */
gboolean
trellis_recovery_save (TrellisProject  *project,
                       GFile           *original,
                       GError         **error)
{
  g_autoptr(GFile) directory = trellis_recovery_get_directory ();
  g_autofree char *stem = NULL;
  g_autoptr(GFile) copy = NULL;
  g_autoptr(GFile) info = NULL;
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) info_bytes = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *time = g_date_time_format_iso8601 (now);
  g_autofree char *data = NULL;
  gsize length;
  int mode;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), FALSE);

  if (!make_private_directory (directory, error))
    return FALSE;

  g_key_file_set_string (key_file, GROUP, "name", trellis_project_get_name (project));
  if (original != NULL)
    {
      g_autofree char *uri = g_file_get_uri (original);
      g_key_file_set_string (key_file, GROUP, "original", uri);
    }
  g_key_file_set_string (key_file, GROUP, "host", g_get_host_name ());
  g_key_file_set_int64 (key_file, GROUP, "pid", getpid ());
  g_key_file_set_string (key_file, GROUP, "time", time);
  data = g_key_file_to_data (key_file, &length, NULL);
  info_bytes = g_bytes_new_take (g_steal_pointer (&data), length);
  bytes = trellis_project_to_bytes (project);

  stem = stem_for (project, original);
  copy = file_for (stem, ".trellis");
  info = file_for (stem, ".info");
  mode = mode_of (original);
  /* The copy first: an .info always has a complete copy beside it. */
  if (!trellis_write_file_atomically_with_mode (copy, bytes, FALSE, mode, error) ||
      !trellis_write_file_atomically_with_mode (info, info_bytes, FALSE, mode, error))
    return FALSE;
  /* A project saved under another name since: its old copy goes, now that
   * the new one is complete. */
  if (g_strcmp0 (g_object_get_data (G_OBJECT (project), "trellis-recovery-stem"), stem) != 0 &&
      !trellis_recovery_discard_for (project, NULL))
    g_debug ("The previous recovery copy of %s stays", trellis_project_get_name (project));
  g_object_set_data_full (G_OBJECT (project), "trellis-recovery-stem",
                          g_steal_pointer (&stem), g_free);
  return TRUE;
}

static gboolean
delete_if_exists (GFile   *file,
                  GError **error)
{
  g_autoptr(GError) local_error = NULL;

  if (g_file_delete (file, NULL, &local_error) ||
      g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    return TRUE;

  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

/**
 * trellis_recovery_discard_for:
 *
 * Deletes the recovery copy of @project (after a save, or a close that
 * discards the changes on purpose).
 */
gboolean
trellis_recovery_discard_for (TrellisProject  *project,
                              GError         **error)
{
  const char *stem = g_object_get_data (G_OBJECT (project), "trellis-recovery-stem");
  g_autoptr(GFile) copy = NULL;
  g_autoptr(GFile) info = NULL;

  if (stem == NULL)
    return TRUE;  /* this process wrote none */
  copy = file_for (stem, ".trellis");
  info = file_for (stem, ".info");
  return delete_if_exists (info, error) && delete_if_exists (copy, error);
}

static gboolean
writer_is_alive (GKeyFile *key_file)
{
  g_autofree char *host = g_key_file_get_string (key_file, GROUP, "host", NULL);
  GPid pid = (GPid) g_key_file_get_int64 (key_file, GROUP, "pid", NULL);

  if (g_strcmp0 (host, g_get_host_name ()) != 0 || pid <= 0)
    return FALSE;
  return pid == getpid () || kill (pid, 0) == 0 || errno != ESRCH;
}

static TrellisRecovery *
recovery_from_info (GFile *directory,
                    GFile *info)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autofree char *path = g_file_get_path (info);
  g_autofree char *base = g_file_get_basename (info);
  g_autofree char *stem = NULL;
  g_autofree char *copy_name = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *time = NULL;
  TrellisRecovery *self;

  if (!g_key_file_load_from_file (key_file, path, G_KEY_FILE_NONE, NULL) ||
      writer_is_alive (key_file))
    return NULL;

  stem = g_strndup (base, strlen (base) - strlen (".info"));
  copy_name = g_strconcat (stem, ".trellis", NULL);
  self = g_object_new (TRELLIS_TYPE_RECOVERY, NULL);
  self->info = g_object_ref (info);
  self->copy = g_file_get_child (directory, copy_name);
  self->name = g_key_file_get_string (key_file, GROUP, "name", NULL);
  uri = g_key_file_get_string (key_file, GROUP, "original", NULL);
  if (uri != NULL)
    self->original = g_file_new_for_uri (uri);
  time = g_key_file_get_string (key_file, GROUP, "time", NULL);
  self->time = time != NULL ? g_date_time_new_from_iso8601 (time, NULL) : NULL;

  return self;
}

/**
 * trellis_recovery_list_orphans:
 *
 * Returns: (transfer container) (element-type TrellisRecovery): the copies
 *   left by sessions that ended without saving or closing: crashes
 */
GPtrArray *
trellis_recovery_list_orphans (GError **error)
{
  g_autoptr(GFile) directory = trellis_recovery_get_directory ();
  g_autoptr(GPtrArray) orphans = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GFileEnumerator) enumerator = NULL;
  g_autoptr(GError) local_error = NULL;
  GFileInfo *file_info;

  enumerator = g_file_enumerate_children (directory, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                          G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (enumerator == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        return g_steal_pointer (&orphans);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  while ((file_info = g_file_enumerator_next_file (enumerator, NULL, error)) != NULL)
    {
      const char *name = g_file_info_get_name (file_info);
      g_autoptr(GFile) info = g_file_get_child (directory, name);
      TrellisRecovery *recovery = NULL;

      if (g_str_has_suffix (name, ".info"))
        recovery = recovery_from_info (directory, info);
      if (recovery != NULL)
        g_ptr_array_add (orphans, recovery);
      g_object_unref (file_info);
    }

  return g_steal_pointer (&orphans);
}

/**
 * trellis_recovery_get_name:
 *
 * Returns: (nullable): the project's name when the copy was written
 */
const char *
trellis_recovery_get_name (TrellisRecovery *self)
{
  g_return_val_if_fail (TRELLIS_IS_RECOVERY (self), NULL);
  return self->name;
}

/**
 * trellis_recovery_get_original:
 *
 * Returns: (transfer none) (nullable): the file the copy belongs to
 */
GFile *
trellis_recovery_get_original (TrellisRecovery *self)
{
  g_return_val_if_fail (TRELLIS_IS_RECOVERY (self), NULL);
  return self->original;
}

/**
 * trellis_recovery_get_time:
 *
 * Returns: (transfer none) (nullable): when the copy was written
 */
GDateTime *
trellis_recovery_get_time (TrellisRecovery *self)
{
  g_return_val_if_fail (TRELLIS_IS_RECOVERY (self), NULL);
  return self->time;
}

/**
 * trellis_recovery_load:
 *
 * Returns: (transfer full): the recovered project, with unsaved changes
 */
TrellisProject *
trellis_recovery_load (TrellisRecovery  *self,
                       GError          **error)
{
  TrellisProject *project;

  g_return_val_if_fail (TRELLIS_IS_RECOVERY (self), NULL);

  project = trellis_project_load (self->copy, error);
  if (project != NULL)
    trellis_history_mark_unsaved (trellis_project_get_history (project));

  return project;
}

/**
 * trellis_recovery_discard:
 *
 * Deletes the recovery copy and its info file; files already gone are not
 * an error.
 *
 * Returns: %FALSE with @error set if a file could not be deleted
 */
gboolean
trellis_recovery_discard (TrellisRecovery  *self,
                          GError          **error)
{
  g_return_val_if_fail (TRELLIS_IS_RECOVERY (self), FALSE);

  return delete_if_exists (self->info, error) && delete_if_exists (self->copy, error);
}
