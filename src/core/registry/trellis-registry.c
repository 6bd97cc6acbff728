/* trellis-registry.c
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The registry lists every project file on this machine, for the start
 * page and `trellis-cli registry`, with the header values and item counts
 * a list needs.  It is a cache: the .trellis files are the truth.  There is
 * one entry per absolute path.  This file holds the entries' reads and
 * writes; the database itself (schema, migrations, recovery) is in
 * trellis-registry-db.c, scanning folders and rebuilding in
 * trellis-registry-scan.c.  A TrellisRegistry holds one SQLite connection:
 * use it from one thread, and open another registry for another thread.
 */

#define G_LOG_DOMAIN "trellis-registry"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-action.h"
#include "trellis-enum-types.h"
#include "trellis-goal.h"
#include "trellis-milestone.h"
#include "trellis-project-file.h"
#include "trellis-registry-private.h"
#include "trellis-stakeholder.h"
#include "trellis-status-report.h"
#include "trellis-swot-item.h"
#include "trellis-action.h"
#include "trellis-date.h"

G_DEFINE_FINAL_TYPE (TrellisRegistry, trellis_registry, G_TYPE_OBJECT)

G_DEFINE_QUARK (trellis-registry-error-quark, trellis_registry_error)

/* The values a file gives a row; their names are the statements' parameters. */
#define RECORD_COLUMNS                                                      \
  "uuid, name, cluster, region, sector, stage, modified, revision, "        \
  "description, n_swot, n_stakeholders, n_goals, n_actions, n_milestones, " \
  "light, light_as_of, light_reason"
#define RECORD_PARAMETERS                                                   \
  ":uuid, :name, :cluster, :region, :sector, :stage, :modified, :revision, " \
  ":description, :n_swot, :n_stakeholders, :n_goals, :n_actions, :n_milestones, " \
  ":light, :light_as_of, :light_reason"
#define RECORD_ASSIGNMENTS                                                  \
  "uuid = :uuid, name = :name, cluster = :cluster, region = :region, "      \
  "sector = :sector, stage = :stage, modified = :modified, "                \
  "revision = :revision, description = :description, n_swot = :n_swot, "   \
  "n_stakeholders = :n_stakeholders, n_goals = :n_goals, "                  \
  "n_actions = :n_actions, n_milestones = :n_milestones, light = :light, "  \
  "light_as_of = :light_as_of, light_reason = :light_reason, missing = 0"

static void
trellis_registry_finalize (GObject *object)
{
  TrellisRegistry *self = TRELLIS_REGISTRY (object);

  /* Fails only if a statement was leaked: a bug. */
  if (self->db != NULL && sqlite3_close (self->db) != SQLITE_OK)
    g_warning ("Could not close the project registry: %s", sqlite3_errmsg (self->db));
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->recovered_from, g_free);

  G_OBJECT_CLASS (trellis_registry_parent_class)->finalize (object);
}

static void
trellis_registry_class_init (TrellisRegistryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = trellis_registry_finalize;
}

static void
trellis_registry_init (TrellisRegistry *self)
{
}

/* ---- Opening ---- */

/**
 * trellis_registry_default_path:
 *
 * Returns: (transfer full): `$TRELLIS_REGISTRY` if set, else
 *   `$XDG_DATA_HOME/trellis/registry.db`
 */
char *
trellis_registry_default_path (void)
{
  const char *path = g_getenv ("TRELLIS_REGISTRY");

  if (path != NULL && path[0] != '\0')
    return g_strdup (path);
  return g_build_filename (g_get_user_data_dir (), "trellis", "registry.db", NULL);
}

/**
 * trellis_registry_open:
 * @path: (nullable): the database file, %NULL for trellis_registry_default_path ()
 * @error: return location for a #GError
 *
 * Opens the registry, creating it and its folders if needed, and brings its
 * schema up to date.  A file that is not a registry, fails its check or
 * cannot be migrated is moved aside (see trellis_registry_get_recovered_from ())
 * and replaced by a new registry, which lists again every project file the
 * damaged one still names, or that is among the recent files
 * (recently-used.xbel), and that still loads.  One written by a newer Trellis is left
 * alone with %TRELLIS_REGISTRY_ERROR_NEWER_SCHEMA.
 *
 * Returns: (transfer full): the registry, or %NULL with @error set
 */
TrellisRegistry *
trellis_registry_open (const char  *path,
                       GError     **error)
{
  g_autoptr(TrellisRegistry) self = g_object_new (TRELLIS_TYPE_REGISTRY, NULL);

  self->path = path != NULL ? g_strdup (path) : trellis_registry_default_path ();
  if (!(self->db = _trellis_db_open (self->path, &self->recovered_from, error)))
    return NULL;
  if (self->recovered_from != NULL)
    self->n_salvaged = _trellis_registry_salvage (self, self->recovered_from);
  return g_steal_pointer (&self);
}

/**
 * trellis_registry_get_path:
 * @self: a #TrellisRegistry
 *
 * Returns: the database file
 */
const char *
trellis_registry_get_path (TrellisRegistry *self)
{
  g_return_val_if_fail (TRELLIS_IS_REGISTRY (self), NULL);

  return self->path;
}

/**
 * trellis_registry_get_recovered_from:
 * @self: a #TrellisRegistry
 *
 * Returns: (nullable): where the damaged database found when opening was
 *   moved to, or %NULL if it was fine
 */
const char *
trellis_registry_get_recovered_from (TrellisRegistry *self)
{
  g_return_val_if_fail (TRELLIS_IS_REGISTRY (self), NULL);

  return self->recovered_from;
}

/**
 * trellis_registry_get_n_salvaged:
 * @self: a #TrellisRegistry
 *
 * Returns: how many projects a damaged database still named, were found
 *   and are listed again (0 if it was fine)
 */
guint
trellis_registry_get_n_salvaged (TrellisRegistry *self)
{
  g_return_val_if_fail (TRELLIS_IS_REGISTRY (self), 0);

  return self->n_salvaged;
}

/* ---- Rows ---- */

gboolean
_trellis_registry_begin (TrellisRegistry  *self,
                         GError          **error)
{
  g_assert (TRELLIS_IS_REGISTRY (self));

  return _trellis_db_exec (self->db, "BEGIN IMMEDIATE;", error);
}

gboolean
_trellis_registry_commit (TrellisRegistry  *self,
                          GError          **error)
{
  g_assert (TRELLIS_IS_REGISTRY (self));

  if (_trellis_db_exec (self->db, "COMMIT;", error))
    return TRUE;
  _trellis_db_rollback (self->db);
  return FALSE;
}

void
_trellis_registry_record_clear (TrellisRegistryRecord *record)
{
  char **texts[] = { &record->uuid, &record->name, &record->cluster, &record->region,
                     &record->sector, &record->stage, &record->modified, &record->description,
                     &record->light, &record->light_as_of, &record->light_reason };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    g_clear_pointer (texts[i], g_free);
}

static char *
dup_nick (GType enum_type,
          int   number)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *value = g_enum_get_value (klass, number);

  return value != NULL ? g_strdup (value->value_nick) : NULL;
}

/* The project's overall light today (TRELLIS_TODAY in tests), with its reason. */
static void
record_light (TrellisRegistryRecord *record,
              TrellisProject        *project)
{
  g_autofree char *today = trellis_date_format (trellis_date_today ());
  g_autoptr(TrellisStatusReport) report = trellis_status_report_new (project, today);
  const TrellisStatusEntry *overall = trellis_status_report_get_overall (report);

  record->light = dup_nick (TRELLIS_TYPE_LIGHT, overall->light);
  record->light_as_of = g_steal_pointer (&today);
  record->light_reason = g_strdup (trellis_status_entry_get_reason (overall));
}

void
_trellis_registry_record_init (TrellisRegistryRecord *record,
                               TrellisProject        *project)
{
  TrellisHeader *header = trellis_project_get_header (project);

  record->uuid = g_strdup (trellis_project_get_uuid (project));
  record->name = g_strdup (trellis_project_get_name (project));
  record->cluster = g_strdup (trellis_header_get_cluster (header));
  record->region = g_strdup (trellis_header_get_region (header));
  record->sector = g_strdup (trellis_header_get_sector (header));
  record->stage = dup_nick (TRELLIS_TYPE_STAGE, trellis_header_get_stage (header));
  record->modified = g_strdup (trellis_header_get_modified (header));
  record->description = g_strdup (trellis_header_get_description (header));
  record->revision = trellis_header_get_revision (header);
  record->n_swot = trellis_project_count_items (project, TRELLIS_TYPE_SWOT_ITEM);
  record->n_stakeholders = trellis_project_count_items (project, TRELLIS_TYPE_STAKEHOLDER);
  record->n_goals = trellis_project_count_items (project, TRELLIS_TYPE_GOAL);
  record->n_actions = trellis_project_count_items (project, TRELLIS_TYPE_ACTION);
  record->n_milestones = trellis_project_count_items (project, TRELLIS_TYPE_MILESTONE);
  record_light (record, project);
}

static gboolean
bind_record (sqlite3_stmt                 *stmt,
             const TrellisRegistryRecord  *record,
             GError                      **error)
{
  const struct { const char *name; const char *value; } texts[] = {
    { ":uuid", record->uuid }, { ":name", record->name }, { ":cluster", record->cluster },
    { ":region", record->region }, { ":sector", record->sector }, { ":stage", record->stage },
    { ":modified", record->modified }, { ":description", record->description },
    { ":light", record->light != NULL ? record->light : "grey" },
    { ":light_as_of", record->light_as_of }, { ":light_reason", record->light_reason },
  };
  const struct { const char *name; int value; } numbers[] = {
    { ":revision", record->revision }, { ":n_swot", record->n_swot },
    { ":n_stakeholders", record->n_stakeholders }, { ":n_goals", record->n_goals },
    { ":n_actions", record->n_actions }, { ":n_milestones", record->n_milestones },
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if (!_trellis_db_bind_text (stmt, texts[i].name, texts[i].value, error))
      return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    if (!_trellis_db_bind_int (stmt, numbers[i].name, numbers[i].value, error))
      return FALSE;
  return TRUE;
}

/* Inserts or updates the row of @path; clears "missing". */
gboolean
_trellis_registry_put (TrellisRegistry              *self,
                       const char                   *path,
                       const TrellisRegistryRecord  *record,
                       GError                      **error)
{
  static const char sql[] =
    "INSERT INTO projects (path, " RECORD_COLUMNS ")"
    " VALUES (:path, " RECORD_PARAMETERS ")"
    " ON CONFLICT (path) DO UPDATE SET " RECORD_ASSIGNMENTS ";";
  g_autoptr(sqlite3_stmt) stmt = _trellis_db_prepare (self->db, sql, error);

  g_assert (TRELLIS_IS_REGISTRY (self));

  return stmt != NULL &&
         _trellis_db_bind_text (stmt, ":path", path, error) &&
         bind_record (stmt, record, error) &&
         _trellis_db_step_done (stmt, error);
}

static char *
get_path (GFile   *file,
          GError **error)
{
  char *path = g_file_get_path (file);

  if (path == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, TRELLIS_REGISTRY_ERROR, TRELLIS_REGISTRY_ERROR_FAILED,
                   _("%s is not a local file; only local files can be registered"), name);
    }
  return path;
}

static gboolean
set_not_found (const char  *path,
               GError     **error)
{
  g_autofree char *name = g_filename_display_name (path);

  g_set_error (error, TRELLIS_REGISTRY_ERROR, TRELLIS_REGISTRY_ERROR_NOT_FOUND,
               _("%s is not in the project registry"), name);
  return FALSE;
}

/* Runs @sql, a change of the row of :path (which may use :value). */
gboolean
_trellis_registry_run_on_path (TrellisRegistry  *self,
                               const char       *sql,
                               const char       *path,
                               const char       *value,
                               GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = _trellis_db_prepare (self->db, sql, error);

  g_assert (TRELLIS_IS_REGISTRY (self));

  return stmt != NULL &&
         _trellis_db_bind_text (stmt, ":path", path, error) &&
         _trellis_db_bind_text (stmt, ":value", value, error) &&
         _trellis_db_step_done (stmt, error);
}

/* Like _trellis_registry_run_on_path (), for a registered @file: NOT_FOUND if it is not. */
static gboolean
change_row (TrellisRegistry  *self,
            const char       *sql,
            GFile            *file,
            const char       *value,
            GError          **error)
{
  g_autofree char *path = get_path (file, error);

  g_assert (TRELLIS_IS_REGISTRY (self));

  if (path == NULL || !_trellis_registry_run_on_path (self, sql, path, value, error))
    return FALSE;
  if (sqlite3_changes (self->db) == 0)
    return set_not_found (path, error);
  return TRUE;
}

/**
 * trellis_registry_add_project:
 * @self: a #TrellisRegistry
 * @file: where @project is saved
 * @project: the project
 * @error: return location for a #GError
 *
 * Registers @file with the header and item counts of @project, or updates
 * its entry: there is one entry per path.
 */
gboolean
trellis_registry_add_project (TrellisRegistry  *self,
                              GFile            *file,
                              TrellisProject   *project,
                              GError          **error)
{
  g_autofree char *path = NULL;
  TrellisRegistryRecord record = { NULL };
  gboolean ok;

  g_return_val_if_fail (TRELLIS_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), FALSE);

  if (!(path = get_path (file, error)))
    return FALSE;
  _trellis_registry_record_init (&record, project);
  ok = _trellis_registry_put (self, path, &record, error);
  _trellis_registry_record_clear (&record);
  return ok;
}

/**
 * trellis_registry_add_file:
 *
 * Reads @file and registers it; a file that does not load is not
 * registered and gives the loader's error.
 */
gboolean
trellis_registry_add_file (TrellisRegistry  *self,
                           GFile            *file,
                           GError          **error)
{
  g_autoptr(TrellisProject) project = NULL;

  g_return_val_if_fail (TRELLIS_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!(project = trellis_project_load (file, error)))
    return FALSE;
  return trellis_registry_add_project (self, file, project, error);
}

/**
 * trellis_registry_remove:
 * @file: a registered project file
 *
 * Forgets @file's entry; the file itself is not touched.
 *
 * Returns: %FALSE with @error set if @file is not a local file or
 *   %TRELLIS_REGISTRY_ERROR_NOT_FOUND if it is not registered
 */
gboolean
trellis_registry_remove (TrellisRegistry  *self,
                         GFile            *file,
                         GError          **error)
{
  g_return_val_if_fail (TRELLIS_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  return change_row (self, "DELETE FROM projects WHERE path = :path;", file, NULL, error);
}

/**
 * trellis_registry_mark_opened:
 *
 * Sets the entry's last-opened time to now, which puts it first in
 * trellis_registry_list ().
 */
gboolean
trellis_registry_mark_opened (TrellisRegistry  *self,
                              GFile            *file,
                              GError          **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  /* Microseconds, so that two files opened in one second keep their order. */
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S.%fZ");

  g_return_val_if_fail (TRELLIS_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  return change_row (self, "UPDATE projects SET last_opened = :value WHERE path = :path;",
                     file, stamp, error);
}

/**
 * trellis_registry_set_light:
 * @light: the nick of a #TrellisLight: "grey", "green", "amber" or "red"
 *
 * Sets the entry's light by hand, without a day or reason, until the file
 * is registered again (saved, opened or scanned), which judges it anew.
 */
gboolean
trellis_registry_set_light (TrellisRegistry  *self,
                            GFile            *file,
                            const char       *light,
                            GError          **error)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (TRELLIS_TYPE_LIGHT);

  g_return_val_if_fail (TRELLIS_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (light != NULL, FALSE);

  if (g_enum_get_value_by_nick (klass, light) == NULL)
    {
      g_set_error (error, TRELLIS_REGISTRY_ERROR, TRELLIS_REGISTRY_ERROR_FAILED,
                   _("“%s” is not a traffic light"), light);
      return FALSE;
    }
  return change_row (self, "UPDATE projects SET light = :value, light_as_of = NULL, "
                           "light_reason = NULL WHERE path = :path;",
                     file, light, error);
}

/* Gives the row of @old_path the path @new_path and the values of @record. */
gboolean
_trellis_registry_update_row (TrellisRegistry              *self,
                              const char                   *old_path,
                              const char                   *new_path,
                              const TrellisRegistryRecord  *record,
                              GError                      **error)
{
  static const char sql[] =
    "UPDATE projects SET path = :path, " RECORD_ASSIGNMENTS " WHERE path = :old_path;";
  g_autoptr(sqlite3_stmt) stmt = _trellis_db_prepare (self->db, sql, error);

  g_assert (TRELLIS_IS_REGISTRY (self));

  if (stmt == NULL ||
      !_trellis_db_bind_text (stmt, ":old_path", old_path, error) ||
      !_trellis_db_bind_text (stmt, ":path", new_path, error) ||
      !bind_record (stmt, record, error) ||
      !_trellis_db_step_done (stmt, error))
    return FALSE;
  if (sqlite3_changes (self->db) == 0)
    return set_not_found (old_path, error);
  return TRUE;
}

static gboolean
relocate_row (TrellisRegistry              *self,
              const char                   *old_path,
              const char                   *new_path,
              const TrellisRegistryRecord  *record,
              GError                      **error)
{
  g_assert (TRELLIS_IS_REGISTRY (self));

  if (!_trellis_registry_begin (self, error))
    return FALSE;
  /* An entry already at the new place gives way to the one being repaired,
   * which keeps its last-opened time. */
  if ((g_strcmp0 (old_path, new_path) == 0 ||
       _trellis_registry_run_on_path (self, "DELETE FROM projects WHERE path = :path;",
                                      new_path, NULL, error)) &&
      _trellis_registry_update_row (self, old_path, new_path, record, error))
    return _trellis_registry_commit (self, error);
  _trellis_db_rollback (self->db);
  return FALSE;
}

/**
 * trellis_registry_relocate:
 * @old_file: a registered file, typically one marked missing
 * @new_file: where it is now
 *
 * The "Locate…" repair: reads @new_file and moves the entry of @old_file
 * there, up to date and no longer missing.
 */
gboolean
trellis_registry_relocate (TrellisRegistry  *self,
                           GFile            *old_file,
                           GFile            *new_file,
                           GError          **error)
{
  g_autoptr(TrellisProject) project = NULL;
  g_autofree char *old_path = NULL;
  g_autofree char *new_path = NULL;
  TrellisRegistryRecord record = { NULL };
  gboolean ok;

  g_return_val_if_fail (TRELLIS_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (old_file), FALSE);
  g_return_val_if_fail (G_IS_FILE (new_file), FALSE);

  if (!(old_path = get_path (old_file, error)) ||
      !(new_path = get_path (new_file, error)) ||
      !(project = trellis_project_load (new_file, error)))
    return FALSE;
  _trellis_registry_record_init (&record, project);
  ok = relocate_row (self, old_path, new_path, &record, error);
  _trellis_registry_record_clear (&record);
  return ok;
}

/* ---- Queries ---- */

static GPtrArray *
collect_entries (sqlite3_stmt  *stmt,
                 GError       **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (entries, _trellis_registry_entry_new_from_row (stmt, 0));
  if (rc != SQLITE_DONE)
    {
      _trellis_db_set_error (sqlite3_db_handle (stmt), error);
      return NULL;
    }
  return g_steal_pointer (&entries);
}

/**
 * trellis_registry_lookup:
 *
 * Returns: (transfer full): the entry of @file, or %NULL with
 *   %TRELLIS_REGISTRY_ERROR_NOT_FOUND or another error
 */
TrellisRegistryEntry *
trellis_registry_lookup (TrellisRegistry  *self,
                         GFile            *file,
                         GError          **error)
{
  static const char sql[] =
    "SELECT " TRELLIS_REGISTRY_ENTRY_COLUMNS " FROM projects WHERE path = :path;";
  g_autofree char *path = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) entries = NULL;

  g_return_val_if_fail (TRELLIS_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (!(path = get_path (file, error)) ||
      !(stmt = _trellis_db_prepare (self->db, sql, error)) ||
      !_trellis_db_bind_text (stmt, ":path", path, error) ||
      !(entries = collect_entries (stmt, error)))
    return NULL;
  if (entries->len == 0)
    {
      set_not_found (path, error);
      return NULL;
    }
  return g_object_ref (g_ptr_array_index (entries, 0));
}

/* Runs @sql, which may use :query and :limit (-1: no limit), for entries. */
static GPtrArray *
query_entries (TrellisRegistry  *self,
               const char       *sql,
               const char       *query,
               int               limit,
               GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = _trellis_db_prepare (self->db, sql, error);

  g_assert (TRELLIS_IS_REGISTRY (self));

  if (stmt == NULL ||
      !_trellis_db_bind_text (stmt, ":query", query, error) ||
      !_trellis_db_bind_int (stmt, ":limit", limit, error))
    return NULL;
  return collect_entries (stmt, error);
}

static GPtrArray *
list_entries (TrellisRegistry  *self,
              int               limit,
              GError          **error)
{
  static const char sql[] =
    "SELECT " TRELLIS_REGISTRY_ENTRY_COLUMNS " FROM projects"
    " ORDER BY last_opened DESC, name COLLATE NOCASE, path LIMIT :limit;";

  g_assert (TRELLIS_IS_REGISTRY (self));

  return query_entries (self, sql, NULL, limit, error);
}

/**
 * trellis_registry_list:
 *
 * Returns: (transfer container) (element-type TrellisRegistryEntry): every
 *   entry, the most recently opened first, then by name
 */
GPtrArray *
trellis_registry_list (TrellisRegistry  *self,
                       GError          **error)
{
  g_return_val_if_fail (TRELLIS_IS_REGISTRY (self), NULL);

  return list_entries (self, -1, error);
}

/* The user's words as an FTS5 query: each run of letters and digits
 * becomes a quoted prefix ("plast"*), so that no character the user types
 * is FTS syntax (quotes, *, -, :, AND, NEAR…).  The runs hold no quote to
 * escape.  Punctuation separates words, as the unicode61 tokenizer does.
 * Returns %NULL if @text has no word. */
static char *
build_match_query (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  g_autoptr(GString) query = g_string_new (NULL);
  gboolean in_word = FALSE;

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean word_char = g_unichar_isalnum (c) || g_unichar_ismark (c);

      if (word_char && !in_word)
        g_string_append (query, query->len > 0 ? " \"" : "\"");
      else if (!word_char && in_word)
        g_string_append (query, "\"*");
      if (word_char)
        g_string_append_unichar (query, c);
      in_word = word_char;
    }
  if (in_word)
    g_string_append (query, "\"*");

  return query->len > 0 ? g_string_free (g_steal_pointer (&query), FALSE) : NULL;
}

/* FTS5 sorts by rank itself, before the join, which is faster than an
 * ORDER BY on the joined rows; the name weighs most. */
static GPtrArray *
search_entries (TrellisRegistry  *self,
                const char       *text,
                int               limit,
                GError          **error)
{
  static const char sql[] =
    "SELECT " TRELLIS_REGISTRY_ENTRY_COLUMNS " FROM projects_fts"
    " JOIN projects ON projects.id = projects_fts.rowid"
    " WHERE projects_fts MATCH :query AND rank MATCH 'bm25 (4.0, 2.0, 2.0, 1.0)'"
    " ORDER BY rank LIMIT :limit;";
  g_autofree char *query = NULL;

  g_assert (TRELLIS_IS_REGISTRY (self));

  if (text == NULL || !(query = build_match_query (text)))
    return list_entries (self, limit, error);
  return query_entries (self, sql, query, limit, error);
}

/**
 * trellis_registry_search:
 * @text: (nullable): what the user typed
 *
 * Finds the entries whose name, cluster, region or description has words
 * starting with every word of @text, best match first (BM25, the name
 * weighing most).  @text is never read as query syntax.  Without any word
 * in @text, the same as trellis_registry_list ().
 *
 * Returns: (transfer container) (element-type TrellisRegistryEntry): every
 *   entry found
 */
GPtrArray *
trellis_registry_search (TrellisRegistry  *self,
                         const char       *text,
                         GError          **error)
{
  g_return_val_if_fail (TRELLIS_IS_REGISTRY (self), NULL);

  return search_entries (self, text, -1, error);
}

/**
 * trellis_registry_search_best:
 * @text: (nullable): what the user typed
 * @max_results: how many entries at most
 *
 * Like trellis_registry_search (), but only the @max_results best entries
 * (or the first of trellis_registry_list ()): for search as you type,
 * where reading every match of a short prefix in a large registry would
 * take too long on each key press.
 *
 * Returns: (transfer container) (element-type TrellisRegistryEntry): the
 *   best entries found
 */
GPtrArray *
trellis_registry_search_best (TrellisRegistry  *self,
                              const char       *text,
                              guint             max_results,
                              GError          **error)
{
  g_return_val_if_fail (TRELLIS_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (max_results > 0, NULL);

  return search_entries (self, text, MIN (max_results, G_MAXINT), error);
}
