/* trellis-dashboard-view.c: the traffic-light dashboard of a project
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The "Status" tool of the Dashboard page: the lights of a
 * TrellisStatusReport on one day ("as of", today unless chosen), in cards
 * big enough for a projector.  The view computes no light: it rebuilds
 * the report (in an idle, so a burst of changes rebuilds once) whenever
 * the project changes or another day is chosen, and the cards
 * (trellis-dashboard-cards.c) show it.
 */

#define G_LOG_DOMAIN "trellis-dashboard-view"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-accessible.h"
#include "trellis-dashboard-view-private.h"
#include "trellis-tool-view.h"
#include "trellis-export-dialog.h"
#include "trellis-masonry.h"
#include "trellis-locale-format.h"

#define COLUMN_WIDTH 460

G_DEFINE_FINAL_TYPE_WITH_CODE (TrellisDashboardView, trellis_dashboard_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (TRELLIS_TYPE_TOOL_VIEW, NULL))

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_EDITABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
is_empty (TrellisDashboardView *self)
{
  return g_list_model_get_n_items (trellis_project_get_items (self->project, TRELLIS_TYPE_GOAL)) == 0 &&
         g_list_model_get_n_items (trellis_project_get_items (self->project, TRELLIS_TYPE_ACTION)) == 0 &&
         g_list_model_get_n_items (trellis_project_get_items (self->project, TRELLIS_TYPE_MILESTONE)) == 0;
}

/* The calendar shows the day judged on, without reporting it back. */
static void
sync_calendar (TrellisDashboardView *self)
{
  g_autoptr(GDateTime) date = NULL;
  unsigned day, month, year;

  if (!trellis_date_to_dmy (self->as_of, &day, &month, &year))
    return;
  date = g_date_time_new_local (year, month, day, 12, 0, 0);
  if (date == NULL)
    return;
  g_signal_handlers_block_matched (self->calendar, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  gtk_calendar_select_day (GTK_CALENDAR (self->calendar), date);
  g_signal_handlers_unblock_matched (self->calendar, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
}

static void
rebuild (TrellisDashboardView *self)
{
  g_autofree char *title = NULL;
  char as_of[TRELLIS_DATE_BUF_SIZE];
  char shown[TRELLIS_DISPLAY_DATE_SIZE];

  trellis_lazy_rebuild_clear (&self->lazy);
  g_clear_object (&self->report);
  trellis_date_format_into (self->as_of, as_of);
  trellis_format_date_into (self->as_of, shown);
  self->report = trellis_status_report_new (self->project, as_of);

  /* translators: the heading of the dashboard; %s is a day, 2026-11-30 */
  title = g_strdup_printf (_("Status as of %s"), shown);
  gtk_label_set_label (GTK_LABEL (self->title_label), title);
  gtk_menu_button_set_label (GTK_MENU_BUTTON (self->date_button), shown);
  gtk_widget_set_visible (self->as_of_note, self->as_of != trellis_date_today ());
  sync_calendar (self);

  trellis_masonry_remove_all (TRELLIS_MASONRY (self->masonry));
  if (is_empty (self))
    {
      gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "empty");
      return;
    }

  trellis_masonry_append (TRELLIS_MASONRY (self->masonry), _trellis_dashboard_overall_card (self));
  trellis_masonry_append (TRELLIS_MASONRY (self->masonry), _trellis_dashboard_counts_card (self));
  trellis_masonry_append (TRELLIS_MASONRY (self->masonry), _trellis_dashboard_goals_card (self));
  trellis_masonry_append (TRELLIS_MASONRY (self->masonry), _trellis_dashboard_deadlines_card (self));
  trellis_masonry_append (TRELLIS_MASONRY (self->masonry), _trellis_dashboard_budget_card (self));
  trellis_masonry_append (TRELLIS_MASONRY (self->masonry), _trellis_dashboard_warnings_card (self));
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "board");
}

static void
rebuild_widget (GtkWidget *widget)
{
  rebuild (TRELLIS_DASHBOARD_VIEW (widget));
}

static void
trellis_dashboard_view_map (GtkWidget *widget)
{
  trellis_lazy_rebuild_map (&TRELLIS_DASHBOARD_VIEW (widget)->lazy);
  GTK_WIDGET_CLASS (trellis_dashboard_view_parent_class)->map (widget);
}

static void
on_project_changed_cb (TrellisDashboardView *self,
                       TrellisItem          *item)
{
  trellis_lazy_rebuild_queue (&self->lazy);
}

static void
set_as_of (TrellisDashboardView *self,
           TrellisDay            as_of)
{
  if (as_of == TRELLIS_DAY_NONE || as_of == self->as_of)
    return;

  self->as_of = as_of;
  rebuild (self);
}

static void
on_day_selected_cb (TrellisDashboardView *self,
                    GtkCalendar          *calendar)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (calendar);

  set_as_of (self, trellis_date_from_dmy (g_date_time_get_day_of_month (date), g_date_time_get_month (date),
                                          g_date_time_get_year (date)));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (self->date_button));
}

static void
shift_month (TrellisDashboardView *self,
             int                   months)
{
  set_as_of (self, trellis_date_add_months (self->as_of, months));
}

static void
previous_month_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  shift_month (TRELLIS_DASHBOARD_VIEW (widget), -1);
}

static void
next_month_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  shift_month (TRELLIS_DASHBOARD_VIEW (widget), 1);
}

static void
today_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gtk_menu_button_popdown (GTK_MENU_BUTTON (TRELLIS_DASHBOARD_VIEW (widget)->date_button));
  set_as_of (TRELLIS_DASHBOARD_VIEW (widget), trellis_date_today ());
}

static GtkWidget *
icon_button (const char *name,
             const char *icon_name,
             const char *tooltip,
             const char *action_name)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_name (button, name);
  trellis_accessible_name_icon (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  return button;
}

/* GTK 4.8's calendar leaves its arrows (month back and on, year back and
 * on, in this order) without names. */
static void
name_calendar_arrows (GtkWidget *widget,
                      guint     *n_found)
{
  const char *names[] = { N_("Previous Month"), N_("Next Month"), N_("Previous Year"), N_("Next Year") };

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child) && *n_found < G_N_ELEMENTS (names))
        trellis_accessible_set_label (child, _(names[(*n_found)++]));
      else
        name_calendar_arrows (child, n_found);
    }
}

/* The title and the day's controls on one line, or the controls under
 * the title where they do not fit beside it: the date is never broken. */
static GtkWidget *
build_toolbar (TrellisDashboardView *self)
{
  GtkWidget *bar = gtk_flow_box_new ();
  GtkWidget *controls = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *linked = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *popover_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *today = gtk_button_new_with_mnemonic (_("_Today"));
  GtkWidget *menu_button = gtk_menu_button_new ();
  g_autoptr(GMenu) menu = g_menu_new ();

  gtk_widget_add_css_class (bar, "dashboard-toolbar");
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (bar), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (bar), 2);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (bar), 6);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (bar), 6);
  self->title_label = gtk_label_new (NULL);
  gtk_widget_set_name (self->title_label, "as-of-title");
  gtk_label_set_xalign (GTK_LABEL (self->title_label), 0);
  gtk_label_set_wrap (GTK_LABEL (self->title_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (self->title_label), PANGO_WRAP_WORD);
  gtk_widget_add_css_class (self->title_label, "title-1");
  gtk_widget_set_hexpand (self->title_label, TRUE);
  gtk_flow_box_append (GTK_FLOW_BOX (bar), self->title_label);

  gtk_widget_add_css_class (linked, "linked");
  gtk_widget_set_valign (linked, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (linked), icon_button ("previous-month", "go-previous-symbolic",
                                                 _("One Month Earlier"), "dashboard.previous-month"));
  self->calendar = gtk_calendar_new ();
  name_calendar_arrows (self->calendar, &(guint) { 0 });
  g_signal_connect_object (self->calendar, "day-selected", G_CALLBACK (on_day_selected_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (popover_box), self->calendar);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (today), "dashboard.today");
  gtk_widget_set_name (today, "today-button");
  gtk_widget_set_tooltip_text (today, _("Show the status of today"));
  gtk_box_append (GTK_BOX (popover_box), today);
  gtk_popover_set_child (GTK_POPOVER (popover), popover_box);
  self->date_button = gtk_menu_button_new ();
  gtk_widget_set_name (self->date_button, "as-of-button");
  gtk_widget_set_tooltip_text (self->date_button, _("Choose the day to judge the plan on"));
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (self->date_button), popover);
  gtk_menu_button_set_always_show_arrow (GTK_MENU_BUTTON (self->date_button), TRUE);
  gtk_box_append (GTK_BOX (linked), self->date_button);
  gtk_box_append (GTK_BOX (linked), icon_button ("next-month", "go-next-symbolic",
                                                 _("One Month Later"), "dashboard.next-month"));
  gtk_box_append (GTK_BOX (controls), linked);

  g_menu_append (menu, _("Take _Snapshot…"), "win.take-snapshot");
  g_menu_append (menu, _("Status _Rules…"), "win.status-rules");
  g_menu_append (menu, _("_Export Board Report…"), "dashboard.export-report");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu_button), G_MENU_MODEL (menu));
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
  gtk_widget_set_name (menu_button, "dashboard-menu");
  trellis_accessible_name_icon (menu_button, _("Snapshots, Rules and the Board Report"));
  gtk_widget_set_valign (menu_button, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (controls), menu_button);
  gtk_widget_set_halign (controls, GTK_ALIGN_END);
  gtk_widget_set_valign (controls, GTK_ALIGN_CENTER);
  gtk_flow_box_append (GTK_FLOW_BOX (bar), controls);
  for (GtkWidget *child = gtk_widget_get_first_child (bar); child != NULL; child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);
  return bar;
}

static void
on_empty_button_clicked_cb (TrellisDashboardView *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-page", "s", "value/goals");
}

static GtkWidget *
build_empty (TrellisDashboardView *self)
{
  GtkWidget *page = adw_status_page_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("Set _Goals"));

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), "emblem-ok-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (page), _("Nothing to Judge Yet"));
  adw_status_page_set_description (ADW_STATUS_PAGE (page),
                                   _("Set goals with indicators in step 3 and plan actions and milestones "
                                     "in step 4; their traffic lights show here."));
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_name (button, "empty-goals-button");
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_empty_button_clicked_cb), self, G_CONNECT_SWAPPED);
  adw_status_page_set_child (ADW_STATUS_PAGE (page), button);
  return page;
}

static void
build (TrellisDashboardView *self)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  gtk_widget_set_margin_top (content, 18);
  gtk_widget_set_margin_bottom (content, 18);
  gtk_widget_set_margin_start (content, 18);
  gtk_widget_set_margin_end (content, 18);
  gtk_box_append (GTK_BOX (content), build_toolbar (self));
  self->as_of_note = gtk_label_new (_("On a day other than today the lights follow the dates and the "
                                      "measurements of that day, but status, progress and spending are "
                                      "as recorded now."));
  gtk_widget_set_name (self->as_of_note, "as-of-note");
  gtk_label_set_wrap (GTK_LABEL (self->as_of_note), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->as_of_note), 0);
  gtk_widget_add_css_class (self->as_of_note, "dim-label");
  gtk_box_append (GTK_BOX (content), self->as_of_note);

  self->masonry = trellis_masonry_new ();
  gtk_widget_set_name (self->masonry, "dashboard-cards");
  trellis_masonry_set_column_width (TRELLIS_MASONRY (self->masonry), COLUMN_WIDTH);
  self->stack = gtk_stack_new ();
  gtk_stack_set_vhomogeneous (GTK_STACK (self->stack), FALSE);
  gtk_stack_add_named (GTK_STACK (self->stack), self->masonry, "board");
  gtk_stack_add_named (GTK_STACK (self->stack), build_empty (self), "empty");
  gtk_widget_set_vexpand (self->stack, TRUE);
  gtk_box_append (GTK_BOX (content), self->stack);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), content);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_box_append (GTK_BOX (self->box), scroller);
}

static void
trellis_dashboard_view_dispose (GObject *object)
{
  TrellisDashboardView *self = TRELLIS_DASHBOARD_VIEW (object);

  trellis_lazy_rebuild_clear (&self->lazy);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->report);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (trellis_dashboard_view_parent_class)->dispose (object);
}

static void
trellis_dashboard_view_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  TrellisDashboardView *self = TRELLIS_DASHBOARD_VIEW (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;
    case PROP_EDITABLE:
      g_value_set_boolean (value, self->editable);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trellis_dashboard_view_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  TrellisDashboardView *self = TRELLIS_DASHBOARD_VIEW (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      self->project = g_value_dup_object (value);
      break;
    case PROP_EDITABLE:
      if (self->editable != g_value_get_boolean (value))
        {
          self->editable = g_value_get_boolean (value);
          /* The lights' popovers offer overrides only when editable. */
          if (self->project != NULL)
            rebuild (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
write_board_report (GFile    *file,
                    gpointer  user_data,
                    GError  **error)
{
  return trellis_board_report_write_pdf (user_data, file, error);
}

/* The report shown (its day, its lights) as an A4 PDF for the board. */
static void
export_report_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  TrellisDashboardView *self = TRELLIS_DASHBOARD_VIEW (widget);
  g_autofree char *name = NULL;
  char as_of[TRELLIS_DATE_BUF_SIZE];

  if (self->report == NULL)
    return;
  trellis_date_format_into (self->as_of, as_of);
  /* translators: the suggested file name of the board report: project, day */
  name = g_strdup_printf (_("%s-status-%s.pdf"), trellis_project_get_name (self->project), as_of);
  trellis_export_dialog_run (widget, _("Export Board Report"), _("PDF Documents"), "application/pdf", ".pdf",
                             name, write_board_report, g_object_ref (self->report), g_object_unref);
}

/**
 * trellis_dashboard_view_export_report:
 *
 * Writes the report the board shows to @file as a PDF; says why in a
 * dialog if it cannot.
 *
 * Returns: %FALSE if the file could not be written
 */
gboolean
trellis_dashboard_view_export_report (TrellisDashboardView *self,
                                      GFile                *file)
{
  g_return_val_if_fail (TRELLIS_IS_DASHBOARD_VIEW (self), FALSE);
  g_return_val_if_fail (self->report != NULL, FALSE);

  return trellis_export_write (GTK_WIDGET (self), file, write_board_report, self->report);
}

static void
trellis_dashboard_view_class_init (TrellisDashboardViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->map = trellis_dashboard_view_map;
  object_class->dispose = trellis_dashboard_view_dispose;
  object_class->get_property = trellis_dashboard_view_get_property;
  object_class->set_property = trellis_dashboard_view_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, TRELLIS_TYPE_PROJECT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_EDITABLE] =
    g_param_spec_boolean ("editable", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "dashboard.previous-month", NULL, previous_month_action);
  gtk_widget_class_install_action (widget_class, "dashboard.next-month", NULL, next_month_action);
  gtk_widget_class_install_action (widget_class, "dashboard.today", NULL, today_action);
  gtk_widget_class_install_action (widget_class, "dashboard.export-report", NULL, export_report_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_CONTROL_MASK,
                                       "dashboard.previous-month", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_CONTROL_MASK,
                                       "dashboard.next-month", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "dashboard");
}

static void
trellis_dashboard_view_init (TrellisDashboardView *self)
{
  trellis_lazy_rebuild_init (&self->lazy, GTK_WIDGET (self), rebuild_widget);
  self->editable = TRUE;
  build (self);
}

/**
 * trellis_dashboard_view_new:
 *
 * Returns: (transfer floating): the view of @project
 */
GtkWidget *
trellis_dashboard_view_new (TrellisProject *project)
{
  TrellisDashboardView *self;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);

  self = g_object_new (TRELLIS_TYPE_DASHBOARD_VIEW, "project", project, NULL);
  self->as_of = trellis_date_today ();
  g_signal_connect_object (project, "changed", G_CALLBACK (on_project_changed_cb), self, G_CONNECT_SWAPPED);
  rebuild (self);
  return GTK_WIDGET (self);
}

/**
 * trellis_dashboard_view_get_report:
 *
 * Returns: (transfer none): the report the board shows
 */
TrellisStatusReport *
trellis_dashboard_view_get_report (TrellisDashboardView *self)
{
  g_return_val_if_fail (TRELLIS_IS_DASHBOARD_VIEW (self), NULL);

  return self->report;
}

/**
 * trellis_dashboard_view_get_as_of:
 *
 * Returns: the day the board judges the plan on
 */
TrellisDay
trellis_dashboard_view_get_as_of (TrellisDashboardView *self)
{
  g_return_val_if_fail (TRELLIS_IS_DASHBOARD_VIEW (self), TRELLIS_DAY_NONE);

  return self->as_of;
}

/**
 * trellis_dashboard_view_set_as_of:
 * @as_of: a day; %TRELLIS_DAY_NONE is ignored
 *
 * Judges the plan on @as_of and shows it.
 */
void
trellis_dashboard_view_set_as_of (TrellisDashboardView *self,
                                  TrellisDay            as_of)
{
  g_return_if_fail (TRELLIS_IS_DASHBOARD_VIEW (self));

  set_as_of (self, as_of);
}
