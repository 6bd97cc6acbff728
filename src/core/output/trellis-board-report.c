/* trellis-board-report.c: the traffic lights as a printed report for the board
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A4 portrait pages, drawn with cairo and pango from a TrellisStatusReport:
 * the project and the day, the overall light with its reason (and the
 * override, if a person set one, beside the computed light), the lights
 * counted by kind, every goal with its reason and its indicators, what
 * needs attention (red, then amber actions and milestones, each with its
 * reason, overrides beside the computed light), the plan check's warnings
 * (trellis_plan_list_warnings, as the app and `trellis-cli check` list
 * them; the first 50, then how many more), what is overdue or due in the next 30 days, and the budget spent
 * of planned.  Every light is printed as a coloured
 * dot AND a word, so the report reads in black and white too.  Blocks move
 * whole to the next page when they do not fit; each page has a footer with
 * its number.
 */

#define G_LOG_DOMAIN "trellis-board-report"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "trellis.h"
#include "trellis-locale-format.h"
#include "trellis-board-report.h"
#include "trellis-pdf.h"

#define MARGIN 48.0
#define FOOTER 28.0

typedef struct
{
  TrellisStatusReport *report;
  cairo_t             *cr;
  double               width;
  double               height;
  double               y;
  guint                page;
} Flow;

static PangoLayout *
make_layout (Flow       *flow,
             const char *text,
             double      size,
             gboolean    bold,
             double      width)
{
  return trellis_pdf_layout_new (flow->cr, text, size, bold, width);
}

static void
footer (Flow *flow)
{
  g_autofree char *text = NULL;
  g_autoptr(PangoLayout) layout = NULL;

  /* translators: the footer of each page of the board report: the project, then the page's number */
  text = g_strdup_printf (_("%s · Trellis status report · Page %u"),
                          trellis_project_get_name (trellis_status_report_get_project (flow->report)), flow->page);
  layout = make_layout (flow, text, 8, FALSE, flow->width - 2 * MARGIN);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  trellis_pdf_layout_show (flow->cr, layout, MARGIN, flow->height - MARGIN / 2 - 8, 0.4);
}

/* Room for @height more points on this page, or a new page. */
static void
ensure (Flow   *flow,
        double  height)
{
  if (flow->y + height <= flow->height - MARGIN - FOOTER)
    return;
  footer (flow);
  cairo_show_page (flow->cr);
  flow->page++;
  flow->y = MARGIN;
}

static void
light_color (TrellisLight  light,
             double       *rgb)
{
  /* GNOME's palette: red 3, yellow 5, green 4, light grey 5 */
  static const double colors[][3] = {
    { 0.60, 0.60, 0.59 }, { 0.15, 0.64, 0.41 }, { 0.90, 0.65, 0.04 }, { 0.75, 0.11, 0.16 },
  };

  memcpy (rgb, colors[light], sizeof colors[light]);
}

static PangoLayout *
light_word (Flow         *flow,
            TrellisLight  light,
            double        size)
{
  return make_layout (flow, trellis_enum_label (TRELLIS_TYPE_LIGHT, light), size, TRUE, 300);
}

/* The width of a light drawn by draw_light(). */
static double
light_width (Flow         *flow,
             TrellisLight  light,
             double        size)
{
  g_autoptr(PangoLayout) word = light_word (flow, light, size);
  int width;

  pango_layout_get_pixel_size (word, &width, NULL);
  return size * 1.4 + width;
}

/* A dot with the light's word beside it. */
static void
draw_light (Flow         *flow,
            TrellisLight  light,
            double        x,
            double        y,
            double        size)
{
  g_autoptr(PangoLayout) word = light_word (flow, light, size);
  double rgb[3];

  light_color (light, rgb);
  cairo_set_source_rgb (flow->cr, rgb[0], rgb[1], rgb[2]);
  cairo_new_path (flow->cr);
  cairo_arc (flow->cr, x + size / 2, y + size * 0.62, size / 2, 0, 2 * G_PI);
  cairo_fill (flow->cr);
  trellis_pdf_layout_show (flow->cr, word, x + size * 1.4, y, 0.1);
}

static void
heading (Flow       *flow,
         const char *text)
{
  g_autoptr(PangoLayout) layout = make_layout (flow, text, 13, TRUE, flow->width - 2 * MARGIN);
  double height = trellis_pdf_layout_height (layout);

  /* A heading never ends a page alone. */
  ensure (flow, height + 60);
  flow->y += 10;
  trellis_pdf_layout_show (flow->cr, layout, MARGIN, flow->y, 0.1);
  flow->y += height + 2;
  cairo_set_source_rgb (flow->cr, 0.8, 0.8, 0.8);
  cairo_rectangle (flow->cr, MARGIN, flow->y, flow->width - 2 * MARGIN, 0.8);
  cairo_fill (flow->cr);
  flow->y += 8;
}

/* Under an overridden light: who set it, when, and what the rules say. */
static char *
describe_override (const TrellisStatusEntry *entry)
{
  TrellisStatusOverride *override = TRELLIS_STATUS_OVERRIDE (entry->override);
  const char *author = trellis_status_override_get_author (override);
  char date[TRELLIS_DISPLAY_DATE_SIZE];

  trellis_format_date_into (trellis_status_override_get_date (override), date);
  /* translators: under an overridden light: who set it, when, and what the rules say */
  return g_strdup_printf (_("Set by %s on %s. Computed: %s: %s"),
                          author != NULL && *author != '\0' ? author : _("someone"),
                          *date != '\0' ? date : _("an unknown day"),
                          trellis_enum_label (TRELLIS_TYPE_LIGHT, entry->computed.light),
                          trellis_status_entry_get_computed_reason (entry));
}

/* A light, a title, and the reason below it, indented by @indent. */
static void
entry_block (Flow                     *flow,
             const TrellisStatusEntry *entry,
             const char               *title,
             double                    indent,
             double                    size)
{
  double x = MARGIN + indent;
  double text_width = flow->width - MARGIN - x;
  double light_w = light_width (flow, entry->light, size) + size;
  g_autoptr(PangoLayout) title_layout = make_layout (flow, title, size, FALSE, text_width - light_w);
  g_autoptr(PangoLayout) reason = make_layout (flow, trellis_status_entry_get_reason (entry), size - 1.5, FALSE,
                                               text_width);
  g_autoptr(PangoLayout) computed = NULL;
  double height;

  if (entry->override != NULL)
    {
      g_autofree char *text = describe_override (entry);

      computed = make_layout (flow, text, size - 2, FALSE, text_width);
    }

  height = trellis_pdf_layout_height (title_layout) + trellis_pdf_layout_height (reason) + 6 +
           (computed != NULL ? trellis_pdf_layout_height (computed) + 2 : 0);
  ensure (flow, height);
  draw_light (flow, entry->light, x, flow->y, size);
  trellis_pdf_layout_show (flow->cr, title_layout, x + light_w, flow->y, 0.1);
  flow->y += trellis_pdf_layout_height (title_layout) + 1;
  trellis_pdf_layout_show (flow->cr, reason, x, flow->y, 0.25);
  flow->y += trellis_pdf_layout_height (reason);
  if (computed != NULL)
    {
      flow->y += 2;
      trellis_pdf_layout_show (flow->cr, computed, x, flow->y, 0.45);
      flow->y += trellis_pdf_layout_height (computed);
    }
  flow->y += 6;
}

static void
draw_title (Flow *flow)
{
  TrellisProject *project = trellis_status_report_get_project (flow->report);
  TrellisHeader *header = trellis_project_get_header (project);
  double width = flow->width - 2 * MARGIN;
  g_autoptr(PangoLayout) name = make_layout (flow, trellis_project_get_name (project), 20, TRUE, width);
  g_autofree char *as_of = trellis_format_date (trellis_date_parse (trellis_status_report_get_as_of (flow->report)));
  g_autofree char *subtitle = g_strdup_printf (_("Status report for the board, as of %s"), as_of);
  g_autoptr(PangoLayout) sub = make_layout (flow, subtitle, 11, FALSE, width);
  const char *cluster = trellis_header_get_cluster (header);

  trellis_pdf_layout_show (flow->cr, name, MARGIN, flow->y, 0.1);
  flow->y += trellis_pdf_layout_height (name) + 2;
  trellis_pdf_layout_show (flow->cr, sub, MARGIN, flow->y, 0.3);
  flow->y += trellis_pdf_layout_height (sub) + 2;
  if (cluster != NULL && cluster[0] != '\0')
    {
      g_autoptr(PangoLayout) layout = make_layout (flow, cluster, 9, FALSE, width);

      trellis_pdf_layout_show (flow->cr, layout, MARGIN, flow->y, 0.45);
      flow->y += trellis_pdf_layout_height (layout);
    }
  flow->y += 10;
}

static void
draw_counts (Flow *flow)
{
  const GType types[] = { TRELLIS_TYPE_GOAL, TRELLIS_TYPE_ACTION, TRELLIS_TYPE_MILESTONE, TRELLIS_TYPE_INDICATOR };
  const char *names[] = { N_("Goals"), N_("Actions"), N_("Milestones"), N_("Indicators") };
  const TrellisLight lights[] = { TRELLIS_LIGHT_RED, TRELLIS_LIGHT_AMBER, TRELLIS_LIGHT_GREEN, TRELLIS_LIGHT_GREY };
  double column = (flow->width - 2 * MARGIN - 120) / G_N_ELEMENTS (lights);

  ensure (flow, 18 * (G_N_ELEMENTS (types) + 1));
  for (guint l = 0; l < G_N_ELEMENTS (lights); l++)
    draw_light (flow, lights[l], MARGIN + 120 + l * column, flow->y, 9);
  flow->y += 18;
  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    {
      g_autoptr(PangoLayout) name = make_layout (flow, _(names[t]), 10, TRUE, 110);

      trellis_pdf_layout_show (flow->cr, name, MARGIN, flow->y, 0.1);
      for (guint l = 0; l < G_N_ELEMENTS (lights); l++)
        {
          g_autofree char *count = g_strdup_printf ("%u", trellis_status_report_count (flow->report, types[t],
                                                                                       lights[l]));
          g_autoptr(PangoLayout) layout = make_layout (flow, count, 10, FALSE, column);

          trellis_pdf_layout_show (flow->cr, layout, MARGIN + 120 + l * column + 13, flow->y, 0.2);
        }
      flow->y += 16;
    }
}

/* "12 of 20 members (target by 2027-06-30)": what was measured by the day. */
static char *
describe_indicator (TrellisStatusReport *report,
                    TrellisIndicator    *indicator)
{
  TrellisProject *project = trellis_status_report_get_project (report);
  g_autoptr(GPtrArray) measurements = trellis_indicator_list_measurements (project, indicator);
  const char *as_of = trellis_status_report_get_as_of (report);
  const char *unit = trellis_indicator_get_unit (indicator);
  double target = trellis_indicator_get_target (indicator);
  g_autofree char *target_text = NULL;
  g_autofree char *name = trellis_item_dup_label (TRELLIS_ITEM (indicator));
  TrellisItem *last = trellis_measurement_find_on (measurements, as_of);

  if (trellis_double_is_set (target))
    {
      g_autofree char *value = trellis_indicator_format_value (target);

      /* translators: the target of an indicator: value and unit */
      target_text = g_strdup_printf (_("target %s %s"), value, unit ?: "");
    }
  else
    target_text = g_strdup (_("no target yet"));

  if (last == NULL)
    /* translators: an indicator without a measurement by the report's day */
    return g_strdup_printf (_("%s: not measured yet, %s"), name, target_text);
  else
    {
      TrellisMeasurement *measurement = TRELLIS_MEASUREMENT (last);
      g_autofree char *value = trellis_indicator_format_value (trellis_measurement_get_value (measurement));
      g_autofree char *date = trellis_format_date (trellis_measurement_get_date (measurement));

      /* translators: indicator: value unit on date, then its target */
      return g_strdup_printf (_("%s: %s %s on %s, %s"), name, value, unit ?: "", date ?: "", target_text);
    }
}

static void
draw_goals (Flow *flow)
{
  g_autoptr(GPtrArray) goals = trellis_status_report_list (flow->report, TRELLIS_TYPE_GOAL);
  g_autoptr(GPtrArray) indicators = trellis_status_report_list (flow->report, TRELLIS_TYPE_INDICATOR);

  heading (flow, _("Goals"));
  if (goals->len == 0)
    {
      g_autoptr(PangoLayout) none = make_layout (flow, _("The project has no goals yet."), 10, FALSE, 400);

      trellis_pdf_layout_show (flow->cr, none, MARGIN, flow->y, 0.3);
      flow->y += trellis_pdf_layout_height (none) + 6;
    }
  for (guint g = 0; g < goals->len; g++)
    {
      const TrellisStatusEntry *goal = g_ptr_array_index (goals, g);
      g_autofree char *title = trellis_item_dup_label (goal->item);

      entry_block (flow, goal, title, 0, 11);
      for (guint i = 0; i < indicators->len; i++)
        {
          const TrellisStatusEntry *indicator = g_ptr_array_index (indicators, i);
          g_autofree char *text = NULL;

          if (trellis_indicator_get_goal (TRELLIS_INDICATOR (indicator->item)) != TRELLIS_GOAL (goal->item))
            continue;
          text = describe_indicator (flow->report, TRELLIS_INDICATOR (indicator->item));
          entry_block (flow, indicator, text, 24, 9.5);
        }
    }
}

static void
draw_attention (Flow *flow)
{
  const GType types[] = { TRELLIS_TYPE_ACTION, TRELLIS_TYPE_MILESTONE };
  guint shown = 0;

  heading (flow, _("Needs attention"));
  for (TrellisLight light = TRELLIS_LIGHT_RED; light >= TRELLIS_LIGHT_AMBER; light--)
    for (guint t = 0; t < G_N_ELEMENTS (types); t++)
      {
        g_autoptr(GPtrArray) entries = trellis_status_report_list (flow->report, types[t]);

        for (guint i = 0; i < entries->len; i++)
          {
            const TrellisStatusEntry *entry = g_ptr_array_index (entries, i);
            g_autofree char *title = NULL;

            if (entry->light != light)
              continue;
            title = trellis_item_dup_label (entry->item);
            entry_block (flow, entry, title, 0, 10);
            shown++;
          }
      }
  if (shown == 0)
    {
      g_autoptr(PangoLayout) none = make_layout (flow, _("No action or milestone is red or amber."), 10, FALSE, 400);

      trellis_pdf_layout_show (flow->cr, none, MARGIN, flow->y, 0.3);
      flow->y += trellis_pdf_layout_height (none) + 6;
    }
}

/* A line of text, with a light when @entry is given. */
static void
text_line (Flow                     *flow,
           const TrellisStatusEntry *entry,
           const char               *text,
           double                    size)
{
  double x = MARGIN + (entry != NULL ? light_width (flow, entry->light, size) + size : 0);
  g_autoptr(PangoLayout) layout = make_layout (flow, text, size, FALSE, flow->width - MARGIN - x);
  double height = trellis_pdf_layout_height (layout) + 4;

  ensure (flow, height);
  if (entry != NULL)
    draw_light (flow, entry->light, MARGIN, flow->y, size);
  trellis_pdf_layout_show (flow->cr, layout, x, flow->y, 0.1);
  flow->y += height;
}

/* A board reads a summary: past this many warnings, only their number. */
#define MAX_WARNINGS 50

static void
draw_warnings (Flow *flow)
{
  g_autoptr(GPtrArray) warnings = trellis_plan_list_warnings (trellis_status_report_get_project (flow->report));
  guint shown = MIN (warnings->len, MAX_WARNINGS);

  heading (flow, _("Plan check"));
  if (warnings->len == 0)
    text_line (flow, NULL, _("The plan check finds nothing missing or inconsistent."), 10);
  for (guint i = 0; i < shown; i++)
    {
      const TrellisPlanWarning *warning = g_ptr_array_index (warnings, i);

      text_line (flow, NULL, warning->message, 10);
    }
  if (shown < warnings->len)
    {
      guint more = warnings->len - shown;
      g_autofree char *text = NULL;

      /* translators: after the first warnings of the board report; %u is how many are not listed */
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "… and %u more warning: the app’s plan check lists them all",
                                           "… and %u more warnings: the app’s plan check lists them all",
                                           more), more);
      text_line (flow, NULL, text, 10);
    }
}

#define UPCOMING_DAYS 30

static void
draw_deadlines (Flow *flow)
{
  TrellisProject *project = trellis_status_report_get_project (flow->report);
  g_autoptr(GPtrArray) deadlines = trellis_dashboard_list_deadlines (project, trellis_status_report_get_as_of (flow->report),
                                                                     UPCOMING_DAYS);

  heading (flow, _("Overdue and next 30 days"));
  if (deadlines->len == 0)
    text_line (flow, NULL, _("Nothing is overdue or due in the next 30 days."), 10);
  for (guint i = 0; i < deadlines->len; i++)
    {
      TrellisDashboardDeadline *deadline = g_ptr_array_index (deadlines, i);
      g_autofree char *title = trellis_item_dup_label (deadline->item);
      g_autofree char *when = trellis_dashboard_describe_days (deadline->days);
      g_autofree char *text = NULL;

      /* translators: a deadline in the board report: title, kind, date, how far off */
      text = g_strdup_printf (_("%s (%s, %s, %s)"), title,
                              TRELLIS_IS_MILESTONE (deadline->item) ? _("milestone") : _("action"),
                              deadline->date, when);
      text_line (flow, trellis_status_report_lookup (flow->report, deadline->item), text, 10);
    }
}

static void
draw_budget (Flow *flow)
{
  TrellisProject *project = trellis_status_report_get_project (flow->report);
  TrellisDashboardBudget total = { 0 };
  g_autofree char *currency = NULL;
  g_autoptr(GPtrArray) budgets = trellis_dashboard_list_budgets (project, &total, &currency);
  g_autofree char *all = trellis_dashboard_describe_budget (&total, currency);
  g_autofree char *line = NULL;

  heading (flow, _("Budget: spent of planned"));
  /* translators: the budget of the whole plan in the board report */
  line = g_strdup_printf (_("All actions: %s"), all);
  text_line (flow, NULL, line, 10.5);
  for (guint i = 0; i < budgets->len; i++)
    {
      TrellisDashboardBudget *budget = g_ptr_array_index (budgets, i);
      g_autofree char *title = budget->goal != NULL ? trellis_item_dup_label (budget->goal)
                                                    : g_strdup (_("Actions without a goal"));
      g_autofree char *amounts = trellis_dashboard_describe_budget (budget, currency);
      /* translators: a goal's budget in the board report: the goal, then spent of planned */
      g_autofree char *text = g_strdup_printf (_("%s: %s"), title, amounts);

      text_line (flow, NULL, text, 9.5);
    }
}

static void
draw_report (cairo_t  *cr,
             double    width,
             double    height,
             gpointer  user_data)
{
  Flow flow = { user_data, cr, width, height, MARGIN, 1 };
  const TrellisStatusEntry *overall = trellis_status_report_get_overall (flow.report);

  draw_title (&flow);
  heading (&flow, _("Overall status"));
  entry_block (&flow, overall, _("The project as a whole"), 0, 13);
  draw_counts (&flow);
  draw_goals (&flow);
  draw_attention (&flow);
  draw_warnings (&flow);
  draw_deadlines (&flow);
  draw_budget (&flow);
  footer (&flow);
  cairo_show_page (cr);
}

/**
 * trellis_board_report_write_pdf:
 *
 * Writes @report as an A4 PDF for the board, atomically.
 *
 * Returns: %FALSE with @error set if it could not be written
 */
gboolean
trellis_board_report_write_pdf (TrellisStatusReport  *report,
                                GFile                *file,
                                GError              **error)
{
  g_autofree char *title = NULL;
  g_autofree char *as_of = NULL;

  g_return_val_if_fail (TRELLIS_IS_STATUS_REPORT (report), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  /* translators: the PDF's title: the project, the day */
  as_of = trellis_format_date (trellis_date_parse (trellis_status_report_get_as_of (report)));
  title = g_strdup_printf (_("%s: status as of %s"), trellis_project_get_name (trellis_status_report_get_project (report)),
                           as_of);
  return trellis_pdf_write (file, TRELLIS_BOARD_REPORT_WIDTH, TRELLIS_BOARD_REPORT_HEIGHT, title,
                            draw_report, report, error);
}
