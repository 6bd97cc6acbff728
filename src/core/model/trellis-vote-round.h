/* trellis-vote-round.h
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-item.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_VOTE_ROUND (trellis_vote_round_get_type ())

G_DECLARE_FINAL_TYPE (TrellisVoteRound, trellis_vote_round, TRELLIS, VOTE_ROUND, TrellisItem)

TrellisVoteRound *trellis_vote_round_new (const char *board,
                                          const char *question);

G_END_DECLS
