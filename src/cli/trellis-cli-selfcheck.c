/* trellis-cli-selfcheck.c: `trellis-cli selfcheck`, the excellence minimum requirements
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints every minimum requirement of the excellence self-assessment as the
 * app's self-check shows it (trellis_excellence_check in the core): its
 * result on one day, why, whether the data decided it or the manager
 * answered it, and the manager's evidence where there is an answer.
 */

#define G_LOG_DOMAIN "trellis-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-cli.h"
#include "trellis-locale-format.h"

static const char selfcheck_description[] =
  N_("Prints every minimum requirement of the excellence self-assessment with its\n"
     "result (met, not met or unknown) on one day, today or the DATE given with\n"
     "--as-of (YYYY-MM-DD), and the reason in words. The source says where the\n"
     "result comes from: “computed” from the project’s data, “answered” by the\n"
     "manager in the app’s self-check, or “unanswered” for a requirement that only\n"
     "the manager can answer and has not yet. Where the manager answered, the\n"
     "evidence is shown too (in JSON, the key “evidence” is present only then).\n"
     "Requirements not met are not an error: the exit status is 0 whatever the\n"
     "results.\n"
     "\n"
     "Examples:\n"
     "  trellis-cli selfcheck plan.trellis\n"
     "  trellis-cli selfcheck plan.trellis --as-of 2026-12-31 --json");

static const char *
source_nick (TrellisExcellenceSource source)
{
  switch (source)
    {
    case TRELLIS_EXCELLENCE_COMPUTED: return "computed";
    case TRELLIS_EXCELLENCE_ANSWERED: return "answered";
    case TRELLIS_EXCELLENCE_UNANSWERED:
    default:
      return "unanswered";
    }
}

static const char *
source_word (TrellisExcellenceSource source)
{
  switch (source)
    {
    /* translators: where a self-check result comes from: the project's data */
    case TRELLIS_EXCELLENCE_COMPUTED: return _("Computed");
    /* translators: where a self-check result comes from: the manager's answer */
    case TRELLIS_EXCELLENCE_ANSWERED: return _("Answered");
    case TRELLIS_EXCELLENCE_UNANSWERED:
    default:
      /* translators: a self-check requirement nobody has answered yet */
      return _("Unanswered");
    }
}

/* Returns: (nullable): the manager's evidence, "" if they answered without;
 * %NULL if they have not answered */
static const char *
answered_evidence (const TrellisExcellenceResult *result)
{
  TrellisSelfCheck *answer = result->answer;
  const char *evidence;

  if (answer == NULL)
    return NULL;
  evidence = trellis_self_check_get_evidence (answer);
  if (trellis_self_check_get_result (answer) == TRELLIS_CHECK_UNKNOWN && (evidence == NULL || *evidence == '\0'))
    return NULL;
  return evidence != NULL ? evidence : "";
}

/* Runs every requirement: an array of TrellisExcellenceResult. */
static GArray *
check_all (TrellisProject *project,
           const char     *as_of)
{
  guint n_requirements;
  const TrellisRequirement *requirements = trellis_excellence_get_requirements (&n_requirements);
  GArray *results = g_array_sized_new (FALSE, TRUE, sizeof (TrellisExcellenceResult), n_requirements);

  g_array_set_clear_func (results, (GDestroyNotify) trellis_excellence_result_clear);
  for (guint i = 0; i < n_requirements; i++)
    {
      TrellisExcellenceResult result;

      if (trellis_excellence_check (project, requirements[i].id, as_of, &result))
        g_array_append_val (results, result);
    }
  return results;
}

static void
write_result (TrellisCliJson                *json,
              const TrellisExcellenceResult *result)
{
  const char *evidence = answered_evidence (result);

  trellis_cli_json_begin_object (json);
  trellis_cli_json_key (json, "id");
  trellis_cli_json_string (json, result->requirement->id);
  trellis_cli_json_key (json, "title");
  trellis_cli_json_string (json, trellis_requirement_get_title (result->requirement));
  trellis_cli_json_key (json, "result");
  trellis_cli_json_string (json, trellis_cli_enum_nick (TRELLIS_TYPE_CHECK_RESULT, result->result));
  trellis_cli_json_key (json, "reason");
  trellis_cli_json_string (json, result->reason);
  trellis_cli_json_key (json, "source");
  trellis_cli_json_string (json, source_nick (result->source));
  if (evidence != NULL)
    {
      trellis_cli_json_key (json, "evidence");
      trellis_cli_json_string (json, evidence);
    }
  trellis_cli_json_end_object (json);
}

static void
write_selfcheck (GArray     *results,
                 const char *as_of)
{
  g_autoptr(TrellisCliJson) json = trellis_cli_json_new ();

  trellis_cli_json_begin_object (json);
  trellis_cli_json_key (json, "as-of");
  trellis_cli_json_string (json, as_of);
  trellis_cli_json_key (json, "requirements");
  trellis_cli_json_begin_array (json);
  for (guint i = 0; i < results->len; i++)
    write_result (json, &g_array_index (results, TrellisExcellenceResult, i));
  trellis_cli_json_end_array (json);
  trellis_cli_json_end_object (json);
  trellis_cli_print_json (g_steal_pointer (&json));
}

typedef struct
{
  guint id;
  guint result;
  guint source;
} Columns;

/* Each column as wide as its widest cell, and two spaces between. */
static void
measure_columns (GArray  *results,
                 Columns *columns)
{
  columns->id = trellis_cli_text_width (_("ID"));
  columns->result = trellis_cli_text_width (_("Result"));
  columns->source = trellis_cli_text_width (_("Source"));
  for (guint i = 0; i < results->len; i++)
    {
      const TrellisExcellenceResult *result = &g_array_index (results, TrellisExcellenceResult, i);

      columns->id = MAX (columns->id, trellis_cli_text_width (result->requirement->id));
      columns->result = MAX (columns->result,
                             trellis_cli_text_width (trellis_enum_label (TRELLIS_TYPE_CHECK_RESULT, result->result)));
      columns->source = MAX (columns->source, trellis_cli_text_width (source_word (result->source)));
    }
  columns->id += 2;
  columns->result += 2;
  columns->source += 2;
}

static void
append_row (GString       *out,
            const Columns *columns,
            const char    *id,
            const char    *result,
            const char    *source,
            const char    *title)
{
  g_string_append (out, "  ");
  trellis_cli_append_padded (out, id, columns->id);
  trellis_cli_append_padded (out, result, columns->result);
  trellis_cli_append_padded (out, source, columns->source);
  g_string_append_printf (out, "%s\n", title);
}

/* "  4.1.2  Met  Computed  Documented strategy", then the reason (and evidence) below. */
static void
append_result (GString                       *out,
               const Columns                 *columns,
               const TrellisExcellenceResult *result)
{
  const char *evidence = answered_evidence (result);
  guint indent = 2 + columns->id;

  append_row (out, columns, result->requirement->id,
              trellis_enum_label (TRELLIS_TYPE_CHECK_RESULT, result->result),
              source_word (result->source), trellis_requirement_get_title (result->requirement));
  g_string_append_printf (out, "%*s%s\n", indent, "", result->reason);
  /* An answer that counts is its own reason; one beside a computed result is shown apart. */
  if (evidence != NULL && *evidence != '\0' && result->source != TRELLIS_EXCELLENCE_ANSWERED)
    {
      g_string_append_printf (out, "%*s", indent, "");
      /* translators: the manager's evidence beside a computed self-check result */
      g_string_append_printf (out, _("Evidence: %s"), evidence);
      g_string_append_c (out, '\n');
    }
}

static void
print_selfcheck (TrellisProject *project,
                 GArray         *results,
                 const char     *as_of)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *shown = trellis_format_date (trellis_date_parse (as_of));
  guint counts[TRELLIS_CHECK_NOT_MET + 1] = { 0 };
  Columns columns;

  for (guint i = 0; i < results->len; i++)
    counts[g_array_index (results, TrellisExcellenceResult, i).result]++;
  measure_columns (results, &columns);
  /* translators: the first line of `trellis-cli selfcheck`: "NAME, self-check as of DATE" */
  g_string_append_printf (out, _("%s, self-check as of %s"), trellis_project_get_name (project), shown);
  g_string_append (out, "\n");
  /* translators: the counts of the self-check's results */
  g_string_append_printf (out, _("Met: %u, not met: %u, unknown: %u"),
                          counts[TRELLIS_CHECK_MET], counts[TRELLIS_CHECK_NOT_MET], counts[TRELLIS_CHECK_UNKNOWN]);
  g_string_append (out, "\n\n");
  append_row (out, &columns, _("ID"), _("Result"), _("Source"), _("Requirement"));
  for (guint i = 0; i < results->len; i++)
    append_result (out, &columns, &g_array_index (results, TrellisExcellenceResult, i));
  g_print ("%s", out->str);
}

int
trellis_cli_selfcheck (TrellisCli  *cli,
                       char       **args)
{
  gboolean json = FALSE;
  g_autofree char *as_of = NULL;
  GOptionEntry entries[] = {
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of,
      N_("Judge the requirements on DATE (YYYY-MM-DD) instead of today"), N_("DATE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Write the requirements as a JSON object"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = trellis_cli_context_new (cli, _(selfcheck_description), entries);
  g_autoptr(TrellisProject) project = NULL;
  g_autoptr(GArray) results = NULL;
  g_autofree char *day = NULL;

  if (!trellis_cli_parse (cli, context, &args))
    return TRELLIS_CLI_EXIT_USAGE;
  if (args[1] == NULL || args[2] != NULL)
    return trellis_cli_usage_error (cli, _("give one FILE to check"));
  day = trellis_cli_resolve_as_of (cli, as_of);
  if (day == NULL)
    return TRELLIS_CLI_EXIT_USAGE;

  project = trellis_cli_open_project (args[1]);
  if (project == NULL)
    return TRELLIS_CLI_EXIT_FAILED;

  results = check_all (project, day);
  if (json)
    write_selfcheck (results, day);
  else
    print_selfcheck (project, results, day);
  return TRELLIS_CLI_EXIT_OK;
}
