/* trellis-voting.h: rounds of dot voting on a board
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-project.h"
#include "trellis-vote.h"
#include "trellis-vote-round.h"

G_BEGIN_DECLS

#define TRELLIS_VOTING_ERROR (trellis_voting_error_quark ())

/**
 * TrellisVotingError:
 * @TRELLIS_VOTING_ERROR_ALREADY_OPEN: a round is open on that board already
 * @TRELLIS_VOTING_ERROR_CLOSED: the round is closed; its result stays as it is
 * @TRELLIS_VOTING_ERROR_SPENT: the participant (or the room) has no dot left
 * @TRELLIS_VOTING_ERROR_NO_DOT: there is no dot to take back
 * @TRELLIS_VOTING_ERROR_PARTICIPANT: not a participant of the round, or a
 *   participant named in an anonymous round
 * @TRELLIS_VOTING_ERROR_WRONG_KIND: the item is not of the round's board
 * @TRELLIS_VOTING_ERROR_INVALID: a round without a question, dots or voters
 *
 * Why a voting change was refused.
 */
typedef enum
{
  TRELLIS_VOTING_ERROR_ALREADY_OPEN,
  TRELLIS_VOTING_ERROR_CLOSED,
  TRELLIS_VOTING_ERROR_SPENT,
  TRELLIS_VOTING_ERROR_NO_DOT,
  TRELLIS_VOTING_ERROR_PARTICIPANT,
  TRELLIS_VOTING_ERROR_WRONG_KIND,
  TRELLIS_VOTING_ERROR_INVALID,
} TrellisVotingError;

GQuark            trellis_voting_error_quark        (void);

gboolean          trellis_voting_kind_is_votable    (GType              kind);
GType             trellis_voting_round_get_kind     (TrellisVoteRound  *round);
gboolean          trellis_voting_round_is_open      (TrellisVoteRound  *round);
GStrv             trellis_voting_round_dup_participants (TrellisVoteRound *round);
gboolean          trellis_voting_round_is_anonymous (TrellisVoteRound  *round);
guint             trellis_voting_round_get_budget   (TrellisVoteRound  *round);

TrellisVoteRound *trellis_voting_open_round         (TrellisProject     *project,
                                                     GType               kind,
                                                     const char         *question,
                                                     guint               dots,
                                                     const char * const *participants,
                                                     guint               voters,
                                                     GError            **error);
TrellisVoteRound *trellis_voting_get_open_round     (TrellisProject     *project,
                                                     GType               kind);
TrellisVoteRound *trellis_voting_get_last_closed_round (TrellisProject  *project,
                                                     GType               kind);
gboolean          trellis_voting_give_dot           (TrellisProject     *project,
                                                     TrellisVoteRound   *round,
                                                     TrellisItem        *item,
                                                     const char         *participant,
                                                     GError            **error);
gboolean          trellis_voting_take_dot           (TrellisProject     *project,
                                                     TrellisVoteRound   *round,
                                                     TrellisItem        *item,
                                                     const char         *participant,
                                                     GError            **error);
guint             trellis_voting_count_dots         (TrellisProject     *project,
                                                     TrellisVoteRound   *round,
                                                     TrellisItem        *item,
                                                     const char         *participant);
guint             trellis_voting_get_dots_left      (TrellisProject     *project,
                                                     TrellisVoteRound   *round,
                                                     const char         *participant);
GPtrArray        *trellis_voting_rank               (TrellisProject     *project,
                                                     TrellisVoteRound   *round);
gboolean          trellis_voting_close_round        (TrellisProject     *project,
                                                     TrellisVoteRound   *round,
                                                     GError            **error);
gboolean          trellis_voting_reset_round        (TrellisProject     *project,
                                                     TrellisVoteRound   *round,
                                                     GError            **error);
guint             trellis_voting_get_shown_dots     (TrellisProject     *project,
                                                     TrellisItem        *item);

G_END_DECLS
