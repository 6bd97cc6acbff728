/* trellis-markdown.c: a project summarised in Markdown
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For a mail or a wiki: the header, the key questions, the SWOT by
 * quadrant, the TOWS strategies, the stakeholders, the goals with their
 * indicators and progress, the action plan with each action's light and
 * its reason (trellis_status_of_action(), so the same words as the
 * dashboard) and the plan check's warnings.  Text from the project is
 * escaped so that it cannot break the layout (a | in a table cell, a
 * line break, a * that would start emphasis).
 */

#define G_LOG_DOMAIN "trellis-markdown"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "trellis.h"
#include "trellis-locale-format.h"
#include "trellis-markdown.h"

/* Escapes what Markdown would read as markup; line breaks become spaces. */
static char *
escape (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    {
      if (strchr ("\\`*_[]<>|#", *p) != NULL)
        g_string_append_c (out, '\\');
      if (*p == '\r' || *p == '\n')
        {
          if (!(*p == '\r' && p[1] == '\n'))
            g_string_append_c (out, ' ');
          continue;
        }
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static void
append_escaped (GString    *out,
                const char *text)
{
  g_autofree char *escaped = escape (text);

  g_string_append (out, escaped);
}

static void
append_heading (GString    *out,
                const char *level,
                const char *title)
{
  /* One blank line before a heading, also right after another one. */
  if (!g_str_has_suffix (out->str, "\n\n"))
    g_string_append_c (out, '\n');
  g_string_append_printf (out, "%s ", level);
  append_escaped (out, title);
  g_string_append (out, "\n\n");
}

static void
append_row (GString            *out,
            const char * const *cells)
{
  g_string_append (out, "|");
  for (guint i = 0; cells[i] != NULL; i++)
    {
      g_string_append_c (out, ' ');
      append_escaped (out, cells[i]);
      g_string_append (out, " |");
    }
  g_string_append_c (out, '\n');
}

static void
append_table_head (GString            *out,
                   const char * const *titles)
{
  append_row (out, titles);
  g_string_append (out, "|");
  for (guint i = 0; titles[i] != NULL; i++)
    g_string_append (out, "---|");
  g_string_append_c (out, '\n');
}

static void
append_fact (GString    *out,
             const char *label,
             const char *value)
{
  if (value == NULL || *value == '\0')
    return;
  g_string_append_printf (out, "- **%s:** ", label);
  append_escaped (out, value);
  g_string_append_c (out, '\n');
}

static void
append_header (GString        *out,
               TrellisProject *project,
               TrellisDay      day)
{
  TrellisHeader *header = trellis_project_get_header (project);
  g_autofree char *date = trellis_format_date (day);

  g_string_append (out, "# ");
  append_escaped (out, trellis_header_get_name (header));
  g_string_append (out, "\n\n");
  append_fact (out, _("Cluster"), trellis_header_get_cluster (header));
  append_fact (out, _("Region"), trellis_header_get_region (header));
  append_fact (out, _("Sector"), trellis_header_get_sector (header));
  append_fact (out, _("Stage"),
               trellis_enum_label (TRELLIS_TYPE_STAGE, trellis_header_get_stage (header)));
  append_fact (out, _("Facilitator"), trellis_header_get_facilitator (header));
  append_fact (out, _("As of"), date);
}

static void
append_key_questions (GString        *out,
                      TrellisProject *project)
{
  GListModel *questions = trellis_project_get_items (project, TRELLIS_TYPE_KEY_QUESTION);

  append_heading (out, "##", _("Key questions"));
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(TrellisKeyQuestion) question = g_list_model_get_item (questions, i);
      const char *answer = trellis_key_question_get_answer (question);

      g_string_append_printf (out, "- [%c] ", trellis_key_question_get_done (question) ? 'x' : ' ');
      append_escaped (out, trellis_key_question_get_question (question));
      if (answer != NULL && *answer != '\0')
        {
          g_string_append (out, " — ");
          append_escaped (out, answer);
        }
      g_string_append_c (out, '\n');
    }
  if (g_list_model_get_n_items (questions) == 0)
    g_string_append_printf (out, "%s\n", _("None yet."));
}

static void
append_swot (GString        *out,
             TrellisProject *project)
{
  g_autoptr(GEnumClass) quadrants = g_type_class_ref (TRELLIS_TYPE_QUADRANT);

  append_heading (out, "##", _("SWOT"));
  for (guint q = 0; q < quadrants->n_values; q++)
    {
      g_autoptr(GPtrArray) items = trellis_swot_list_quadrant (project, q);

      append_heading (out, "###", trellis_enum_label (TRELLIS_TYPE_QUADRANT, q));
      for (guint i = 0; i < items->len; i++)
        {
          TrellisSwotItem *item = g_ptr_array_index (items, i);
          int votes = trellis_swot_item_get_votes (item);

          g_string_append (out, "- ");
          append_escaped (out, trellis_swot_item_get_text (item));
          if (votes > 0)
            g_string_append_printf (out, ngettext (" (%d vote)", " (%d votes)", votes), votes);
          g_string_append_c (out, '\n');
        }
      if (items->len == 0)
        g_string_append_printf (out, "%s\n", _("None yet."));
    }
}

static void
append_tows (GString        *out,
             TrellisProject *project)
{
  GListModel *strategies = trellis_project_get_items (project, TRELLIS_TYPE_TOWS_STRATEGY);

  append_heading (out, "##", _("TOWS strategies"));
  for (guint i = 0; i < g_list_model_get_n_items (strategies); i++)
    {
      g_autoptr(TrellisTowsStrategy) strategy = g_list_model_get_item (strategies, i);
      g_autoptr(GPtrArray) items = trellis_tows_list_items (project, strategy);

      g_string_append (out, "- **");
      append_escaped (out, trellis_tows_strategy_get_title (strategy));
      g_string_append (out, "** (");
      append_escaped (out, trellis_enum_label (TRELLIS_TYPE_TOWS_TYPE,
                                               trellis_tows_strategy_get_tows_type (strategy)));
      g_string_append (out, ")\n");
      for (guint j = 0; j < items->len; j++)
        {
          g_string_append (out, "  - ");
          append_escaped (out, trellis_swot_item_get_text (g_ptr_array_index (items, j)));
          g_string_append_c (out, '\n');
        }
    }
  if (g_list_model_get_n_items (strategies) == 0)
    g_string_append_printf (out, "%s\n", _("None yet."));
}

static void
append_stakeholders (GString        *out,
                     TrellisProject *project)
{
  GListModel *stakeholders = trellis_project_get_items (project, TRELLIS_TYPE_STAKEHOLDER);
  const char *titles[] = { _("Name"), _("Organisation"), _("Helix"), _("Attitude"), _("Influence"),
                           _("Interest"), NULL };

  append_heading (out, "##", _("Stakeholders"));
  if (g_list_model_get_n_items (stakeholders) == 0)
    {
      g_string_append_printf (out, "%s\n", _("None yet."));
      return;
    }
  append_table_head (out, titles);
  for (guint i = 0; i < g_list_model_get_n_items (stakeholders); i++)
    {
      g_autoptr(TrellisStakeholder) stakeholder = g_list_model_get_item (stakeholders, i);
      const char *organisation = trellis_stakeholder_get_organisation (stakeholder);
      const char *cells[] = {
        trellis_stakeholder_get_name (stakeholder), organisation != NULL ? organisation : "",
        trellis_enum_label (TRELLIS_TYPE_HELIX, trellis_stakeholder_get_helix (stakeholder)),
        trellis_enum_label (TRELLIS_TYPE_ATTITUDE, trellis_stakeholder_get_attitude (stakeholder)),
        trellis_enum_label (TRELLIS_TYPE_LEVEL, trellis_stakeholder_get_influence (stakeholder)),
        trellis_enum_label (TRELLIS_TYPE_LEVEL, trellis_stakeholder_get_interest (stakeholder)),
        NULL
      };

      append_row (out, cells);
    }
}

static char *
format_number (double value)
{
  return isnan (value) ? g_strdup ("—") : trellis_indicator_format_value (value);
}

static void
append_indicator (GString          *out,
                  TrellisProject   *project,
                  TrellisIndicator *indicator)
{
  double progress = trellis_indicator_get_progress (project, indicator);
  g_autofree char *baseline = format_number (trellis_indicator_get_baseline (indicator));
  g_autofree char *target = format_number (trellis_indicator_get_target (indicator));
  g_autofree char *current = format_number (trellis_indicator_get_current (project, indicator, NULL));
  g_autofree char *share = isnan (progress) ? g_strdup ("—")
                                            : trellis_format_percent (progress * 100);
  const char *cells[] = { trellis_indicator_get_name (indicator), baseline, target, current, share,
                          NULL };

  append_row (out, cells);
}

static void
append_goals (GString        *out,
              TrellisProject *project)
{
  GListModel *goals = trellis_project_get_items (project, TRELLIS_TYPE_GOAL);
  const char *titles[] = { _("Indicator"), _("Baseline"), _("Target"), _("Current"), _("Progress"),
                           NULL };

  append_heading (out, "##", _("Goals and indicators"));
  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(TrellisGoal) goal = g_list_model_get_item (goals, i);
      g_autoptr(GPtrArray) indicators = trellis_goal_list_indicators (project, goal);

      append_heading (out, "###", trellis_goal_get_title (goal));
      if (indicators->len == 0)
        {
          g_string_append_printf (out, "%s\n", _("No indicator yet."));
          continue;
        }
      append_table_head (out, titles);
      for (guint j = 0; j < indicators->len; j++)
        append_indicator (out, project, g_ptr_array_index (indicators, j));
    }
  if (g_list_model_get_n_items (goals) == 0)
    g_string_append_printf (out, "%s\n", _("None yet."));
}

static void
append_action (GString                  *out,
               TrellisProject           *project,
               TrellisAction            *action,
               const char               *as_of,
               const TrellisStatusRules *rules)
{
  g_auto(TrellisStatus) status = { 0 };
  TrellisStakeholder *owner = trellis_action_get_owner (action);
  TrellisGoal *goal = trellis_action_get_goal (action);
  g_autofree char *due = trellis_action_get_due (action) != TRELLIS_DAY_NONE ?
                         trellis_format_date (trellis_action_get_due (action)) : g_strdup ("—");
  const char *owner_name = owner != NULL ? trellis_stakeholder_get_name (owner)
                                         : trellis_action_get_owner_name (action);
  const char *cells[7];

  trellis_status_of_action (project, TRELLIS_ITEM (action), as_of, rules, &status);
  cells[0] = trellis_action_get_title (action);
  cells[1] = owner_name != NULL ? owner_name : "—";
  cells[2] = goal != NULL ? trellis_goal_get_title (goal) : "—";
  cells[3] = due;
  cells[4] = trellis_enum_label (TRELLIS_TYPE_ACTION_STATUS, trellis_action_get_status (action));
  cells[5] = status.reason != NULL ? status.reason : "";
  cells[6] = NULL;
  g_string_append (out, "|");
  g_string_append_printf (out, " %s ", trellis_enum_label (TRELLIS_TYPE_LIGHT, status.light));
  append_row (out, cells);
}

static void
append_plan (GString        *out,
             TrellisProject *project,
             TrellisDay      day)
{
  GListModel *actions = trellis_project_get_items (project, TRELLIS_TYPE_ACTION);
  const char *titles[] = { _("Light"), _("Action"), _("Owner"), _("Goal"), _("Due"), _("Status"),
                           _("Why"), NULL };
  g_autofree char *as_of = trellis_date_format (day);
  TrellisStatusRules rules;

  trellis_status_rules_load (&rules, project);
  append_heading (out, "##", _("Action plan"));
  if (g_list_model_get_n_items (actions) == 0)
    {
      g_string_append_printf (out, "%s\n", _("None yet."));
      return;
    }
  append_table_head (out, titles);
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(TrellisAction) action = g_list_model_get_item (actions, i);

      append_action (out, project, action, as_of, &rules);
    }
}

static void
append_warnings (GString        *out,
                 TrellisProject *project)
{
  g_autoptr(GPtrArray) warnings = trellis_plan_list_warnings (project);

  append_heading (out, "##", _("Warnings"));
  for (guint i = 0; i < warnings->len; i++)
    {
      TrellisPlanWarning *warning = g_ptr_array_index (warnings, i);

      g_string_append (out, "- ");
      append_escaped (out, warning->message);
      g_string_append_c (out, '\n');
    }
  if (warnings->len == 0)
    g_string_append_printf (out, "%s\n", _("The plan check finds nothing missing."));
}

/**
 * trellis_markdown_to_string:
 * @day: the day to judge the actions on
 *
 * Returns: (transfer full): a summary of @project in Markdown
 */
char *
trellis_markdown_to_string (TrellisProject *project,
                            TrellisDay      day)
{
  GString *out;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (day != TRELLIS_DAY_NONE, NULL);

  out = g_string_new (NULL);
  append_header (out, project, day);
  append_key_questions (out, project);
  append_swot (out, project);
  append_tows (out, project);
  append_stakeholders (out, project);
  append_goals (out, project);
  append_plan (out, project, day);
  append_warnings (out, project);
  return g_string_free (out, FALSE);
}

/**
 * trellis_markdown_write_file:
 * @day: the day to judge the actions on
 *
 * Writes trellis_markdown_to_string() to @file, replacing it at once.
 *
 * Returns: %FALSE with @error set if it could not be written
 */
gboolean
trellis_markdown_write_file (TrellisProject  *project,
                             TrellisDay       day,
                             GFile           *file,
                             GError         **error)
{
  g_autofree char *text = trellis_markdown_to_string (project, day);
  gsize length = strlen (text);
  g_autoptr(GBytes) bytes = g_bytes_new_take (g_steal_pointer (&text), length);

  return trellis_write_file_atomically (file, bytes, FALSE, error);
}
