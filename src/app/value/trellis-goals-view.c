/* trellis-goals-view.c: the goals of step 3, by strategic area, with their indicators
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On the left, the goals grouped by the nine strategic areas of member
 * services, each flagged when it is not measurable; on the right, the
 * selected goal: what it is, the need it answers, where in the analysis
 * it comes from, and its indicators (TrellisIndicatorCard).
 *
 * Every edit goes through the project's history.  The view follows the
 * project's "changed" signal, so an undo from the window shows at once; the
 * selection is kept by the goal's uuid as long as the goal exists.
 */

#define G_LOG_DOMAIN "trellis-goals-view"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-app-utils.h"
#include "trellis-goals-view-private.h"
#include "trellis-tool-view.h"
#include "trellis-vote-badge.h"

G_DEFINE_FINAL_TYPE_WITH_CODE (TrellisGoalsView, trellis_goals_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (TRELLIS_TYPE_TOOL_VIEW, NULL))

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_EDITABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Areas in the order of the method; "Other" comes last. */
static int
area_rank (int area)
{
  return area == TRELLIS_AREA_OTHER ? 1000 : area;
}

static int
compare_goals (gconstpointer a,
               gconstpointer b)
{
  int area_a = trellis_goal_get_area (*(TrellisGoal **) a);
  int area_b = trellis_goal_get_area (*(TrellisGoal **) b);

  return area_rank (area_a) - area_rank (area_b);
}

static GPtrArray *
list_goals_by_area (TrellisGoalsView *self)
{
  GListModel *goals = trellis_project_get_items (self->project, TRELLIS_TYPE_GOAL);
  GPtrArray *sorted = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    g_ptr_array_add (sorted, g_list_model_get_item (goals, i));
  /* Stable: within an area, the goals keep their order. */
  g_ptr_array_sort (sorted, compare_goals);
  return sorted;
}

static TrellisGoal *
row_goal (GtkListBoxRow *row)
{
  return row != NULL ? g_object_get_data (G_OBJECT (row), "goal") : NULL;
}

/* The goals list */

static void
update_row (TrellisGoalsView *self,
            GtkListBoxRow    *row)
{
  TrellisGoal *goal = row_goal (row);
  GtkWidget *title = g_object_get_data (G_OBJECT (row), "title-label");
  GtkWidget *subtitle = g_object_get_data (G_OBJECT (row), "subtitle-label");
  GtkWidget *warning = g_object_get_data (G_OBJECT (row), "warning-image");
  g_autoptr(GPtrArray) indicators = trellis_goal_list_indicators (self->project, goal);
  g_autofree char *reason = NULL;
  g_autofree char *count = NULL;
  g_autofree char *text = NULL;
  gboolean measurable = trellis_goal_is_measurable (self->project, goal, &reason);

  /* translators: the number of a goal's indicators */
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u indicator", "%u indicators", indicators->len),
                           indicators->len);
  /* translators: a goal's strategic area, then its number of indicators */
  text = g_strdup_printf (_("%s · %s"),
                          trellis_enum_label (TRELLIS_TYPE_SERVICE_AREA, trellis_goal_get_area (goal)),
                          count);
  gtk_label_set_label (GTK_LABEL (title), trellis_goal_get_title (goal));
  gtk_label_set_label (GTK_LABEL (subtitle), text);
  gtk_widget_set_visible (warning, !measurable);
  gtk_widget_set_tooltip_text (warning, measurable ? NULL : reason);
}

static GtkWidget *
create_goal_row (TrellisGoalsView *self,
                 TrellisGoal      *goal)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 9);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);
  GtkWidget *warning = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *badge = trellis_vote_badge_new ();

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (title), 40);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (warning, "warning");
  gtk_widget_set_valign (warning, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (labels, TRUE);
  gtk_box_append (GTK_BOX (labels), title);
  gtk_box_append (GTK_BOX (labels), subtitle);
  gtk_box_append (GTK_BOX (box), labels);
  gtk_box_append (GTK_BOX (box), warning);
  /* dots while a round of dot voting is open on the goals */
  trellis_vote_badge_set_project (TRELLIS_VOTE_BADGE (badge), self->project);
  trellis_vote_badge_set_item (TRELLIS_VOTE_BADGE (badge), TRELLIS_ITEM (goal));
  gtk_box_append (GTK_BOX (box), badge);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  g_object_set_data_full (G_OBJECT (row), "goal", g_object_ref (goal), g_object_unref);
  g_object_set_data (G_OBJECT (row), "title-label", title);
  g_object_set_data (G_OBJECT (row), "subtitle-label", subtitle);
  g_object_set_data (G_OBJECT (row), "warning-image", warning);
  update_row (self, GTK_LIST_BOX_ROW (row));
  return row;
}

static void
update_header (GtkListBoxRow *row,
               GtkListBoxRow *before,
               gpointer       user_data)
{
  TrellisServiceArea area = trellis_goal_get_area (row_goal (row));
  GtkWidget *header;

  if (before != NULL && trellis_goal_get_area (row_goal (before)) == area)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  header = gtk_label_new (trellis_enum_label (TRELLIS_TYPE_SERVICE_AREA, area));
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_add_css_class (header, "goals-area-header");
  gtk_list_box_row_set_header (row, header);
}

static char *
make_list_signature (GPtrArray *goals)
{
  GString *signature = g_string_new (NULL);

  for (guint i = 0; i < goals->len; i++)
    g_string_append_printf (signature, "%s:%d;", trellis_item_get_uuid (goals->pdata[i]),
                            trellis_goal_get_area (goals->pdata[i]));
  return g_string_free (signature, FALSE);
}

static GtkListBoxRow *
find_row (TrellisGoalsView *self,
          const char       *uuid)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->goals_list));
       child != NULL && uuid != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_BOX_ROW (child) && g_strcmp0 (trellis_item_get_uuid (TRELLIS_ITEM (row_goal (GTK_LIST_BOX_ROW (child)))), uuid) == 0)
        return GTK_LIST_BOX_ROW (child);
    }
  return NULL;
}

/* Rebuilds the rows only when goals come, go or change area. */
static void
update_list (TrellisGoalsView *self)
{
  g_autoptr(GPtrArray) goals = list_goals_by_area (self);
  g_autofree char *signature = make_list_signature (goals);
  GtkWidget *child;

  self->syncing = TRUE;
  if (g_strcmp0 (signature, self->list_signature) != 0)
    {
      while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->goals_list))) != NULL)
        gtk_list_box_remove (self->goals_list, child);
      for (guint i = 0; i < goals->len; i++)
        gtk_list_box_append (self->goals_list, create_goal_row (self, goals->pdata[i]));
      g_free (self->list_signature);
      self->list_signature = g_steal_pointer (&signature);
    }
  else
    {
      for (child = gtk_widget_get_first_child (GTK_WIDGET (self->goals_list));
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        if (GTK_IS_LIST_BOX_ROW (child))
          update_row (self, GTK_LIST_BOX_ROW (child));
    }
  gtk_list_box_select_row (self->goals_list, find_row (self, self->selected_uuid));
  self->syncing = FALSE;
}

/* Shows the goal called self->selected_uuid, or what fits if it is gone. */
static void
show_goal (TrellisGoalsView *self)
{
  TrellisItem *item = self->selected_uuid != NULL ? trellis_project_lookup (self->project, self->selected_uuid) : NULL;
  TrellisGoal *goal = TRELLIS_IS_GOAL (item) ? TRELLIS_GOAL (item) : NULL;
  guint n_goals = g_list_model_get_n_items (trellis_project_get_items (self->project, TRELLIS_TYPE_GOAL));

  if (goal == NULL)
    g_clear_pointer (&self->selected_uuid, g_free);
  if (goal != self->goal)
    {
      g_set_object (&self->goal, goal);
      adw_clamp_set_child (self->detail_clamp, goal != NULL ? _trellis_goals_view_build_detail (self) : NULL);
      if (goal == NULL)
        {
          self->measurable_label = self->sources_box = self->sources_empty = self->link_list = NULL;
          self->cards_box = self->cards_empty = self->indicator_entry = self->title_row = NULL;
          self->milestones_list = self->milestones_empty = self->milestone_error = NULL;
          self->milestone_title_entry = self->milestone_date_entry = NULL;
        }
    }
  _trellis_goals_view_update_detail (self);
  gtk_stack_set_visible_child_name (self->detail_stack,
                                    goal != NULL ? "detail" : n_goals == 0 ? "empty" : "none");
}

/* Where the shown goal has gone (deleted, or its adding undone), the first
 * goal of the list takes its place. */
static void
on_project_changed_cb (TrellisGoalsView *self,
                       TrellisItem      *item)
{
  update_list (self);
  if (find_row (self, self->selected_uuid) == NULL)
    {
      GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->goals_list, 0);

      g_free (self->selected_uuid);
      self->selected_uuid = first != NULL ? g_strdup (trellis_item_get_uuid (TRELLIS_ITEM (row_goal (first)))) : NULL;
      update_list (self);
    }
  show_goal (self);
}

static void
on_goals_list_row_selected_cb (TrellisGoalsView *self,
                               GtkListBoxRow    *row)
{
  if (self->syncing)
    return;
  g_free (self->selected_uuid);
  self->selected_uuid = row != NULL ? g_strdup (trellis_item_get_uuid (TRELLIS_ITEM (row_goal (row)))) : NULL;
  show_goal (self);
}

/* On a narrow window, a goal chosen takes the place of the list. */
static void
on_goals_list_row_activated_cb (TrellisGoalsView *self)
{
  adw_leaflet_set_visible_child_name (self->leaflet, "detail");
}

static void
on_back_clicked_cb (TrellisGoalsView *self)
{
  adw_leaflet_set_visible_child_name (self->leaflet, "list");
}

static void
add_goal (TrellisGoalsView *self,
          const char       *title)
{
  g_autoptr(TrellisGoal) goal = trellis_goal_new (title);

  trellis_project_add_item (self->project, TRELLIS_ITEM (goal));
  trellis_goals_view_select (self, goal);
  adw_leaflet_set_visible_child_name (self->leaflet, "detail");
}

static void
on_add_activated_cb (TrellisGoalsView *self)
{
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->add_entry))));

  if (!self->editable)
    return;
  if (title[0] == '\0')
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->add_entry), "error");
      gtk_widget_grab_focus (GTK_WIDGET (self->add_entry));
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->add_entry), "error");
  add_goal (self, title);
  gtk_editable_set_text (GTK_EDITABLE (self->add_entry), "");
}

static void
on_empty_add_clicked_cb (TrellisGoalsView *self)
{
  if (!self->editable)
    return;
  add_goal (self, _("New goal"));
  if (self->title_row != NULL)
    gtk_widget_grab_focus (self->title_row);
}

static void
apply_editable (TrellisGoalsView *self)
{
  gtk_widget_set_visible (self->add_box, self->editable);
  gtk_widget_set_visible (self->empty_add_button, self->editable);
  /* The detail pane is built for the state: build it again. */
  if (self->goal != NULL)
    {
      g_clear_object (&self->goal);
      show_goal (self);
    }
}

/* Below this width the goal and its indicators would be cramped beside the
 * list: the list comes first, then the goal in its place. */
#define UNFOLD_WIDTH 820

static void
trellis_goals_view_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  TrellisGoalsView *self = TRELLIS_GOALS_VIEW (widget);

  gtk_widget_measure (GTK_WIDGET (self->leaflet), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
trellis_goals_view_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  TrellisGoalsView *self = TRELLIS_GOALS_VIEW (widget);
  gboolean can_unfold = width >= UNFOLD_WIDTH;
  int list_width = CLAMP (width / 4, 260, 380);
  int current;

  /* Unfolded, the leaflet needs less than UNFOLD_WIDTH, so this settles;
   * a wide screen gives the list room too. */
  if (adw_leaflet_get_can_unfold (self->leaflet) != can_unfold)
    adw_leaflet_set_can_unfold (self->leaflet, can_unfold);
  gtk_widget_get_size_request (self->sidebar, &current, NULL);
  if (current != list_width)
    gtk_widget_set_size_request (self->sidebar, list_width, -1);
  gtk_widget_allocate (GTK_WIDGET (self->leaflet), width, height, baseline, NULL);
}

static void
trellis_goals_view_dispose (GObject *object)
{
  TrellisGoalsView *self = TRELLIS_GOALS_VIEW (object);
  GtkWidget *child;

  /* Nothing the widgets do while they go may reach a half-gone view. */
  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  self->syncing = TRUE;
  gtk_widget_dispose_template (GTK_WIDGET (self), TRELLIS_TYPE_GOALS_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->goal);
  g_clear_object (&self->project);
  g_clear_pointer (&self->selected_uuid, g_free);
  g_clear_pointer (&self->list_signature, g_free);
  g_clear_pointer (&self->cards_signature, g_free);
  g_clear_pointer (&self->milestones_signature, g_free);

  G_OBJECT_CLASS (trellis_goals_view_parent_class)->dispose (object);
}

static void
trellis_goals_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  TrellisGoalsView *self = TRELLIS_GOALS_VIEW (object);

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
trellis_goals_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  TrellisGoalsView *self = TRELLIS_GOALS_VIEW (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      self->project = g_value_dup_object (value);
      break;
    case PROP_EDITABLE:
      if (self->editable != g_value_get_boolean (value))
        {
          self->editable = g_value_get_boolean (value);
          apply_editable (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trellis_goals_view_class_init (TrellisGoalsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trellis_goals_view_dispose;
  object_class->get_property = trellis_goals_view_get_property;
  object_class->set_property = trellis_goals_view_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, TRELLIS_TYPE_PROJECT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_EDITABLE] =
    g_param_spec_boolean ("editable", NULL, NULL, TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/trellis/Trellis/ui/trellis-goals-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TrellisGoalsView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, TrellisGoalsView, sidebar);
  gtk_widget_class_bind_template_child (widget_class, TrellisGoalsView, add_box);
  gtk_widget_class_bind_template_child (widget_class, TrellisGoalsView, add_entry);
  gtk_widget_class_bind_template_child (widget_class, TrellisGoalsView, goals_list);
  gtk_widget_class_bind_template_child (widget_class, TrellisGoalsView, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, TrellisGoalsView, empty_add_button);
  gtk_widget_class_bind_template_child (widget_class, TrellisGoalsView, detail_clamp);
  gtk_widget_class_bind_template_callback (widget_class, on_add_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_empty_add_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_goals_list_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_goals_list_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked_cb);
  widget_class->measure = trellis_goals_view_measure;
  widget_class->size_allocate = trellis_goals_view_size_allocate;
}

static void
trellis_goals_view_init (TrellisGoalsView *self)
{
  GtkWidget *placeholder;

  self->editable = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_header_func (self->goals_list, update_header, NULL, NULL);
  placeholder = gtk_label_new (_("No goals yet"));
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 24);
  gtk_list_box_set_placeholder (self->goals_list, placeholder);
}

/**
 * trellis_goals_view_new:
 *
 * Returns: (transfer floating): the goals of @project
 */
GtkWidget *
trellis_goals_view_new (TrellisProject *project)
{
  TrellisGoalsView *self;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);

  self = g_object_new (TRELLIS_TYPE_GOALS_VIEW, "project", project, NULL);
  trellis_tool_view_follow_changes (self, project, G_CALLBACK (on_project_changed_cb));
  /* Nothing is selected yet: the first goal is shown, so the page is
   * never blank where goals exist. */
  on_project_changed_cb (self, NULL);
  return GTK_WIDGET (self);
}

/**
 * trellis_goals_view_get_selected:
 *
 * Returns: (transfer none) (nullable): the goal the detail pane shows
 */
TrellisGoal *
trellis_goals_view_get_selected (TrellisGoalsView *self)
{
  g_return_val_if_fail (TRELLIS_IS_GOALS_VIEW (self), NULL);

  return self->goal;
}

void
trellis_goals_view_select (TrellisGoalsView *self,
                           TrellisGoal      *goal)
{
  g_return_if_fail (TRELLIS_IS_GOALS_VIEW (self));
  g_return_if_fail (goal == NULL || TRELLIS_IS_GOAL (goal));

  g_free (self->selected_uuid);
  self->selected_uuid = goal != NULL ? g_strdup (trellis_item_get_uuid (TRELLIS_ITEM (goal))) : NULL;
  update_list (self);
  show_goal (self);
}
