/* trellis-vote-round.c
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A round of dot voting on one board: the question, when it was opened and
 * closed, the dots each participant has, and who takes part (names, one per
 * line, or a number of anonymous voters who share one pool of dots).  The
 * dots themselves are TrellisVote items; a closed round keeps them as its
 * result.  The fields below are the properties and, in this order, the file
 * format.
 */

#define G_LOG_DOMAIN "trellis-vote-round"

#include "config.h"

#include "trellis-vote-round.h"


struct _TrellisVoteRound
{
  TrellisItem parent_instance;
};

G_DEFINE_FINAL_TYPE (TrellisVoteRound, trellis_vote_round, TRELLIS_TYPE_ITEM)

static void
trellis_vote_round_class_init (TrellisVoteRoundClass *klass)
{
  TrellisItemClass *item_class = TRELLIS_ITEM_CLASS (klass);

  trellis_item_class_set_names (item_class, "vote-round", "vote-rounds", "question");
  /* most projects hold none: no empty section in their files */
  trellis_item_class_set_section_optional (item_class);
  /* the element name of the kind of item voted on, such as "swot-item" */
  trellis_item_class_add_string (item_class, "board", TRELLIS_FIELD_REQUIRED);
  trellis_item_class_add_date (item_class, "opened", TRELLIS_FIELD_REQUIRED);
  trellis_item_class_add_date (item_class, "closed", TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_int_full (item_class, "dots", 1, 99, 3);
  trellis_item_class_add_int (item_class, "voters", 0, 9999);
  trellis_item_class_add_string (item_class, "question", TRELLIS_FIELD_ELEMENT | TRELLIS_FIELD_REQUIRED);
  trellis_item_class_add_string (item_class, "participants", TRELLIS_FIELD_ELEMENT);
}

static void
trellis_vote_round_init (TrellisVoteRound *self)
{
}

/**
 * trellis_vote_round_new:
 * @board: the element name of the kind of item voted on ("swot-item",
 *   "canvas-note", "tows-strategy" or "goal")
 * @question: what the participants vote on
 *
 * Returns: (transfer full): an open round, not in any project; open it in
 *   one with trellis_voting_open_round()
 */
TrellisVoteRound *
trellis_vote_round_new (const char *board,
                        const char *question)
{
  TrellisVoteRound *self = g_object_new (TRELLIS_TYPE_VOTE_ROUND, NULL);

  trellis_vote_round_set_board (self, board);
  trellis_vote_round_set_question (self, question);

  return self;
}
