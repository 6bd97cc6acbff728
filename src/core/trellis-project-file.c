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
#include "trellis-project-private.h"

#define MAX_PROBLEMS 50
#define MAX_KINDS 32

G_DEFINE_QUARK (trellis-file-error-quark, trellis_file_error)

/* One kind of item: its fields, and the items of it read so far. */
typedef struct
{
  GType                type;
  TrellisItemClass    *klass;
  const char          *element;
  const char          *section;
  guint                n_fields;
  const TrellisField **fields;
  const xmlChar      **names;    /* the parser's interned name of each field, once met */
  GPtrArray           *items;
} Kind;

/* What an open element holds so far, as the tree builder would have it:
 * libxml2 decides from that which blank text is only indentation. */
typedef struct
{
  gboolean has_children;
  gboolean first_is_text;
  gboolean last_is_text;
} Content;

typedef enum
{
  LEVEL_DOCUMENT,
  LEVEL_ROOT,
  LEVEL_SECTION,
  LEVEL_ITEM,
  LEVEL_FIELD,
} Level;

typedef struct
{
  const char        *display_name;
  xmlParserCtxtPtr   ctxt;
  GPtrArray         *problems;       /* "name:line: problem" */
  GHashTable        *by_uuid;        /* UUID → TrellisItem, unowned */
  GHashTable        *lines;          /* TrellisItem → line */
  int                doctype_line;
  guint              n_dropped;      /* problems past MAX_PROBLEMS */
  long               first_dropped_line;
  GError            *error;          /* the file is refused as a whole */
  long               root_line;

  Kind               kinds[MAX_KINDS]; /* trellis_project_get_item_types(), then the header */
  guint              n_kinds;
  TrellisItem       *header;
  GHashTable        *extras;         /* section name ("" for the root) → xmlNodePtr */

  Level              level;
  guint              skip;           /* depth inside an element that is not read */
  TrellisXmlCapture  capture;        /* an unknown element being kept */
  xmlNodePtr        *capture_into;   /* where it goes; NULL: it is a field's content */
  xmlNode            probe;          /* stands for the open element, for the parser */

  Content            content[LEVEL_FIELD + 1];
  GString           *pending;        /* text of the open root, section or item */
  xmlNodePtr         root_extra;
  char              *section_name;
  xmlNodePtr         section_extra;
  Kind              *section_kind;   /* NULL outside a section */

  TrellisItem       *item;
  Kind              *item_kind;
  const xmlChar     *item_name;
  long               item_line;
  gboolean           item_uuid_valid;
  gboolean          *seen;
  xmlNodePtr         item_extra;

  guint              field;          /* index in item_kind */
  long               field_line;
  GString           *text;
} Reader;

static void reader_clear (Reader *reader);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Reader, reader_clear)

static void add_problem (Reader     *reader,
                         long        line,
                         const char *format,
                         ...) G_GNUC_PRINTF (3, 4);

static void
add_problem (Reader     *reader,
             long        line,
             const char *format,
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

static long
current_line (Reader *reader)
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

static void
kind_init (Kind  *kind,
           GType  type)
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
kind_clear (Kind *kind)
{
  if (kind->klass == NULL)
    return;
  g_type_class_unref (kind->klass);
  g_free (kind->fields);
  g_free (kind->names);
  g_clear_pointer (&kind->items, g_ptr_array_unref);
}

/* Returns: the index of the field called @name, or -1.  The parser gives
 * every name once interned, so a field met before is found by address. */
static int
find_field (Kind          *kind,
            const xmlChar *name)
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

static Kind *
kind_for_section (Reader        *reader,
                  const xmlChar *uri,
                  const xmlChar *name)
{
  if (!is_ours (uri))
    return NULL;
  for (guint k = 0; k + 1 < reader->n_kinds; k++)
    if (g_strcmp0 (reader->kinds[k].section, (const char *) name) == 0)
      return &reader->kinds[k];
  return NULL;
}

static Kind *
header_kind (Reader *reader)
{
  return &reader->kinds[reader->n_kinds - 1];
}

static void
read_field (Reader     *reader,
            guint       index,
            const char *text,
            long        line)
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
current_extra (Reader *reader)
{
  switch (reader->level)
    {
    case LEVEL_ROOT:
      return &reader->root_extra;
    case LEVEL_SECTION:
      return &reader->section_extra;
    case LEVEL_ITEM:
      return &reader->item_extra;
    case LEVEL_DOCUMENT:
    case LEVEL_FIELD:
    default:
      g_assert_not_reached ();
    }
}

/* Text of a container is kept unless it is blank (indentation). */
static void
flush_pending (Reader *reader)
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
add_child (Reader *reader)
{
  Content *content = &reader->content[reader->level];

  flush_pending (reader);
  content->has_children = TRUE;
  content->last_is_text = FALSE;
}

static void
add_text_child (Content *content)
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
update_probe (Reader *reader)
{
  static xmlNode text_child = { .type = XML_TEXT_NODE };
  static xmlNode element_child = { .type = XML_ELEMENT_NODE };
  Content *content = &reader->content[reader->level];

  if (reader->capture.top != NULL)
    {
      reader->ctxt->node = reader->capture.current;
      return;
    }
  if (reader->skip > 0 || reader->level == LEVEL_DOCUMENT)
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
keep_element (Reader         *reader,
              xmlNodePtr     *into,
              const xmlChar  *name,
              const xmlChar  *prefix,
              const xmlChar  *uri,
              int             n_namespaces,
              const xmlChar **namespaces,
              int             n_attributes,
              const xmlChar **attributes)
{
  reader->capture_into = into;
  _trellis_xml_capture_start (&reader->capture, name, prefix, uri, n_namespaces, namespaces,
                              n_attributes, attributes);
}

/* A field's element holds more than text: keep it whole for its content. */
static void
capture_field (Reader *reader)
{
  const TrellisField *field = reader->item_kind->fields[reader->field];
  xmlNodePtr node = xmlNewNode (NULL, (const xmlChar *) field->pspec->name);

  if (reader->text->len > 0)
    xmlAddChild (node, xmlNewTextLen ((const xmlChar *) reader->text->str, (int) reader->text->len));
  reader->capture.top = reader->capture.current = node;
  reader->capture_into = NULL;
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
read_attributes (Reader         *reader,
                 int             n_attributes,
                 const xmlChar **attributes)
{
  for (int i = 0; i < n_attributes; i++)
    {
      const xmlChar **attr = &attributes[5 * i];
      g_autofree char *value = _trellis_xml_attribute_value (attr[3], attr[4]);
      int index = -1;

      if (attr[2] == NULL && strcmp ((const char *) attr[0], "uuid") == 0)
        continue;
      if (attr[2] == NULL)
        index = find_field (reader->item_kind, attr[0]);
      if (index < 0 || reader->item_kind->fields[index]->flags & TRELLIS_FIELD_ELEMENT)
        _trellis_xml_keep_attribute (&reader->item_extra, attr[0], attr[1], attr[2], value);
      else
        read_field (reader, index, value, reader->item_line);
    }
}

static void
start_item (Reader         *reader,
            Kind           *kind,
            const xmlChar  *name,
            int             n_attributes,
            const xmlChar **attributes)
{
  g_autofree char *uuid = find_uuid (n_attributes, attributes);
  long line = current_line (reader);

  if (uuid == NULL)
    add_problem (reader, line, _("<%s> has no “uuid” attribute"), name);
  else if (!g_uuid_string_is_valid (uuid))
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
  reader->content[LEVEL_ITEM] = (Content) { FALSE, FALSE, FALSE };
  reader->level = LEVEL_ITEM;
}

static void
end_item (Reader *reader)
{
  Kind *kind = reader->item_kind;
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
      reader->level = LEVEL_ROOT;
    }
  else
    {
      g_ptr_array_add (kind->items, item);
      reader->level = LEVEL_SECTION;
    }
}

/* A child element of an item: one of its fields, or something to keep. */
static void
start_in_item (Reader         *reader,
               const xmlChar  *name,
               const xmlChar  *prefix,
               const xmlChar  *uri,
               int             n_namespaces,
               const xmlChar **namespaces,
               int             n_attributes,
               const xmlChar **attributes)
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
      reader->content[LEVEL_FIELD] = (Content) { FALSE, FALSE, FALSE };
      reader->level = LEVEL_FIELD;
    }
}

static void
start_section (Reader         *reader,
               Kind           *kind,
               const xmlChar  *name,
               int             n_attributes,
               const xmlChar **attributes)
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
  reader->content[LEVEL_SECTION] = (Content) { FALSE, FALSE, FALSE };
  reader->level = LEVEL_SECTION;
}

static void
end_section (Reader *reader)
{
  if (reader->section_extra != NULL)
    g_hash_table_insert (reader->extras, g_steal_pointer (&reader->section_name),
                         g_steal_pointer (&reader->section_extra));
  g_clear_pointer (&reader->section_name, g_free);
  reader->section_kind = NULL;
  reader->level = LEVEL_ROOT;
}

/* One child of the root: the header, a section, or something to keep. */
static void
start_top_level (Reader         *reader,
                 const xmlChar  *name,
                 const xmlChar  *prefix,
                 const xmlChar  *uri,
                 int             n_namespaces,
                 const xmlChar **namespaces,
                 int             n_attributes,
                 const xmlChar **attributes)
{
  Kind *kind = kind_for_section (reader, uri, name);

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
start_in_section (Reader         *reader,
                  const xmlChar  *name,
                  const xmlChar  *prefix,
                  const xmlChar  *uri,
                  int             n_namespaces,
                  const xmlChar **namespaces,
                  int             n_attributes,
                  const xmlChar **attributes)
{
  Kind *kind = reader->section_kind;

  if (is_ours_named (uri, name, kind->element))
    start_item (reader, kind, name, n_attributes, attributes);
  else
    keep_element (reader, &reader->section_extra, name, prefix, uri, n_namespaces, namespaces,
                  n_attributes, attributes);
}

static gboolean
check_version (Reader         *reader,
               int             n_attributes,
               const xmlChar **attributes)
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
  if (parts == NULL || parts[1] == NULL ||
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
start_root (Reader         *reader,
            const xmlChar  *name,
            const xmlChar  *uri,
            int             n_namespaces,
            const xmlChar **namespaces,
            int             n_attributes,
            const xmlChar **attributes)
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
  reader->level = LEVEL_ROOT;
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
  Reader *reader = ((xmlParserCtxtPtr) ctx)->_private;

  if (reader->skip > 0)
    reader->skip++;
  else if (reader->capture.top != NULL)
    _trellis_xml_capture_start (&reader->capture, name, prefix, uri, n_namespaces, namespaces,
                                n_attributes, attributes);
  else if (reader->level == LEVEL_DOCUMENT)
    start_root (reader, name, uri, n_namespaces, namespaces, n_attributes, attributes);
  else if (reader->level == LEVEL_FIELD)
    {
      capture_field (reader);
      _trellis_xml_capture_start (&reader->capture, name, prefix, uri, n_namespaces, namespaces,
                                  n_attributes, attributes);
    }
  else
    {
      Level level = reader->level;

      add_child (reader);
      if (level == LEVEL_ROOT)
        start_top_level (reader, name, prefix, uri, n_namespaces, namespaces, n_attributes, attributes);
      else if (level == LEVEL_SECTION)
        start_in_section (reader, name, prefix, uri, n_namespaces, namespaces, n_attributes, attributes);
      else
        start_in_item (reader, name, prefix, uri, n_namespaces, namespaces, n_attributes, attributes);
    }
  update_probe (reader);
}

/* The end of an unknown element, or of a field held whole. */
static void
end_captured (Reader *reader)
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
      _trellis_xml_capture_clear (&reader->capture);
      reader->level = LEVEL_ITEM;
    }
}

static void
on_end_element (void          *ctx,
                const xmlChar *name,
                const xmlChar *prefix,
                const xmlChar *uri)
{
  Reader *reader = ((xmlParserCtxtPtr) ctx)->_private;

  if (reader->skip > 0)
    reader->skip--;
  else if (reader->capture.top != NULL)
    end_captured (reader);
  else
    switch (reader->level)
      {
      case LEVEL_FIELD:
        read_field (reader, reader->field, reader->text->str, reader->field_line);
        reader->level = LEVEL_ITEM;
        break;
      case LEVEL_ITEM:
        flush_pending (reader);
        end_item (reader);
        break;
      case LEVEL_SECTION:
        flush_pending (reader);
        end_section (reader);
        break;
      case LEVEL_ROOT:
        flush_pending (reader);
        reader->level = LEVEL_DOCUMENT;
        break;
      case LEVEL_DOCUMENT:
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
  Reader *reader = ((xmlParserCtxtPtr) ctx)->_private;

  if (reader->skip > 0 || reader->level == LEVEL_DOCUMENT)
    return;
  if (reader->capture.top != NULL)
    _trellis_xml_capture_text (&reader->capture, text, length);
  else
    {
      g_string_append_len (reader->level == LEVEL_FIELD ? reader->text : reader->pending,
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
keep_node (Reader     *reader,
           xmlNodePtr  node)
{
  if (reader->skip > 0 || reader->level == LEVEL_DOCUMENT)
    {
      xmlFreeNode (node);
      return;
    }
  if (reader->capture.top == NULL && reader->level == LEVEL_FIELD)
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

static void
check_reference (Reader             *reader,
                 TrellisItem        *item,
                 Kind               *kind,
                 const TrellisField *field,
                 const char         *uuid)
{
  TrellisItem *target = g_hash_table_lookup (reader->by_uuid, uuid);
  long line;

  if (target != NULL && (field->ref_type == G_TYPE_INVALID ||
                         G_TYPE_CHECK_INSTANCE_TYPE (target, field->ref_type)))
    return;

  line = GPOINTER_TO_INT (g_hash_table_lookup (reader->lines, item));
  if (target == NULL)
    /* translators: “owner” of <action> refers to 1234…, which is not in the file */
    add_problem (reader, line, _("“%s” of <%s> refers to %s, which is not in the file"),
                 field->pspec->name, kind->element, uuid);
  else
    add_problem (reader, line, _("“%s” of <%s> must refer to a <%s>, but %s is a <%s>"),
                 field->pspec->name, kind->element,
                 trellis_item_class_get_element_name (g_type_class_peek (field->ref_type)), uuid,
                 trellis_item_class_get_element_name (TRELLIS_ITEM_GET_CLASS (target)));
}

static void
check_references (Reader      *reader,
                  Kind        *kind,
                  TrellisItem *item)
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
build_project (Reader *reader)
{
  TrellisProject *project = _trellis_project_new_for_load (TRELLIS_HEADER (g_steal_pointer (&reader->header)));
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
finish_document (Reader *reader)
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
reader_init (Reader     *reader,
             const char *display_name)
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
reader_clear (Reader *reader)
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

/* SAX hook: a DOCTYPE is where entities (billion laughs, external files)
 * come from, and a project never needs one, so stop right there. */
static void
on_internal_subset_cb (void          *ctx,
                       const xmlChar *name,
                       const xmlChar *external_id,
                       const xmlChar *system_id)
{
  xmlParserCtxtPtr ctxt = ctx;
  Reader *reader = ctxt->_private;

  reader->doctype_line = ctxt->input != NULL ? ctxt->input->line : 1;
  xmlStopParser (ctxt);
}

static void
set_handlers (xmlSAXHandler *sax)
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

static gboolean
parse_xml (Reader      *reader,
           const char  *data,
           gsize        length,
           GError     **error)
{
  xmlParserCtxtPtr ctxt = xmlNewParserCtxt ();
  int options = XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_NOERROR |
                XML_PARSE_NOWARNING | XML_PARSE_NOCDATA;
  gboolean ok = FALSE;

  if (ctxt == NULL)
    g_error ("Out of memory");

  ctxt->_private = reader;
  reader->ctxt = ctxt;
  set_handlers (ctxt->sax);
  xmlCtxtReadMemory (ctxt, data, (int) length, reader->display_name, NULL, options);
  ctxt->node = NULL;

  if (reader->doctype_line > 0)
    g_set_error (error, TRELLIS_FILE_ERROR, TRELLIS_FILE_ERROR_FORBIDDEN,
                 _("%s:%d: a DOCTYPE or entity declaration is not allowed in a Trellis project "
                   "(refused for safety)"),
                 reader->display_name, reader->doctype_line);
  else if (!ctxt->wellFormed || reader->level != LEVEL_DOCUMENT || reader->root_line == 0)
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
set_problems_error (Reader  *reader,
                    GError **error)
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
  g_auto(Reader) reader = { NULL, };
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

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            NULL, error);
  if (info == NULL || !check_size (name, g_file_info_get_size (info), error))
    return NULL;

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, error))
    return NULL;

  return trellis_project_load_from_data (contents, length, name, error);
}
