/* main.c: trellis-cli, Trellis without a window
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `trellis-cli [OPTION…] COMMAND [ARGUMENT…]`: the options before the
 * command are the program's own; the rest belongs to the command, which
 * parses it with its own GOptionContext (see trellis-cli-common.c).
 */

#define G_LOG_DOMAIN "trellis-cli"

#include "config.h"

#include <libxml/parser.h>
#include <locale.h>
#include <glib/gi18n.h>

#include "trellis-cli.h"
#include "trellis-i18n.h"

static const TrellisCliCommand main_command = {
  NULL, N_("COMMAND [ARGUMENT…]"),
  N_("Create, check, inspect and export Trellis projects without opening a window."),
  NULL,
};

static const TrellisCliCommand commands[] = {
  { "new", N_("FILE"), N_("Create a project file from a template"), trellis_cli_new },
  { "validate", N_("FILE…"), N_("Check project files and list every problem"),
    trellis_cli_validate },
  { "info", N_("FILE"), N_("Show a project’s header and how many items it holds"),
    trellis_cli_info },
  { "export", N_("FILE OUT"), N_("Write a project to another file, a CSV, iCalendar or Markdown "
                                 "file"), trellis_cli_export },
  { "import", N_("FILE DATA.csv"), N_("Add or update items of one kind from a CSV file"),
    trellis_cli_import },
  { "canvas", N_("FILE OUT"), N_("Draw the Cluster Business Canvas as a poster (PDF or PNG)"),
    trellis_cli_canvas },
  { "registry", N_("COMMAND"), N_("Keep the list of projects on this computer"),
    trellis_cli_registry },
  { "status", N_("FILE"), N_("Show the traffic lights of a project, each with its reason"),
    trellis_cli_status },
  { "check", N_("FILE"), N_("List what the plan check finds missing or inconsistent"),
    trellis_cli_check },
  { "selfcheck", N_("FILE"), N_("Show every excellence minimum requirement, met or not"),
    trellis_cli_selfcheck },
  { "parking", N_("FILE"), N_("List the questions and ideas of a project’s parking lot"),
    trellis_cli_parking },
  { "votes", N_("FILE"), N_("Show the rounds of dot voting and the items with most dots"),
    trellis_cli_votes },
  { "merge", N_("BASE OURS THEIRS -o OUT"),
    N_("Merge two versions of a project item by item; list the conflicts"), trellis_cli_merge },
  { "merge-driver", N_("BASE OURS THEIRS [PATH]"),
    N_("Merge for git: write the merge into OURS (see git-setup)"), trellis_cli_merge_driver },
  { "git-setup", N_("[REPO]"), N_("Make git merge *.trellis files with trellis-cli"),
    trellis_cli_git_setup },
  { "template", N_("COMMAND"), N_("Save a project as a template, list or delete templates"),
    trellis_cli_template },
  { "log", N_("FILE"), N_("Show the workshop sessions of a project and what each changed"),
    trellis_cli_log },
};

static char *
describe_commands (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const TrellisCliCommand *registry_commands;
  guint n_registry_commands;

  registry_commands = trellis_cli_get_registry_commands (&n_registry_commands);
  g_string_append_printf (out, "%s\n", _("Commands:"));
  trellis_cli_list_commands (out, "", commands, G_N_ELEMENTS (commands));
  g_string_append_printf (out, "\n%s\n", _("Registry commands:"));
  trellis_cli_list_commands (out, "registry ", registry_commands, n_registry_commands);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
describe_program (const char *list)
{
  return g_strdup_printf ("%s\n%s\n\n%s", list,
                          _("Run “trellis-cli COMMAND --help” for the options of a command."),
                          _("Exit status: 0 on success, 1 if a command failed or a file is not\n"
                            "valid, 2 if the command line is wrong."));
}

static int
run (TrellisCli  *cli,
     char       **args)
{
  gboolean version = FALSE;
  GOptionEntry entries[] = {
    TRELLIS_CLI_REGISTRY_OPTION,
    { "version", 0, 0, G_OPTION_ARG_NONE, &version, N_("Show the version and exit"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autofree char *list = describe_commands ();
  g_autofree char *description = describe_program (list);
  g_autoptr(GOptionContext) context = NULL;
  const TrellisCliCommand *command;
  g_autofree char *message = NULL;

  cli->command = &main_command;
  context = trellis_cli_context_new (cli, description, entries);
  /* Options after the command name are the command's. */
  g_option_context_set_strict_posix (context, TRUE);
  if (!trellis_cli_parse (cli, context, &args))
    return TRELLIS_CLI_EXIT_USAGE;

  if (version)
    {
      g_print ("trellis-cli %s\n", PACKAGE_VERSION);
      return TRELLIS_CLI_EXIT_OK;
    }
  if (args[1] == NULL)
    return trellis_cli_bad_command (cli, _("no command given"), list);

  command = trellis_cli_find_command (commands, G_N_ELEMENTS (commands), args[1]);
  if (command == NULL)
    {
      message = g_strdup_printf (_("unknown command “%s”"), args[1]);
      return trellis_cli_bad_command (cli, message, list);
    }
  return trellis_cli_run_command (cli, command, args + 1);
}

/* Machine output (--json) keeps ISO days and the dot, in its words too. */
static void
keep_machine_output_iso (char **args)
{
  for (guint i = 1; args[i] != NULL && g_strcmp0 (args[i], "--") != 0; i++)
    if (g_strcmp0 (args[i], "--json") == 0)
      {
        setlocale (LC_TIME, "C");
        setlocale (LC_NUMERIC, "C");
        return;
      }
}

int
main (int   argc,
      char *argv[])
{
  TrellisCli cli = { NULL, NULL, NULL };
  g_auto(GStrv) args = NULL;
  int status;

  trellis_i18n_init ();
  g_set_prgname ("trellis-cli");
  xmlInitParser ();

  args = g_strdupv (argv);
  keep_machine_output_iso (args);
  status = run (&cli, args);

  g_free (cli.registry_path);
  g_free (cli.command_name);
  return status;
}
