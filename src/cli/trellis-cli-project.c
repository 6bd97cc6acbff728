/* trellis-cli-project.c: the commands on project files
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * new, validate, info and export.  Files are named in messages as the
 * user wrote them on the command line, so that among several files the
 * wrong one is plain to see.
 */

#define G_LOG_DOMAIN "trellis-cli"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "trellis-cli.h"
#include "trellis-workshop-report.h"

typedef struct
{
  char     *name;
  char     *template_name;
  gboolean  force;
  gboolean  no_register;
} NewOptions;

static void
clear_new_options (NewOptions *options)
{
  g_clear_pointer (&options->name, g_free);
  g_clear_pointer (&options->template_name, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (NewOptions, clear_new_options)

/* The header's fields that `info` shows, each read by its typed accessor
 * into a GValue, so that text and JSON format them alike. */
typedef void (*HeaderGetter) (TrellisHeader *header,
                              GValue        *value);

#define HEADER_TEXT_GETTER(field) \
  static void \
  get_header_##field (TrellisHeader *header, \
                      GValue        *value) \
  { \
    g_value_init (value, G_TYPE_STRING); \
    g_value_set_string (value, trellis_header_get_##field (header)); \
  }

HEADER_TEXT_GETTER (name)
HEADER_TEXT_GETTER (cluster)
HEADER_TEXT_GETTER (region)
HEADER_TEXT_GETTER (sector)
HEADER_TEXT_GETTER (facilitator)
HEADER_TEXT_GETTER (created)
HEADER_TEXT_GETTER (modified)

static void
get_header_stage (TrellisHeader *header,
                  GValue        *value)
{
  g_value_init (value, TRELLIS_TYPE_STAGE);
  g_value_set_enum (value, trellis_header_get_stage (header));
}

static void
get_header_revision (TrellisHeader *header,
                     GValue        *value)
{
  g_value_init (value, G_TYPE_INT);
  g_value_set_int (value, trellis_header_get_revision (header));
}

static const struct
{
  const char   *key;     /* in JSON */
  const char   *label;   /* N_() */
  HeaderGetter  get;
} header_fields[] = {
  { "name", N_("Name"), get_header_name },
  { "cluster", N_("Cluster"), get_header_cluster },
  { "region", N_("Region"), get_header_region },
  { "sector", N_("Sector"), get_header_sector },
  { "stage", N_("Stage"), get_header_stage },
  { "facilitator", N_("Facilitator"), get_header_facilitator },
  { "created", N_("Created"), get_header_created },
  { "modified", N_("Modified"), get_header_modified },
  { "revision", N_("Revision"), get_header_revision },
};

/* Each format OUT may have, by its extension; .trellis is a copy. */
static const struct
{
  const char            *extension;
  TrellisCliExportFunc   export;
} exporters[] = {
  { ".csv", trellis_cli_export_csv },
  { ".ics", trellis_cli_export_ics },
  { ".md", trellis_cli_export_markdown },
};

static const char new_description[] =
  N_("Creates FILE holding a new project called NAME, and adds it to the registry.\n"
     "\n"
     "Templates:\n"
     "  blank   only the project’s header (the default)\n"
     "  guided  the key questions of the initiation stage, to answer in the kick-off\n"
     "          workshop\n"
     "  sample  a copy of the worked example, a plastics cluster\n"
     "  NAME    one of your templates (`trellis-cli template list`)\n"
     "\n"
     "An existing FILE is kept unless --force is given, and never replaced while\n"
     "Trellis has it open.\n"
     "\n"
     "Example:\n"
     "  trellis-cli new plan.trellis --name \"Plastics Valley\" --template guided");

static const char validate_description[] =
  N_("Checks that each FILE is a project Trellis can open. Prints “FILE: ok”, or\n"
     "one line per problem: “FILE:LINE: problem”.\n"
     "\n"
     "Exit status: 0 if every file is valid, 1 if any is not, 2 if the command line\n"
     "is wrong.");

static const char info_description[] =
  N_("Prints the project’s header (name, cluster, region, sector, stage,\n"
     "facilitator, created, modified, revision, UUID) and how many items of each\n"
     "kind it holds, by the name of their section in the file.");

static const char export_description[] =
  N_("Writes the project in FILE to OUT, in the format OUT’s extension names:\n"
     "  .trellis  a normalised copy of the project file\n"
     "  .pdf      the workshop report: every section, or those --sections or\n"
     "            --preset name, on A4 or US Letter (--paper; by default the\n"
     "            paper of the locale), judged today\n"
     "  .csv      the items of one kind (--kind), one row each, with the field\n"
     "            names as header, so that `trellis-cli import` reads it back\n"
     "  .ics      an iCalendar file: milestones as all-day events, actions with a\n"
     "            due date as to-dos; a calendar that subscribes to it is updated,\n"
     "            not duplicated, when it is written again\n"
     "  .md       a Markdown summary for a mail or a wiki\n"
     "\n"
     "Sections: cover, contents, overview, swot, tows, stakeholders, goals, canvas,\n"
     "plan, timeline, status, deadlines, budget, selfcheck.\n"
     "Presets: workshop (the analyses), board (status, goals and indicators, overdue\n"
     "and next 30 days, budget), all.\n"
     "\n"
     "OUT is replaced if it exists; FILE itself never is.\n"
     "\n"
     "Examples:\n"
     "  trellis-cli export plan.trellis report.pdf --preset board --paper letter\n"
     "  trellis-cli export plan.trellis actions.csv --kind actions\n"
     "  trellis-cli export plan.trellis plan.ics");

static void
register_new_project (TrellisCli     *cli,
                      GFile          *file,
                      TrellisProject *project,
                      const char     *display_name)
{
  g_autoptr(TrellisRegistry) registry = NULL;
  g_autoptr(GError) error = NULL;

  registry = trellis_cli_open_registry (cli, &error);
  if (registry == NULL || !trellis_registry_add_project (registry, file, project, &error))
    /* translators: the first %s is a file, the second why it could not be registered */
    trellis_cli_print_error (_("%s was created but not registered: %s"), display_name,
                             error->message);
}

static int
create_project (TrellisCli       *cli,
                const char       *path,
                const NewOptions *options,
                TrellisTemplateInfo *template_)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autofree char *display_name = g_filename_display_name (path);
  g_autoptr(TrellisProject) project = NULL;
  g_autoptr(GError) error = NULL;

  if (!options->force && g_file_query_exists (file, NULL))
    {
      trellis_cli_print_error (_("%s already exists; use --force to replace it"), display_name);
      return TRELLIS_CLI_EXIT_FAILED;
    }

  if (!trellis_cli_check_not_open (file, &error) ||
      !(project = trellis_project_new_from_template_info (options->name, template_, &error)) ||
      !trellis_project_save (project, file, &error))
    {
      trellis_cli_print_gerror (error);
      return TRELLIS_CLI_EXIT_FAILED;
    }

  if (!options->no_register)
    register_new_project (cli, file, project, display_name);
  return TRELLIS_CLI_EXIT_OK;
}

int
trellis_cli_new (TrellisCli  *cli,
                 char       **args)
{
  g_auto(NewOptions) options = { NULL, NULL, FALSE, FALSE };
  g_autoptr(TrellisTemplateInfo) template_ = NULL;
  GOptionEntry entries[] = {
    { "name", 'n', 0, G_OPTION_ARG_STRING, &options.name, N_("The project’s name (required)"),
      N_("NAME") },
    { "template", 't', 0, G_OPTION_ARG_STRING, &options.template_name,
      N_("Start from blank, guided, sample or one of your templates"), N_("TEMPLATE") },
    { "force", 'f', 0, G_OPTION_ARG_NONE, &options.force,
      N_("Replace FILE if it exists, keeping the old one as FILE~"), NULL },
    { "no-register", 0, 0, G_OPTION_ARG_NONE, &options.no_register,
      N_("Do not add the project to the registry"), NULL },
    TRELLIS_CLI_REGISTRY_OPTION,
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = trellis_cli_context_new (cli, _(new_description), entries);

  if (!trellis_cli_parse (cli, context, &args))
    return TRELLIS_CLI_EXIT_USAGE;
  if (args[1] == NULL || args[2] != NULL)
    return trellis_cli_usage_error (cli, _("give one FILE to create"));
  if (options.name == NULL || *g_strstrip (options.name) == '\0')
    return trellis_cli_usage_error (cli, _("the project needs a name: --name NAME"));
  template_ = trellis_template_find (options.template_name != NULL ? options.template_name : "blank");
  if (template_ == NULL)
    return trellis_cli_usage_error (cli, _("unknown template “%s”: use blank, guided, sample or "
                                           "one of `trellis-cli template list`"),
                                    options.template_name);

  return create_project (cli, args[1], &options, template_);
}

/**
 * find_problems:
 *
 * Returns: (transfer full): the problems of @path, one line each, each
 *   starting with @path; empty if it is a valid project
 */
static GPtrArray *
find_problems (const char *path)
{
  g_autofree char *display_name = g_filename_display_name (path);
  g_autofree char *prefix = g_strconcat (display_name, ":", NULL);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(TrellisProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;

  project = trellis_cli_load_project (path, &error);
  if (project != NULL)
    return g_steal_pointer (&problems);

  lines = g_strsplit (error->message, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (*lines[i] == '\0')
        continue;
      if (g_str_has_prefix (lines[i], prefix))
        g_ptr_array_add (problems, g_strdup (lines[i]));
      else
        g_ptr_array_add (problems, g_strdup_printf ("%s: %s", display_name, lines[i]));
    }
  if (problems->len == 0)
    g_ptr_array_add (problems, g_strdup_printf (_("%s: not a valid project"), display_name));

  return g_steal_pointer (&problems);
}

static void
print_problems (const char *path,
                GPtrArray  *problems)
{
  g_autofree char *display_name = g_filename_display_name (path);

  if (problems->len == 0)
    /* translators: %s is a file that is a valid project */
    g_print (_("%s: ok\n"), display_name);
  for (guint i = 0; i < problems->len; i++)
    g_print ("%s\n", (const char *) g_ptr_array_index (problems, i));
}

static void
write_problems (TrellisCliJson *json,
                const char     *path,
                GPtrArray      *problems)
{
  g_autofree char *display_name = g_filename_display_name (path);

  trellis_cli_json_begin_object (json);
  trellis_cli_json_key (json, "file");
  trellis_cli_json_string (json, display_name);
  trellis_cli_json_key (json, "valid");
  trellis_cli_json_boolean (json, problems->len == 0);
  trellis_cli_json_key (json, "problems");
  trellis_cli_json_begin_array (json);
  for (guint i = 0; i < problems->len; i++)
    trellis_cli_json_string (json, g_ptr_array_index (problems, i));
  trellis_cli_json_end_array (json);
  trellis_cli_json_end_object (json);
}

/* Returns: %TRUE if every file of @paths is valid */
static gboolean
validate_files (char * const *paths,
                gboolean      json)
{
  g_autoptr(TrellisCliJson) writer = json ? trellis_cli_json_new () : NULL;
  gboolean all_valid = TRUE;

  if (writer != NULL)
    trellis_cli_json_begin_array (writer);
  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autoptr(GPtrArray) problems = find_problems (paths[i]);

      if (problems->len > 0)
        all_valid = FALSE;
      if (writer != NULL)
        write_problems (writer, paths[i], problems);
      else
        print_problems (paths[i], problems);
    }
  if (writer != NULL)
    {
      trellis_cli_json_end_array (writer);
      trellis_cli_print_json (g_steal_pointer (&writer));
    }
  return all_valid;
}

int
trellis_cli_validate (TrellisCli  *cli,
                      char       **args)
{
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json,
      N_("Write an array of {file, valid, problems} as JSON"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = NULL;

  context = trellis_cli_context_new (cli, _(validate_description), entries);
  if (!trellis_cli_parse (cli, context, &args))
    return TRELLIS_CLI_EXIT_USAGE;
  if (args[1] == NULL)
    return trellis_cli_usage_error (cli, _("give at least one FILE to check"));

  return validate_files (&args[1], json) ? TRELLIS_CLI_EXIT_OK : TRELLIS_CLI_EXIT_FAILED;
}

static guint
get_label_width (void)
{
  guint width = trellis_cli_text_width (_("UUID"));

  for (guint i = 0; i < G_N_ELEMENTS (header_fields); i++)
    width = MAX (width, trellis_cli_text_width (_(header_fields[i].label)));
  return width + 2;
}

static void
append_field (GString    *out,
              const char *label,
              const char *value,
              guint       width)
{
  /* translators: a label in `trellis-cli info`, such as "Name:" */
  g_autofree char *with_colon = g_strdup_printf (_("%s:"), label);

  if (value == NULL || *value == '\0')
    {
      g_string_append_printf (out, "%s\n", with_colon);
      return;
    }
  trellis_cli_append_padded (out, with_colon, width);
  g_string_append_printf (out, "%s\n", value);
}

/* Item classes of static types live for ever: the name stays valid. */
static const char *
get_section_name (GType type)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);

  return trellis_item_class_get_section_name (TRELLIS_ITEM_CLASS (klass));
}

static void
append_counts (GString        *out,
               TrellisProject *project)
{
  guint n_types;
  const GType *types = trellis_project_get_item_types (&n_types);
  guint width = 0;

  for (guint i = 0; i < n_types; i++)
    width = MAX (width, strlen (get_section_name (types[i])));

  g_string_append_printf (out, "\n%s\n", _("Items:"));
  for (guint i = 0; i < n_types; i++)
    {
      g_string_append (out, "  ");
      trellis_cli_append_padded (out, get_section_name (types[i]), width + 2);
      g_string_append_printf (out, "%u\n", trellis_project_count_items (project, types[i]));
    }
}

static void
print_info (TrellisProject *project)
{
  TrellisHeader *header = trellis_project_get_header (project);
  g_autoptr(GString) out = g_string_new (NULL);
  guint width = get_label_width ();

  for (guint i = 0; i < G_N_ELEMENTS (header_fields); i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;
      g_autofree char *text = NULL;

      header_fields[i].get (header, &value);
      text = trellis_cli_format_value (&value);

      append_field (out, _(header_fields[i].label), text, width);
    }
  append_field (out, _("UUID"), trellis_project_get_uuid (project), width);
  append_counts (out, project);
  g_print ("%s", out->str);
}

static void
write_info (TrellisProject *project,
            const char     *path)
{
  TrellisHeader *header = trellis_project_get_header (project);
  g_autoptr(TrellisCliJson) json = trellis_cli_json_new ();
  g_autofree char *display_name = g_filename_display_name (path);
  guint n_types;
  const GType *types = trellis_project_get_item_types (&n_types);

  trellis_cli_json_begin_object (json);
  trellis_cli_json_key (json, "file");
  trellis_cli_json_string (json, display_name);
  for (guint i = 0; i < G_N_ELEMENTS (header_fields); i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      header_fields[i].get (header, &value);
      trellis_cli_json_key (json, header_fields[i].key);
      trellis_cli_json_value (json, &value);
    }
  trellis_cli_json_key (json, "uuid");
  trellis_cli_json_string (json, trellis_project_get_uuid (project));
  trellis_cli_json_key (json, "counts");
  trellis_cli_json_begin_object (json);
  for (guint i = 0; i < n_types; i++)
    {
      trellis_cli_json_key (json, get_section_name (types[i]));
      trellis_cli_json_int (json, trellis_project_count_items (project, types[i]));
    }
  trellis_cli_json_end_object (json);
  trellis_cli_json_end_object (json);
  trellis_cli_print_json (g_steal_pointer (&json));
}

int
trellis_cli_info (TrellisCli  *cli,
                  char       **args)
{
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Write the information as a JSON object"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = trellis_cli_context_new (cli, _(info_description), entries);
  g_autoptr(TrellisProject) project = NULL;

  if (!trellis_cli_parse (cli, context, &args))
    return TRELLIS_CLI_EXIT_USAGE;
  if (args[1] == NULL || args[2] != NULL)
    return trellis_cli_usage_error (cli, _("give one FILE to describe"));

  project = trellis_cli_open_project (args[1]);
  if (project == NULL)
    return TRELLIS_CLI_EXIT_FAILED;

  if (json)
    write_info (project, args[1]);
  else
    print_info (project);
  return TRELLIS_CLI_EXIT_OK;
}

/* The same file by another name (a link, "./plan.trellis") counts too. */
static gboolean
is_same_file (const char *a,
              const char *b)
{
  GStatBuf buf_a, buf_b;

  if (g_stat (a, &buf_a) != 0 || g_stat (b, &buf_b) != 0)
    return FALSE;
  return buf_a.st_dev == buf_b.st_dev && buf_a.st_ino == buf_b.st_ino;
}

static int
export_copy (const char *path,
             const char *out_path)
{
  g_autoptr(GFile) out = g_file_new_for_commandline_arg (out_path);
  g_autoptr(TrellisProject) project = NULL;
  g_autoptr(GError) error = NULL;

  if (is_same_file (path, out_path))
    {
      g_autofree char *display_name = g_filename_display_name (out_path);

      trellis_cli_print_error (_("%s is the project itself; choose another file to write"),
                               display_name);
      return TRELLIS_CLI_EXIT_FAILED;
    }

  if (!(project = trellis_cli_load_project (path, &error)) ||
      !trellis_cli_check_not_open (out, &error) ||
      !trellis_project_save_copy (project, out, &error))
    {
      trellis_cli_print_gerror (error);
      return TRELLIS_CLI_EXIT_FAILED;
    }
  return TRELLIS_CLI_EXIT_OK;
}

typedef struct
{
  char *sections;
  char *preset;
  char *paper;
} ReportOptions;

static void
clear_report_options (ReportOptions *options)
{
  g_clear_pointer (&options->sections, g_free);
  g_clear_pointer (&options->preset, g_free);
  g_clear_pointer (&options->paper, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ReportOptions, clear_report_options)

/* --sections, --preset and --paper into the report's options: a usage error if one is wrong. */
static gboolean
read_report_options (const ReportOptions           *given,
                     TrellisWorkshopReportOptions  *options,
                     GError                       **error)
{
  trellis_workshop_report_options_init (options);
  if (given->sections != NULL && given->preset != NULL)
    {
      g_set_error_literal (error, TRELLIS_REPORT_ERROR, TRELLIS_REPORT_ERROR_UNKNOWN,
                           _("give --sections or --preset, not both"));
      return FALSE;
    }
  if (given->sections != NULL && !trellis_report_sections_parse (given->sections, &options->sections, error))
    return FALSE;
  if (given->preset != NULL && !trellis_report_preset_parse (given->preset, &options->sections, error))
    return FALSE;
  return given->paper == NULL || trellis_paper_parse (given->paper, &options->paper, error);
}

static int
export_report (const char                         *path,
               const char                         *out_path,
               const TrellisWorkshopReportOptions *options)
{
  g_autoptr(GFile) out = g_file_new_for_commandline_arg (out_path);
  g_autoptr(TrellisProject) project = NULL;
  g_autoptr(TrellisWorkshopReport) report = NULL;
  g_autoptr(GError) error = NULL;

  if (!(project = trellis_cli_load_project (path, &error)))
    {
      trellis_cli_print_gerror (error);
      return TRELLIS_CLI_EXIT_FAILED;
    }
  report = trellis_workshop_report_new (project, options);
  if (!trellis_workshop_report_write_pdf (report, out, &error))
    {
      trellis_cli_print_gerror (error);
      return TRELLIS_CLI_EXIT_FAILED;
    }
  return TRELLIS_CLI_EXIT_OK;
}

int
trellis_cli_export (TrellisCli  *cli,
                    char       **args)
{
  g_auto(TrellisCliExportOptions) export_options = { NULL };
  g_auto(ReportOptions) report = { NULL };
  const GOptionEntry entries[] = {
    { "sections", 0, 0, G_OPTION_ARG_STRING, &report.sections,
      N_("PDF: print these sections, separated by commas"), N_("LIST") },
    { "preset", 0, 0, G_OPTION_ARG_STRING, &report.preset,
      N_("PDF: print the sections of PRESET: workshop, board or all"), N_("PRESET") },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &report.paper, N_("PDF: a4 or letter"), N_("PAPER") },
    { "kind", 'k', 0, G_OPTION_ARG_STRING, &export_options.kind,
      N_("CSV: the kind of items to write, as `import` names them"), N_("KIND") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = trellis_cli_context_new (cli, _(export_description), entries);
  g_autofree char *extension = NULL;
  g_autofree char *display_name = NULL;

  if (!trellis_cli_parse (cli, context, &args))
    return TRELLIS_CLI_EXIT_USAGE;
  if (args[1] == NULL || args[2] == NULL || args[3] != NULL)
    return trellis_cli_usage_error (cli, _("give the project FILE and the OUT file to write"));

  extension = trellis_cli_get_extension (args[2]);
  if (g_strcmp0 (extension, ".trellis") == 0)
    return export_copy (args[1], args[2]);
  if (g_strcmp0 (extension, ".pdf") == 0)
    {
      TrellisWorkshopReportOptions options;
      g_autoptr(GError) error = NULL;

      if (!read_report_options (&report, &options, &error))
        return trellis_cli_usage_error (cli, "%s", error->message);
      return export_report (args[1], args[2], &options);
    }

  for (guint i = 0; i < G_N_ELEMENTS (exporters); i++)
    if (g_strcmp0 (extension, exporters[i].extension) == 0)
      return exporters[i].export (cli, args[1], args[2], &export_options);

  display_name = g_filename_display_name (args[2]);
  return trellis_cli_usage_error (cli, _("cannot tell the format of %s from its extension: "
                                         "use .trellis, .pdf, .csv, .ics or .md"), display_name);
}
