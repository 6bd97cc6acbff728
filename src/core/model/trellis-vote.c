/* trellis-vote.c
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dots one participant (or, in an anonymous round, the room) gave one
 * item in one round of dot voting.  The round and the item own it: deleting
 * either deletes the dots.  The fields below are the properties and, in this
 * order, the file format.
 */

#define G_LOG_DOMAIN "trellis-vote"

#include "config.h"

#include "trellis-vote.h"
#include "trellis-vote-round.h"
#include "trellis-swot-item.h"
#include "trellis-canvas-note.h"
#include "trellis-tows-strategy.h"
#include "trellis-goal.h"


struct _TrellisVote
{
  TrellisItem parent_instance;
};

G_DEFINE_FINAL_TYPE (TrellisVote, trellis_vote, TRELLIS_TYPE_ITEM)

static void
trellis_vote_class_init (TrellisVoteClass *klass)
{
  TrellisItemClass *item_class = TRELLIS_ITEM_CLASS (klass);

  trellis_item_class_set_names (item_class, "vote", "votes", "participant");
  /* most projects hold none: no empty section in their files */
  trellis_item_class_set_section_optional (item_class);
  trellis_item_class_add_ref (item_class, "round", TRELLIS_FIELD_REQUIRED | TRELLIS_FIELD_OWNER,
                              TRELLIS_TYPE_VOTE_ROUND);
  trellis_item_class_add_ref (item_class, "item", TRELLIS_FIELD_REQUIRED | TRELLIS_FIELD_OWNER, G_TYPE_INVALID);
  trellis_item_class_limit_refs (item_class, "item", TRELLIS_TYPE_SWOT_ITEM, TRELLIS_TYPE_CANVAS_NOTE,
                                 TRELLIS_TYPE_TOWS_STRATEGY, TRELLIS_TYPE_GOAL, G_TYPE_INVALID);
  trellis_item_class_add_string (item_class, "participant", TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_int_full (item_class, "dots", 1, 9999, 1);
}

static void
trellis_vote_init (TrellisVote *self)
{
}

/**
 * trellis_vote_new:
 * @round: the UUID of the round
 * @item: the UUID of the item voted for
 * @participant: (nullable): who gave the dots; %NULL in an anonymous round
 *
 * Returns: (transfer full): one dot, not in any project; give dots with
 *   trellis_voting_give_dot() rather than adding it by hand
 */
TrellisVote *
trellis_vote_new (const char *round,
                  const char *item,
                  const char *participant)
{
  TrellisVote *self = g_object_new (TRELLIS_TYPE_VOTE, NULL);

  trellis_vote_set_round_uuid (self, round);
  trellis_vote_set_item_uuid (self, item);
  trellis_vote_set_participant (self, participant);

  return self;
}
