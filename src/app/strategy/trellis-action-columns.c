/* trellis-action-columns.c: the columns of the action plan table
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One sortable column per field people scan a plan by, each in the order
 * of trellis_action_compare().  The register's cells do most: the title
 * and dates are edited in place (a date that is not YYYY-MM-DD is refused
 * and reported), the status and area with a drop-down, the progress with
 * a spin button and the quick-win flag with a check button.  Two cells
 * are the plan's own: the goal (its title, edited in the side panel) and
 * the owner (the owner chooser).  Late actions show a warning beside the
 * title and their due date in the error colour
 * (trellis_rules_action_is_overdue()).
 */

#define G_LOG_DOMAIN "trellis-action-columns"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-action-columns.h"
#include "trellis-action-owner.h"
#include "trellis-register.h"
#include "trellis-register-slot.h"

static char *
overdue (TrellisItem *item)
{
  if (!trellis_rules_action_is_overdue (TRELLIS_ACTION (item), trellis_date_today ()))
    return NULL;
  return g_strdup (_("Overdue: due before today and not done"));
}

static char *
format_budget (TrellisRegisterCell *cell)
{
  return trellis_action_format_budget (TRELLIS_ACTION (cell->item));
}

/* The goal: its title, dimmed when there is none. */

static GtkWidget *
create_goal (TrellisRegisterCell *cell)
{
  return cell->widget = trellis_register_cell_label_new ();
}

static void
refresh_goal (TrellisRegisterCell *cell)
{
  TrellisProject *project = trellis_register_get_project (cell->view);
  g_autofree char *goal = trellis_action_dup_goal_label (project, TRELLIS_ACTION (cell->item));

  trellis_register_cell_set_text (cell->widget, goal != NULL ? goal : _("No goal"));
  if (goal == NULL)
    gtk_widget_add_css_class (cell->widget, "dim-label");
  else
    gtk_widget_remove_css_class (cell->widget, "dim-label");
}

/* The owner: a stakeholder or an outside name, from the owner chooser. */

static void
owner_chosen (const char *owner,
              const char *owner_name,
              gpointer    user_data)
{
  TrellisRegisterCell *cell = user_data;
  g_autoptr(GPtrArray) actions = g_ptr_array_new ();

  if (cell->item == NULL)
    return;
  g_ptr_array_add (actions, cell->item);
  trellis_plan_set_owner (trellis_register_get_project (cell->view), actions, owner, owner_name);
}

/* The chooser is built when first opened: a register keeps up to 200
 * rows alive, and few owner cells are ever opened. */
static void
create_owner_popup (GtkMenuButton *button,
                    gpointer       user_data)
{
  TrellisRegisterCell *cell = user_data;
  TrellisProject *project = trellis_register_get_project (cell->view);

  /* GTK asks each time the button is pressed. */
  if (gtk_menu_button_get_popover (button) != NULL)
    return;
  gtk_menu_button_set_popover (button, trellis_action_owner_popover_new (project, owner_chosen, cell));
}

static void
refresh_owner (TrellisRegisterCell *cell)
{
  TrellisProject *project = trellis_register_get_project (cell->view);
  g_autofree char *owner = trellis_action_dup_owner_label (project, TRELLIS_ACTION (cell->item));

  GtkWidget *shown[] = { cell->label, cell->widget != NULL ? gtk_menu_button_get_child (GTK_MENU_BUTTON (cell->widget)) : NULL };

  for (guint i = 0; i < G_N_ELEMENTS (shown) && shown[i] != NULL; i++)
    {
      trellis_register_cell_set_text (shown[i], owner != NULL ? owner : _("Nobody"));
      if (owner == NULL)
        gtk_widget_add_css_class (shown[i], "dim-label");
      else
        gtk_widget_remove_css_class (shown[i], "dim-label");
    }
}

/* The owner's menu button, made when the cell is first used (a
 * TrellisRegisterSlot): until then, and when read-only, a label. */
static GtkWidget *
build_owner (TrellisRegisterSlot *slot,
             gpointer             user_data)
{
  TrellisRegisterCell *cell = user_data;
  GtkWidget *label = trellis_register_cell_label_new ();
  g_autofree char *title = trellis_register_strip_mnemonic (_(cell->column->title));

  cell->widget = gtk_menu_button_new ();
  gtk_widget_set_halign (label, GTK_ALIGN_START);
  gtk_menu_button_set_child (GTK_MENU_BUTTON (cell->widget), label);
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (cell->widget), create_owner_popup, cell, NULL);
  gtk_widget_add_css_class (cell->widget, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell->widget), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  /* The name at the start, as in the other cells: the menu button's
   * inner button and box centre their child otherwise. */
  for (GtkWidget *w = gtk_widget_get_parent (label); w != NULL && w != cell->widget; w = gtk_widget_get_parent (w))
    {
      gtk_widget_set_halign (w, GTK_ALIGN_FILL);
      gtk_widget_set_hexpand (w, TRUE);
    }
  refresh_owner (cell);
  return cell->widget;
}

static void
start_owner (GtkWidget *editor,
             gpointer   user_data)
{
  gtk_menu_button_popup (GTK_MENU_BUTTON (editor));
}

static GtkWidget *
create_owner (TrellisRegisterCell *cell)
{
  cell->label = trellis_register_cell_label_new ();
  if (!trellis_register_get_editable (cell->view))
    return cell->label;
  cell->slot = trellis_register_slot_new (cell->label, FALSE, build_owner, start_owner, cell);
  return cell->slot;
}

#define COLUMN(FIELD, title, kind, width) \
  { TRELLIS_ACTION_FIELD_##FIELD, title, TRELLIS_CELL_##kind, width, FALSE }

static const TrellisRegisterColumn columns[] = {
  /* A laptop's width shows the title to the due date beside the panel. */
  { TRELLIS_ACTION_FIELD_TITLE, N_("Action"), TRELLIS_CELL_TEXT, 230, TRUE, .required = TRUE,
    .flag = overdue, .flag_icon = "alarm-symbolic", .flag_class = "error" },
  { TRELLIS_ACTION_FIELD_GOAL, N_("Goal"), TRELLIS_CELL_CUSTOM, 160, TRUE, .watch_project = TRUE,
    .create = create_goal, .refresh = refresh_goal },
  { TRELLIS_ACTION_FIELD_OWNER, N_("Owner"), TRELLIS_CELL_CUSTOM, 150, FALSE, .watch_project = TRUE,
    .create = create_owner, .refresh = refresh_owner },
  COLUMN (START, N_("Start"), DATE, 100),
  { TRELLIS_ACTION_FIELD_DUE, N_("Due"), TRELLIS_CELL_DATE, 100, FALSE,
    .flag = overdue, .flag_class = "overdue" },
  COLUMN (STATUS, N_("Status"), ENUM, 132),
  COLUMN (PROGRESS, N_("Progress"), PERCENT, 116),
  { TRELLIS_ACTION_FIELD_BUDGET_PLANNED, N_("Budget (Spent / Planned)"), TRELLIS_CELL_MONEY, 200, FALSE,
    .format = format_budget },
  COLUMN (QUICK_WIN, N_("Quick Win"), CHECK, 96),
  COLUMN (AREA, N_("Service Area"), ENUM, 190),
};

#undef COLUMN

/**
 * trellis_action_columns_get:
 * @n_columns: (out): how many
 *
 * Returns: (array length=n_columns) (transfer none): the columns of the
 *   action plan, in their order
 */
const TrellisRegisterColumn *
trellis_action_columns_get (guint *n_columns)
{
  *n_columns = G_N_ELEMENTS (columns);
  return columns;
}
