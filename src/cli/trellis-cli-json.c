/* trellis-cli-json.c: a small JSON writer for trellis-cli
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Scripts read `--json` output, so it must be valid JSON whatever a user
 * typed into a project: every string is escaped here, and text that is not
 * UTF-8 (a file name in another encoding) is repaired first.  Output is
 * indented by two spaces so that people can read it too.
 */

#define G_LOG_DOMAIN "trellis-cli"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "trellis-cli-json.h"

struct _TrellisCliJson
{
  GString  *out;
  GArray   *empty;      /* per open container: no member written yet */
  gboolean  after_key;
};

TrellisCliJson *
trellis_cli_json_new (void)
{
  TrellisCliJson *self = g_new0 (TrellisCliJson, 1);

  self->out = g_string_new (NULL);
  self->empty = g_array_new (FALSE, FALSE, sizeof (gboolean));
  return self;
}

void
trellis_cli_json_free (TrellisCliJson *self)
{
  if (self == NULL)
    return;
  g_string_free (self->out, TRUE);
  g_array_unref (self->empty);
  g_free (self);
}

/**
 * trellis_cli_json_steal:
 *
 * Returns: (transfer full): the document, ending in a newline; @self is freed
 */
char *
trellis_cli_json_steal (TrellisCliJson *self)
{
  char *text;

  g_string_append_c (self->out, '\n');
  text = g_string_free (g_steal_pointer (&self->out), FALSE);
  g_array_unref (self->empty);
  g_free (self);
  return text;
}

/**
 * trellis_cli_json_escape:
 *
 * Appends @text to @out as a quoted JSON string: quotes, backslashes and
 * control characters escaped, UTF-8 passed through, invalid UTF-8 replaced
 * by U+FFFD.
 */
void
trellis_cli_json_escape (GString    *out,
                         const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);

  g_string_append_c (out, '"');
  for (const char *p = valid; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      switch (c)
        {
        case '"':  g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\b': g_string_append (out, "\\b"); break;
        case '\f': g_string_append (out, "\\f"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        default:
          if (c < 0x20)
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_c (out, (char) c);
        }
    }
  g_string_append_c (out, '"');
}

static void
start_line (TrellisCliJson *self)
{
  gboolean *empty;

  if (self->empty->len == 0)
    return;

  empty = &g_array_index (self->empty, gboolean, self->empty->len - 1);
  if (!*empty)
    g_string_append_c (self->out, ',');
  *empty = FALSE;
  g_string_append_c (self->out, '\n');
  for (guint i = 0; i < self->empty->len; i++)
    g_string_append (self->out, "  ");
}

/* A value goes on a line of its own, unless it follows its key. */
static void
begin_value (TrellisCliJson *self)
{
  if (self->after_key)
    self->after_key = FALSE;
  else
    start_line (self);
}

static void
open_container (TrellisCliJson *self,
                char            bracket)
{
  gboolean empty = TRUE;

  begin_value (self);
  g_string_append_c (self->out, bracket);
  g_array_append_val (self->empty, empty);
}

static void
close_container (TrellisCliJson *self,
                 char            bracket)
{
  gboolean empty;

  g_return_if_fail (self->empty->len > 0);

  empty = g_array_index (self->empty, gboolean, self->empty->len - 1);
  g_array_set_size (self->empty, self->empty->len - 1);
  if (!empty)
    {
      g_string_append_c (self->out, '\n');
      for (guint i = 0; i < self->empty->len; i++)
        g_string_append (self->out, "  ");
    }
  g_string_append_c (self->out, bracket);
}

void
trellis_cli_json_begin_object (TrellisCliJson *self)
{
  open_container (self, '{');
}

void
trellis_cli_json_end_object (TrellisCliJson *self)
{
  close_container (self, '}');
}

void
trellis_cli_json_begin_array (TrellisCliJson *self)
{
  open_container (self, '[');
}

void
trellis_cli_json_end_array (TrellisCliJson *self)
{
  close_container (self, ']');
}

void
trellis_cli_json_key (TrellisCliJson *self,
                      const char     *key)
{
  start_line (self);
  trellis_cli_json_escape (self->out, key);
  g_string_append (self->out, ": ");
  self->after_key = TRUE;
}

/* @value: (nullable): %NULL is written as null */
void
trellis_cli_json_string (TrellisCliJson *self,
                         const char     *value)
{
  begin_value (self);
  if (value == NULL)
    g_string_append (self->out, "null");
  else
    trellis_cli_json_escape (self->out, value);
}

void
trellis_cli_json_int (TrellisCliJson *self,
                      gint64          value)
{
  begin_value (self);
  g_string_append_printf (self->out, "%" G_GINT64_FORMAT, value);
}

void
trellis_cli_json_boolean (TrellisCliJson *self,
                          gboolean        value)
{
  begin_value (self);
  g_string_append (self->out, value ? "true" : "false");
}

void
trellis_cli_json_null (TrellisCliJson *self)
{
  begin_value (self);
  g_string_append (self->out, "null");
}

static void
write_double (TrellisCliJson *self,
              double          value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  /* JSON has no NaN or infinity; an unset optional number is NaN. */
  if (!isfinite (value))
    {
      trellis_cli_json_null (self);
      return;
    }
  begin_value (self);
  g_string_append (self->out, g_ascii_dtostr (buffer, sizeof buffer, value));
}

static void
write_strv (TrellisCliJson     *self,
            const char * const *strv)
{
  if (strv == NULL)
    {
      trellis_cli_json_null (self);
      return;
    }
  trellis_cli_json_begin_array (self);
  for (guint i = 0; strv[i] != NULL; i++)
    trellis_cli_json_string (self, strv[i]);
  trellis_cli_json_end_array (self);
}

static void
write_uint64 (TrellisCliJson *self,
              guint64         value)
{
  begin_value (self);
  g_string_append_printf (self->out, "%" G_GUINT64_FORMAT, value);
}

static void
write_date_time (TrellisCliJson *self,
                 GDateTime      *date_time)
{
  g_autofree char *text = date_time != NULL ? g_date_time_format_iso8601 (date_time) : NULL;

  trellis_cli_json_string (self, text);
}

static void
write_enum (TrellisCliJson *self,
            const GValue   *value)
{
  GEnumClass *klass = g_type_class_ref (G_VALUE_TYPE (value));
  GEnumValue *enum_value = g_enum_get_value (klass, g_value_get_enum (value));

  if (enum_value != NULL)
    trellis_cli_json_string (self, enum_value->value_nick);
  else
    trellis_cli_json_int (self, g_value_get_enum (value));
  g_type_class_unref (klass);
}

/**
 * trellis_cli_json_value:
 *
 * Writes a property value: strings, numbers, booleans, enumerations (as
 * their nick), string lists and times (ISO 8601); other types are written
 * as null.
 */
void
trellis_cli_json_value (TrellisCliJson *self,
                        const GValue   *value)
{
  if (value == NULL)
    trellis_cli_json_null (self);
  else if (G_VALUE_HOLDS_STRING (value))
    trellis_cli_json_string (self, g_value_get_string (value));
  else if (G_VALUE_HOLDS_BOOLEAN (value))
    trellis_cli_json_boolean (self, g_value_get_boolean (value));
  else if (G_VALUE_HOLDS_INT (value))
    trellis_cli_json_int (self, g_value_get_int (value));
  else if (G_VALUE_HOLDS_UINT (value))
    trellis_cli_json_int (self, g_value_get_uint (value));
  else if (G_VALUE_HOLDS_INT64 (value))
    trellis_cli_json_int (self, g_value_get_int64 (value));
  else if (G_VALUE_HOLDS_DOUBLE (value))
    write_double (self, g_value_get_double (value));
  else if (G_VALUE_HOLDS_ENUM (value))
    write_enum (self, value);
  else if (G_VALUE_HOLDS_UINT64 (value))
    write_uint64 (self, g_value_get_uint64 (value));
  else if (G_VALUE_HOLDS (value, G_TYPE_STRV))
    write_strv (self, g_value_get_boxed (value));
  else if (G_VALUE_HOLDS (value, G_TYPE_DATE_TIME))
    write_date_time (self, g_value_get_boxed (value));
  else
    trellis_cli_json_null (self);
}
