/* trellis-project-file-stream.c: the reader's side of the parser's events
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libxml2's SAX2 parser calls back for every start and end tag, piece of
 * text, comment and processing instruction.  The reader follows where it
 * is (the root, a section, an item, a field of it) and builds each item
 * as its element ends; what it does not know is copied into the "extra"
 * node of the root, section or item it was found in.
 *
 * Blank text between elements is indentation, and is dropped as the tree
 * builder dropped it (XML_PARSE_NOBLANKS): libxml2 decides by looking at
 * the element it believes open, so the reader shows it a stand-in with
 * what the tree would have held (see update_probe()).
 */

#define G_LOG_DOMAIN "trellis-project-file"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <libxml/parserInternals.h>

#include "trellis.h"
#include "trellis-field-value.h"
#include "trellis-item-private.h"
#include "trellis-project-file.h"
#include "trellis-project-file-private.h"

#define add_problem _trellis_file_reader_add_problem

static long
current_line (TrellisFileReader *reader)
{
  return reader->ctxt->input != NULL ? reader->ctxt->input->line : 1;
}

static gboolean
is_ours (const xmlChar *uri)
{
  return uri != NULL && strcmp ((const char *) uri, TRELLIS_FILE_NAMESPACE) == 0;
}

static gboolean
is_ours_named (const xmlChar *uri,
               const xmlChar *name,
               const char    *wanted)
{
  return is_ours (uri) && strcmp ((const char *) name, wanted) == 0;
}

/* Returns: the index of the field called @name, or -1.  The parser gives
 * every name once interned, so a field met before is found by address. */
static int
find_field (TrellisFileKind *kind,
            const xmlChar   *name)
{
  for (guint i = 0; i < kind->n_fields; i++)
    if (kind->names[i] == name)
      return i;
  for (guint i = 0; i < kind->n_fields; i++)
    if (strcmp (kind->fields[i]->pspec->name, (const char *) name) == 0)
      {
        kind->names[i] = name;
        return i;
      }
  return -1;
}

static TrellisFileKind *
kind_for_section (TrellisFileReader *reader,
                  const xmlChar     *uri,
                  const xmlChar     *name)
{
  if (!is_ours (uri))
    return NULL;
  for (guint k = 0; k + 1 < reader->n_kinds; k++)
    if (g_strcmp0 (reader->kinds[k].section, (const char *) name) == 0)
      return &reader->kinds[k];
  return NULL;
}

static TrellisFileKind *
header_kind (TrellisFileReader *reader)
{
  return &reader->kinds[reader->n_kinds - 1];
}

static void
read_field (TrellisFileReader *reader,
            guint              index,
            const char        *text,
            long               line)
{
  g_autofree char *problem = NULL;
  const TrellisField *field = reader->item_kind->fields[index];
  GValue *slot = _trellis_item_get_slot (reader->item, index);

  if (!_trellis_field_from_string (field, text, slot, &problem))
    /* translators: the first %s is a field such as “votes”, the second an element
     * such as <swot-item>, the third what is wrong, the fourth the value found */
    add_problem (reader, line, _("“%s” of <%s> %s, not “%s”"),
                 field->pspec->name, reader->item_kind->element, problem, text);
  reader->seen[index] = TRUE;
}

/* The extra node of the open root, section or item. */
static xmlNodePtr *
current_extra (TrellisFileReader *reader)
{
  switch (reader->level)
    {
    case FILE_LEVEL_ROOT:
      return &reader->root_extra;
    case FILE_LEVEL_SECTION:
      return &reader->section_extra;
    case FILE_LEVEL_ITEM:
      return &reader->item_extra;
    case FILE_LEVEL_DOCUMENT:
    case FILE_LEVEL_FIELD:
    default:
      g_assert_not_reached ();
    }
}

/* Text of a container is kept unless it is blank (indentation). */
static void
flush_pending (TrellisFileReader *reader)
{
  GString *pending = reader->pending;

  if (pending->len == 0)
    return;
  for (gsize i = 0; i < pending->len; i++)
    if (!IS_BLANK_CH (pending->str[i]))
      {
        xmlAddChild (_trellis_xml_ensure_extra (current_extra (reader)),
                     xmlNewTextLen ((const xmlChar *) pending->str, (int) pending->len));
        break;
      }
  g_string_truncate (pending, 0);
}

/* The open container gets a child that is not text. */
static void
add_child (TrellisFileReader *reader)
{
  TrellisFileContent *content = &reader->content[reader->level];

  flush_pending (reader);
  content->has_children = TRUE;
  content->last_is_text = FALSE;
}

static void
add_text_child (TrellisFileContent *content)
{
  if (!content->has_children)
    content->first_is_text = TRUE;
  content->has_children = TRUE;
  content->last_is_text = TRUE;
}

/* The parser tells indentation from text by looking at the element it
 * believes open (ctxt->node, see areBlanks() in libxml2): show it the
 * kept node, or a stand-in whose first and last child have the right kind. */
static void
update_probe (TrellisFileReader *reader)
{
  static xmlNode text_child = { .type = XML_TEXT_NODE };
  static xmlNode element_child = { .type = XML_ELEMENT_NODE };
  TrellisFileContent *content = &reader->content[reader->level];

  if (reader->capture.top != NULL)
    {
      reader->ctxt->node = reader->capture.current;
      return;
    }
  if (reader->skip > 0 || reader->level == FILE_LEVEL_DOCUMENT)
    {
      reader->ctxt->node = NULL;
      return;
    }
  reader->probe.type = XML_ELEMENT_NODE;
  reader->probe.children = content->first_is_text ? &text_child
                           : content->has_children ? &element_child : NULL;
  reader->probe.last = content->last_is_text ? &text_child
                       : content->has_children ? &element_child : NULL;
  reader->ctxt->node = &reader->probe;
}

static void
keep_element (TrellisFileReader  *reader,
              xmlNodePtr         *into,
              const xmlChar      *name,
              const xmlChar      *prefix,
              const xmlChar      *uri,
              int                 n_namespaces,
              const xmlChar     **namespaces,
              int                 n_attributes,
              const xmlChar     **attributes)
{
  reader->capture_into = into;
  _trellis_xml_capture_start (&reader->capture, name, prefix, uri, n_namespaces, namespaces,
                              n_attributes, attributes);
}

/* A field's element holds more than text: keep it whole for its content. */
static void
capture_field (TrellisFileReader *reader)
{
  const TrellisField *field = reader->item_kind->fields[reader->field];
  xmlNodePtr node = xmlNewNode (NULL, (const xmlChar *) field->pspec->name);

  if (reader->text->len > 0)
    xmlAddChild (node, xmlNewTextLen ((const xmlChar *) reader->text->str, (int) reader->text->len));
  reader->capture.top = reader->capture.current = node;
  reader->capture_into = NULL;
}

/* As g_uuid_string_is_valid(): hexadecimal digits, hyphens at 8, 13, 18, 23. */
static gboolean
is_uuid (const char *text)
{
  for (guint i = 0; i < 36; i++)
    if (i == 8 || i == 13 || i == 18 || i == 23 ? text[i] != '-' : !g_ascii_isxdigit (text[i]))
      return FALSE;
  return text[36] == '\0';
}

static char *
find_uuid (int             n_attributes,
           const xmlChar **attributes)
{
  for (int i = 0; i < n_attributes; i++)
    {
      const xmlChar **attr = &attributes[5 * i];

      if (attr[2] == NULL && strcmp ((const char *) attr[0], "uuid") == 0)
        return _trellis_xml_attribute_value (attr[3], attr[4]);
    }
  return NULL;
}

static void
read_attributes (TrellisFileReader  *reader,
                 int                 n_attributes,
                 const xmlChar     **attributes)
{
  GString *value = reader->text;

  for (int i = 0; i < n_attributes; i++)
    {
      const xmlChar **attr = &attributes[5 * i];
      int index = -1;

      if (attr[2] == NULL && strcmp ((const char *) attr[0], "uuid") == 0)
        continue;
      /* Most values hold no “&”: copy them as they are. */
      g_string_truncate (value, 0);
      g_string_append_len (value, (const char *) attr[3], attr[4] - attr[3]);
      if (memchr (value->str, '&', value->len) != NULL)
        {
          g_autofree char *decoded = _trellis_xml_attribute_value (attr[3], attr[4]);
          g_string_assign (value, decoded);
        }

      if (attr[2] == NULL)
        index = find_field (reader->item_kind, attr[0]);
      if (index < 0 || reader->item_kind->fields[index]->flags & TRELLIS_FIELD_ELEMENT)
        _trellis_xml_keep_attribute (&reader->item_extra, attr[0], attr[1], attr[2], value->str);
      else
        read_field (reader, index, value->str, reader->item_line);
    }
}

static void
start_item (TrellisFileReader  *reader,
            TrellisFileKind    *kind,
            const xmlChar      *name,
            int                 n_attributes,
            const xmlChar     **attributes)
{
  g_autofree char *uuid = find_uuid (n_attributes, attributes);
  long line = current_line (reader);

  if (uuid == NULL)
    add_problem (reader, line, _("<%s> has no “uuid” attribute"), name);
  else if (!is_uuid (uuid))
    {
      add_problem (reader, line, _("“uuid” of <%s> must be a UUID, not “%s”"), name, uuid);
      g_clear_pointer (&uuid, g_free);
    }

  reader->item = g_object_new (kind->type, "uuid", uuid, NULL);
  reader->item_kind = kind;
  reader->item_name = name;
  reader->item_line = line;
  reader->item_extra = NULL;
  reader->seen = g_renew (gboolean, reader->seen, kind->n_fields + 1);
  memset (reader->seen, 0, (kind->n_fields + 1) * sizeof (gboolean));
  reader->item_uuid_valid = uuid != NULL;

  read_attributes (reader, n_attributes, attributes);
  reader->content[FILE_LEVEL_ITEM] = (TrellisFileContent) { FALSE, FALSE, FALSE };
  reader->level = FILE_LEVEL_ITEM;
}

static void
end_item (TrellisFileReader *reader)
{
  TrellisFileKind *kind = reader->item_kind;
  TrellisItem *item = g_steal_pointer (&reader->item);
  const char *uuid = trellis_item_get_uuid (item);
  TrellisItem *previous;

  for (guint i = 0; i < kind->n_fields; i++)
    if (kind->fields[i]->flags & TRELLIS_FIELD_REQUIRED && !reader->seen[i])
      add_problem (reader, reader->item_line, _("<%s> needs a “%s”"), reader->item_name,
                   kind->fields[i]->pspec->name);

  previous = g_hash_table_lookup (reader->by_uuid, uuid);
  if (reader->item_uuid_valid && previous != NULL)
    add_problem (reader, reader->item_line, _("the UUID %s is used twice (first on line %d)"), uuid,
                 GPOINTER_TO_INT (g_hash_table_lookup (reader->lines, previous)));
  else
    g_hash_table_insert (reader->by_uuid, (gpointer) uuid, item);
  g_hash_table_insert (reader->lines, item, GINT_TO_POINTER ((int) reader->item_line));

  _trellis_item_take_extra (item, g_steal_pointer (&reader->item_extra));
  if (kind == header_kind (reader))
    {
      reader->header = item;
      reader->level = FILE_LEVEL_ROOT;
    }
  else
    {
      g_ptr_array_add (kind->items, item);
      reader->level = FILE_LEVEL_SECTION;
    }
}

/* A child element of an item: one of its fields, or something to keep. */
static void
start_in_item (TrellisFileReader  *reader,
               const xmlChar      *name,
               const xmlChar      *prefix,
               const xmlChar      *uri,
               int                 n_namespaces,
               const xmlChar     **namespaces,
               int                 n_attributes,
               const xmlChar     **attributes)
{
  int index = is_ours (uri) ? find_field (reader->item_kind, name) : -1;

  if (index < 0 || !(reader->item_kind->fields[index]->flags & TRELLIS_FIELD_ELEMENT))
    keep_element (reader, &reader->item_extra, name, prefix, uri, n_namespaces, namespaces,
                  n_attributes, attributes);
  else if (reader->seen[index])
    {
      add_problem (reader, current_line (reader), _("<%s> appears twice in <%s>"), name,
                   reader->item_name);
      reader->skip = 1;
    }
  else
    {
      reader->field = index;
      reader->field_line = current_line (reader);
      g_string_truncate (reader->text, 0);
      reader->content[FILE_LEVEL_FIELD] = (TrellisFileContent) { FALSE, FALSE, FALSE };
      reader->level = FILE_LEVEL_FIELD;
    }
}

static void
start_section (TrellisFileReader  *reader,
               TrellisFileKind    *kind,
               const xmlChar      *name,
               int                 n_attributes,
               const xmlChar     **attributes)
{
  char *key = NULL;

  reader->section_kind = kind;
  reader->section_name = g_strdup ((const char *) name);
  reader->section_extra = NULL;
  if (g_hash_table_steal_extended (reader->extras, name, (gpointer *) &key,
                                   (gpointer *) &reader->section_extra))
    g_free (key);

  for (int i = 0; i < n_attributes; i++)
    {
      const xmlChar **attr = &attributes[5 * i];
      g_autofree char *value = _trellis_xml_attribute_value (attr[3], attr[4]);

      _trellis_xml_keep_attribute (&reader->section_extra, attr[0], attr[1], attr[2], value);
    }
  reader->content[FILE_LEVEL_SECTION] = (TrellisFileContent) { FALSE, FALSE, FALSE };
  reader->level = FILE_LEVEL_SECTION;
}

static void
end_section (TrellisFileReader *reader)
{
  if (reader->section_extra != NULL)
    g_hash_table_insert (reader->extras, g_steal_pointer (&reader->section_name),
                         g_steal_pointer (&reader->section_extra));
  g_clear_pointer (&reader->section_name, g_free);
  reader->section_kind = NULL;
  reader->level = FILE_LEVEL_ROOT;
}

/* One child of the root: the header, a section, or something to keep. */
static void
start_top_level (TrellisFileReader  *reader,
                 const xmlChar      *name,
                 const xmlChar      *prefix,
                 const xmlChar      *uri,
                 int                 n_namespaces,
                 const xmlChar     **namespaces,
                 int                 n_attributes,
                 const xmlChar     **attributes)
{
  TrellisFileKind *kind = kind_for_section (reader, uri, name);

  if (is_ours_named (uri, name, "header") && reader->header == NULL)
    start_item (reader, header_kind (reader), name, n_attributes, attributes);
  else if (is_ours_named (uri, name, "header"))
    {
      add_problem (reader, current_line (reader), _("a project has only one <header>"));
      reader->skip = 1;
    }
  else if (kind != NULL)
    start_section (reader, kind, name, n_attributes, attributes);
  else
    keep_element (reader, &reader->root_extra, name, prefix, uri, n_namespaces, namespaces,
                  n_attributes, attributes);
}

static void
start_in_section (TrellisFileReader  *reader,
                  const xmlChar      *name,
                  const xmlChar      *prefix,
                  const xmlChar      *uri,
                  int                 n_namespaces,
                  const xmlChar     **namespaces,
                  int                 n_attributes,
                  const xmlChar     **attributes)
{
  TrellisFileKind *kind = reader->section_kind;

  if (is_ours_named (uri, name, kind->element))
    start_item (reader, kind, name, n_attributes, attributes);
  else
    keep_element (reader, &reader->section_extra, name, prefix, uri, n_namespaces, namespaces,
                  n_attributes, attributes);
}

static gboolean
check_version (TrellisFileReader  *reader,
               int                 n_attributes,
               const xmlChar     **attributes)
{
  g_autofree char *version = NULL;
  g_auto(GStrv) parts = NULL;
  guint64 major = 0;

  for (int i = 0; i < n_attributes && version == NULL; i++)
    if (attributes[5 * i + 2] == NULL &&
        strcmp ((const char *) attributes[5 * i], "format-version") == 0)
      version = _trellis_xml_attribute_value (attributes[5 * i + 3], attributes[5 * i + 4]);

  if (version != NULL)
    parts = g_strsplit (version, ".", 2);
  if (parts == NULL || parts[0] == NULL || parts[1] == NULL ||
      !g_ascii_string_to_unsigned (parts[0], 10, 1, G_MAXUINT16, &major, NULL) ||
      !g_ascii_string_to_unsigned (parts[1], 10, 0, G_MAXUINT16, NULL, NULL))
    {
      g_set_error (&reader->error, TRELLIS_FILE_ERROR, TRELLIS_FILE_ERROR_INVALID,
                   _("%s:%ld: the root element needs a “format-version” such as “%s”"),
                   reader->display_name, reader->root_line, TRELLIS_FILE_FORMAT_VERSION);
      return FALSE;
    }

  if (major > 1)
    {
      g_set_error (&reader->error, TRELLIS_FILE_ERROR, TRELLIS_FILE_ERROR_NEWER_VERSION,
                   _("%s:%ld: this project was saved by a newer version of Trellis (file format "
                     "%s); this version reads format 1.x. Update Trellis to open it."),
                   reader->display_name, reader->root_line, version);
      return FALSE;
    }

  return TRUE;
}

static void
start_root (TrellisFileReader  *reader,
            const xmlChar      *name,
            const xmlChar      *uri,
            int                 n_namespaces,
            const xmlChar     **namespaces,
            int                 n_attributes,
            const xmlChar     **attributes)
{
  reader->root_line = current_line (reader);
  reader->skip = 1;
  if (!is_ours_named (uri, name, "trellis"))
    {
      g_set_error (&reader->error, TRELLIS_FILE_ERROR, TRELLIS_FILE_ERROR_NOT_A_PROJECT,
                   _("%s:%ld: this is XML, but not a Trellis project (the root element is <%s>, "
                     "expected <trellis> in the namespace %s)"),
                   reader->display_name, reader->root_line, name, TRELLIS_FILE_NAMESPACE);
      return;
    }
  if (!check_version (reader, n_attributes, attributes))
    return;

  reader->skip = 0;
  for (int i = 0; i < n_namespaces; i++)
    if (g_strcmp0 ((const char *) namespaces[2 * i + 1], TRELLIS_FILE_NAMESPACE) != 0)
      xmlNewNs (_trellis_xml_ensure_extra (&reader->root_extra), namespaces[2 * i + 1],
                namespaces[2 * i]);
  for (int i = 0; i < n_attributes; i++)
    {
      const xmlChar **attr = &attributes[5 * i];
      g_autofree char *value = NULL;

      if (attr[2] == NULL && strcmp ((const char *) attr[0], "format-version") == 0)
        continue;
      value = _trellis_xml_attribute_value (attr[3], attr[4]);
      _trellis_xml_keep_attribute (&reader->root_extra, attr[0], attr[1], attr[2], value);
    }
  reader->level = FILE_LEVEL_ROOT;
}

static void
on_start_element (void           *ctx,
                  const xmlChar  *name,
                  const xmlChar  *prefix,
                  const xmlChar  *uri,
                  int             n_namespaces,
                  const xmlChar **namespaces,
                  int             n_attributes,
                  int             n_defaulted,
                  const xmlChar **attributes)
{
  TrellisFileReader *reader = ((xmlParserCtxtPtr) ctx)->_private;

  if (reader->skip > 0)
    reader->skip++;
  else if (reader->capture.top != NULL)
    _trellis_xml_capture_start (&reader->capture, name, prefix, uri, n_namespaces, namespaces,
                                n_attributes, attributes);
  else if (reader->level == FILE_LEVEL_DOCUMENT)
    start_root (reader, name, uri, n_namespaces, namespaces, n_attributes, attributes);
  else if (reader->level == FILE_LEVEL_FIELD)
    {
      capture_field (reader);
      _trellis_xml_capture_start (&reader->capture, name, prefix, uri, n_namespaces, namespaces,
                                  n_attributes, attributes);
    }
  else
    {
      TrellisFileLevel level = reader->level;

      add_child (reader);
      if (level == FILE_LEVEL_ROOT)
        start_top_level (reader, name, prefix, uri, n_namespaces, namespaces, n_attributes, attributes);
      else if (level == FILE_LEVEL_SECTION)
        start_in_section (reader, name, prefix, uri, n_namespaces, namespaces, n_attributes, attributes);
      else
        start_in_item (reader, name, prefix, uri, n_namespaces, namespaces, n_attributes, attributes);
    }
  update_probe (reader);
}

/* The end of an unknown element, or of a field held whole. */
static void
end_captured (TrellisFileReader *reader)
{
  if (!_trellis_xml_capture_end (&reader->capture))
    return;

  if (reader->capture_into != NULL)
    xmlAddChild (_trellis_xml_ensure_extra (reader->capture_into),
                 g_steal_pointer (&reader->capture.top));
  else
    {
      xmlChar *content = xmlNodeGetContent (reader->capture.top);

      read_field (reader, reader->field, (const char *) content, reader->field_line);
      xmlFree (content);
      /* Markup inside a text field (a newer Trellis, another tool): its text
       * is the value, and the element is kept whole (without a namespace,
       * which marks it) to be written back while the value is unchanged. */
      if (_trellis_xml_has_element_child (reader->capture.top))
        xmlAddChild (_trellis_xml_ensure_extra (&reader->item_extra), g_steal_pointer (&reader->capture.top));
      _trellis_xml_capture_clear (&reader->capture);
      reader->level = FILE_LEVEL_ITEM;
    }
}

static void
on_end_element (void          *ctx,
                const xmlChar *name,
                const xmlChar *prefix,
                const xmlChar *uri)
{
  TrellisFileReader *reader = ((xmlParserCtxtPtr) ctx)->_private;

  if (reader->skip > 0)
    reader->skip--;
  else if (reader->capture.top != NULL)
    end_captured (reader);
  else
    switch (reader->level)
      {
      case FILE_LEVEL_FIELD:
        read_field (reader, reader->field, reader->text->str, reader->field_line);
        reader->level = FILE_LEVEL_ITEM;
        break;
      case FILE_LEVEL_ITEM:
        flush_pending (reader);
        end_item (reader);
        break;
      case FILE_LEVEL_SECTION:
        flush_pending (reader);
        end_section (reader);
        break;
      case FILE_LEVEL_ROOT:
        flush_pending (reader);
        reader->level = FILE_LEVEL_DOCUMENT;
        break;
      case FILE_LEVEL_DOCUMENT:
      default:
        g_assert_not_reached ();
      }
  update_probe (reader);
}

static void
on_characters (void          *ctx,
               const xmlChar *text,
               int            length)
{
  TrellisFileReader *reader = ((xmlParserCtxtPtr) ctx)->_private;

  if (reader->skip > 0 || reader->level == FILE_LEVEL_DOCUMENT)
    return;
  if (reader->capture.top != NULL)
    _trellis_xml_capture_text (&reader->capture, text, length);
  else
    {
      g_string_append_len (reader->level == FILE_LEVEL_FIELD ? reader->text : reader->pending,
                           (const char *) text, length);
      add_text_child (&reader->content[reader->level]);
    }
  update_probe (reader);
}

/* Blank text the parser judged to be indentation. */
static void
on_ignorable_whitespace (void          *ctx,
                         const xmlChar *text,
                         int            length)
{
}

static void
keep_node (TrellisFileReader *reader,
           xmlNodePtr         node)
{
  if (reader->skip > 0 || reader->level == FILE_LEVEL_DOCUMENT)
    {
      xmlFreeNode (node);
      return;
    }
  if (reader->capture.top == NULL && reader->level == FILE_LEVEL_FIELD)
    capture_field (reader);
  if (reader->capture.top != NULL)
    _trellis_xml_capture_node (&reader->capture, node);
  else
    {
      add_child (reader);
      xmlAddChild (_trellis_xml_ensure_extra (current_extra (reader)), node);
    }
  update_probe (reader);
}

static void
on_comment (void          *ctx,
            const xmlChar *value)
{
  keep_node (((xmlParserCtxtPtr) ctx)->_private, xmlNewComment (value));
}

static void
on_processing_instruction (void          *ctx,
                           const xmlChar *target,
                           const xmlChar *data)
{
  keep_node (((xmlParserCtxtPtr) ctx)->_private, xmlNewPI (target, data));
}

/* SAX hook: a DOCTYPE is where entities (billion laughs, external files)
 * come from, and a project never needs one, so stop right there. */
static void
on_internal_subset_cb (void          *ctx,
                       const xmlChar *name,
                       const xmlChar *external_id,
                       const xmlChar *system_id)
{
  xmlParserCtxtPtr ctxt = ctx;
  TrellisFileReader *reader = ctxt->_private;

  reader->doctype_line = ctxt->input != NULL ? ctxt->input->line : 1;
  xmlStopParser (ctxt);
}

/* Sets the parser's callbacks to the reader's. */
void
_trellis_file_reader_set_handlers (xmlSAXHandler *sax)
{
  sax->internalSubset = on_internal_subset_cb;
  sax->startDocument = NULL;
  sax->endDocument = NULL;
  sax->startElementNs = on_start_element;
  sax->endElementNs = on_end_element;
  sax->characters = on_characters;
  /* Different from characters, so that the parser sorts out indentation. */
  sax->ignorableWhitespace = on_ignorable_whitespace;
  sax->comment = on_comment;
  sax->processingInstruction = on_processing_instruction;
}

