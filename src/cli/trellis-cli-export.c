/* trellis-cli-export.c: `trellis-cli export` to CSV, iCalendar and Markdown
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One function per format, picked by OUT's extension in
 * trellis_cli_export () (trellis-cli-project.c); each writes OUT at once,
 * never half written.
 */

#define G_LOG_DOMAIN "trellis-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-cli.h"
#include "trellis-csv-export.h"
#include "trellis-ics.h"
#include "trellis-import.h"
#include "trellis-markdown.h"

void
trellis_cli_export_options_clear (TrellisCliExportOptions *options)
{
  g_clear_pointer (&options->kind, g_free);
}

static int
report (gboolean  written,
        GError   *error)
{
  if (written)
    return TRELLIS_CLI_EXIT_OK;
  trellis_cli_print_gerror (error);
  return TRELLIS_CLI_EXIT_FAILED;
}

int
trellis_cli_export_csv (TrellisCli                    *cli,
                        const char                    *path,
                        const char                    *out_path,
                        const TrellisCliExportOptions *options)
{
  g_autofree char *kinds = g_strjoinv (", ", (char **) trellis_import_list_kinds ());
  g_autoptr(GFile) out = g_file_new_for_commandline_arg (out_path);
  g_autoptr(TrellisProject) project = NULL;
  g_autoptr(GError) error = NULL;
  GType item_type;

  if (options->kind == NULL)
    return trellis_cli_usage_error (cli, _("a CSV file holds one kind of items: say which with "
                                           "--kind KIND: %s"), kinds);
  item_type = trellis_import_kind_to_type (options->kind);
  if (item_type == G_TYPE_INVALID)
    return trellis_cli_usage_error (cli, _("unknown kind “%s”: use %s"), options->kind, kinds);

  project = trellis_cli_open_project (path);
  if (project == NULL)
    return TRELLIS_CLI_EXIT_FAILED;
  return report (trellis_csv_export_to_file (project, item_type, out, &error), error);
}

int
trellis_cli_export_ics (TrellisCli                    *cli,
                        const char                    *path,
                        const char                    *out_path,
                        const TrellisCliExportOptions *options)
{
  g_autoptr(GFile) out = g_file_new_for_commandline_arg (out_path);
  g_autoptr(TrellisProject) project = trellis_cli_open_project (path);
  g_autoptr(GError) error = NULL;

  if (project == NULL)
    return TRELLIS_CLI_EXIT_FAILED;
  return report (trellis_ics_write_file (project, out, &error), error);
}

int
trellis_cli_export_markdown (TrellisCli                    *cli,
                             const char                    *path,
                             const char                    *out_path,
                             const TrellisCliExportOptions *options)
{
  g_autoptr(GFile) out = g_file_new_for_commandline_arg (out_path);
  g_autoptr(TrellisProject) project = trellis_cli_open_project (path);
  g_autoptr(GError) error = NULL;

  if (project == NULL)
    return TRELLIS_CLI_EXIT_FAILED;
  return report (trellis_markdown_write_file (project, trellis_date_today (), out, &error), error);
}
