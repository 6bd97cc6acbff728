/* trellis-stakeholder-filter.h: searching, sorting and editing the stakeholder register
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-project.h"
#include "trellis-stakeholder.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_STAKEHOLDER_FILTER (trellis_stakeholder_filter_get_type ())

typedef struct _TrellisStakeholderFilter TrellisStakeholderFilter;

GType                     trellis_stakeholder_filter_get_type        (void) G_GNUC_CONST;
TrellisStakeholderFilter *trellis_stakeholder_filter_new             (void);
TrellisStakeholderFilter *trellis_stakeholder_filter_copy            (const TrellisStakeholderFilter *self);
void                      trellis_stakeholder_filter_free            (TrellisStakeholderFilter       *self);
void                      trellis_stakeholder_filter_set_search      (TrellisStakeholderFilter       *self,
                                                                      const char                     *text);
const char               *trellis_stakeholder_filter_get_search      (const TrellisStakeholderFilter *self);
void                      trellis_stakeholder_filter_set_restriction (TrellisStakeholderFilter       *self,
                                                                      guint                           field,
                                                                      int                             value);
int                       trellis_stakeholder_filter_get_restriction (const TrellisStakeholderFilter *self,
                                                                      guint                           field);
gboolean                  trellis_stakeholder_filter_is_restricted   (const TrellisStakeholderFilter *self);
gboolean                  trellis_stakeholder_filter_is_empty        (const TrellisStakeholderFilter *self);
void                      trellis_stakeholder_filter_clear           (TrellisStakeholderFilter       *self);
gboolean                  trellis_stakeholder_filter_matches         (const TrellisStakeholderFilter *self,
                                                                      TrellisStakeholder             *stakeholder);

char                     *trellis_stakeholder_filter_fold            (const char                     *text);
GStrv                     trellis_stakeholder_filter_split_words     (const char                     *text);

int                       trellis_stakeholder_compare                (TrellisStakeholder             *a,
                                                                      TrellisStakeholder             *b,
                                                                      guint                           field);
gboolean                  trellis_stakeholder_needs_attention        (TrellisStakeholder             *stakeholder);
TrellisStakeholder       *trellis_project_add_stakeholder            (TrellisProject                 *project,
                                                                      const char                     *name,
                                                                      const TrellisStakeholderFilter *filter);
char                     *trellis_stakeholder_describe_referrers     (TrellisProject                 *project,
                                                                      TrellisStakeholder             *stakeholder);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrellisStakeholderFilter, trellis_stakeholder_filter_free)

G_END_DECLS
