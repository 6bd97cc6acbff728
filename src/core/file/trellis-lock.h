/* trellis-lock.h: a lock file beside an open project
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define TRELLIS_LOCK_ERROR (trellis_lock_error_quark ())

/**
 * TrellisLockError:
 * @TRELLIS_LOCK_ERROR_LOCKED: someone else holds a live lock
 * @TRELLIS_LOCK_ERROR_FAILED: the lock file could not be written or read
 */
typedef enum
{
  TRELLIS_LOCK_ERROR_LOCKED,
  TRELLIS_LOCK_ERROR_FAILED,
} TrellisLockError;

#define TRELLIS_TYPE_LOCK (trellis_lock_get_type ())

G_DECLARE_FINAL_TYPE (TrellisLock, trellis_lock, TRELLIS, LOCK, GObject)

GQuark       trellis_lock_error_quark   (void);
GFile       *trellis_lock_file_for      (GFile        *project_file);
TrellisLock *trellis_lock_read          (GFile        *project_file,
                                         GError      **error);
TrellisLock *trellis_lock_acquire       (GFile        *project_file,
                                         gboolean      steal,
                                         GError      **error);
gboolean     trellis_lock_release       (TrellisLock  *self,
                                         GError      **error);
gboolean     trellis_lock_check           (TrellisLock  *self,
                                          GError      **error);
const char  *trellis_lock_get_user      (TrellisLock  *self);
const char  *trellis_lock_get_host      (TrellisLock  *self);
GPid         trellis_lock_get_pid       (TrellisLock  *self);
GDateTime   *trellis_lock_get_time      (TrellisLock  *self);
gboolean     trellis_lock_is_ours       (TrellisLock  *self);
gboolean     trellis_lock_is_stale      (TrellisLock  *self);

G_END_DECLS
