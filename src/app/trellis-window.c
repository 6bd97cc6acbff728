/* trellis-window.c: a window showing one project, or the start page
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "trellis-window"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-app-utils.h"
#include "trellis-application.h"
#include "trellis-library-view.h"
#include "trellis-window.h"

struct _TrellisWindow
{
  AdwApplicationWindow  parent_instance;

  TrellisProject       *project;
  GFile                *file;
  gulong                changed_handler;

  /* Template widgets */
  AdwWindowTitle       *window_title;
  GtkStack             *stack;
  TrellisLibraryView   *library_view;
  GtkLabel             *name_label;
  GtkLabel             *description_label;
  GtkLabel             *cluster_label;
  GtkLabel             *region_label;
  GtkLabel             *sector_label;
  GtkLabel             *stage_label;
  GtkLabel             *swot_label;
  GtkLabel             *stakeholders_label;
  GtkLabel             *goals_label;
  GtkLabel             *actions_label;
  GtkLabel             *milestones_label;
};

G_DEFINE_FINAL_TYPE (TrellisWindow, trellis_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_FILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_value_label (GtkLabel   *label,
                 const char *value)
{
  gboolean is_set = value != NULL && value[0] != '\0';

  /* translators: shown for a project detail that has not been filled in */
  gtk_label_set_label (label, is_set ? value : _("Not set"));
  if (is_set)
    gtk_widget_remove_css_class (GTK_WIDGET (label), "dim-label");
  else
    gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
}

static void
set_count_label (GtkLabel       *label,
                 TrellisProject *project,
                 GType           item_type)
{
  g_autofree char *text = g_strdup_printf ("%u", trellis_project_count_items (project, item_type));

  gtk_label_set_label (label, text);
}

static void
update_title (TrellisWindow *self)
{
  g_autofree char *file_name = NULL;
  const char *title = _("Trellis");

  g_assert (TRELLIS_IS_WINDOW (self));

  if (self->project != NULL)
    title = trellis_project_get_name (self->project);
  if (self->file != NULL)
    {
      g_autofree char *basename = g_file_get_basename (self->file);

      file_name = g_filename_display_name (basename);
    }

  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, file_name != NULL ? file_name : "");
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
update_overview (TrellisWindow *self)
{
  TrellisItem *header;
  const char *description;

  g_assert (TRELLIS_IS_WINDOW (self));

  update_title (self);
  gtk_stack_set_visible_child_name (self->stack, self->project != NULL ? "project" : "library");
  if (self->project == NULL)
    return;

  header = TRELLIS_ITEM (trellis_project_get_header (self->project));
  description = trellis_item_get_string (header, "description");
  gtk_label_set_label (self->name_label, trellis_project_get_name (self->project));
  gtk_label_set_label (self->description_label, description);
  gtk_widget_set_visible (GTK_WIDGET (self->description_label),
                          description != NULL && description[0] != '\0');

  set_value_label (self->cluster_label, trellis_item_get_string (header, "cluster"));
  set_value_label (self->region_label, trellis_item_get_string (header, "region"));
  set_value_label (self->sector_label, trellis_item_get_string (header, "sector"));
  set_value_label (self->stage_label,
                   trellis_app_stage_title (trellis_item_get_enum (header, "stage")));

  set_count_label (self->swot_label, self->project, TRELLIS_TYPE_SWOT_ITEM);
  set_count_label (self->stakeholders_label, self->project, TRELLIS_TYPE_STAKEHOLDER);
  set_count_label (self->goals_label, self->project, TRELLIS_TYPE_GOAL);
  set_count_label (self->actions_label, self->project, TRELLIS_TYPE_ACTION);
  set_count_label (self->milestones_label, self->project, TRELLIS_TYPE_MILESTONE);
}

static void
on_project_changed_cb (TrellisWindow *self,
                       TrellisItem   *item)
{
  g_assert (TRELLIS_IS_WINDOW (self));

  update_overview (self);
}

/* The application, and so its registry, is set after init. */
static void
on_notify_application_cb (TrellisWindow *self,
                          GParamSpec    *pspec)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(GError) error = NULL;
  TrellisRegistry *registry;

  g_assert (TRELLIS_IS_WINDOW (self));

  if (!TRELLIS_IS_APPLICATION (application))
    return;

  registry = trellis_application_get_registry (TRELLIS_APPLICATION (application), &error);
  if (registry == NULL)
    trellis_library_view_show_error (self->library_view, error);
  else
    trellis_library_view_set_registry (self->library_view, registry);
}

/* Opens through the application, as a file given on the command line: a
 * file already open elsewhere raises its window, and this start window
 * takes the project. */
static void
on_library_view_project_activated_cb (TrellisWindow      *self,
                                      GFile              *file,
                                      TrellisLibraryView *library_view)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  g_assert (TRELLIS_IS_WINDOW (self));

  if (application != NULL)
    g_application_open (G_APPLICATION (application), &file, 1, "");
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
trellis_window_dispose (GObject *object)
{
  TrellisWindow *self = TRELLIS_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TRELLIS_TYPE_WINDOW);
  if (self->project != NULL)
    g_clear_signal_handler (&self->changed_handler, self->project);
  g_clear_object (&self->project);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (trellis_window_parent_class)->dispose (object);
}

static void
trellis_window_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  TrellisWindow *self = TRELLIS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, trellis_window_get_project (self));
      break;
    case PROP_FILE:
      g_value_set_object (value, trellis_window_get_file (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trellis_window_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  TrellisWindow *self = TRELLIS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      trellis_window_set_project (self, g_value_get_object (value));
      break;
    case PROP_FILE:
      trellis_window_set_file (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bind_template_children (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, TrellisWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, TrellisWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, TrellisWindow, library_view);
  gtk_widget_class_bind_template_child (widget_class, TrellisWindow, name_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisWindow, description_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisWindow, cluster_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisWindow, region_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisWindow, sector_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisWindow, stage_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisWindow, swot_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisWindow, stakeholders_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisWindow, goals_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisWindow, actions_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisWindow, milestones_label);
}

static void
trellis_window_class_init (TrellisWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trellis_window_dispose;
  object_class->get_property = trellis_window_get_property;
  object_class->set_property = trellis_window_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, TRELLIS_TYPE_PROJECT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/trellis/Trellis/ui/trellis-window.ui");
  bind_template_children (widget_class);
  gtk_widget_class_bind_template_callback (widget_class, on_library_view_project_activated_cb);
  g_type_ensure (TRELLIS_TYPE_LIBRARY_VIEW);

  gtk_widget_class_install_action (widget_class, "win.close", NULL, close_action);
}

static void
trellis_window_init (TrellisWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "notify::application", G_CALLBACK (on_notify_application_cb), NULL);
  update_overview (self);
}

/**
 * trellis_window_new:
 *
 * Creates a window without a project: it shows the start page.
 *
 * Returns: (transfer none): a new window, owned by GTK until it is destroyed
 */
TrellisWindow *
trellis_window_new (GtkApplication *application)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);

  return g_object_new (TRELLIS_TYPE_WINDOW, "application", application, NULL);
}

/**
 * trellis_window_get_project:
 *
 * Returns: (transfer none) (nullable): the project shown, %NULL on the start page
 */
TrellisProject *
trellis_window_get_project (TrellisWindow *self)
{
  g_return_val_if_fail (TRELLIS_IS_WINDOW (self), NULL);

  return self->project;
}

void
trellis_window_set_project (TrellisWindow  *self,
                            TrellisProject *project)
{
  g_return_if_fail (TRELLIS_IS_WINDOW (self));
  g_return_if_fail (project == NULL || TRELLIS_IS_PROJECT (project));

  if (self->project == project)
    return;

  if (self->project != NULL)
    g_clear_signal_handler (&self->changed_handler, self->project);
  g_set_object (&self->project, project);
  if (project != NULL)
    self->changed_handler = g_signal_connect_object (project, "changed",
                                                     G_CALLBACK (on_project_changed_cb),
                                                     self, G_CONNECT_SWAPPED);

  update_overview (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

/**
 * trellis_window_get_file:
 *
 * Returns: (transfer none) (nullable): the file the project was read from
 */
GFile *
trellis_window_get_file (TrellisWindow *self)
{
  g_return_val_if_fail (TRELLIS_IS_WINDOW (self), NULL);

  return self->file;
}

void
trellis_window_set_file (TrellisWindow *self,
                         GFile         *file)
{
  g_return_if_fail (TRELLIS_IS_WINDOW (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  if (!g_set_object (&self->file, file))
    return;

  update_title (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}
