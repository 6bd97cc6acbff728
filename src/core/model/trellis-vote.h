/* trellis-vote.h
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-item.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_VOTE (trellis_vote_get_type ())

G_DECLARE_FINAL_TYPE (TrellisVote, trellis_vote, TRELLIS, VOTE, TrellisItem)

TrellisVote *trellis_vote_new (const char *round,
                               const char *item,
                               const char *participant);

G_END_DECLS
