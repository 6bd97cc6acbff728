/* trellis-cli-canvas.c: `trellis-cli canvas`, the Cluster Business Canvas as a poster
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "trellis-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-cli.h"

#define DEFAULT_PNG_WIDTH 3508   /* A3 at 300 dpi */

static const char canvas_description[] =
  N_("Draws the Cluster Business Canvas of the project in FILE as a one-page poster, in\n"
     "the format OUT’s extension names:\n"
     "  .pdf  an A3 landscape page\n"
     "  .png  an image (--width pixels wide)\n"
     "\n"
     "Without --version it draws the canvas as it is; with it, the named version\n"
     "(“To-be 2029”). OUT is replaced if it exists.");

/* Returns: (transfer none): the version called @name, NULL with @error set if none is */
static TrellisCanvasVersion *
find_version (TrellisProject  *project,
              const char      *name,
              GError         **error)
{
  GListModel *versions = trellis_project_get_items (project, TRELLIS_TYPE_CANVAS_VERSION);
  g_autoptr(GString) known = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (versions); i++)
    {
      g_autoptr(TrellisItem) version = g_list_model_get_item (versions, i);
      const char *version_name = trellis_canvas_version_get_name (TRELLIS_CANVAS_VERSION (version));

      if (g_strcmp0 (version_name, name) == 0)
        return TRELLIS_CANVAS_VERSION (version);
      g_string_append_printf (known, "%s“%s”", known->len > 0 ? ", " : "", version_name);
    }

  if (known->len == 0)
    /* translators: %s is a canvas version's name */
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                 _("the project has no canvas version “%s”; it has no versions at all"), name);
  else
    /* translators: the first %s is a canvas version's name, the second the list of those there are */
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                 _("the project has no canvas version “%s”; it has %s"), name, known->str);
  return NULL;
}

int
trellis_cli_canvas (TrellisCli  *cli,
                    char       **args)
{
  g_autofree char *version_name = NULL;
  int width = DEFAULT_PNG_WIDTH;
  const GOptionEntry entries[] = {
    { "version", 0, 0, G_OPTION_ARG_STRING, &version_name, N_("Draw the canvas version NAME"), N_("NAME") },
    { "width", 0, 0, G_OPTION_ARG_INT, &width, N_("Width of a PNG in pixels (3508)"), N_("PIXELS") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = trellis_cli_context_new (cli, _(canvas_description), entries);
  g_autoptr(TrellisProject) project = NULL;
  g_autoptr(GFile) out = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *extension = NULL;
  TrellisCanvasVersion *version = NULL;
  gboolean ok;

  if (!trellis_cli_parse (cli, context, &args))
    return TRELLIS_CLI_EXIT_USAGE;
  if (args[1] == NULL || args[2] == NULL || args[3] != NULL)
    return trellis_cli_usage_error (cli, _("give the project FILE and the OUT file to write"));
  if (width < 100 || width > 20000)
    return trellis_cli_usage_error (cli, _("--width must be between 100 and 20000 pixels"));

  extension = trellis_cli_get_extension (args[2]);
  if (g_strcmp0 (extension, ".pdf") != 0 && g_strcmp0 (extension, ".png") != 0)
    {
      g_autofree char *display_name = g_filename_display_name (args[2]);

      return trellis_cli_usage_error (cli, _("cannot tell the format of %s from its extension: "
                                             "use .pdf or .png"), display_name);
    }

  project = trellis_cli_load_project (args[1], &error);
  if (project != NULL && version_name != NULL)
    version = find_version (project, version_name, &error);
  if (project == NULL || (version_name != NULL && version == NULL))
    {
      trellis_cli_print_gerror (error);
      return TRELLIS_CLI_EXIT_FAILED;
    }

  out = g_file_new_for_commandline_arg (args[2]);
  if (g_str_equal (extension, ".pdf"))
    ok = trellis_canvas_poster_write_pdf (project, version, out, &error);
  else
    ok = trellis_canvas_poster_write_png (project, version, out, width, &error);
  if (!ok)
    {
      trellis_cli_print_gerror (error);
      return TRELLIS_CLI_EXIT_FAILED;
    }
  return TRELLIS_CLI_EXIT_OK;
}
