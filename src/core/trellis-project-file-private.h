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
#include <libxml/tree.h>

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

G_END_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrellisXmlScratch, _trellis_xml_scratch_free)
