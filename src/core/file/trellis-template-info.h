/* trellis-template-info.h: one template a new project can start from
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define TRELLIS_TYPE_TEMPLATE_INFO (trellis_template_info_get_type ())

G_DECLARE_FINAL_TYPE (TrellisTemplateInfo, trellis_template_info, TRELLIS, TEMPLATE_INFO, GObject)

TrellisTemplateInfo *trellis_template_info_new             (const char          *id,
                                                            const char          *name,
                                                            const char          *description,
                                                            GFile               *file);
const char          *trellis_template_info_get_id          (TrellisTemplateInfo *self);
const char          *trellis_template_info_get_name        (TrellisTemplateInfo *self);
const char          *trellis_template_info_get_description (TrellisTemplateInfo *self);
GFile               *trellis_template_info_get_file        (TrellisTemplateInfo *self);
gboolean             trellis_template_info_is_user         (TrellisTemplateInfo *self);
const char          *trellis_template_info_get_summary     (TrellisTemplateInfo *self);
void                 trellis_template_info_set_summary     (TrellisTemplateInfo *self,
                                                            const char          *summary);
guint                trellis_template_info_get_n_items     (TrellisTemplateInfo *self);
void                 trellis_template_info_set_n_items     (TrellisTemplateInfo *self,
                                                            guint                n_items);
const char          *trellis_template_info_get_problem     (TrellisTemplateInfo *self);
void                 trellis_template_info_set_problem     (TrellisTemplateInfo *self,
                                                            const char          *problem);

G_END_DECLS
