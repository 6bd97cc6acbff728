/* trellis-cli-votes.c: `trellis-cli votes`, the rounds of dot voting
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints every round of dot voting of a project, in file order: its board,
 * question, dates, budget and the items with most dots (the ranking of
 * trellis_voting_rank in the core).
 */

#define G_LOG_DOMAIN "trellis-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-cli.h"
#include "trellis-locale-format.h"

static const char votes_description[] =
  N_("Prints every round of dot voting in a project: the board it was held on\n"
     "(swot-item, canvas-note, tows-strategy or goal), its question, when it was\n"
     "opened and closed (an open round is still running), the dots per\n"
     "participant and who took part (names, or a number of anonymous voters),\n"
     "then the items with most dots, most first (--top N, 5 unless given; 0 for\n"
     "all).\n"
     "\n"
     "Examples:\n"
     "  trellis-cli votes workshop.trellis\n"
     "  trellis-cli votes workshop.trellis --top 0 --json");

static void
write_participants (TrellisCliJson   *json,
                    TrellisVoteRound *round)
{
  g_auto(GStrv) names = trellis_voting_round_dup_participants (round);

  trellis_cli_json_key (json, "participants");
  trellis_cli_json_begin_array (json);
  for (guint i = 0; names[i] != NULL; i++)
    trellis_cli_json_string (json, names[i]);
  trellis_cli_json_end_array (json);
  trellis_cli_json_key (json, "voters");
  trellis_cli_json_int (json, trellis_vote_round_get_voters (round));
}

static void
write_results (TrellisCliJson   *json,
               TrellisProject   *project,
               TrellisVoteRound *round,
               guint             top)
{
  g_autoptr(GPtrArray) ranking = trellis_voting_rank (project, round);

  trellis_cli_json_key (json, "results");
  trellis_cli_json_begin_array (json);
  for (guint i = 0; i < ranking->len && (top == 0 || i < top); i++)
    {
      TrellisItem *item = ranking->pdata[i];
      g_autofree char *label = trellis_item_dup_label (item);

      trellis_cli_json_begin_object (json);
      trellis_cli_json_key (json, "uuid");
      trellis_cli_json_string (json, trellis_item_get_uuid (item));
      trellis_cli_json_key (json, "label");
      trellis_cli_json_string (json, label);
      trellis_cli_json_key (json, "dots");
      trellis_cli_json_int (json, trellis_voting_count_dots (project, round, item, NULL));
      trellis_cli_json_end_object (json);
    }
  trellis_cli_json_end_array (json);
}

static void
write_day (TrellisCliJson *json,
           const char     *key,
           TrellisDay      day)
{
  g_autofree char *text = day != 0 ? trellis_date_format (day) : NULL;

  trellis_cli_json_key (json, key);
  if (text != NULL)
    trellis_cli_json_string (json, text);
  else
    trellis_cli_json_null (json);
}

static void
write_round (TrellisCliJson   *json,
             TrellisProject   *project,
             TrellisVoteRound *round,
             guint             top)
{
  trellis_cli_json_begin_object (json);
  trellis_cli_json_key (json, "uuid");
  trellis_cli_json_string (json, trellis_item_get_uuid (TRELLIS_ITEM (round)));
  trellis_cli_json_key (json, "board");
  trellis_cli_json_string (json, trellis_vote_round_get_board (round));
  trellis_cli_json_key (json, "question");
  trellis_cli_json_string (json, trellis_vote_round_get_question (round));
  trellis_cli_json_key (json, "open");
  trellis_cli_json_boolean (json, trellis_voting_round_is_open (round));
  write_day (json, "opened", trellis_vote_round_get_opened (round));
  write_day (json, "closed", trellis_vote_round_get_closed (round));
  trellis_cli_json_key (json, "dots-per-participant");
  trellis_cli_json_int (json, trellis_vote_round_get_dots (round));
  write_participants (json, round);
  trellis_cli_json_key (json, "budget");
  trellis_cli_json_int (json, trellis_voting_round_get_budget (round));
  trellis_cli_json_key (json, "given");
  trellis_cli_json_int (json, trellis_voting_count_dots (project, round, NULL, NULL));
  write_results (json, project, round, top);
  trellis_cli_json_end_object (json);
}

static void
write_votes (TrellisProject *project,
             guint           top)
{
  g_autoptr(TrellisCliJson) json = trellis_cli_json_new ();
  GListModel *rounds = trellis_project_get_items (project, TRELLIS_TYPE_VOTE_ROUND);

  trellis_cli_json_begin_object (json);
  trellis_cli_json_key (json, "rounds");
  trellis_cli_json_begin_array (json);
  for (guint i = 0; i < g_list_model_get_n_items (rounds); i++)
    {
      g_autoptr(TrellisVoteRound) round = g_list_model_get_item (rounds, i);

      write_round (json, project, round, top);
    }
  trellis_cli_json_end_array (json);
  trellis_cli_json_end_object (json);
  trellis_cli_print_json (g_steal_pointer (&json));
}

/* "3 dots each: Ana, Ben; 4 of 6 given" or "2 dots each, 4 anonymous voters; …" */
static void
append_budget (GString          *out,
               TrellisProject   *project,
               TrellisVoteRound *round)
{
  g_auto(GStrv) names = trellis_voting_round_dup_participants (round);
  g_autofree char *people = NULL;
  int dots = trellis_vote_round_get_dots (round);
  int voters = trellis_vote_round_get_voters (round);

  if (trellis_voting_round_is_anonymous (round))
    /* translators: the voters of an anonymous round of dot voting */
    people = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d anonymous voter", "%d anonymous voters", voters),
                              voters);
  else
    people = g_strjoinv (", ", names);
  g_string_append (out, "  ");
  /* translators: “3 dots each: Ana, Ben; 4 of 6 given” */
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%d dot each: %s; %u of %u given",
                                            "%d dots each: %s; %u of %u given", dots),
                          dots, people, trellis_voting_count_dots (project, round, NULL, NULL),
                          trellis_voting_round_get_budget (round));
  g_string_append_c (out, '\n');
}

static void
append_round (GString          *out,
              TrellisProject   *project,
              TrellisVoteRound *round,
              guint             top)
{
  g_autofree char *opened = trellis_format_date (trellis_vote_round_get_opened (round));
  g_autofree char *closed = NULL;
  g_autoptr(GPtrArray) ranking = trellis_voting_rank (project, round);

  g_string_append_printf (out, "\n%s  ", trellis_vote_round_get_board (round));
  if (trellis_voting_round_is_open (round))
    /* translators: a round of dot voting still running, with the day it was opened */
    g_string_append_printf (out, _("open since %s"), opened);
  else
    {
      closed = trellis_format_date (trellis_vote_round_get_closed (round));
      /* translators: the days a round of dot voting was opened and closed */
      g_string_append_printf (out, _("%s to %s"), opened, closed);
    }
  g_string_append_printf (out, "\n  %s\n", trellis_vote_round_get_question (round));
  append_budget (out, project, round);
  for (guint i = 0; i < ranking->len && (top == 0 || i < top); i++)
    {
      g_autofree char *label = trellis_item_dup_label (ranking->pdata[i]);

      g_string_append_printf (out, "  %5u  %s\n",
                              trellis_voting_count_dots (project, round, ranking->pdata[i], NULL), label);
    }
}

static void
print_votes (TrellisProject *project,
             guint           top)
{
  g_autoptr(GString) out = g_string_new (NULL);
  GListModel *rounds = trellis_project_get_items (project, TRELLIS_TYPE_VOTE_ROUND);
  guint n = g_list_model_get_n_items (rounds);

  /* translators: the first line of `trellis-cli votes`: the project's name and its rounds */
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%s: %u round of dot voting",
                                            "%s: %u rounds of dot voting", n),
                          trellis_project_get_name (project), n);
  g_string_append_c (out, '\n');
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrellisVoteRound) round = g_list_model_get_item (rounds, i);

      append_round (out, project, round, top);
    }
  g_print ("%s", out->str);
}

int
trellis_cli_votes (TrellisCli  *cli,
                   char       **args)
{
  gboolean json = FALSE;
  int top = 5;
  GOptionEntry entries[] = {
    { "top", 0, 0, G_OPTION_ARG_INT, &top, N_("Show the N items with most dots of each round (0: all)"), N_("N") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Write the rounds as a JSON object"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = trellis_cli_context_new (cli, _(votes_description), entries);
  g_autoptr(TrellisProject) project = NULL;

  if (!trellis_cli_parse (cli, context, &args))
    return TRELLIS_CLI_EXIT_USAGE;
  if (args[1] == NULL || args[2] != NULL)
    return trellis_cli_usage_error (cli, _("give one FILE"));
  if (top < 0)
    return trellis_cli_usage_error (cli, _("--top needs a number of 0 or more"));

  project = trellis_cli_open_project (args[1]);
  if (project == NULL)
    return TRELLIS_CLI_EXIT_FAILED;
  if (json)
    write_votes (project, (guint) top);
  else
    print_votes (project, (guint) top);
  return TRELLIS_CLI_EXIT_OK;
}
