/* trellis-review-log.h: periodic reviews of the plan, and what changed since
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-project.h"
#include "trellis-review.h"

G_BEGIN_DECLS

/**
 * TrellisReviewChangeKind:
 * @TRELLIS_REVIEW_ADDED: the item did not exist at the review
 * @TRELLIS_REVIEW_CHANGED: one or more of its fields differ
 * @TRELLIS_REVIEW_REMOVED: the item existed at the review and is gone
 */
typedef enum
{
  TRELLIS_REVIEW_ADDED,
  TRELLIS_REVIEW_CHANGED,
  TRELLIS_REVIEW_REMOVED,
} TrellisReviewChangeKind;

/**
 * TrellisReviewChange:
 * @kind: what happened to the item
 * @item_type: %TRELLIS_TYPE_ACTION or %TRELLIS_TYPE_MILESTONE
 * @uuid: the item's uuid
 * @item: (transfer full) (nullable): the item, %NULL when it was removed
 * @title: its title now, or as it was at the review when it was removed
 */
typedef struct
{
  TrellisReviewChangeKind  kind;
  GType                    item_type;
  char                    *uuid;
  TrellisItem             *item;
  char                    *title;
} TrellisReviewChange;

TrellisReview *trellis_project_record_review     (TrellisProject *project,
                                                  const char     *date,
                                                  const char     *reviewer,
                                                  const char     *note);
TrellisReview *trellis_project_get_last_review   (TrellisProject *project);
char          *trellis_review_log_fingerprint    (TrellisProject *project);
gboolean       trellis_review_has_fingerprints   (TrellisReview  *review);
GPtrArray     *trellis_review_list_changes       (TrellisProject *project,
                                                  TrellisReview  *review);

G_END_DECLS
