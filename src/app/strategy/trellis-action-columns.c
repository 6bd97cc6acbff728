/* trellis-action-columns.c: the columns of the action plan table
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One sortable column per field people scan a plan by, each in the order
 * of trellis_action_compare().  The title and dates are edited in place
 * (GtkEditableLabel, committed when editing stops; a date that is not
 * YYYY-MM-DD is refused and reported), the status and area with a
 * drop-down, the progress with a spin button, the owner with the owner
 * chooser and the quick-win flag with a check button.  The goal and the
 * budget are edited in the side panel.
 *
 * A cell follows its action's "notify" while it is bound, so an undo from
 * the window shows at once; every change goes through the project's
 * history, never through the widgets' own undo.  Late actions show a
 * warning beside the title and their due date in the error colour.
 */

#define G_LOG_DOMAIN "trellis-action-columns"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-action-columns.h"
#include "trellis-app-utils.h"
#include "trellis-action-owner.h"

typedef enum
{
  CELL_TITLE,
  CELL_GOAL,
  CELL_OWNER,
  CELL_DATE,
  CELL_ENUM,
  CELL_PROGRESS,
  CELL_BUDGET,
  CELL_CHECK,
} CellKind;

/* The typed accessors of a column's field: text (the title), a day (start
 * and due) or a number (enums, progress and the quick-win flag). */
typedef struct
{
  guint       field;     /* TRELLIS_ACTION_FIELD_… */
  const char *title;
  CellKind    kind;
  int         width;
  gboolean    expand;
  const char *(*get_text) (TrellisAction *action);
  void        (*set_text) (TrellisAction *action,
                           const char    *text);
  TrellisDay  (*get_day)  (TrellisAction *action);
  void        (*set_day)  (TrellisAction *action,
                           TrellisDay     day);
  int         (*get_int)  (TrellisAction *action);
  void        (*set_int)  (TrellisAction *action,
                           int            value);
} ColumnInfo;

static int
get_status (TrellisAction *action)
{
  return trellis_action_get_status (action);
}

static void
set_status (TrellisAction *action,
            int            value)
{
  trellis_action_set_status (action, value);
}

static int
get_area (TrellisAction *action)
{
  return trellis_action_get_area (action);
}

static void
set_area (TrellisAction *action,
          int            value)
{
  trellis_action_set_area (action, value);
}

static int
get_quick_win (TrellisAction *action)
{
  return trellis_action_get_quick_win (action);
}

static void
set_quick_win (TrellisAction *action,
               int            value)
{
  trellis_action_set_quick_win (action, value);
}

#define TEXT(get, set) get, set, NULL, NULL, NULL, NULL
#define DAY(get, set)  NULL, NULL, get, set, NULL, NULL
#define INT(get, set)  NULL, NULL, NULL, NULL, get, set
#define NONE           NULL, NULL, NULL, NULL, NULL, NULL

static const ColumnInfo columns[] = {
  /* A laptop's width shows the title to the due date beside the panel. */
  { TRELLIS_ACTION_FIELD_TITLE, N_("Action"), CELL_TITLE, 230, TRUE,
    TEXT (trellis_action_get_title, trellis_action_set_title) },
  { TRELLIS_ACTION_FIELD_GOAL, N_("Goal"), CELL_GOAL, 160, TRUE, NONE },
  { TRELLIS_ACTION_FIELD_OWNER, N_("Owner"), CELL_OWNER, 150, FALSE, NONE },
  { TRELLIS_ACTION_FIELD_START, N_("Start"), CELL_DATE, 100, FALSE,
    DAY (trellis_action_get_start, trellis_action_set_start) },
  { TRELLIS_ACTION_FIELD_DUE, N_("Due"), CELL_DATE, 100, FALSE,
    DAY (trellis_action_get_due, trellis_action_set_due) },
  { TRELLIS_ACTION_FIELD_STATUS, N_("Status"), CELL_ENUM, 132, FALSE, INT (get_status, set_status) },
  { TRELLIS_ACTION_FIELD_PROGRESS, N_("Progress"), CELL_PROGRESS, 116, FALSE,
    INT (trellis_action_get_progress, trellis_action_set_progress) },
  { TRELLIS_ACTION_FIELD_BUDGET_PLANNED, N_("Budget (Spent / Planned)"), CELL_BUDGET, 200, FALSE, NONE },
  { TRELLIS_ACTION_FIELD_QUICK_WIN, N_("Quick Win"), CELL_CHECK, 96, FALSE,
    INT (get_quick_win, set_quick_win) },
  { TRELLIS_ACTION_FIELD_AREA, N_("Service Area"), CELL_ENUM, 190, FALSE, INT (get_area, set_area) },
};

#undef TEXT
#undef DAY
#undef INT
#undef NONE

typedef struct
{
  const ColumnInfo       *info;
  TrellisProject         *project;
  TrellisActionErrorFunc  error_func;
  gpointer                error_data;
  GtkWidget              *widget;   /* what shows the value and edits it */
  GtkWidget              *label;    /* the value when not editable; the owner's name */
  GtkWidget              *icon;     /* CELL_TITLE: late */
  TrellisItem            *item;     /* while bound */
  gulong                  notify_id;
  gulong                  changed_id; /* goal and owner cells: the project's "changed" */
  gboolean                updating;
} Cell;

static void
unbind_cell (Cell *cell)
{
  if (cell->item != NULL)
    g_clear_signal_handler (&cell->notify_id, cell->item);
  if (cell->changed_id != 0)
    g_clear_signal_handler (&cell->changed_id, cell->project);
  g_clear_object (&cell->item);
}

static void
cell_free (gpointer data)
{
  Cell *cell = data;

  unbind_cell (cell);
  g_free (cell);
}

/* The field of a column, from the actions' field table. */
static const TrellisField *
column_field (const ColumnInfo *info)
{
  TrellisItemClass *klass = g_type_class_peek (TRELLIS_TYPE_ACTION);

  return trellis_item_class_get_field (klass, info->field);
}

static void
set_text (GtkWidget  *widget,
          const char *text)
{
  if (GTK_IS_EDITABLE (widget))
    gtk_editable_set_text (GTK_EDITABLE (widget), text != NULL ? text : "");
  else
    gtk_label_set_label (GTK_LABEL (widget), text != NULL ? text : "");
  gtk_widget_set_tooltip_text (widget, text != NULL && *text != '\0' ? text : NULL);
}

/* The text of a title or date cell; @date holds a date's text. */
static const char *
cell_text (Cell *cell,
           char  date[TRELLIS_DATE_BUF_SIZE])
{
  if (cell->info->kind != CELL_DATE)
    return cell->info->get_text (TRELLIS_ACTION (cell->item));
  trellis_date_format_into (cell->info->get_day (TRELLIS_ACTION (cell->item)), date);
  return date;
}

static void
refresh_late (Cell *cell)
{
  gboolean late = trellis_rules_action_is_overdue (TRELLIS_ACTION (cell->item), trellis_date_today ());

  if (cell->info->kind == CELL_TITLE)
    gtk_widget_set_visible (cell->icon, late);
  else if (late)
    gtk_widget_add_css_class (cell->widget, "overdue");
  else
    gtk_widget_remove_css_class (cell->widget, "overdue");
}

static void
refresh_cell (Cell *cell)
{
  TrellisAction *action = TRELLIS_ACTION (cell->item);
  char date[TRELLIS_DATE_BUF_SIZE];

  if (cell->item == NULL)
    return;

  cell->updating = TRUE;
  switch (cell->info->kind)
    {
    case CELL_TITLE:
    case CELL_DATE:
      set_text (cell->widget, cell_text (cell, date));
      gtk_widget_remove_css_class (cell->widget, "error");
      if (cell->info->kind == CELL_TITLE || cell->info->field == TRELLIS_ACTION_FIELD_DUE)
        refresh_late (cell);
      break;
    case CELL_GOAL:
      {
        g_autofree char *goal = trellis_action_dup_goal_label (cell->project, action);

        set_text (cell->widget, goal != NULL ? goal : _("No goal"));
        if (goal == NULL)
          gtk_widget_add_css_class (cell->widget, "dim-label");
        else
          gtk_widget_remove_css_class (cell->widget, "dim-label");
        break;
      }
    case CELL_OWNER:
      {
        g_autofree char *owner = trellis_action_dup_owner_label (cell->project, action);

        set_text (cell->label, owner != NULL ? owner : _("Nobody"));
        if (owner == NULL)
          gtk_widget_add_css_class (cell->label, "dim-label");
        else
          gtk_widget_remove_css_class (cell->label, "dim-label");
        break;
      }
    case CELL_ENUM:
      {
        int value = cell->info->get_int (action);
        const char *label = trellis_enum_label (column_field (cell->info)->pspec->value_type, value);

        gtk_drop_down_set_selected (GTK_DROP_DOWN (cell->widget), value);
        set_text (cell->label, label);
        gtk_widget_set_tooltip_text (cell->widget, label);
        break;
      }
    case CELL_PROGRESS:
      {
        int value = cell->info->get_int (action);
        g_autofree char *text = g_strdup_printf ("%d %%", value);

        gtk_spin_button_set_value (GTK_SPIN_BUTTON (cell->widget), value);
        set_text (cell->label, text);
        break;
      }
    case CELL_BUDGET:
      {
        g_autofree char *budget = trellis_action_format_budget (action);

        set_text (cell->widget, budget);
        break;
      }
    case CELL_CHECK:
      gtk_check_button_set_active (GTK_CHECK_BUTTON (cell->widget), cell->info->get_int (action));
      break;
    default:
      g_assert_not_reached ();
    }
  cell->updating = FALSE;
}

/* Editing stopped: keep the text, unless the title would be empty or a
 * date is not a date. */
static void
on_editable_notify_editing_cb (GtkEditableLabel *label,
                               GParamSpec       *pspec,
                               Cell             *cell)
{
  char date[TRELLIS_DATE_BUF_SIZE];
  const char *current;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  if (cell->updating || cell->item == NULL || gtk_editable_label_get_editing (label))
    return;

  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (label))));
  current = cell_text (cell, date);
  if (g_strcmp0 (text, current != NULL ? current : "") == 0)
    return;

  if (cell->info->kind == CELL_TITLE && *text == '\0')
    {
      refresh_cell (cell);
      return;
    }
  if (cell->info->kind == CELL_DATE && !trellis_action_check_date (text, &error))
    {
      refresh_cell (cell);
      gtk_widget_add_css_class (cell->widget, "error");
      cell->error_func (error->message, cell->error_data);
      return;
    }
  if (cell->info->kind == CELL_DATE)
    cell->info->set_day (TRELLIS_ACTION (cell->item), trellis_date_parse (text));
  else
    cell->info->set_text (TRELLIS_ACTION (cell->item), *text == '\0' ? NULL : text);
}

static void
on_drop_down_notify_selected_cb (GtkDropDown *drop_down,
                                 GParamSpec  *pspec,
                                 Cell        *cell)
{
  guint selected = gtk_drop_down_get_selected (drop_down);

  if (cell->updating || cell->item == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;

  cell->info->set_int (TRELLIS_ACTION (cell->item), (int) selected);
}

static void
on_spin_value_changed_cb (GtkSpinButton *spin,
                          Cell          *cell)
{
  if (cell->updating || cell->item == NULL)
    return;

  cell->info->set_int (TRELLIS_ACTION (cell->item), gtk_spin_button_get_value_as_int (spin));
}

static void
on_check_toggled_cb (GtkCheckButton *check,
                     Cell           *cell)
{
  if (cell->updating || cell->item == NULL)
    return;

  cell->info->set_int (TRELLIS_ACTION (cell->item), gtk_check_button_get_active (check));
}

static void
owner_chosen (const char *owner,
              const char *owner_name,
              gpointer    user_data)
{
  Cell *cell = user_data;
  g_autoptr(GPtrArray) actions = g_ptr_array_new ();

  if (cell->item == NULL)
    return;
  g_ptr_array_add (actions, cell->item);
  trellis_plan_set_owner (cell->project, actions, owner, owner_name);
}

/* A text cell edited in place (with GTK 4.8's focus-out workaround). */
static GtkWidget *
create_editable (Cell    *cell,
                 GObject *editable_source)
{
  GtkWidget *label = gtk_editable_label_new ("");
  GtkWidget *stack = gtk_widget_get_first_child (label);

  for (GtkWidget *child = stack != NULL ? gtk_widget_get_first_child (stack) : NULL;
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LABEL (child))
      gtk_label_set_ellipsize (GTK_LABEL (child), PANGO_ELLIPSIZE_END);
  gtk_editable_set_enable_undo (GTK_EDITABLE (label), FALSE);
  gtk_widget_set_hexpand (label, TRUE);
  if (cell->info->kind == CELL_DATE)
    {
      gtk_editable_set_width_chars (GTK_EDITABLE (label), 10);
      gtk_widget_add_css_class (label, "numeric");
    }
  g_object_bind_property (editable_source, "editable", label, "editable", G_BINDING_SYNC_CREATE);
  g_signal_connect (label, "notify::editing", G_CALLBACK (on_editable_notify_editing_cb), cell);
  trellis_app_fix_editable_label (GTK_EDITABLE_LABEL (label));
  return label;
}

static GtkWidget *
create_label (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  return label;
}

static void
on_value_setup_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item)
{
  gtk_list_item_set_child (list_item, create_label ());
}

static void
on_value_bind_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item)
{
  GtkStringObject *value = gtk_list_item_get_item (list_item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (list_item)), gtk_string_object_get_string (value));
}

/* Shows the value in the editable widget, or the label when read-only. */
static GtkWidget *
pair_with_label (Cell    *cell,
                 GObject *editable_source)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  cell->label = create_label ();
  g_object_bind_property (editable_source, "editable", cell->widget, "visible", G_BINDING_SYNC_CREATE);
  g_object_bind_property (editable_source, "editable", cell->label, "visible",
                          G_BINDING_SYNC_CREATE | G_BINDING_INVERT_BOOLEAN);
  gtk_box_append (GTK_BOX (box), cell->widget);
  gtk_box_append (GTK_BOX (box), cell->label);
  return box;
}

static GtkWidget *
create_enum (Cell    *cell,
             GObject *editable_source)
{
  GType type = column_field (cell->info)->pspec->value_type;
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  for (guint i = 0; i < trellis_enum_n_values (type); i++)
    gtk_string_list_append (labels, trellis_enum_label (type, i));
  g_signal_connect (factory, "setup", G_CALLBACK (on_value_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_value_bind_cb), NULL);

  cell->widget = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&labels)), NULL);
  gtk_widget_set_hexpand (cell->widget, TRUE);
  gtk_drop_down_set_factory (GTK_DROP_DOWN (cell->widget), factory);
  g_signal_connect (cell->widget, "notify::selected", G_CALLBACK (on_drop_down_notify_selected_cb), cell);
  return pair_with_label (cell, editable_source);
}

static GtkWidget *
create_progress (Cell    *cell,
                 GObject *editable_source)
{
  cell->widget = gtk_spin_button_new_with_range (0, 100, 5);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (cell->widget), TRUE);
  gtk_editable_set_enable_undo (GTK_EDITABLE (cell->widget), FALSE);
  g_signal_connect (cell->widget, "value-changed", G_CALLBACK (on_spin_value_changed_cb), cell);
  return pair_with_label (cell, editable_source);
}

static GtkWidget *
create_owner (Cell    *cell,
              GObject *editable_source)
{
  cell->widget = gtk_menu_button_new ();
  cell->label = create_label ();
  gtk_widget_set_halign (cell->label, GTK_ALIGN_START);
  gtk_menu_button_set_child (GTK_MENU_BUTTON (cell->widget), cell->label);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (cell->widget),
                               trellis_action_owner_popover_new (cell->project, owner_chosen, cell));
  gtk_widget_add_css_class (cell->widget, "flat");
  gtk_widget_set_hexpand (cell->widget, TRUE);
  /* The name at the start, as in the other cells: the menu button's
   * inner button and box centre their child otherwise. */
  for (GtkWidget *w = gtk_widget_get_parent (cell->label); w != NULL && w != cell->widget; w = gtk_widget_get_parent (w))
    {
      gtk_widget_set_halign (w, GTK_ALIGN_FILL);
      gtk_widget_set_hexpand (w, TRUE);
    }
  /* Read-only: the name, without a button to press. */
  g_object_bind_property (editable_source, "editable", cell->widget, "can-target", G_BINDING_SYNC_CREATE);
  g_object_bind_property (editable_source, "editable", cell->widget, "can-focus", G_BINDING_SYNC_CREATE);
  return cell->widget;
}

static GtkWidget *
create_cell_widgets (Cell    *cell,
                     GObject *editable_source)
{
  GtkWidget *box;

  switch (cell->info->kind)
    {
    case CELL_TITLE:
      box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      cell->icon = gtk_image_new_from_icon_name ("alarm-symbolic");
      gtk_widget_add_css_class (cell->icon, "error");
      gtk_widget_set_tooltip_text (cell->icon, _("Overdue: due before today and not done"));
      cell->widget = create_editable (cell, editable_source);
      gtk_box_append (GTK_BOX (box), cell->icon);
      gtk_box_append (GTK_BOX (box), cell->widget);
      return box;
    case CELL_DATE:
      return cell->widget = create_editable (cell, editable_source);
    case CELL_GOAL:
    case CELL_BUDGET:
      cell->widget = create_label ();
      if (cell->info->kind == CELL_BUDGET)
        gtk_widget_add_css_class (cell->widget, "numeric");
      return cell->widget;
    case CELL_OWNER:
      return create_owner (cell, editable_source);
    case CELL_ENUM:
      return create_enum (cell, editable_source);
    case CELL_PROGRESS:
      return create_progress (cell, editable_source);
    case CELL_CHECK:
      cell->widget = gtk_check_button_new ();
      gtk_widget_set_halign (cell->widget, GTK_ALIGN_CENTER);
      g_object_bind_property (editable_source, "editable", cell->widget, "can-target", G_BINDING_SYNC_CREATE);
      g_object_bind_property (editable_source, "editable", cell->widget, "can-focus", G_BINDING_SYNC_CREATE);
      g_signal_connect (cell->widget, "toggled", G_CALLBACK (on_check_toggled_cb), cell);
      return cell->widget;
    default:
      g_assert_not_reached ();
    }
}

static void
on_factory_setup_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     const ColumnInfo         *info)
{
  GObject *editable_source = g_object_get_data (G_OBJECT (factory), "editable-source");
  g_autofree char *name = g_strconcat ("plan-", column_field (info)->pspec->name, NULL);
  Cell *cell = g_new0 (Cell, 1);
  GtkWidget *child;

  cell->info = info;
  cell->project = g_object_get_data (G_OBJECT (factory), "project");
  cell->error_func = g_object_get_data (G_OBJECT (factory), "error-func");
  cell->error_data = g_object_get_data (G_OBJECT (factory), "error-data");
  child = create_cell_widgets (cell, editable_source);
  /* Named after the field, for tests and the inspector. */
  gtk_widget_set_name (child, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell->widget),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _(info->title), -1);
  g_object_set_data_full (G_OBJECT (child), "trellis-cell", cell, cell_free);
  gtk_list_item_set_child (list_item, child);
}

static void
on_project_changed_cb (Cell        *cell,
                       TrellisItem *item)
{
  if (TRELLIS_IS_GOAL (item) || TRELLIS_IS_STAKEHOLDER (item))
    refresh_cell (cell);
}

static void
on_factory_bind_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    const ColumnInfo         *info)
{
  Cell *cell = g_object_get_data (G_OBJECT (gtk_list_item_get_child (list_item)), "trellis-cell");

  g_set_object (&cell->item, gtk_list_item_get_item (list_item));
  cell->notify_id = g_signal_connect_swapped (cell->item, "notify", G_CALLBACK (refresh_cell), cell);
  /* A renamed goal or stakeholder shows at once, too. */
  if (info->kind == CELL_GOAL || info->kind == CELL_OWNER)
    cell->changed_id = g_signal_connect_swapped (cell->project, "changed", G_CALLBACK (on_project_changed_cb), cell);
  refresh_cell (cell);
}

static void
on_factory_unbind_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *list_item,
                      const ColumnInfo         *info)
{
  Cell *cell = g_object_get_data (G_OBJECT (gtk_list_item_get_child (list_item)), "trellis-cell");

  unbind_cell (cell);
}

static int
compare_actions (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  GtkColumnViewColumn *column = user_data;
  TrellisProject *project = g_object_get_data (G_OBJECT (column), "project");
  guint field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (column), "trellis-field")) - 1;

  return trellis_action_compare (project, (TrellisAction *) a, (TrellisAction *) b, field);
}

/**
 * trellis_action_columns_add:
 * @column_view: the table's column view, over #TrellisAction items of @project
 * @editable_source: an object whose boolean "editable" property says
 *   whether the cells take edits
 * @error_func: shows why an edit was refused
 *
 * Appends a sortable column for every field the table shows.  Each column
 * has its field's index + 1 (%TRELLIS_ACTION_FIELD_DUE + 1 …) as
 * "trellis-field" data.
 */
void
trellis_action_columns_add (GtkColumnView          *column_view,
                            TrellisProject         *project,
                            GObject                *editable_source,
                            TrellisActionErrorFunc  error_func,
                            gpointer                user_data)
{
  g_return_if_fail (GTK_IS_COLUMN_VIEW (column_view));
  g_return_if_fail (TRELLIS_IS_PROJECT (project));

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      const ColumnInfo *info = &columns[i];
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;
      GtkSorter *sorter;

      g_object_set_data (G_OBJECT (factory), "editable-source", editable_source);
      g_object_set_data_full (G_OBJECT (factory), "project", g_object_ref (project), g_object_unref);
      g_object_set_data (G_OBJECT (factory), "error-func", error_func);
      g_object_set_data (G_OBJECT (factory), "error-data", user_data);
      g_signal_connect (factory, "setup", G_CALLBACK (on_factory_setup_cb), (gpointer) info);
      g_signal_connect (factory, "bind", G_CALLBACK (on_factory_bind_cb), (gpointer) info);
      g_signal_connect (factory, "unbind", G_CALLBACK (on_factory_unbind_cb), (gpointer) info);

      column = gtk_column_view_column_new (_(info->title), factory);
      g_object_set_data (G_OBJECT (column), "trellis-field", GUINT_TO_POINTER (info->field + 1));
      g_object_set_data_full (G_OBJECT (column), "project", g_object_ref (project), g_object_unref);
      sorter = GTK_SORTER (gtk_custom_sorter_new (compare_actions, column, NULL));
      gtk_column_view_column_set_sorter (column, sorter);
      g_object_unref (sorter);
      gtk_column_view_column_set_fixed_width (column, info->width);
      gtk_column_view_column_set_expand (column, info->expand);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_append_column (column_view, column);
      g_object_unref (column);
    }
}
