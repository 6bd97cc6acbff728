/* trellis-workshop-report-sections.c: the analyses of the workshop report
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The overview with the key questions, the SWOT with votes and sources,
 * the TOWS strategies, the stakeholders (register, influence grid, helix
 * balance), the goals with their indicators and the canvas.  Every number
 * and judgement is asked of the rules.
 */

#define G_LOG_DOMAIN "trellis-workshop-report"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "trellis.h"
#include "trellis-locale-format.h"
#include "trellis-pdf.h"
#include "trellis-workshop-report-private.h"

/* An item's title and the first lines below it stay on one page. */
#define KEEP_TOGETHER 60.0

static void
none (ReportFlow *flow,
      const char *text)
{
  _trellis_report_paragraph (flow, text, REPORT_BODY_SIZE, FALSE, 0.4, 0);
}

void
_trellis_report_draw_overview (ReportFlow *flow)
{
  TrellisHeader *header = trellis_project_get_header (flow->project);
  GListModel *questions = trellis_project_get_items (flow->project, TRELLIS_TYPE_KEY_QUESTION);
  guint n = g_list_model_get_n_items (questions);

  _trellis_report_paragraph (flow, trellis_header_get_description (header), 10, FALSE, 0.15, 0);
  _trellis_report_heading (flow, _("Key questions"));
  if (n == 0)
    none (flow, _("The project has no key questions yet."));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrellisKeyQuestion) question = g_list_model_get_item (questions, i);
      const char *answer = trellis_key_question_get_answer (question);
      g_autofree char *step = NULL;

      /* translators: before a key question: the method's step it belongs to */
      step = g_strdup_printf (_("Step: %s"), trellis_enum_label (TRELLIS_TYPE_STEP,
                                                                 trellis_key_question_get_step (question)));
      _trellis_report_ensure (flow, KEEP_TOGETHER);
      _trellis_report_paragraph (flow, trellis_key_question_get_question (question), 10, TRUE, 0.1, 0);
      _trellis_report_paragraph (flow, step, 8, FALSE, 0.45, 12);
      if (answer != NULL && *answer != '\0')
        _trellis_report_paragraph (flow, answer, REPORT_BODY_SIZE, FALSE, 0.2, 12);
      else
        _trellis_report_paragraph (flow, _("Not answered yet."), REPORT_BODY_SIZE, FALSE, 0.45, 12);
      _trellis_report_space (flow, 4);
    }
}

void
_trellis_report_draw_swot (ReportFlow *flow)
{
  static const ReportColumn columns[] = {
    { N_("Note"), 0.56 }, { N_("Votes"), 0.1 }, { N_("Source"), 0.34 },
  };
  ReportColumn translated[G_N_ELEMENTS (columns)];

  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    translated[c] = (ReportColumn) { _(columns[c].title), columns[c].share };

  for (TrellisQuadrant q = TRELLIS_QUADRANT_STRENGTH; q <= TRELLIS_QUADRANT_THREAT; q++)
    {
      g_autoptr(GPtrArray) notes = trellis_swot_list_quadrant (flow->project, q);

      _trellis_report_heading (flow, trellis_enum_label (TRELLIS_TYPE_QUADRANT, q));
      if (notes->len == 0)
        {
          none (flow, _("No notes in this quadrant."));
          continue;
        }
      _trellis_report_table_begin (flow, translated, G_N_ELEMENTS (translated));
      for (guint i = 0; i < notes->len; i++)
        {
          TrellisSwotItem *note = notes->pdata[i];
          g_autofree char *votes = g_strdup_printf ("%d", trellis_swot_item_get_votes (note));
          g_autofree char *source = trellis_swot_item_dup_source_tag (note);
          const char *cells[] = { trellis_swot_item_get_text (note), votes, source ? source : _("Free note") };

          _trellis_report_table_row (flow, cells, -1);
        }
      _trellis_report_table_end (flow);
    }
}

void
_trellis_report_draw_tows (ReportFlow *flow)
{
  GListModel *strategies = trellis_project_get_items (flow->project, TRELLIS_TYPE_TOWS_STRATEGY);
  guint n = g_list_model_get_n_items (strategies);

  if (n == 0)
    none (flow, _("The project has no TOWS strategies yet."));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrellisTowsStrategy) strategy = g_list_model_get_item (strategies, i);
      g_autoptr(GPtrArray) items = trellis_tows_list_items (flow->project, strategy);
      TrellisGoal *goal = trellis_tows_get_goal (flow->project, strategy);

      _trellis_report_ensure (flow, KEEP_TOGETHER);
      _trellis_report_paragraph (flow, trellis_tows_strategy_get_title (strategy), 10.5, TRUE, 0.1, 0);
      _trellis_report_paragraph (flow, trellis_enum_label (TRELLIS_TYPE_TOWS_TYPE,
                                                           trellis_tows_strategy_get_tows_type (strategy)),
                                 8.5, FALSE, 0.4, 12);
      _trellis_report_paragraph (flow, trellis_tows_strategy_get_description (strategy), REPORT_BODY_SIZE,
                                 FALSE, 0.2, 12);
      for (guint k = 0; k < items->len; k++)
        {
          TrellisSwotItem *item = items->pdata[k];
          g_autofree char *line = NULL;

          /* translators: a SWOT note a strategy combines: its quadrant, then its text */
          line = g_strdup_printf (_("• %s: %s"),
                                  trellis_enum_label (TRELLIS_TYPE_QUADRANT, trellis_swot_item_get_quadrant (item)),
                                  trellis_swot_item_get_text (item));
          _trellis_report_paragraph (flow, line, 8.5, FALSE, 0.25, 12);
        }
      if (goal != NULL)
        {
          /* translators: the goal a TOWS strategy became */
          g_autofree char *line = g_strdup_printf (_("Goal: %s"), trellis_goal_get_title (goal));

          _trellis_report_paragraph (flow, line, 8.5, TRUE, 0.25, 12);
        }
      _trellis_report_space (flow, 6);
    }
}

static void
draw_register (ReportFlow *flow,
               GListModel *stakeholders)
{
  static const ReportColumn columns[] = {
    { N_("Name"), 0.21 }, { N_("Organisation"), 0.21 }, { N_("Helix"), 0.16 }, { N_("Influence"), 0.1 },
    { N_("Interest"), 0.1 }, { N_("Attitude"), 0.1 }, { N_("Committed"), 0.12 },
  };
  ReportColumn translated[G_N_ELEMENTS (columns)];

  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    translated[c] = (ReportColumn) { _(columns[c].title), columns[c].share };
  _trellis_report_heading (flow, _("Register"));
  _trellis_report_table_begin (flow, translated, G_N_ELEMENTS (translated));
  for (guint i = 0; i < g_list_model_get_n_items (stakeholders); i++)
    {
      g_autoptr(TrellisStakeholder) s = g_list_model_get_item (stakeholders, i);
      const char *cells[] = {
        trellis_stakeholder_get_name (s), trellis_stakeholder_get_organisation (s),
        trellis_enum_label (TRELLIS_TYPE_HELIX, trellis_stakeholder_get_helix (s)),
        trellis_enum_label (TRELLIS_TYPE_LEVEL, trellis_stakeholder_get_influence (s)),
        trellis_enum_label (TRELLIS_TYPE_LEVEL, trellis_stakeholder_get_interest (s)),
        trellis_enum_label (TRELLIS_TYPE_ATTITUDE, trellis_stakeholder_get_attitude (s)),
        trellis_stakeholder_get_committed (s) ? _("Yes") : _("No"),
      };

      _trellis_report_table_row (flow, cells, -1);
    }
  _trellis_report_table_end (flow);
}

/* The names in one cell of the influence grid, one per line. */
static char *
list_cell (GListModel   *stakeholders,
           TrellisLevel  influence,
           guint         column)
{
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (stakeholders); i++)
    {
      g_autoptr(TrellisStakeholder) s = g_list_model_get_item (stakeholders, i);
      TrellisLevel level;
      int value;

      trellis_stakeholder_get_cell (s, TRELLIS_GRID_AXIS_ATTITUDE, &level, &value);
      if (level == influence && trellis_grid_axis_get_column (TRELLIS_GRID_AXIS_ATTITUDE, value) == column)
        g_string_append_printf (names, "%s%s", names->len > 0 ? "\n" : "", trellis_stakeholder_get_name (s));
    }
  return g_string_free (names, FALSE);
}

static void
draw_grid (ReportFlow *flow,
           GListModel *stakeholders)
{
  ReportColumn columns[TRELLIS_GRID_N_COLUMNS + 1];
  g_autofree char *corner = NULL;

  /* translators: the corner of the influence grid: rows by columns */
  corner = g_strdup_printf (_("Influence \\ %s"), trellis_grid_axis_get_title (TRELLIS_GRID_AXIS_ATTITUDE));
  columns[0] = (ReportColumn) { corner, 0.16 };
  for (guint c = 0; c < TRELLIS_GRID_N_COLUMNS; c++)
    columns[c + 1] = (ReportColumn) {
      trellis_grid_axis_get_value_label (TRELLIS_GRID_AXIS_ATTITUDE,
                                         trellis_grid_axis_get_value (TRELLIS_GRID_AXIS_ATTITUDE, c)),
      0.28 };
  _trellis_report_heading (flow, _("Influence grid"));
  _trellis_report_table_begin (flow, columns, G_N_ELEMENTS (columns));
  for (int level = TRELLIS_LEVEL_HIGH; level >= TRELLIS_LEVEL_LOW; level--)
    {
      char *cells[TRELLIS_GRID_N_COLUMNS] = { NULL };
      const char *row[TRELLIS_GRID_N_COLUMNS + 1] = { trellis_enum_label (TRELLIS_TYPE_LEVEL, level) };

      for (guint c = 0; c < TRELLIS_GRID_N_COLUMNS; c++)
        row[c + 1] = cells[c] = list_cell (stakeholders, level, c);
      _trellis_report_table_row (flow, row, -1);
      for (guint c = 0; c < TRELLIS_GRID_N_COLUMNS; c++)
        g_free (cells[c]);
    }
  _trellis_report_table_end (flow);
}

static void
draw_balance (ReportFlow *flow)
{
  TrellisHelixBalance balance;
  ReportColumn columns[] = { { _("Helix"), 0.5 }, { _("Stakeholders"), 0.25 }, { _("Committed"), 0.25 } };

  trellis_helix_balance_compute (flow->project, &balance);
  _trellis_report_heading (flow, _("Helix balance"));
  _trellis_report_table_begin (flow, columns, G_N_ELEMENTS (columns));
  for (guint h = 0; h < TRELLIS_N_HELIX_TYPES; h++)
    {
      g_autofree char *actors = g_strdup_printf ("%u", balance.n_actors[h]);
      g_autofree char *committed = g_strdup_printf ("%u", balance.n_committed[h]);
      const char *row[] = { trellis_enum_label (TRELLIS_TYPE_HELIX, h), actors, committed };

      _trellis_report_table_row (flow, row, -1);
    }
  _trellis_report_table_end (flow);
  for (TrellisBalanceCheck check = 0; check < TRELLIS_BALANCE_N_CHECKS; check++)
    {
      g_autofree char *reason = NULL;
      TrellisCheckResult result = trellis_helix_balance_check (&balance, check, &reason);
      g_autofree char *title = NULL;

      /* translators: a requirement of the helix balance, then whether it is met */
      title = g_strdup_printf (_("%s: %s"), trellis_balance_check_get_title (check),
                               trellis_enum_label (TRELLIS_TYPE_CHECK_RESULT, result));
      _trellis_report_paragraph (flow, title, REPORT_BODY_SIZE, TRUE, 0.1, 0);
      _trellis_report_paragraph (flow, reason, 8.5, FALSE, 0.3, 12);
    }
}

void
_trellis_report_draw_stakeholders (ReportFlow *flow)
{
  GListModel *stakeholders = trellis_project_get_items (flow->project, TRELLIS_TYPE_STAKEHOLDER);

  if (g_list_model_get_n_items (stakeholders) == 0)
    {
      none (flow, _("The project has no stakeholders yet."));
      return;
    }
  draw_register (flow, stakeholders);
  draw_grid (flow, stakeholders);
  draw_balance (flow);
}

/* "12 members on 2026-10-01", or "not measured yet" */
static char *
describe_current (ReportFlow       *flow,
                  TrellisIndicator *indicator)
{
  g_autoptr(GPtrArray) measurements = trellis_indicator_list_measurements (flow->project, indicator);
  TrellisItem *last = trellis_measurement_find_on (measurements, flow->as_of);
  g_autofree char *value = NULL;
  char date[TRELLIS_DISPLAY_DATE_SIZE];

  if (last == NULL)
    return g_strdup (_("Not measured yet"));
  value = trellis_indicator_format_value (trellis_measurement_get_value (TRELLIS_MEASUREMENT (last)));
  trellis_format_date_into (trellis_measurement_get_date (TRELLIS_MEASUREMENT (last)), date);
  /* translators: the last value of an indicator, then the day it was measured */
  return g_strdup_printf (_("%s on %s"), value, date);
}

static char *
describe_target (TrellisIndicator *indicator)
{
  double target = trellis_indicator_get_target (indicator);
  g_autofree char *value = NULL;
  char date[TRELLIS_DISPLAY_DATE_SIZE];

  if (!trellis_double_is_set (target))
    return g_strdup (_("No target yet"));
  value = trellis_indicator_format_value (target);
  trellis_format_date_into (trellis_indicator_get_target_date (indicator), date);
  if (*date == '\0')
    return g_steal_pointer (&value);
  /* translators: an indicator's target value, then the day it is due */
  return g_strdup_printf (_("%s by %s"), value, date);
}

static void
draw_indicators (ReportFlow  *flow,
                 TrellisGoal *goal)
{
  static const ReportColumn columns[] = {
    { N_("Indicator"), 0.34 }, { N_("Unit"), 0.14 }, { N_("Target"), 0.2 }, { N_("Last measured"), 0.2 },
    { N_("Progress"), 0.12 },
  };
  ReportColumn translated[G_N_ELEMENTS (columns)];
  g_autoptr(GPtrArray) indicators = trellis_goal_list_indicators (flow->project, goal);

  if (indicators->len == 0)
    {
      _trellis_report_paragraph (flow, _("No indicators yet."), 8.5, FALSE, 0.4, 12);
      return;
    }
  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    translated[c] = (ReportColumn) { _(columns[c].title), columns[c].share };
  _trellis_report_table_begin (flow, translated, G_N_ELEMENTS (translated));
  for (guint i = 0; i < indicators->len; i++)
    {
      TrellisIndicator *indicator = indicators->pdata[i];
      const TrellisStatusEntry *entry = trellis_status_report_lookup (flow->status, TRELLIS_ITEM (indicator));
      double progress = trellis_indicator_get_progress_on (flow->project, indicator, flow->as_of);
      g_autofree char *target = describe_target (indicator);
      g_autofree char *current = describe_current (flow, indicator);
      g_autofree char *share = isnan (progress) ? g_strdup ("—") : trellis_format_percent (progress * 100);
      const char *cells[] = { trellis_indicator_get_name (indicator), trellis_indicator_get_unit (indicator),
                              target, current, share };

      _trellis_report_table_row (flow, cells, entry != NULL ? (int) entry->light : -1);
    }
  _trellis_report_table_end (flow);
}

void
_trellis_report_draw_goals (ReportFlow *flow)
{
  GListModel *goals = trellis_project_get_items (flow->project, TRELLIS_TYPE_GOAL);

  if (g_list_model_get_n_items (goals) == 0)
    none (flow, _("The project has no goals yet."));
  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(TrellisGoal) goal = g_list_model_get_item (goals, i);
      const TrellisStatusEntry *entry = trellis_status_report_lookup (flow->status, TRELLIS_ITEM (goal));

      _trellis_report_ensure (flow, KEEP_TOGETHER + 30);
      if (entry != NULL)
        _trellis_report_light_line (flow, entry->light, trellis_goal_get_title (goal),
                                    trellis_status_entry_get_reason (entry), 0);
      else
        _trellis_report_paragraph (flow, trellis_goal_get_title (goal), 10.5, TRUE, 0.1, 0);
      _trellis_report_paragraph (flow, trellis_goal_get_description (goal), REPORT_BODY_SIZE, FALSE, 0.2, 0);
      draw_indicators (flow, goal);
      _trellis_report_space (flow, 4);
    }
}

void
_trellis_report_draw_canvas (ReportFlow *flow)
{
  double width = _trellis_report_text_width (flow);
  double height = width * TRELLIS_POSTER_HEIGHT / TRELLIS_POSTER_WIDTH;

  /* The poster as it is drawn for A3, scaled to the text's width; then its notes as text to read. */
  _trellis_report_ensure (flow, height);
  cairo_save (flow->cr);
  cairo_rectangle (flow->cr, REPORT_MARGIN, flow->y, width, height);
  cairo_clip (flow->cr);
  cairo_translate (flow->cr, REPORT_MARGIN, flow->y);
  cairo_scale (flow->cr, width / TRELLIS_POSTER_WIDTH, width / TRELLIS_POSTER_WIDTH);
  trellis_canvas_poster_draw (flow->project, NULL, flow->cr, TRELLIS_POSTER_WIDTH, TRELLIS_POSTER_HEIGHT);
  cairo_restore (flow->cr);
  flow->y += height + 8;
  for (guint b = 0; b < trellis_enum_n_values (TRELLIS_TYPE_CANVAS_BOX); b++)
    {
      g_autoptr(GPtrArray) notes = trellis_canvas_list_notes (flow->project, NULL, b);

      if (notes->len == 0)
        continue;
      _trellis_report_ensure (flow, 30);
      _trellis_report_paragraph (flow, trellis_enum_label (TRELLIS_TYPE_CANVAS_BOX, b), 10, TRUE, 0.1, 0);
      for (guint i = 0; i < notes->len; i++)
        {
          /* translators: a bullet before a canvas note's text */
          g_autofree char *line = g_strdup_printf (_("• %s"), trellis_canvas_note_get_text (notes->pdata[i]));

          _trellis_report_paragraph (flow, line, 8.5, FALSE, 0.2, 12);
        }
    }
}
