/* trellis-stakeholder-grid.c: the influence grid of stakeholders and the helix balance
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A view of a step's tool page (TrellisToolPage). Like every such view it
 * has an "editable" property, which the page sets for read-only projects.
 *
 * Three rows of influence (high at the top) by three columns of attitude or
 * interest; every cell says what to do with the people in it and holds one
 * chip per stakeholder. A chip moves to another cell by drag and drop or
 * with Alt and an arrow key, each move one undo step. Beside the grid, the
 * helix balance. The chips are rebuilt from the project, in an idle after
 * its "changed" signal, so undo from the window shows at once. A cell shows
 * at most MAX_CHIPS chips and a button for the rest, which it shows when
 * asked: a grid of 2,000 stakeholders stays quick, and the register lists
 * them all.
 */

#define G_LOG_DOMAIN "trellis-stakeholder-grid"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "trellis-helix-chart.h"
#include "trellis-stakeholder-grid-private.h"
#include "trellis-tool-view.h"

/* The grid and the balance side by side need about this much room. */
#define NARROW_WIDTH 960
/* Chips a cell shows before its "Show N More" button: about a screenful
 * (a chip is a menu button of a dozen widgets, and a grid of 200
 * stakeholders showing 30 a cell took most of its first frame) */
#define MAX_CHIPS 12


G_DEFINE_FINAL_TYPE_WITH_CODE (TrellisStakeholderGrid, trellis_stakeholder_grid, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (TRELLIS_TYPE_TOOL_VIEW, NULL))

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_EDITABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void     rebuild_chips   (TrellisStakeholderGrid *self);

/* Cells */

static void
update_cells (TrellisStakeholderGrid *self)
{
  for (guint column = 0; column < TRELLIS_GRID_N_COLUMNS; column++)
    {
      int value = trellis_grid_axis_get_value (self->axis, column);

      gtk_label_set_text (self->column_labels[column],
                          trellis_grid_axis_get_value_label (self->axis, value));

      for (TrellisLevel influence = TRELLIS_LEVEL_LOW; influence <= TRELLIS_LEVEL_HIGH; influence++)
        {
          gboolean flagged = trellis_grid_cell_is_flagged (self->axis, influence, value);
          GtkWidget *cell = self->cells[influence][column];

          gtk_label_set_text (self->advice_labels[influence][column],
                              trellis_grid_cell_get_advice (self->axis, influence, value));
          /* The sentence is a tooltip: the grid must fit a projector's screen. */
          gtk_widget_set_tooltip_text (cell, trellis_grid_cell_get_advice_detail (self->axis, influence, value));
          gtk_widget_set_visible (self->flag_icons[influence][column], flagged);
          if (flagged)
            gtk_widget_add_css_class (cell, "flagged");
          else
            gtk_widget_remove_css_class (cell, "flagged");
        }
    }
}

static GdkDragAction
on_drop_target_enter_cb (GtkDropTarget          *target,
                         double                  x,
                         double                  y,
                         TrellisStakeholderGrid *self)
{
  if (!self->editable)
    return 0;

  gtk_widget_add_css_class (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target)), "drop-hover");
  return GDK_ACTION_MOVE;
}

static void
on_drop_target_leave_cb (GtkDropTarget          *target,
                         TrellisStakeholderGrid *self)
{
  gtk_widget_remove_css_class (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target)), "drop-hover");
}

static gboolean
on_drop_target_drop_cb (GtkDropTarget          *target,
                        const GValue           *value,
                        double                  x,
                        double                  y,
                        TrellisStakeholderGrid *self)
{
  GtkWidget *cell = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  TrellisLevel influence = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (cell), "influence"));
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), "column"));
  TrellisStakeholder *stakeholder;

  gtk_widget_remove_css_class (cell, "drop-hover");
  if (!self->editable || !G_VALUE_HOLDS (value, TRELLIS_TYPE_STAKEHOLDER))
    return FALSE;

  /* Only a stakeholder of this project, say not one dragged from another window. */
  stakeholder = g_value_get_object (value);
  if (stakeholder == NULL
      || trellis_project_lookup (self->project, trellis_item_get_uuid (TRELLIS_ITEM (stakeholder)))
         != TRELLIS_ITEM (stakeholder))
    return FALSE;

  trellis_stakeholder_place (self->project, stakeholder, self->axis, influence,
                             trellis_grid_axis_get_value (self->axis, column));
  return TRUE;
}

static void
on_more_button_clicked_cb (GtkButton              *button,
                           TrellisStakeholderGrid *self)
{
  guint influence = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "influence"));
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "column"));

  self->expanded[influence][column] = TRUE;
  rebuild_chips (self);
}

static GtkWidget *
build_more_button (TrellisStakeholderGrid *self,
                   TrellisLevel            influence,
                   guint                   column)
{
  GtkWidget *button = gtk_button_new ();

  gtk_widget_set_name (button, "more-chips");
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_set_visible (button, FALSE);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Show every stakeholder of this cell"));
  g_object_set_data (G_OBJECT (button), "influence", GUINT_TO_POINTER (influence));
  g_object_set_data (G_OBJECT (button), "column", GUINT_TO_POINTER (column));
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_more_button_clicked_cb), self, 0);
  self->more_buttons[influence][column] = button;
  return button;
}

/* Shows how many chips a cell keeps back, if any. */
static void
update_more_buttons (TrellisStakeholderGrid *self)
{
  for (guint row = 0; row < N_ROWS; row++)
    for (guint column = 0; column < TRELLIS_GRID_N_COLUMNS; column++)
      {
        guint n = self->n_hidden[row][column];
        g_autofree char *label = NULL;

        gtk_widget_set_visible (self->more_buttons[row][column], n > 0);
        if (n == 0)
          continue;
        /* translators: a button under the chips of a cell of the influence grid */
        label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Show %u More", "Show %u More", n), n);
        gtk_button_set_label (GTK_BUTTON (self->more_buttons[row][column]), label);
      }
}

static GtkWidget *
build_cell (TrellisStakeholderGrid *self,
            TrellisLevel            influence,
            guint                   column)
{
  GtkWidget *cell = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *advice = gtk_label_new (NULL);
  GtkWidget *flow = gtk_flow_box_new ();
  GtkDropTarget *target = gtk_drop_target_new (TRELLIS_TYPE_STAKEHOLDER, GDK_ACTION_MOVE);
  g_autofree char *name = g_strdup_printf ("cell-%d-%u", influence, column);

  gtk_widget_set_name (cell, name);
  gtk_widget_add_css_class (cell, "influence-cell");
  gtk_widget_set_vexpand (cell, TRUE);
  g_object_set_data (G_OBJECT (cell), "influence", GINT_TO_POINTER (influence));
  g_object_set_data (G_OBJECT (cell), "column", GUINT_TO_POINTER (column));

  gtk_widget_add_css_class (icon, "warning");
  gtk_widget_set_tooltip_text (icon, _("Influential critics: a risk to the initiative if left alone"));
  gtk_label_set_wrap (GTK_LABEL (advice), TRUE);
  gtk_label_set_xalign (GTK_LABEL (advice), 0);
  gtk_widget_add_css_class (advice, "heading");
  gtk_widget_add_css_class (advice, "cell-advice");
  gtk_box_append (GTK_BOX (header), icon);
  gtk_box_append (GTK_BOX (header), advice);

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 32);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow), 4);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 4);
  gtk_widget_set_valign (flow, GTK_ALIGN_START);
  gtk_widget_set_margin_top (flow, 4);

  gtk_box_append (GTK_BOX (cell), header);
  gtk_box_append (GTK_BOX (cell), flow);
  gtk_box_append (GTK_BOX (cell), build_more_button (self, influence, column));

  g_signal_connect_object (target, "enter", G_CALLBACK (on_drop_target_enter_cb), self, 0);
  g_signal_connect_object (target, "leave", G_CALLBACK (on_drop_target_leave_cb), self, 0);
  g_signal_connect_object (target, "drop", G_CALLBACK (on_drop_target_drop_cb), self, 0);
  gtk_widget_add_controller (cell, GTK_EVENT_CONTROLLER (target));

  self->cells[influence][column] = cell;
  self->flows[influence][column] = GTK_FLOW_BOX (flow);
  self->advice_labels[influence][column] = GTK_LABEL (advice);
  self->flag_icons[influence][column] = icon;
  return cell;
}

static GtkWidget *
build_row_label (TrellisLevel influence)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *level = gtk_label_new (trellis_enum_label (TRELLIS_TYPE_LEVEL, influence));
  GtkWidget *caption = gtk_label_new (_("influence"));

  gtk_widget_set_size_request (box, 84, -1);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_label_set_xalign (GTK_LABEL (level), 0);
  gtk_label_set_xalign (GTK_LABEL (caption), 0);
  gtk_widget_add_css_class (level, "title-4");
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_box_append (GTK_BOX (box), level);
  gtk_box_append (GTK_BOX (box), caption);
  return box;
}

/* Equal columns: each row is a label and a homogeneous box of three cells. */
static void
build_grid (TrellisStakeholderGrid *self)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *spacer = gtk_label_new (NULL);
  GtkWidget *columns = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);

  gtk_widget_set_size_request (spacer, 84, -1);
  gtk_box_set_homogeneous (GTK_BOX (columns), TRUE);
  gtk_widget_set_hexpand (columns, TRUE);
  for (guint column = 0; column < TRELLIS_GRID_N_COLUMNS; column++)
    {
      GtkWidget *label = gtk_label_new (NULL);

      gtk_widget_add_css_class (label, "title-4");
      gtk_box_append (GTK_BOX (columns), label);
      self->column_labels[column] = GTK_LABEL (label);
    }
  gtk_box_append (GTK_BOX (header), spacer);
  gtk_box_append (GTK_BOX (header), columns);
  gtk_box_append (self->rows_box, header);

  for (int influence = TRELLIS_LEVEL_HIGH; influence >= TRELLIS_LEVEL_LOW; influence--)
    {
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
      GtkWidget *cells = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);

      gtk_widget_set_vexpand (row, TRUE);
      gtk_box_set_homogeneous (GTK_BOX (cells), TRUE);
      gtk_widget_set_hexpand (cells, TRUE);
      for (guint column = 0; column < TRELLIS_GRID_N_COLUMNS; column++)
        gtk_box_append (GTK_BOX (cells), build_cell (self, influence, column));
      gtk_box_append (GTK_BOX (row), build_row_label (influence));
      gtk_box_append (GTK_BOX (row), cells);
      gtk_box_append (self->rows_box, row);
    }
}

static void
clear_chips (TrellisStakeholderGrid *self)
{
  g_hash_table_remove_all (self->chips);
  for (guint row = 0; row < N_ROWS; row++)
    for (guint column = 0; column < TRELLIS_GRID_N_COLUMNS; column++)
      {
        GtkWidget *child;

        while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->flows[row][column]))) != NULL)
          gtk_flow_box_remove (self->flows[row][column], child);
      }
}

static void
update_balance (TrellisStakeholderGrid *self)
{
  TrellisHelixBalance balance;

  trellis_helix_balance_compute (self->project, &balance);
  trellis_helix_chart_set_balance (self->helix_chart, &balance);
}

static void
rebuild_chips (TrellisStakeholderGrid *self)
{
  GListModel *stakeholders = trellis_project_get_items (self->project, TRELLIS_TYPE_STAKEHOLDER);
  guint n_items = g_list_model_get_n_items (stakeholders);
  guint shown[N_ROWS][TRELLIS_GRID_N_COLUMNS] = { { 0, }, };
  GtkWidget *focus;

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  clear_chips (self);
  memset (self->n_hidden, 0, sizeof self->n_hidden);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(TrellisItem) item = g_list_model_get_item (stakeholders, i);
      TrellisLevel influence;
      GtkWidget *chip;
      guint column;
      int value;

      trellis_stakeholder_get_cell (TRELLIS_STAKEHOLDER (item), self->axis, &influence, &value);
      column = trellis_grid_axis_get_column (self->axis, value);
      /* A chip just moved with the keyboard shows, to keep the focus. */
      if (!self->expanded[influence][column] && shown[influence][column] >= MAX_CHIPS &&
          g_strcmp0 (trellis_item_get_uuid (item), self->focus_uuid) != 0)
        {
          self->n_hidden[influence][column]++;
          continue;
        }
      shown[influence][column]++;
      chip = _trellis_stakeholder_grid_build_chip (self, item);
      gtk_flow_box_append (self->flows[influence][column], chip);
      /* Tab goes from chip to chip, not to the flow box's child first. */
      gtk_widget_set_focusable (gtk_widget_get_parent (chip), FALSE);
    }

  update_more_buttons (self);
  gtk_stack_set_visible_child_name (self->stack, n_items > 0 ? "grid" : "empty");
  update_balance (self);

  /* A chip moved with the keyboard keeps the focus in its new cell. */
  focus = self->focus_uuid != NULL ? g_hash_table_lookup (self->chips, self->focus_uuid) : NULL;
  if (focus != NULL)
    gtk_widget_grab_focus (focus);
  g_clear_pointer (&self->focus_uuid, g_free);
}

gboolean
_trellis_stakeholder_grid_rebuild_idle_cb (gpointer user_data)
{
  TrellisStakeholderGrid *self = TRELLIS_STAKEHOLDER_GRID (user_data);

  self->rebuild_id = 0;
  if (self->dragging)
    self->rebuild_after_drag = TRUE;
  else
    rebuild_chips (self);
  return G_SOURCE_REMOVE;
}

static void
on_project_changed_cb (TrellisStakeholderGrid *self,
                       TrellisItem            *item)
{
  if (item != NULL && !TRELLIS_IS_STAKEHOLDER (item))
    return;

  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add (_trellis_stakeholder_grid_rebuild_idle_cb, self);
}

static void
on_axis_button_toggled_cb (TrellisStakeholderGrid *self)
{
  TrellisGridAxis axis = gtk_toggle_button_get_active (self->interest_button) ? TRELLIS_GRID_AXIS_INTEREST
                                                                              : TRELLIS_GRID_AXIS_ATTITUDE;

  if (axis == self->axis)
    return;

  self->axis = axis;
  update_cells (self);
  if (self->project != NULL)
    rebuild_chips (self);
}

static void
move_stakeholder_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  TrellisStakeholderGrid *self = TRELLIS_STAKEHOLDER_GRID (widget);
  const char *uuid;
  int d_influence, d_column, influence, column, value;
  TrellisLevel level;
  TrellisItem *item;

  g_variant_get (parameter, "(&sii)", &uuid, &d_influence, &d_column);
  item = trellis_project_lookup (self->project, uuid);
  if (!self->editable || !TRELLIS_IS_STAKEHOLDER (item))
    return;

  trellis_stakeholder_get_cell (TRELLIS_STAKEHOLDER (item), self->axis, &level, &value);
  influence = (int) level + d_influence;
  column = (int) trellis_grid_axis_get_column (self->axis, value) + d_column;
  if (influence < TRELLIS_LEVEL_LOW || influence > TRELLIS_LEVEL_HIGH
      || column < 0 || column >= TRELLIS_GRID_N_COLUMNS)
    {
      gtk_widget_error_bell (widget);
      return;
    }

  g_free (self->focus_uuid);
  self->focus_uuid = g_strdup (uuid);
  trellis_stakeholder_place (self->project, TRELLIS_STAKEHOLDER (item), self->axis, influence,
                             trellis_grid_axis_get_value (self->axis, column));
}

static void
set_editable (TrellisStakeholderGrid *self,
              gboolean                editable)
{
  if (self->editable == editable)
    return;

  self->editable = editable;
  gtk_widget_set_visible (GTK_WIDGET (self->hint_label),
                          editable && gtk_orientable_get_orientation (GTK_ORIENTABLE (self->content_box))
                                      == GTK_ORIENTATION_HORIZONTAL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "grid.move-stakeholder", editable);
  if (self->project != NULL)
    rebuild_chips (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITABLE]);
}

static void
trellis_stakeholder_grid_measure (GtkWidget      *widget,
                                  GtkOrientation  orientation,
                                  int             for_size,
                                  int            *minimum,
                                  int            *natural,
                                  int            *minimum_baseline,
                                  int            *natural_baseline)
{
  TrellisStakeholderGrid *self = TRELLIS_STAKEHOLDER_GRID (widget);

  gtk_widget_measure (GTK_WIDGET (self->stack), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

/* Where the window is narrow, the balance goes below the grid rather than beside it. */
static void
trellis_stakeholder_grid_size_allocate (GtkWidget *widget,
                                        int        width,
                                        int        height,
                                        int        baseline)
{
  TrellisStakeholderGrid *self = TRELLIS_STAKEHOLDER_GRID (widget);
  GtkOrientation orientation = width < NARROW_WIDTH ? GTK_ORIENTATION_VERTICAL : GTK_ORIENTATION_HORIZONTAL;

  gboolean show_hint = self->editable && orientation == GTK_ORIENTATION_HORIZONTAL;

  if (gtk_orientable_get_orientation (GTK_ORIENTABLE (self->content_box)) != orientation)
    gtk_orientable_set_orientation (GTK_ORIENTABLE (self->content_box), orientation);
  /* The chips' tooltips say it too. */
  if (gtk_widget_get_visible (GTK_WIDGET (self->hint_label)) != show_hint)
    gtk_widget_set_visible (GTK_WIDGET (self->hint_label), show_hint);
  gtk_widget_allocate (GTK_WIDGET (self->stack), width, height, baseline, NULL);
}

static void
trellis_stakeholder_grid_dispose (GObject *object)
{
  TrellisStakeholderGrid *self = TRELLIS_STAKEHOLDER_GRID (object);

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), TRELLIS_TYPE_STAKEHOLDER_GRID);
  g_clear_pointer (&self->chips, g_hash_table_unref);
  g_clear_pointer (&self->focus_uuid, g_free);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (trellis_stakeholder_grid_parent_class)->dispose (object);
}

static void
trellis_stakeholder_grid_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  TrellisStakeholderGrid *self = TRELLIS_STAKEHOLDER_GRID (object);

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
trellis_stakeholder_grid_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  TrellisStakeholderGrid *self = TRELLIS_STAKEHOLDER_GRID (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      self->project = g_value_dup_object (value);
      break;
    case PROP_EDITABLE:
      set_editable (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trellis_stakeholder_grid_class_init (TrellisStakeholderGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trellis_stakeholder_grid_dispose;
  object_class->get_property = trellis_stakeholder_grid_get_property;
  object_class->set_property = trellis_stakeholder_grid_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, TRELLIS_TYPE_PROJECT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_EDITABLE] =
    g_param_spec_boolean ("editable", NULL, NULL, TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "grid.move-stakeholder", "(sii)", move_stakeholder_action);

  g_type_ensure (TRELLIS_TYPE_HELIX_CHART);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/trellis/Trellis/ui/trellis-stakeholder-grid.ui");
  gtk_widget_class_bind_template_child (widget_class, TrellisStakeholderGrid, stack);
  gtk_widget_class_bind_template_child (widget_class, TrellisStakeholderGrid, attitude_button);
  gtk_widget_class_bind_template_child (widget_class, TrellisStakeholderGrid, interest_button);
  gtk_widget_class_bind_template_child (widget_class, TrellisStakeholderGrid, hint_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisStakeholderGrid, rows_box);
  gtk_widget_class_bind_template_child (widget_class, TrellisStakeholderGrid, content_box);
  gtk_widget_class_bind_template_child (widget_class, TrellisStakeholderGrid, helix_chart);
  gtk_widget_class_bind_template_callback (widget_class, on_axis_button_toggled_cb);

  widget_class->measure = trellis_stakeholder_grid_measure;
  widget_class->size_allocate = trellis_stakeholder_grid_size_allocate;
  gtk_widget_class_set_css_name (widget_class, "stakeholdergrid");
}

static void
trellis_stakeholder_grid_init (TrellisStakeholderGrid *self)
{
  self->editable = TRUE;
  self->axis = TRELLIS_GRID_AXIS_ATTITUDE;
  self->chips = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  build_grid (self);
  update_cells (self);
}

/**
 * trellis_stakeholder_grid_new:
 *
 * Returns: (transfer floating): the view of @project
 */
GtkWidget *
trellis_stakeholder_grid_new (TrellisProject *project)
{
  TrellisStakeholderGrid *self;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);

  self = g_object_new (TRELLIS_TYPE_STAKEHOLDER_GRID, "project", project, NULL);
  trellis_tool_view_follow_changes (self, project, G_CALLBACK (on_project_changed_cb));
  rebuild_chips (self);
  return GTK_WIDGET (self);
}
