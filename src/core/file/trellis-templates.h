/* trellis-templates.h: new projects from templates
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-project.h"

G_BEGIN_DECLS

/**
 * TrellisTemplate:
 * @TRELLIS_TEMPLATE_BLANK: nothing but the header
 * @TRELLIS_TEMPLATE_GUIDED: the key questions of the initiation stage, unanswered
 * @TRELLIS_TEMPLATE_SAMPLE: the bundled worked example
 */
typedef enum
{
  TRELLIS_TEMPLATE_BLANK,
  TRELLIS_TEMPLATE_GUIDED,
  TRELLIS_TEMPLATE_SAMPLE,
} TrellisTemplate;

gboolean        trellis_template_from_string   (const char       *name,
                                                TrellisTemplate  *out_template);
GFile          *trellis_sample_project_file    (void);
TrellisProject *trellis_project_new_from_template (const char     *name,
                                                   TrellisTemplate template_,
                                                   GError        **error);
void            trellis_project_add_key_questions (TrellisProject *project);

G_END_DECLS
