/* trellis-cli.h: what the trellis-cli commands share
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis.h"
#include "trellis-cli-json.h"

G_BEGIN_DECLS

/* Exit statuses, as documented in `trellis-cli --help`. */
#define TRELLIS_CLI_EXIT_OK     0
#define TRELLIS_CLI_EXIT_FAILED 1
#define TRELLIS_CLI_EXIT_USAGE  2

typedef struct _TrellisCli TrellisCli;

/* @args: the command's own arguments, args[0] being the command name */
typedef int (*TrellisCliRunFunc) (TrellisCli  *cli,
                                  char       **args);

typedef struct
{
  const char        *name;
  const char        *parameters;   /* N_(): shown after "[OPTION…]" in the usage line */
  const char        *summary;      /* N_(): one line for the command list */
  TrellisCliRunFunc  run;
} TrellisCliCommand;

struct _TrellisCli
{
  char                    *registry_path;   /* --registry PATH, or NULL for the default */
  char                    *command_name;    /* "new", "registry list": for messages */
  const TrellisCliCommand *command;         /* the one running */
};

/* The options of `export`; each format reads those it needs. */
typedef struct
{
  char *kind;   /* --kind, for .csv */
} TrellisCliExportOptions;

void trellis_cli_export_options_clear (TrellisCliExportOptions *options);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TrellisCliExportOptions, trellis_cli_export_options_clear)

/* Writes the project in @path to @out_path in one format. */
typedef int (*TrellisCliExportFunc) (TrellisCli                    *cli,
                                     const char                    *path,
                                     const char                    *out_path,
                                     const TrellisCliExportOptions *options);

/* --registry PATH, for every command that uses the registry */
#define TRELLIS_CLI_REGISTRY_OPTION \
  { "registry", 0, G_OPTION_FLAG_FILENAME, G_OPTION_ARG_CALLBACK, \
    (gpointer) trellis_cli_set_registry_cb, \
    N_("Use the registry database PATH instead of the default one"), N_("PATH") }

gboolean        trellis_cli_set_registry_cb    (const char               *option_name,
                                                const char               *value,
                                                gpointer                  data,
                                                GError                  **error);
void            trellis_cli_print_error        (const char               *format,
                                                ...) G_GNUC_PRINTF (1, 2);
void            trellis_cli_print_gerror       (const GError             *error);
int             trellis_cli_usage_error        (TrellisCli               *cli,
                                                const char               *format,
                                                ...) G_GNUC_PRINTF (2, 3);
int             trellis_cli_bad_command        (TrellisCli               *cli,
                                                const char               *message,
                                                const char               *commands);
void            trellis_cli_list_commands      (GString                  *out,
                                                const char               *prefix,
                                                const TrellisCliCommand  *commands,
                                                guint                     n_commands);
const TrellisCliCommand *
                trellis_cli_find_command       (const TrellisCliCommand  *commands,
                                                guint                     n_commands,
                                                const char               *name);
int             trellis_cli_run_command        (TrellisCli               *cli,
                                                const TrellisCliCommand  *command,
                                                char                    **args);
GOptionContext *trellis_cli_context_new        (TrellisCli               *cli,
                                                const char               *description,
                                                const GOptionEntry       *entries);
gboolean        trellis_cli_parse              (TrellisCli               *cli,
                                                GOptionContext           *context,
                                                char                   ***args);
void            trellis_cli_print_json         (TrellisCliJson           *json);
TrellisProject *trellis_cli_load_project       (const char               *path,
                                                GError                  **error);
TrellisProject *trellis_cli_open_project       (const char               *path);
gboolean        trellis_cli_check_not_open     (GFile                    *file,
                                                GError                  **error);
TrellisRegistry *trellis_cli_open_registry     (TrellisCli               *cli,
                                                GError                  **error);
char           *trellis_cli_format_value       (const GValue             *value);
const char     *trellis_cli_enum_nick          (GType                     type,
                                                int                       value);
char           *trellis_cli_resolve_as_of      (TrellisCli               *cli,
                                                const char               *as_of);
void            trellis_cli_append_warnings    (GString                  *out,
                                                GPtrArray                *warnings);
void            trellis_cli_write_warnings     (TrellisCliJson           *json,
                                                GPtrArray                *warnings);
char           *trellis_cli_get_extension      (const char               *path);
guint           trellis_cli_text_width         (const char               *text);
void            trellis_cli_append_padded      (GString                  *out,
                                                const char               *text,
                                                guint                     width);

int             trellis_cli_new                (TrellisCli               *cli,
                                                char                    **args);
int             trellis_cli_template           (TrellisCli               *cli,
                                                char                    **args);
int             trellis_cli_log                (TrellisCli               *cli,
                                                char                    **args);
int             trellis_cli_validate           (TrellisCli               *cli,
                                                char                    **args);
int             trellis_cli_info               (TrellisCli               *cli,
                                                char                    **args);
int             trellis_cli_export             (TrellisCli               *cli,
                                                char                    **args);
int             trellis_cli_export_csv         (TrellisCli               *cli,
                                                const char               *path,
                                                const char               *out_path,
                                                const TrellisCliExportOptions *options);
int             trellis_cli_export_ics         (TrellisCli               *cli,
                                                const char               *path,
                                                const char               *out_path,
                                                const TrellisCliExportOptions *options);
int             trellis_cli_export_markdown    (TrellisCli               *cli,
                                                const char               *path,
                                                const char               *out_path,
                                                const TrellisCliExportOptions *options);
int             trellis_cli_import             (TrellisCli               *cli,
                                                char                    **args);
int             trellis_cli_canvas             (TrellisCli               *cli,
                                                char                    **args);
int             trellis_cli_registry           (TrellisCli               *cli,
                                                char                    **args);
const TrellisCliCommand *
                trellis_cli_get_registry_commands (guint                 *n_commands);
int             trellis_cli_status             (TrellisCli               *cli,
                                                char                    **args);
int             trellis_cli_check              (TrellisCli               *cli,
                                                char                    **args);
int             trellis_cli_parking            (TrellisCli               *cli,
                                                char                    **args);
int             trellis_cli_selfcheck          (TrellisCli               *cli,
                                                char                    **args);
int             trellis_cli_merge              (TrellisCli               *cli,
                                                char                    **args);
int             trellis_cli_merge_driver       (TrellisCli               *cli,
                                                char                    **args);
int             trellis_cli_git_setup          (TrellisCli               *cli,
                                                char                    **args);

int             trellis_cli_votes              (TrellisCli               *cli,
                                                char                    **args);

G_END_DECLS
