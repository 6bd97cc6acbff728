/* trellis-project-file-private.h: what the reader and writer share
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a version does not know of a file (elements, attributes, comments
 * of a newer minor format or another namespace) is kept as an "extra"
 * node: a detached <extra> element whose attributes and children are
 * copies of the unknown attributes and nodes, as xmlDocCopyNode() would
 * make them, so that the writer can put them back where they were.
 */

#pragma once

#include <glib.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "trellis-item.h"

G_BEGIN_DECLS

void       _trellis_xml_copy_attribute (xmlNodePtr     node,
                                        xmlAttrPtr     attr);
xmlNodePtr _trellis_xml_ensure_extra   (xmlNodePtr    *extra);
void       _trellis_xml_keep_attribute (xmlNodePtr    *extra,
                                        const xmlChar *name,
                                        const xmlChar *prefix,
                                        const xmlChar *uri,
                                        const char    *value);

/* Builds a copy of an unknown subtree from parser events. */
typedef struct
{
  xmlNodePtr top;      /* the subtree being built, detached */
  xmlNodePtr current;  /* the element whose content comes next */
} TrellisXmlCapture;

void       _trellis_xml_capture_start  (TrellisXmlCapture  *capture,
                                        const xmlChar      *name,
                                        const xmlChar      *prefix,
                                        const xmlChar      *uri,
                                        int                 n_namespaces,
                                        const xmlChar     **namespaces,
                                        int                 n_attributes,
                                        const xmlChar     **attributes);
gboolean   _trellis_xml_capture_end    (TrellisXmlCapture  *capture);
void       _trellis_xml_capture_text   (TrellisXmlCapture  *capture,
                                        const xmlChar      *text,
                                        int                 length);
void       _trellis_xml_capture_node   (TrellisXmlCapture  *capture,
                                        xmlNodePtr          node);
void       _trellis_xml_capture_clear  (TrellisXmlCapture  *capture);

gboolean   _trellis_xml_has_element_child (xmlNodePtr  node);
xmlNodePtr _trellis_xml_find_kept_field   (xmlNodePtr  extra,
                                           const char *name);
char      *_trellis_xml_attribute_value (const xmlChar     *value,
                                         const xmlChar     *end);

/* Writing back what was kept, with libxml2's own serialiser. */
typedef struct _TrellisXmlScratch TrellisXmlScratch;

TrellisXmlScratch *_trellis_xml_scratch_new          (xmlNodePtr         root_extra);
void               _trellis_xml_scratch_free         (TrellisXmlScratch *scratch);
xmlNodePtr         _trellis_xml_scratch_element      (TrellisXmlScratch *scratch,
                                                      const char        *name);
void               _trellis_xml_scratch_add_extra    (TrellisXmlScratch *scratch,
                                                      xmlNodePtr         element,
                                                      xmlNodePtr         extra);
void       _trellis_xml_scratch_add_extra_except (TrellisXmlScratch *scratch,
                                                  xmlNodePtr         element,
                                                  xmlNodePtr         extra,
                                                  GPtrArray         *skip);
void               _trellis_xml_scratch_dump         (TrellisXmlScratch *scratch,
                                                      GString           *out,
                                                      xmlNodePtr         node,
                                                      int                level,
                                                      gboolean           format);
void               _trellis_xml_scratch_dump_start_tag (TrellisXmlScratch *scratch,
                                                        GString           *out,
                                                        xmlNodePtr         element);
xmlNodePtr         _trellis_xml_scratch_root         (TrellisXmlScratch *scratch);
void               _trellis_xml_scratch_drop         (TrellisXmlScratch *scratch,
                                                      xmlNodePtr         element);

gboolean           _trellis_xml_has_text_child       (xmlNodePtr         extra);

/* The reader (trellis-project-file.c and, for the parser's events,
 * trellis-project-file-stream.c) */

#define TRELLIS_FILE_MAX_KINDS 32

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
} TrellisFileKind;

/* What an open element holds so far, as the tree builder would have it:
 * libxml2 decides from that which blank text is only indentation. */
typedef struct
{
  gboolean has_children;
  gboolean first_is_text;
  gboolean last_is_text;
} TrellisFileContent;

typedef enum
{
  FILE_LEVEL_DOCUMENT,
  FILE_LEVEL_ROOT,
  FILE_LEVEL_SECTION,
  FILE_LEVEL_ITEM,
  FILE_LEVEL_FIELD,
} TrellisFileLevel;

typedef struct
{
  const char        *display_name;
  xmlParserCtxtPtr   ctxt;
  GPtrArray         *problems;       /* "name:line: problem" */
  GHashTable        *by_uuid;        /* UUID → TrellisItem, unowned */
  GHashTable        *lines;          /* TrellisItem → line */
  int                doctype_line;
  guint              n_dropped;      /* problems past the fiftieth */
  long               first_dropped_line;
  GError            *error;          /* the file is refused as a whole */
  long               root_line;

  TrellisFileKind    kinds[TRELLIS_FILE_MAX_KINDS];
                                     /* trellis_project_get_item_types(), then the header */
  guint              n_kinds;
  TrellisItem       *header;
  GHashTable        *extras;         /* section name ("" for the root) → xmlNodePtr */

  TrellisFileLevel   level;
  guint              skip;           /* depth inside an element that is not read */
  TrellisXmlCapture  capture;        /* an unknown element being kept */
  xmlNodePtr        *capture_into;   /* where it goes; NULL: it is a field's content */
  xmlNode            probe;          /* stands for the open element, for the parser */

  TrellisFileContent content[FILE_LEVEL_FIELD + 1];
  GString           *pending;        /* text of the open root, section or item */
  xmlNodePtr         root_extra;
  char              *section_name;
  xmlNodePtr         section_extra;
  TrellisFileKind   *section_kind;   /* NULL outside a section */

  TrellisItem       *item;
  TrellisFileKind   *item_kind;
  const xmlChar     *item_name;
  long               item_line;
  gboolean           item_uuid_valid;
  gboolean          *seen;
  xmlNodePtr         item_extra;

  guint              field;          /* index in item_kind */
  long               field_line;
  GString           *text;
} TrellisFileReader;

void _trellis_file_reader_add_problem  (TrellisFileReader *reader,
                                        long               line,
                                        const char        *format,
                                        ...) G_GNUC_PRINTF (3, 4);
void _trellis_file_reader_set_handlers (xmlSAXHandler     *sax);

G_END_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrellisXmlScratch, _trellis_xml_scratch_free)
