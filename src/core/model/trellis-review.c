/* trellis-review.c
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A periodic review of the strategy and action plan by the steering group.
 * The fields below are the properties and, in this order, the file format.
 */

#define G_LOG_DOMAIN "trellis-review"

#include "config.h"

#include "trellis-review.h"


struct _TrellisReview
{
  TrellisItem parent_instance;
};

G_DEFINE_FINAL_TYPE (TrellisReview, trellis_review, TRELLIS_TYPE_ITEM)

static void
trellis_review_class_init (TrellisReviewClass *klass)
{
  TrellisItemClass *item_class = TRELLIS_ITEM_CLASS (klass);

  trellis_item_class_set_names (item_class, "review", "reviews", "date");
  trellis_item_class_add_date (item_class, "date", TRELLIS_FIELD_REQUIRED);
  trellis_item_class_add_string (item_class, "reviewer", TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_string (item_class, "note", TRELLIS_FIELD_ELEMENT);
  /* What the plan looked like at the review (src/core/rules/trellis-review-log.c). */
  trellis_item_class_add_string (item_class, "fingerprints", TRELLIS_FIELD_ELEMENT);
}

static void
trellis_review_init (TrellisReview *self)
{
}

/**
 * trellis_review_new:
 * @date: when it took place
 *
 * Returns: (transfer full): a review of the strategy and the plan, not in
 *   any project; add it with trellis_project_add_item()
 */
TrellisReview *
trellis_review_new (TrellisDay  date)
{
  TrellisReview *self = g_object_new (TRELLIS_TYPE_REVIEW, NULL);

  trellis_review_set_date (self, date);

  return self;
}
