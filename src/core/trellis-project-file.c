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
 */

#define G_LOG_DOMAIN "trellis-project-file"

#include "config.h"

#include <glib/gi18n.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "trellis.h"
#include "trellis-field-value.h"
#include "trellis-item-private.h"
#include "trellis-project-file.h"
#include "trellis-project-file-private.h"
#include "trellis-project-private.h"

#define MAX_PROBLEMS 50

G_DEFINE_QUARK (trellis-file-error-quark, trellis_file_error)

typedef struct
{
  const char  *display_name;
  GPtrArray   *problems;         /* "name:line: problem" */
  GHashTable  *by_uuid;          /* UUID → TrellisItem, unowned */
  GHashTable  *lines;            /* TrellisItem → line */
  int          doctype_line;
  guint        n_dropped;          /* problems past MAX_PROBLEMS */
  long         first_dropped_line;

  TrellisItem *header;
  GPtrArray   *collections[32];  /* in the order of trellis_project_get_item_types() */
  GHashTable  *extras;           /* section name ("" for the root) → xmlNodePtr */
  xmlNodePtr   root_extra;
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

static gboolean
is_ours (xmlNodePtr node)
{
  return node->type == XML_ELEMENT_NODE && node->ns != NULL &&
         g_strcmp0 ((const char *) node->ns->href, TRELLIS_FILE_NAMESPACE) == 0;
}

static gboolean
is_ours_named (xmlNodePtr  node,
               const char *name)
{
  return is_ours (node) && g_strcmp0 ((const char *) node->name, name) == 0;
}

static xmlNodePtr
ensure_extra (xmlNodePtr *extra)
{
  if (*extra == NULL)
    *extra = xmlNewNode (NULL, (const xmlChar *) "extra");
  return *extra;
}

/* Keeps a node this version does not understand, to write it back. */
static void
keep_unknown_child (xmlNodePtr *extra,
                    xmlNodePtr  node)
{
  xmlAddChild (ensure_extra (extra), xmlDocCopyNode (node, NULL, 1));
}

/* Copies @attr onto @node.  xmlCopyProp() does not link the copy, and
 * xmlAddChild() skips a node whose parent is already set, so clear it. */
void
_trellis_xml_copy_attribute (xmlNodePtr node,
                             xmlAttrPtr attr)
{
  xmlAttrPtr copy = xmlCopyProp (node, attr);

  copy->parent = NULL;
  xmlAddChild (node, (xmlNodePtr) copy);
}

static void
keep_unknown_attribute (xmlNodePtr *extra,
                        xmlAttrPtr  attr)
{
  _trellis_xml_copy_attribute (ensure_extra (extra), attr);
}

static char *
node_text (xmlNodePtr node)
{
  xmlChar *content = xmlNodeGetContent (node);
  char *text = g_strdup ((const char *) content);

  xmlFree (content);
  return text;
}

static void
read_field (Reader             *reader,
            TrellisItem        *item,
            const TrellisField *field,
            guint               index,
            const char         *text,
            long                line)
{
  g_autofree char *problem = NULL;
  GValue *slot = _trellis_item_get_slot (item, index);

  if (!_trellis_field_from_string (field, text, slot, &problem))
    /* translators: the first %s is a field such as “votes”, the second an element
     * such as <swot-item>, the third what is wrong, the fourth the value found */
    add_problem (reader, line, _("“%s” of <%s> %s, not “%s”"),
                 field->pspec->name, trellis_item_class_get_element_name (TRELLIS_ITEM_GET_CLASS (item)),
                 problem, text);
}

static void
read_attributes (Reader      *reader,
                 TrellisItem *item,
                 xmlNodePtr   node,
                 guint       *seen,
                 xmlNodePtr  *extra)
{
  TrellisItemClass *klass = TRELLIS_ITEM_GET_CLASS (item);
  long line = xmlGetLineNo (node);

  for (xmlAttrPtr attr = node->properties; attr != NULL; attr = attr->next)
    {
      const char *name = (const char *) attr->name;
      const TrellisField *field = NULL;
      g_autofree char *text = NULL;

      if (attr->ns == NULL && g_str_equal (name, "uuid"))
        continue;
      if (attr->ns == NULL)
        field = trellis_item_class_find_field (klass, name);
      if (field == NULL || field->flags & TRELLIS_FIELD_ELEMENT)
        {
          keep_unknown_attribute (extra, attr);
          continue;
        }

      text = node_text ((xmlNodePtr) attr);
      for (guint i = 0; i < trellis_item_class_get_n_fields (klass); i++)
        if (trellis_item_class_get_field (klass, i) == field)
          {
            read_field (reader, item, field, i, text, line);
            seen[i] = TRUE;
          }
    }
}

static void
read_elements (Reader      *reader,
               TrellisItem *item,
               xmlNodePtr   node,
               guint       *seen,
               xmlNodePtr  *extra)
{
  TrellisItemClass *klass = TRELLIS_ITEM_GET_CLASS (item);

  for (xmlNodePtr child = node->children; child != NULL; child = child->next)
    {
      const TrellisField *field = NULL;
      guint i;

      if (child->type == XML_TEXT_NODE && xmlIsBlankNode (child))
        continue;
      if (is_ours (child))
        field = trellis_item_class_find_field (klass, (const char *) child->name);
      if (field == NULL || !(field->flags & TRELLIS_FIELD_ELEMENT))
        {
          keep_unknown_child (extra, child);
          continue;
        }

      for (i = 0; trellis_item_class_get_field (klass, i) != field; i++)
        ;
      if (seen[i])
        add_problem (reader, xmlGetLineNo (child), _("<%s> appears twice in <%s>"),
                     child->name, node->name);
      else
        {
          g_autofree char *text = node_text (child);
          read_field (reader, item, field, i, text, xmlGetLineNo (child));
          seen[i] = TRUE;
        }
    }
}

static TrellisItem *
read_item (Reader     *reader,
           GType       type,
           xmlNodePtr  node)
{
  g_autoptr(TrellisItem) item = NULL;
  g_autofree guint *seen = NULL;
  g_autofree char *uuid = NULL;
  TrellisItemClass *klass;
  xmlNodePtr extra = NULL;
  TrellisItem *previous;
  long line = xmlGetLineNo (node);

  uuid = (char *) xmlGetNoNsProp (node, (const xmlChar *) "uuid");
  if (uuid == NULL || !g_uuid_string_is_valid (uuid))
    {
      if (uuid == NULL)
        add_problem (reader, line, _("<%s> has no “uuid” attribute"), node->name);
      else
        add_problem (reader, line, _("“uuid” of <%s> must be a UUID, not “%s”"), node->name, uuid);
      g_clear_pointer (&uuid, xmlFree);
    }

  item = g_object_new (type, "uuid", uuid, NULL);
  klass = TRELLIS_ITEM_GET_CLASS (item);
  seen = g_new0 (guint, trellis_item_class_get_n_fields (klass) + 1);

  read_attributes (reader, item, node, seen, &extra);
  read_elements (reader, item, node, seen, &extra);
  _trellis_item_take_extra (item, extra);

  for (guint i = 0; i < trellis_item_class_get_n_fields (klass); i++)
    {
      const TrellisField *field = trellis_item_class_get_field (klass, i);

      if (field->flags & TRELLIS_FIELD_REQUIRED && !seen[i])
        add_problem (reader, line, _("<%s> needs a “%s”"), node->name, field->pspec->name);
    }

  previous = g_hash_table_lookup (reader->by_uuid, trellis_item_get_uuid (item));
  if (uuid != NULL && previous != NULL)
    add_problem (reader, line, _("the UUID %s is used twice (first on line %d)"), uuid,
                 GPOINTER_TO_INT (g_hash_table_lookup (reader->lines, previous)));
  else
    g_hash_table_insert (reader->by_uuid, (gpointer) trellis_item_get_uuid (item), item);
  g_hash_table_insert (reader->lines, item, GINT_TO_POINTER ((int) line));

  return g_steal_pointer (&item);
}

static void
check_reference (Reader             *reader,
                 TrellisItem        *item,
                 const TrellisField *field,
                 const char         *uuid)
{
  TrellisItem *target = g_hash_table_lookup (reader->by_uuid, uuid);
  long line = GPOINTER_TO_INT (g_hash_table_lookup (reader->lines, item));
  const char *element = trellis_item_class_get_element_name (TRELLIS_ITEM_GET_CLASS (item));

  if (target == NULL)
    /* translators: “owner” of <action> refers to 1234…, which is not in the file */
    add_problem (reader, line, _("“%s” of <%s> refers to %s, which is not in the file"),
                 field->pspec->name, element, uuid);
  else if (field->ref_type != G_TYPE_INVALID && !G_TYPE_CHECK_INSTANCE_TYPE (target, field->ref_type))
    add_problem (reader, line, _("“%s” of <%s> must refer to a <%s>, but %s is a <%s>"),
                 field->pspec->name, element,
                 trellis_item_class_get_element_name (g_type_class_peek (field->ref_type)), uuid,
                 trellis_item_class_get_element_name (TRELLIS_ITEM_GET_CLASS (target)));
}

static void
check_references (Reader      *reader,
                  TrellisItem *item)
{
  TrellisItemClass *klass = TRELLIS_ITEM_GET_CLASS (item);

  for (guint i = 0; i < trellis_item_class_get_n_fields (klass); i++)
    {
      const TrellisField *field = trellis_item_class_get_field (klass, i);
      const GValue *value = _trellis_item_get_slot (item, i);

      if (field->flags & TRELLIS_FIELD_WEAK)
        continue;
      if (field->flags & TRELLIS_FIELD_REF && g_value_get_string (value) != NULL)
        check_reference (reader, item, field, g_value_get_string (value));
      else if (field->flags & TRELLIS_FIELD_REFLIST && g_value_get_boxed (value) != NULL)
        for (const char * const *ref = g_value_get_boxed (value); *ref != NULL; ref++)
          check_reference (reader, item, field, *ref);
    }
}

static GType
type_for_section (xmlNodePtr node)
{
  const GType *types = trellis_project_get_item_types (NULL);

  if (!is_ours (node))
    return G_TYPE_INVALID;
  for (guint i = 0; types[i] != G_TYPE_INVALID; i++)
    if (g_strcmp0 (trellis_item_class_get_section_name (g_type_class_peek (types[i])),
                   (const char *) node->name) == 0)
      return types[i];

  return G_TYPE_INVALID;
}

static void
read_section (Reader     *reader,
              GType       type,
              xmlNodePtr  section,
              GPtrArray  *items,
              xmlNodePtr *extra)
{
  const char *element = trellis_item_class_get_element_name (g_type_class_peek (type));

  for (xmlAttrPtr attr = section->properties; attr != NULL; attr = attr->next)
    keep_unknown_attribute (extra, attr);

  for (xmlNodePtr child = section->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE && xmlIsBlankNode (child))
        continue;
      if (is_ours_named (child, element))
        g_ptr_array_add (items, read_item (reader, type, child));
      else
        keep_unknown_child (extra, child);
    }
}

static gboolean
check_version (Reader     *reader,
               xmlNodePtr  root,
               GError    **error)
{
  g_autofree char *version = (char *) xmlGetNoNsProp (root, (const xmlChar *) "format-version");
  guint64 major = 0;
  g_auto(GStrv) parts = NULL;

  if (version != NULL)
    parts = g_strsplit (version, ".", 2);
  if (parts == NULL || parts[1] == NULL ||
      !g_ascii_string_to_unsigned (parts[0], 10, 1, G_MAXUINT16, &major, NULL) ||
      !g_ascii_string_to_unsigned (parts[1], 10, 0, G_MAXUINT16, NULL, NULL))
    {
      g_set_error (error, TRELLIS_FILE_ERROR, TRELLIS_FILE_ERROR_INVALID,
                   _("%s:%ld: the root element needs a “format-version” such as “%s”"),
                   reader->display_name, xmlGetLineNo (root), TRELLIS_FILE_FORMAT_VERSION);
      return FALSE;
    }

  if (major > 1)
    {
      g_set_error (error, TRELLIS_FILE_ERROR, TRELLIS_FILE_ERROR_NEWER_VERSION,
                   _("%s:%ld: this project was saved by a newer version of Trellis (file format "
                     "%s); this version reads format 1.x. Update Trellis to open it."),
                   reader->display_name, xmlGetLineNo (root), version);
      return FALSE;
    }

  return TRUE;
}

static void
keep_root_extras (xmlNodePtr  root,
                  xmlNodePtr *extra)
{
  for (xmlNsPtr ns = root->nsDef; ns != NULL; ns = ns->next)
    if (g_strcmp0 ((const char *) ns->href, TRELLIS_FILE_NAMESPACE) != 0)
      xmlNewNs (ensure_extra (extra), ns->href, ns->prefix);

  for (xmlAttrPtr attr = root->properties; attr != NULL; attr = attr->next)
    if (attr->ns != NULL || !g_str_equal ((const char *) attr->name, "format-version"))
      keep_unknown_attribute (extra, attr);
}

static TrellisProject *
build_project (Reader *reader)
{
  const GType *types = trellis_project_get_item_types (NULL);
  TrellisProject *project = _trellis_project_new_for_load (g_object_ref (TRELLIS_HEADER (reader->header)));
  GHashTableIter iter;
  gpointer key, value;

  for (guint t = 0; types[t] != G_TYPE_INVALID; t++)
    _trellis_project_take_loaded (project, types[t], g_steal_pointer (&reader->collections[t]));

  g_hash_table_iter_init (&iter, reader->extras);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      _trellis_project_take_extra (project, key, value);
      g_hash_table_iter_steal (&iter);
      g_free (key);
    }

  return project;
}

static guint
index_of_type (GType type)
{
  const GType *types = trellis_project_get_item_types (NULL);
  guint t;

  for (t = 0; types[t] != type; t++)
    ;
  return t;
}

/* One child of the root: the header, a section, or something to keep. */
static void
read_top_level (Reader     *reader,
                xmlNodePtr  node)
{
  GType type = type_for_section (node);

  if (node->type == XML_TEXT_NODE && xmlIsBlankNode (node))
    return;

  if (is_ours_named (node, "header") && reader->header == NULL)
    reader->header = read_item (reader, TRELLIS_TYPE_HEADER, node);
  else if (is_ours_named (node, "header"))
    add_problem (reader, xmlGetLineNo (node), _("a project has only one <header>"));
  else if (type != G_TYPE_INVALID)
    {
      const char *section = (const char *) node->name;
      xmlNodePtr extra = g_hash_table_lookup (reader->extras, section);

      read_section (reader, type, node, reader->collections[index_of_type (type)], &extra);
      if (extra != NULL)
        {
          g_hash_table_steal (reader->extras, section);
          g_hash_table_insert (reader->extras, g_strdup (section), extra);
        }
    }
  else
    keep_unknown_child (&reader->root_extra, node);
}

static TrellisProject *
read_document (Reader     *reader,
               xmlNodePtr  root,
               GError    **error)
{
  guint n_types;

  trellis_project_get_item_types (&n_types);
  g_assert (n_types < G_N_ELEMENTS (reader->collections));
  for (guint t = 0; t < n_types; t++)
    reader->collections[t] = g_ptr_array_new_with_free_func (g_object_unref);

  if (!check_version (reader, root, error))
    return NULL;

  keep_root_extras (root, &reader->root_extra);
  for (xmlNodePtr node = root->children; node != NULL; node = node->next)
    read_top_level (reader, node);
  if (reader->root_extra != NULL)
    g_hash_table_insert (reader->extras, g_strdup (""), g_steal_pointer (&reader->root_extra));

  if (reader->header == NULL)
    add_problem (reader, xmlGetLineNo (root), _("the project has no <header>"));

  for (guint t = 0; t < n_types; t++)
    for (guint i = 0; i < reader->collections[t]->len; i++)
      check_references (reader, g_ptr_array_index (reader->collections[t], i));

  if (reader->problems->len > 0)
    return NULL;

  return build_project (reader);
}

static void
reader_clear (Reader *reader)
{
  for (guint t = 0; t < G_N_ELEMENTS (reader->collections); t++)
    g_clear_pointer (&reader->collections[t], g_ptr_array_unref);
  g_clear_object (&reader->header);
  g_clear_pointer (&reader->root_extra, xmlFreeNode);
  g_clear_pointer (&reader->extras, g_hash_table_unref);
  g_clear_pointer (&reader->problems, g_ptr_array_unref);
  g_clear_pointer (&reader->by_uuid, g_hash_table_unref);
  g_clear_pointer (&reader->lines, g_hash_table_unref);
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

static xmlDocPtr
parse_xml (Reader      *reader,
           const char  *data,
           gsize        length,
           GError     **error)
{
  xmlParserCtxtPtr ctxt = xmlNewParserCtxt ();
  xmlDocPtr doc;
  int options = XML_PARSE_NONET | XML_PARSE_NOBLANKS | XML_PARSE_BIG_LINES |
                XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA;

  if (ctxt == NULL)
    g_error ("Out of memory");

  ctxt->_private = reader;
  ctxt->sax->internalSubset = on_internal_subset_cb;
  doc = xmlCtxtReadMemory (ctxt, data, (int) length, reader->display_name, NULL, options);

  if (reader->doctype_line > 0)
    {
      g_set_error (error, TRELLIS_FILE_ERROR, TRELLIS_FILE_ERROR_FORBIDDEN,
                   _("%s:%d: a DOCTYPE or entity declaration is not allowed in a Trellis project "
                     "(refused for safety)"),
                   reader->display_name, reader->doctype_line);
      g_clear_pointer (&doc, xmlFreeDoc);
    }
  else if (doc == NULL || !ctxt->wellFormed)
    {
      const xmlError *xml_error = xmlCtxtGetLastError (ctxt);
      g_autofree char *message = g_strdup (xml_error != NULL && xml_error->message != NULL
                                           ? xml_error->message : _("unknown error"));

      g_set_error (error, TRELLIS_FILE_ERROR, TRELLIS_FILE_ERROR_NOT_WELL_FORMED,
                   _("%s:%d: the file is not well-formed XML: %s"),
                   reader->display_name, xml_error != NULL ? xml_error->line : 1,
                   g_strstrip (g_strdelimit (message, "\n", ' ')));
      g_clear_pointer (&doc, xmlFreeDoc);
    }

  xmlFreeParserCtxt (ctxt);
  return doc;
}

static gboolean
check_root (Reader      *reader,
            xmlNodePtr   root,
            GError     **error)
{
  if (root != NULL && is_ours_named (root, "trellis"))
    return TRUE;

  g_set_error (error, TRELLIS_FILE_ERROR, TRELLIS_FILE_ERROR_NOT_A_PROJECT,
               _("%s:%ld: this is XML, but not a Trellis project (the root element is <%s>, "
                 "expected <trellis> in the namespace %s)"),
               reader->display_name, root != NULL ? xmlGetLineNo (root) : 1L,
               root != NULL ? (const char *) root->name : "", TRELLIS_FILE_NAMESPACE);
  return FALSE;
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
  g_auto(Reader) reader = { .display_name = display_name };
  TrellisProject *project = NULL;
  xmlDocPtr doc;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  if (!check_size (display_name, length, error))
    return NULL;

  reader.problems = g_ptr_array_new_with_free_func (g_free);
  reader.by_uuid = g_hash_table_new (g_str_hash, g_str_equal);
  reader.lines = g_hash_table_new (NULL, NULL);
  reader.extras = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) xmlFreeNode);
  if (length > G_MAXINT || !(doc = parse_xml (&reader, data, length, error)))
    return NULL;

  if (check_root (&reader, xmlDocGetRootElement (doc), error))
    project = read_document (&reader, xmlDocGetRootElement (doc), error);
  xmlFreeDoc (doc);

  if (project == NULL && reader.problems->len > 0)
    {
      g_autofree char *message = NULL;

      if (reader.n_dropped > 0)
        g_ptr_array_add (reader.problems,
                         g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                       "%s:%ld: and %u more problem from here on",
                                                       "%s:%ld: and %u more problems from here on",
                                                       reader.n_dropped),
                                          display_name, reader.first_dropped_line, reader.n_dropped));
      g_ptr_array_add (reader.problems, NULL);
      message = g_strjoinv ("\n", (char **) reader.problems->pdata);
      g_set_error_literal (error, TRELLIS_FILE_ERROR, TRELLIS_FILE_ERROR_INVALID, message);
    }

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
