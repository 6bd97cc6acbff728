/* trellis-project-file-keep.c: keeping unknown XML and writing it back
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reader streams the file and builds no document, so what it does not
 * understand is copied here from the parser's events into detached nodes,
 * the same nodes xmlDocCopyNode() made when the reader walked a document
 * tree: a namespace declared outside the copy is declared again on the
 * copy's top element.  The writer puts them back through a small scratch
 * document whose root declares what the file's root declares, and prints
 * them with libxml2's serialiser, so they come out as they always did.
 */

#define G_LOG_DOMAIN "trellis-project-file"

#include "config.h"

#include <string.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlsave.h>

#include "trellis-project-file.h"
#include "trellis-project-file-private.h"

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

xmlNodePtr
_trellis_xml_ensure_extra (xmlNodePtr *extra)
{
  if (*extra == NULL)
    *extra = xmlNewNode (NULL, (const xmlChar *) "extra");
  return *extra;
}

static xmlNodePtr
top_of (xmlNodePtr node)
{
  while (node->parent != NULL)
    node = node->parent;
  return node;
}

/* The namespace @prefix:@uri as seen from @node, declared on the top of
 * its tree when nothing in the tree declares it (as xmlDocCopyNode() and
 * xmlCopyProp() do: the copy's top then declares what was outside it). */
static xmlNsPtr
find_ns (xmlNodePtr     node,
         const xmlChar *prefix,
         const xmlChar *uri)
{
  xmlNsPtr ns = xmlSearchNs (NULL, node, prefix);

  return ns != NULL ? ns : xmlNewNs (top_of (node), uri, prefix);
}

static void
add_attribute (xmlNodePtr     node,
               const xmlChar *name,
               const xmlChar *prefix,
               const xmlChar *uri,
               const char    *value)
{
  xmlAttrPtr attr = xmlNewNsProp (NULL, NULL, name, (const xmlChar *) value);

  if (uri != NULL)
    attr->ns = find_ns (node, prefix, uri);
  xmlAddChild (node, (xmlNodePtr) attr);
}

/* Keeps an attribute this version does not understand. */
void
_trellis_xml_keep_attribute (xmlNodePtr    *extra,
                             const xmlChar *name,
                             const xmlChar *prefix,
                             const xmlChar *uri,
                             const char    *value)
{
  add_attribute (_trellis_xml_ensure_extra (extra), name, prefix, uri, value);
}

/**
 * _trellis_xml_attribute_value:
 *
 * The parser leaves a “&” of an attribute value as “&#38;” for the tree
 * builder to decode; this decodes it.
 *
 * Returns: (transfer full): the value from @value to @end
 */
char *
_trellis_xml_attribute_value (const xmlChar *value,
                              const xmlChar *end)
{
  gsize length = end - value;
  char *text = g_strndup ((const char *) value, length);
  char *out = text;

  if (memchr (text, '&', length) == NULL)
    return text;
  for (const char *in = text; *in != '\0'; )
    if (g_str_has_prefix (in, "&#38;"))
      {
        *out++ = '&';
        in += 5;
      }
    else
      *out++ = *in++;
  *out = '\0';
  return text;
}

/**
 * _trellis_xml_capture_start:
 * @n_namespaces: pairs of prefix and URI in @namespaces
 * @n_attributes: groups of five (name, prefix, URI, value, end) in @attributes
 *
 * Starts an element of the captured subtree (its top if none is open).
 */
void
_trellis_xml_capture_start (TrellisXmlCapture  *capture,
                            const xmlChar      *name,
                            const xmlChar      *prefix,
                            const xmlChar      *uri,
                            int                 n_namespaces,
                            const xmlChar     **namespaces,
                            int                 n_attributes,
                            const xmlChar     **attributes)
{
  xmlNodePtr node = xmlNewNode (NULL, name);

  if (capture->current != NULL)
    xmlAddChild (capture->current, node);
  else
    capture->top = node;
  capture->current = node;

  for (int i = 0; i < n_namespaces; i++)
    xmlNewNs (node, namespaces[2 * i + 1], namespaces[2 * i]);
  if (uri != NULL)
    xmlSetNs (node, find_ns (node, prefix, uri));

  for (int i = 0; i < n_attributes; i++)
    {
      const xmlChar **attr = &attributes[5 * i];
      g_autofree char *value = _trellis_xml_attribute_value (attr[3], attr[4]);

      add_attribute (node, attr[0], attr[1], attr[2], value);
    }
}

/* Returns: %TRUE when the top of the subtree has ended */
gboolean
_trellis_xml_capture_end (TrellisXmlCapture *capture)
{
  capture->current = capture->current->parent;
  return capture->current == NULL;
}

void
_trellis_xml_capture_text (TrellisXmlCapture *capture,
                           const xmlChar     *text,
                           int                length)
{
  xmlNodePtr last = capture->current->last;

  if (last != NULL && last->type == XML_TEXT_NODE && last->name == xmlStringText)
    xmlNodeAddContentLen (last, text, length);
  else
    xmlAddChild (capture->current, xmlNewTextLen (text, length));
}

/* Adds a comment or processing instruction. */
void
_trellis_xml_capture_node (TrellisXmlCapture *capture,
                           xmlNodePtr         node)
{
  xmlAddChild (capture->current, node);
}

void
_trellis_xml_capture_clear (TrellisXmlCapture *capture)
{
  g_clear_pointer (&capture->top, xmlFreeNode);
  capture->current = NULL;
}

gboolean
_trellis_xml_has_element_child (xmlNodePtr node)
{
  for (xmlNodePtr child = node->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE)
      return TRUE;
  return FALSE;
}

/* A text field kept whole for its markup: an element of @extra without a
 * namespace (unknown elements keep theirs), named @name. */
xmlNodePtr
_trellis_xml_find_kept_field (xmlNodePtr  extra,
                              const char *name)
{
  for (xmlNodePtr child = extra != NULL ? extra->children : NULL; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE && child->ns == NULL &&
        g_strcmp0 ((const char *) child->name, name) == 0)
      return child;
  return NULL;
}

gboolean
_trellis_xml_has_text_child (xmlNodePtr extra)
{
  if (extra == NULL)
    return FALSE;
  for (xmlNodePtr child = extra->children; child != NULL; child = child->next)
    if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE ||
        child->type == XML_ENTITY_REF_NODE)
      return TRUE;
  return FALSE;
}

/* Writing back */

struct _TrellisXmlScratch
{
  xmlDocPtr  doc;
  xmlNodePtr root;
};

/**
 * _trellis_xml_scratch_new:
 * @root_extra: (nullable): what the root kept
 *
 * A document with the root a project file gets: the Trellis namespace
 * and the root's other declarations.  Attributes copied onto its elements
 * may declare more namespaces on it, as they did on the saved document.
 */
TrellisXmlScratch *
_trellis_xml_scratch_new (xmlNodePtr root_extra)
{
  TrellisXmlScratch *scratch = g_new0 (TrellisXmlScratch, 1);
  xmlNsPtr ns;

  scratch->doc = xmlNewDoc ((const xmlChar *) "1.0");
  /* As while a document is saved: attribute text stays UTF-8. */
  scratch->doc->encoding = xmlStrdup ((const xmlChar *) "UTF-8");
  scratch->root = xmlNewNode (NULL, (const xmlChar *) "trellis");
  ns = xmlNewNs (scratch->root, (const xmlChar *) TRELLIS_FILE_NAMESPACE, NULL);
  xmlSetNs (scratch->root, ns);
  xmlDocSetRootElement (scratch->doc, scratch->root);
  if (root_extra != NULL)
    for (xmlNsPtr other = root_extra->nsDef; other != NULL; other = other->next)
      xmlNewNs (scratch->root, other->href, other->prefix);
  xmlNewProp (scratch->root, (const xmlChar *) "format-version",
              (const xmlChar *) TRELLIS_FILE_FORMAT_VERSION);

  return scratch;
}

void
_trellis_xml_scratch_free (TrellisXmlScratch *scratch)
{
  xmlFreeDoc (scratch->doc);
  g_free (scratch);
}

xmlNodePtr
_trellis_xml_scratch_root (TrellisXmlScratch *scratch)
{
  return scratch->root;
}

/* A new element of the Trellis namespace under the scratch root. */
xmlNodePtr
_trellis_xml_scratch_element (TrellisXmlScratch *scratch,
                              const char        *name)
{
  return xmlNewChild (scratch->root, scratch->root->ns, (const xmlChar *) name, NULL);
}

void
_trellis_xml_scratch_drop (TrellisXmlScratch *scratch,
                           xmlNodePtr         element)
{
  xmlUnlinkNode (element);
  xmlFreeNode (element);
}

/* A copied node may declare again a namespace its new parent already has
 * in scope; point its subtree at the parent's declaration and drop the
 * duplicate, so unknown elements read back exactly as they were. */
static void
replace_ns (xmlNodePtr node,
            xmlNsPtr   from,
            xmlNsPtr   to)
{
  if (node->type != XML_ELEMENT_NODE)
    return;
  if (node->ns == from)
    node->ns = to;
  for (xmlAttrPtr attr = node->properties; attr != NULL; attr = attr->next)
    if (attr->ns == from)
      attr->ns = to;
  for (xmlNodePtr child = node->children; child != NULL; child = child->next)
    replace_ns (child, from, to);
}

static void
drop_redundant_ns (xmlDocPtr  doc,
                   xmlNodePtr parent,
                   xmlNodePtr node)
{
  xmlNsPtr *link = &node->nsDef;

  while (*link != NULL)
    {
      xmlNsPtr ns = *link;
      xmlNsPtr outer = xmlSearchNs (doc, parent, ns->prefix);

      if (outer != NULL && xmlStrEqual (outer->href, ns->href))
        {
          replace_ns (node, ns, outer);
          *link = ns->next;
          ns->next = NULL;
          xmlFreeNs (ns);
        }
      else
        link = &ns->next;
    }
}

/* Puts the kept attributes and children of @extra on @element. */
void
_trellis_xml_scratch_add_extra (TrellisXmlScratch *scratch,
                                xmlNodePtr         element,
                                xmlNodePtr         extra)
{
  _trellis_xml_scratch_add_extra_except (scratch, element, extra, NULL);
}

/* As _trellis_xml_scratch_add_extra (), leaving out the children in @skip. */
void
_trellis_xml_scratch_add_extra_except (TrellisXmlScratch *scratch,
                                       xmlNodePtr         element,
                                       xmlNodePtr         extra,
                                       GPtrArray         *skip)
{
  if (extra == NULL)
    return;

  for (xmlAttrPtr attr = extra->properties; attr != NULL; attr = attr->next)
    _trellis_xml_copy_attribute (element, attr);
  for (xmlNodePtr child = extra->children; child != NULL; child = child->next)
    {
      xmlNodePtr copy;
      guint index;

      if (skip != NULL && g_ptr_array_find (skip, child, &index))
        continue;
      copy = xmlDocCopyNode (child, scratch->doc, 1);
      xmlAddChild (element, copy);
      if (copy->type == XML_ELEMENT_NODE)
        drop_redundant_ns (scratch->doc, element, copy);
    }
}

static int
append_to_string (void       *context,
                  const char *buffer,
                  int         length)
{
  g_string_append_len (context, buffer, length);
  return length;
}

/* Appends @node as libxml2 prints it at @level of a saved document. */
void
_trellis_xml_scratch_dump (TrellisXmlScratch *scratch,
                           GString           *out,
                           xmlNodePtr         node,
                           int                level,
                           gboolean           format)
{
  xmlOutputBufferPtr buffer = xmlOutputBufferCreateIO (append_to_string, NULL, out, NULL);

  xmlNodeDumpOutput (buffer, scratch->doc, node, level, format ? 1 : 0, "UTF-8");
  xmlOutputBufferClose (buffer);
}

/* Appends the start tag of @element (its namespaces and attributes). */
void
_trellis_xml_scratch_dump_start_tag (TrellisXmlScratch *scratch,
                                     GString           *out,
                                     xmlNodePtr         element)
{
  xmlNodePtr children = element->children;
  xmlNodePtr last = element->last;

  element->children = element->last = NULL;
  _trellis_xml_scratch_dump (scratch, out, element, 0, FALSE);
  element->children = children;
  element->last = last;

  /* An element without children prints as <name …/> */
  g_assert (g_str_has_suffix (out->str, "/>"));
  g_string_truncate (out, out->len - 2);
  g_string_append_c (out, '>');
}
