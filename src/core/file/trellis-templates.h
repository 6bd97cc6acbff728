/* trellis-templates.h: new projects from templates
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-project.h"
#include "trellis-template-info.h"

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

/**
 * TrellisTemplateError:
 * @TRELLIS_TEMPLATE_ERROR_NAME: a template needs a name
 * @TRELLIS_TEMPLATE_ERROR_NOT_FOUND: no template of that name
 * @TRELLIS_TEMPLATE_ERROR_BROKEN: a user template's file does not load
 */
typedef enum
{
  TRELLIS_TEMPLATE_ERROR_NAME,
  TRELLIS_TEMPLATE_ERROR_NOT_FOUND,
  TRELLIS_TEMPLATE_ERROR_BROKEN,
} TrellisTemplateError;

#define TRELLIS_TEMPLATE_ERROR (trellis_template_error_quark ())

GQuark          trellis_template_error_quark   (void);
GFile          *trellis_template_get_dir       (void);
gboolean        trellis_template_keeps_kind    (GType            item_type);
gboolean        trellis_template_keeps_field   (GType            item_type,
                                                guint            field);
TrellisProject *trellis_project_dup_as_template (TrellisProject  *project,
                                                 const char      *name,
                                                 const char      *description,
                                                 GError         **error);
GFile          *trellis_project_save_as_template (TrellisProject *project,
                                                  const char     *name,
                                                  const char     *description,
                                                  GError        **error);
GListModel     *trellis_template_list          (void);
GListModel     *trellis_template_list_user     (void);
TrellisTemplateInfo *trellis_template_info_new_builtin (TrellisTemplate template_);
char           *trellis_template_describe_count (GType           item_type,
                                                 guint           n);
TrellisProject *trellis_project_new_from_template_name (const char  *name,
                                                        const char  *template_name,
                                                        GError     **error);
TrellisTemplateInfo *trellis_template_find     (const char      *name);
TrellisProject *trellis_project_new_from_template_info (const char          *name,
                                                        TrellisTemplateInfo *info,
                                                        GError             **error);
TrellisProject *trellis_project_new_from_template_file (const char     *name,
                                                        GFile          *file,
                                                        GError        **error);
gboolean        trellis_template_delete        (TrellisTemplateInfo *info,
                                                GError             **error);

G_END_DECLS
