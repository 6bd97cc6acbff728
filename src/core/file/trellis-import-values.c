/* trellis-import-values.c: a spreadsheet cell to a field's value and back
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * References are not here: they need the project (trellis-import.c).
 */

#define G_LOG_DOMAIN "trellis-import"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "trellis.h"
#include "trellis-field-value.h"
#include "trellis-import-private.h"

/* "45 %" and "45%" are 45: a percentage is the number before its sign. */
static char *
strip_number (const char *text)
{
  char *copy = g_strstrip (g_strdup (text));
  gsize len = strlen (copy);

  if (len > 0 && copy[len - 1] == '%')
    {
      copy[len - 1] = '\0';
      g_strchomp (copy);
    }
  return copy;
}

static gboolean
parse_int (const TrellisField  *field,
           const char          *text,
           GValue              *value,
           char               **accepted)
{
  GParamSpecInt *spec = G_PARAM_SPEC_INT (field->pspec);
  g_autofree char *number = strip_number (text);
  gint64 parsed;

  if (!g_ascii_string_to_signed (number, 10, spec->minimum, spec->maximum, &parsed, NULL))
    {
      /* translators: the end of "“x” is not accepted: …"; %d are limits */
      *accepted = g_strdup_printf (_("use a whole number from %d to %d (a %% sign after it is "
                                     "allowed)"), spec->minimum, spec->maximum);
      return FALSE;
    }
  g_value_set_int (value, (int) parsed);
  return TRUE;
}

static gboolean
parse_double (const char  *text,
              GValue      *value,
              char       **accepted)
{
  g_autofree char *number = strip_number (text);
  char *end = NULL;
  double parsed = g_ascii_strtod (number, &end);

  if (*number == '\0' || *end != '\0' || !isfinite (parsed))
    {
      /* xgettext:no-c-format */
      *accepted = g_strdup (_("use a number with a decimal point, such as 1250 or 3.5 "
                              "(a % sign after it is allowed)"));
      return FALSE;
    }
  g_value_set_double (value, parsed);
  return TRUE;
}

static gboolean
parse_boolean (const char  *text,
               GValue      *value,
               char       **accepted)
{
  static const char *yes[] = { "yes", "true", "1", N_("yes") };
  static const char *no[] = { "no", "false", "0", N_("no") };
  g_autofree char *folded = _trellis_import_fold_title (text);

  for (guint i = 0; i < G_N_ELEMENTS (yes); i++)
    {
      g_autofree char *word_yes = _trellis_import_fold_title (i < 3 ? yes[i] : _(yes[i]));
      g_autofree char *word_no = _trellis_import_fold_title (i < 3 ? no[i] : _(no[i]));

      if (g_str_equal (folded, word_yes) || g_str_equal (folded, word_no))
        {
          g_value_set_boolean (value, g_str_equal (folded, word_yes));
          return TRUE;
        }
    }
  *accepted = g_strdup (_("use yes, no, true, false, 1 or 0"));
  return FALSE;
}

static char *
describe_enum (GEnumClass *klass)
{
  GString *choices = g_string_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    {
      const char *label = trellis_enum_label (G_TYPE_FROM_CLASS (klass), klass->values[i].value);

      g_string_append_printf (choices, "%s%s", i > 0 ? ", " : "", klass->values[i].value_nick);
      if (label != NULL && g_strcmp0 (label, klass->values[i].value_nick) != 0)
        g_string_append_printf (choices, " (%s)", label);
    }
  g_autofree char *list = g_string_free (choices, FALSE);

  /* translators: the end of "“x” is not accepted: …"; %s lists the values and their labels */
  return g_strdup_printf (_("use one of %s"), list);
}

static gboolean
parse_enum (GType        type,
            const char  *text,
            GValue      *value,
            char       **accepted)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  g_autofree char *folded = _trellis_import_fold_title (text);

  for (guint i = 0; i < klass->n_values; i++)
    {
      g_autofree char *nick = _trellis_import_fold_title (klass->values[i].value_nick);
      const char *shown = trellis_enum_label (type, klass->values[i].value);
      g_autofree char *label = _trellis_import_fold_title (shown);

      if (g_str_equal (folded, nick) || g_str_equal (folded, label))
        {
          g_value_set_enum (value, klass->values[i].value);
          return TRUE;
        }
    }
  *accepted = describe_enum (klass);
  return FALSE;
}

static gboolean
parse_string (const TrellisField  *field,
              const char          *text,
              GValue              *value,
              char               **accepted)
{
  g_autofree char *problem = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  /* Free text keeps its spacing; a name or a code does not. */
  if (field->flags & TRELLIS_FIELD_ELEMENT)
    {
      g_value_set_string (value, text);
      return TRUE;
    }
  if (!(field->flags & TRELLIS_FIELD_DATETIME))
    {
      g_value_set_string (value, stripped);
      return TRUE;
    }
  if (_trellis_field_from_string (field, stripped, value, &problem))
    return TRUE;
  *accepted = g_strdup (_("use a time written as YYYY-MM-DDTHH:MM:SSZ"));
  return FALSE;
}

/**
 * _trellis_import_parse_value:
 * @text: a cell that is not empty
 * @value: initialized to the field's type
 * @accepted: (out): on failure, what would be accepted, as the end of a
 *   sentence: "use …"
 *
 * Reads a cell into a value that is not a reference.
 */
gboolean
_trellis_import_parse_value (const TrellisField  *field,
                             const char          *text,
                             GValue              *value,
                             char               **accepted)
{
  GType type = G_VALUE_TYPE (value);

  if (field->flags & TRELLIS_FIELD_DATE)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (text));
      TrellisDay day = trellis_date_parse (stripped);

      if (day == TRELLIS_DAY_NONE)
        {
          *accepted = g_strdup (_("use a date written as YYYY-MM-DD, such as 2027-03-31"));
          return FALSE;
        }
      g_value_set_uint (value, day);
      return TRUE;
    }
  if (type == G_TYPE_STRING)
    return parse_string (field, text, value, accepted);
  if (type == G_TYPE_INT)
    return parse_int (field, text, value, accepted);
  if (type == G_TYPE_DOUBLE)
    return parse_double (text, value, accepted);
  if (type == G_TYPE_BOOLEAN)
    return parse_boolean (text, value, accepted);
  if (G_TYPE_IS_ENUM (type))
    return parse_enum (type, text, value, accepted);

  g_return_val_if_reached (FALSE);
}

/**
 * _trellis_import_format_value:
 *
 * Returns: (transfer full): the cell for a value that is not a reference,
 *   as the import reads it back; "" for no value
 */
char *
_trellis_import_format_value (const TrellisField *field,
                              const GValue       *value)
{
  GType type = G_VALUE_TYPE (value);

  if (field->flags & TRELLIS_FIELD_DATE)
    return g_value_get_uint (value) != TRELLIS_DAY_NONE ?
           trellis_date_format (g_value_get_uint (value)) : g_strdup ("");
  if (type == G_TYPE_STRING)
    return g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
  if (type == G_TYPE_INT)
    return g_strdup_printf ("%d", g_value_get_int (value));
  if (type == G_TYPE_BOOLEAN)
    return g_strdup (g_value_get_boolean (value) ? "yes" : "no");
  if (type == G_TYPE_DOUBLE)
    {
      g_autofree char *text = isnan (g_value_get_double (value)) ? NULL :
                              _trellis_field_to_string (field, value);

      return g_strdup (text != NULL ? text : "");
    }
  if (G_TYPE_IS_ENUM (type))
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (type);
      GEnumValue *enum_value = g_enum_get_value (klass, g_value_get_enum (value));

      return g_strdup (enum_value != NULL ? enum_value->value_nick : "");
    }

  g_return_val_if_reached (g_strdup (""));
}
