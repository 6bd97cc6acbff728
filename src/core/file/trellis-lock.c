/* trellis-lock.c: a lock file beside an open project
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * While Trellis has plan.trellis open it keeps .plan.trellis.lock beside
 * it, saying who (user, host, process) opened it and when, so that a second
 * window or a colleague on a shared folder is told instead of silently
 * overwriting.  A lock left by a process that no longer runs on this host
 * is stale and may be taken over.  The holder keeps the file open with an
 * exclusive flock (), which the system drops when the process ends: a new
 * lock appears complete (written aside, then linked into place), and a
 * stale one is taken over only by the process that gets its flock, so two
 * processes cannot both believe they hold it.
 */

#define G_LOG_DOMAIN "trellis-lock"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>
#include <sys/file.h>
#include <sys/stat.h>
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
  int        fd;         /* ours: held open with flock () until released */
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
  if (self->fd >= 0)
    close (self->fd);

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
  self->fd = -1;
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

static TrellisLock *lock_from_key_file (GFile    *lock_file,
                                       GKeyFile *key_file);

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

  return lock_from_key_file (lock_file, key_file);
}

/* An unreadable lock has no host and no process: it counts as stale. */
static TrellisLock *
lock_from_key_file (GFile    *lock_file,
                    GKeyFile *key_file)
{
  g_autofree char *time = NULL;
  TrellisLock *self = g_object_new (TRELLIS_TYPE_LOCK, NULL);

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
set_errno_error (GError **error,
                 int      saved_errno)
{
  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno), "%s", g_strerror (saved_errno));
  return FALSE;
}

/* Writes @data into a new file beside @path, flocked, and returns its
 * descriptor; the caller links or renames it into place. */
static int
write_aside (const char  *path,
             const char  *data,
             char       **out_temp,
             GError     **error)
{
  g_autofree char *temp = g_strconcat (path, ".XXXXXX", NULL);
  int fd = g_mkstemp_full (temp, O_RDWR | O_CLOEXEC, 0644);
  gsize length = strlen (data);

  if (fd < 0)
    return set_errno_error (error, errno), -1;
  if (fchmod (fd, 0644) != 0 || flock (fd, LOCK_EX | LOCK_NB) != 0 ||
      write (fd, data, length) != (gssize) length)
    {
      set_errno_error (error, errno);
      close (fd);
      g_unlink (temp);
      return -1;
    }
  *out_temp = g_steal_pointer (&temp);
  return fd;
}

/* Creates the lock where there is none: complete before it is visible. */
static gboolean
create_new (TrellisLock  *self,
            const char   *path,
            const char   *data,
            GError      **error)
{
  g_autofree char *temp = NULL;
  int fd = write_aside (path, data, &temp, error);
  int saved_errno;

  if (fd < 0)
    return FALSE;
  if (link (temp, path) == 0)
    {
      g_unlink (temp);
      self->fd = fd;
      return TRUE;
    }
  saved_errno = errno;
  g_unlink (temp);
  close (fd);
  return set_errno_error (error, saved_errno);
}

/* Someone else's lock, whose flock we just got or (stealing) could not get:
 * our own lock replaces it in one rename. */
static gboolean
replace (TrellisLock  *self,
         const char   *path,
         const char   *data,
         GError      **error)
{
  g_autofree char *temp = NULL;
  int fd = write_aside (path, data, &temp, error);
  int saved_errno;

  if (fd < 0)
    return FALSE;
  if (g_rename (temp, path) == 0)
    {
      self->fd = fd;
      return TRUE;
    }
  saved_errno = errno;
  g_unlink (temp);
  close (fd);
  return set_errno_error (error, saved_errno);
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

/* Reads the lock at @path through a descriptor that holds its flock, if
 * the flock can be had: then no other process is taking it over, and its
 * holder, if any, has ended (or is an older Trellis without flock, which
 * the pid still tells). */
static TrellisLock *
read_existing (GFile      *lock_file,
               const char *path,
               int        *out_fd)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autofree char *contents = NULL;
  struct stat by_fd, by_path;
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);

  *out_fd = -1;
  if (fd < 0)
    return NULL;
  if (flock (fd, LOCK_EX | LOCK_NB) == 0 &&
      /* still the file at @path, not one replaced meanwhile */
      fstat (fd, &by_fd) == 0 && g_stat (path, &by_path) == 0 &&
      by_fd.st_ino == by_path.st_ino && by_fd.st_dev == by_path.st_dev)
    *out_fd = fd;
  g_file_get_contents (path, &contents, NULL, NULL);
  if (contents != NULL)
    g_key_file_load_from_data (key_file, contents, -1, G_KEY_FILE_NONE, NULL);
  if (*out_fd < 0)
    close (fd);
  return lock_from_key_file (lock_file, key_file);
}

/* One attempt: %TRUE when the lock is ours; %FALSE with @error set; or
 * %FALSE with G_FILE_ERROR_EXIST in @retry, to look again. */
static gboolean
try_acquire (TrellisLock  *self,
             GFile        *project_file,
             const char   *path,
             const char   *data,
             gboolean      steal,
             GError      **retry,
             GError      **error)
{
  g_autoptr(TrellisLock) holder = NULL;
  int held_fd = -1;
  gboolean free_to_take;

  if (create_new (self, path, data, retry) ||
      !g_error_matches (*retry, G_FILE_ERROR, G_FILE_ERROR_EXIST))
    return *retry == NULL;
  g_clear_error (retry);

  holder = read_existing (self->lock_file, path, &held_fd);
  if (holder == NULL)
    {
      g_set_error_literal (retry, G_FILE_ERROR, G_FILE_ERROR_EXIST, "gone meanwhile");
      return FALSE;
    }
  free_to_take = trellis_lock_is_ours (holder) || (held_fd >= 0 && trellis_lock_is_stale (holder));
  if (free_to_take || steal)
    {
      gboolean done = replace (self, path, data, retry);

      if (held_fd >= 0)
        close (held_fd);
      return done;
    }
  if (held_fd >= 0)
    close (held_fd);
  if (!trellis_lock_is_stale (holder) || held_fd >= 0)
    set_locked_error (holder, project_file, error);
  else  /* being taken over by another process right now */
    g_set_error_literal (retry, G_FILE_ERROR, G_FILE_ERROR_EXIST, "being taken over");
  return FALSE;
}

/**
 * trellis_lock_acquire:
 * @steal: take the lock even if someone else holds it ("open anyway")
 *
 * Locks @project_file for this process.  A stale lock is taken over,
 * atomically: of two processes taking over one stale lock, one gets it and
 * the other is told who holds it.
 *
 * Returns: (transfer full): the lock, or %NULL with
 *   %TRELLIS_LOCK_ERROR_LOCKED naming who holds it, or
 *   %TRELLIS_LOCK_ERROR_FAILED when no lock can be written here (a full disk,
 *   a read-only folder): the project must then be opened read-only
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

  for (guint attempt = 0; attempt < 20; attempt++)
    {
      GError *own_error = NULL;

      g_clear_error (&local_error);
      if (try_acquire (self, project_file, path, data, steal, &local_error, &own_error))
        return g_steal_pointer (&self);
      if (own_error != NULL)
        {
          g_propagate_error (error, own_error);
          return NULL;
        }
      if (!g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_EXIST))
        break;
    }

  g_set_error (error, TRELLIS_LOCK_ERROR, TRELLIS_LOCK_ERROR_FAILED,
               _("Cannot create the lock file “%s”: %s"), path, local_error->message);
  return NULL;
}

/**
 * trellis_lock_check:
 *
 * Before a save: whether the lock file still names this lock.  Someone
 * may have opened the project anyway and taken the lock over.
 *
 * Returns: %TRUE if it does; %FALSE with %TRELLIS_LOCK_ERROR_LOCKED naming
 *   the new holder, or %TRELLIS_LOCK_ERROR_FAILED if the lock file is gone
 */
gboolean
trellis_lock_check (TrellisLock  *self,
                    GError      **error)
{
  g_autofree char *path = NULL;
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(TrellisLock) current = NULL;

  g_return_val_if_fail (TRELLIS_IS_LOCK (self), FALSE);

  path = g_file_get_path (self->lock_file);
  if (!g_key_file_load_from_file (key_file, path, G_KEY_FILE_NONE, NULL))
    {
      g_set_error (error, TRELLIS_LOCK_ERROR, TRELLIS_LOCK_ERROR_FAILED,
                   _("The lock file “%s” is gone: another program may have the project open"), path);
      return FALSE;
    }
  current = lock_from_key_file (self->lock_file, key_file);
  if (g_strcmp0 (current->host, self->host) == 0 && current->pid == self->pid)
    return TRUE;
  {
    g_autofree char *base = g_file_get_basename (self->lock_file);
    g_autofree char *name = g_strndup (base + 1, strlen (base) - strlen ("..lock"));
    g_autoptr(GFile) parent = g_file_get_parent (self->lock_file);
    g_autoptr(GFile) project_file = g_file_get_child (parent, name);

    set_locked_error (current, project_file, error);
  }
  return FALSE;
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

  if (!g_file_delete (self->lock_file, NULL, error))
    return FALSE;
  if (self->fd >= 0)
    close (self->fd);
  self->fd = -1;
  return TRUE;
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
