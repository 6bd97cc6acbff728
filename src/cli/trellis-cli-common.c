/* trellis-cli-common.c: what the trellis-cli commands share
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every command parses its own options with its own GOptionContext (as
 * `git` and `sysprof-cli` do), reports errors as "trellis-cli: message" on
 * stderr and results on stdout, and exits 0, 1 (it failed) or 2 (it was
 * called wrongly).
 */

#define G_LOG_DOMAIN "trellis-cli"

#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "trellis-cli.h"

/* Command names in lists are padded to this many columns. */
#define COMMAND_COLUMN 18

gboolean
trellis_cli_set_registry_cb (const char  *option_name,
                             const char  *value,
                             gpointer     data,
                             GError     **error)
{
  TrellisCli *cli = data;

  g_free (cli->registry_path);
  cli->registry_path = g_strdup (value);
  return TRUE;
}

static void
print_error_lines (const char *message)
{
  g_auto(GStrv) lines = g_strsplit (message, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    g_printerr ("trellis-cli: %s\n", lines[i]);
}

void
trellis_cli_print_error (const char *format,
                         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  print_error_lines (message);
}

/* A message of several lines ("file:line: problem" each) gets the prefix on every line. */
void
trellis_cli_print_gerror (const GError *error)
{
  print_error_lines (error->message);
}

static void
print_hint (TrellisCli *cli)
{
  g_autofree char *command = NULL;

  if (cli->command_name != NULL)
    command = g_strdup_printf ("trellis-cli %s", cli->command_name);
  else
    command = g_strdup ("trellis-cli");
  /* translators: %s is a command, such as "trellis-cli new" */
  g_printerr (_("Try “%s --help” for more information.\n"), command);
}

/**
 * trellis_cli_usage_error:
 *
 * Reports that @cli was called wrongly and where to read how to call it.
 *
 * Returns: %TRELLIS_CLI_EXIT_USAGE
 */
int
trellis_cli_usage_error (TrellisCli *cli,
                         const char *format,
                         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  print_error_lines (message);
  print_hint (cli);
  return TRELLIS_CLI_EXIT_USAGE;
}

/**
 * trellis_cli_bad_command:
 * @commands: the list of the commands there are
 *
 * Reports a missing or unknown command, with the list of those there are.
 *
 * Returns: %TRELLIS_CLI_EXIT_USAGE
 */
int
trellis_cli_bad_command (TrellisCli *cli,
                         const char *message,
                         const char *commands)
{
  print_error_lines (message);
  g_printerr ("\n%s\n", commands);
  print_hint (cli);
  return TRELLIS_CLI_EXIT_USAGE;
}

void
trellis_cli_list_commands (GString                 *out,
                           const char              *prefix,
                           const TrellisCliCommand *commands,
                           guint                    n_commands)
{
  for (guint i = 0; i < n_commands; i++)
    {
      g_autofree char *name = g_strconcat (prefix, commands[i].name, NULL);

      g_string_append (out, "  ");
      trellis_cli_append_padded (out, name, COMMAND_COLUMN);
      g_string_append_printf (out, "%s\n", _(commands[i].summary));
    }
}

const TrellisCliCommand *
trellis_cli_find_command (const TrellisCliCommand *commands,
                          guint                    n_commands,
                          const char              *name)
{
  for (guint i = 0; i < n_commands; i++)
    if (g_strcmp0 (commands[i].name, name) == 0)
      return &commands[i];

  return NULL;
}

/**
 * trellis_cli_run_command:
 * @args: the arguments from the command's name on
 *
 * Runs @command as a subcommand of the one running (if any).
 *
 * Returns: the exit status
 */
int
trellis_cli_run_command (TrellisCli              *cli,
                         const TrellisCliCommand *command,
                         char                   **args)
{
  g_autofree char *name = NULL;
  g_autofree char *prgname = NULL;

  if (cli->command_name != NULL)
    name = g_strdup_printf ("%s %s", cli->command_name, command->name);
  else
    name = g_strdup (command->name);

  /* GOptionContext starts its usage line with the program name. */
  prgname = g_strdup_printf ("trellis-cli %s", name);
  g_set_prgname (prgname);

  g_free (cli->command_name);
  cli->command_name = g_steal_pointer (&name);
  cli->command = command;
  return command->run (cli, args);
}

/**
 * trellis_cli_context_new:
 * @description: (nullable): shown after the options in `--help`
 * @entries: (nullable): the command's options; they may use
 *   %G_OPTION_ARG_CALLBACK, which gets @cli as its data
 *
 * Returns: (transfer full): the options of the running command
 */
GOptionContext *
trellis_cli_context_new (TrellisCli         *cli,
                         const char         *description,
                         const GOptionEntry *entries)
{
  const TrellisCliCommand *command = cli->command;
  GOptionContext *context;
  GOptionGroup *group;

  context = g_option_context_new (command->parameters != NULL ? _(command->parameters) : NULL);
  group = g_option_group_new (NULL, NULL, NULL, cli, NULL);
  g_option_group_set_translation_domain (group, GETTEXT_PACKAGE);
  if (entries != NULL)
    g_option_group_add_entries (group, entries);
  g_option_context_set_main_group (context, group);
  g_option_context_set_summary (context, _(command->summary));
  if (description != NULL)
    g_option_context_set_description (context, description);
  return context;
}

/**
 * trellis_cli_parse:
 *
 * Parses @args, leaving the command name and its other arguments; `--help`
 * prints the help and exits.
 *
 * Returns: %FALSE, after reporting why, if the options are wrong
 */
gboolean
trellis_cli_parse (TrellisCli       *cli,
                   GOptionContext   *context,
                   char           ***args)
{
  g_autoptr(GError) error = NULL;

  if (g_option_context_parse_strv (context, args, &error))
    return TRUE;

  trellis_cli_usage_error (cli, "%s", error->message);
  return FALSE;
}

/**
 * trellis_cli_print_json:
 * @json: (transfer full): a finished document
 *
 * JSON is always UTF-8: it is written as it is, not converted to the
 * locale's charset as g_print() would.
 */
void
trellis_cli_print_json (TrellisCliJson *json)
{
  g_autofree char *text = trellis_cli_json_steal (json);

  fputs (text, stdout);
  fflush (stdout);
}

static gboolean
check_regular_file (const char  *path,
                    const char  *display_name,
                    GError     **error)
{
  GStatBuf buf;

  if (g_stat (path, &buf) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno), "%s: %s",
                   display_name, g_strerror (saved_errno));
      return FALSE;
    }
  /* A FIFO or a device could block or never end. */
  if (!S_ISREG (buf.st_mode))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, _("%s: not a regular file"),
                   display_name);
      return FALSE;
    }
  if (buf.st_size > TRELLIS_FILE_MAX_SIZE)
    {
      g_autofree char *size = g_format_size_full (buf.st_size, G_FORMAT_SIZE_IEC_UNITS);
      g_autofree char *limit = g_format_size_full (TRELLIS_FILE_MAX_SIZE, G_FORMAT_SIZE_IEC_UNITS);

      g_set_error (error, TRELLIS_FILE_ERROR, TRELLIS_FILE_ERROR_TOO_LARGE,
                   _("%s: the file is %s, more than a Trellis project may be (%s)"),
                   display_name, size, limit);
      return FALSE;
    }
  return TRUE;
}

/**
 * trellis_cli_load_project:
 * @path: as given on the command line
 *
 * Reads a project; a file too large is refused before it is read.  Every
 * line of an error message starts with @path (for display), not the base
 * name, so that the user can tell which of several files is wrong.
 *
 * Returns: (transfer full): the project, or %NULL with @error set
 */
TrellisProject *
trellis_cli_load_project (const char  *path,
                          GError     **error)
{
  g_autofree char *display_name = g_filename_display_name (path);
  g_autofree char *contents = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length;

  if (!check_regular_file (path, display_name, error))
    return NULL;

  if (!g_file_get_contents (path, &contents, &length, &local_error))
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", display_name);
      return NULL;
    }

  return trellis_project_load_from_data (contents, length, display_name, error);
}

/**
 * trellis_cli_open_project:
 * @path: as given on the command line
 *
 * trellis_cli_load_project () for a command that stops when the file cannot
 * be read: the problem is printed here.
 *
 * Returns: (transfer full) (nullable): the project, or %NULL after printing why
 */
TrellisProject *
trellis_cli_open_project (const char *path)
{
  g_autoptr(GError) error = NULL;
  TrellisProject *project = trellis_cli_load_project (path, &error);

  if (project == NULL)
    trellis_cli_print_gerror (error);
  return project;
}

/**
 * trellis_cli_check_not_open:
 *
 * Returns: %FALSE if Trellis has @file open (a live lock beside it), so
 *   that it must not be replaced under the user's feet
 */
gboolean
trellis_cli_check_not_open (GFile   *file,
                            GError **error)
{
  g_autoptr(TrellisLock) lock = trellis_lock_read (file, NULL);
  g_autofree char *name = NULL;
  const char *user;

  if (lock == NULL || trellis_lock_is_stale (lock) || trellis_lock_is_ours (lock))
    return TRUE;

  name = g_file_get_parse_name (file);
  user = trellis_lock_get_user (lock);
  /* translators: "FILE is open in Trellis by USER on HOST" */
  g_set_error (error, TRELLIS_LOCK_ERROR, TRELLIS_LOCK_ERROR_LOCKED,
               _("%s is open in Trellis by %s on %s; close it there first"),
               name, user != NULL ? user : "?", trellis_lock_get_host (lock));
  return FALSE;
}

/**
 * trellis_cli_open_registry:
 *
 * Opens the registry of `--registry`, else of `$TRELLIS_REGISTRY`, else the
 * user's; says so if a damaged one had to be replaced.
 *
 * Returns: (transfer full): the registry, or %NULL with @error set
 */
TrellisRegistry *
trellis_cli_open_registry (TrellisCli  *cli,
                           GError     **error)
{
  TrellisRegistry *registry = trellis_registry_open (cli->registry_path, error);
  const char *recovered_from;

  if (registry != NULL && (recovered_from = trellis_registry_get_recovered_from (registry)))
    {
      g_autofree char *display_name = g_filename_display_name (recovered_from);

      /* translators: %s is where the damaged registry database was moved */
      trellis_cli_print_error (_("the project registry was damaged and has been started afresh; "
                                 "the old one is kept as %s"), display_name);
    }
  return registry;
}

/* For people: an enumeration by its nick, nothing for an unset text. */
char *
trellis_cli_format_value (const GValue *value)
{
  if (G_VALUE_HOLDS_STRING (value))
    return g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
  if (G_VALUE_HOLDS_INT (value))
    return g_strdup_printf ("%d", g_value_get_int (value));
  if (G_VALUE_HOLDS_ENUM (value))
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (G_VALUE_TYPE (value));
      GEnumValue *enum_value = g_enum_get_value (klass, g_value_get_enum (value));

      if (enum_value != NULL)
        return g_strdup (enum_value->value_nick);
      return g_strdup_printf ("%d", g_value_get_enum (value));
    }
  return g_strdup_value_contents (value);
}

/**
 * trellis_cli_enum_nick:
 *
 * Returns: (transfer none): the nick of @value in the GEnum @type ("red",
 *   "not-met", "goal-without-action"), the words scripts read; "" if none
 */
const char *
trellis_cli_enum_nick (GType type,
                       int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *enum_value = g_enum_get_value (klass, value);

  /* The class of a static GEnum is never freed, nor its nicks. */
  return enum_value != NULL ? enum_value->value_nick : "";
}

/**
 * trellis_cli_resolve_as_of:
 * @as_of: --as-of as the user wrote it, or %NULL for today
 *
 * Returns: (transfer full) (nullable): the day to judge as YYYY-MM-DD
 *   ($TRELLIS_TODAY or the clock's for %NULL), or %NULL after reporting a
 *   usage error: the caller then exits with %TRELLIS_CLI_EXIT_USAGE
 */
char *
trellis_cli_resolve_as_of (TrellisCli *cli,
                           const char *as_of)
{
  if (as_of == NULL)
    return trellis_date_format (trellis_date_today ());
  if (trellis_date_parse (as_of) == 0)
    {
      trellis_cli_usage_error (cli, _("--as-of: “%s” is not a date; write it as "
                                      "YYYY-MM-DD, such as 2026-12-31"), as_of);
      return NULL;
    }
  return trellis_date_format (trellis_date_parse (as_of));
}

/* Terminal columns: wide (CJK) characters take two, combining marks none. */
guint
trellis_cli_text_width (const char *text)
{
  guint width = 0;

  if (text == NULL)
    return 0;

  /* Bytes that are not UTF-8 count one column each and never make the
   * walk skip the end of the text. */
  for (const char *p = text; *p != '\0';)
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          width++;
          p++;
          continue;
        }
      p = g_utf8_next_char (p);
      if (!g_unichar_iszerowidth (c))
        width += g_unichar_iswide (c) ? 2 : 1;
    }
  return width;
}

void
trellis_cli_append_padded (GString    *out,
                           const char *text,
                           guint       width)
{
  guint used = trellis_cli_text_width (text);

  g_string_append (out, text != NULL ? text : "");
  for (guint i = used; i < width; i++)
    g_string_append_c (out, ' ');
}

/**
 * trellis_cli_get_extension:
 *
 * Returns: (transfer full) (nullable): the extension of @path in lower
 *   case, with its dot (".pdf"), or %NULL if it has none
 */
char *
trellis_cli_get_extension (const char *path)
{
  g_autofree char *basename = g_path_get_basename (path);
  const char *dot = strrchr (basename, '.');

  if (dot == NULL || dot == basename)
    return NULL;
  return g_ascii_strdown (dot, -1);
}

