/* trellis-cli-template.c: trellis-cli template save|list|delete
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "trellis-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-cli.h"

static const char template_description[] =
  N_("Keeps the templates new projects start from (`trellis-cli new --template NAME`).\n"
     "A template holds a project’s structure, prompts and key questions, without\n"
     "its people or numbers: no stakeholders, owners, budgets, dates, measurements,\n"
     "votes or snapshots.\n"
     "\n"
     "Commands:\n"
     "  save FILE NAME   save the project in FILE as the template NAME\n"
     "  list             list the built-in templates and yours\n"
     "  delete NAME      delete one of your templates\n"
     "\n"
     "Example:\n"
     "  trellis-cli template save plan.trellis \"Regional start-up\" "
     "--description \"Our usual first year\"");

static char *description_option;

static int
save_command (TrellisCli  *cli,
              char       **args)
{
  g_autoptr(TrellisProject) project = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (args[1] == NULL || args[2] == NULL || args[3] != NULL)
    return trellis_cli_usage_error (cli, _("give the project FILE and the template’s NAME"));
  if (!(project = trellis_cli_open_project (args[1])))
    return TRELLIS_CLI_EXIT_FAILED;
  file = trellis_project_save_as_template (project, args[2], description_option, &error);
  if (file == NULL)
    {
      trellis_cli_print_gerror (error);
      return TRELLIS_CLI_EXIT_FAILED;
    }
  path = g_file_get_parse_name (file);
  /* translators: the first %s is the template's name, the second its file */
  g_print (_("Saved the template “%s” as %s\n"), args[2], path);
  return TRELLIS_CLI_EXIT_OK;
}

static void
print_template (TrellisTemplateInfo *info)
{
  const char *kind = trellis_template_info_is_user (info) ? _("yours") : _("built-in");

  g_print ("%s (%s)\n", trellis_template_info_get_name (info), kind);
  if (*trellis_template_info_get_description (info) != '\0')
    g_print ("  %s\n", trellis_template_info_get_description (info));
  if (*trellis_template_info_get_summary (info) != '\0')
    g_print ("  %s\n", trellis_template_info_get_summary (info));
  if (trellis_template_info_get_problem (info) != NULL)
    /* translators: %s is why a template file cannot be read */
    g_print (_("  cannot be used: %s\n"), trellis_template_info_get_problem (info));
}

static int
list_command (TrellisCli  *cli,
              char       **args)
{
  g_autoptr(GListModel) templates = NULL;

  if (args[1] != NULL)
    return trellis_cli_usage_error (cli, _("template list takes no arguments"));
  templates = trellis_template_list ();
  for (guint i = 0; i < g_list_model_get_n_items (templates); i++)
    {
      g_autoptr(TrellisTemplateInfo) info = g_list_model_get_item (templates, i);

      print_template (info);
    }
  return TRELLIS_CLI_EXIT_OK;
}

static int
delete_command (TrellisCli  *cli,
                char       **args)
{
  g_autoptr(TrellisTemplateInfo) info = NULL;
  g_autoptr(GError) error = NULL;

  if (args[1] == NULL || args[2] != NULL)
    return trellis_cli_usage_error (cli, _("give the NAME of one of your templates"));
  info = trellis_template_find (args[1]);
  if (info == NULL || !trellis_template_info_is_user (info))
    {
      /* translators: %s is a template's name */
      trellis_cli_print_error (_("“%s” is not one of your templates"), args[1]);
      return TRELLIS_CLI_EXIT_FAILED;
    }
  if (!trellis_template_delete (info, &error))
    {
      trellis_cli_print_gerror (error);
      return TRELLIS_CLI_EXIT_FAILED;
    }
  return TRELLIS_CLI_EXIT_OK;
}

int
trellis_cli_template (TrellisCli  *cli,
                      char       **args)
{
  GOptionEntry entries[] = {
    { "description", 'd', 0, G_OPTION_ARG_STRING, &description_option,
      N_("What the template is for (with save)"), N_("TEXT") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = trellis_cli_context_new (cli, _(template_description),
                                                               entries);
  int status;

  if (!trellis_cli_parse (cli, context, &args))
    return TRELLIS_CLI_EXIT_USAGE;
  if (g_strcmp0 (args[1], "save") == 0)
    status = save_command (cli, args + 1);
  else if (g_strcmp0 (args[1], "list") == 0)
    status = list_command (cli, args + 1);
  else if (g_strcmp0 (args[1], "delete") == 0)
    status = delete_command (cli, args + 1);
  else if (args[1] == NULL)
    status = trellis_cli_usage_error (cli, _("no template command given: save, list or delete"));
  else
    /* translators: %s is what was typed */
    status = trellis_cli_usage_error (cli, _("unknown template command “%s”: save, list or delete"),
                                      args[1]);
  g_clear_pointer (&description_option, g_free);
  return status;
}
