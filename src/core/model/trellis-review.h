/* trellis-review.h
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-item.h"
#include "trellis-enum-types.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_REVIEW (trellis_review_get_type ())

G_DECLARE_FINAL_TYPE (TrellisReview, trellis_review, TRELLIS, REVIEW, TrellisItem)

TrellisReview *trellis_review_new (TrellisDay  date);

G_END_DECLS
