/* trellis-registry.h: the SQLite list of every project on this machine
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "trellis-project.h"
#include "trellis-registry-entry.h"

G_BEGIN_DECLS

#define TRELLIS_REGISTRY_ERROR (trellis_registry_error_quark ())

typedef enum
{
  TRELLIS_REGISTRY_ERROR_FAILED,
  TRELLIS_REGISTRY_ERROR_NOT_FOUND,
  TRELLIS_REGISTRY_ERROR_NEWER_SCHEMA,
} TrellisRegistryError;

#define TRELLIS_TYPE_REGISTRY (trellis_registry_get_type ())

G_DECLARE_FINAL_TYPE (TrellisRegistry, trellis_registry, TRELLIS, REGISTRY, GObject)

GQuark           trellis_registry_error_quark   (void);
char            *trellis_registry_default_path  (void);
TrellisRegistry *trellis_registry_open          (const char       *path,
                                                 GError          **error);
const char      *trellis_registry_get_path      (TrellisRegistry  *self);
const char      *trellis_registry_get_recovered_from (TrellisRegistry *self);
guint            trellis_registry_get_n_salvaged    (TrellisRegistry *self);
gboolean         trellis_registry_add_project   (TrellisRegistry  *self,
                                                 GFile            *file,
                                                 TrellisProject   *project,
                                                 GError          **error);
gboolean         trellis_registry_add_file      (TrellisRegistry  *self,
                                                 GFile            *file,
                                                 GError          **error);
gboolean         trellis_registry_remove        (TrellisRegistry  *self,
                                                 GFile            *file,
                                                 GError          **error);
gboolean         trellis_registry_mark_opened   (TrellisRegistry  *self,
                                                 GFile            *file,
                                                 GError          **error);
gboolean         trellis_registry_relocate      (TrellisRegistry  *self,
                                                 GFile            *old_file,
                                                 GFile            *new_file,
                                                 GError          **error);
gboolean         trellis_registry_set_light     (TrellisRegistry  *self,
                                                 GFile            *file,
                                                 const char       *light,
                                                 GError          **error);
GPtrArray       *trellis_registry_list          (TrellisRegistry  *self,
                                                 GError          **error);
GPtrArray       *trellis_registry_search        (TrellisRegistry  *self,
                                                 const char       *text,
                                                 GError          **error);
GPtrArray       *trellis_registry_search_best   (TrellisRegistry  *self,
                                                 const char       *text,
                                                 guint             max_results,
                                                 GError          **error);
TrellisRegistryEntry *trellis_registry_lookup   (TrellisRegistry  *self,
                                                 GFile            *file,
                                                 GError          **error);
int              trellis_registry_scan          (TrellisRegistry  *self,
                                                 GFile            *directory,
                                                 GError          **error);
gboolean         trellis_registry_rebuild       (TrellisRegistry  *self,
                                                 GError          **error);

G_END_DECLS
