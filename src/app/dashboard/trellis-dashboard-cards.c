/* trellis-dashboard-cards.c: the cards of the status board
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each card is built from the view's current report (and the sums of
 * trellis-dashboard.c) and thrown away when the report is rebuilt; none
 * of them computes a light.
 */

#define G_LOG_DOMAIN "trellis-dashboard-view"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "trellis-dashboard-view-private.h"
#include "trellis-sparkline.h"
#include "trellis-trace-panel.h"
#include "trellis-width-bin.h"

#define MAX_CAUSES 5
#define MAX_ATTENTION 6
#define MAX_DEADLINES 6
#define MAX_WARNINGS 3
#define MAX_GOALS 6
#define MAX_INDICATORS 4
#define UPCOMING_DAYS 30

static GtkWidget *
new_label (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
new_card (const char *name,
          const char *title)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *heading = new_label (title, "title-3");

  gtk_widget_set_name (card, name);
  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "dashboard-card");
  gtk_widget_set_margin_start (card, 6);
  gtk_widget_set_margin_end (card, 6);
  gtk_widget_set_margin_top (card, 6);
  gtk_widget_set_margin_bottom (card, 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_box_append (GTK_BOX (card), heading);
  return card;
}

/* A button that shows another page of the window, where a card lists
 * only part of what there is. */
static GtkWidget *
new_page_button (const char *mnemonic,
                 const char *name,
                 const char *tooltip,
                 const char *page)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (mnemonic);

  gtk_widget_set_name (button, name);
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.show-page");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", page);
  return button;
}

/* A light, then the title of its item and a line under it. */
static GtkWidget *
new_light_row (TrellisDashboardView     *self,
               const TrellisStatusEntry *entry,
               const char               *subtitle)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *title = trellis_trace_item_dup_title (entry->item);

  gtk_widget_set_hexpand (texts, TRUE);
  gtk_widget_set_valign (texts, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (texts), new_label (title, "dashboard-row-title"));
  if (subtitle != NULL)
    gtk_box_append (GTK_BOX (texts), new_label (subtitle, "dim-label"));
  gtk_box_append (GTK_BOX (row), trellis_width_bin_new (texts));
  gtk_box_append (GTK_BOX (row), _trellis_dashboard_light_button (self, entry, FALSE));
  return row;
}

/* (1) The whole project */

GtkWidget *
_trellis_dashboard_overall_card (TrellisDashboardView *self)
{
  const TrellisStatusEntry *overall = trellis_status_report_get_overall (self->report);
  GtkWidget *card, *box, *light, *label;
  guint shown = 0;

  card = new_card ("card-overall", _("Overall Status"));

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
  light = _trellis_dashboard_light_button (self, overall, TRUE);
  gtk_widget_set_name (light, "overall-light");
  gtk_box_append (GTK_BOX (box), light);
  label = new_label (trellis_status_entry_get_reason (overall), "dashboard-reason");
  gtk_widget_set_name (label, "overall-reason");
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), trellis_width_bin_new (label));
  gtk_box_append (GTK_BOX (card), box);

  if (overall->override != NULL)
    {
      g_autofree char *computed = g_strdup_printf (_("Set by hand; computed: %s"),
                                                   trellis_enum_label (TRELLIS_TYPE_LIGHT, overall->computed.light));

      gtk_box_append (GTK_BOX (card), new_label (computed, "dim-label"));
    }

  for (guint i = 0; i < overall->causes->len && shown < MAX_CAUSES; i++)
    {
      const TrellisStatusEntry *cause = g_ptr_array_index (overall->causes, i);

      if (cause->light != TRELLIS_LIGHT_RED && cause->light != TRELLIS_LIGHT_AMBER)
        break;
      if (shown++ == 0)
        gtk_box_append (GTK_BOX (card), new_label (_("Because of"), "heading"));
      gtk_box_append (GTK_BOX (card),
                      new_light_row (self, cause, trellis_trace_item_kind (cause->item)));
    }
  return card;
}

/* (2) Goals and their indicators */

static GtkWidget *
new_indicator_row (TrellisDashboardView     *self,
                   const TrellisStatusEntry *entry)
{
  GtkWidget *grid = gtk_grid_new ();
  g_autofree char *name = trellis_trace_item_dup_title (entry->item);
  g_autoptr(GPtrArray) measurements = trellis_indicator_list_measurements (self->project,
                                                                          TRELLIS_INDICATOR (entry->item));
  /* What was known on the board's day. */
  double progress = trellis_indicator_progress_of (TRELLIS_INDICATOR (entry->item), measurements,
                                                  trellis_status_report_get_as_of (self->report));
  GtkWidget *bar = gtk_progress_bar_new ();
  GtkWidget *sparkline = trellis_sparkline_new ();
  GtkWidget *label, *percent, *light;
  g_autofree char *text = NULL;

  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  gtk_widget_add_css_class (grid, "dashboard-indicator");

  label = new_label (name, NULL);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_grid_attach (GTK_GRID (grid), label, 0, 0, 2, 1);

  if (isnan (progress))
    /* translators: an indicator without the data to show its progress */
    text = g_strdup (_("No data"));
  else
    /* translators: how far an indicator has come to its target */
    text = g_strdup_printf (_("%.0f %%"), 100 * progress);
  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (bar), isnan (progress) ? 0 : CLAMP (progress, 0, 1));
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (bar, TRUE);
  gtk_widget_set_tooltip_text (bar, _("How far the latest value has come from the baseline to the target"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_grid_attach (GTK_GRID (grid), bar, 0, 1, 1, 1);
  percent = gtk_label_new (text);
  gtk_widget_add_css_class (percent, "numeric");
  gtk_widget_add_css_class (percent, "dim-label");
  if (isnan (progress))
    gtk_widget_set_tooltip_text (percent, _("Progress needs a baseline, a target and a measurement"));
  gtk_grid_attach (GTK_GRID (grid), percent, 1, 1, 1, 1);

  trellis_sparkline_show_indicator (TRELLIS_SPARKLINE (sparkline), entry->item, measurements,
                                    trellis_status_report_get_as_of (self->report));
  gtk_widget_set_size_request (sparkline, 110, 32);
  gtk_widget_set_valign (sparkline, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (sparkline, _("The baseline and the measurements over time; the line is the target"));
  gtk_grid_attach (GTK_GRID (grid), sparkline, 2, 1, 1, 1);

  light = _trellis_dashboard_light_button (self, entry, FALSE);
  gtk_widget_set_halign (light, GTK_ALIGN_END);
  gtk_grid_attach (GTK_GRID (grid), light, 2, 0, 1, 1);
  return grid;
}

/* Red first, then amber, green and grey; stable, so the plan's order
 * stays within a light. */
static int
compare_lights (gconstpointer a,
                gconstpointer b)
{
  const TrellisStatusEntry *ea = *(const TrellisStatusEntry **) a;
  const TrellisStatusEntry *eb = *(const TrellisStatusEntry **) b;

  return (int) eb->light - (int) ea->light;
}

/* Takes @text, a line that says how many more there are. */
static GtkWidget *
new_more_label (char *text)
{
  g_autofree char *more = text;

  return new_label (more, "dim-label");
}

/* One goal, its light and at most MAX_INDICATORS of its indicators. */
static GtkWidget *
new_goal_box (TrellisDashboardView     *self,
              const TrellisStatusEntry *goal)
{
  g_autoptr(GPtrArray) indicators = trellis_goal_list_indicators (self->project, TRELLIS_GOAL (goal->item));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *row = new_light_row (self, goal, trellis_status_entry_get_reason (goal));
  guint shown = 0;

  gtk_widget_add_css_class (row, "dashboard-goal");
  gtk_box_append (GTK_BOX (box), row);
  for (guint j = 0; j < indicators->len && shown < MAX_INDICATORS; j++)
    {
      const TrellisStatusEntry *indicator = trellis_status_report_lookup (self->report, indicators->pdata[j]);

      if (indicator == NULL)
        continue;
      gtk_box_append (GTK_BOX (box), new_indicator_row (self, indicator));
      shown++;
    }
  if (indicators->len > shown)
    gtk_box_append (GTK_BOX (box),
                    new_more_label (g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "And %u more indicator",
                                                                  "And %u more indicators", indicators->len - shown),
                                                     indicators->len - shown)));
  if (indicators->len == 0)
    gtk_box_append (GTK_BOX (box), new_label (_("No indicators to measure this goal"), "dim-label"));
  return box;
}

/* The goals that need attention first, at most MAX_GOALS of them: the
 * whole list is the goals view's. */
GtkWidget *
_trellis_dashboard_goals_card (TrellisDashboardView *self)
{
  g_autoptr(GPtrArray) goals = trellis_status_report_list (self->report, TRELLIS_TYPE_GOAL);
  GtkWidget *card;

  card = new_card ("card-goals", _("Goals and Indicators"));
  if (goals->len == 0)
    gtk_box_append (GTK_BOX (card), new_label (_("No goals yet: set them in step 3, Value."), "dim-label"));

  g_ptr_array_sort (goals, compare_lights);
  for (guint i = 0; i < goals->len && i < MAX_GOALS; i++)
    {
      if (i > 0)
        gtk_box_append (GTK_BOX (card), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
      gtk_box_append (GTK_BOX (card), new_goal_box (self, g_ptr_array_index (goals, i)));
    }
  if (goals->len <= MAX_GOALS)
    return card;

  gtk_box_append (GTK_BOX (card),
                  new_more_label (g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "And %u more goal",
                                                                "And %u more goals", goals->len - MAX_GOALS),
                                                   goals->len - MAX_GOALS)));
  gtk_box_append (GTK_BOX (card), new_page_button (_("Open _Goals"), "goals-button",
                                                   _("See every goal and its indicators"), "value/goals"));
  return card;
}

/* (3) Actions and milestones by light */

static void
add_count_row (TrellisDashboardView *self,
               GtkGrid              *grid,
               int                   row,
               const char           *title,
               GType                 type)
{
  const TrellisLight order[] = { TRELLIS_LIGHT_RED, TRELLIS_LIGHT_AMBER, TRELLIS_LIGHT_GREEN, TRELLIS_LIGHT_GREY };
  GtkWidget *label = new_label (title, "heading");

  /* The title above its counts, so four counts fit a narrow column. */
  gtk_grid_attach (grid, label, 0, row, 4, 1);
  row++;
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      guint count = trellis_status_report_count (self->report, type, order[i]);
      g_autofree char *text = g_strdup_printf ("%u", count);
      GtkWidget *chip = _trellis_dashboard_light_chip (order[i], text);
      g_autofree char *tooltip = g_strdup_printf ("%s: %u", trellis_enum_label (TRELLIS_TYPE_LIGHT, order[i]), count);

      gtk_widget_add_css_class (chip, "dashboard-count");
      if (count == 0)
        gtk_widget_add_css_class (chip, "empty");
      gtk_widget_set_tooltip_text (chip, tooltip);
      gtk_widget_set_halign (chip, GTK_ALIGN_FILL);
      gtk_widget_set_hexpand (chip, TRUE);
      gtk_widget_set_name (chip, g_type_name (type));
      gtk_grid_attach (grid, chip, (int) i, row, 1, 1);
    }
}

GtkWidget *
_trellis_dashboard_counts_card (TrellisDashboardView *self)
{
  const TrellisLight order[] = { TRELLIS_LIGHT_RED, TRELLIS_LIGHT_AMBER, TRELLIS_LIGHT_GREEN, TRELLIS_LIGHT_GREY };
  const GType types[] = { TRELLIS_TYPE_ACTION, TRELLIS_TYPE_MILESTONE };
  GtkWidget *card, *grid;
  guint shown = 0, attention = 0;

  card = new_card ("card-counts", _("Actions and Milestones"));
  grid = gtk_grid_new ();
  gtk_grid_set_column_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_homogeneous (GTK_GRID (grid), TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      GtkWidget *word = gtk_label_new (trellis_enum_label (TRELLIS_TYPE_LIGHT, order[i]));

      gtk_label_set_wrap (GTK_LABEL (word), TRUE);
      gtk_label_set_justify (GTK_LABEL (word), GTK_JUSTIFY_CENTER);
      gtk_widget_add_css_class (word, "caption");
      gtk_widget_add_css_class (word, "dim-label");
      gtk_grid_attach (GTK_GRID (grid), word, (int) i, 0, 1, 1);
    }
  add_count_row (self, GTK_GRID (grid), 1, _("Actions"), TRELLIS_TYPE_ACTION);
  add_count_row (self, GTK_GRID (grid), 3, _("Milestones"), TRELLIS_TYPE_MILESTONE);
  gtk_box_append (GTK_BOX (card), grid);

  /* The red ones, then the amber ones. */
  for (guint l = 0; l < 2; l++)
    for (guint t = 0; t < G_N_ELEMENTS (types); t++)
      {
        g_autoptr(GPtrArray) entries = trellis_status_report_list (self->report, types[t]);

        for (guint i = 0; i < entries->len; i++)
          {
            const TrellisStatusEntry *entry = g_ptr_array_index (entries, i);

            if (entry->light != order[l])
              continue;
            attention++;
            if (shown >= MAX_ATTENTION)
              continue;
            if (shown++ == 0)
              gtk_box_append (GTK_BOX (card), new_label (_("Needs Attention"), "heading"));
            gtk_box_append (GTK_BOX (card), new_light_row (self, entry, trellis_trace_item_kind (entry->item)));
          }
      }
  if (attention > shown)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "And %u more, red or amber",
                                                            "And %u more, red or amber", attention - shown),
                                               attention - shown);

      gtk_box_append (GTK_BOX (card), new_label (more, "dim-label"));
    }
  else if (attention == 0)
    gtk_box_append (GTK_BOX (card), new_label (_("No action or milestone is red or amber."), "dim-label"));
  return card;
}

/* (4) Overdue and upcoming */

static void
add_deadlines (TrellisDashboardView *self,
               GtkBox               *card,
               GPtrArray            *deadlines,
               gboolean              overdue,
               const char           *title,
               const char           *none)
{
  guint n = 0, shown = 0;
  g_autofree char *heading = NULL;

  for (guint i = 0; i < deadlines->len; i++)
    if ((((TrellisDashboardDeadline *) deadlines->pdata[i])->days < 0) == overdue)
      n++;

  heading = g_strdup_printf ("%s (%u)", title, n);
  gtk_box_append (card, new_label (heading, "heading"));
  if (n == 0)
    gtk_box_append (card, new_label (none, "dim-label"));

  for (guint i = 0; i < deadlines->len && shown < MAX_DEADLINES; i++)
    {
      TrellisDashboardDeadline *deadline = deadlines->pdata[i];
      const TrellisStatusEntry *entry;
      g_autofree char *when = NULL;
      g_autofree char *line = NULL;

      if ((deadline->days < 0) != overdue ||
          (entry = trellis_status_report_lookup (self->report, deadline->item)) == NULL)
        continue;
      when = trellis_dashboard_describe_days (deadline->days);
      /* translators: kind of item · its date · how far off, "Milestone · 2026-12-10 · in 10 days" */
      line = g_strdup_printf (_("%s · %s · %s"), trellis_trace_item_kind (deadline->item), deadline->date, when);
      gtk_box_append (card, new_light_row (self, entry, line));
      shown++;
    }
  if (n > shown)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "And %u more", "And %u more",
                                                            n - shown), n - shown);

      gtk_box_append (card, new_label (more, "dim-label"));
    }
}

GtkWidget *
_trellis_dashboard_deadlines_card (TrellisDashboardView *self)
{
  g_autoptr(GPtrArray) deadlines = trellis_dashboard_list_deadlines (self->project,
                                                                     trellis_status_report_get_as_of (self->report),
                                                                     UPCOMING_DAYS);
  GtkWidget *card;

  card = new_card ("card-deadlines", _("Overdue and Upcoming"));
  add_deadlines (self, GTK_BOX (card), deadlines, TRUE, _("Overdue"),
                 _("Nothing is overdue."));
  add_deadlines (self, GTK_BOX (card), deadlines, FALSE, _("Next 30 Days"),
                 _("No action or milestone is due in the next 30 days."));
  return card;
}

/* (5) Budget */

static GtkWidget *
new_budget_row (const char                   *title,
                const TrellisDashboardBudget *budget,
                const char                   *currency,
                gboolean                      total)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *bar = gtk_progress_bar_new ();
  g_autofree char *planned = trellis_dashboard_format_money (budget->planned, currency);
  g_autofree char *spent = trellis_dashboard_format_money (budget->spent, currency);
  g_autofree char *text = NULL;
  GtkWidget *label, *numbers;

  text = trellis_dashboard_describe_budget (budget, currency);

  /* Title, bar, numbers: each on its line, so a narrow column wraps
   * only the title. */
  label = new_label (title, total ? "heading" : NULL);
  gtk_box_append (GTK_BOX (box), label);
  numbers = new_label (text, total ? "heading" : "dim-label");
  gtk_widget_add_css_class (numbers, "numeric");
  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (bar),
                                 budget->planned > 0 ? CLAMP (budget->spent / budget->planned, 0, 1) : 1);
  if (budget->spent > budget->planned)
    gtk_widget_add_css_class (bar, "over-budget");
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_widget_set_tooltip_text (bar, text);
  gtk_box_append (GTK_BOX (box), bar);
  gtk_box_append (GTK_BOX (box), numbers);
  if (total)
    gtk_widget_set_name (box, "budget-total");
  return box;
}

GtkWidget *
_trellis_dashboard_budget_card (TrellisDashboardView *self)
{
  TrellisDashboardBudget total;
  g_autofree char *currency = NULL;
  g_autoptr(GPtrArray) lines = trellis_dashboard_list_budgets (self->project, &total, &currency);
  GtkWidget *card;

  card = new_card ("card-budget", _("Budget Planned and Spent"));
  if (total.n_actions == 0)
    {
      gtk_box_append (GTK_BOX (card), new_label (_("No action has a budget yet: plan it in the action plan."),
                                                 "dim-label"));
      return card;
    }

  gtk_box_append (GTK_BOX (card), new_budget_row (_("All Actions"), &total, currency, TRUE));
  for (guint i = 0; i < lines->len; i++)
    {
      TrellisDashboardBudget *line = g_ptr_array_index (lines, i);
      g_autofree char *title = line->goal != NULL ? trellis_trace_item_dup_title (line->goal)
                                                  : g_strdup (_("Actions without a goal"));

      gtk_box_append (GTK_BOX (card), new_budget_row (title, line, currency, FALSE));
    }
  return card;
}

/* (6) Traceability warnings */

GtkWidget *
_trellis_dashboard_warnings_card (TrellisDashboardView *self)
{
  g_autoptr(GPtrArray) warnings = trellis_plan_list_warnings (self->project);
  g_autofree char *summary = NULL;
  GtkWidget *card, *label;

  card = new_card ("card-warnings", _("Traceability"));
  if (warnings->len == 0)
    summary = g_strdup (_("No warnings: every goal has an action, and every action a goal, an owner and a due date."));
  else
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning in the plan", "%u warnings in the plan",
                                            warnings->len), warnings->len);
  label = new_label (summary, warnings->len > 0 ? "heading" : "dim-label");
  gtk_widget_set_name (label, "warnings-summary");
  gtk_box_append (GTK_BOX (card), label);

  for (guint i = 0; i < warnings->len && i < MAX_WARNINGS; i++)
    {
      TrellisPlanWarning *warning = g_ptr_array_index (warnings, i);
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_add_css_class (icon, "warning");
      gtk_widget_set_valign (icon, GTK_ALIGN_START);
      gtk_box_append (GTK_BOX (row), icon);
      gtk_box_append (GTK_BOX (row), trellis_width_bin_new (new_label (warning->message, NULL)));
      gtk_box_append (GTK_BOX (card), row);
    }
  if (warnings->len > MAX_WARNINGS)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "And %u more", "And %u more",
                                                            warnings->len - MAX_WARNINGS),
                                               warnings->len - MAX_WARNINGS);

      gtk_box_append (GTK_BOX (card), new_label (more, "dim-label"));
    }

  gtk_box_append (GTK_BOX (card), new_page_button (_("Open _Plan Check"), "plan-check-button",
                                                   _("See every warning and trace each item"), "strategy/check"));
  return card;
}
