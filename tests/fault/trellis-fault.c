/* trellis-fault.c: an LD_PRELOAD library that makes one system call fail
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Loaded into a program with LD_PRELOAD, it fails the Nth call of one
 * kind on a file whose path matches a pattern, as a full disk, a failing
 * drive or a quota would, so that a test can walk every step of a save:
 *
 *   TRELLIS_FAULT_CALL    write, fsync, rename, close, openat or link
 *                         (write counts pwrite and writev too, fsync counts
 *                         fdatasync, openat counts open and creat, rename
 *                         renameat, link linkat)
 *   TRELLIS_FAULT_NTH     which call of that kind fails, from 1
 *   TRELLIS_FAULT_ERRNO   the error: ENOSPC (the default), EIO, EDQUOT,
 *                         EACCES, EROFS, EXDEV, EPERM, or a number
 *   TRELLIS_FAULT_PATH    an fnmatch(3) pattern, without FNM_PATHNAME ('*'
 *                         matches '/'); descriptors are matched by the path
 *                         /proc/self/fd gives them
 *   TRELLIS_FAULT_REPORT  a file to which "CALL PATH" is written when the
 *                         fault fires (the test learns that it did, and so
 *                         when N has passed the last call)
 *   TRELLIS_FAULT_NO_LINKS  when 1, every link() on a matching path fails
 *                         with EPERM besides, as on a file system without
 *                         hard links (vfat, some network shares)
 *
 * A failed call has no effect, except close(), which releases the
 * descriptor (as Linux does when close fails).  Only calls made through
 * the C library's exported functions are seen; that is every call of
 * GLib, GIO, SQLite and Trellis.  Linux and glibc only.
 */

#define _GNU_SOURCE

#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/uio.h>

typedef struct
{
  const char *call;     /* TRELLIS_FAULT_CALL, or NULL when inactive */
  const char *pattern;
  const char *report;
  long        nth;
  int         error;
  int         no_links;
  long        count;    /* matching calls so far */
} Fault;

static Fault fault;

static const struct { const char *name; int value; } errors[] = {
  { "ENOSPC", ENOSPC }, { "EIO", EIO }, { "EDQUOT", EDQUOT }, { "EACCES", EACCES },
  { "EROFS", EROFS }, { "EXDEV", EXDEV }, { "EPERM", EPERM }, { "EINTR", EINTR },
};

static int
parse_errno (const char *text)
{
  if (text == NULL || *text == '\0')
    return ENOSPC;
  for (size_t i = 0; i < sizeof errors / sizeof errors[0]; i++)
    if (strcmp (text, errors[i].name) == 0)
      return errors[i].value;
  return atoi (text) > 0 ? atoi (text) : ENOSPC;
}

__attribute__((constructor)) static void
read_settings (void)
{
  const char *nth = getenv ("TRELLIS_FAULT_NTH");

  fault.call = getenv ("TRELLIS_FAULT_CALL");
  fault.pattern = getenv ("TRELLIS_FAULT_PATH");
  fault.report = getenv ("TRELLIS_FAULT_REPORT");
  fault.nth = nth != NULL ? atol (nth) : 0;
  fault.error = parse_errno (getenv ("TRELLIS_FAULT_ERRNO"));
  fault.no_links = getenv ("TRELLIS_FAULT_NO_LINKS") != NULL &&
                   strcmp (getenv ("TRELLIS_FAULT_NO_LINKS"), "1") == 0;
  if (fault.call == NULL || fault.pattern == NULL || fault.nth <= 0)
    fault.call = NULL;
}

/* Written with raw system calls: write() here would come back to us. */
static void
report (const char *call,
        const char *path)
{
  char line[4200];
  int fd, length;

  if (fault.report == NULL)
    return;
  length = snprintf (line, sizeof line, "%s %s\n", call, path);
  fd = syscall (SYS_openat, AT_FDCWD, fault.report, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
  if (fd < 0)
    return;
  if (length > 0)
    syscall (SYS_write, fd, line, (size_t) length < sizeof line ? (size_t) length : sizeof line - 1);
  syscall (SYS_close, fd);
}

/* Whether this call of kind @call on @path is the one to fail; counts it. */
static int
should_fail (const char *call,
             const char *path)
{
  long count;

  if (fault.call == NULL || path == NULL || strcmp (fault.call, call) != 0 ||
      fnmatch (fault.pattern, path, 0) != 0)
    return 0;
  count = __atomic_add_fetch (&fault.count, 1, __ATOMIC_SEQ_CST);
  if (count != fault.nth)
    return 0;
  report (call, path);
  return 1;
}

/* The path of @dirfd/@path as the pattern sees it. */
static const char *
path_at (int         dirfd,
         const char *path,
         char       *buffer,
         size_t      size)
{
  char link[64];
  ssize_t length;

  if (path == NULL || path[0] == '/' || dirfd == AT_FDCWD)
    {
      if (path != NULL && path[0] != '/' && getcwd (buffer, size - 2) != NULL &&
          strlen (buffer) + strlen (path) + 2 < size)
        {
          strcat (buffer, "/");
          strcat (buffer, path);
          return buffer;
        }
      return path;
    }
  snprintf (link, sizeof link, "/proc/self/fd/%d", dirfd);
  length = readlink (link, buffer, size - 1);
  if (length < 0 || (size_t) length + strlen (path) + 2 >= size)
    return path;
  buffer[length] = '\0';
  strcat (buffer, "/");
  strcat (buffer, path);
  return buffer;
}

static const char *
path_of_fd (int     fd,
            char   *buffer,
            size_t  size)
{
  char link[64];
  ssize_t length;

  snprintf (link, sizeof link, "/proc/self/fd/%d", fd);
  length = readlink (link, buffer, size - 1);
  if (length < 0)
    return NULL;
  buffer[length] = '\0';
  return buffer;
}

static int
fd_fails (const char *call,
          int         fd)
{
  char buffer[4096];

  if (fault.call == NULL || strcmp (fault.call, call) != 0)
    return 0;
  return should_fail (call, path_of_fd (fd, buffer, sizeof buffer));
}

static int
at_fails (const char *call,
          int         dirfd,
          const char *path)
{
  char buffer[4096];

  if (fault.call == NULL || strcmp (fault.call, call) != 0)
    return 0;
  return should_fail (call, path_at (dirfd, path, buffer, sizeof buffer));
}

/* The C library's own function, looked up once. */
#define REAL(name) \
  static __typeof__ (name) *real_##name; \
  if (real_##name == NULL) \
    real_##name = (__typeof__ (name) *) dlsym (RTLD_NEXT, #name)

#define FAIL(value) \
  do { errno = fault.error; return (value); } while (0)

/* ---- write ---- */

ssize_t
write (int         fd,
       const void *data,
       size_t      size)
{
  REAL (write);
  if (fd_fails ("write", fd))
    FAIL (-1);
  return real_write (fd, data, size);
}

ssize_t
pwrite (int         fd,
        const void *data,
        size_t      size,
        off_t       offset)
{
  REAL (pwrite);
  if (fd_fails ("write", fd))
    FAIL (-1);
  return real_pwrite (fd, data, size, offset);
}

ssize_t
pwrite64 (int         fd,
          const void *data,
          size_t      size,
          off64_t     offset)
{
  REAL (pwrite64);
  if (fd_fails ("write", fd))
    FAIL (-1);
  return real_pwrite64 (fd, data, size, offset);
}

ssize_t
writev (int                 fd,
        const struct iovec *vector,
        int                 count)
{
  REAL (writev);
  if (fd_fails ("write", fd))
    FAIL (-1);
  return real_writev (fd, vector, count);
}

/* ---- fsync ---- */

int
fsync (int fd)
{
  REAL (fsync);
  if (fd_fails ("fsync", fd))
    FAIL (-1);
  return real_fsync (fd);
}

int
fdatasync (int fd)
{
  REAL (fdatasync);
  if (fd_fails ("fsync", fd))
    FAIL (-1);
  return real_fdatasync (fd);
}

/* ---- close ---- */

int
close (int fd)
{
  REAL (close);
  if (fd_fails ("close", fd))
    {
      real_close (fd);
      FAIL (-1);
    }
  return real_close (fd);
}

/* ---- rename, link ---- */

int
rename (const char *from,
        const char *to)
{
  REAL (rename);
  if (at_fails ("rename", AT_FDCWD, to))
    FAIL (-1);
  return real_rename (from, to);
}

int
renameat (int         from_dir,
          const char *from,
          int         to_dir,
          const char *to)
{
  REAL (renameat);
  if (at_fails ("rename", to_dir, to))
    FAIL (-1);
  return real_renameat (from_dir, from, to_dir, to);
}

/* Whether a file system without hard links is played, for @dirfd/@path. */
static int
links_refused (int         dirfd,
               const char *path)
{
  char buffer[4096];

  return fault.no_links && fault.pattern != NULL &&
         fnmatch (fault.pattern, path_at (dirfd, path, buffer, sizeof buffer), 0) == 0;
}

int
link (const char *from,
      const char *to)
{
  REAL (link);
  if (at_fails ("link", AT_FDCWD, to))
    FAIL (-1);
  if (links_refused (AT_FDCWD, to))
    {
      errno = EPERM;
      return -1;
    }
  return real_link (from, to);
}

int
linkat (int         from_dir,
        const char *from,
        int         to_dir,
        const char *to,
        int         flags)
{
  REAL (linkat);
  if (at_fails ("link", to_dir, to))
    FAIL (-1);
  if (links_refused (to_dir, to))
    {
      errno = EPERM;
      return -1;
    }
  return real_linkat (from_dir, from, to_dir, to, flags);
}

/* ---- open ---- */

static mode_t
mode_argument (int     flags,
               va_list args)
{
  return (flags & O_CREAT) != 0 || (flags & O_TMPFILE) == O_TMPFILE ? va_arg (args, mode_t) : 0;
}

int
open (const char *path,
      int         flags,
      ...)
{
  va_list args;
  mode_t mode;
  REAL (open);

  va_start (args, flags);
  mode = mode_argument (flags, args);
  va_end (args);
  if (at_fails ("openat", AT_FDCWD, path))
    FAIL (-1);
  return real_open (path, flags, mode);
}

int
open64 (const char *path,
        int         flags,
        ...)
{
  va_list args;
  mode_t mode;
  REAL (open64);

  va_start (args, flags);
  mode = mode_argument (flags, args);
  va_end (args);
  if (at_fails ("openat", AT_FDCWD, path))
    FAIL (-1);
  return real_open64 (path, flags, mode);
}

int
openat (int         dirfd,
        const char *path,
        int         flags,
        ...)
{
  va_list args;
  mode_t mode;
  REAL (openat);

  va_start (args, flags);
  mode = mode_argument (flags, args);
  va_end (args);
  if (at_fails ("openat", dirfd, path))
    FAIL (-1);
  return real_openat (dirfd, path, flags, mode);
}

int
openat64 (int         dirfd,
          const char *path,
          int         flags,
          ...)
{
  va_list args;
  mode_t mode;
  REAL (openat64);

  va_start (args, flags);
  mode = mode_argument (flags, args);
  va_end (args);
  if (at_fails ("openat", dirfd, path))
    FAIL (-1);
  return real_openat64 (dirfd, path, flags, mode);
}

int
creat (const char *path,
       mode_t      mode)
{
  REAL (creat);
  if (at_fails ("openat", AT_FDCWD, path))
    FAIL (-1);
  return real_creat (path, mode);
}
