/* trellis-cli-registry.c: `trellis-cli registry …`
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The registry is the list of projects on this computer that the start
 * page of Trellis shows.  These commands let an administrator or a script
 * fill it (add, scan), clean it (remove, rebuild) and read it (list,
 * search).
 */

#define G_LOG_DOMAIN "trellis-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-cli.h"

static int list_command    (TrellisCli *cli, char **args);
static int search_command  (TrellisCli *cli, char **args);
static int add_command     (TrellisCli *cli, char **args);
static int remove_command  (TrellisCli *cli, char **args);
static int scan_command    (TrellisCli *cli, char **args);
static int rebuild_command (TrellisCli *cli, char **args);

static const TrellisCliCommand registry_commands[] = {
  { "list", NULL, N_("List the registered projects"), list_command },
  { "search", N_("TEXT"), N_("List the registered projects that mention TEXT"), search_command },
  { "add", N_("FILE…"), N_("Register project files"), add_command },
  { "remove", N_("FILE…"), N_("Forget project files (the files stay)"), remove_command },
  { "scan", N_("DIR"), N_("Register every project in a folder and its subfolders"), scan_command },
  { "rebuild", NULL, N_("Read every registered file again; mark missing ones"), rebuild_command },
};

typedef const char *(*GetTextFunc) (TrellisRegistryEntry *entry);

/* The table of `list` and `search`; the path comes last. */
static const struct
{
  const char  *title;
  GetTextFunc  get_text;
  gboolean     is_time;
} columns[] = {
  { N_("Name"), trellis_registry_entry_get_name, FALSE },
  { N_("Cluster"), trellis_registry_entry_get_cluster, FALSE },
  { N_("Region"), trellis_registry_entry_get_region, FALSE },
  { N_("Stage"), trellis_registry_entry_get_stage, FALSE },
  { N_("Modified"), trellis_registry_entry_get_modified, TRUE },
  { N_("Path"), trellis_registry_entry_get_path, FALSE },
};

static const char list_description[] =
  N_("Prints a table of the registered projects, the last opened first; a file\n"
     "that is no longer where it was is marked “missing”. With --json, an array\n"
     "with every field of every entry.");

static const char search_description[] =
  N_("Prints the registered projects whose name, cluster, region or description\n"
     "has words starting with every word of TEXT, the best match first.");

static const char add_description[] =
  N_("Reads each FILE and adds it to the registry, or updates its entry.");

static const char remove_description[] =
  N_("Removes each FILE from the registry. The files themselves are not touched.");

static const char scan_description[] =
  N_("Looks for .trellis files in DIR and its subfolders (not hidden ones) and\n"
     "registers every project found; files that do not load are skipped.");

static const char rebuild_description[] =
  N_("Reads every registered file again to bring its entry up to date, and marks\n"
     "the files that are gone as missing.");

const TrellisCliCommand *
trellis_cli_get_registry_commands (guint *n_commands)
{
  *n_commands = G_N_ELEMENTS (registry_commands);
  return registry_commands;
}

static TrellisRegistry *
open_registry (TrellisCli *cli)
{
  g_autoptr(GError) error = NULL;
  TrellisRegistry *registry = trellis_cli_open_registry (cli, &error);

  if (registry == NULL)
    trellis_cli_print_gerror (error);
  return registry;
}

/* Registry times are UTC; people read them in their own time zone. */
static char *
format_local_time (const char *iso8601)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (iso8601 == NULL || !(utc = g_date_time_new_from_iso8601 (iso8601, NULL)))
    return g_strdup (iso8601 != NULL ? iso8601 : "");
  local = g_date_time_to_local (utc);
  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

static char *
get_cell (TrellisRegistryEntry *entry,
          guint                 column)
{
  const char *text;

  if (entry == NULL)
    return g_strdup (_(columns[column].title));
  text = columns[column].get_text (entry);
  if (columns[column].is_time)
    return format_local_time (text);
  return g_strdup (text != NULL ? text : "");
}

static char **
make_row (TrellisRegistryEntry *entry)
{
  char **row = g_new0 (char *, G_N_ELEMENTS (columns) + 1);
  guint last = G_N_ELEMENTS (columns) - 1;

  for (guint i = 0; i < last; i++)
    row[i] = get_cell (entry, i);

  if (entry == NULL)
    row[last] = g_strdup (_(columns[last].title));
  else if (trellis_registry_entry_get_missing (entry))
    {
      g_autofree char *path = g_filename_display_name (columns[last].get_text (entry));

      /* translators: after the path of a registered file that is gone */
      row[last] = g_strdup_printf ("%s  %s", path, _("missing"));
    }
  else
    row[last] = g_filename_display_name (columns[last].get_text (entry));
  return row;
}

static void
print_entries (GPtrArray *entries)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GString) out = g_string_new (NULL);
  guint widths[G_N_ELEMENTS (columns)] = { 0 };

  g_ptr_array_add (rows, make_row (NULL));
  for (guint i = 0; i < entries->len; i++)
    g_ptr_array_add (rows, make_row (g_ptr_array_index (entries, i)));

  for (guint i = 0; i < rows->len; i++)
    for (guint j = 0; j < G_N_ELEMENTS (columns); j++)
      widths[j] = MAX (widths[j], trellis_cli_text_width (((char **) rows->pdata[i])[j]));

  for (guint i = 0; i < rows->len; i++)
    {
      char **row = g_ptr_array_index (rows, i);

      for (guint j = 0; j + 1 < G_N_ELEMENTS (columns); j++)
        trellis_cli_append_padded (out, row[j], widths[j] + 2);
      g_string_append_printf (out, "%s\n", row[G_N_ELEMENTS (columns) - 1]);
    }
  g_print ("%s", out->str);
}

/* Every property, so that scripts get every field an entry has. */
static void
write_entry (TrellisCliJson       *json,
             TrellisRegistryEntry *entry)
{
  guint n_pspecs;
  g_autofree GParamSpec **pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (entry),
                                                                    &n_pspecs);

  trellis_cli_json_begin_object (json);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if (!(pspecs[i]->flags & G_PARAM_READABLE))
        continue;
      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (G_OBJECT (entry), pspecs[i]->name, &value);
      trellis_cli_json_key (json, pspecs[i]->name);
      trellis_cli_json_value (json, &value);
    }
  trellis_cli_json_end_object (json);
}

static void
write_entries (GPtrArray *entries)
{
  g_autoptr(TrellisCliJson) json = trellis_cli_json_new ();

  trellis_cli_json_begin_array (json);
  for (guint i = 0; i < entries->len; i++)
    write_entry (json, g_ptr_array_index (entries, i));
  trellis_cli_json_end_array (json);
  trellis_cli_print_json (g_steal_pointer (&json));
}

static void
print_nothing_found (const char *text)
{
  if (text == NULL)
    g_print ("%s\n", _("No projects are registered."));
  else
    /* translators: %s is the text searched for */
    g_print (_("No registered project mentions “%s”.\n"), text);
}

/* list, or search if @search */
static int
show_entries (TrellisCli  *cli,
              char       **args,
              const char  *description,
              gboolean     search)
{
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Write an array of entries as JSON"), NULL },
    TRELLIS_CLI_REGISTRY_OPTION,
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = trellis_cli_context_new (cli, description, entries);
  g_autoptr(TrellisRegistry) registry = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;

  if (!trellis_cli_parse (cli, context, &args))
    return TRELLIS_CLI_EXIT_USAGE;
  if (search && (args[1] == NULL || args[2] != NULL))
    return trellis_cli_usage_error (cli, _("give one TEXT to search for"));
  if (!search && args[1] != NULL)
    return trellis_cli_usage_error (cli, _("unexpected argument “%s”"), args[1]);

  if (!(registry = open_registry (cli)))
    return TRELLIS_CLI_EXIT_FAILED;
  found = search ? trellis_registry_search (registry, args[1], &error)
                 : trellis_registry_list (registry, &error);
  if (found == NULL)
    {
      trellis_cli_print_gerror (error);
      return TRELLIS_CLI_EXIT_FAILED;
    }

  if (json)
    write_entries (found);
  else if (found->len == 0)
    print_nothing_found (search ? args[1] : NULL);
  else
    print_entries (found);
  return TRELLIS_CLI_EXIT_OK;
}

static int
list_command (TrellisCli  *cli,
              char       **args)
{
  return show_entries (cli, args, _(list_description), FALSE);
}

static int
search_command (TrellisCli  *cli,
                char       **args)
{
  return show_entries (cli, args, _(search_description), TRUE);
}

typedef gboolean (*PathFunc) (TrellisRegistry  *registry,
                              const char       *path,
                              GError          **error);

/* add or remove each FILE */
static int
for_each_file (TrellisCli  *cli,
               char       **args,
               const char  *description,
               PathFunc     func)
{
  GOptionEntry entries[] = { TRELLIS_CLI_REGISTRY_OPTION, G_OPTION_ENTRY_NULL };
  g_autoptr(GOptionContext) context = trellis_cli_context_new (cli, description, entries);
  g_autoptr(TrellisRegistry) registry = NULL;
  int status = TRELLIS_CLI_EXIT_OK;

  if (!trellis_cli_parse (cli, context, &args))
    return TRELLIS_CLI_EXIT_USAGE;
  if (args[1] == NULL)
    return trellis_cli_usage_error (cli, _("give at least one FILE"));
  if (!(registry = open_registry (cli)))
    return TRELLIS_CLI_EXIT_FAILED;

  for (guint i = 1; args[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;

      if (!func (registry, args[i], &error))
        {
          trellis_cli_print_gerror (error);
          status = TRELLIS_CLI_EXIT_FAILED;
        }
    }
  return status;
}

/* Read here rather than by the registry, so that problems name the file
 * as the user wrote it, as `validate` does. */
static gboolean
add_path (TrellisRegistry  *registry,
          const char       *path,
          GError          **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(TrellisProject) project = trellis_cli_load_project (path, error);

  return project != NULL && trellis_registry_add_project (registry, file, project, error);
}

static gboolean
remove_path (TrellisRegistry  *registry,
             const char       *path,
             GError          **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);

  return trellis_registry_remove (registry, file, error);
}

static int
add_command (TrellisCli  *cli,
             char       **args)
{
  return for_each_file (cli, args, _(add_description), add_path);
}

static int
remove_command (TrellisCli  *cli,
                char       **args)
{
  return for_each_file (cli, args, _(remove_description), remove_path);
}

static int
scan_command (TrellisCli  *cli,
              char       **args)
{
  GOptionEntry entries[] = { TRELLIS_CLI_REGISTRY_OPTION, G_OPTION_ENTRY_NULL };
  g_autoptr(GOptionContext) context = trellis_cli_context_new (cli, _(scan_description), entries);
  g_autoptr(TrellisRegistry) registry = NULL;
  g_autoptr(GFile) directory = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *display_name = NULL;
  int n_found;

  if (!trellis_cli_parse (cli, context, &args))
    return TRELLIS_CLI_EXIT_USAGE;
  if (args[1] == NULL || args[2] != NULL)
    return trellis_cli_usage_error (cli, _("give one DIR to scan"));
  if (!(registry = open_registry (cli)))
    return TRELLIS_CLI_EXIT_FAILED;

  directory = g_file_new_for_commandline_arg (args[1]);
  n_found = trellis_registry_scan (registry, directory, &error);
  if (n_found < 0)
    {
      trellis_cli_print_gerror (error);
      return TRELLIS_CLI_EXIT_FAILED;
    }

  display_name = g_filename_display_name (args[1]);
  /* translators: %d is a number of projects, %s a folder */
  g_print (ngettext ("%d project registered from %s\n", "%d projects registered from %s\n",
                     n_found), n_found, display_name);
  return TRELLIS_CLI_EXIT_OK;
}

static int
rebuild_command (TrellisCli  *cli,
                 char       **args)
{
  GOptionEntry entries[] = { TRELLIS_CLI_REGISTRY_OPTION, G_OPTION_ENTRY_NULL };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(TrellisRegistry) registry = NULL;
  g_autoptr(GPtrArray) entries_after = NULL;
  g_autoptr(GError) error = NULL;
  guint n_missing = 0;

  context = trellis_cli_context_new (cli, _(rebuild_description), entries);
  if (!trellis_cli_parse (cli, context, &args))
    return TRELLIS_CLI_EXIT_USAGE;
  if (args[1] != NULL)
    return trellis_cli_usage_error (cli, _("unexpected argument “%s”"), args[1]);
  if (!(registry = open_registry (cli)))
    return TRELLIS_CLI_EXIT_FAILED;

  if (!trellis_registry_rebuild (registry, &error) ||
      !(entries_after = trellis_registry_list (registry, &error)))
    {
      trellis_cli_print_gerror (error);
      return TRELLIS_CLI_EXIT_FAILED;
    }

  for (guint i = 0; i < entries_after->len; i++)
    if (trellis_registry_entry_get_missing (g_ptr_array_index (entries_after, i)))
      n_missing++;
  /* translators: the first %u is a number of projects, the second how many of them are gone */
  g_print (ngettext ("%u project registered, %u missing\n", "%u projects registered, %u missing\n",
                     entries_after->len), entries_after->len, n_missing);
  return TRELLIS_CLI_EXIT_OK;
}

static char *
describe_registry (TrellisCli *cli)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *path = NULL;

  path = cli->registry_path != NULL ? g_strdup (cli->registry_path)
                                    : trellis_registry_default_path ();
  g_string_append_printf (out, "%s\n", _("Commands:"));
  trellis_cli_list_commands (out, "", registry_commands, G_N_ELEMENTS (registry_commands));
  g_string_append_printf (out, "\n%s\n\n", _("Run “trellis-cli registry COMMAND --help” for the "
                                             "options of a command."));
  /* translators: %s is the path of the registry database */
  g_string_append_printf (out, _("The registry is the database given with --registry, else\n"
                                 "$TRELLIS_REGISTRY, else $XDG_DATA_HOME/trellis/registry.db.\n"
                                 "Here: %s"), path);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static int
report_bad_command (TrellisCli *cli,
                    const char *message)
{
  g_autoptr(GString) list = g_string_new (NULL);

  g_string_append_printf (list, "%s\n", _("Registry commands:"));
  trellis_cli_list_commands (list, "registry ", registry_commands,
                             G_N_ELEMENTS (registry_commands));
  return trellis_cli_bad_command (cli, message, list->str);
}

int
trellis_cli_registry (TrellisCli  *cli,
                      char       **args)
{
  GOptionEntry entries[] = { TRELLIS_CLI_REGISTRY_OPTION, G_OPTION_ENTRY_NULL };
  g_autofree char *description = describe_registry (cli);
  g_autoptr(GOptionContext) context = trellis_cli_context_new (cli, description, entries);
  g_autofree char *message = NULL;
  const TrellisCliCommand *command;

  /* Options after the command name are the command's. */
  g_option_context_set_strict_posix (context, TRUE);
  if (!trellis_cli_parse (cli, context, &args))
    return TRELLIS_CLI_EXIT_USAGE;
  if (args[1] == NULL)
    return report_bad_command (cli, _("no registry command given"));

  command = trellis_cli_find_command (registry_commands, G_N_ELEMENTS (registry_commands), args[1]);
  if (command == NULL)
    {
      message = g_strdup_printf (_("unknown registry command “%s”"), args[1]);
      return report_bad_command (cli, message);
    }
  return trellis_cli_run_command (cli, command, args + 1);
}
