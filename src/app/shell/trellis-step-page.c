/* trellis-step-page.c: a page of the method: its question, tools and checklist
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Until the tools of a step have their own page (the SWOT board, the
 * stakeholder register, …) this page teaches the step: the question it
 * answers, the tools it uses and what the project has of it so far.
 */

#define G_LOG_DOMAIN "trellis-step-page"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-app-utils.h"
#include "trellis-step-page.h"

struct _TrellisStepPage
{
  GtkWidget             parent_instance;

  TrellisProject       *project;
  const TrellisAppStep *info;

  /* Template widgets */
  GtkLabel             *number_label;
  GtkLabel             *title_label;
  GtkLabel             *question_label;
  AdwActionRow         *tools_row;
  GtkImage             *tools_icon;
  GtkWidget            *checks_group;
  GtkListBox           *checks_list;
  AdwPreferencesGroup  *tools_group;
  GtkWidget            *rules_group;
  GtkListBox           *rules_list;
};

G_DEFINE_FINAL_TYPE (TrellisStepPage, trellis_step_page, GTK_TYPE_WIDGET)

static GtkWidget *
create_check_row (const TrellisStepCheck *check)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (check->done ? "object-select-symbolic"
                                                              : "list-remove-symbolic");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), check->label);
  /* translators: whether a check of a step is met, for screen readers */
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  check->done ? _("Done") : _("Not yet"), -1);
  gtk_widget_add_css_class (icon, check->done ? "success" : "dim-label");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  return row;
}

static void
update_checks (TrellisStepPage *self)
{
  g_autoptr(GPtrArray) checks = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->checks_list))) != NULL)
    gtk_list_box_remove (self->checks_list, child);

  checks = trellis_project_check_step (self->project, self->info->step);
  for (guint i = 0; i < checks->len; i++)
    gtk_list_box_append (self->checks_list, create_check_row (checks->pdata[i]));
}

/* The dashboard's guide explains the rules of the lights, with the
 * project's thresholds. */
static void
update_rules (TrellisStepPage *self)
{
  TrellisStatusRules rules;
  g_autoptr(GPtrArray) texts = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->rules_list))) != NULL)
    gtk_list_box_remove (self->rules_list, child);

  trellis_status_rules_load (&rules, self->project);
  texts = trellis_status_describe_rules (&rules);
  for (guint i = 0; i < texts->len; i++)
    {
      const TrellisStatusRuleText *rule = g_ptr_array_index (texts, i);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), rule->title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), rule->text);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      gtk_list_box_append (self->rules_list, row);
    }
}

static gboolean
shows_rules (TrellisStepPage *self)
{
  return g_strcmp0 (self->info->page_name, "dashboard") == 0;
}

static void
update (TrellisStepPage *self)
{
  if (self->info->step != TRELLIS_STEP_NONE)
    update_checks (self);
  if (shows_rules (self))
    update_rules (self);
}

static void
on_project_changed_cb (TrellisStepPage *self,
                       TrellisItem     *item)
{
  /* Hidden pages need no update; mapping them updates them. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    update (self);
}

static void
trellis_step_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (trellis_step_page_parent_class)->map (widget);
  update (TRELLIS_STEP_PAGE (widget));
}

static void
show_info (TrellisStepPage *self)
{
  const TrellisAppStep *info = self->info;

  if (info->step != TRELLIS_STEP_NONE)
    {
      /* translators: above a step's name, "Step 2" */
      g_autofree char *number = g_strdup_printf (_("Step %d"), info->step);

      gtk_label_set_label (self->number_label, number);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->number_label), info->step != TRELLIS_STEP_NONE);
  gtk_widget_set_visible (self->checks_group, info->step != TRELLIS_STEP_NONE);
  gtk_widget_set_visible (self->rules_group, shows_rules (self));
  if (info->step == TRELLIS_STEP_NONE)
    adw_preferences_group_set_title (self->tools_group, _("What This Page Shows"));
  gtk_label_set_label (self->title_label, _(info->title));
  gtk_label_set_label (self->question_label, _(info->question));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->tools_row), _(info->tools));
  gtk_image_set_from_icon_name (self->tools_icon, info->icon_name);
}

static void
trellis_step_page_dispose (GObject *object)
{
  TrellisStepPage *self = TRELLIS_STEP_PAGE (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), TRELLIS_TYPE_STEP_PAGE);
  /* The template's top child has no id, so disposing the template leaves it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (trellis_step_page_parent_class)->dispose (object);
}

static void
trellis_step_page_class_init (TrellisStepPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trellis_step_page_dispose;
  widget_class->map = trellis_step_page_map;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/trellis/Trellis/ui/trellis-step-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TrellisStepPage, number_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisStepPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisStepPage, question_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisStepPage, tools_row);
  gtk_widget_class_bind_template_child (widget_class, TrellisStepPage, tools_icon);
  gtk_widget_class_bind_template_child (widget_class, TrellisStepPage, checks_group);
  gtk_widget_class_bind_template_child (widget_class, TrellisStepPage, checks_list);
  gtk_widget_class_bind_template_child (widget_class, TrellisStepPage, tools_group);
  gtk_widget_class_bind_template_child (widget_class, TrellisStepPage, rules_group);
  gtk_widget_class_bind_template_child (widget_class, TrellisStepPage, rules_list);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
trellis_step_page_init (TrellisStepPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * trellis_step_page_new:
 * @page_name: a page of trellis_app_get_steps(), not the overview
 *
 * Returns: (transfer floating): the page
 */
GtkWidget *
trellis_step_page_new (const char     *page_name,
                       TrellisProject *project)
{
  const TrellisAppStep *info = trellis_app_find_page (page_name);
  TrellisStepPage *self;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (info != NULL, NULL);

  self = g_object_new (TRELLIS_TYPE_STEP_PAGE, NULL);
  self->project = g_object_ref (project);
  self->info = info;

  show_info (self);
  trellis_step_page_set_tools_ready (self, FALSE);
  g_signal_connect_object (project, "changed", G_CALLBACK (on_project_changed_cb),
                           self, G_CONNECT_SWAPPED);
  return GTK_WIDGET (self);
}

/**
 * trellis_step_page_set_tools_ready:
 *
 * Whether the step's tools have pages of their own; then the page is their
 * guide, and no longer says they are coming.
 */
void
trellis_step_page_set_tools_ready (TrellisStepPage *self,
                                   gboolean         ready)
{
  g_return_if_fail (TRELLIS_IS_STEP_PAGE (self));

  adw_action_row_set_subtitle (self->tools_row,
                               ready ? "" : _("Their pages come with the next versions of Trellis; "
                                              "the project file already holds their data"));
}
