/* trellis-workshop-log.c: what a workshop added, changed and removed
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * While a session runs, the log keeps a copy of the project as it was when
 * the session started (the baseline) and follows the project's "changed"
 * signal, which every edit, undo and redo emits.  For each item touched it
 * compares the item now with the baseline: in the project but not in the
 * baseline is "added", the other way round "removed", in both with fields
 * that differ "changed" (with those fields), and equal again (an undo, or
 * an item added and deleted again) means no line at all.  So the log is
 * always what the workshop changed, one line per item, whatever the order
 * of edits and undos.
 *
 * The lines are TrellisWorkshopChange items of the session, kept in the
 * project (and so in the file) but outside the undo history: undoing an
 * edit updates its line, it does not undo the log.  Starting and ending a
 * session mark the project as changed so that it is saved.  A session that
 * was not ended when the file was closed is not resumed: a new one starts.
 */

#define G_LOG_DOMAIN "trellis-workshop-log"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis.h"
#include "trellis-item-private.h"
#include "trellis-project-private.h"
#include "trellis-import.h"
#include "trellis-workshop-log.h"

struct _TrellisWorkshopLog
{
  GObject                 parent_instance;

  TrellisProject         *project;
  TrellisProject         *baseline;
  TrellisWorkshopSession *session;
  GListStore             *changes;   /* of the running session, oldest first */
  GHashTable             *by_uuid;   /* target UUID -> TrellisWorkshopChange (in changes) */
};

G_DEFINE_FINAL_TYPE (TrellisWorkshopLog, trellis_workshop_log, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_RUNNING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
trellis_workshop_log_dispose (GObject *object)
{
  TrellisWorkshopLog *self = TRELLIS_WORKSHOP_LOG (object);

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  g_clear_object (&self->project);
  g_clear_object (&self->baseline);
  g_clear_object (&self->session);
  g_clear_object (&self->changes);
  g_clear_pointer (&self->by_uuid, g_hash_table_unref);

  G_OBJECT_CLASS (trellis_workshop_log_parent_class)->dispose (object);
}

static void
trellis_workshop_log_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  TrellisWorkshopLog *self = TRELLIS_WORKSHOP_LOG (object);

  switch (prop_id)
    {
    case PROP_RUNNING:
      g_value_set_boolean (value, trellis_workshop_log_get_running (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trellis_workshop_log_class_init (TrellisWorkshopLogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = trellis_workshop_log_dispose;
  object_class->get_property = trellis_workshop_log_get_property;

  properties[PROP_RUNNING] =
    g_param_spec_boolean ("running", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
trellis_workshop_log_init (TrellisWorkshopLog *self)
{
  self->changes = g_list_store_new (TRELLIS_TYPE_WORKSHOP_CHANGE);
  self->by_uuid = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

static gboolean
is_logged_kind (GType type)
{
  return type != TRELLIS_TYPE_HEADER && type != TRELLIS_TYPE_WORKSHOP_SESSION &&
         type != TRELLIS_TYPE_WORKSHOP_CHANGE;
}

static char *
format_time (GDateTime *time)
{
  g_autoptr(GDateTime) now = time != NULL ? g_date_time_to_utc (time) : g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

/* The names of the fields of @item that differ from @base, or NULL. */
static char *
list_changed_fields (TrellisItem *item,
                     TrellisItem *base)
{
  TrellisItemClass *klass = TRELLIS_ITEM_GET_CLASS (item);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < trellis_item_class_get_n_fields (klass); i++)
    if (!trellis_value_equal (_trellis_item_get_slot (item, i), _trellis_item_get_slot (base, i)))
      {
        if (names->len > 0)
          g_string_append_c (names, ' ');
        g_string_append (names, trellis_item_class_get_field (klass, i)->pspec->name);
      }
  if (names->len == 0)
    return NULL;
  return g_string_free (g_steal_pointer (&names), FALSE);
}

static void
set_string (TrellisItem *item,
            guint        index,
            const char  *text)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text);
  if (!trellis_value_equal (_trellis_item_get_slot (item, index), &value))
    _trellis_item_apply_field (item, index, &value);
}

static void
drop_line (TrellisWorkshopLog *self,
           const char         *uuid)
{
  TrellisWorkshopChange *change = g_hash_table_lookup (self->by_uuid, uuid);
  guint position;

  if (change == NULL)
    return;
  g_object_ref (change);
  g_hash_table_remove (self->by_uuid, uuid);
  if (g_list_store_find (self->changes, change, &position))
    g_list_store_remove (self->changes, position);
  if (_trellis_project_find (self->project, TRELLIS_ITEM (change), &position))
    _trellis_project_remove_raw (self->project, TRELLIS_ITEM (change));
  g_object_unref (change);
}

static TrellisWorkshopChange *
ensure_line (TrellisWorkshopLog *self,
             const char         *uuid)
{
  TrellisWorkshopChange *found = g_hash_table_lookup (self->by_uuid, uuid);
  g_autoptr(TrellisWorkshopChange) change = NULL;
  GListModel *items;

  if (found != NULL)
    return found;
  change = trellis_workshop_change_new (self->session);
  items = trellis_project_get_items (self->project, TRELLIS_TYPE_WORKSHOP_CHANGE);
  _trellis_project_insert_raw (self->project, TRELLIS_ITEM (change),
                               g_list_model_get_n_items (items));
  g_list_store_append (self->changes, change);
  /* The project and the store hold it; the table does not. */
  g_hash_table_insert (self->by_uuid, g_strdup (uuid), change);
  return g_hash_table_lookup (self->by_uuid, uuid);
}

static void
write_line (TrellisWorkshopLog *self,
            TrellisItem        *item,
            const char         *kind,
            const char         *fields)
{
  const char *uuid = trellis_item_get_uuid (item);
  TrellisWorkshopChange *change = ensure_line (self, uuid);
  TrellisItem *line = TRELLIS_ITEM (change);
  g_autofree char *now = format_time (NULL);
  g_autofree char *title = trellis_item_dup_label (item);

  set_string (line, TRELLIS_WORKSHOP_CHANGE_FIELD_TIME, now);
  set_string (line, TRELLIS_WORKSHOP_CHANGE_FIELD_CHANGE, kind);
  set_string (line, TRELLIS_WORKSHOP_CHANGE_FIELD_KIND,
              trellis_item_class_get_element_name (TRELLIS_ITEM_GET_CLASS (item)));
  set_string (line, TRELLIS_WORKSHOP_CHANGE_FIELD_TARGET, uuid);
  set_string (line, TRELLIS_WORKSHOP_CHANGE_FIELD_FIELDS, fields);
  set_string (line, TRELLIS_WORKSHOP_CHANGE_FIELD_TITLE, title);
}

static void
on_project_changed_cb (TrellisWorkshopLog *self,
                       TrellisItem        *item)
{
  const char *uuid = trellis_item_get_uuid (item);
  gboolean present;
  TrellisItem *base;
  g_autofree char *fields = NULL;

  if (self->session == NULL || !is_logged_kind (G_OBJECT_TYPE (item)))
    return;
  present = trellis_project_lookup (self->project, uuid) == (gpointer) item;
  base = trellis_project_lookup (self->baseline, uuid);

  if (present && base == NULL)
    write_line (self, item, TRELLIS_WORKSHOP_ADDED, NULL);
  else if (!present && base != NULL)
    write_line (self, base, TRELLIS_WORKSHOP_REMOVED, NULL);
  else if (present && (fields = list_changed_fields (item, base)) != NULL)
    write_line (self, item, TRELLIS_WORKSHOP_CHANGED, fields);
  else
    drop_line (self, uuid);
}

/**
 * trellis_workshop_log_new:
 *
 * Returns: (transfer full): a log of @project's workshops, not running
 */
TrellisWorkshopLog *
trellis_workshop_log_new (TrellisProject *project)
{
  TrellisWorkshopLog *self;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);

  self = g_object_new (TRELLIS_TYPE_WORKSHOP_LOG, NULL);
  self->project = g_object_ref (project);
  g_signal_connect_swapped (project, "changed", G_CALLBACK (on_project_changed_cb), self);
  return self;
}

/**
 * trellis_workshop_log_start:
 * @name: what the workshop is called
 * @time: (nullable): when it starts; %NULL for now
 *
 * Starts a session (ending a running one first): from now on every item
 * added, changed or removed is a line of its log.
 *
 * Returns: (transfer none): the session, which the project keeps
 */
TrellisWorkshopSession *
trellis_workshop_log_start (TrellisWorkshopLog *self,
                            const char         *name,
                            GDateTime          *time)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *started = format_time (time);
  GListModel *sessions;

  g_return_val_if_fail (TRELLIS_IS_WORKSHOP_LOG (self), NULL);
  g_return_val_if_fail (name != NULL && *name != '\0', NULL);

  if (self->session != NULL)
    trellis_workshop_log_end (self, time);
  bytes = trellis_project_to_bytes (self->project);
  self->baseline = trellis_project_load_from_data (g_bytes_get_data (bytes, NULL),
                                                   g_bytes_get_size (bytes), "baseline", NULL);
  g_return_val_if_fail (self->baseline != NULL, NULL);

  self->session = trellis_workshop_session_new (name, started);
  sessions = trellis_project_get_items (self->project, TRELLIS_TYPE_WORKSHOP_SESSION);
  _trellis_project_insert_raw (self->project, TRELLIS_ITEM (self->session),
                               g_list_model_get_n_items (sessions));
  trellis_history_mark_unsaved (trellis_project_get_history (self->project));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
  return self->session;
}

/**
 * trellis_workshop_log_end:
 * @time: (nullable): when it ended; %NULL for now
 *
 * Ends the running session, if any; its lines stay in the project.
 */
void
trellis_workshop_log_end (TrellisWorkshopLog *self,
                          GDateTime          *time)
{
  g_autofree char *ended = format_time (time);

  g_return_if_fail (TRELLIS_IS_WORKSHOP_LOG (self));

  if (self->session == NULL)
    return;
  set_string (TRELLIS_ITEM (self->session), TRELLIS_WORKSHOP_SESSION_FIELD_ENDED, ended);
  trellis_history_mark_unsaved (trellis_project_get_history (self->project));
  g_clear_object (&self->session);
  g_clear_object (&self->baseline);
  g_hash_table_remove_all (self->by_uuid);
  g_list_store_remove_all (self->changes);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
}

/**
 * trellis_workshop_log_get_running:
 *
 * Returns: %TRUE while a session runs
 */
gboolean
trellis_workshop_log_get_running (TrellisWorkshopLog *self)
{
  g_return_val_if_fail (TRELLIS_IS_WORKSHOP_LOG (self), FALSE);
  return self->session != NULL;
}

/**
 * trellis_workshop_log_get_session:
 *
 * Returns: (transfer none) (nullable): the running session
 */
TrellisWorkshopSession *
trellis_workshop_log_get_session (TrellisWorkshopLog *self)
{
  g_return_val_if_fail (TRELLIS_IS_WORKSHOP_LOG (self), NULL);
  return self->session;
}

/**
 * trellis_workshop_log_get_changes:
 *
 * Returns: (transfer none): the lines of the running session's log
 *   (#TrellisWorkshopChange), oldest first; empty when none runs
 */
GListModel *
trellis_workshop_log_get_changes (TrellisWorkshopLog *self)
{
  g_return_val_if_fail (TRELLIS_IS_WORKSHOP_LOG (self), NULL);
  return G_LIST_MODEL (self->changes);
}

/**
 * trellis_workshop_list_changes:
 *
 * Returns: (transfer full) (element-type TrellisWorkshopChange): the lines
 *   of @session's log, in the order of the file
 */
GPtrArray *
trellis_workshop_list_changes (TrellisProject         *project,
                               TrellisWorkshopSession *session)
{
  return trellis_workshop_change_list_by_session (project, session);
}

/**
 * trellis_workshop_change_get_item_type:
 *
 * Returns: the type of the item @change is about, %G_TYPE_INVALID if this
 *   version does not know it
 */
GType
trellis_workshop_change_get_item_type (TrellisWorkshopChange *change)
{
  const char *kind = trellis_workshop_change_get_kind (change);
  const GType *types = trellis_project_get_item_types (NULL);

  for (guint i = 0; types[i] != G_TYPE_INVALID; i++)
    if (g_strcmp0 (trellis_item_class_get_element_name (g_type_class_peek (types[i])), kind) == 0)
      return types[i];
  return G_TYPE_INVALID;
}

/**
 * trellis_workshop_change_describe_fields:
 *
 * Returns: (transfer full): the changed fields in words ("due, status"),
 *   empty if there are none
 */
char *
trellis_workshop_change_describe_fields (TrellisWorkshopChange *change)
{
  const char *fields = trellis_workshop_change_get_fields (change);
  g_auto(GStrv) names = g_strsplit (fields != NULL ? fields : "", " ", -1);
  GType type = trellis_workshop_change_get_item_type (change);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GTypeClass) klass = NULL;

  if (type == G_TYPE_INVALID)
    return g_strjoinv (", ", names);
  klass = g_type_class_ref (type);
  for (guint i = 0; names[i] != NULL; i++)
    {
      const TrellisField *field = trellis_item_class_find_field (TRELLIS_ITEM_CLASS (klass), names[i]);
      guint index;

      if (*names[i] == '\0')
        continue;
      if (text->len > 0)
        g_string_append (text, ", ");
      for (index = 0; field != NULL &&
           trellis_item_class_get_field (TRELLIS_ITEM_CLASS (klass), index) != field; index++)
        ;
      g_string_append (text, field != NULL ? trellis_import_field_label (type, index) : names[i]);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}
