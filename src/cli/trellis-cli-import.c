/* trellis-cli-import.c: `trellis-cli import`, items from a CSV file
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The command shows the same preview the window will (columns mapped,
 * first rows, every problem) and saves only a file without problems,
 * through the same atomic save as the application, never while Trellis
 * has the project open.
 */

#define G_LOG_DOMAIN "trellis-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-cli.h"
#include "trellis-import.h"

/* The preview shows this many rows as read. */
#define PREVIEW_ROWS 5

typedef struct
{
  char     *kind;
  char    **maps;
  gboolean  dry_run;
  gboolean  json;
} ImportOptions;

static void
clear_import_options (ImportOptions *options)
{
  g_clear_pointer (&options->kind, g_free);
  g_clear_pointer (&options->maps, g_strfreev);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ImportOptions, clear_import_options)

static const char import_description[] =
  N_("Imports the rows of DATA.csv into the project in FILE as items of one kind:\n"
     "stakeholders, swot, tows, canvas, goals, indicators, measurements, actions,\n"
     "milestones or services.\n"
     "\n"
     "The first row names the columns, by a field's name (due, budget-planned) or\n"
     "its label in the application (Planned Budget); case and spaces do not\n"
     "matter. --map gives the field of another column, or leaves it out (“Notes=”).\n"
     "Cells may be comma, semicolon or tab separated, in UTF-8. Enumerations take\n"
     "their value or label, yes/no answers yes, no, true, false, 1 or 0, dates\n"
     "YYYY-MM-DD, numbers a decimal point and an optional %. References are names:\n"
     "an action's goal by its title, its owner by a stakeholder's name (or kept as\n"
     "an outside owner), lists separated by | or ;.\n"
     "\n"
     "A row whose title or name an item of the kind already has updates that item.\n"
     "If any row has a problem, every problem is listed and nothing is imported.\n"
     "--dry-run shows what would happen without saving.\n"
     "\n"
     "Example:\n"
     "  trellis-cli import plan.trellis --kind stakeholders participants.csv \\\n"
     "      --map \"E-mail=contact\" --dry-run");

static void
print_columns (TrellisImport *import,
               GType          item_type)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint width = 0;

  for (guint c = 0; c < trellis_import_get_n_columns (import); c++)
    width = MAX (width, trellis_cli_text_width (trellis_import_get_column_title (import, c)));

  g_string_append_printf (out, "%s\n", _("Columns:"));
  for (guint c = 0; c < trellis_import_get_n_columns (import); c++)
    {
      int field = trellis_import_get_column_field (import, c);

      g_string_append (out, "  ");
      trellis_cli_append_padded (out, trellis_import_get_column_title (import, c), width + 2);
      if (field >= 0)
        g_string_append_printf (out, "→ %s\n", trellis_import_field_label (item_type, field));
      else
        g_string_append_printf (out, "%s\n", _("(left out)"));
    }
  g_print ("%s", out->str);
}

static void
print_first_rows (TrellisImport *import)
{
  guint n_rows = MIN (trellis_import_get_n_rows (import), PREVIEW_ROWS);

  if (n_rows > 0)
    g_print ("%s\n", _("First rows:"));
  for (guint r = 0; r < n_rows; r++)
    {
      g_autoptr(GString) line = g_string_new (NULL);

      for (guint c = 0; c < trellis_import_get_n_columns (import); c++)
        g_string_append_printf (line, "%s%s", c > 0 ? " | " : "",
                                trellis_import_get_cell (import, r, c));
      g_strdelimit (line->str, "\r\n", ' ');
      /* translators: a row of the CSV file as read: "row 2: cell | cell" */
      g_print (_("  row %u: %s\n"), r + 2, line->str);
    }
}

static void
print_problems (TrellisImport *import)
{
  guint n_problems = trellis_import_get_n_problems (import);
  const char *message;

  for (guint i = 0; (message = trellis_import_get_problem (import, i, NULL, NULL)) != NULL; i++)
    trellis_cli_print_error ("%s", message);
  if (n_problems > 0)
    trellis_cli_print_error (ngettext ("%u problem; nothing was imported",
                                       "%u problems; nothing was imported", n_problems),
                             n_problems);
}

static void
print_preview (TrellisImport *import,
               GType          item_type,
               const char    *kind)
{
  print_columns (import, item_type);
  print_first_rows (import);
  if (trellis_import_get_n_problems (import) == 0)
    /* translators: "3 would be added and 2 updated (stakeholders)"; the plural follows the first number */
    g_print (ngettext ("%u would be added and %u updated (%s)\n", "%u would be added and %u updated (%s)\n",
                       trellis_import_get_n_new (import)),
             trellis_import_get_n_new (import), trellis_import_get_n_updated (import), kind);
}

static void
write_problems (TrellisCliJson *json,
                TrellisImport  *import)
{
  const char *message;
  guint row, column;

  trellis_cli_json_key (json, "problems");
  trellis_cli_json_begin_array (json);
  for (guint i = 0; (message = trellis_import_get_problem (import, i, &row, &column)) != NULL; i++)
    {
      trellis_cli_json_begin_object (json);
      trellis_cli_json_key (json, "row");
      trellis_cli_json_int (json, row);
      trellis_cli_json_key (json, "column");
      trellis_cli_json_int (json, column);
      trellis_cli_json_key (json, "message");
      trellis_cli_json_string (json, message);
      trellis_cli_json_end_object (json);
    }
  trellis_cli_json_end_array (json);
}

static void
write_columns (TrellisCliJson *json,
               TrellisImport  *import,
               GType           item_type)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (item_type);

  trellis_cli_json_key (json, "columns");
  trellis_cli_json_begin_array (json);
  for (guint c = 0; c < trellis_import_get_n_columns (import); c++)
    {
      int field = trellis_import_get_column_field (import, c);

      trellis_cli_json_begin_object (json);
      trellis_cli_json_key (json, "title");
      trellis_cli_json_string (json, trellis_import_get_column_title (import, c));
      trellis_cli_json_key (json, "field");
      if (field >= 0)
        trellis_cli_json_string (json, trellis_item_class_get_field (TRELLIS_ITEM_CLASS (klass),
                                                                     field)->pspec->name);
      else
        trellis_cli_json_null (json);
      trellis_cli_json_end_object (json);
    }
  trellis_cli_json_end_array (json);
}

static void
write_preview (TrellisImport *import,
               GType          item_type,
               const char    *data_path,
               gboolean       imported)
{
  g_autoptr(TrellisCliJson) json = trellis_cli_json_new ();
  g_autofree char *display_name = g_filename_display_name (data_path);
  char separator[2] = { trellis_import_get_separator (import), '\0' };

  trellis_cli_json_begin_object (json);
  trellis_cli_json_key (json, "file");
  trellis_cli_json_string (json, display_name);
  trellis_cli_json_key (json, "kind");
  trellis_cli_json_string (json, trellis_import_type_to_kind (item_type));
  trellis_cli_json_key (json, "separator");
  trellis_cli_json_string (json, separator);
  trellis_cli_json_key (json, "rows");
  trellis_cli_json_int (json, trellis_import_get_n_rows (import));
  trellis_cli_json_key (json, "new");
  trellis_cli_json_int (json, trellis_import_get_n_new (import));
  trellis_cli_json_key (json, "updated");
  trellis_cli_json_int (json, trellis_import_get_n_updated (import));
  trellis_cli_json_key (json, "imported");
  trellis_cli_json_boolean (json, imported);
  write_columns (json, import, item_type);
  write_problems (json, import);
  trellis_cli_json_end_object (json);
  trellis_cli_print_json (g_steal_pointer (&json));
}

static TrellisImport *
read_data (TrellisProject      *project,
           GType                item_type,
           const char          *data_path,
           const ImportOptions *options)
{
  g_autoptr(TrellisImport) import = trellis_import_new (project, item_type);
  g_autofree char *display_name = g_filename_display_name (data_path);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  for (guint i = 0; options->maps != NULL && options->maps[i] != NULL; i++)
    if (!trellis_import_map (import, options->maps[i], &error))
      break;
  if (error == NULL && g_file_get_contents (data_path, &contents, &length, &error))
    trellis_import_load_data (import, display_name, contents, length, &error);
  if (error != NULL)
    {
      trellis_cli_print_gerror (error);
      return NULL;
    }
  return g_steal_pointer (&import);
}

static gboolean
save_project (TrellisProject *project,
              const char     *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;

  if (!trellis_cli_check_not_open (file, &error) || !trellis_project_save (project, file, &error))
    {
      trellis_cli_print_gerror (error);
      return FALSE;
    }
  return TRUE;
}

static int
run_import (const char          *path,
            const char          *data_path,
            GType                item_type,
            const ImportOptions *options)
{
  g_autoptr(TrellisProject) project = trellis_cli_open_project (path);
  g_autoptr(TrellisImport) import = NULL;
  gboolean ok;

  if (project == NULL || !(import = read_data (project, item_type, data_path, options)))
    return TRELLIS_CLI_EXIT_FAILED;

  ok = trellis_import_get_n_problems (import) == 0;
  if (ok && !options->dry_run)
    ok = trellis_import_apply (import, NULL) && save_project (project, path);

  if (options->json)
    write_preview (import, item_type, data_path, ok && !options->dry_run);
  else if (options->dry_run)
    print_preview (import, item_type, options->kind);
  else if (ok)
    /* translators: "3 added and 2 updated (stakeholders)"; the plural follows the first number */
    g_print (ngettext ("%u added and %u updated (%s)\n", "%u added and %u updated (%s)\n",
                       trellis_import_get_n_new (import)),
             trellis_import_get_n_new (import), trellis_import_get_n_updated (import), options->kind);
  if (!options->json)
    print_problems (import);
  return ok ? TRELLIS_CLI_EXIT_OK : TRELLIS_CLI_EXIT_FAILED;
}

int
trellis_cli_import (TrellisCli  *cli,
                    char       **args)
{
  g_auto(ImportOptions) options = { NULL, NULL, FALSE, FALSE };
  GOptionEntry entries[] = {
    { "kind", 'k', 0, G_OPTION_ARG_STRING, &options.kind,
      N_("The kind of items the rows are (required)"), N_("KIND") },
    { "map", 'm', 0, G_OPTION_ARG_STRING_ARRAY, &options.maps,
      N_("Read the column COLUMN as FIELD; “COLUMN=” leaves it out"), N_("COLUMN=FIELD") },
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &options.dry_run,
      N_("Show the columns, the first rows and every problem; change nothing"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &options.json,
      N_("Write the preview and its problems as a JSON object"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = trellis_cli_context_new (cli, _(import_description), entries);
  g_autofree char *kinds = NULL;
  GType item_type;

  if (!trellis_cli_parse (cli, context, &args))
    return TRELLIS_CLI_EXIT_USAGE;
  if (args[1] == NULL || args[2] == NULL || args[3] != NULL)
    return trellis_cli_usage_error (cli, _("give the project FILE and the DATA.csv to import"));

  kinds = g_strjoinv (", ", (char **) trellis_import_list_kinds ());
  if (options.kind == NULL)
    return trellis_cli_usage_error (cli, _("say what the rows are with --kind KIND: %s"), kinds);
  item_type = trellis_import_kind_to_type (options.kind);
  if (item_type == G_TYPE_INVALID)
    return trellis_cli_usage_error (cli, _("unknown kind “%s”: use %s"), options.kind, kinds);

  return run_import (args[1], args[2], item_type, &options);
}
