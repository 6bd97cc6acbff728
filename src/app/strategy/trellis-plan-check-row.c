/* trellis-plan-check-row.c: a row of the plan check's warnings
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A warning in words, the icon of its item's kind and a "Trace…" button
 * that emits "trace".  The first warning of a kind also shows the kind's
 * heading, advice and count (GTK 4.8's list views have no section
 * headers).  Rows are recycled by the plan check's grid view: only what
 * is on screen exists, whatever the number of warnings.
 */

#define G_LOG_DOMAIN "trellis-plan-check"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-plan-check-row.h"
#include "trellis-trace-panel.h"

struct _TrellisPlanCheckRow
{
  GtkWidget                parent_instance;

  TrellisPlanCheckWarning *warning;

  /* Template widgets */
  GtkWidget               *header;
  GtkLabel                *title_label;
  GtkLabel                *count_label;
  GtkLabel                *advice_label;
  GtkImage                *icon;
  GtkLabel                *message_label;
};

G_DEFINE_FINAL_TYPE (TrellisPlanCheckRow, trellis_plan_check_row, GTK_TYPE_WIDGET)

enum {
  TRACE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  const char *title;
  const char *advice;
} KindInfo;

static const KindInfo kinds[] = {
  [TRELLIS_PLAN_DEPENDENCY_CYCLE] = { N_("Circular Dependencies"),
    N_("These actions wait for each other, so none can start: remove one of the dependencies.") },
  [TRELLIS_PLAN_GOAL_WITHOUT_ACTION] = { N_("Goals Without an Action"),
    N_("Plan at least one action for each goal, or reconsider the goal.") },
  [TRELLIS_PLAN_ACTION_WITHOUT_GOAL] = { N_("Actions Without a Goal"),
    N_("Link each action to the goal it serves, so its purpose stays clear.") },
  [TRELLIS_PLAN_ACTION_WITHOUT_OWNER] = { N_("Actions Without an Owner"),
    N_("Name a stakeholder or a person responsible for each action.") },
  [TRELLIS_PLAN_ACTION_WITHOUT_DUE] = { N_("Actions Without a Due Date"),
    N_("Give each action a due date, so progress can be followed.") },
  [TRELLIS_PLAN_ACTION_ENDS_BEFORE_START] = { N_("Actions Due Before They Start"),
    N_("Correct the start or the due date.") },
  [TRELLIS_PLAN_STARTS_BEFORE_DEPENDENCY] = { N_("Actions Starting Too Early"),
    N_("These actions start before an action they wait for is due.") },
  [TRELLIS_PLAN_MILESTONE_AFTER_ACTION] = { N_("Milestones After Their Action"),
    N_("Move the milestone, or extend its action.") },
  [TRELLIS_PLAN_CRITICAL_OWNER] = { N_("Actions Owned by Critical Stakeholders"),
    N_("A stakeholder critical of the initiative is responsible: consider sharing the responsibility.") },
  [TRELLIS_PLAN_BUDGET_OVERRUN] = { N_("Actions Over Budget"),
    N_("These actions have spent more than planned: raise the planned budget or explain the overrun.") },
};
/* A kind without its words here would show an empty heading. */
G_STATIC_ASSERT (G_N_ELEMENTS (kinds) == TRELLIS_PLAN_BUDGET_OVERRUN + 1);

static void
on_trace_button_clicked_cb (TrellisPlanCheckRow *self)
{
  if (self->warning != NULL)
    g_signal_emit (self, signals[TRACE], 0);
}

/* The heading of the warning's group, on its first row only. */
static void
show_header (TrellisPlanCheckRow *self,
             TrellisPlanWarningKind kind,
             guint                n)
{
  g_autofree char *name = g_strdup_printf ("warnings-%d", kind);
  g_autofree char *count = g_strdup_printf ("%u", n);
  /* translators: the tooltip of the count beside a group of warnings */
  g_autofree char *tooltip = g_strdup_printf (ngettext ("%u warning of this kind", "%u warnings of this kind", n), n);

  gtk_widget_set_name (self->header, name);
  gtk_label_set_label (self->title_label, _(kinds[kind].title));
  gtk_label_set_label (self->advice_label, _(kinds[kind].advice));
  gtk_label_set_label (self->count_label, count);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->count_label), tooltip);
}

TrellisPlanCheckWarning *
trellis_plan_check_row_get_warning (TrellisPlanCheckRow *self)
{
  g_return_val_if_fail (TRELLIS_IS_PLAN_CHECK_ROW (self), NULL);

  return self->warning;
}

void
trellis_plan_check_row_set_warning (TrellisPlanCheckRow     *self,
                                    TrellisPlanCheckWarning *warning)
{
  TrellisItem *item;
  const char *message;

  g_return_if_fail (TRELLIS_IS_PLAN_CHECK_ROW (self));

  if (!g_set_object (&self->warning, warning) || warning == NULL)
    return;
  item = trellis_plan_check_warning_get_item (warning);
  message = trellis_plan_check_warning_get_message (warning);
  gtk_widget_set_visible (self->header, trellis_plan_check_warning_get_n_of_kind (warning) > 0);
  if (trellis_plan_check_warning_get_n_of_kind (warning) > 0)
    show_header (self, trellis_plan_check_warning_get_kind (warning),
                 trellis_plan_check_warning_get_n_of_kind (warning));
  else
    /* Recycled: no longer the group's. */
    gtk_widget_set_name (self->header, "warnings-group");
  gtk_image_set_from_icon_name (self->icon, trellis_trace_item_icon_name (item));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->icon), trellis_trace_item_kind (item));
  gtk_label_set_label (self->message_label, message);
  /* Cut short on a narrow window: the tooltip has all of it. */
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->message_label), message);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, message, -1);
}

static void
trellis_plan_check_row_dispose (GObject *object)
{
  TrellisPlanCheckRow *self = TRELLIS_PLAN_CHECK_ROW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), TRELLIS_TYPE_PLAN_CHECK_ROW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->warning);

  G_OBJECT_CLASS (trellis_plan_check_row_parent_class)->dispose (object);
}

static void
trellis_plan_check_row_class_init (TrellisPlanCheckRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trellis_plan_check_row_dispose;

  /**
   * TrellisPlanCheckRow::trace:
   *
   * The "Trace…" button was pressed: show where the item comes from.
   */
  signals[TRACE] = g_signal_new ("trace", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/trellis/Trellis/ui/trellis-plan-check-row.ui");
  gtk_widget_class_bind_template_child (widget_class, TrellisPlanCheckRow, header);
  gtk_widget_class_bind_template_child (widget_class, TrellisPlanCheckRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisPlanCheckRow, count_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisPlanCheckRow, advice_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisPlanCheckRow, icon);
  gtk_widget_class_bind_template_child (widget_class, TrellisPlanCheckRow, message_label);
  gtk_widget_class_bind_template_callback (widget_class, on_trace_button_clicked_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "plan-check-row");
}

static void
trellis_plan_check_row_init (TrellisPlanCheckRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * trellis_plan_check_row_new:
 *
 * Returns: (transfer floating): a row showing no warning yet
 */
GtkWidget *
trellis_plan_check_row_new (void)
{
  return g_object_new (TRELLIS_TYPE_PLAN_CHECK_ROW, NULL);
}
