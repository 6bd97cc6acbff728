/* trellis-cli-check.c: `trellis-cli check`, the plan check's warnings
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The warnings are those of the app's plan check (trellis_plan_list_warnings
 * in the core), in its order.  Each is named by the nick of its
 * TrellisPlanWarningKind ("goal-without-action"), which scripts can rely on,
 * and told in words.  `status` prints the same list after the lights, with
 * the helpers here.
 */

#define G_LOG_DOMAIN "trellis-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-cli.h"

static const char check_description[] =
  N_("Prints what the plan check of the app finds missing or inconsistent in the\n"
     "plan: goals without an action, actions without a goal, an owner or a due\n"
     "date, actions due before they start or starting before an action they wait\n"
     "for is due, milestones after their action, dependencies in a circle, actions\n"
     "owned by a critical stakeholder, budget overruns. Each warning shows its\n"
     "kind, a fixed word for scripts (such as “goal-without-action”), and the\n"
     "warning in words; --json adds the title and UUID of the item it is about.\n"
     "`trellis-cli status` prints the same warnings after the lights.\n"
     "\n"
     "Warnings are advice, not errors: the exit status is 0 whether or not there\n"
     "are any; it is 1 only if FILE cannot be read.\n"
     "\n"
     "Examples:\n"
     "  trellis-cli check plan.trellis\n"
     "  trellis-cli check plan.trellis --json");

/* The widest kind, in columns, plus the gap after it. */
static guint
kind_width (void)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (TRELLIS_TYPE_PLAN_WARNING_KIND);
  guint width = 0;

  for (guint i = 0; i < klass->n_values; i++)
    width = MAX (width, trellis_cli_text_width (klass->values[i].value_nick));
  return width + 2;
}

/**
 * trellis_cli_append_warnings:
 * @warnings: (element-type TrellisPlanWarning): from trellis_plan_list_warnings()
 *
 * Appends a section "Plan check (N)" to @out, one warning a line: its kind,
 * then the warning in words.
 */
void
trellis_cli_append_warnings (GString   *out,
                             GPtrArray *warnings)
{
  guint width = kind_width ();

  /* translators: the heading of the plan check's warnings; %u is their number */
  g_string_append_printf (out, _("Plan check (%u)"), warnings->len);
  g_string_append_c (out, '\n');
  if (warnings->len == 0)
    g_string_append_printf (out, "  %s\n", _("No warnings"));
  for (guint i = 0; i < warnings->len; i++)
    {
      const TrellisPlanWarning *warning = g_ptr_array_index (warnings, i);

      g_string_append (out, "  ");
      trellis_cli_append_padded (out, trellis_cli_enum_nick (TRELLIS_TYPE_PLAN_WARNING_KIND, warning->kind),
                                 width);
      g_string_append_printf (out, "%s\n", warning->message);
    }
}

/**
 * trellis_cli_write_warnings:
 * @warnings: (element-type TrellisPlanWarning): from trellis_plan_list_warnings()
 *
 * Writes the warnings as a JSON array of objects with "kind", "title",
 * "uuid" (of the item the warning is about) and "message".
 */
void
trellis_cli_write_warnings (TrellisCliJson *json,
                            GPtrArray      *warnings)
{
  trellis_cli_json_begin_array (json);
  for (guint i = 0; i < warnings->len; i++)
    {
      const TrellisPlanWarning *warning = g_ptr_array_index (warnings, i);
      g_autofree char *title = trellis_item_dup_full_label (warning->item);

      trellis_cli_json_begin_object (json);
      trellis_cli_json_key (json, "kind");
      trellis_cli_json_string (json, trellis_cli_enum_nick (TRELLIS_TYPE_PLAN_WARNING_KIND, warning->kind));
      trellis_cli_json_key (json, "title");
      trellis_cli_json_string (json, title);
      trellis_cli_json_key (json, "uuid");
      trellis_cli_json_string (json, trellis_item_get_uuid (warning->item));
      trellis_cli_json_key (json, "message");
      trellis_cli_json_string (json, warning->message);
      trellis_cli_json_end_object (json);
    }
  trellis_cli_json_end_array (json);
}

static void
write_check (TrellisProject *project,
             GPtrArray      *warnings,
             const char     *path)
{
  g_autoptr(TrellisCliJson) json = trellis_cli_json_new ();
  g_autofree char *display_name = g_filename_display_name (path);

  trellis_cli_json_begin_object (json);
  trellis_cli_json_key (json, "file");
  trellis_cli_json_string (json, display_name);
  trellis_cli_json_key (json, "name");
  trellis_cli_json_string (json, trellis_project_get_name (project));
  trellis_cli_json_key (json, "warnings");
  trellis_cli_write_warnings (json, warnings);
  trellis_cli_json_end_object (json);
  trellis_cli_print_json (g_steal_pointer (&json));
}

static void
print_check (TrellisProject *project,
             GPtrArray      *warnings)
{
  g_autoptr(GString) out = g_string_new (NULL);

  g_string_append_printf (out, "%s\n\n", trellis_project_get_name (project));
  trellis_cli_append_warnings (out, warnings);
  g_print ("%s", out->str);
}

int
trellis_cli_check (TrellisCli  *cli,
                   char       **args)
{
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Write the warnings as a JSON object"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = trellis_cli_context_new (cli, _(check_description), entries);
  g_autoptr(TrellisProject) project = NULL;
  g_autoptr(GPtrArray) warnings = NULL;

  if (!trellis_cli_parse (cli, context, &args))
    return TRELLIS_CLI_EXIT_USAGE;
  if (args[1] == NULL || args[2] != NULL)
    return trellis_cli_usage_error (cli, _("give one FILE to check"));

  project = trellis_cli_open_project (args[1]);
  if (project == NULL)
    return TRELLIS_CLI_EXIT_FAILED;

  warnings = trellis_plan_list_warnings (project);
  if (json)
    write_check (project, warnings, args[1]);
  else
    print_check (project, warnings);
  /* Warnings are advice: the check itself succeeded. */
  return TRELLIS_CLI_EXIT_OK;
}
