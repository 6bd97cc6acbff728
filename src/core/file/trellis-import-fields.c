/* trellis-import-fields.c: the kinds that can be imported, their fields' labels and values
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A spreadsheet names a column by the field's name ("budget-planned") or
 * by the label the application shows ("Planned Budget"); case, spaces,
 * dashes and underscores are ignored.  Values are read more loosely than
 * in a project file: enumerations by their value or label, booleans as
 * yes/no/true/false/1/0, numbers with an optional %; they are written as
 * the file writes them (enumerations by value, dates as YYYY-MM-DD), so a
 * CSV written by Trellis reads back unchanged.
 */

#define G_LOG_DOMAIN "trellis-import"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "trellis.h"
#include "trellis-import-private.h"

static const TrellisImportKind kinds[] = {
  { "stakeholders", trellis_stakeholder_get_type, TRELLIS_STAKEHOLDER_FIELD_NAME },
  { "swot", trellis_swot_item_get_type, TRELLIS_SWOT_ITEM_FIELD_TEXT },
  { "tows", trellis_tows_strategy_get_type, TRELLIS_TOWS_STRATEGY_FIELD_TITLE },
  { "canvas", trellis_canvas_note_get_type, TRELLIS_CANVAS_NOTE_FIELD_TEXT },
  { "goals", trellis_goal_get_type, TRELLIS_GOAL_FIELD_TITLE },
  { "indicators", trellis_indicator_get_type, TRELLIS_INDICATOR_FIELD_NAME },
  { "measurements", trellis_measurement_get_type, TRELLIS_MEASUREMENT_FIELD_DATE },
  { "actions", trellis_action_get_type, TRELLIS_ACTION_FIELD_TITLE },
  { "milestones", trellis_milestone_get_type, TRELLIS_MILESTONE_FIELD_TITLE },
  { "services", trellis_service_get_type, TRELLIS_SERVICE_FIELD_NAME },
};

/* A reference that may name someone outside the project: when no item
 * has the name, the name goes to the other field. */
static const struct
{
  GType (*get_type) (void);
  guint   ref_field;
  guint   name_field;
} outside_names[] = {
  { trellis_action_get_type, TRELLIS_ACTION_FIELD_OWNER, TRELLIS_ACTION_FIELD_OWNER_NAME },
};

/**
 * trellis_import_list_kinds:
 *
 * Returns: (transfer none) (array zero-terminated=1): the kinds of items
 *   that CSV files import and export, by their section's name
 */
const char * const *
trellis_import_list_kinds (void)
{
  static const char *names[G_N_ELEMENTS (kinds) + 1];

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    names[i] = kinds[i].kind;
  return names;
}

/**
 * trellis_import_kind_to_type:
 * @kind: "actions", "stakeholders", …
 *
 * Returns: the item type of @kind, or %G_TYPE_INVALID if it cannot be imported
 */
GType
trellis_import_kind_to_type (const char *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (kinds[i].kind, kind) == 0)
      return kinds[i].get_type ();
  return G_TYPE_INVALID;
}

const TrellisImportKind *
_trellis_import_find_kind (GType item_type)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (kinds[i].get_type () == item_type)
      return &kinds[i];
  return NULL;
}

/**
 * trellis_import_type_to_kind:
 *
 * Returns: (transfer none) (nullable): the kind's name, %NULL if
 *   @item_type cannot be imported
 */
const char *
trellis_import_type_to_kind (GType item_type)
{
  const TrellisImportKind *kind = _trellis_import_find_kind (item_type);

  return kind != NULL ? kind->kind : NULL;
}

/* The reference to the item that owns items of this type (an indicator's
 * goal, a measurement's indicator), or -1. */
int
_trellis_import_owner_field (GType item_type)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (item_type);
  guint n_fields = trellis_item_class_get_n_fields (TRELLIS_ITEM_CLASS (klass));

  for (guint i = 0; i < n_fields; i++)
    {
      const TrellisField *field = trellis_item_class_get_field (TRELLIS_ITEM_CLASS (klass), i);

      if ((field->flags & TRELLIS_FIELD_REF) && (field->flags & TRELLIS_FIELD_OWNER))
        return i;
    }
  return -1;
}

int
_trellis_import_outside_field (GType item_type,
                               guint ref_field)
{
  for (guint i = 0; i < G_N_ELEMENTS (outside_names); i++)
    if (outside_names[i].get_type () == item_type && outside_names[i].ref_field == ref_field)
      return outside_names[i].name_field;
  return -1;
}

/**
 * trellis_import_field_label:
 * @index: the field's index in its class
 *
 * Returns: (transfer none): the field's label, translated (see
 *   trellis_item_class_get_field_label ())
 */
const char *
trellis_import_field_label (GType item_type,
                            guint index)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (item_type);

  return trellis_item_class_get_field_label (TRELLIS_ITEM_CLASS (klass), index);
}

static gboolean
is_ascii (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if ((guchar) *p >= 0x80)
      return FALSE;
  return TRUE;
}

/* A column's title, ready to compare: case, spaces, dashes and underscores ignored. */
char *
_trellis_import_fold_title (const char *title)
{
  g_autofree char *normal = NULL;
  g_autofree char *folded = NULL;
  GString *out = g_string_new (NULL);

  /* Most titles and values are ASCII: the same result, many times faster. */
  if (title == NULL || is_ascii (title))
    folded = g_ascii_strdown (title != NULL ? title : "", -1);
  else
    {
      normal = g_utf8_normalize (title, -1, G_NORMALIZE_ALL);
      folded = g_utf8_casefold (normal != NULL ? normal : "", -1);
    }
  for (const char *p = folded; *p != '\0'; p++)
    if (!g_ascii_isspace (*p) && *p != '-' && *p != '_')
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

/* An item's name, ready to compare: case and runs of white space ignored. */
char *
_trellis_import_fold_name (const char *name)
{
  g_autofree char *normal = NULL;
  g_autofree char *folded = NULL;
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  if (name == NULL || is_ascii (name))
    folded = g_ascii_strdown (name != NULL ? name : "", -1);
  else
    {
      normal = g_utf8_normalize (name, -1, G_NORMALIZE_DEFAULT_COMPOSE);
      folded = g_utf8_casefold (normal != NULL ? normal : "", -1);
    }
  for (const char *p = folded; *p != '\0'; p++)
    {
      if (strchr (" \t\r\n", *p) != NULL)
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/**
 * trellis_import_field_matches:
 * @title: a column's title
 *
 * Returns: whether @title names the field, by its name or its label
 *   (translated or not), ignoring case, spaces, dashes and underscores
 */
gboolean
trellis_import_field_matches (GType       item_type,
                              guint       index,
                              const char *title)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (item_type);
  const TrellisField *field = trellis_item_class_get_field (TRELLIS_ITEM_CLASS (klass), index);
  g_autofree char *folded = _trellis_import_fold_title (title);
  g_autofree char *name = _trellis_import_fold_title (field->pspec->name);
  g_autofree char *label = _trellis_import_fold_title (trellis_import_field_label (item_type, index));

  g_autofree char *english =
    _trellis_import_fold_title (trellis_item_class_get_field_label_english (TRELLIS_ITEM_CLASS (klass), index));

  return g_str_equal (folded, name) || g_str_equal (folded, label) || g_str_equal (folded, english);
}
