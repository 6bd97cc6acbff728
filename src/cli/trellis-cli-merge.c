/* trellis-cli-merge.c: `trellis-cli merge`, `merge-driver` and `git-setup`
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Three-way merges of project files by item (TrellisMerge), for breakout
 * groups' copies and for git.  `merge-driver` is what git runs for a
 * *.trellis file once `git-setup` declared it: it writes the merge into
 * the current version's file, conflicts recorded in it, and its exit status
 * tells git whether the merge is clean.
 */

#define G_LOG_DOMAIN "trellis-cli"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "trellis-cli.h"

#define EXIT_CONFLICTS 1
#define EXIT_ERROR     2

static const char merge_description[] =
  N_("Merges two versions of a project, OURS and THEIRS, that both started from\n"
     "BASE, item by item, and writes the result to OUT.  What only one side\n"
     "changed is taken; a field both changed differently, or an item one side\n"
     "deleted and the other changed, is a conflict: OUT keeps our value (and the\n"
     "item), records theirs, and Trellis shows the conflicts on opening.\n"
     "Conflicts are listed one per line: item, field, ours, theirs.\n"
     "\n"
     "Exit status: 0 merged cleanly, 1 merged with conflicts, 2 a file could not\n"
     "be read or written, or the command line is wrong.\n"
     "\n"
     "Example:\n"
     "  trellis-cli merge handed-out.trellis plan.trellis group-a.trellis -o plan.trellis");

static const char driver_description[] =
  N_("The merge driver git runs for *.trellis files (see `trellis-cli git-setup`):\n"
     "merges OURS (%A) and THEIRS (%B) from BASE (%O) and writes the result\n"
     "into OURS.  On conflicts the file holds our values and records theirs, and\n"
     "the exit status 1 makes git report the conflict; open the file in Trellis\n"
     "to resolve them one by one, then `git add` it.  PATH (%P) names the file\n"
     "in messages.\n"
     "\n"
     "Exit status: 0 merged cleanly, 1 merged with conflicts, 2 a file could not\n"
     "be read or written.");

static const char setup_description[] =
  N_("Makes git merge the *.trellis files of the repository REPO (by default\n"
     "the one of the current folder) item by item: adds\n"
     "“*.trellis merge=trellis” to its .gitattributes unless it is there, and\n"
     "sets merge.trellis.name and merge.trellis.driver in its configuration, the\n"
     "driver being this trellis-cli by its absolute path.  Run it again after\n"
     "moving trellis-cli.  Commit .gitattributes so that the team shares it;\n"
     "each clone runs git-setup once for the configuration.");

/* One line of a value: newlines as spaces, cut at 60 characters. */
static char *
one_line (const char *text)
{
  g_autofree char *flat = g_strdup (text != NULL ? text : "");

  g_strdelimit (flat, "\r\n\t", ' ');
  if (g_utf8_strlen (flat, -1) <= 60)
    return g_steal_pointer (&flat);
  {
    g_autofree char *cut = g_utf8_substring (flat, 0, 59);
    return g_strconcat (cut, "…", NULL);
  }
}

static void
print_conflicts (TrellisProject *result)
{
  GListModel *conflicts = trellis_project_get_items (result, TRELLIS_TYPE_MERGE_CONFLICT);

  for (guint i = 0; i < g_list_model_get_n_items (conflicts); i++)
    {
      g_autoptr(TrellisMergeConflict) conflict = g_list_model_get_item (conflicts, i);
      g_autofree char *title = trellis_merge_conflict_dup_title (conflict);
      g_autofree char *ours = trellis_merge_conflict_dup_value (conflict, TRELLIS_MERGE_SIDE_OURS);
      g_autofree char *theirs = trellis_merge_conflict_dup_value (conflict, TRELLIS_MERGE_SIDE_THEIRS);
      g_autofree char *ours_line = one_line (ours);
      g_autofree char *theirs_line = one_line (theirs);
      const TrellisField *found = trellis_merge_conflict_find_field (conflict);
      const char *field = found != NULL ? trellis_field_get_label (found) : trellis_merge_conflict_get_field (conflict);

      /* translators: one merge conflict: the item’s title, the field, our value, their value */
      g_print (_("conflict: “%s”, %s: ours “%s”, theirs “%s”\n"), title,
               field != NULL ? field : _("the item"), ours_line, theirs_line);
    }
}

/* Loads the three versions, merges them and writes the result to @out_path. */
static int
merge_files (const char *base_path,
             const char *ours_path,
             const char *theirs_path,
             const char *out_path)
{
  g_autoptr(GFile) out = g_file_new_for_commandline_arg (out_path);
  g_autoptr(TrellisProject) base = NULL;
  g_autoptr(TrellisProject) ours = NULL;
  g_autoptr(TrellisProject) theirs = NULL;
  g_autoptr(TrellisMerge) merge = NULL;
  g_autoptr(GError) error = NULL;
  TrellisProject *result;

  if (!(base = trellis_cli_load_project (base_path, &error)) ||
      !(ours = trellis_cli_load_project (ours_path, &error)) ||
      !(theirs = trellis_cli_load_project (theirs_path, &error)))
    {
      trellis_cli_print_gerror (error);
      return EXIT_ERROR;
    }
  merge = trellis_merge_new (base, ours, theirs);
  if (!trellis_merge_run (merge, &error) ||
      !trellis_cli_check_not_open (out, &error) ||
      !trellis_project_save_copy (trellis_merge_get_result (merge), out, &error))
    {
      trellis_cli_print_gerror (error);
      return EXIT_ERROR;
    }

  result = trellis_merge_get_result (merge);
  print_conflicts (result);
  if (trellis_project_count_items (result, TRELLIS_TYPE_MERGE_CONFLICT) > 0)
    return EXIT_CONFLICTS;
  return TRELLIS_CLI_EXIT_OK;
}

int
trellis_cli_merge (TrellisCli  *cli,
                   char       **args)
{
  g_autofree char *out_path = NULL;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &out_path, N_("Write the merged project to OUT"),
      N_("OUT") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = trellis_cli_context_new (cli, _(merge_description), entries);

  if (!trellis_cli_parse (cli, context, &args))
    return TRELLIS_CLI_EXIT_USAGE;
  if (g_strv_length (args) != 4)
    return trellis_cli_usage_error (cli, _("give three files: BASE OURS THEIRS"));
  if (out_path == NULL)
    return trellis_cli_usage_error (cli, _("say where to write the merge with -o OUT"));

  return merge_files (args[1], args[2], args[3], out_path);
}

int
trellis_cli_merge_driver (TrellisCli  *cli,
                          char       **args)
{
  g_autoptr(GOptionContext) context = trellis_cli_context_new (cli, _(driver_description), NULL);
  guint n;
  int status;

  if (!trellis_cli_parse (cli, context, &args))
    return TRELLIS_CLI_EXIT_USAGE;
  n = g_strv_length (args);
  if (n != 4 && n != 5)
    return trellis_cli_usage_error (cli, _("give BASE OURS THEIRS and optionally PATH, as git "
                                           "does with %%O %%A %%B %%P"));

  status = merge_files (args[1], args[2], args[3], args[2]);
  if (status == EXIT_CONFLICTS && n == 5)
    /* translators: %s is the file's path in the repository */
    g_printerr (_("%s: merged with conflicts; open it in Trellis to resolve them\n"), args[4]);
  return status;
}

/* Runs git in @repo; on failure, @error holds what git said. */
static gboolean
run_git (const char          *repo,
         const char * const  *git_args,
         char               **out,
         GError             **error)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *err = NULL;
  int status = 0;

  g_ptr_array_add (argv, (gpointer) "git");
  g_ptr_array_add (argv, (gpointer) "-C");
  g_ptr_array_add (argv, (gpointer) repo);
  for (guint i = 0; git_args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) git_args[i]);
  g_ptr_array_add (argv, NULL);

  if (!g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, out, &err,
                     &status, error))
    return FALSE;
  if (!g_spawn_check_wait_status (status, NULL))
    {
      g_set_error (error, G_SPAWN_EXIT_ERROR, status, "git: %s", g_strstrip (err));
      return FALSE;
    }
  return TRUE;
}

/* This program by its absolute path, quoted for git's shell. */
static char *
find_self (void)
{
  g_autofree char *path = g_file_read_link ("/proc/self/exe", NULL);

  if (path == NULL)
    path = g_find_program_in_path ("trellis-cli");
  return g_shell_quote (path != NULL ? path : "trellis-cli");
}

#define ATTRIBUTES_LINE "*.trellis merge=trellis"

/* Adds the line to .gitattributes unless it is there; returns whether it added it. */
static gboolean
add_attributes (const char  *toplevel,
                gboolean    *added,
                GError     **error)
{
  g_autofree char *path = g_build_filename (toplevel, ".gitattributes", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) out = NULL;

  *added = FALSE;
  if (!g_file_get_contents (path, &text, NULL, NULL))
    text = g_strdup ("");
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_strcmp0 (g_strstrip (lines[i]), ATTRIBUTES_LINE) == 0)
      return TRUE;

  out = g_string_new (text);
  if (out->len > 0 && out->str[out->len - 1] != '\n')
    g_string_append_c (out, '\n');
  g_string_append (out, ATTRIBUTES_LINE "\n");
  *added = TRUE;
  return g_file_set_contents (path, out->str, out->len, error);
}

static gboolean
set_up_repository (const char  *repo,
                   GError     **error)
{
  const char * const toplevel_args[] = { "rev-parse", "--show-toplevel", NULL };
  g_autofree char *toplevel = NULL;
  g_autofree char *self = find_self ();
  g_autofree char *driver = g_strdup_printf ("%s merge-driver %%O %%A %%B %%P", self);
  const char * const name_args[] = { "config", "merge.trellis.name",
                                     "Trellis projects, merged item by item", NULL };
  const char * const driver_args[] = { "config", "merge.trellis.driver", driver, NULL };
  gboolean added;

  if (!run_git (repo, toplevel_args, &toplevel, error) ||
      !add_attributes (g_strstrip (toplevel), &added, error) ||
      !run_git (repo, name_args, NULL, error) ||
      !run_git (repo, driver_args, NULL, error))
    return FALSE;

  if (added)
    /* translators: %s is a folder */
    g_print (_("Added “*.trellis merge=trellis” to %s/.gitattributes\n"), toplevel);
  else
    g_print (_("%s/.gitattributes already merges *.trellis files with Trellis\n"), toplevel);
  /* translators: %s is a command line */
  g_print (_("Set merge.trellis.driver to: %s\n"), driver);
  return TRUE;
}

int
trellis_cli_git_setup (TrellisCli  *cli,
                       char       **args)
{
  g_autoptr(GOptionContext) context = trellis_cli_context_new (cli, _(setup_description), NULL);
  g_autoptr(GError) error = NULL;

  if (!trellis_cli_parse (cli, context, &args))
    return TRELLIS_CLI_EXIT_USAGE;
  if (args[1] != NULL && args[2] != NULL)
    return trellis_cli_usage_error (cli, _("give at most one REPO"));

  if (!set_up_repository (args[1] != NULL ? args[1] : ".", &error))
    {
      trellis_cli_print_gerror (error);
      return TRELLIS_CLI_EXIT_FAILED;
    }
  return TRELLIS_CLI_EXIT_OK;
}
