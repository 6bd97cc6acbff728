/* trellis-registry-db.c
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The SQLite side of the project registry: the schema and its forward
 * migrations, opening with recovery from a damaged file, and the small
 * helpers that turn every failed SQLite call into a GError.
 *
 * The schema grows by migrations[]; its version is PRAGMA user_version.
 * Several processes (the app, the CLI) may use the same file: WAL mode, a
 * busy timeout, and every write is one statement or one IMMEDIATE
 * transaction.  The registry is a cache of the .trellis files, so a file
 * that is not a registry, fails its check or cannot be migrated is moved
 * aside and replaced, never repaired or deleted.
 */

#define G_LOG_DOMAIN "trellis-registry"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "trellis-registry-private.h"

#define BUSY_TIMEOUT_MS 5000

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3, sqlite3_close)

/* The full-text index of the projects and the triggers that keep it in
 * sync: made by step 3, and made again when a damaged registry lacks it. */
#define FTS_SCHEMA \
  "CREATE VIRTUAL TABLE projects_fts USING fts5(" \
  "  name, cluster, region, description," \
  "  content = 'projects', content_rowid = 'id'," \
  "  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');" \
  "CREATE TRIGGER projects_fts_insert AFTER INSERT ON projects BEGIN" \
  "  INSERT INTO projects_fts (rowid, name, cluster, region, description)" \
  "  VALUES (new.id, new.name, new.cluster, new.region, new.description);" \
  "END;" \
  "CREATE TRIGGER projects_fts_delete AFTER DELETE ON projects BEGIN" \
  "  INSERT INTO projects_fts (projects_fts, rowid, name, cluster, region, description)" \
  "  VALUES ('delete', old.id, old.name, old.cluster, old.region, old.description);" \
  "END;" \
  "CREATE TRIGGER projects_fts_update" \
  "  AFTER UPDATE OF name, cluster, region, description ON projects BEGIN" \
  "  INSERT INTO projects_fts (projects_fts, rowid, name, cluster, region, description)" \
  "  VALUES ('delete', old.id, old.name, old.cluster, old.region, old.description);" \
  "  INSERT INTO projects_fts (rowid, name, cluster, region, description)" \
  "  VALUES (new.id, new.name, new.cluster, new.region, new.description);" \
  "END;" \
  "INSERT INTO projects_fts (projects_fts) VALUES ('rebuild');"

/* Step N brings a database from version N - 1 to N; each runs in its own
 * transaction.  Never edit a step once released: add one. */
static const char * const migrations[] = {
  /* 1: the list of projects */
  "CREATE TABLE projects ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL,"
  "  path TEXT NOT NULL UNIQUE,"
  "  name TEXT, cluster TEXT, region TEXT, stage TEXT, modified TEXT,"
  "  revision INTEGER, last_opened TEXT,"
  "  missing INTEGER NOT NULL DEFAULT 0);",

  /* 2: item counts, description and sector */
  "ALTER TABLE projects ADD COLUMN n_swot INTEGER DEFAULT 0;"
  "ALTER TABLE projects ADD COLUMN n_stakeholders INTEGER DEFAULT 0;"
  "ALTER TABLE projects ADD COLUMN n_goals INTEGER DEFAULT 0;"
  "ALTER TABLE projects ADD COLUMN n_actions INTEGER DEFAULT 0;"
  "ALTER TABLE projects ADD COLUMN n_milestones INTEGER DEFAULT 0;"
  "ALTER TABLE projects ADD COLUMN description TEXT;"
  "ALTER TABLE projects ADD COLUMN sector TEXT;",

  /* 3: full-text search, an external-content index kept in sync by
   * triggers; prefix indexes make search-as-you-type fast */
  FTS_SCHEMA
  "CREATE INDEX projects_uuid ON projects (uuid);",

  /* 4: the overall traffic light, set by the dashboard */
  "ALTER TABLE projects ADD COLUMN light TEXT NOT NULL DEFAULT 'grey';",
  /* 5: the day the light was judged for, and why; rows from before keep
   * their light with neither, until the file is registered again */
  "ALTER TABLE projects ADD COLUMN light_as_of TEXT;"
  "ALTER TABLE projects ADD COLUMN light_reason TEXT;",
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == TRELLIS_REGISTRY_SCHEMA_VERSION);

/* SQLite says "disk I/O error" for a full disk as for a failing one: the
 * system's own reason tells the user which.  (After other errors SQLite's
 * idea of errno may come from a later call: it is not shown.) */
static char *
describe_failure (sqlite3 *db)
{
  int system_errno = sqlite3_system_errno (db);

  if (system_errno != 0 && (sqlite3_errcode (db) & 0xff) == SQLITE_IOERR)
    return g_strdup_printf ("%s (%s)", sqlite3_errmsg (db), g_strerror (system_errno));
  return g_strdup (sqlite3_errmsg (db));
}

/* Always FALSE, for `return _trellis_db_set_error (db, error);`. */
gboolean
_trellis_db_set_error (sqlite3  *db,
                       GError  **error)
{
  const char *path = db != NULL ? sqlite3_db_filename (db, "main") : NULL;
  g_autofree char *reason = describe_failure (db);

  if (path == NULL || *path == '\0')
    g_set_error (error, TRELLIS_REGISTRY_ERROR, TRELLIS_REGISTRY_ERROR_FAILED,
                 _("Project registry: %s"), reason);
  else
    /* translators: the registry's file, then what went wrong */
    g_set_error (error, TRELLIS_REGISTRY_ERROR, TRELLIS_REGISTRY_ERROR_FAILED,
                 _("Project registry %s: %s"), path, reason);
  return FALSE;
}

gboolean
_trellis_db_exec (sqlite3     *db,
                  const char  *sql,
                  GError     **error)
{
  if (sqlite3_exec (db, sql, NULL, NULL, NULL) != SQLITE_OK)
    return _trellis_db_set_error (db, error);
  return TRUE;
}

sqlite3_stmt *
_trellis_db_prepare (sqlite3     *db,
                     const char  *sql,
                     GError     **error)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      _trellis_db_set_error (db, error);
      return NULL;
    }
  /* SQL of only spaces or comments gives no statement and no error: callers
   * take NULL for a failure with @error set, so say it (clang-tidy). */
  if (stmt == NULL)
    /* translators: %s is an SQL statement */
    g_set_error (error, TRELLIS_REGISTRY_ERROR, TRELLIS_REGISTRY_ERROR_FAILED,
                 _("Project registry: no statement in “%s”"), sql);
  return stmt;
}

/* Parameters a statement does not use are skipped. */
gboolean
_trellis_db_bind_text (sqlite3_stmt  *stmt,
                       const char    *name,
                       const char    *value,
                       GError       **error)
{
  int index = sqlite3_bind_parameter_index (stmt, name);

  if (index > 0 && sqlite3_bind_text (stmt, index, value, -1, SQLITE_TRANSIENT) != SQLITE_OK)
    return _trellis_db_set_error (sqlite3_db_handle (stmt), error);
  return TRUE;
}

gboolean
_trellis_db_bind_int (sqlite3_stmt  *stmt,
                      const char    *name,
                      int            value,
                      GError       **error)
{
  int index = sqlite3_bind_parameter_index (stmt, name);

  if (index > 0 && sqlite3_bind_int (stmt, index, value) != SQLITE_OK)
    return _trellis_db_set_error (sqlite3_db_handle (stmt), error);
  return TRUE;
}

/* Runs a statement that returns no rows. */
gboolean
_trellis_db_step_done (sqlite3_stmt  *stmt,
                       GError       **error)
{
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return _trellis_db_set_error (sqlite3_db_handle (stmt), error);
  return TRUE;
}

static gboolean
read_int (sqlite3     *db,
          const char  *sql,
          int         *value,
          GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = _trellis_db_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return _trellis_db_set_error (db, error);
  *value = sqlite3_column_int (stmt, 0);
  return TRUE;
}

/* Ends a failed transaction, if SQLite has not already. */
void
_trellis_db_rollback (sqlite3 *db)
{
  if (!sqlite3_get_autocommit (db) && sqlite3_exec (db, "ROLLBACK;", NULL, NULL, NULL) != SQLITE_OK)
    g_debug ("Rollback failed: %s", sqlite3_errmsg (db));
}

/* Leaves a failed transaction open: the caller reads the error code first. */
static gboolean
run_migration (sqlite3  *db,
               int       to_version,
               GError  **error)
{
  /* PRAGMA takes no parameters; the number is ours, not a user's value. */
  g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %d;", to_version);
  int version = 0;

  if (!_trellis_db_exec (db, "BEGIN IMMEDIATE;", error) ||
      /* Another process may have migrated while this one waited for the lock. */
      !read_int (db, "PRAGMA user_version;", &version, error))
    return FALSE;
  if (version < to_version &&
      (!_trellis_db_exec (db, migrations[to_version - 1], error) ||
       !_trellis_db_exec (db, set_version, error)))
    return FALSE;
  return _trellis_db_exec (db, "COMMIT;", error);
}

static gboolean
migrate (sqlite3  *db,
         int       target,
         GError  **error)
{
  int version = 0;

  if (!read_int (db, "PRAGMA user_version;", &version, error))
    return FALSE;
  for (int v = version + 1; v <= target; v++)
    if (!run_migration (db, v, error))
      {
        g_prefix_error (error, _("Updating to version %d: "), v);
        return FALSE;
      }
  return TRUE;
}

static gboolean
configure (sqlite3  *db,
           GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = _trellis_db_prepare (db, "PRAGMA journal_mode = WAL;", error);

  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return _trellis_db_set_error (db, error);
  /* Some file systems cannot share memory: a cache still works without WAL. */
  if (g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "wal") != 0)
    g_debug ("Journal mode stays %s", sqlite3_column_text (stmt, 0));

  /* A cache can lose its last commits on power loss; NORMAL saves a sync per write. */
  return _trellis_db_exec (db, "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;", error);
}

typedef enum
{
  OPEN_OK,
  OPEN_FAILED,    /* leave the file alone */
  OPEN_DAMAGED,   /* move it aside */
} OpenResult;

/* Errors of the moment (locked, full, read-only, I/O) leave the file alone:
 * the database may be fine.  Anything else means it is not a registry. */
static OpenResult
classify_failure (sqlite3 *db)
{
  switch (sqlite3_errcode (db) & 0xff)
    {
    case SQLITE_BUSY: case SQLITE_LOCKED: case SQLITE_NOMEM: case SQLITE_READONLY:
    case SQLITE_INTERRUPT: case SQLITE_IOERR: case SQLITE_FULL: case SQLITE_CANTOPEN:
    case SQLITE_PERM: case SQLITE_AUTH:
      return OPEN_FAILED;
    default:
      return OPEN_DAMAGED;
    }
}

static OpenResult
check_integrity (sqlite3  *db,
                 GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = _trellis_db_prepare (db, "PRAGMA quick_check;", error);

  if (stmt == NULL)
    return classify_failure (db);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      _trellis_db_set_error (db, error);
      return classify_failure (db);
    }
  if (g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") != 0)
    {
      g_set_error (error, TRELLIS_REGISTRY_ERROR, TRELLIS_REGISTRY_ERROR_FAILED,
                   _("Project registry damaged: %s"), sqlite3_column_text (stmt, 0));
      return OPEN_DAMAGED;
    }
  return OPEN_OK;
}

/* A newer schema is left alone; a negative one was never written by us. */
static OpenResult
check_version (const char  *path,
               int          version,
               GError     **error)
{
  if (version < 0)
    {
      g_set_error (error, TRELLIS_REGISTRY_ERROR, TRELLIS_REGISTRY_ERROR_FAILED,
                   _("The project registry %s is damaged: its schema version is %d"),
                   path, version);
      return OPEN_DAMAGED;
    }
  if (version <= TRELLIS_REGISTRY_SCHEMA_VERSION)
    return OPEN_OK;
  g_set_error (error, TRELLIS_REGISTRY_ERROR, TRELLIS_REGISTRY_ERROR_NEWER_SCHEMA,
               _("The project registry %s was written by a newer version of Trellis "
                 "(schema %d, this version knows up to %d); it was left unchanged"),
               path, version, TRELLIS_REGISTRY_SCHEMA_VERSION);
  return OPEN_FAILED;
}

/* quick_check passes a registry whose full-text index or its triggers were
 * dropped, and then every write fails: such a registry gets them again. */
static gboolean
repair_schema (sqlite3  *db,
               GError  **error)
{
  int present = 0;

  if (!read_int (db, "SELECT count(*) FROM sqlite_master WHERE name IN ('projects_fts', "
                     "'projects_fts_insert', 'projects_fts_delete', 'projects_fts_update');",
                 &present, error))
    return FALSE;
  if (present == 4)
    return TRUE;
  g_debug ("The registry lacks %d of its full-text objects: making them again", 4 - present);
  return _trellis_db_exec (db, "BEGIN IMMEDIATE;"
                               "DROP TRIGGER IF EXISTS projects_fts_insert;"
                               "DROP TRIGGER IF EXISTS projects_fts_delete;"
                               "DROP TRIGGER IF EXISTS projects_fts_update;"
                               "DROP TABLE IF EXISTS projects_fts;"
                               FTS_SCHEMA
                               "COMMIT;", error);
}

/* sqlite3_errcode () is defined only right after a failed call, so each
 * failure is classified before any other call on @db. */
static OpenResult
open_database (const char  *path,
               sqlite3    **out_db,
               GError     **error)
{
  g_autoptr(sqlite3) db = NULL;
  OpenResult result;
  int version = 0;

  /* Until the file is accepted, closing must not write a WAL into it. */
  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK ||
      sqlite3_db_config (db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL) != SQLITE_OK ||
      sqlite3_busy_timeout (db, BUSY_TIMEOUT_MS) != SQLITE_OK)
    {
      _trellis_db_set_error (db, error);
      return classify_failure (db);
    }
  if (!read_int (db, "PRAGMA user_version;", &version, error))
    return classify_failure (db);
  if ((result = check_version (path, version, error)) != OPEN_OK)
    return result;
  if ((result = check_integrity (db, error)) != OPEN_OK)
    return result;
  if (!configure (db, error) || !migrate (db, TRELLIS_REGISTRY_SCHEMA_VERSION, error) ||
      !repair_schema (db, error))
    {
      result = classify_failure (db);
      _trellis_db_rollback (db);
      return result;
    }
  if (sqlite3_db_config (db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, NULL) != SQLITE_OK)
    {
      _trellis_db_set_error (db, error);
      return OPEN_FAILED;
    }

  *out_db = g_steal_pointer (&db);
  return OPEN_OK;
}

static gboolean
rename_if_exists (const char  *from,
                  const char  *to,
                  GError     **error)
{
  if (g_rename (from, to) != 0 && errno != ENOENT)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not move the damaged project registry %s aside: %s"),
                   from, g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

/* Moves @path and its -wal, -shm and -journal to PATH.corrupt-YYYYMMDD-HHMMSS,
 * never deleting anything.  The journals go first: left behind, SQLite
 * would replay them into the fresh database.  Returns the new name of @path. */
static char *
move_aside (const char  *path,
            GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *target = g_strdup_printf ("%s.corrupt-%s", path, stamp);
  static const char * const suffixes[] = { "-wal", "-shm", "-journal" };

  for (guint i = 1; g_file_test (target, G_FILE_TEST_EXISTS); i++)
    {
      g_free (target);
      target = g_strdup_printf ("%s.corrupt-%s-%u", path, stamp, i);
    }
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *from = g_strconcat (path, suffixes[i], NULL);
      g_autofree char *to = g_strconcat (target, suffixes[i], NULL);

      if (!rename_if_exists (from, to, error))
        return NULL;
    }
  if (!rename_if_exists (path, target, error))
    return NULL;
  return g_steal_pointer (&target);
}

static gboolean
make_parent (const char  *path,
             GError     **error)
{
  g_autofree char *parent = g_path_get_dirname (path);

  if (g_mkdir_with_parents (parent, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not create the folder %s: %s"), parent, g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

/*
 * _trellis_db_open:
 * @path: the database file
 * @recovered_from: (out) (transfer full): where a damaged database at
 *   @path was moved to, else %NULL
 *
 * Opens the registry database, creating it and its folders if needed, and
 * brings its schema up to date.  A file that is not a registry, fails its
 * check or cannot be migrated is moved aside and replaced by an empty
 * registry.  One written by a newer Trellis is left alone.
 *
 * Returns: (transfer full): the connection, or %NULL with @error set
 */
sqlite3 *
_trellis_db_open (const char  *path,
                  char       **recovered_from,
                  GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  sqlite3 *db = NULL;
  OpenResult result;

  *recovered_from = NULL;
  if (!make_parent (path, error))
    return NULL;

  result = open_database (path, &db, &local_error);
  if (result == OPEN_DAMAGED)
    {
      g_debug ("Moving the damaged registry %s aside: %s", path, local_error->message);
      g_clear_error (&local_error);
      if (!(*recovered_from = move_aside (path, error)))
        return NULL;
      result = open_database (path, &db, &local_error);
    }
  if (result != OPEN_OK)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return db;
}

/*
 * _trellis_registry_create_at_version:
 *
 * Creates a registry at @path with the migrations 1 to @version only, so
 * that tests can fill an old schema and open it with this code.
 */
gboolean
_trellis_registry_create_at_version (const char  *path,
                                     guint        version,
                                     GError     **error)
{
  g_autoptr(sqlite3) db = NULL;

  g_return_val_if_fail (version <= TRELLIS_REGISTRY_SCHEMA_VERSION, FALSE);

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK)
    return _trellis_db_set_error (db, error);
  return configure (db, error) && migrate (db, version, error);
}

