/* trellis-registry-entry.c
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One registered project as the start page lists it: a read-only copy of a
 * registry row, made with _trellis_registry_entry_new_from_row ().  The
 * texts and numbers are kept in two arrays in the order of the columns of
 * TRELLIS_REGISTRY_ENTRY_COLUMNS, so that reading a row, the properties and
 * the getters are each one table and not eighteen cases.
 */

#define G_LOG_DOMAIN "trellis-registry"

#include "config.h"

#include <gio/gio.h>

#include "trellis-registry-entry.h"
#include "trellis-registry-private.h"

enum
{
  TEXT_UUID,
  TEXT_PATH,
  TEXT_NAME,
  TEXT_CLUSTER,
  TEXT_REGION,
  TEXT_SECTOR,
  TEXT_STAGE,
  TEXT_MODIFIED,
  TEXT_LAST_OPENED,
  TEXT_DESCRIPTION,
  TEXT_LIGHT,
  TEXT_LIGHT_AS_OF,
  TEXT_LIGHT_REASON,
  N_TEXTS
};

enum
{
  NUMBER_REVISION,
  NUMBER_N_SWOT,
  NUMBER_N_STAKEHOLDERS,
  NUMBER_N_GOALS,
  NUMBER_N_ACTIONS,
  NUMBER_N_MILESTONES,
  N_NUMBERS
};

/* Property ids: PROP_0, the texts, the numbers, then "missing". */
#define PROP_FIRST_TEXT   1
#define PROP_FIRST_NUMBER (PROP_FIRST_TEXT + N_TEXTS)
#define PROP_MISSING      (PROP_FIRST_NUMBER + N_NUMBERS)
#define N_PROPS           (PROP_MISSING + 1)

static const char * const text_names[N_TEXTS] = {
  "uuid", "path", "name", "cluster", "region", "sector", "stage", "modified", "last-opened",
  "description", "light", "light-as-of", "light-reason",
};

static const char * const number_names[N_NUMBERS] = {
  "revision", "n-swot", "n-stakeholders", "n-goals", "n-actions", "n-milestones",
};

struct _TrellisRegistryEntry
{
  GObject   parent_instance;

  char     *texts[N_TEXTS];
  int       numbers[N_NUMBERS];
  gboolean  missing;
};

G_DEFINE_FINAL_TYPE (TrellisRegistryEntry, trellis_registry_entry, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
trellis_registry_entry_finalize (GObject *object)
{
  TrellisRegistryEntry *self = TRELLIS_REGISTRY_ENTRY (object);

  for (guint i = 0; i < N_TEXTS; i++)
    g_clear_pointer (&self->texts[i], g_free);

  G_OBJECT_CLASS (trellis_registry_entry_parent_class)->finalize (object);
}

static void
trellis_registry_entry_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  TrellisRegistryEntry *self = TRELLIS_REGISTRY_ENTRY (object);

  if (prop_id >= PROP_FIRST_TEXT && prop_id < PROP_FIRST_NUMBER)
    g_value_set_string (value, self->texts[prop_id - PROP_FIRST_TEXT]);
  else if (prop_id >= PROP_FIRST_NUMBER && prop_id < PROP_MISSING)
    g_value_set_int (value, self->numbers[prop_id - PROP_FIRST_NUMBER]);
  else if (prop_id == PROP_MISSING)
    g_value_set_boolean (value, self->missing);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
trellis_registry_entry_class_init (TrellisRegistryEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = trellis_registry_entry_finalize;
  object_class->get_property = trellis_registry_entry_get_property;

  for (guint i = 0; i < N_TEXTS; i++)
    properties[PROP_FIRST_TEXT + i] = g_param_spec_string (text_names[i], NULL, NULL, NULL, flags);
  for (guint i = 0; i < N_NUMBERS; i++)
    properties[PROP_FIRST_NUMBER + i] = g_param_spec_int (number_names[i], NULL, NULL,
                                                          0, G_MAXINT, 0, flags);
  properties[PROP_MISSING] = g_param_spec_boolean ("missing", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
trellis_registry_entry_init (TrellisRegistryEntry *self)
{
}

/*
 * _trellis_registry_entry_new_from_row:
 * @stmt: a statement stepped onto a row whose columns, from @first_column on,
 *   are TRELLIS_REGISTRY_ENTRY_COLUMNS
 *
 * Returns: (transfer full): a copy of the row
 */
TrellisRegistryEntry *
_trellis_registry_entry_new_from_row (sqlite3_stmt *stmt,
                                      int           first_column)
{
  TrellisRegistryEntry *self = g_object_new (TRELLIS_TYPE_REGISTRY_ENTRY, NULL);
  int column = first_column;

  for (guint i = 0; i < N_TEXTS; i++, column++)
    {
      const char *text = (const char *) sqlite3_column_text (stmt, column);

      /* A damaged or hand-edited database may hold any bytes: everything
       * but the path (in the file system's encoding) is made valid UTF-8
       * before anyone measures or shows it. */
      if (i != TEXT_PATH && text != NULL && !g_utf8_validate (text, -1, NULL))
        self->texts[i] = g_utf8_make_valid (text, -1);
      else
        self->texts[i] = g_strdup (text);
    }
  for (guint i = 0; i < N_NUMBERS; i++, column++)
    self->numbers[i] = MAX (0, sqlite3_column_int (stmt, column));
  self->missing = sqlite3_column_int (stmt, column) != 0;

  return self;
}

#define DEFINE_TEXT_GETTER(field, index)                                \
  const char *                                                          \
  trellis_registry_entry_get_##field (TrellisRegistryEntry *self)       \
  {                                                                     \
    g_return_val_if_fail (TRELLIS_IS_REGISTRY_ENTRY (self), NULL);      \
    return self->texts[index];                                          \
  }

#define DEFINE_NUMBER_GETTER(field, index)                              \
  int                                                                   \
  trellis_registry_entry_get_##field (TrellisRegistryEntry *self)       \
  {                                                                     \
    g_return_val_if_fail (TRELLIS_IS_REGISTRY_ENTRY (self), 0);         \
    return self->numbers[index];                                        \
  }

/**
 * trellis_registry_entry_get_uuid:
 *
 * Returns: (nullable): the project's UUID
 */
DEFINE_TEXT_GETTER (uuid, TEXT_UUID)

/**
 * trellis_registry_entry_get_path:
 *
 * Returns: the absolute path of the project file, the key of the entry
 */
DEFINE_TEXT_GETTER (path, TEXT_PATH)

/**
 * trellis_registry_entry_get_name:
 *
 * Returns: (nullable): the project's name
 */
DEFINE_TEXT_GETTER (name, TEXT_NAME)

/**
 * trellis_registry_entry_get_cluster:
 *
 * Returns: (nullable): the cluster's name, from the header
 */
DEFINE_TEXT_GETTER (cluster, TEXT_CLUSTER)

/**
 * trellis_registry_entry_get_region:
 *
 * Returns: (nullable): the region, from the header
 */
DEFINE_TEXT_GETTER (region, TEXT_REGION)

/**
 * trellis_registry_entry_get_sector:
 *
 * Returns: (nullable): the sector, from the header
 */
DEFINE_TEXT_GETTER (sector, TEXT_SECTOR)

/**
 * trellis_registry_entry_get_stage:
 *
 * Returns: (nullable): the nick of the project's #TrellisStage
 */
DEFINE_TEXT_GETTER (stage, TEXT_STAGE)

/**
 * trellis_registry_entry_get_modified:
 *
 * Returns: (nullable): when the file was last saved with changes, from its
 *   header (ISO 8601)
 */
DEFINE_TEXT_GETTER (modified, TEXT_MODIFIED)

/**
 * trellis_registry_entry_get_last_opened:
 *
 * Returns: (nullable): when Trellis last opened the file (ISO 8601, UTC),
 *   %NULL if never
 */
DEFINE_TEXT_GETTER (last_opened, TEXT_LAST_OPENED)

/**
 * trellis_registry_entry_get_description:
 *
 * Returns: (nullable): the project's description
 */
DEFINE_TEXT_GETTER (description, TEXT_DESCRIPTION)

/**
 * trellis_registry_entry_get_light:
 *
 * Returns: (nullable): the nick of the project's overall #TrellisLight
 */
DEFINE_TEXT_GETTER (light, TEXT_LIGHT)

/**
 * trellis_registry_entry_get_light_as_of:
 *
 * Returns: (nullable): the day that light was judged for (YYYY-MM-DD); %NULL
 *   if it was set by hand
 */
DEFINE_TEXT_GETTER (light_as_of, TEXT_LIGHT_AS_OF)

/**
 * trellis_registry_entry_get_light_reason:
 *
 * Returns: (nullable): why the project has that light, in words
 */
DEFINE_TEXT_GETTER (light_reason, TEXT_LIGHT_REASON)

/**
 * trellis_registry_entry_get_revision:
 *
 * Returns: the file's revision, which each save with changes raises by one
 */
DEFINE_NUMBER_GETTER (revision, NUMBER_REVISION)

/**
 * trellis_registry_entry_get_n_swot:
 *
 * Returns: the number of SWOT notes
 */
DEFINE_NUMBER_GETTER (n_swot, NUMBER_N_SWOT)

/**
 * trellis_registry_entry_get_n_stakeholders:
 *
 * Returns: the number of stakeholders
 */
DEFINE_NUMBER_GETTER (n_stakeholders, NUMBER_N_STAKEHOLDERS)

/**
 * trellis_registry_entry_get_n_goals:
 *
 * Returns: the number of goals
 */
DEFINE_NUMBER_GETTER (n_goals, NUMBER_N_GOALS)

/**
 * trellis_registry_entry_get_n_actions:
 *
 * Returns: the number of actions
 */
DEFINE_NUMBER_GETTER (n_actions, NUMBER_N_ACTIONS)

/**
 * trellis_registry_entry_get_n_milestones:
 *
 * Returns: the number of milestones
 */
DEFINE_NUMBER_GETTER (n_milestones, NUMBER_N_MILESTONES)

/**
 * trellis_registry_entry_get_missing:
 *
 * Returns: whether the file was not there when the registry was last
 *   rebuilt (trellis_registry_rebuild()); registering the file again
 *   clears it
 */
gboolean
trellis_registry_entry_get_missing (TrellisRegistryEntry *self)
{
  g_return_val_if_fail (TRELLIS_IS_REGISTRY_ENTRY (self), FALSE);

  return self->missing;
}

/**
 * trellis_registry_entry_dup_file:
 * @self: a #TrellisRegistryEntry
 *
 * Returns: (transfer full): the registered file
 */
GFile *
trellis_registry_entry_dup_file (TrellisRegistryEntry *self)
{
  g_return_val_if_fail (TRELLIS_IS_REGISTRY_ENTRY (self), NULL);

  return g_file_new_for_path (self->texts[TEXT_PATH]);
}
