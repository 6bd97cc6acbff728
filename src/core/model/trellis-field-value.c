/* trellis-field-value.c: converting field values to and from file text
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one place that knows how a value looks in a .trellis file: numbers
 * in the C locale, booleans as true/false, enumerations by nick, dates as
 * ISO 8601, references as UUIDs and lists of references separated by
 * spaces.  Defaults are not written, so files stay short and diffs small.
 */

#define G_LOG_DOMAIN "trellis-field-value"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>

#include "trellis-date.h"
#include "trellis-field-value.h"

/* The shortest text that reads back as exactly the same double. */
static char *
double_to_string (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (buffer, sizeof buffer, "%.15g", value);
  if (g_ascii_strtod (buffer, NULL) != value)
    g_ascii_formatd (buffer, sizeof buffer, "%.17g", value);

  return g_strdup (buffer);
}

/* XML 1.0 cannot hold most control characters, nor invalid UTF-8; a file
 * with them would not load again, so they are dropped when writing. */
static char *
xml_safe_text (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  GString *safe = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p++)
    if ((guchar) *p >= 0x20 || *p == '\t' || *p == '\n' || *p == '\r')
      g_string_append_c (safe, *p);

  return g_string_free (safe, FALSE);
}

/**
 * _trellis_field_to_string:
 *
 * Returns: (nullable): the text to write, or %NULL to leave the field out
 *   because it holds its default
 */
char *
_trellis_field_to_string (const TrellisField *field,
                          const GValue       *value)
{
  GType type = G_VALUE_TYPE (value);
  gboolean required = (field->flags & TRELLIS_FIELD_REQUIRED) != 0;

  if (type == G_TYPE_STRING)
    {
      const char *text = g_value_get_string (value);

      if (text == NULL || *text == '\0')
        return required ? g_strdup ("") : NULL;
      return xml_safe_text (text);
    }
  if (field->flags & TRELLIS_FIELD_DATE)
    {
      TrellisDay day = g_value_get_uint (value);

      if (day == TRELLIS_DAY_NONE)
        return required ? g_strdup ("") : NULL;
      return trellis_date_format (day);
    }
  if (type == G_TYPE_STRV)
    {
      const char * const *refs = g_value_get_boxed (value);

      if (refs == NULL || refs[0] == NULL)
        return NULL;
      return g_strjoinv (" ", (char **) refs);
    }
  if (type == G_TYPE_DOUBLE)
    {
      double number = g_value_get_double (value);

      return isnan (number) ? NULL : double_to_string (number);
    }
  if (!required && g_param_value_defaults (field->pspec, value))
    return NULL;
  if (type == G_TYPE_INT)
    return g_strdup_printf ("%d", g_value_get_int (value));
  if (type == G_TYPE_BOOLEAN)
    return g_strdup (g_value_get_boolean (value) ? "true" : "false");
  if (G_TYPE_IS_ENUM (type))
    {
      GEnumClass *enum_class = g_type_class_peek (type);
      GEnumValue *enum_value = g_enum_get_value (enum_class, g_value_get_enum (value));

      return g_strdup (enum_value != NULL ? enum_value->value_nick : "");
    }

  g_return_val_if_reached (NULL);
}

gboolean
_trellis_date_is_valid (const char *text)
{
  return trellis_date_parse (text) != TRELLIS_DAY_NONE;
}

static gboolean
datetime_is_valid (const char *text)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_iso8601 (text, NULL);

  return time != NULL;
}

static gboolean
parse_enum (GType        type,
            const char  *text,
            GValue      *value,
            char       **problem)
{
  GEnumClass *enum_class = g_type_class_ref (type);
  GEnumValue *enum_value = g_enum_get_value_by_nick (enum_class, text);
  g_autoptr(GString) choices = NULL;

  if (enum_value != NULL)
    {
      g_value_set_enum (value, enum_value->value);
      g_type_class_unref (enum_class);
      return TRUE;
    }

  choices = g_string_new (NULL);
  for (guint i = 0; i < enum_class->n_values; i++)
    g_string_append_printf (choices, "%s%s", i ? ", " : "", enum_class->values[i].value_nick);
  g_type_class_unref (enum_class);
  /* translators: %s is a list of the allowed words */
  *problem = g_strdup_printf (_("must be one of %s"), choices->str);
  return FALSE;
}

static gboolean
parse_reflist (const char  *text,
               GValue      *value,
               char       **problem)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \t\r\n", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) refs = NULL;

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      if (!g_uuid_string_is_valid (words[i]))
        {
          *problem = g_strdup (_("must be a list of UUIDs separated by spaces"));
          return FALSE;
        }
      g_strv_builder_add (builder, words[i]);
    }

  refs = g_strv_builder_end (builder);
  g_value_take_boxed (value, refs[0] != NULL ? g_steal_pointer (&refs) : NULL);
  return TRUE;
}

/* Dates are held as day numbers: parsed once, here, when a file is read. */
static gboolean
parse_date (const char  *text,
            GValue      *value,
            char       **problem)
{
  TrellisDay day = trellis_date_parse (text);

  if (day == TRELLIS_DAY_NONE)
    {
      *problem = g_strdup (_("must be a date written as YYYY-MM-DD"));
      return FALSE;
    }
  g_value_set_uint (value, day);
  return TRUE;
}

static gboolean
parse_string (const TrellisField  *field,
              const char          *text,
              GValue              *value,
              char               **problem)
{
  if (field->flags & TRELLIS_FIELD_DATETIME && !datetime_is_valid (text))
    *problem = g_strdup (_("must be a time written as YYYY-MM-DDTHH:MM:SSZ"));
  else if (field->flags & TRELLIS_FIELD_REF && !g_uuid_string_is_valid (text))
    *problem = g_strdup (_("must be the UUID of an item"));
  else
    {
      g_value_set_string (value, text);
      return TRUE;
    }

  return FALSE;
}

static gboolean
parse_number (const TrellisField  *field,
              const char          *text,
              GValue              *value,
              char               **problem)
{
  if (G_VALUE_HOLDS_INT (value))
    {
      GParamSpecInt *spec = G_PARAM_SPEC_INT (field->pspec);
      gint64 number;

      if (!g_ascii_string_to_signed (text, 10, spec->minimum, spec->maximum, &number, NULL))
        {
          *problem = g_strdup_printf (_("must be a whole number from %d to %d"),
                                      spec->minimum, spec->maximum);
          return FALSE;
        }
      g_value_set_int (value, (int) number);
    }
  else
    {
      char *end = NULL;
      double number = g_ascii_strtod (text, &end);

      if (*text == '\0' || end == NULL || *end != '\0' || !isfinite (number))
        {
          *problem = g_strdup (_("must be a number such as 1250 or 3.5"));
          return FALSE;
        }
      g_value_set_double (value, number);
    }

  return TRUE;
}

/**
 * _trellis_field_from_string:
 * @value: an initialized value of the field's type
 * @problem: (out): on failure, what is wrong, as the end of a sentence
 *   that starts with the field's name
 */
gboolean
_trellis_field_from_string (const TrellisField  *field,
                            const char          *text,
                            GValue              *value,
                            char               **problem)
{
  GType type = G_VALUE_TYPE (value);

  if (field->flags & TRELLIS_FIELD_DATE)
    return parse_date (text, value, problem);
  if (type == G_TYPE_STRING)
    return parse_string (field, text, value, problem);
  if (type == G_TYPE_STRV)
    return parse_reflist (text, value, problem);
  if (type == G_TYPE_INT || type == G_TYPE_DOUBLE)
    return parse_number (field, text, value, problem);
  if (G_TYPE_IS_ENUM (type))
    return parse_enum (type, text, value, problem);
  if (type == G_TYPE_BOOLEAN)
    {
      if (g_str_equal (text, "true") || g_str_equal (text, "1"))
        g_value_set_boolean (value, TRUE);
      else if (g_str_equal (text, "false") || g_str_equal (text, "0"))
        g_value_set_boolean (value, FALSE);
      else
        {
          *problem = g_strdup (_("must be true or false"));
          return FALSE;
        }
      return TRUE;
    }

  g_return_val_if_reached (FALSE);
}
