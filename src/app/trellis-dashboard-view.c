/* trellis-dashboard-view.c: the traffic-light dashboard of a project
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A placeholder until the view is built (issue 8).
 */

#define G_LOG_DOMAIN "trellis-dashboard-view"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-dashboard-view.h"

struct _TrellisDashboardView
{
  GtkWidget       parent_instance;

  TrellisProject *project;
  gboolean        editable;
};

G_DEFINE_FINAL_TYPE (TrellisDashboardView, trellis_dashboard_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_EDITABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
trellis_dashboard_view_dispose (GObject *object)
{
  TrellisDashboardView *self = TRELLIS_DASHBOARD_VIEW (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
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
    case PROP_EDITABLE:
      if (self->editable != g_value_get_boolean (value))
        {
          self->editable = g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trellis_dashboard_view_class_init (TrellisDashboardViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trellis_dashboard_view_dispose;
  object_class->get_property = trellis_dashboard_view_get_property;
  object_class->set_property = trellis_dashboard_view_set_property;

  properties[PROP_EDITABLE] =
    g_param_spec_boolean ("editable", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
trellis_dashboard_view_init (TrellisDashboardView *self)
{
  self->editable = TRUE;
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
  GtkWidget *status;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);

  self = g_object_new (TRELLIS_TYPE_DASHBOARD_VIEW, NULL);
  self->project = g_object_ref (project);
  status = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "emblem-ok-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("Dashboard"));
  gtk_widget_set_parent (status, GTK_WIDGET (self));
  return GTK_WIDGET (self);
}
