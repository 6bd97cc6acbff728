/* trellis-voting.c
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rounds of dot voting on a board (SWOT notes, canvas notes, TOWS
 * strategies or goals).  A round (TrellisVoteRound) is open until it is
 * closed; while open, participants give and take dots (TrellisVote, one per
 * participant and item, with a count) within their budget: the round's dots
 * each for named participants, or one pool of dots × voters shared by the
 * room in an anonymous round.  Closing keeps the dots as the result, in the
 * file.  At most one round is open per board.
 *
 * The votes counter of SWOT notes mirrors the rounds: opening a round on
 * the SWOT board sets it to 0, every dot keeps it at the note's running
 * total, so after closing it holds the round's result.  Files from before
 * rounds keep their counters as they are.  Every change here is one undo
 * step.
 */

#define G_LOG_DOMAIN "trellis-voting"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "trellis-voting.h"

#include "trellis-canvas-note.h"
#include "trellis-date.h"
#include "trellis-goal.h"
#include "trellis-swot-item.h"
#include "trellis-tows-strategy.h"

G_DEFINE_QUARK (trellis-voting-error-quark, trellis_voting_error)

static const char *
get_board_name (GType kind)
{
  return trellis_item_class_get_element_name (g_type_class_peek (kind));
}

/**
 * trellis_voting_kind_is_votable:
 * @kind: a kind of item
 *
 * Returns: whether rounds of dot voting can be held on items of @kind
 */
gboolean
trellis_voting_kind_is_votable (GType kind)
{
  return kind == TRELLIS_TYPE_SWOT_ITEM || kind == TRELLIS_TYPE_CANVAS_NOTE ||
         kind == TRELLIS_TYPE_TOWS_STRATEGY || kind == TRELLIS_TYPE_GOAL;
}

/**
 * trellis_voting_round_get_kind:
 *
 * Returns: the kind of item voted on in @round, or %G_TYPE_INVALID for a
 *   board this version does not know
 */
GType
trellis_voting_round_get_kind (TrellisVoteRound *round)
{
  const GType kinds[] = { TRELLIS_TYPE_SWOT_ITEM, TRELLIS_TYPE_CANVAS_NOTE,
                          TRELLIS_TYPE_TOWS_STRATEGY, TRELLIS_TYPE_GOAL };
  const char *board;

  g_return_val_if_fail (TRELLIS_IS_VOTE_ROUND (round), G_TYPE_INVALID);

  board = trellis_vote_round_get_board (round);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (board, get_board_name (kinds[i])) == 0)
      return kinds[i];
  return G_TYPE_INVALID;
}

/**
 * trellis_voting_round_is_open:
 *
 * Returns: whether @round takes dots (it has no closing date)
 */
gboolean
trellis_voting_round_is_open (TrellisVoteRound *round)
{
  g_return_val_if_fail (TRELLIS_IS_VOTE_ROUND (round), FALSE);

  return trellis_vote_round_get_closed (round) == 0;
}

/**
 * trellis_voting_round_dup_participants:
 *
 * Returns: (transfer full): the names of the participants, in their order;
 *   empty for an anonymous round
 */
GStrv
trellis_voting_round_dup_participants (TrellisVoteRound *round)
{
  const char *text;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (TRELLIS_IS_VOTE_ROUND (round), NULL);

  text = trellis_vote_round_get_participants (round);
  lines = g_strsplit (text != NULL ? text : "", "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (*g_strstrip (lines[i]) != '\0')
      g_strv_builder_add (builder, lines[i]);
  return g_strv_builder_end (builder);
}

/**
 * trellis_voting_round_is_anonymous:
 *
 * Returns: whether @round counts voters rather than naming them; their dots
 *   are one pool
 */
gboolean
trellis_voting_round_is_anonymous (TrellisVoteRound *round)
{
  g_return_val_if_fail (TRELLIS_IS_VOTE_ROUND (round), FALSE);

  return trellis_vote_round_get_voters (round) > 0;
}

/**
 * trellis_voting_round_get_budget:
 *
 * Returns: the dots of the whole room: dots per participant times the
 *   participants (or the anonymous voters)
 */
guint
trellis_voting_round_get_budget (TrellisVoteRound *round)
{
  g_auto(GStrv) names = NULL;
  guint people;

  g_return_val_if_fail (TRELLIS_IS_VOTE_ROUND (round), 0);

  names = trellis_voting_round_dup_participants (round);
  people = trellis_voting_round_is_anonymous (round) ? (guint) trellis_vote_round_get_voters (round)
                                                     : g_strv_length (names);
  return people * (guint) trellis_vote_round_get_dots (round);
}

/* Joins the names, one per line, or says why they cannot make a round. */
static gboolean
join_participants (const char * const *participants,
                   guint               voters,
                   GString            *joined,
                   GError            **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n = participants != NULL ? g_strv_length ((GStrv) participants) : 0;

  if ((n == 0) == (voters == 0))
    {
      g_set_error_literal (error, TRELLIS_VOTING_ERROR, TRELLIS_VOTING_ERROR_INVALID,
                           _("A round needs either named participants or a number of voters"));
      return FALSE;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strstrip (g_strdup (participants[i]));

      if (*name == '\0' || strchr (name, '\n') != NULL || g_hash_table_contains (seen, name))
        {
          g_set_error (error, TRELLIS_VOTING_ERROR, TRELLIS_VOTING_ERROR_PARTICIPANT,
                       /* translators: %s is a participant's name as typed */
                       _("“%s” cannot be a participant: names must be different and not empty"),
                       participants[i]);
          return FALSE;
        }
      g_string_append_printf (joined, "%s%s", i > 0 ? "\n" : "", name);
      g_hash_table_add (seen, g_steal_pointer (&name));
    }
  return TRUE;
}

static void
reset_swot_counters (TrellisProject *project)
{
  GListModel *notes = trellis_project_get_items (project, TRELLIS_TYPE_SWOT_ITEM);

  for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
    {
      g_autoptr(TrellisSwotItem) note = g_list_model_get_item (notes, i);

      trellis_swot_item_set_votes (note, 0);
    }
}

/**
 * trellis_voting_get_open_round:
 * @kind: the kind of item voted on
 *
 * Returns: (transfer none) (nullable): the round open on the board of
 *   @kind, if any
 */
TrellisVoteRound *
trellis_voting_get_open_round (TrellisProject *project,
                               GType           kind)
{
  GListModel *rounds;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);

  rounds = trellis_project_get_items (project, TRELLIS_TYPE_VOTE_ROUND);
  for (guint i = g_list_model_get_n_items (rounds); i > 0; i--)
    {
      g_autoptr(TrellisVoteRound) round = g_list_model_get_item (rounds, i - 1);

      if (trellis_voting_round_get_kind (round) == kind && trellis_voting_round_is_open (round))
        return round;
    }
  return NULL;
}

/**
 * trellis_voting_get_last_closed_round:
 * @kind: the kind of item voted on
 *
 * Returns: (transfer none) (nullable): the round on the board of @kind
 *   closed last (the latest in the file when two closed on the same day)
 */
TrellisVoteRound *
trellis_voting_get_last_closed_round (TrellisProject *project,
                                      GType           kind)
{
  GListModel *rounds;
  TrellisVoteRound *last = NULL;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);

  rounds = trellis_project_get_items (project, TRELLIS_TYPE_VOTE_ROUND);
  for (guint i = 0; i < g_list_model_get_n_items (rounds); i++)
    {
      g_autoptr(TrellisVoteRound) round = g_list_model_get_item (rounds, i);

      if (trellis_voting_round_get_kind (round) != kind || trellis_voting_round_is_open (round))
        continue;
      if (last == NULL || trellis_vote_round_get_closed (round) >= trellis_vote_round_get_closed (last))
        last = round;
    }
  return last;
}

/**
 * trellis_voting_open_round:
 * @kind: the kind of item voted on: #TrellisSwotItem, #TrellisCanvasNote,
 *   #TrellisTowsStrategy or #TrellisGoal
 * @question: what the participants vote on
 * @dots: the dots of each participant
 * @participants: (nullable) (array zero-terminated=1): their names, or %NULL
 *   for an anonymous round
 * @voters: the number of anonymous voters (0 with named participants)
 *
 * Opens a round of dot voting on a board, dated today, as one undo step.  On
 * the SWOT board the notes' vote counters start again from 0.
 *
 * Returns: (transfer none): the round, or %NULL with @error set
 */
TrellisVoteRound *
trellis_voting_open_round (TrellisProject      *project,
                           GType                kind,
                           const char          *question,
                           guint                dots,
                           const char * const  *participants,
                           guint                voters,
                           GError             **error)
{
  g_autoptr(GString) joined = g_string_new (NULL);
  g_autoptr(TrellisVoteRound) round = NULL;
  g_autofree char *text = NULL;
  TrellisHistory *history;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (trellis_voting_kind_is_votable (kind), NULL);

  text = g_strstrip (g_strdup (question != NULL ? question : ""));
  if (*text == '\0' || dots < 1 || dots > 99 || voters > 9999)
    {
      g_set_error_literal (error, TRELLIS_VOTING_ERROR, TRELLIS_VOTING_ERROR_INVALID,
                           _("A round needs a question and 1 to 99 dots per participant"));
      return NULL;
    }
  if (!join_participants (participants, voters, joined, error))
    return NULL;
  if (trellis_voting_get_open_round (project, kind) != NULL)
    {
      g_set_error_literal (error, TRELLIS_VOTING_ERROR, TRELLIS_VOTING_ERROR_ALREADY_OPEN,
                           _("A round is open on this board already; close it first"));
      return NULL;
    }

  round = trellis_vote_round_new (get_board_name (kind), text);
  trellis_vote_round_set_opened (round, trellis_date_today ());
  trellis_vote_round_set_dots (round, (int) dots);
  trellis_vote_round_set_voters (round, (int) voters);
  trellis_vote_round_set_participants (round, joined->len > 0 ? joined->str : NULL);

  history = trellis_project_get_history (project);
  trellis_history_begin_group (history, _("Start Voting Round"));
  trellis_project_add_item (project, round);
  if (kind == TRELLIS_TYPE_SWOT_ITEM)
    reset_swot_counters (project);
  trellis_history_end_group (history);
  return round;
}

/* The record of @participant's dots for @item in @round, if any. */
static TrellisVote *
find_vote (TrellisProject   *project,
           TrellisVoteRound *round,
           TrellisItem      *item,
           const char       *participant)
{
  g_autoptr(GPtrArray) votes = trellis_vote_list_by_item (project, item);

  for (guint i = 0; i < votes->len; i++)
    {
      TrellisVote *vote = votes->pdata[i];

      if (trellis_vote_get_round (vote) == round &&
          g_strcmp0 (trellis_vote_get_participant (vote), participant) == 0)
        return vote;
    }
  return NULL;
}

/* Why @participant cannot vote on @item in @round now, if they cannot. */
static gboolean
check_vote (TrellisVoteRound *round,
            TrellisItem      *item,
            const char       *participant,
            GError          **error)
{
  g_auto(GStrv) names = trellis_voting_round_dup_participants (round);
  gboolean anonymous = trellis_voting_round_is_anonymous (round);

  if (!trellis_voting_round_is_open (round))
    {
      g_set_error_literal (error, TRELLIS_VOTING_ERROR, TRELLIS_VOTING_ERROR_CLOSED,
                           _("The round is closed"));
      return FALSE;
    }
  if (G_OBJECT_TYPE (item) != trellis_voting_round_get_kind (round))
    {
      g_set_error_literal (error, TRELLIS_VOTING_ERROR, TRELLIS_VOTING_ERROR_WRONG_KIND,
                           _("The round is held on another board"));
      return FALSE;
    }
  if (anonymous ? participant != NULL
                : participant == NULL || !g_strv_contains ((const char * const *) names, participant))
    {
      g_set_error (error, TRELLIS_VOTING_ERROR, TRELLIS_VOTING_ERROR_PARTICIPANT,
                   /* translators: %s is a name; an anonymous round shows “(anyone)” */
                   _("“%s” does not take part in this round"),
                   participant != NULL ? participant : _("(anyone)"));
      return FALSE;
    }
  return TRUE;
}

static void
sync_swot_counter (TrellisProject   *project,
                   TrellisVoteRound *round,
                   TrellisItem      *item)
{
  if (TRELLIS_IS_SWOT_ITEM (item))
    trellis_swot_item_set_votes (TRELLIS_SWOT_ITEM (item),
                                 MIN ((int) trellis_voting_count_dots (project, round, item, NULL),
                                      100000));
}

/**
 * trellis_voting_give_dot:
 * @round: an open round
 * @item: an item of the round's board
 * @participant: (nullable): who gives it; %NULL in an anonymous round
 *
 * Gives @item one dot of @participant's (or, in an anonymous round, of the
 * room's) budget, as one undo step.
 *
 * Returns: %TRUE, or %FALSE with @error set (%TRELLIS_VOTING_ERROR_SPENT
 *   when no dot is left)
 */
gboolean
trellis_voting_give_dot (TrellisProject    *project,
                         TrellisVoteRound  *round,
                         TrellisItem       *item,
                         const char        *participant,
                         GError           **error)
{
  TrellisHistory *history;
  TrellisVote *vote;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (TRELLIS_IS_VOTE_ROUND (round), FALSE);
  g_return_val_if_fail (TRELLIS_IS_ITEM (item), FALSE);

  if (!check_vote (round, item, participant, error))
    return FALSE;
  if (trellis_voting_get_dots_left (project, round, participant) == 0)
    {
      if (participant != NULL)
        /* translators: %s is a participant's name */
        g_set_error (error, TRELLIS_VOTING_ERROR, TRELLIS_VOTING_ERROR_SPENT,
                     _("%s has no dots left"), participant);
      else
        g_set_error_literal (error, TRELLIS_VOTING_ERROR, TRELLIS_VOTING_ERROR_SPENT,
                             _("Every dot of the round is given"));
      return FALSE;
    }

  history = trellis_project_get_history (project);
  trellis_history_begin_group (history, _("Give Dot"));
  vote = find_vote (project, round, item, participant);
  if (vote != NULL)
    trellis_vote_set_dots (vote, trellis_vote_get_dots (vote) + 1);
  else
    {
      g_autoptr(TrellisVote) added = trellis_vote_new (trellis_item_get_uuid (TRELLIS_ITEM (round)),
                                                       trellis_item_get_uuid (item), participant);
      trellis_project_add_item (project, added);
    }
  sync_swot_counter (project, round, item);
  trellis_history_end_group (history);
  return TRUE;
}

/**
 * trellis_voting_take_dot:
 * @round: an open round
 * @item: an item of the round's board
 * @participant: (nullable): whose dot; %NULL in an anonymous round
 *
 * Takes back one of the dots @participant gave @item, as one undo step.
 *
 * Returns: %TRUE, or %FALSE with @error set (%TRELLIS_VOTING_ERROR_NO_DOT
 *   when there is none)
 */
gboolean
trellis_voting_take_dot (TrellisProject    *project,
                         TrellisVoteRound  *round,
                         TrellisItem       *item,
                         const char        *participant,
                         GError           **error)
{
  TrellisHistory *history;
  TrellisVote *vote;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (TRELLIS_IS_VOTE_ROUND (round), FALSE);
  g_return_val_if_fail (TRELLIS_IS_ITEM (item), FALSE);

  if (!check_vote (round, item, participant, error))
    return FALSE;
  vote = find_vote (project, round, item, participant);
  if (vote == NULL)
    {
      g_set_error_literal (error, TRELLIS_VOTING_ERROR, TRELLIS_VOTING_ERROR_NO_DOT,
                           _("There is no dot to take back"));
      return FALSE;
    }

  history = trellis_project_get_history (project);
  trellis_history_begin_group (history, _("Take Dot Back"));
  if (trellis_vote_get_dots (vote) > 1)
    trellis_vote_set_dots (vote, trellis_vote_get_dots (vote) - 1);
  else
    trellis_project_remove_item (project, vote);
  sync_swot_counter (project, round, item);
  trellis_history_end_group (history);
  return TRUE;
}

/**
 * trellis_voting_count_dots:
 * @item: (nullable): an item, or %NULL for every item
 * @participant: (nullable): a participant, or %NULL for everyone
 *
 * Returns: the dots given in @round to @item (or to any) by @participant
 *   (or by anyone)
 */
guint
trellis_voting_count_dots (TrellisProject   *project,
                           TrellisVoteRound *round,
                           TrellisItem      *item,
                           const char       *participant)
{
  g_autoptr(GPtrArray) votes = NULL;
  guint dots = 0;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), 0);
  g_return_val_if_fail (TRELLIS_IS_VOTE_ROUND (round), 0);

  votes = item != NULL ? trellis_vote_list_by_item (project, item)
                       : trellis_vote_list_by_round (project, round);
  for (guint i = 0; i < votes->len; i++)
    {
      TrellisVote *vote = votes->pdata[i];

      if (trellis_vote_get_round (vote) == round &&
          (participant == NULL || g_strcmp0 (trellis_vote_get_participant (vote), participant) == 0))
        dots += (guint) trellis_vote_get_dots (vote);
    }
  return dots;
}

/**
 * trellis_voting_get_dots_left:
 * @participant: (nullable): a participant; %NULL in an anonymous round
 *
 * Returns: the dots @participant can still give (in an anonymous round, the
 *   room's pool); 0 for someone not in the round
 */
guint
trellis_voting_get_dots_left (TrellisProject   *project,
                              TrellisVoteRound *round,
                              const char       *participant)
{
  g_auto(GStrv) names = NULL;
  guint budget, given;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), 0);
  g_return_val_if_fail (TRELLIS_IS_VOTE_ROUND (round), 0);

  names = trellis_voting_round_dup_participants (round);
  if (trellis_voting_round_is_anonymous (round))
    budget = participant == NULL ? trellis_voting_round_get_budget (round) : 0;
  else
    budget = participant != NULL && g_strv_contains ((const char * const *) names, participant)
               ? (guint) trellis_vote_round_get_dots (round) : 0;
  given = trellis_voting_count_dots (project, round, NULL, participant);
  return budget > given ? budget - given : 0;
}

static int
compare_totals (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  GHashTable *totals = user_data;
  guint total_a = GPOINTER_TO_UINT (g_hash_table_lookup (totals, *(gpointer *) a));
  guint total_b = GPOINTER_TO_UINT (g_hash_table_lookup (totals, *(gpointer *) b));

  return total_a < total_b ? 1 : total_a > total_b ? -1 : 0;
}

/**
 * trellis_voting_rank:
 *
 * The items that got dots in @round, most dots first; items with as many
 * dots keep their order on the board.  Their dots:
 * trellis_voting_count_dots (project, round, item, NULL).
 *
 * Returns: (transfer container) (element-type TrellisItem): the ranking
 */
GPtrArray *
trellis_voting_rank (TrellisProject   *project,
                     TrellisVoteRound *round)
{
  g_autoptr(GHashTable) totals = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) votes = NULL;
  GPtrArray *ranking = g_ptr_array_new ();
  GListModel *items;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), ranking);
  g_return_val_if_fail (TRELLIS_IS_VOTE_ROUND (round), ranking);

  votes = trellis_vote_list_by_round (project, round);
  for (guint i = 0; i < votes->len; i++)
    {
      TrellisItem *item = trellis_vote_get_item (votes->pdata[i]);
      guint total = GPOINTER_TO_UINT (g_hash_table_lookup (totals, item));

      if (item != NULL)
        g_hash_table_insert (totals, item, GUINT_TO_POINTER (total + (guint) trellis_vote_get_dots (votes->pdata[i])));
    }

  if (trellis_voting_round_get_kind (round) == G_TYPE_INVALID)
    return ranking;
  items = trellis_project_get_items (project, trellis_voting_round_get_kind (round));
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(TrellisItem) item = g_list_model_get_item (items, i);

      if (g_hash_table_contains (totals, item))
        g_ptr_array_add (ranking, item);
    }
  /* g_qsort_with_data is stable (documented since GLib 2.32). */
  g_qsort_with_data (ranking->pdata, ranking->len, sizeof (gpointer), compare_totals, totals);
  return ranking;
}

/**
 * trellis_voting_close_round:
 *
 * Closes @round today, as one undo step: its dots stay in the project as the
 * result, and no more can be given or taken.
 *
 * Returns: %TRUE, or %FALSE with @error set when it was closed already
 */
gboolean
trellis_voting_close_round (TrellisProject    *project,
                            TrellisVoteRound  *round,
                            GError           **error)
{
  TrellisHistory *history;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (TRELLIS_IS_VOTE_ROUND (round), FALSE);

  if (!trellis_voting_round_is_open (round))
    {
      g_set_error_literal (error, TRELLIS_VOTING_ERROR, TRELLIS_VOTING_ERROR_CLOSED,
                           _("The round is closed already"));
      return FALSE;
    }
  history = trellis_project_get_history (project);
  trellis_history_begin_group (history, _("Close Voting Round"));
  trellis_vote_round_set_closed (round, MAX (trellis_date_today (),
                                             trellis_vote_round_get_opened (round)));
  trellis_history_end_group (history);
  return TRUE;
}

/**
 * trellis_voting_reset_round:
 *
 * Takes back every dot of the open @round, so voting starts again with the
 * same question and participants; one undo step.
 *
 * Returns: %TRUE, or %FALSE with @error set when the round is closed
 */
gboolean
trellis_voting_reset_round (TrellisProject    *project,
                            TrellisVoteRound  *round,
                            GError           **error)
{
  g_autoptr(GPtrArray) votes = NULL;
  TrellisHistory *history;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (TRELLIS_IS_VOTE_ROUND (round), FALSE);

  if (!trellis_voting_round_is_open (round))
    {
      g_set_error_literal (error, TRELLIS_VOTING_ERROR, TRELLIS_VOTING_ERROR_CLOSED,
                           _("The round is closed; start a new one"));
      return FALSE;
    }
  votes = trellis_vote_list_by_round (project, round);
  history = trellis_project_get_history (project);
  trellis_history_begin_group (history, _("Reset Voting Round"));
  for (guint i = 0; i < votes->len; i++)
    trellis_project_remove_item (project, votes->pdata[i]);
  if (trellis_voting_round_get_kind (round) == TRELLIS_TYPE_SWOT_ITEM)
    reset_swot_counters (project);
  trellis_history_end_group (history);
  return TRUE;
}

/**
 * trellis_voting_get_shown_dots:
 * @item: a SWOT note, canvas note, TOWS strategy or goal
 *
 * What a board shows on @item: a SWOT note's votes counter (the running
 * total of the open round, or the result of the last), and for the others
 * their dots in the open round on their board, or else in the round closed
 * last.
 *
 * Returns: the dots to show
 */
guint
trellis_voting_get_shown_dots (TrellisProject *project,
                               TrellisItem    *item)
{
  TrellisVoteRound *round;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), 0);
  g_return_val_if_fail (TRELLIS_IS_ITEM (item), 0);

  if (TRELLIS_IS_SWOT_ITEM (item))
    return (guint) trellis_swot_item_get_votes (TRELLIS_SWOT_ITEM (item));
  round = trellis_voting_get_open_round (project, G_OBJECT_TYPE (item));
  if (round == NULL)
    round = trellis_voting_get_last_closed_round (project, G_OBJECT_TYPE (item));
  return round != NULL ? trellis_voting_count_dots (project, round, item, NULL) : 0;
}
