/* trellis-registry-private.h: registry internals for the entry, tests and benchmarks
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "trellis-registry.h"

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

struct _TrellisRegistry
{
  GObject  parent_instance;

  sqlite3 *db;
  char    *path;
  char    *recovered_from;   /* nullable */
  guint    n_salvaged;       /* projects listed again from the damaged file */
};

guint _trellis_registry_salvage (TrellisRegistry *self,
                                 const char      *damaged);

/* The schema version this code writes: the number of migrations. */
#define TRELLIS_REGISTRY_SCHEMA_VERSION 5

/* The columns an entry is read from, in the order of trellis-registry-entry.c. */
#define TRELLIS_REGISTRY_ENTRY_COLUMNS                                               \
  "projects.uuid, projects.path, projects.name, projects.cluster, projects.region, " \
  "projects.sector, projects.stage, projects.modified, projects.last_opened, "       \
  "projects.description, projects.light, projects.light_as_of, "                    \
  "projects.light_reason, projects.revision, projects.n_swot, "                      \
  "projects.n_stakeholders, projects.n_goals, projects.n_actions, "                  \
  "projects.n_milestones, projects.missing"

/* What the registry keeps of a project file; every string nullable. */
typedef struct
{
  char *uuid;
  char *name;
  char *cluster;
  char *region;
  char *sector;
  char *stage;
  char *modified;
  char *description;
  char *light;          /* nick of the overall TrellisLight; NULL is "grey" */
  char *light_as_of;    /* the day it was judged for, YYYY-MM-DD */
  char *light_reason;
  int   revision;
  int   n_swot;
  int   n_stakeholders;
  int   n_goals;
  int   n_actions;
  int   n_milestones;
} TrellisRegistryRecord;

/* trellis-registry-db.c: opening, and SQLite calls that set @error from
 * sqlite3_errmsg () when they fail */
sqlite3              *_trellis_db_open                      (const char             *path,
                                                             char                  **recovered_from,
                                                             GError                **error);
gboolean              _trellis_db_set_error                 (sqlite3                *db,
                                                             GError                **error);
gboolean              _trellis_db_exec                      (sqlite3                *db,
                                                             const char             *sql,
                                                             GError                **error);
sqlite3_stmt         *_trellis_db_prepare                   (sqlite3                *db,
                                                             const char             *sql,
                                                             GError                **error);
gboolean              _trellis_db_bind_text                 (sqlite3_stmt           *stmt,
                                                             const char             *name,
                                                             const char             *value,
                                                             GError                **error);
gboolean              _trellis_db_bind_int                  (sqlite3_stmt           *stmt,
                                                             const char             *name,
                                                             int                     value,
                                                             GError                **error);
gboolean              _trellis_db_step_done                 (sqlite3_stmt           *stmt,
                                                             GError                **error);
void                  _trellis_db_rollback                  (sqlite3                *db);
gboolean              _trellis_registry_create_at_version   (const char             *path,
                                                             guint                   version,
                                                             GError                **error);

/* trellis-registry-entry.c */
TrellisRegistryEntry *_trellis_registry_entry_new_from_row  (sqlite3_stmt           *stmt,
                                                             int                     first_column);

/* trellis-registry.c */
void                  _trellis_registry_record_init         (TrellisRegistryRecord  *record,
                                                             TrellisProject         *project);
void                  _trellis_registry_record_clear        (TrellisRegistryRecord  *record);
gboolean              _trellis_registry_put                 (TrellisRegistry        *self,
                                                             const char             *path,
                                                             const TrellisRegistryRecord *record,
                                                             GError                **error);
gboolean              _trellis_registry_update_row          (TrellisRegistry        *self,
                                                             const char             *old_path,
                                                             const char             *new_path,
                                                             const TrellisRegistryRecord *record,
                                                             GError                **error);
gboolean              _trellis_registry_run_on_path         (TrellisRegistry        *self,
                                                             const char             *sql,
                                                             const char             *path,
                                                             const char             *value,
                                                             GError                **error);
gboolean              _trellis_registry_begin               (TrellisRegistry        *self,
                                                             GError                **error);
gboolean              _trellis_registry_commit              (TrellisRegistry        *self,
                                                             GError                **error);

G_END_DECLS
