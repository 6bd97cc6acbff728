/* trellis-project-file.c: reading .trellis files, safely
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A project file may come from anywhere, so reading it trusts nothing:
 * the size is limited, the network is never used, a DOCTYPE (and with it
 * every entity, internal or external) stops the parser at once, and every
 * value is checked against its field before a project is built.  Either
 * the whole project loads or nothing does; each problem is reported as
 * "file:line: what is wrong".
 *
 * What this version does not know (elements and attributes of a newer
 * minor format, or of another namespace) is kept beside the item it was
 * found in and written back by the writer.
 *
 * The file is streamed: libxml2's SAX2 parser calls back for every start
 * and end tag and every piece of text, and items are built as their
 * elements end, without a document tree in between (a tree cost as much as
 * everything else together).  Only what is kept unknown becomes nodes
 * (see trellis-project-file-keep.c).
 */

#define G_LOG_DOMAIN "trellis-project-file"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>

#include "trellis.h"
#include "trellis-field-value.h"
#include "trellis-item-private.h"
#include "trellis-project-file.h"
#include "trellis-project-file-private.h"

#define add_problem _trellis_file_reader_add_problem
#include "trellis-project-private.h"

#define MAX_PROBLEMS 50

G_DEFINE_QUARK (trellis-file-error-quark, trellis_file_error)

static void reader_clear (TrellisFileReader *reader);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TrellisFileReader, reader_clear)

/* Adds "name:line: problem"; past MAX_PROBLEMS, only counts it. */
void
_trellis_file_reader_add_problem (TrellisFileReader *reader,
                                  long               line,
                                  const char        *format,
                                  ...)
{
  g_autofree char *text = NULL;
  va_list args;

  if (reader->problems->len >= MAX_PROBLEMS)
    {
      if (reader->n_dropped++ == 0)
        reader->first_dropped_line = line;
      return;
    }

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  g_ptr_array_add (reader->problems,
                   g_strdup_printf ("%s:%ld: %s", reader->display_name, line, text));
}

static void
kind_init (TrellisFileKind *kind,
           GType            type)
{
  kind->type = type;
  kind->klass = g_type_class_ref (type);
  kind->element = trellis_item_class_get_element_name (kind->klass);
  kind->section = trellis_item_class_get_section_name (kind->klass);
  kind->n_fields = trellis_item_class_get_n_fields (kind->klass);
  kind->fields = g_new0 (const TrellisField *, kind->n_fields + 1);
  kind->names = g_new0 (const xmlChar *, kind->n_fields + 1);
  for (guint i = 0; i < kind->n_fields; i++)
    kind->fields[i] = trellis_item_class_get_field (kind->klass, i);
  kind->items = g_ptr_array_new_with_free_func (g_object_unref);
}

static void
kind_clear (TrellisFileKind *kind)
{
  if (kind->klass == NULL)
    return;
  g_type_class_unref (kind->klass);
  g_free (kind->fields);
  g_free (kind->names);
  g_clear_pointer (&kind->items, g_ptr_array_unref);
}

static void
check_reference (TrellisFileReader  *reader,
                 TrellisItem        *item,
                 TrellisFileKind    *kind,
                 const TrellisField *field,
                 const char         *uuid)
{
  TrellisItem *target = g_hash_table_lookup (reader->by_uuid, uuid);
  long line;

  g_autofree char *kinds = NULL;

  if (target != NULL && trellis_field_accepts (field, target))
    return;

  line = GPOINTER_TO_INT (g_hash_table_lookup (reader->lines, item));
  if (target == NULL)
    /* translators: “owner” of <action> refers to 1234…, which is not in the file */
    add_problem (reader, line, _("“%s” of <%s> refers to %s, which is not in the file"),
                 field->pspec->name, kind->element, uuid);
  else
    {
      kinds = trellis_field_describe_kinds (field);
      /* translators: “owner” of <action> must refer to a <stakeholder>, but 1234… is a <goal> */
      add_problem (reader, line, _("“%s” of <%s> must refer to a %s, but %s is a <%s>"),
                   field->pspec->name, kind->element, kinds, uuid,
                   trellis_item_class_get_element_name (TRELLIS_ITEM_GET_CLASS (target)));
    }
}

static void
check_references (TrellisFileReader *reader,
                  TrellisFileKind   *kind,
                  TrellisItem       *item)
{
  for (guint i = 0; i < kind->n_fields; i++)
    {
      const TrellisField *field = kind->fields[i];
      const GValue *value;

      if (field->flags & TRELLIS_FIELD_WEAK ||
          !(field->flags & (TRELLIS_FIELD_REF | TRELLIS_FIELD_REFLIST)))
        continue;
      value = _trellis_item_get_slot (item, i);
      if (field->flags & TRELLIS_FIELD_REF && g_value_get_string (value) != NULL)
        check_reference (reader, item, kind, field, g_value_get_string (value));
      else if (field->flags & TRELLIS_FIELD_REFLIST && g_value_get_boxed (value) != NULL)
        for (const char * const *ref = g_value_get_boxed (value); *ref != NULL; ref++)
          check_reference (reader, item, kind, field, *ref);
    }
}

static TrellisProject *
build_project (TrellisFileReader *reader)
{
  TrellisHeader *header = TRELLIS_HEADER (g_steal_pointer (&reader->header));
  TrellisProject *project = _trellis_project_new_for_load (header);
  GHashTableIter iter;
  gpointer key, value;

  for (guint k = 0; k + 1 < reader->n_kinds; k++)
    _trellis_project_take_loaded (project, reader->kinds[k].type,
                                  g_steal_pointer (&reader->kinds[k].items));

  g_hash_table_iter_init (&iter, reader->extras);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      _trellis_project_take_extra (project, key, value);
      g_hash_table_iter_steal (&iter);
      g_free (key);
    }

  return project;
}

/* After the last tag: what only the whole file can tell. */
static TrellisProject *
finish_document (TrellisFileReader *reader)
{
  if (reader->root_extra != NULL)
    g_hash_table_insert (reader->extras, g_strdup (""), g_steal_pointer (&reader->root_extra));

  if (reader->header == NULL)
    add_problem (reader, reader->root_line, _("the project has no <header>"));

  for (guint k = 0; k + 1 < reader->n_kinds; k++)
    for (guint i = 0; i < reader->kinds[k].items->len; i++)
      check_references (reader, &reader->kinds[k], g_ptr_array_index (reader->kinds[k].items, i));

  if (reader->problems->len > 0)
    return NULL;

  return build_project (reader);
}

static void
reader_init (TrellisFileReader *reader,
             const char        *display_name)
{
  const GType *types;
  guint n_types;

  reader->display_name = display_name;
  reader->problems = g_ptr_array_new_with_free_func (g_free);
  reader->by_uuid = g_hash_table_new (g_str_hash, g_str_equal);
  reader->lines = g_hash_table_new (NULL, NULL);
  reader->extras = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) xmlFreeNode);
  reader->pending = g_string_new (NULL);
  reader->text = g_string_sized_new (256);

  types = trellis_project_get_item_types (&n_types);
  g_assert (n_types + 1 <= G_N_ELEMENTS (reader->kinds));
  for (guint t = 0; t < n_types; t++)
    kind_init (&reader->kinds[t], types[t]);
  kind_init (&reader->kinds[n_types], TRELLIS_TYPE_HEADER);
  reader->n_kinds = n_types + 1;
}

static void
reader_clear (TrellisFileReader *reader)
{
  for (guint k = 0; k < reader->n_kinds; k++)
    kind_clear (&reader->kinds[k]);
  g_clear_object (&reader->header);
  g_clear_object (&reader->item);
  _trellis_xml_capture_clear (&reader->capture);
  g_clear_pointer (&reader->root_extra, xmlFreeNode);
  g_clear_pointer (&reader->section_extra, xmlFreeNode);
  g_clear_pointer (&reader->item_extra, xmlFreeNode);
  g_clear_pointer (&reader->section_name, g_free);
  g_clear_pointer (&reader->seen, g_free);
  g_clear_pointer (&reader->extras, g_hash_table_unref);
  g_clear_pointer (&reader->problems, g_ptr_array_unref);
  g_clear_pointer (&reader->by_uuid, g_hash_table_unref);
  g_clear_pointer (&reader->lines, g_hash_table_unref);
  g_clear_error (&reader->error);
  if (reader->pending != NULL)
    g_string_free (g_steal_pointer (&reader->pending), TRUE);
  if (reader->text != NULL)
    g_string_free (g_steal_pointer (&reader->text), TRUE);
}

static gboolean
parse_xml (TrellisFileReader  *reader,
           const char         *data,
           gsize               length,
           GError            **error)
{
  xmlParserCtxtPtr ctxt = xmlNewParserCtxt ();
  int options = XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_NOERROR |
                XML_PARSE_NOWARNING | XML_PARSE_NOCDATA;
  gboolean ok = FALSE;

  if (ctxt == NULL)
    g_error ("Out of memory");

  ctxt->_private = reader;
  reader->ctxt = ctxt;
  _trellis_file_reader_set_handlers (ctxt->sax);
  xmlCtxtReadMemory (ctxt, data, (int) length, reader->display_name, NULL, options);
  ctxt->node = NULL;

  if (reader->doctype_line > 0)
    g_set_error (error, TRELLIS_FILE_ERROR, TRELLIS_FILE_ERROR_FORBIDDEN,
                 _("%s:%d: a DOCTYPE or entity declaration is not allowed in a Trellis project "
                   "(refused for safety)"),
                 reader->display_name, reader->doctype_line);
  else if (!ctxt->wellFormed || reader->level != FILE_LEVEL_DOCUMENT || reader->root_line == 0)
    {
      const xmlError *xml_error = xmlCtxtGetLastError (ctxt);
      g_autofree char *message = g_strdup (xml_error != NULL && xml_error->message != NULL
                                           ? xml_error->message : _("unknown error"));

      g_set_error (error, TRELLIS_FILE_ERROR, TRELLIS_FILE_ERROR_NOT_WELL_FORMED,
                   _("%s:%d: the file is not well-formed XML: %s"),
                   reader->display_name, xml_error != NULL ? xml_error->line : 1,
                   g_strstrip (g_strdelimit (message, "\n", ' ')));
    }
  else
    ok = TRUE;

  reader->ctxt = NULL;
  xmlFreeParserCtxt (ctxt);
  return ok;
}

static gboolean
check_size (const char  *display_name,
            goffset      size,
            GError     **error)
{
  if (size <= TRELLIS_FILE_MAX_SIZE)
    return TRUE;

  {
    g_autofree char *have = g_format_size_full (size, G_FORMAT_SIZE_IEC_UNITS);
    g_autofree char *limit = g_format_size_full (TRELLIS_FILE_MAX_SIZE, G_FORMAT_SIZE_IEC_UNITS);

    g_set_error (error, TRELLIS_FILE_ERROR, TRELLIS_FILE_ERROR_TOO_LARGE,
                 _("%s: the file is %s, more than a Trellis project may be (%s)"),
                 display_name, have, limit);
  }
  return FALSE;
}

static void
set_problems_error (TrellisFileReader  *reader,
                    GError            **error)
{
  g_autofree char *message = NULL;

  if (reader->n_dropped > 0)
    g_ptr_array_add (reader->problems,
                     g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   "%s:%ld: and %u more problem from here on",
                                                   "%s:%ld: and %u more problems from here on",
                                                   reader->n_dropped),
                                      reader->display_name, reader->first_dropped_line,
                                      reader->n_dropped));
  g_ptr_array_add (reader->problems, NULL);
  message = g_strjoinv ("\n", (char **) reader->problems->pdata);
  g_set_error_literal (error, TRELLIS_FILE_ERROR, TRELLIS_FILE_ERROR_INVALID, message);
}

/**
 * trellis_project_load_from_data:
 * @display_name: the name used in messages, usually the file's name
 *
 * Reads a project from the text of a .trellis file.
 *
 * Returns: (transfer full): the project, or %NULL with @error set; the
 *   message has one line "name:line: problem" per problem found
 */
TrellisProject *
trellis_project_load_from_data (const char  *data,
                                gsize        length,
                                const char  *display_name,
                                GError     **error)
{
  g_auto(TrellisFileReader) reader = { NULL, };
  TrellisProject *project = NULL;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  if (!check_size (display_name, length, error))
    return NULL;

  reader_init (&reader, display_name);
  if (length > G_MAXINT || !parse_xml (&reader, data, length, error))
    return NULL;
  if (reader.error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&reader.error));
      return NULL;
    }

  project = finish_document (&reader);
  if (project == NULL)
    set_problems_error (&reader, error);

  return project;
}

/**
 * trellis_project_load:
 *
 * Reads a project from a file; see trellis_project_load_from_data().
 *
 * Returns: (transfer full): the project, or %NULL with @error set
 */
TrellisProject *
trellis_project_load (GFile   *file,
                      GError **error)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *contents = NULL;
  g_autoptr(GFileInfo) info = NULL;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  /* A pipe would block for ever and a device (a link to /dev/zero) would
   * never end: only a regular file is read, its size checked first. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, error);
  if (info == NULL)
    return NULL;
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, TRELLIS_FILE_ERROR, TRELLIS_FILE_ERROR_NOT_A_PROJECT,
                   _("%s: this is not a regular file (a folder, a pipe or a device), "
                     "so it was not read"), name);
      return NULL;
    }
  if (!check_size (name, g_file_info_get_size (info), error))
    return NULL;

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, error))
    return NULL;

  return trellis_project_load_from_data (contents, length, name, error);
}
