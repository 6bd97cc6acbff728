/* trellis-plan-check.c: the plan's warnings, traceability and periodic reviews
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A tool of step 4 for the weeks between board meetings: what is missing
 * or inconsistent in the plan (trellis_plan_list_warnings), grouped by
 * kind; the last review and what changed since (trellis-plan-check-
 * review.c); and a traceability explorer, where any SWOT item, strategy,
 * goal or action shows what it comes from and what it leads to.
 *
 * Activating a warning or a change opens a popover with the trace of its
 * item (TrellisTracePanel) and a button to its page.  Everything follows
 * the project's "changed" signal; the sections are rebuilt only when what
 * they list differs.  Read-only, the view only offers navigation.
 */

#define G_LOG_DOMAIN "trellis-plan-check"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "trellis-plan-check-private.h"
#include "trellis-tool-view.h"
#include "trellis-trace-panel.h"

G_DEFINE_FINAL_TYPE_WITH_CODE (TrellisPlanCheck, trellis_plan_check, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (TRELLIS_TYPE_TOOL_VIEW, NULL))

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_EDITABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Warnings, by kind */

typedef struct
{
  TrellisPlanWarningKind  kind;
  const char             *title;
  const char             *advice;
} KindInfo;

static const KindInfo kinds[] = {
  { TRELLIS_PLAN_DEPENDENCY_CYCLE, N_("Circular Dependencies"),
    N_("These actions wait for each other, so none can start: remove one of the dependencies.") },
  { TRELLIS_PLAN_GOAL_WITHOUT_ACTION, N_("Goals Without an Action"),
    N_("Plan at least one action for each goal, or reconsider the goal.") },
  { TRELLIS_PLAN_ACTION_WITHOUT_GOAL, N_("Actions Without a Goal"),
    N_("Link each action to the goal it serves, so its purpose stays clear.") },
  { TRELLIS_PLAN_ACTION_WITHOUT_OWNER, N_("Actions Without an Owner"),
    N_("Name a stakeholder or a person responsible for each action.") },
  { TRELLIS_PLAN_ACTION_WITHOUT_DUE, N_("Actions Without a Due Date"),
    N_("Give each action a due date, so progress can be followed.") },
  { TRELLIS_PLAN_ACTION_ENDS_BEFORE_START, N_("Actions Due Before They Start"),
    N_("Correct the start or the due date.") },
  { TRELLIS_PLAN_STARTS_BEFORE_DEPENDENCY, N_("Actions Starting Too Early"),
    N_("These actions start before an action they wait for is due.") },
  { TRELLIS_PLAN_MILESTONE_AFTER_ACTION, N_("Milestones After Their Action"),
    N_("Move the milestone, or extend its action.") },
  { TRELLIS_PLAN_CRITICAL_OWNER, N_("Actions Owned by Critical Stakeholders"),
    N_("A stakeholder critical of the initiative is responsible: consider sharing the responsibility.") },
  { TRELLIS_PLAN_BUDGET_OVERRUN, N_("Actions Over Budget"),
    N_("These actions have spent more than planned: raise the planned budget or explain the overrun.") },
};
/* A kind without its group here would not be shown at all. */
G_STATIC_ASSERT (G_N_ELEMENTS (kinds) == TRELLIS_PLAN_BUDGET_OVERRUN + 1);

static char *
make_warnings_signature (GPtrArray *warnings)
{
  GString *signature = g_string_new (NULL);

  for (guint i = 0; i < warnings->len; i++)
    {
      TrellisPlanWarning *warning = warnings->pdata[i];

      g_string_append_printf (signature, "%d:%s:%s\n", warning->kind,
                              trellis_item_get_uuid (warning->item), warning->message);
    }
  return g_string_free (signature, FALSE);
}

static void
on_trace_row_activated_cb (TrellisPlanCheck *self,
                           AdwActionRow     *row)
{
  TrellisItem *item = g_object_get_data (G_OBJECT (row), "item");

  trellis_plan_check_show_trace (self, item, GTK_WIDGET (row));
}

/* A row that opens the trace of @item; used for warnings and changes. */
GtkWidget *
_trellis_plan_check_create_item_row (TrellisPlanCheck *self,
                                     TrellisItem      *item,
                                     const char       *title,
                                     const char       *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (trellis_trace_item_icon_name (item));
  GtkWidget *button = gtk_button_new_with_label (_("Trace…"));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  /* Cut short on a narrow window: the tooltip has all of it. */
  gtk_widget_set_tooltip_text (row, title);
  gtk_widget_set_tooltip_text (icon, trellis_trace_item_kind (item));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Show where it comes from and what it leads to"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
  g_object_set_data_full (G_OBJECT (row), "item", g_object_ref (item), g_object_unref);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_trace_row_activated_cb), row,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "activated", G_CALLBACK (on_trace_row_activated_cb), self,
                           G_CONNECT_SWAPPED);
  return row;
}

static GtkWidget *
create_warning_group (TrellisPlanCheck *self,
                      const KindInfo   *info,
                      GPtrArray        *warnings)
{
  GtkWidget *group = adw_preferences_group_new ();
  g_autofree char *name = g_strdup_printf ("warnings-%d", info->kind);
  g_autofree char *count_text = NULL;
  g_autofree char *tooltip = NULL;
  GtkWidget *count;
  guint n = 0;

  for (guint i = 0; i < warnings->len; i++)
    {
      TrellisPlanWarning *warning = warnings->pdata[i];

      if (warning->kind != info->kind)
        continue;
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 _trellis_plan_check_create_item_row (self, warning->item, warning->message, NULL));
      n++;
    }
  if (n == 0)
    {
      g_object_ref_sink (group);
      g_object_unref (group);
      return NULL;
    }

  count_text = g_strdup_printf ("%u", n);
  count = gtk_label_new (count_text);
  gtk_widget_add_css_class (count, "plan-check-count");
  gtk_widget_set_valign (count, GTK_ALIGN_CENTER);
  /* translators: the tooltip of the count beside a group of warnings */
  tooltip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning of this kind", "%u warnings of this kind", n), n);
  gtk_widget_set_tooltip_text (count, tooltip);
  gtk_widget_set_name (group, name);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _(info->title));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), _(info->advice));
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), count);
  return group;
}

static void
update_warnings (TrellisPlanCheck *self)
{
  g_autoptr(GPtrArray) warnings = trellis_plan_list_warnings (self->project);
  g_autofree char *signature = make_warnings_signature (warnings);
  g_autofree char *summary = NULL;

  if (g_strcmp0 (signature, self->warnings_signature) == 0)
    return;
  g_free (self->warnings_signature);
  self->warnings_signature = g_steal_pointer (&signature);

  for (guint i = 0; i < self->warning_groups->len; i++)
    gtk_box_remove (GTK_BOX (self->warnings_box), self->warning_groups->pdata[i]);
  g_ptr_array_set_size (self->warning_groups, 0);
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      GtkWidget *group = create_warning_group (self, &kinds[k], warnings);

      if (group != NULL)
        {
          gtk_box_append (GTK_BOX (self->warnings_box), group);
          g_ptr_array_add (self->warning_groups, group);
        }
    }

  if (warnings->len == 0)
    summary = g_strdup (_("The plan is consistent"));
  else
    /* translators: the heading over the plan's warnings */
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning to look at", "%u warnings to look at",
                                            warnings->len), warnings->len);
  gtk_label_set_label (GTK_LABEL (self->summary_label), summary);
  gtk_widget_set_visible (self->no_warnings_page, warnings->len == 0);
  gtk_widget_set_visible (self->warnings_box, warnings->len > 0);
}

/* The traceability explorer */

static const GType *
traced_types (guint *n_types)
{
  static GType types[4];

  types[0] = TRELLIS_TYPE_SWOT_ITEM;
  types[1] = TRELLIS_TYPE_TOWS_STRATEGY;
  types[2] = TRELLIS_TYPE_GOAL;
  types[3] = TRELLIS_TYPE_ACTION;
  *n_types = G_N_ELEMENTS (types);
  return types;
}

static GtkWidget *
create_trace_row (TrellisItem *item)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 9);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *text = trellis_trace_item_dup_title (item);
  GtkWidget *title = gtk_label_new (text);
  GtkWidget *kind = gtk_label_new (trellis_trace_item_kind (item));
  g_autofree char *search = NULL;

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (kind), 0);
  gtk_widget_add_css_class (kind, "caption");
  gtk_widget_add_css_class (kind, "dim-label");
  gtk_box_append (GTK_BOX (labels), title);
  gtk_box_append (GTK_BOX (labels), kind);
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (trellis_trace_item_icon_name (item)));
  gtk_box_append (GTK_BOX (box), labels);
  gtk_widget_set_margin_top (box, 3);
  gtk_widget_set_margin_bottom (box, 3);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_tooltip_text (row, text);

  search = g_strconcat (text, " ", trellis_trace_item_kind (item), NULL);
  g_object_set_data_full (G_OBJECT (row), "search", g_utf8_casefold (search, -1), g_free);
  g_object_set_data_full (G_OBJECT (row), "item", g_object_ref (item), g_object_unref);
  return row;
}

static char *
make_trace_signature (TrellisProject *project)
{
  GString *signature = g_string_new (NULL);
  guint n_types;
  const GType *types = traced_types (&n_types);

  for (guint t = 0; t < n_types; t++)
    {
      GListModel *items = trellis_project_get_items (project, types[t]);

      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(TrellisItem) item = g_list_model_get_item (items, i);
          g_autofree char *label = trellis_trace_item_dup_title (item);

          g_string_append_printf (signature, "%s %s %s\n", trellis_item_get_uuid (item),
                                  trellis_trace_item_kind (item), label);
        }
    }
  return g_string_free (signature, FALSE);
}

static GtkListBoxRow *
find_trace_row (TrellisPlanCheck *self,
                const char       *uuid)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->trace_list));
       child != NULL && uuid != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      TrellisItem *item = g_object_get_data (G_OBJECT (child), "item");

      if (item != NULL && g_str_equal (trellis_item_get_uuid (item), uuid))
        return GTK_LIST_BOX_ROW (child);
    }
  return NULL;
}

static void
update_trace_list (TrellisPlanCheck *self)
{
  g_autofree char *signature = make_trace_signature (self->project);
  g_autofree char *uuid = g_strdup (self->trace_uuid);
  guint n_types;
  const GType *types = traced_types (&n_types);
  GtkWidget *child;

  if (g_strcmp0 (signature, self->trace_signature) == 0)
    return;
  g_free (self->trace_signature);
  self->trace_signature = g_steal_pointer (&signature);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->trace_list))) != NULL)
    gtk_list_box_remove (self->trace_list, child);
  for (guint t = 0; t < n_types; t++)
    {
      GListModel *items = trellis_project_get_items (self->project, types[t]);

      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(TrellisItem) item = g_list_model_get_item (items, i);

          gtk_list_box_append (self->trace_list, create_trace_row (item));
        }
    }
  gtk_list_box_select_row (self->trace_list, find_trace_row (self, uuid));
}

static gboolean
filter_trace_row (GtkListBoxRow *row,
                  gpointer       user_data)
{
  TrellisPlanCheck *self = user_data;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->trace_search));
  g_autofree char *needle = g_utf8_casefold (text, -1);
  const char *haystack = g_object_get_data (G_OBJECT (row), "search");

  return needle[0] == '\0' || (haystack != NULL && strstr (haystack, needle) != NULL);
}

static void
on_trace_search_changed_cb (TrellisPlanCheck *self)
{
  gtk_list_box_invalidate_filter (self->trace_list);
}

static void
on_trace_list_row_selected_cb (TrellisPlanCheck *self,
                               GtkListBoxRow    *row)
{
  TrellisItem *item = row != NULL ? g_object_get_data (G_OBJECT (row), "item") : NULL;

  if (item == NULL)
    return;
  g_free (self->trace_uuid);
  self->trace_uuid = g_strdup (trellis_item_get_uuid (item));
  trellis_trace_panel_set_item (TRELLIS_TRACE_PANEL (self->trace_panel), item);
}

/* Once laid out, the list shows the row picked for it. */
static gboolean
scroll_to_selected_cb (GtkWidget     *list,
                       GdkFrameClock *clock,
                       gpointer       user_data)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (GTK_LIST_BOX (list));
  GtkWidget *scroller = gtk_widget_get_ancestor (list, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment;
  graphene_rect_t bounds;

  if (row == NULL || scroller == NULL)
    return G_SOURCE_REMOVE;
  if (!gtk_widget_compute_bounds (GTK_WIDGET (row), list, &bounds) || bounds.size.height <= 0)
    return G_SOURCE_CONTINUE;
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  if (gtk_adjustment_get_page_size (adjustment) <= 0)
    return G_SOURCE_CONTINUE;
  gtk_adjustment_set_value (adjustment, bounds.origin.y - gtk_adjustment_get_page_size (adjustment) / 3);
  return G_SOURCE_REMOVE;
}

/* The first goal, where there is one, so the section never starts empty. */
static void
pick_first_trace_item (TrellisPlanCheck *self)
{
  GListModel *goals = trellis_project_get_items (self->project, TRELLIS_TYPE_GOAL);
  g_autoptr(TrellisItem) goal = g_list_model_get_item (goals, 0);
  GtkListBoxRow *row = goal != NULL ? find_trace_row (self, trellis_item_get_uuid (goal)) : NULL;

  if (row == NULL)
    row = gtk_list_box_get_row_at_index (self->trace_list, 0);
  gtk_list_box_select_row (self->trace_list, row);
  if (row != NULL)
    gtk_widget_add_tick_callback (GTK_WIDGET (self->trace_list), scroll_to_selected_cb, NULL, NULL);
}

/* The popover */

/**
 * trellis_plan_check_show_trace:
 * @from: (nullable): the widget the popover points at
 *
 * Opens the trace of @item, with a button to the page where it lives.
 */
void
trellis_plan_check_show_trace (TrellisPlanCheck *self,
                               TrellisItem      *item,
                               GtkWidget        *from)
{
  g_autofree char *label = NULL;
  graphene_rect_t bounds;

  g_return_if_fail (TRELLIS_IS_PLAN_CHECK (self));
  g_return_if_fail (TRELLIS_IS_ITEM (item));

  trellis_trace_panel_set_item (TRELLIS_TRACE_PANEL (self->popover_panel), item);
  /* translators: a button; %s is a kind of item, such as “Goal” */
  label = g_strdup_printf (_("Go to %s"), trellis_trace_item_kind (item));
  gtk_button_set_label (GTK_BUTTON (self->popover_go_button), label);
  /* Pointing at the whole view, the popover would find no room. */
  if (from == NULL || !gtk_widget_get_mapped (from))
    from = self->summary_label;
  if (gtk_widget_compute_bounds (from, GTK_WIDGET (self), &bounds))
    {
      GdkRectangle rect = { bounds.origin.x, bounds.origin.y, bounds.size.width, bounds.size.height };

      gtk_popover_set_pointing_to (self->trace_popover, &rect);
    }
  gtk_popover_popup (self->trace_popover);
}

static void
on_popover_go_clicked_cb (TrellisPlanCheck *self)
{
  TrellisItem *item = trellis_trace_panel_get_item (TRELLIS_TRACE_PANEL (self->popover_panel));

  gtk_popover_popdown (self->trace_popover);
  if (item != NULL)
    trellis_trace_show_item (GTK_WIDGET (self), item);
}

static void
on_popover_item_activated_cb (TrellisPlanCheck *self)
{
  gtk_popover_popdown (self->trace_popover);
}

static void
on_project_changed_cb (TrellisPlanCheck *self)
{
  update_warnings (self);
  _trellis_plan_check_update_review (self);
  update_trace_list (self);
  if (gtk_list_box_get_selected_row (self->trace_list) == NULL)
    pick_first_trace_item (self);
  if (gtk_widget_get_visible (GTK_WIDGET (self->trace_popover)) &&
      trellis_trace_panel_get_item (TRELLIS_TRACE_PANEL (self->popover_panel)) == NULL)
    gtk_popover_popdown (self->trace_popover);
}

static void
on_review_button_clicked_cb (TrellisPlanCheck *self)
{
  if (self->editable)
    _trellis_plan_check_record_review (self);
}

static void
apply_editable (TrellisPlanCheck *self)
{
  gtk_widget_set_visible (self->review_button, self->editable);
}

/* From this width on, traceability goes beside the warnings and review. */
#define TWO_COLUMNS_WIDTH 1440

static void
trellis_plan_check_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  TrellisPlanCheck *self = TRELLIS_PLAN_CHECK (widget);
  GtkOrientation orientation = width >= TWO_COLUMNS_WIDTH ? GTK_ORIENTATION_HORIZONTAL : GTK_ORIENTATION_VERTICAL;

  /* The new layout fits the width it is chosen for, so this settles. */
  if (gtk_orientable_get_orientation (GTK_ORIENTABLE (self->columns)) != orientation)
    {
      gtk_orientable_set_orientation (GTK_ORIENTABLE (self->columns), orientation);
      gtk_box_set_homogeneous (GTK_BOX (self->columns), orientation == GTK_ORIENTATION_HORIZONTAL);
      adw_clamp_set_maximum_size (self->clamp, orientation == GTK_ORIENTATION_HORIZONTAL ? 1800 : 1000);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (child != GTK_WIDGET (self->trace_popover))
      gtk_widget_allocate (child, width, height, baseline, NULL);
  gtk_popover_present (self->trace_popover);
}

static void
trellis_plan_check_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  GtkWidget *scroller = gtk_widget_get_first_child (widget);

  gtk_widget_measure (scroller, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);
}

static void
trellis_plan_check_dispose (GObject *object)
{
  TrellisPlanCheck *self = TRELLIS_PLAN_CHECK (object);
  GtkWidget *child;

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  _trellis_plan_check_clear_review (self);
  g_clear_pointer (&self->warning_groups, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), TRELLIS_TYPE_PLAN_CHECK);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->project);
  g_clear_pointer (&self->warnings_signature, g_free);
  g_clear_pointer (&self->trace_signature, g_free);
  g_clear_pointer (&self->changes_signature, g_free);
  g_clear_pointer (&self->trace_uuid, g_free);

  G_OBJECT_CLASS (trellis_plan_check_parent_class)->dispose (object);
}

static void
trellis_plan_check_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  TrellisPlanCheck *self = TRELLIS_PLAN_CHECK (object);

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
trellis_plan_check_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  TrellisPlanCheck *self = TRELLIS_PLAN_CHECK (object);

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
trellis_plan_check_class_init (TrellisPlanCheckClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trellis_plan_check_dispose;
  object_class->get_property = trellis_plan_check_get_property;
  object_class->set_property = trellis_plan_check_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, TRELLIS_TYPE_PROJECT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_EDITABLE] =
    g_param_spec_boolean ("editable", NULL, NULL, TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/trellis/Trellis/ui/trellis-plan-check.ui");
  gtk_widget_class_bind_template_child (widget_class, TrellisPlanCheck, clamp);
  gtk_widget_class_bind_template_child (widget_class, TrellisPlanCheck, columns);
  gtk_widget_class_bind_template_child (widget_class, TrellisPlanCheck, summary_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisPlanCheck, warnings_box);
  gtk_widget_class_bind_template_child (widget_class, TrellisPlanCheck, no_warnings_page);
  gtk_widget_class_bind_template_child (widget_class, TrellisPlanCheck, review_group);
  gtk_widget_class_bind_template_child (widget_class, TrellisPlanCheck, review_button);
  gtk_widget_class_bind_template_child (widget_class, TrellisPlanCheck, last_review_row);
  gtk_widget_class_bind_template_child (widget_class, TrellisPlanCheck, note_row);
  gtk_widget_class_bind_template_child (widget_class, TrellisPlanCheck, changes_group);
  gtk_widget_class_bind_template_child (widget_class, TrellisPlanCheck, trace_search);
  gtk_widget_class_bind_template_child (widget_class, TrellisPlanCheck, trace_list);
  gtk_widget_class_bind_template_child (widget_class, TrellisPlanCheck, trace_box);
  gtk_widget_class_bind_template_child (widget_class, TrellisPlanCheck, trace_popover);
  gtk_widget_class_bind_template_child (widget_class, TrellisPlanCheck, popover_box);
  gtk_widget_class_bind_template_child (widget_class, TrellisPlanCheck, popover_go_button);
  gtk_widget_class_bind_template_callback (widget_class, on_review_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_trace_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_trace_list_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_popover_go_clicked_cb);
  widget_class->measure = trellis_plan_check_measure;
  widget_class->size_allocate = trellis_plan_check_size_allocate;
  gtk_widget_class_set_css_name (widget_class, "plan-check");
}

static void
trellis_plan_check_init (TrellisPlanCheck *self)
{
  self->editable = TRUE;
  self->warning_groups = g_ptr_array_new ();
  self->change_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_filter_func (self->trace_list, filter_trace_row, self, NULL);
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->trace_search), FALSE);
}

/**
 * trellis_plan_check_new:
 *
 * Returns: (transfer floating): the warnings, reviews and traceability of @project
 */
GtkWidget *
trellis_plan_check_new (TrellisProject *project)
{
  TrellisPlanCheck *self;
  GtkWidget *scroller;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);

  self = g_object_new (TRELLIS_TYPE_PLAN_CHECK, "project", project, NULL);

  self->trace_panel = trellis_trace_panel_new (project);
  gtk_widget_set_name (self->trace_panel, "trace-panel");
  gtk_widget_set_hexpand (self->trace_panel, TRUE);
  gtk_widget_set_valign (self->trace_panel, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (self->trace_box), self->trace_panel);

  self->popover_panel = trellis_trace_panel_new (project);
  gtk_widget_set_name (self->popover_panel, "popover-trace-panel");
  g_signal_connect_object (self->popover_panel, "item-activated",
                           G_CALLBACK (on_popover_item_activated_cb), self, G_CONNECT_SWAPPED);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 420);
  gtk_widget_set_size_request (scroller, 380, -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), self->popover_panel);
  gtk_box_prepend (GTK_BOX (self->popover_box), scroller);

  trellis_tool_view_follow_changes (self, project, G_CALLBACK (on_project_changed_cb));
  on_project_changed_cb (self);
  return GTK_WIDGET (self);
}
