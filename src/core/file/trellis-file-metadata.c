/* trellis-file-metadata.c: what a replaced file keeps besides its bytes
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A save writes a new file and renames it over the old one, so whatever
 * the old inode carried is lost unless it is copied to the new file before
 * the rename: its permissions, its owner and its extended attributes
 * (user.* tags and comments of file managers, POSIX ACLs, security labels).
 */

#define G_LOG_DOMAIN "trellis-project-file"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#ifdef __linux__
#include <sys/xattr.h>
#endif

#include "trellis-file-metadata-private.h"

/* The new version takes the replaced file's permissions and, where we may,
 * its owner; a new file gets @mode, or the umask's default when it is -1. */
static void
set_permissions (int         fd,
                 const char *path,
                 int         mode)
{
  struct stat original;

  if (g_stat (path, &original) == 0)
    {
      fchmod (fd, original.st_mode & 07777);
      if (fchown (fd, original.st_uid, original.st_gid) != 0)
        g_debug ("%s keeps its owner only where the system lets us: %s", path, g_strerror (errno));
    }
  else if (mode >= 0)
    fchmod (fd, mode & 0777);
  else
    {
      mode_t mask = umask (0);
      umask (mask);
      fchmod (fd, 0666 & ~mask);
    }
}

#ifdef __linux__
/* Attributes of other namespaces (security labels, trusted.*) may need
 * privileges we do not have: they are copied where the system lets us.
 * The user's own (user.*, and ACLs in system.*) must be kept. */
static gboolean
must_keep (const char *name)
{
  return g_str_has_prefix (name, "user.") || g_str_has_prefix (name, "system.posix_acl_");
}

static gboolean
copy_attribute (int         fd,
                const char *from,
                const char *name)
{
  g_autofree char *value = NULL;
  ssize_t size = getxattr (from, name, NULL, 0);

  if (size >= 0)
    {
      value = g_malloc (MAX (size, 1));
      size = getxattr (from, name, value, size);
    }
  if (size >= 0 && fsetxattr (fd, name, value, size, 0) == 0)
    return TRUE;
  if (size < 0 && errno == ENODATA)
    return TRUE;  /* removed since we listed it */
  if (!must_keep (name))
    {
      g_debug ("%s: attribute %s not kept: %s", from, name, g_strerror (errno));
      return TRUE;
    }
  g_debug ("%s: attribute %s cannot be kept: %s", from, name, g_strerror (errno));
  return FALSE;
}

static gboolean
copy_extended_attributes (int         fd,
                          const char *from)
{
  g_autofree char *names = NULL;
  ssize_t length = listxattr (from, NULL, 0);

  if (length > 0)
    {
      names = g_malloc (length);
      length = listxattr (from, names, length);
    }
  if (length < 0 && (errno == ENOENT || errno == ENOTSUP))
    return TRUE;  /* no file to replace, or a file system without attributes */
  if (length <= 0)
    return length == 0;
  for (const char *name = names; name < names + length; name += strlen (name) + 1)
    if (!copy_attribute (fd, from, name))
      return FALSE;

  return TRUE;
}
#endif

/**
 * _trellis_file_copy_metadata:
 * @fd: the new version, open for writing
 * @from: the path of the file it will replace (which may not exist)
 * @mode: the permissions of a new file, or -1 for the umask's default
 *
 * Gives @fd the permissions, owner and extended attributes of @from.
 *
 * Returns: %FALSE, with errno set, if an attribute that must be kept
 *   could not be copied
 */
gboolean
_trellis_file_copy_metadata (int         fd,
                             const char *from,
                             int         mode)
{
  set_permissions (fd, from, mode);
#ifdef __linux__
  return copy_extended_attributes (fd, from);
#else
  return TRUE;
#endif
}
