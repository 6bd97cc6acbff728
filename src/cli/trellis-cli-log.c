/* trellis-cli-log.c: trellis-cli log, the workshop log of a project
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "trellis-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-cli.h"
#include "trellis-locale-format.h"

static const char log_description[] =
  N_("Shows the workshop sessions recorded in FILE (Start Workshop Session… in the\n"
     "window) and what each added, changed or removed.\n"
     "\n"
     "Without --session, lists the sessions, numbered from 1. With --session N,\n"
     "lists that session's changes, one per line; with --markdown, writes its\n"
     "minutes as Markdown instead (the last session if --session is not given).\n"
     "\n"
     "Examples:\n"
     "  trellis-cli log plan.trellis\n"
     "  trellis-cli log plan.trellis --session 2 --markdown > minutes.md");

static void
list_sessions (TrellisProject *project)
{
  GListModel *sessions = trellis_project_get_items (project, TRELLIS_TYPE_WORKSHOP_SESSION);

  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(TrellisWorkshopSession) session = g_list_model_get_item (sessions, i);
      g_autoptr(GPtrArray) changes = trellis_workshop_list_changes (project, session);
      g_autofree char *started = trellis_format_timestamp (trellis_workshop_session_get_started (session));
      g_autofree char *ended = trellis_format_timestamp (trellis_workshop_session_get_ended (session));

      /* translators: number, name, start – end, number of changes */
      g_print (ngettext ("%u  %s  %s – %s  %u change\n", "%u  %s  %s – %s  %u changes\n",
                         changes->len),
               i + 1, trellis_workshop_session_get_name (session),
               started, ended != NULL ? ended : "…",
               changes->len);
    }
}

static void
list_changes (TrellisProject         *project,
              TrellisWorkshopSession *session)
{
  g_autoptr(GPtrArray) changes = trellis_workshop_list_changes (project, session);

  for (guint i = 0; i < changes->len; i++)
    {
      TrellisWorkshopChange *change = g_ptr_array_index (changes, i);
      g_autofree char *fields = trellis_workshop_change_describe_fields (change);

      g_print ("%s  %-8s %-14s %s%s%s\n", trellis_workshop_change_get_time (change),
               trellis_workshop_change_get_change (change), trellis_workshop_change_get_kind (change),
               trellis_workshop_change_get_title (change), *fields != '\0' ? ": " : "", fields);
    }
}

int
trellis_cli_log (TrellisCli  *cli,
                 char       **args)
{
  int number = 0;
  gboolean markdown = FALSE;
  GOptionEntry entries[] = {
    { "session", 's', 0, G_OPTION_ARG_INT, &number, N_("The session to show, from 1"), N_("N") },
    { "markdown", 'm', 0, G_OPTION_ARG_NONE, &markdown, N_("Write the session's minutes as Markdown"),
      NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = trellis_cli_context_new (cli, _(log_description), entries);
  g_autoptr(TrellisProject) project = NULL;
  g_autoptr(TrellisWorkshopSession) session = NULL;
  GListModel *sessions;
  guint n_sessions;

  if (!trellis_cli_parse (cli, context, &args))
    return TRELLIS_CLI_EXIT_USAGE;
  if (args[1] == NULL || args[2] != NULL)
    return trellis_cli_usage_error (cli, _("give one FILE"));
  if (!(project = trellis_cli_open_project (args[1])))
    return TRELLIS_CLI_EXIT_FAILED;

  sessions = trellis_project_get_items (project, TRELLIS_TYPE_WORKSHOP_SESSION);
  n_sessions = g_list_model_get_n_items (sessions);
  if (number == 0 && !markdown)
    {
      list_sessions (project);
      return TRELLIS_CLI_EXIT_OK;
    }
  if (number == 0)
    number = n_sessions;
  if (number < 1 || (guint) number > n_sessions)
    {
      /* translators: %d is what was asked for, %u how many sessions there are */
      trellis_cli_print_error (ngettext ("there is no session %d: the file holds %u session",
                                         "there is no session %d: the file holds %u sessions", n_sessions),
                               number, n_sessions);
      return TRELLIS_CLI_EXIT_FAILED;
    }
  session = g_list_model_get_item (sessions, number - 1);
  if (markdown)
    {
      g_autofree char *minutes = trellis_workshop_minutes_to_string (project, session);

      g_print ("%s", minutes);
    }
  else
    list_changes (project, session);
  return TRELLIS_CLI_EXIT_OK;
}
