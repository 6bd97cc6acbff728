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
#include "trellis-goal-row.h"
#include "trellis-goals-view-private.h"
#include "trellis-scroll-slice.h"
#include "trellis-tool-view.h"

G_DEFINE_FINAL_TYPE_WITH_CODE (TrellisGoalsView, trellis_goals_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (TRELLIS_TYPE_TOOL_VIEW, NULL))

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_EDITABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Goals made into rows at first, and added each time the list is scrolled
 * near its end: two screens of a tall window. */
#define GOALS_STEP 40

/* Areas in the order of the method; "Other" comes last. */
static int
area_rank (int area)
{
  return area == TRELLIS_AREA_OTHER ? 1000 : area;
}

/* By area; GtkSortListModel keeps the project's order within an area. */
static int
compare_goals (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  int rank_a = area_rank (trellis_goal_get_area ((TrellisGoal *) a));
  int rank_b = area_rank (trellis_goal_get_area ((TrellisGoal *) b));

  return rank_a < rank_b ? GTK_ORDERING_SMALLER : rank_a > rank_b ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

/* The goals list: rows recycled over the goals by area */

/* The heading above the first goal of each area (GTK 4.8 has no list
 * sections): whether the goal above is of another area. */
static void
update_heading (TrellisGoalsView *self,
                GtkListItem      *list_item)
{
  GtkWidget *row = gtk_list_item_get_child (list_item);
  TrellisGoal *goal = gtk_list_item_get_item (list_item);
  guint position = gtk_list_item_get_position (list_item);
  g_autoptr(TrellisGoal) previous = NULL;

  if (row == NULL || goal == NULL || position == GTK_INVALID_LIST_POSITION)
    return;
  if (position > 0)
    previous = g_list_model_get_item (G_LIST_MODEL (self->sorted), position - 1);
  trellis_goal_row_set_first_of_area (TRELLIS_GOAL_ROW (row), previous == NULL ||
                                      trellis_goal_get_area (previous) != trellis_goal_get_area (goal));
}

static void
on_list_item_position_cb (TrellisGoalsView *self,
                          GParamSpec       *pspec,
                          GtkListItem      *list_item)
{
  update_heading (self, list_item);
}

static guint
find_position (TrellisGoalsView *self,
               const char       *uuid)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->sorted));

  for (guint i = 0; i < n && uuid != NULL; i++)
    {
      g_autoptr(TrellisItem) item = g_list_model_get_item (G_LIST_MODEL (self->sorted), i);

      if (g_strcmp0 (trellis_item_get_uuid (item), uuid) == 0)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* Selects the row of self->selected_uuid, made first if it is further down. */
static void
sync_selection (TrellisGoalsView *self)
{
  guint position = find_position (self, self->selected_uuid);

  self->syncing = TRUE;
  if (position != GTK_INVALID_LIST_POSITION)
    trellis_scroll_slice_reveal (self->slice, position);
  gtk_single_selection_set_selected (self->selection, position);
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
  gtk_stack_set_visible_child_name (self->list_stack, n_goals == 0 ? "empty" : "list");
}

/* What a change may have touched in the rows that exist: the order and
 * headings when a goal changed, the flags when an indicator did. */
static void
update_rows (TrellisGoalsView *self,
             TrellisItem      *item)
{
  GHashTableIter iter;
  gpointer list_item;

  if (item == NULL || TRELLIS_IS_GOAL (item))
    gtk_sorter_changed (self->sorter, GTK_SORTER_CHANGE_DIFFERENT);
  g_hash_table_iter_init (&iter, self->list_items);
  while (g_hash_table_iter_next (&iter, &list_item, NULL))
    {
      GtkWidget *row = gtk_list_item_get_child (list_item);

      update_heading (self, list_item);
      if (row != NULL && (item == NULL || TRELLIS_IS_INDICATOR (item)))
        trellis_goal_row_update (TRELLIS_GOAL_ROW (row));
    }
}

/* Where the shown goal has gone (deleted, or its adding undone), the first
 * goal of the list takes its place. */
static void
on_project_changed_cb (TrellisGoalsView *self,
                       TrellisItem      *item)
{
  update_rows (self, item);
  if (find_position (self, self->selected_uuid) == GTK_INVALID_LIST_POSITION)
    {
      g_autoptr(TrellisItem) first = g_list_model_get_item (G_LIST_MODEL (self->sorted), 0);

      g_free (self->selected_uuid);
      self->selected_uuid = first != NULL ? g_strdup (trellis_item_get_uuid (first)) : NULL;
    }
  sync_selection (self);
  show_goal (self);
}

static void
on_selection_changed_cb (TrellisGoalsView *self)
{
  TrellisItem *item = gtk_single_selection_get_selected_item (self->selection);

  if (self->syncing)
    return;
  g_free (self->selected_uuid);
  self->selected_uuid = item != NULL ? g_strdup (trellis_item_get_uuid (item)) : NULL;
  show_goal (self);
}

/* On a narrow window, a goal chosen takes the place of the list. */
static void
on_goals_list_activate_cb (TrellisGoalsView *self)
{
  adw_leaflet_set_visible_child_name (self->leaflet, "detail");
}

static void
select_goal (TrellisGoalsView *self,
             TrellisGoal      *goal)
{
  g_free (self->selected_uuid);
  self->selected_uuid = goal != NULL ? g_strdup (trellis_item_get_uuid (TRELLIS_ITEM (goal))) : NULL;
  sync_selection (self);
  show_goal (self);
}

/* A click selects the goal and opens it, as a list box row's does. */
static void
on_row_clicked_cb (TrellisGoalsView *self,
                   TrellisGoalRow   *row)
{
  GtkWidget *list_item_widget = gtk_widget_get_parent (GTK_WIDGET (row));

  select_goal (self, trellis_goal_row_get_goal (row));
  if (list_item_widget != NULL)
    gtk_widget_grab_focus (list_item_widget);
  on_goals_list_activate_cb (self);
}

static void
on_factory_setup_cb (TrellisGoalsView *self,
                     GtkListItem      *list_item)
{
  GtkWidget *row = trellis_goal_row_new (self->project);

  g_signal_connect_object (row, "clicked", G_CALLBACK (on_row_clicked_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (list_item, "notify::position", G_CALLBACK (on_list_item_position_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_list_item_set_child (list_item, row);
}

static void
on_factory_bind_cb (TrellisGoalsView *self,
                    GtkListItem      *list_item)
{
  trellis_goal_row_set_goal (TRELLIS_GOAL_ROW (gtk_list_item_get_child (list_item)),
                             gtk_list_item_get_item (list_item));
  g_hash_table_add (self->list_items, list_item);
  update_heading (self, list_item);
}

static void
on_factory_unbind_cb (TrellisGoalsView *self,
                      GtkListItem      *list_item)
{
  g_hash_table_remove (self->list_items, list_item);
  trellis_goal_row_set_goal (TRELLIS_GOAL_ROW (gtk_list_item_get_child (list_item)), NULL);
}

/* The project's goals by area, their first rows, more as the list is scrolled. */
static void
set_up_list (TrellisGoalsView *self)
{
  GListModel *goals = trellis_project_get_items (self->project, TRELLIS_TYPE_GOAL);
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  self->sorter = GTK_SORTER (gtk_custom_sorter_new (compare_goals, NULL, NULL));
  self->sorted = gtk_sort_list_model_new (g_object_ref (goals), g_object_ref (self->sorter));
  self->slice = trellis_scroll_slice_new (g_object_ref (G_LIST_MODEL (self->sorted)), GOALS_STEP);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->slice)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "selection-changed", G_CALLBACK (on_selection_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (factory, "setup", G_CALLBACK (on_factory_setup_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (factory, "bind", G_CALLBACK (on_factory_bind_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (on_factory_unbind_cb), self, G_CONNECT_SWAPPED);
  gtk_list_view_set_factory (self->goals_list, factory);
  gtk_list_view_set_model (self->goals_list, GTK_SELECTION_MODEL (self->selection));
  trellis_scroll_slice_follow (self->slice, GTK_WIDGET (self->goals_list));
  trellis_scroll_slice_add_end_keys (self->slice, GTK_WIDGET (self->goals_list));
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
  g_clear_object (&self->selection);
  g_clear_object (&self->slice);
  g_clear_object (&self->sorted);
  g_clear_object (&self->sorter);
  g_clear_pointer (&self->list_items, g_hash_table_unref);
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
  gtk_widget_class_bind_template_child (widget_class, TrellisGoalsView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, TrellisGoalsView, goals_list);
  gtk_widget_class_bind_template_child (widget_class, TrellisGoalsView, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, TrellisGoalsView, empty_add_button);
  gtk_widget_class_bind_template_child (widget_class, TrellisGoalsView, detail_clamp);
  gtk_widget_class_bind_template_callback (widget_class, on_add_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_empty_add_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_goals_list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked_cb);
  widget_class->measure = trellis_goals_view_measure;
  widget_class->size_allocate = trellis_goals_view_size_allocate;
}

static void
trellis_goals_view_init (TrellisGoalsView *self)
{
  self->editable = TRUE;
  self->list_items = g_hash_table_new (NULL, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
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
  set_up_list (self);
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
  guint position;

  g_return_if_fail (TRELLIS_IS_GOALS_VIEW (self));
  g_return_if_fail (goal == NULL || TRELLIS_IS_GOAL (goal));

  select_goal (self, goal);
  /* A goal further down (from another page, or just added) is scrolled to. */
  position = gtk_single_selection_get_selected (self->selection);
  if (position != GTK_INVALID_LIST_POSITION)
    trellis_scroll_slice_scroll_to (self->slice, GTK_WIDGET (self->goals_list), position);
}
