/* trellis-status-rules-dialog.c: the thresholds of a project's status rules
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One spin button per threshold of TrellisStatusRules, each with a sentence
 * saying what it does.  The dialog edits a copy of the project's rules: a
 * spin button changes its threshold only when the user moves it, so a share
 * shown rounded (33 % for a third) is kept exactly unless changed.  Apply
 * stores the copy with trellis_status_rules_store (), one undo step;
 * thresholds that do not fit together (a red budget margin below the amber
 * one) are explained and cannot be applied.
 */

#define G_LOG_DOMAIN "trellis-status-rules-dialog"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "trellis-status-rules-dialog.h"

struct _TrellisStatusRulesDialog
{
  AdwWindow           parent_instance;

  TrellisProject     *project;
  TrellisStatusRules  rules;      /* what Apply stores */
  gboolean            syncing;

  /* Template widgets */
  GtkWidget          *warn_days_spin;
  GtkWidget          *behind_points_spin;
  GtkWidget          *budget_amber_points_spin;
  GtkWidget          *budget_red_points_spin;
  GtkWidget          *indicator_red_share_spin;
  GtkWidget          *project_red_share_spin;
  GtkWidget          *apply_button;
  GtkWidget          *error_label;
};

G_DEFINE_FINAL_TYPE (TrellisStatusRulesDialog, trellis_status_rules_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_PROJECT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Shares are shown in %. */
static double
shown_value (TrellisStatusRulesDialog *self,
             GtkWidget                *spin)
{
  const TrellisStatusRules *r = &self->rules;

  if (spin == self->warn_days_spin)
    return r->warn_days;
  if (spin == self->behind_points_spin)
    return r->behind_points;
  if (spin == self->budget_amber_points_spin)
    return r->budget_amber_points;
  if (spin == self->budget_red_points_spin)
    return r->budget_red_points;
  if (spin == self->indicator_red_share_spin)
    return 100 * r->indicator_red_share;
  return 100 * r->project_red_share;
}

static void
take_value (TrellisStatusRulesDialog *self,
            GtkWidget                *spin)
{
  TrellisStatusRules *r = &self->rules;
  double value = gtk_spin_button_get_value (GTK_SPIN_BUTTON (spin));

  if (spin == self->warn_days_spin)
    r->warn_days = (guint) gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (spin));
  else if (spin == self->behind_points_spin)
    r->behind_points = value;
  else if (spin == self->budget_amber_points_spin)
    r->budget_amber_points = value;
  else if (spin == self->budget_red_points_spin)
    r->budget_red_points = value;
  else if (spin == self->indicator_red_share_spin)
    r->indicator_red_share = value / 100;
  else
    r->project_red_share = value / 100;
}

#define SPINS(self)                                                             \
  { (self)->warn_days_spin, (self)->behind_points_spin,                         \
    (self)->budget_amber_points_spin, (self)->budget_red_points_spin,           \
    (self)->indicator_red_share_spin, (self)->project_red_share_spin }

/* Says what is wrong, if anything, and allows Apply only when nothing is. */
static void
check_rules (TrellisStatusRulesDialog *self)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = trellis_status_rules_check (&self->rules, &error);

  gtk_label_set_label (GTK_LABEL (self->error_label), ok ? "" : error->message);
  gtk_widget_set_visible (self->error_label, !ok);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "rules.apply", ok);
  if (ok)
    gtk_widget_remove_css_class (self->budget_red_points_spin, "error");
  else
    gtk_widget_add_css_class (self->budget_red_points_spin, "error");
}

static void
sync_spins (TrellisStatusRulesDialog *self)
{
  GtkWidget *spins[] = SPINS (self);

  self->syncing = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (spins); i++)
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (spins[i]), shown_value (self, spins[i]));
  self->syncing = FALSE;
  check_rules (self);
}

static void
on_spin_value_changed_cb (TrellisStatusRulesDialog *self,
                          GtkSpinButton            *spin)
{
  double rounding = 0.5 * pow (10, -(double) gtk_spin_button_get_digits (spin));

  if (self->syncing)
    return;
  /* The spin button rounding what it shows is no change by the user. */
  if (fabs (gtk_spin_button_get_value (spin) - shown_value (self, GTK_WIDGET (spin))) < rounding)
    return;
  take_value (self, GTK_WIDGET (spin));
  check_rules (self);
}

static void
reset_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TrellisStatusRulesDialog *self = TRELLIS_STATUS_RULES_DIALOG (widget);

  trellis_status_rules_init (&self->rules);
  sync_spins (self);
}

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TrellisStatusRulesDialog *self = TRELLIS_STATUS_RULES_DIALOG (widget);
  GtkWidget *spins[] = SPINS (self);
  g_autoptr(GError) error = NULL;

  /* A value typed but not yet confirmed counts too. */
  for (guint i = 0; i < G_N_ELEMENTS (spins); i++)
    gtk_spin_button_update (GTK_SPIN_BUTTON (spins[i]));
  if (!trellis_status_rules_store (self->project, &self->rules, &error))
    {
      gtk_label_set_label (GTK_LABEL (self->error_label), error->message);
      gtk_widget_set_visible (self->error_label, TRUE);
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

static void
trellis_status_rules_dialog_constructed (GObject *object)
{
  TrellisStatusRulesDialog *self = TRELLIS_STATUS_RULES_DIALOG (object);

  G_OBJECT_CLASS (trellis_status_rules_dialog_parent_class)->constructed (object);

  g_assert (TRELLIS_IS_PROJECT (self->project));
  trellis_status_rules_load (&self->rules, self->project);
  sync_spins (self);
}

static void
trellis_status_rules_dialog_dispose (GObject *object)
{
  TrellisStatusRulesDialog *self = TRELLIS_STATUS_RULES_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TRELLIS_TYPE_STATUS_RULES_DIALOG);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (trellis_status_rules_dialog_parent_class)->dispose (object);
}

static void
trellis_status_rules_dialog_get_property (GObject    *object,
                                          guint       prop_id,
                                          GValue     *value,
                                          GParamSpec *pspec)
{
  TrellisStatusRulesDialog *self = TRELLIS_STATUS_RULES_DIALOG (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trellis_status_rules_dialog_set_property (GObject      *object,
                                          guint         prop_id,
                                          const GValue *value,
                                          GParamSpec   *pspec)
{
  TrellisStatusRulesDialog *self = TRELLIS_STATUS_RULES_DIALOG (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_set_object (&self->project, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The first field has the focus when the dialog shows (issue 15). */
static void
trellis_status_rules_dialog_map (GtkWidget *widget)
{
  TrellisStatusRulesDialog *self = TRELLIS_STATUS_RULES_DIALOG (widget);

  GTK_WIDGET_CLASS (trellis_status_rules_dialog_parent_class)->map (widget);
  gtk_widget_grab_focus (self->warn_days_spin);
}

static void
trellis_status_rules_dialog_class_init (TrellisStatusRulesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = trellis_status_rules_dialog_constructed;
  object_class->dispose = trellis_status_rules_dialog_dispose;
  widget_class->map = trellis_status_rules_dialog_map;
  object_class->get_property = trellis_status_rules_dialog_get_property;
  object_class->set_property = trellis_status_rules_dialog_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, TRELLIS_TYPE_PROJECT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/trellis/Trellis/ui/"
                                               "trellis-status-rules-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TrellisStatusRulesDialog, warn_days_spin);
  gtk_widget_class_bind_template_child (widget_class, TrellisStatusRulesDialog, behind_points_spin);
  gtk_widget_class_bind_template_child (widget_class, TrellisStatusRulesDialog, budget_amber_points_spin);
  gtk_widget_class_bind_template_child (widget_class, TrellisStatusRulesDialog, budget_red_points_spin);
  gtk_widget_class_bind_template_child (widget_class, TrellisStatusRulesDialog, indicator_red_share_spin);
  gtk_widget_class_bind_template_child (widget_class, TrellisStatusRulesDialog, project_red_share_spin);
  gtk_widget_class_bind_template_child (widget_class, TrellisStatusRulesDialog, apply_button);
  gtk_widget_class_bind_template_child (widget_class, TrellisStatusRulesDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_spin_value_changed_cb);

  gtk_widget_class_install_action (widget_class, "rules.apply", NULL, apply_action);
  gtk_widget_class_install_action (widget_class, "rules.reset", NULL, reset_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
trellis_status_rules_dialog_init (TrellisStatusRulesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * trellis_status_rules_dialog_new:
 * @parent: (nullable): the project's window
 *
 * Returns: (transfer floating): a dialog on @project's thresholds, not shown yet
 */
GtkWidget *
trellis_status_rules_dialog_new (GtkWindow      *parent,
                                 TrellisProject *project)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);

  return g_object_new (TRELLIS_TYPE_STATUS_RULES_DIALOG,
                       "transient-for", parent,
                       "project", project,
                       NULL);
}

TrellisProject *
trellis_status_rules_dialog_get_project (TrellisStatusRulesDialog *self)
{
  g_return_val_if_fail (TRELLIS_IS_STATUS_RULES_DIALOG (self), NULL);

  return self->project;
}
