/* trellis-project-file-private.h: what the reader and writer share
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libxml/tree.h>

void _trellis_xml_copy_attribute (xmlNodePtr node,
                                  xmlAttrPtr attr);
