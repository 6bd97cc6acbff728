/* trellis-self-check-view.c: the excellence self-check against the minimum requirements
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every minimum requirement in one list, grouped by the scheme's chapters, with
 * a summary on top.  The results come from trellis_excellence_check() on
 * today; the rows are built once (the requirements are fixed) and updated, in
 * an idle, after every change of the project, so an undo shows at once and
 * the entry being typed in keeps its focus.
 */

#define G_LOG_DOMAIN "trellis-self-check-view"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-self-check-row.h"
#include "trellis-self-check-view.h"
#include "trellis-tool-view.h"
#include "trellis-locale-format.h"

struct _TrellisSelfCheckView
{
  GtkWidget       parent_instance;

  TrellisProject *project;
  gboolean        editable;

  GtkWidget      *summary_label;
  GtkWidget      *as_of_label;
  GPtrArray      *rows;
  guint           update_id;
};

G_DEFINE_FINAL_TYPE_WITH_CODE (TrellisSelfCheckView, trellis_self_check_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (TRELLIS_TYPE_TOOL_VIEW, NULL))

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_EDITABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_editable (TrellisSelfCheckView *self)
{
  if (self->rows == NULL)
    return;
  for (guint i = 0; i < self->rows->len; i++)
    trellis_self_check_row_set_editable (self->rows->pdata[i], self->editable);
}

static void
update_summary (TrellisSelfCheckView *self,
                const char           *as_of)
{
  TrellisExcellenceSummary summary;
  g_autofree char *text = NULL;
  g_autofree char *date = NULL;
  g_autofree char *shown = NULL;
  guint n = self->rows->len;

  trellis_excellence_summarize (self->project, as_of, &summary);
  /* translators: counts of requirements, such as "9 of 16 requirements met, 3 not met, 4 unknown" */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u requirement met, %u not met, %u unknown",
                                       "%u of %u requirements met, %u not met, %u unknown", n),
                          summary.n_met, n, summary.n_not_met, summary.n_unknown);
  gtk_label_set_text (GTK_LABEL (self->summary_label), text);
  /* translators: %s is a date */
  shown = trellis_format_date (trellis_date_parse (as_of));
  date = g_strdup_printf (_("As of %s"), shown != NULL ? shown : as_of);
  gtk_label_set_text (GTK_LABEL (self->as_of_label), date);
}

static void
update_rows (TrellisSelfCheckView *self)
{
  g_autofree char *as_of = trellis_date_format (trellis_date_today ());

  for (guint i = 0; i < self->rows->len; i++)
    {
      TrellisSelfCheckRow *row = self->rows->pdata[i];
      g_auto(TrellisExcellenceResult) result = { 0, };

      if (trellis_excellence_check (self->project, trellis_self_check_row_get_requirement (row)->id, as_of,
                                    &result))
        trellis_self_check_row_update (row, &result);
    }
  update_summary (self, as_of);
}

static gboolean
update_idle_cb (gpointer user_data)
{
  TrellisSelfCheckView *self = user_data;

  self->update_id = 0;
  update_rows (self);
  return G_SOURCE_REMOVE;
}

static void
on_project_changed_cb (TrellisSelfCheckView *self)
{
  if (self->update_id == 0)
    self->update_id = g_idle_add (update_idle_cb, self);
}

static void
trellis_self_check_view_dispose (GObject *object)
{
  TrellisSelfCheckView *self = TRELLIS_SELF_CHECK_VIEW (object);
  GtkWidget *child;

  g_clear_handle_id (&self->update_id, g_source_remove);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (trellis_self_check_view_parent_class)->dispose (object);
}

static void
trellis_self_check_view_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  TrellisSelfCheckView *self = TRELLIS_SELF_CHECK_VIEW (object);

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
trellis_self_check_view_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  TrellisSelfCheckView *self = TRELLIS_SELF_CHECK_VIEW (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      self->project = g_value_dup_object (value);
      break;
    case PROP_EDITABLE:
      if (self->editable != g_value_get_boolean (value))
        {
          self->editable = g_value_get_boolean (value);
          update_editable (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trellis_self_check_view_class_init (TrellisSelfCheckViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trellis_self_check_view_dispose;
  object_class->get_property = trellis_self_check_view_get_property;
  object_class->set_property = trellis_self_check_view_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, TRELLIS_TYPE_PROJECT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_EDITABLE] =
    g_param_spec_boolean ("editable", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "self-check-view");
}

static void
trellis_self_check_view_init (TrellisSelfCheckView *self)
{
  self->editable = TRUE;
}

static GtkWidget *
build_header (TrellisSelfCheckView *self)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *purpose = gtk_label_new (_("Prepare the self-assessment against the minimum requirements of "
                                        "cluster excellence. Trellis helps to get ready; it does not "
                                        "award labels."));

  gtk_label_set_wrap (GTK_LABEL (purpose), TRUE);
  gtk_label_set_xalign (GTK_LABEL (purpose), 0);
  gtk_widget_add_css_class (purpose, "dim-label");
  self->summary_label = gtk_label_new (NULL);
  gtk_widget_set_name (self->summary_label, "self-check-summary");
  gtk_label_set_wrap (GTK_LABEL (self->summary_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->summary_label), 0);
  gtk_widget_add_css_class (self->summary_label, "title-3");
  self->as_of_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->as_of_label), 0);
  gtk_widget_add_css_class (self->as_of_label, "caption");
  gtk_widget_add_css_class (self->as_of_label, "dim-label");

  gtk_box_append (GTK_BOX (header), self->summary_label);
  gtk_box_append (GTK_BOX (header), self->as_of_label);
  gtk_box_append (GTK_BOX (header), purpose);
  return header;
}

/* The chapters of the scheme, by the first number of a requirement. */
static const char *
get_chapter_title (char chapter)
{
  switch (chapter)
    {
    case '1':
      return _("Participants");
    case '2':
      return _("Cluster Management");
    default:
      return _("Strategy, Services and Results");
    }
}

static void
build_view (TrellisSelfCheckView *self)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *group = NULL;
  const TrellisRequirement *requirements;
  char chapter = '\0';
  guint n;

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 900);
  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), build_header (self));

  self->rows = g_ptr_array_new ();
  requirements = trellis_excellence_get_requirements (&n);
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *row = trellis_self_check_row_new (self->project, &requirements[i]);

      if (requirements[i].id[0] != chapter)
        {
          chapter = requirements[i].id[0];
          group = adw_preferences_group_new ();
          adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), get_chapter_title (chapter));
          gtk_box_append (GTK_BOX (box), group);
        }
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      g_ptr_array_add (self->rows, row);
    }

  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_widget_set_parent (scroller, GTK_WIDGET (self));
}

/**
 * trellis_self_check_view_new:
 *
 * Returns: (transfer floating): the view of @project
 */
GtkWidget *
trellis_self_check_view_new (TrellisProject *project)
{
  TrellisSelfCheckView *self;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);

  self = g_object_new (TRELLIS_TYPE_SELF_CHECK_VIEW, "project", project, NULL);
  build_view (self);
  update_editable (self);
  update_rows (self);
  trellis_tool_view_follow_changes (self, project, G_CALLBACK (on_project_changed_cb));
  return GTK_WIDGET (self);
}
