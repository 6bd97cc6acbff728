/* trellis-lock.c: a lock file beside an open project
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * While Trellis has plan.trellis open it keeps .plan.trellis.lock beside
 * it, saying who (user, host, process) opened it and when, so that a second
 * window or a colleague on a shared folder is told instead of silently
 * overwriting.  A lock left by a process that no longer runs on this host
 * is stale and may be taken over.  The lock is created with O_EXCL, so two
 * processes cannot both believe they hold it.
 */

#define G_LOG_DOMAIN "trellis-lock"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "trellis-lock.h"

#define GROUP "Lock"

struct _TrellisLock
{
  GObject    parent_instance;

  GFile     *lock_file;
  char      *user;
  char      *host;
  GPid       pid;
  GDateTime *time;
};

G_DEFINE_FINAL_TYPE (TrellisLock, trellis_lock, G_TYPE_OBJECT)
G_DEFINE_QUARK (trellis-lock-error-quark, trellis_lock_error)

static void
trellis_lock_finalize (GObject *object)
{
  TrellisLock *self = TRELLIS_LOCK (object);

  g_clear_object (&self->lock_file);
  g_clear_pointer (&self->user, g_free);
  g_clear_pointer (&self->host, g_free);
  g_clear_pointer (&self->time, g_date_time_unref);

  G_OBJECT_CLASS (trellis_lock_parent_class)->finalize (object);
}

static void
trellis_lock_class_init (TrellisLockClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = trellis_lock_finalize;
}

static void
trellis_lock_init (TrellisLock *self)
{
}

/**
 * trellis_lock_file_for:
 *
 * Returns: (transfer full): the lock file of @project_file: .NAME.lock beside it
 */
GFile *
trellis_lock_file_for (GFile *project_file)
{
  g_autoptr(GFile) parent = g_file_get_parent (project_file);
  g_autofree char *base = g_file_get_basename (project_file);
  g_autofree char *name = g_strdup_printf (".%s.lock", base);

  return g_file_get_child (parent, name);
}

static TrellisLock *
lock_new_for_us (GFile *lock_file)
{
  TrellisLock *self = g_object_new (TRELLIS_TYPE_LOCK, NULL);

  self->lock_file = g_object_ref (lock_file);
  self->user = g_strdup (g_get_user_name ());
  self->host = g_strdup (g_get_host_name ());
  self->pid = getpid ();
  self->time = g_date_time_new_now_utc ();

  return self;
}

static char *
lock_to_data (TrellisLock *self,
              gsize       *length)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autofree char *time = g_date_time_format_iso8601 (self->time);

  g_key_file_set_string (key_file, GROUP, "user", self->user);
  g_key_file_set_string (key_file, GROUP, "host", self->host);
  g_key_file_set_int64 (key_file, GROUP, "pid", self->pid);
  g_key_file_set_string (key_file, GROUP, "time", time);

  return g_key_file_to_data (key_file, length, NULL);
}

/**
 * trellis_lock_read:
 *
 * Returns: (transfer full) (nullable): the lock on @project_file, or %NULL
 *   without an error if there is none.  An unreadable lock is reported as a
 *   stale one with an unknown owner.
 */
TrellisLock *
trellis_lock_read (GFile   *project_file,
                   GError **error)
{
  g_autoptr(GFile) lock_file = trellis_lock_file_for (project_file);
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GError) local_error = NULL;
  g_autofree char *path = g_file_get_path (lock_file);
  g_autofree char *time = NULL;
  TrellisLock *self;

  if (!g_key_file_load_from_file (key_file, path, G_KEY_FILE_NONE, &local_error))
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return NULL;
      if (local_error->domain == G_FILE_ERROR)
        {
          g_set_error (error, TRELLIS_LOCK_ERROR, TRELLIS_LOCK_ERROR_FAILED,
                       _("Cannot read the lock file “%s”: %s"), path, local_error->message);
          return NULL;
        }
    }

  self = g_object_new (TRELLIS_TYPE_LOCK, NULL);
  self->lock_file = g_object_ref (lock_file);
  self->user = g_key_file_get_string (key_file, GROUP, "user", NULL);
  self->host = g_key_file_get_string (key_file, GROUP, "host", NULL);
  self->pid = (GPid) g_key_file_get_int64 (key_file, GROUP, "pid", NULL);
  time = g_key_file_get_string (key_file, GROUP, "time", NULL);
  if (time != NULL)
    self->time = g_date_time_new_from_iso8601 (time, NULL);

  return self;
}

static gboolean
is_this_host (TrellisLock *self)
{
  return g_strcmp0 (self->host, g_get_host_name ()) == 0;
}

/**
 * trellis_lock_is_ours:
 *
 * Returns: %TRUE if this process holds the lock
 */
gboolean
trellis_lock_is_ours (TrellisLock *self)
{
  g_return_val_if_fail (TRELLIS_IS_LOCK (self), FALSE);

  return is_this_host (self) && self->pid == getpid ();
}

/**
 * trellis_lock_is_stale:
 *
 * Returns: %TRUE if the lock was left behind: unreadable, or held by a
 *   process of this host that no longer runs.  A lock from another host is
 *   never stale: we cannot know.
 */
gboolean
trellis_lock_is_stale (TrellisLock *self)
{
  g_return_val_if_fail (TRELLIS_IS_LOCK (self), FALSE);

  if (self->host == NULL || self->pid <= 0)
    return TRUE;
  if (!is_this_host (self))
    return FALSE;

  return kill (self->pid, 0) != 0 && errno == ESRCH;
}

static gboolean
create_exclusively (const char  *path,
                    const char  *data,
                    gsize        length,
                    GError     **error)
{
  int fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  gboolean ok;

  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "%s", g_strerror (saved_errno));
      return FALSE;
    }

  ok = write (fd, data, length) == (gssize) length;
  ok = (close (fd) == 0) && ok;
  if (!ok)
    {
      g_unlink (path);
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_IO, _("Cannot write the lock file"));
    }

  return ok;
}

static void
set_locked_error (TrellisLock  *holder,
                  GFile        *project_file,
                  GError      **error)
{
  g_autofree char *name = g_file_get_basename (project_file);
  g_autofree char *since = holder->time != NULL
                           ? g_date_time_format (holder->time, "%Y-%m-%d %H:%M") : g_strdup ("?");

  /* translators: “plan.trellis” is open by anna on laptop-7 since 2026-11-22 09:00 (process 4242) */
  g_set_error (error, TRELLIS_LOCK_ERROR, TRELLIS_LOCK_ERROR_LOCKED,
               _("“%s” is open by %s on %s since %s (process %d)"),
               name, holder->user ? holder->user : "?", holder->host ? holder->host : "?",
               since, (int) holder->pid);
}

/**
 * trellis_lock_acquire:
 * @steal: take the lock even if someone else holds it ("open anyway")
 *
 * Locks @project_file for this process.  A stale lock is taken over.
 *
 * Returns: (transfer full): the lock, or %NULL with
 *   %TRELLIS_LOCK_ERROR_LOCKED naming who holds it
 */
TrellisLock *
trellis_lock_acquire (GFile     *project_file,
                      gboolean   steal,
                      GError   **error)
{
  g_autoptr(GFile) lock_file = trellis_lock_file_for (project_file);
  g_autofree char *path = g_file_get_path (lock_file);
  g_autoptr(TrellisLock) self = lock_new_for_us (lock_file);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = lock_to_data (self, NULL);

  if (create_exclusively (path, data, strlen (data), &local_error))
    return g_steal_pointer (&self);

  if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_EXIST))
    {
      g_autoptr(TrellisLock) holder = trellis_lock_read (project_file, NULL);

      if (holder != NULL && !steal && !trellis_lock_is_ours (holder) && !trellis_lock_is_stale (holder))
        {
          set_locked_error (holder, project_file, error);
          return NULL;
        }
      /* Ours already, stale, gone meanwhile, or stolen: replace it atomically. */
      g_clear_error (&local_error);
      if (g_file_set_contents (path, data, -1, &local_error))
        return g_steal_pointer (&self);
    }

  g_set_error (error, TRELLIS_LOCK_ERROR, TRELLIS_LOCK_ERROR_FAILED,
               _("Cannot create the lock file “%s”: %s"), path, local_error->message);
  return NULL;
}

/**
 * trellis_lock_release:
 *
 * Removes the lock file, if it is still ours (someone may have opened the
 * project anyway and taken it over).
 */
gboolean
trellis_lock_release (TrellisLock  *self,
                      GError      **error)
{
  g_autoptr(GFile) parent = NULL;
  g_autoptr(GFile) project_file = NULL;
  g_autoptr(TrellisLock) current = NULL;
  g_autofree char *name = NULL;
  g_autofree char *base = NULL;

  g_return_val_if_fail (TRELLIS_IS_LOCK (self), FALSE);

  base = g_file_get_basename (self->lock_file);
  name = g_strndup (base + 1, strlen (base) - strlen ("..lock"));
  parent = g_file_get_parent (self->lock_file);
  project_file = g_file_get_child (parent, name);

  current = trellis_lock_read (project_file, error);
  if (current == NULL)
    return error == NULL || *error == NULL;
  if (g_strcmp0 (current->host, self->host) != 0 || current->pid != self->pid)
    return TRUE;

  return g_file_delete (self->lock_file, NULL, error);
}

/**
 * trellis_lock_get_user:
 *
 * Returns: (nullable): the name of the user who holds the lock; %NULL if
 *   the lock file does not say
 */
const char *
trellis_lock_get_user (TrellisLock *self)
{
  g_return_val_if_fail (TRELLIS_IS_LOCK (self), NULL);
  return self->user;
}

/**
 * trellis_lock_get_host:
 *
 * Returns: (nullable): the host the lock was taken on; %NULL if the lock
 *   file does not say
 */
const char *
trellis_lock_get_host (TrellisLock *self)
{
  g_return_val_if_fail (TRELLIS_IS_LOCK (self), NULL);
  return self->host;
}

/**
 * trellis_lock_get_pid:
 *
 * Returns: the process that holds the lock on its host; 0 if the lock file
 *   does not say
 */
GPid
trellis_lock_get_pid (TrellisLock *self)
{
  g_return_val_if_fail (TRELLIS_IS_LOCK (self), 0);
  return self->pid;
}

/**
 * trellis_lock_get_time:
 *
 * Returns: (transfer none) (nullable): when the lock was taken
 */
GDateTime *
trellis_lock_get_time (TrellisLock *self)
{
  g_return_val_if_fail (TRELLIS_IS_LOCK (self), NULL);
  return self->time;
}
