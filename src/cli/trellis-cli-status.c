/* trellis-cli-status.c: `trellis-cli status`, the traffic lights of a project
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints the TrellisStatusReport of a project on one day: the overall
 * light and why, then every goal, indicator, action and milestone with its
 * light and reason.  Where a person overrode a light, both are shown: the
 * override (who, when, why) and the light the rules computed.  The plan
 * check's warnings follow (trellis-cli-check.c).
 */

#define G_LOG_DOMAIN "trellis-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-cli.h"
#include "trellis-locale-format.h"

static const char status_description[] =
  N_("Prints the traffic light of the project as a whole and of each goal,\n"
     "indicator, action and milestone, each with the reason in words. The lights\n"
     "are judged for one day: today, or the DATE given with --as-of (YYYY-MM-DD),\n"
     "past or future. Where someone overrode a light, the override is marked with\n"
     "its author, date and reason, and the light the rules computed is shown too.\n"
     "The thresholds of the rules are the project’s own (Status Rules in the app);\n"
     "--rules prints the rules in words with them. After the lights come the\n"
     "warnings of the plan check, as `trellis-cli check` prints them; in JSON,\n"
     "the list \"warnings\" holds them, each with its \"kind\", the \"title\" and\n"
     "\"uuid\" of its item, and the \"message\". --pdf writes the same lights and\n"
     "warnings as an A4 report for the board.\n"
     "\n"
     "Examples:\n"
     "  trellis-cli status plan.trellis --as-of 2026-12-31 --json\n"
     "  trellis-cli status plan.trellis --pdf board-2026-Q4.pdf");

/* The parts, in this order; section_type () gives their item types. */
static const struct
{
  const char *key;      /* in JSON */
  const char *title;    /* N_() */
} sections[] = {
  { "goals", N_("Goals") },
  { "indicators", N_("Indicators") },
  { "actions", N_("Actions") },
  { "milestones", N_("Milestones") },
};

static GType
section_type (guint index)
{
  switch (index)
    {
    case 0: return TRELLIS_TYPE_GOAL;
    case 1: return TRELLIS_TYPE_INDICATOR;
    case 2: return TRELLIS_TYPE_ACTION;
    default: return TRELLIS_TYPE_MILESTONE;
    }
}

static const char *
light_nick (TrellisLight light)
{
  return trellis_cli_enum_nick (TRELLIS_TYPE_LIGHT, light);
}

/* One word, for the column of lights. */
static const char *
light_word (TrellisLight light)
{
  switch (light)
    {
    case TRELLIS_LIGHT_GREEN: return _("Green");
    case TRELLIS_LIGHT_AMBER: return _("Amber");
    case TRELLIS_LIGHT_RED: return _("Red");
    case TRELLIS_LIGHT_GREY:
    default:
      /* translators: the light of a part without enough data to judge it */
      return _("Grey");
    }
}

static guint
light_width (void)
{
  guint width = 0;

  for (TrellisLight light = TRELLIS_LIGHT_GREY; light <= TRELLIS_LIGHT_RED; light++)
    width = MAX (width, trellis_cli_text_width (light_word (light)));
  return width + 2;
}

static char *
entry_title (const TrellisStatusEntry *entry)
{
  g_autofree char *label = trellis_item_dup_full_label (entry->item);

  return label != NULL && *label != '\0' ? g_steal_pointer (&label) : g_strdup (_("(untitled)"));
}

static void
append_override (GString                  *out,
                 const TrellisStatusEntry *entry,
                 guint                     indent)
{
  TrellisStatusOverride *override = TRELLIS_STATUS_OVERRIDE (entry->override);
  const char *author = trellis_status_override_get_author (override);
  char date[TRELLIS_DISPLAY_DATE_SIZE];

  trellis_format_date_into (trellis_status_override_get_date (override), date);
  g_string_append_printf (out, "%*s", indent, "");
  /* translators: an overridden light: "Overridden by AUTHOR on DATE: REASON" */
  g_string_append_printf (out, _("Overridden by %s on %s: %s"),
                          author != NULL && *author != '\0' ? author : _("someone"),
                          *date != '\0' ? date : _("an unknown day"),
                          trellis_status_entry_get_reason (entry));
  g_string_append_c (out, '\n');
  g_string_append_printf (out, "%*s", indent, "");
  /* translators: the light the rules give beside an override: "Computed: Red, REASON" */
  g_string_append_printf (out, _("Computed: %s, %s"), light_word (entry->computed.light),
                          trellis_status_entry_get_computed_reason (entry));
  g_string_append_c (out, '\n');
}

/* "  Amber  Title  [overridden]", then the reason on the next line. */
static void
append_entry (GString                  *out,
              const TrellisStatusEntry *entry,
              const char               *title,
              guint                     width)
{
  g_string_append (out, "  ");
  trellis_cli_append_padded (out, light_word (entry->light), width);
  g_string_append (out, title);
  if (entry->override != NULL)
    g_string_append_printf (out, "  [%s]", _("overridden"));
  g_string_append_c (out, '\n');
  if (entry->override != NULL)
    append_override (out, entry, 2 + width);
  else
    g_string_append_printf (out, "%*s%s\n", 2 + width, "", trellis_status_entry_get_computed_reason (entry));
}

static void
print_rules (TrellisStatusReport *report)
{
  g_autoptr(GPtrArray) texts = trellis_status_describe_rules (trellis_status_report_get_rules (report));

  for (guint i = 0; i < texts->len; i++)
    {
      const TrellisStatusRuleText *rule = g_ptr_array_index (texts, i);

      g_print ("%s\n  %s\n", rule->title, rule->text);
    }
}

static void
print_report (TrellisStatusReport *report,
              GPtrArray           *warnings)
{
  TrellisProject *project = trellis_status_report_get_project (report);
  const TrellisStatusEntry *overall = trellis_status_report_get_overall (report);
  g_autoptr(GString) out = g_string_new (NULL);
  guint width = light_width ();
  g_autofree char *as_of = trellis_format_date (trellis_date_parse (trellis_status_report_get_as_of (report)));

  /* translators: the first line of `trellis-cli status`: "NAME, as of DATE" */
  g_string_append_printf (out, _("%s, as of %s"), trellis_project_get_name (project), as_of);
  g_string_append (out, "\n\n");
  /* translators: followed by the overall light and the project's name */
  g_string_append_printf (out, "%s\n", _("Overall"));
  append_entry (out, overall, trellis_project_get_name (project), width);

  for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
    {
      g_autoptr(GPtrArray) entries = trellis_status_report_list (report, section_type (s));

      g_string_append_printf (out, "\n%s (%u)\n", _(sections[s].title), entries->len);
      if (entries->len == 0)
        g_string_append_printf (out, "  %s\n", _("None"));
      for (guint i = 0; i < entries->len; i++)
        {
          const TrellisStatusEntry *entry = g_ptr_array_index (entries, i);
          g_autofree char *title = entry_title (entry);

          append_entry (out, entry, title, width);
        }
    }
  g_string_append_c (out, '\n');
  trellis_cli_append_warnings (out, warnings);
  g_print ("%s", out->str);
}

static void
write_override (TrellisCliJson        *json,
                TrellisStatusOverride *override)
{
  g_autofree char *date = trellis_date_format (trellis_status_override_get_date (override));

  trellis_cli_json_begin_object (json);
  trellis_cli_json_key (json, "light");
  trellis_cli_json_string (json, light_nick (trellis_status_override_get_light (override)));
  trellis_cli_json_key (json, "author");
  trellis_cli_json_string (json, trellis_status_override_get_author (override));
  trellis_cli_json_key (json, "date");
  trellis_cli_json_string (json, date);
  trellis_cli_json_key (json, "reason");
  trellis_cli_json_string (json, trellis_status_override_get_reason (override));
  trellis_cli_json_end_object (json);
}

static void
write_entry (TrellisCliJson           *json,
             const TrellisStatusEntry *entry,
             const char               *title)
{
  trellis_cli_json_begin_object (json);
  trellis_cli_json_key (json, "uuid");
  trellis_cli_json_string (json, trellis_item_get_uuid (entry->item));
  trellis_cli_json_key (json, "title");
  trellis_cli_json_string (json, title);
  trellis_cli_json_key (json, "light");
  trellis_cli_json_string (json, light_nick (entry->light));
  trellis_cli_json_key (json, "reason");
  trellis_cli_json_string (json, trellis_status_entry_get_reason (entry));
  trellis_cli_json_key (json, "computed");
  trellis_cli_json_begin_object (json);
  trellis_cli_json_key (json, "light");
  trellis_cli_json_string (json, light_nick (entry->computed.light));
  trellis_cli_json_key (json, "reason");
  trellis_cli_json_string (json, trellis_status_entry_get_computed_reason (entry));
  trellis_cli_json_end_object (json);
  trellis_cli_json_key (json, "override");
  if (entry->override == NULL)
    trellis_cli_json_null (json);
  else
    write_override (json, TRELLIS_STATUS_OVERRIDE (entry->override));
  trellis_cli_json_end_object (json);
}

static void
write_report (TrellisStatusReport *report,
              GPtrArray           *warnings,
              const char          *path)
{
  TrellisProject *project = trellis_status_report_get_project (report);
  g_autoptr(TrellisCliJson) json = trellis_cli_json_new ();
  g_autofree char *display_name = g_filename_display_name (path);

  trellis_cli_json_begin_object (json);
  trellis_cli_json_key (json, "file");
  trellis_cli_json_string (json, display_name);
  trellis_cli_json_key (json, "name");
  trellis_cli_json_string (json, trellis_project_get_name (project));
  trellis_cli_json_key (json, "as-of");
  trellis_cli_json_string (json, trellis_status_report_get_as_of (report));
  trellis_cli_json_key (json, "overall");
  write_entry (json, trellis_status_report_get_overall (report), trellis_project_get_name (project));
  for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
    {
      g_autoptr(GPtrArray) entries = trellis_status_report_list (report, section_type (s));

      trellis_cli_json_key (json, sections[s].key);
      trellis_cli_json_begin_array (json);
      for (guint i = 0; i < entries->len; i++)
        {
          const TrellisStatusEntry *entry = g_ptr_array_index (entries, i);
          g_autofree char *title = entry_title (entry);

          write_entry (json, entry, title);
        }
      trellis_cli_json_end_array (json);
    }
  trellis_cli_json_key (json, "warnings");
  trellis_cli_write_warnings (json, warnings);
  trellis_cli_json_end_object (json);
  trellis_cli_print_json (g_steal_pointer (&json));
}

static int
write_pdf (TrellisStatusReport *report,
           const char          *pdf)
{
  g_autoptr(GFile) out = g_file_new_for_commandline_arg (pdf);
  g_autoptr(GError) error = NULL;

  if (!trellis_board_report_write_pdf (report, out, &error))
    {
      trellis_cli_print_gerror (error);
      return TRELLIS_CLI_EXIT_FAILED;
    }
  return TRELLIS_CLI_EXIT_OK;
}

int
trellis_cli_status (TrellisCli  *cli,
                    char       **args)
{
  gboolean json = FALSE;
  gboolean rules = FALSE;
  g_autofree char *as_of = NULL;
  g_autofree char *pdf = NULL;
  GOptionEntry entries[] = {
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of,
      N_("Judge the lights on DATE (YYYY-MM-DD) instead of today"), N_("DATE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Write the lights as a JSON object"), NULL },
    { "pdf", 0, 0, G_OPTION_ARG_FILENAME, &pdf, N_("Write the board report (A4 PDF) to OUT instead"), N_("OUT") },
    { "rules", 0, 0, G_OPTION_ARG_NONE, &rules, N_("Print the rules of the lights with the project’s thresholds"),
      NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = trellis_cli_context_new (cli, _(status_description), entries);
  g_autoptr(TrellisProject) project = NULL;
  g_autoptr(TrellisStatusReport) report = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autofree char *day = NULL;

  if (!trellis_cli_parse (cli, context, &args))
    return TRELLIS_CLI_EXIT_USAGE;
  if (args[1] == NULL || args[2] != NULL)
    return trellis_cli_usage_error (cli, _("give one FILE to judge"));
  if (json + (pdf != NULL) + rules > 1)
    return trellis_cli_usage_error (cli, _("give only one of --json, --pdf and --rules"));
  day = trellis_cli_resolve_as_of (cli, as_of);
  if (day == NULL)
    return TRELLIS_CLI_EXIT_USAGE;

  project = trellis_cli_open_project (args[1]);
  if (project == NULL)
    return TRELLIS_CLI_EXIT_FAILED;

  report = trellis_status_report_new (project, day);
  warnings = trellis_plan_list_warnings (project);
  if (pdf != NULL)
    return write_pdf (report, pdf);
  else if (rules)
    print_rules (report);
  else if (json)
    write_report (report, warnings, args[1]);
  else
    print_report (report, warnings);
  return TRELLIS_CLI_EXIT_OK;
}
