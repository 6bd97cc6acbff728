/* trellis-workshop-report-plan.c: the plan and its status in the workshop report
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The action plan as a table and as a timeline chart, the status board
 * (the lights with their reasons, what needs attention, the plan check's
 * warnings), what is overdue or due soon, the budget and the self-check.
 * The lights come from the status report, the warnings from
 * trellis_plan_list_warnings(), the sums from the dashboard's functions:
 * the same as the window and the board report show.
 */

#define G_LOG_DOMAIN "trellis-workshop-report"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis.h"
#include "trellis-locale-format.h"
#include "trellis-pdf.h"
#include "trellis-workshop-report-private.h"

#define MAX_WARNINGS   50
#define UPCOMING_DAYS  30
#define TIMELINE_ROW   12.0
#define TIMELINE_AXIS  26.0
#define TIMELINE_LABEL 0.32   /* the share of the width the rows' titles take */

static void
translate_columns (const ReportColumn *columns,
                   ReportColumn       *translated,
                   guint               n_columns)
{
  for (guint c = 0; c < n_columns; c++)
    translated[c] = (ReportColumn) { _(columns[c].title), columns[c].share };
}

static int
light_of (ReportFlow  *flow,
          TrellisItem *item)
{
  const TrellisStatusEntry *entry = trellis_status_report_lookup (flow->status, item);

  return entry != NULL ? (int) entry->light : -1;
}

static char *
describe_owner (TrellisAction *action)
{
  TrellisStakeholder *owner = trellis_action_get_owner (action);

  if (owner != NULL)
    return g_strdup (trellis_stakeholder_get_name (owner));
  return g_strdup (trellis_action_get_owner_name (action));
}

/* "In progress, 40 %" */
static char *
describe_state (TrellisAction *action)
{
  const char *status = trellis_enum_label (TRELLIS_TYPE_ACTION_STATUS, trellis_action_get_status (action));

  /* translators: an action's status, then how much of it is done */
  return g_strdup_printf (_("%s, %d %%"), status, trellis_action_get_progress (action));
}

static void
draw_action_row (ReportFlow    *flow,
                 TrellisAction *action)
{
  TrellisGoal *goal = trellis_action_get_goal (action);
  char start[TRELLIS_DISPLAY_DATE_SIZE], due[TRELLIS_DISPLAY_DATE_SIZE];
  g_autofree char *owner = describe_owner (action);
  g_autofree char *state = describe_state (action);
  g_autofree char *budget = NULL;
  double planned = trellis_action_get_budget_planned (action);
  const char *cells[7];

  trellis_format_date_into (trellis_action_get_start (action), start);
  trellis_format_date_into (trellis_action_get_due (action), due);
  if (trellis_double_is_set (planned))
    budget = trellis_dashboard_format_money (planned, trellis_action_get_currency (action));
  cells[0] = trellis_action_get_title (action);
  cells[1] = goal != NULL ? trellis_goal_get_title (goal) : "";
  cells[2] = owner;
  cells[3] = start;
  cells[4] = due;
  cells[5] = state;
  cells[6] = budget;
  _trellis_report_table_row (flow, cells, light_of (flow, TRELLIS_ITEM (action)));
}

void
_trellis_report_draw_plan (ReportFlow *flow)
{
  static const ReportColumn columns[] = {
    { N_("Action"), 0.25 }, { N_("Goal"), 0.16 }, { N_("Owner"), 0.13 }, { N_("Start"), 0.115 },
    { N_("Due"), 0.115 }, { N_("State"), 0.12 }, { N_("Budget"), 0.11 },
  };
  ReportColumn translated[G_N_ELEMENTS (columns)];
  GListModel *actions = trellis_project_get_items (flow->project, TRELLIS_TYPE_ACTION);
  guint n = g_list_model_get_n_items (actions);

  if (n == 0)
    {
      _trellis_report_paragraph (flow, _("The plan has no actions yet."), REPORT_BODY_SIZE, FALSE, 0.4, 0);
      return;
    }
  translate_columns (columns, translated, G_N_ELEMENTS (columns));
  _trellis_report_table_begin (flow, translated, G_N_ELEMENTS (translated));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrellisAction) action = g_list_model_get_item (actions, i);

      draw_action_row (flow, action);
    }
  _trellis_report_table_end (flow);
}

typedef struct
{
  TrellisTimelineLayout *layout;
  double                 x;        /* where the chart starts */
  double                 scale;    /* points per layout pixel */
  double                 today;    /* x of the as-of day, or -1 */
} Chart;

/* One line of the chart's header: ticks and their labels, where there is room for them. */
static void
draw_ticks (ReportFlow *flow,
            Chart      *chart,
            gboolean    major,
            double      y)
{
  double width = trellis_timeline_layout_get_width (chart->layout);
  double right = REPORT_MARGIN + _trellis_report_text_width (flow);
  g_autoptr(GArray) ticks = trellis_timeline_layout_list_ticks (chart->layout, 0, width, major);
  double last_label = -1000;

  for (guint i = 0; i < ticks->len; i++)
    {
      TrellisTimelineTick *tick = &g_array_index (ticks, TrellisTimelineTick, i);
      double x = chart->x + MAX (tick->x, 0) * chart->scale;
      double next = i + 1 < ticks->len ? g_array_index (ticks, TrellisTimelineTick, i + 1).x : width;
      g_autoptr(PangoLayout) label = NULL;

      cairo_set_source_rgb (flow->cr, 0.8, 0.8, 0.8);
      cairo_rectangle (flow->cr, x, y, 0.4, flow->y + TIMELINE_AXIS - 2 - y);
      cairo_fill (flow->cr);
      if (x - last_label < 22 || (next - MAX (tick->x, 0)) * chart->scale < 10 || x + 20 > right)
        continue;
      label = _trellis_report_layout (flow, tick->label, 6, major, MIN (40, right - x - 1.5));
      pango_layout_set_ellipsize (label, PANGO_ELLIPSIZE_END);
      trellis_pdf_layout_show (flow->cr, label, x + 1.5, y + 1, major ? 0.2 : 0.35);
      last_label = x;
    }
}

/* The years and months (or quarters) along the top of the chart, on each of its pages. */
static void
draw_axis (ReportFlow *flow,
           Chart      *chart)
{
  draw_ticks (flow, chart, TRUE, flow->y);
  draw_ticks (flow, chart, FALSE, flow->y + 11);
  flow->y += TIMELINE_AXIS;
}

static void
draw_bar (ReportFlow               *flow,
          Chart                    *chart,
          const TrellisTimelineRow *row)
{
  double rgb[3];
  double x = chart->x + row->x * chart->scale;
  double width = MAX (row->width * chart->scale, 1.5);

  _trellis_report_light_rgb (light_of (flow, row->item) >= 0 ? (TrellisLight) light_of (flow, row->item)
                                                              : TRELLIS_LIGHT_GREY, rgb);
  cairo_set_source_rgb (flow->cr, rgb[0], rgb[1], rgb[2]);
  cairo_rectangle (flow->cr, x, flow->y + 2.5, width, TIMELINE_ROW - 5);
  cairo_fill (flow->cr);
}

static void
draw_diamonds (ReportFlow *flow,
               Chart      *chart,
               guint       index)
{
  guint n = 0;
  const TrellisTimelineMilestone *milestones = trellis_timeline_layout_get_milestones (chart->layout, index, 1, &n);

  for (guint m = 0; m < n; m++)
    {
      double x = chart->x + milestones[m].x * chart->scale;
      double cy = flow->y + TIMELINE_ROW / 2;

      cairo_move_to (flow->cr, x, cy - 4);
      cairo_line_to (flow->cr, x + 4, cy);
      cairo_line_to (flow->cr, x, cy + 4);
      cairo_line_to (flow->cr, x - 4, cy);
      cairo_close_path (flow->cr);
      cairo_set_source_rgb (flow->cr, 0.1, 0.1, 0.1);
      if (milestones[m].reached)
        cairo_fill (flow->cr);
      else
        {
          cairo_set_line_width (flow->cr, 0.8);
          cairo_stroke (flow->cr);
        }
    }
}

static void
draw_timeline_row (ReportFlow *flow,
                   Chart      *chart,
                   guint       index)
{
  const TrellisTimelineRow *row = trellis_timeline_layout_get_row (chart->layout, index);
  gboolean heading = row->kind == TRELLIS_TIMELINE_ROW_GOAL || row->kind == TRELLIS_TIMELINE_ROW_NO_GOAL;
  g_autofree char *title = row->item != NULL ? trellis_item_dup_label (row->item) : g_strdup (_("No goal"));
  g_autoptr(PangoLayout) label = NULL;

  if (_trellis_report_ensure (flow, TIMELINE_ROW))
    draw_axis (flow, chart);
  label = _trellis_report_layout (flow, title, 7, heading, chart->x - REPORT_MARGIN - 4);
  pango_layout_set_ellipsize (label, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (label, -1);
  trellis_pdf_layout_show (flow->cr, label, REPORT_MARGIN + (heading ? 0 : 6), flow->y + 2, 0.1);
  if (row->kind == TRELLIS_TIMELINE_ROW_ACTION && row->bar != TRELLIS_TIMELINE_BAR_NONE)
    draw_bar (flow, chart, row);
  draw_diamonds (flow, chart, index);
  if (chart->today >= 0)
    {
      cairo_set_source_rgb (flow->cr, 0.75, 0.11, 0.16);
      cairo_rectangle (flow->cr, chart->today, flow->y, 0.6, TIMELINE_ROW);
      cairo_fill (flow->cr);
    }
  cairo_set_source_rgb (flow->cr, 0.9, 0.9, 0.9);
  cairo_rectangle (flow->cr, REPORT_MARGIN, flow->y + TIMELINE_ROW - 0.3, _trellis_report_text_width (flow), 0.3);
  cairo_fill (flow->cr);
  flow->y += TIMELINE_ROW;
}

void
_trellis_report_draw_timeline (ReportFlow *flow)
{
  g_autoptr(TrellisTimelineLayout) layout = trellis_timeline_layout_new (flow->project, TRELLIS_TIMELINE_MONTHS,
                                                                         TRELLIS_DAY_NONE, TRUE);
  double text_width = _trellis_report_text_width (flow);
  Chart chart = { layout, REPORT_MARGIN + text_width * TIMELINE_LABEL, 1, -1 };
  guint n_rows = trellis_timeline_layout_get_n_rows (layout);
  double width = trellis_timeline_layout_get_width (layout);

  if (n_rows == 0 || width <= 0)
    {
      _trellis_report_paragraph (flow, _("No action or milestone has a date yet."), REPORT_BODY_SIZE, FALSE, 0.4, 0);
      return;
    }
  chart.scale = text_width * (1 - TIMELINE_LABEL) / width;
  if (flow->day >= trellis_timeline_layout_get_origin (layout) && flow->day <= trellis_timeline_layout_get_last_day (layout))
    chart.today = chart.x + trellis_timeline_layout_day_to_x (layout, flow->day) * chart.scale;
  _trellis_report_paragraph (flow, _("Bars run from an action’s start to its due day, coloured by its light; "
                                     "diamonds are milestones, filled when reached; the red line is the report’s day."),
                             8, FALSE, 0.4, 0);
  _trellis_report_ensure (flow, TIMELINE_AXIS + 3 * TIMELINE_ROW);
  draw_axis (flow, &chart);
  for (guint i = 0; i < n_rows; i++)
    draw_timeline_row (flow, &chart, i);
}

static void
draw_counts (ReportFlow *flow)
{
  const GType types[] = { TRELLIS_TYPE_GOAL, TRELLIS_TYPE_ACTION, TRELLIS_TYPE_MILESTONE, TRELLIS_TYPE_INDICATOR };
  const char *names[] = { N_("Goals"), N_("Actions"), N_("Milestones"), N_("Indicators") };
  const TrellisLight lights[] = { TRELLIS_LIGHT_RED, TRELLIS_LIGHT_AMBER, TRELLIS_LIGHT_GREEN, TRELLIS_LIGHT_GREY };
  ReportColumn columns[G_N_ELEMENTS (lights) + 1] = { { "", 0.28 } };

  for (guint l = 0; l < G_N_ELEMENTS (lights); l++)
    columns[l + 1] = (ReportColumn) { trellis_enum_label (TRELLIS_TYPE_LIGHT, lights[l]), 0.18 };
  _trellis_report_table_begin (flow, columns, G_N_ELEMENTS (columns));
  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    {
      char *counts[G_N_ELEMENTS (lights)] = { NULL };
      const char *row[G_N_ELEMENTS (lights) + 1] = { _(names[t]) };

      for (guint l = 0; l < G_N_ELEMENTS (lights); l++)
        row[l + 1] = counts[l] = g_strdup_printf ("%u", trellis_status_report_count (flow->status, types[t], lights[l]));
      _trellis_report_table_row (flow, row, -1);
      for (guint l = 0; l < G_N_ELEMENTS (lights); l++)
        g_free (counts[l]);
    }
  _trellis_report_table_end (flow);
}

static void
draw_attention (ReportFlow *flow)
{
  const GType types[] = { TRELLIS_TYPE_ACTION, TRELLIS_TYPE_MILESTONE };
  guint shown = 0;

  _trellis_report_heading (flow, _("Needs attention"));
  for (TrellisLight light = TRELLIS_LIGHT_RED; light >= TRELLIS_LIGHT_AMBER; light--)
    for (guint t = 0; t < G_N_ELEMENTS (types); t++)
      {
        g_autoptr(GPtrArray) entries = trellis_status_report_list (flow->status, types[t]);

        for (guint i = 0; i < entries->len; i++)
          {
            const TrellisStatusEntry *entry = g_ptr_array_index (entries, i);
            g_autofree char *title = NULL;

            if (entry->light != light)
              continue;
            title = trellis_item_dup_label (entry->item);
            _trellis_report_light_line (flow, entry->light, title, trellis_status_entry_get_reason (entry), 0);
            shown++;
          }
      }
  if (shown == 0)
    _trellis_report_paragraph (flow, _("No action or milestone is red or amber."), REPORT_BODY_SIZE, FALSE, 0.4, 0);
}

static void
draw_warnings (ReportFlow *flow)
{
  g_autoptr(GPtrArray) warnings = trellis_plan_list_warnings (flow->project);
  guint shown = MIN (warnings->len, MAX_WARNINGS);

  _trellis_report_heading (flow, _("Plan check"));
  if (warnings->len == 0)
    _trellis_report_paragraph (flow, _("The plan check finds nothing missing or inconsistent."),
                               REPORT_BODY_SIZE, FALSE, 0.2, 0);
  for (guint i = 0; i < shown; i++)
    {
      const TrellisPlanWarning *warning = g_ptr_array_index (warnings, i);
      /* translators: a bullet before a warning of the plan check */
      g_autofree char *line = g_strdup_printf (_("• %s"), warning->message);

      _trellis_report_paragraph (flow, line, REPORT_BODY_SIZE, FALSE, 0.15, 0);
    }
  if (shown < warnings->len)
    {
      guint more = warnings->len - shown;
      g_autofree char *text = NULL;

      /* translators: after the first warnings of the report; %u is how many are not listed */
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "… and %u more warning", "… and %u more warnings", more),
                              more);
      _trellis_report_paragraph (flow, text, REPORT_BODY_SIZE, FALSE, 0.4, 0);
    }
}

void
_trellis_report_draw_status (ReportFlow *flow)
{
  const TrellisStatusEntry *overall = trellis_status_report_get_overall (flow->status);

  _trellis_report_light_line (flow, overall->light, _("The project as a whole"),
                              trellis_status_entry_get_reason (overall), 0);
  _trellis_report_space (flow, 6);
  draw_counts (flow);
  draw_attention (flow);
  draw_warnings (flow);
}

void
_trellis_report_draw_deadlines (ReportFlow *flow)
{
  static const ReportColumn columns[] = {
    { N_("Action or milestone"), 0.5 }, { N_("Kind"), 0.16 }, { N_("Due"), 0.14 }, { N_("When"), 0.2 },
  };
  ReportColumn translated[G_N_ELEMENTS (columns)];
  g_autoptr(GPtrArray) deadlines = trellis_dashboard_list_deadlines (flow->project, flow->as_of, UPCOMING_DAYS);

  if (deadlines->len == 0)
    {
      _trellis_report_paragraph (flow, _("Nothing is overdue or due in the next 30 days."),
                                 REPORT_BODY_SIZE, FALSE, 0.2, 0);
      return;
    }
  translate_columns (columns, translated, G_N_ELEMENTS (columns));
  _trellis_report_table_begin (flow, translated, G_N_ELEMENTS (translated));
  for (guint i = 0; i < deadlines->len; i++)
    {
      TrellisDashboardDeadline *deadline = g_ptr_array_index (deadlines, i);
      g_autofree char *title = trellis_item_dup_label (deadline->item);
      g_autofree char *when = trellis_dashboard_describe_days (deadline->days);
      const char *cells[] = { title, TRELLIS_IS_MILESTONE (deadline->item) ? _("Milestone") : _("Action"),
                              deadline->date, when };

      _trellis_report_table_row (flow, cells, light_of (flow, deadline->item));
    }
  _trellis_report_table_end (flow);
}

void
_trellis_report_draw_budget (ReportFlow *flow)
{
  ReportColumn columns[] = { { _("Goal"), 0.55 }, { _("Spent of planned"), 0.45 } };
  TrellisDashboardBudget total = { 0 };
  g_autofree char *currency = NULL;
  g_autoptr(GPtrArray) budgets = trellis_dashboard_list_budgets (flow->project, &total, &currency);
  g_autofree char *all = trellis_dashboard_describe_budget (&total, currency);
  const char *total_row[] = { _("All actions"), all };

  _trellis_report_table_begin (flow, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < budgets->len; i++)
    {
      TrellisDashboardBudget *budget = g_ptr_array_index (budgets, i);
      g_autofree char *title = budget->goal != NULL ? trellis_item_dup_label (budget->goal)
                                                    : g_strdup (_("Actions without a goal"));
      g_autofree char *amounts = trellis_dashboard_describe_budget (budget, currency);
      const char *cells[] = { title, amounts };

      _trellis_report_table_row (flow, cells, -1);
    }
  _trellis_report_table_row (flow, total_row, -1);
  _trellis_report_table_end (flow);
}

void
_trellis_report_draw_self_check (ReportFlow *flow)
{
  static const ReportColumn columns[] = {
    { N_("Requirement"), 0.36 }, { N_("Result"), 0.12 }, { N_("Why"), 0.52 },
  };
  ReportColumn translated[G_N_ELEMENTS (columns)];
  TrellisExcellenceSummary summary;
  g_autofree char *line = NULL;
  guint n = 0;
  const TrellisRequirement *requirements = trellis_excellence_get_requirements (&n);

  trellis_excellence_summarize (flow->project, flow->as_of, &summary);
  /* translators: the self-check's summary: requirements met, not met, not decided */
  line = g_strdup_printf (_("%u met, %u not met, %u not decided yet"), summary.n_met, summary.n_not_met,
                          summary.n_unknown);
  _trellis_report_paragraph (flow, line, 10, TRUE, 0.1, 0);
  translate_columns (columns, translated, G_N_ELEMENTS (columns));
  _trellis_report_table_begin (flow, translated, G_N_ELEMENTS (translated));
  for (guint i = 0; i < n; i++)
    {
      g_auto(TrellisExcellenceResult) result = { 0 };
      g_autofree char *title = NULL;
      const char *cells[3];

      if (!trellis_excellence_check (flow->project, requirements[i].id, flow->as_of, &result))
        continue;
      title = g_strdup_printf ("%s %s", requirements[i].id, trellis_requirement_get_title (&requirements[i]));
      cells[0] = title;
      cells[1] = trellis_enum_label (TRELLIS_TYPE_CHECK_RESULT, result.result);
      cells[2] = result.reason;
      _trellis_report_table_row (flow, cells, -1);
    }
  _trellis_report_table_end (flow);
}
