/* test-stakeholder-table.c: the stakeholder register in a real window,
 * paths /ui/stakeholder-table/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opens real files in the application under Xvfb, drives the register's
 * widgets and actions, and checks the project and what the widgets show,
 * before and after undoing through the window.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "trellis-application.h"
#include "trellis-stakeholder-panel.h"
#include "trellis-register-choice.h"
#include "trellis-stakeholder-table.h"
#include "trellis-register-slot.h"
#include "trellis-window.h"
#include "trellis-test-utils.h"
#include "ui-test-utils.h"

static TrellisApplication *app;
static char *tmpdir;

/* Helpers */

static TrellisStakeholder *
add_stakeholder (TrellisProject  *project,
                 const char      *name,
                 TrellisHelix     helix,
                 TrellisAttitude  attitude,
                 TrellisLevel     influence)
{
  g_autoptr(TrellisStakeholder) stakeholder = trellis_stakeholder_new (name);

  trellis_stakeholder_set_helix (stakeholder, helix);
  trellis_stakeholder_set_attitude (stakeholder, attitude);
  trellis_stakeholder_set_influence (stakeholder, influence);
  trellis_project_add_item (project, stakeholder);
  return stakeholder;
}

/* Four stakeholders; the first owns an action. */
static GFile *
write_register (const char *basename,
                gboolean    empty)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Register");

  if (!empty)
    {
      TrellisStakeholder *owner;
      TrellisAction *action = trellis_action_new ("Kick-off meeting");

      TrellisStakeholder *other;

      owner = add_stakeholder (project, "Hartmann Polymer Parts", TRELLIS_HELIX_BUSINESS,
                               TRELLIS_ATTITUDE_POSITIVE, TRELLIS_LEVEL_HIGH);
      trellis_stakeholder_set_internal (owner, TRUE);
      trellis_stakeholder_set_committed (owner, TRUE);
      trellis_stakeholder_set_contact (owner, "Markus Hartmann");
      other = add_stakeholder (project, "Valdor University", TRELLIS_HELIX_RESEARCH,
                               TRELLIS_ATTITUDE_NEUTRAL, TRELLIS_LEVEL_MEDIUM);
      trellis_stakeholder_set_organisation (other, "Université de Valdor");
      other = add_stakeholder (project, "Trade Association", TRELLIS_HELIX_INTERMEDIARY,
                               TRELLIS_ATTITUDE_CRITICAL, TRELLIS_LEVEL_HIGH);
      trellis_stakeholder_set_measure (other, "Invite them to the steering group");
      add_stakeholder (project, "Regional Ministry", TRELLIS_HELIX_GOVERNMENT,
                       TRELLIS_ATTITUDE_POSITIVE, TRELLIS_LEVEL_LOW);
      trellis_action_set_owner (action, owner);
      trellis_project_add_item (project, action);
      g_object_unref (action);
    }

  return ui_test_write_project (tmpdir, basename, project);
}

static GtkWidget *
show_register (TrellisWindow *window)
{
  GtkWidget *table = ui_test_show_page (window, "actors/register", TRELLIS_TYPE_STAKEHOLDER_TABLE);

  g_assert_false (adw_flap_get_folded (ADW_FLAP (ui_test_find_descendant (table, ADW_TYPE_FLAP))));
  return table;
}

static GtkWidget *
open_register (GFile          *file,
               TrellisWindow **out_window)
{
  TrellisWindow *window = ui_test_open_window (G_APPLICATION (app), file);

  *out_window = window;
  return show_register (window);
}

static void
set_restriction (GtkWidget  *table,
                 const char *property,
                 int         value)
{
  g_autofree char *action = g_strconcat ("register.filter-", property, NULL);

  g_assert_true (gtk_widget_activate_action (table, action, "i", value));
  ui_test_iterate_pending ();
}

static void
collect_cells (GtkWidget  *widget,
               const char *name,
               GPtrArray  *cells)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    {
      g_ptr_array_add (cells, widget);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_cells (child, name, cells);
}

/* The cells of a column on screen, from the top row down. */
static GPtrArray *
column_cells (GtkWidget  *table,
              const char *property)
{
  g_autofree char *name = g_strconcat ("register-", property, NULL);
  GtkWidget *column_view = ui_test_find_descendant (table, GTK_TYPE_COLUMN_VIEW);
  GPtrArray *cells = g_ptr_array_new ();

  collect_cells (column_view, name, cells);
  return cells;
}

static GtkWidget *
row_cell (GtkWidget  *table,
          const char *property,
          guint       row,
          GType       type)
{
  g_autoptr(GPtrArray) cells = column_cells (table, property);
  GtkWidget *widget;

  g_assert_cmpuint (row, <, cells->len);
  /* A cell's editor is made when it is first used, as a click would. */
  trellis_register_cell_get_editor (g_ptr_array_index (cells, row));
  widget = ui_test_find_descendant (g_ptr_array_index (cells, row), type);
  g_assert_nonnull (widget);
  return widget;
}

/* What the name column shows, "A; B; C". */
static char *
shown_names (GtkWidget *table)
{
  g_autoptr(GPtrArray) cells = column_cells (table, "name");
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < cells->len; i++)
    {
      /* The label shown until the cell is first used, kept up to date after. */
      GtkWidget *label = ui_test_find_descendant (g_ptr_array_index (cells, i), GTK_TYPE_LABEL);

      if (i > 0)
        g_string_append (names, "; ");
      g_string_append (names, gtk_label_get_text (GTK_LABEL (label)));
    }

  return g_string_free (g_steal_pointer (&names), FALSE);
}

#define assert_shown(table, expected) \
  G_STMT_START { \
    g_autofree char *names__ = shown_names (table); \
    g_assert_cmpstr (names__, ==, expected); \
  } G_STMT_END

static TrellisStakeholder *
find_stakeholder (TrellisWindow *window,
                  const char    *name)
{
  return trellis_test_find_stakeholder (trellis_window_get_project (window), name);
}

static guint
count_stakeholders (TrellisWindow *window)
{
  return trellis_project_count_items (trellis_window_get_project (window), TRELLIS_TYPE_STAKEHOLDER);
}

static const char *
count_label (GtkWidget *table)
{
  GtkWidget *toolbar = gtk_widget_get_first_child (gtk_widget_get_first_child (table));

  for (GtkWidget *child = gtk_widget_get_first_child (toolbar);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LABEL (child))
      return gtk_label_get_text (GTK_LABEL (child));

  g_assert_not_reached ();
}

static void
click (GtkWidget  *table,
       const char *action_name)
{
  GtkWidget *button = ui_test_find_mapped_action_button (table, action_name);

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  ui_test_iterate_pending ();
}

static TrellisStakeholderPanel *
get_panel (GtkWidget *table)
{
  return TRELLIS_STAKEHOLDER_PANEL (ui_test_find_descendant (table, TRELLIS_TYPE_STAKEHOLDER_PANEL));
}

static void
select_row (GtkWidget *table,
            guint      row)
{
  GtkColumnView *column_view = GTK_COLUMN_VIEW (ui_test_find_descendant (table, GTK_TYPE_COLUMN_VIEW));

  g_assert_true (gtk_selection_model_select_item (gtk_column_view_get_model (column_view), row, TRUE));
  ui_test_iterate_pending ();
}

/* The search entry reports after a short delay. */
static void
search (GtkWidget  *table,
        const char *text,
        const char *expected_count)
{
  GtkWidget *entry = ui_test_find_descendant (table, GTK_TYPE_SEARCH_ENTRY);
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  while (g_strcmp0 (count_label (table), expected_count) != 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpstr (count_label (table), ==, expected_count);
  ui_test_iterate_pending ();
}

static gboolean
has_shortcut (GtkWidget  *widget,
              const char *accelerator,
              const char *action_name)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          if (g_strcmp0 (trigger, accelerator) == 0 && GTK_IS_NAMED_ACTION (action) &&
              g_strcmp0 (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)), action_name) == 0)
            return TRUE;
        }
    }

  return FALSE;
}

static void
edit_inline (GtkWidget  *table,
             const char *property,
             guint       row,
             const char *text)
{
  GtkWidget *label = row_cell (table, property, row, GTK_TYPE_EDITABLE_LABEL);

  g_assert_true (gtk_editable_get_editable (GTK_EDITABLE (label)));
  gtk_editable_label_start_editing (GTK_EDITABLE_LABEL (label));
  gtk_editable_set_text (GTK_EDITABLE (label), text);
  gtk_editable_label_stop_editing (GTK_EDITABLE_LABEL (label), TRUE);
  ui_test_iterate_pending ();
}

/* Tests */

static void
test_empty_add (void)
{
  g_autoptr(GFile) file = write_register ("empty.trellis", TRUE);
  TrellisWindow *window;
  GtkWidget *table = open_register (file, &window);
  TrellisStakeholder *added;
  GtkWidget *name_row;

  g_assert_true (ui_test_shows_label (table, "No Stakeholders Yet"));
  g_assert_true (ui_test_shows_label (table, "Add the firms, universities and public bodies to involve"));
  g_assert_cmpstr (count_label (table), ==, "0 stakeholders");

  /* The button in the empty state adds one, shows it and puts the cursor in its name. */
  click (gtk_widget_get_last_child (gtk_widget_get_first_child (table)), "register.add");
  g_assert_cmpuint (count_stakeholders (window), ==, 1);
  added = find_stakeholder (window, "New stakeholder");
  g_assert_nonnull (added);
  g_assert_false (ui_test_shows_label (table, "No Stakeholders Yet"));
  g_assert_cmpstr (count_label (table), ==, "1 stakeholder");
  assert_shown (table, "New stakeholder");
  g_assert_true (trellis_stakeholder_panel_get_stakeholder (get_panel (table)) == added);
  name_row = ui_test_find_row (table, "Name");
  g_assert_nonnull (name_row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "New stakeholder");
  g_assert_true (gtk_widget_has_focus (name_row) || gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), name_row));

  /* The toolbar's button adds another, numbered. */
  click (table, "register.add");
  g_assert_nonnull (find_stakeholder (window, "New stakeholder 2"));
  assert_shown (table, "New stakeholder; New stakeholder 2");

  /* One undo step each. */
  ui_test_undo (window);
  assert_shown (table, "New stakeholder");
  ui_test_undo (window);
  g_assert_cmpuint (count_stakeholders (window), ==, 0);
  g_assert_true (ui_test_shows_label (table, "No Stakeholders Yet"));
  g_assert_null (trellis_stakeholder_panel_get_stakeholder (get_panel (table)));
}

static void
test_edit (void)
{
  g_autoptr(GFile) file = write_register ("edit.trellis", FALSE);
  TrellisWindow *window;
  GtkWidget *table = open_register (file, &window);
  TrellisStakeholder *university = find_stakeholder (window, "Valdor University");
  TrellisStakeholder *trade = find_stakeholder (window, "Trade Association");
  GtkWidget *row, *drop_down, *check, *icon;
  AdwComboRow *attitude;

  assert_shown (table, "Hartmann Polymer Parts; Valdor University; Trade Association; Regional Ministry");
  /* A critic of high influence is flagged, the others not. */
  icon = row_cell (table, "name", 2, GTK_TYPE_IMAGE);
  g_assert_true (gtk_widget_get_visible (icon));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (icon), "Critical"));
  g_assert_false (gtk_widget_get_visible (row_cell (table, "name", 0, GTK_TYPE_IMAGE)));

  /* In the side panel. */
  select_row (table, 1);
  g_assert_true (trellis_stakeholder_panel_get_stakeholder (get_panel (table)) == university);
  row = ui_test_find_row (table, "Name");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "Valdor University");
  gtk_editable_set_text (GTK_EDITABLE (row), "Valdor University of Applied Sciences");
  ui_test_iterate_pending ();
  g_assert_cmpstr (trellis_stakeholder_get_name (university), ==,
                   "Valdor University of Applied Sciences");
  assert_shown (table, "Hartmann Polymer Parts; Valdor University of Applied Sciences; Trade Association; "
                       "Regional Ministry");
  attitude = ADW_COMBO_ROW (ui_test_find_row (table, "Attitude"));
  adw_combo_row_set_selected (attitude, TRELLIS_ATTITUDE_CRITICAL);
  ui_test_iterate_pending ();
  g_assert_cmpint (trellis_stakeholder_get_attitude (university), ==, TRELLIS_ATTITUDE_CRITICAL);
  drop_down = row_cell (table, "attitude", 1, TRELLIS_TYPE_REGISTER_CHOICE);
  g_assert_cmpuint (trellis_register_choice_get_selected (TRELLIS_REGISTER_CHOICE (drop_down)), ==, TRELLIS_ATTITUDE_CRITICAL);
  /* Critical but of medium influence: no flag. */
  g_assert_false (gtk_widget_get_visible (row_cell (table, "name", 1, GTK_TYPE_IMAGE)));

  /* In place: the name, a drop-down and a check button. */
  edit_inline (table, "name", 2, "Plastics Trade Association");
  g_assert_cmpstr (trellis_stakeholder_get_name (trade), ==, "Plastics Trade Association");
  g_assert_true (ui_test_shows_label (table, "Plastics Trade Association"));
  /* An empty name is not taken. */
  edit_inline (table, "name", 2, "  ");
  g_assert_cmpstr (trellis_stakeholder_get_name (trade), ==, "Plastics Trade Association");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row_cell (table, "name", 2, GTK_TYPE_EDITABLE_LABEL))),
                   ==, "Plastics Trade Association");
  edit_inline (table, "organisation", 2, "National Plastics Association");
  g_assert_cmpstr (trellis_stakeholder_get_organisation (trade), ==,
                   "National Plastics Association");
  drop_down = row_cell (table, "attitude", 2, TRELLIS_TYPE_REGISTER_CHOICE);
  trellis_register_choice_set_selected (TRELLIS_REGISTER_CHOICE (drop_down), TRELLIS_ATTITUDE_NEUTRAL);
  ui_test_iterate_pending ();
  g_assert_cmpint (trellis_stakeholder_get_attitude (trade), ==, TRELLIS_ATTITUDE_NEUTRAL);
  g_assert_false (gtk_widget_get_visible (row_cell (table, "name", 2, GTK_TYPE_IMAGE)));
  check = row_cell (table, "committed", 2, GTK_TYPE_CHECK_BUTTON);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  ui_test_iterate_pending ();
  g_assert_true (trellis_stakeholder_get_committed (trade));

  /* Undo everything from the window: model, cells and panel follow. */
  ui_test_undo (window);
  g_assert_false (trellis_stakeholder_get_committed (trade));
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (row_cell (table, "committed", 2,
                                                                           GTK_TYPE_CHECK_BUTTON))));
  ui_test_undo (window);
  g_assert_cmpint (trellis_stakeholder_get_attitude (trade), ==, TRELLIS_ATTITUDE_CRITICAL);
  g_assert_cmpuint (trellis_register_choice_get_selected (TRELLIS_REGISTER_CHOICE (row_cell (table, "attitude", 2,
                                                                         TRELLIS_TYPE_REGISTER_CHOICE))),
                    ==, TRELLIS_ATTITUDE_CRITICAL);
  g_assert_true (gtk_widget_get_visible (row_cell (table, "name", 2, GTK_TYPE_IMAGE)));
  ui_test_undo (window);
  g_assert_null (trellis_stakeholder_get_organisation (trade));
  ui_test_undo (window);
  g_assert_cmpstr (trellis_stakeholder_get_name (trade), ==, "Trade Association");
  ui_test_undo (window);
  g_assert_cmpint (trellis_stakeholder_get_attitude (university), ==, TRELLIS_ATTITUDE_NEUTRAL);
  g_assert_cmpuint (adw_combo_row_get_selected (attitude), ==, TRELLIS_ATTITUDE_NEUTRAL);
  ui_test_undo (window);
  g_assert_cmpstr (trellis_stakeholder_get_name (university), ==, "Valdor University");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "Valdor University");
  assert_shown (table, "Hartmann Polymer Parts; Valdor University; Trade Association; Regional Ministry");
  g_assert_false (trellis_project_get_dirty (trellis_window_get_project (window)));

  /* Leaving a cell being edited keeps what was typed. */
  {
    GtkWidget *label = row_cell (table, "name", 3, GTK_TYPE_EDITABLE_LABEL);
    gint64 deadline = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;
    TrellisStakeholder *ministry = find_stakeholder (window, "Regional Ministry");

    gtk_editable_label_start_editing (GTK_EDITABLE_LABEL (label));
    gtk_editable_set_text (GTK_EDITABLE (label), "Regional Ministry of Economy");
    gtk_widget_grab_focus (ui_test_find_descendant (table, GTK_TYPE_SEARCH_ENTRY));
    while (gtk_editable_label_get_editing (GTK_EDITABLE_LABEL (label)) && g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, FALSE);
    ui_test_iterate_pending ();
    g_assert_cmpstr (trellis_stakeholder_get_name (ministry), ==, "Regional Ministry of Economy");
    ui_test_undo (window);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row_cell (table, "name", 3, GTK_TYPE_EDITABLE_LABEL))),
                     ==, "Regional Ministry");
  }
}

static void
test_search_filter (void)
{
  g_autoptr(GFile) file = write_register ("search.trellis", FALSE);
  TrellisWindow *window;
  GtkWidget *table = open_register (file, &window);
  GtkWidget *entry = ui_test_find_descendant (table, GTK_TYPE_SEARCH_ENTRY);
  GtkWidget *focus;

  g_assert_cmpstr (count_label (table), ==, "4 stakeholders");

  /* Ctrl+F's action puts the cursor in the search. */
  g_assert_true (has_shortcut (table, "<Control>f", "register.search"));
  g_assert_true (has_shortcut (ui_test_find_descendant (table, GTK_TYPE_COLUMN_VIEW), "Delete",
                               "register.delete"));
  ui_test_activate (table, "register.search");
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focus == entry || gtk_widget_is_ancestor (focus, entry));

  /* Without regard to accents and case, in every text field. */
  search (table, "UNIVERSITE", "1 of 4 stakeholders");
  assert_shown (table, "Valdor University");
  search (table, "steering", "1 of 4 stakeholders");
  assert_shown (table, "Trade Association");
  search (table, "nobody", "0 of 4 stakeholders");
  g_assert_true (ui_test_shows_label (table, "No Matching Stakeholders"));
  search (table, "", "4 stakeholders");
  g_assert_false (ui_test_shows_label (table, "No Matching Stakeholders"));

  /* The filter menu's restrictions, alone and combined. */
  set_restriction (table, "influence", TRELLIS_LEVEL_HIGH);
  g_assert_cmpstr (count_label (table), ==, "2 of 4 stakeholders");
  assert_shown (table, "Hartmann Polymer Parts; Trade Association");
  set_restriction (table, "attitude", TRELLIS_ATTITUDE_POSITIVE);
  assert_shown (table, "Hartmann Polymer Parts");
  set_restriction (table, "influence", -1);
  assert_shown (table, "Hartmann Polymer Parts; Regional Ministry");
  set_restriction (table, "internal", 0);
  assert_shown (table, "Regional Ministry");
  set_restriction (table, "internal", 1);
  assert_shown (table, "Hartmann Polymer Parts");
  set_restriction (table, "helix", TRELLIS_HELIX_RESEARCH);
  g_assert_cmpstr (count_label (table), ==, "0 of 4 stakeholders");

  /* Clear Filters, in the no-results state, lets everyone through. */
  click (table, "register.clear-filters");
  g_assert_cmpstr (count_label (table), ==, "4 stakeholders");
  assert_shown (table, "Hartmann Polymer Parts; Valdor University; Trade Association; Regional Ministry");

  /* An edit that leaves the filter takes the row away, an undo brings it back. */
  set_restriction (table, "attitude", TRELLIS_ATTITUDE_POSITIVE);
  assert_shown (table, "Hartmann Polymer Parts; Regional Ministry");
  trellis_stakeholder_set_attitude (find_stakeholder (window, "Regional Ministry"), TRELLIS_ATTITUDE_CRITICAL);
  ui_test_iterate_pending ();
  assert_shown (table, "Hartmann Polymer Parts");
  g_assert_cmpstr (count_label (table), ==, "1 of 4 stakeholders");
  ui_test_undo (window);
  assert_shown (table, "Hartmann Polymer Parts; Regional Ministry");

  /* A stakeholder added while filtered fits the filter, so it shows. */
  click (table, "register.add");
  g_assert_cmpint (trellis_stakeholder_get_attitude (find_stakeholder (window, "New stakeholder")), ==,
                   TRELLIS_ATTITUDE_POSITIVE);
  assert_shown (table, "Hartmann Polymer Parts; Regional Ministry; New stakeholder");
}

static void
test_sort (void)
{
  g_autoptr(GFile) file = write_register ("sort.trellis", FALSE);
  TrellisWindow *window;
  GtkWidget *table = open_register (file, &window);
  GtkColumnView *column_view = GTK_COLUMN_VIEW (ui_test_find_descendant (table, GTK_TYPE_COLUMN_VIEW));
  GListModel *columns = gtk_column_view_get_columns (column_view);
  GtkColumnViewColumn *name = NULL, *attitude = NULL;
  const char *titles[] = { "Name", "Organisation", "Helix", "Member", "Attitude", "Influence", "Interest",
                           "Role", "Champion", "Committed", "Description", "Engagement Measure", "Contact" };

  /* Every field has a sortable column. */
  g_assert_cmpuint (g_list_model_get_n_items (columns), ==, G_N_ELEMENTS (titles));
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      g_assert_cmpstr (gtk_column_view_column_get_title (column), ==, titles[i]);
      g_assert_nonnull (gtk_column_view_column_get_sorter (column));
      g_assert_true (gtk_column_view_column_get_visible (column));
      if (i == 0)
        name = column;
      else if (i == 4)
        attitude = column;
    }

  gtk_column_view_sort_by_column (column_view, name, GTK_SORT_ASCENDING);
  ui_test_iterate_pending ();
  assert_shown (table, "Hartmann Polymer Parts; Regional Ministry; Trade Association; Valdor University");
  gtk_column_view_sort_by_column (column_view, name, GTK_SORT_DESCENDING);
  ui_test_iterate_pending ();
  assert_shown (table, "Valdor University; Trade Association; Regional Ministry; Hartmann Polymer Parts");

  /* Positive, neutral, critical; an edit moves the row. */
  gtk_column_view_sort_by_column (column_view, attitude, GTK_SORT_ASCENDING);
  ui_test_iterate_pending ();
  assert_shown (table, "Hartmann Polymer Parts; Regional Ministry; Valdor University; Trade Association");
  trellis_register_choice_set_selected (TRELLIS_REGISTER_CHOICE (row_cell (table, "attitude", 0, TRELLIS_TYPE_REGISTER_CHOICE)),
                              TRELLIS_ATTITUDE_CRITICAL);
  ui_test_iterate_pending ();
  assert_shown (table, "Regional Ministry; Valdor University; Hartmann Polymer Parts; Trade Association");
  ui_test_undo (window);
  assert_shown (table, "Hartmann Polymer Parts; Regional Ministry; Valdor University; Trade Association");
  g_assert_cmpuint (trellis_register_choice_get_selected (TRELLIS_REGISTER_CHOICE (row_cell (table, "attitude", 0,
                                                                         TRELLIS_TYPE_REGISTER_CHOICE))),
                    ==, TRELLIS_ATTITUDE_POSITIVE);
}

static void
test_delete (void)
{
  g_autoptr(GFile) file = write_register ("delete.trellis", FALSE);
  TrellisWindow *window;
  GtkWidget *table = open_register (file, &window);
  TrellisProject *project = trellis_window_get_project (window);
  TrellisStakeholder *owner = find_stakeholder (window, "Hartmann Polymer Parts");
  g_autofree char *uuid = g_strdup (trellis_item_get_uuid (TRELLIS_ITEM (owner)));
  g_autoptr(TrellisAction) action = g_list_model_get_item (trellis_project_get_items (project, TRELLIS_TYPE_ACTION), 0);
  AdwMessageDialog *dialog;

  /* It owns an action: the dialog names it; Cancel keeps everything. */
  select_row (table, 0);
  g_assert_true (trellis_stakeholder_panel_get_stakeholder (get_panel (table)) == owner);
  click (table, "register.delete");
  dialog = ui_test_expect_dialog ("Delete “Hartmann Polymer Parts”?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Owns 1 action: “Kick-off meeting”."));
  ui_test_respond (dialog, "cancel");
  g_assert_cmpuint (count_stakeholders (window), ==, 4);
  g_assert_cmpstr (trellis_action_get_owner_uuid (action), ==, uuid);
  assert_shown (table, "Hartmann Polymer Parts; Valdor University; Trade Association; Regional Ministry");

  /* Confirming deletes it and clears the action's owner. */
  ui_test_activate (table, "register.delete");
  ui_test_respond (ui_test_expect_dialog ("Delete “Hartmann Polymer Parts”?"), "delete");
  g_assert_cmpuint (count_stakeholders (window), ==, 3);
  g_assert_null (trellis_project_lookup (project, uuid));
  g_assert_null (trellis_action_get_owner_uuid (action));
  assert_shown (table, "Valdor University; Trade Association; Regional Ministry");
  g_assert_cmpstr (count_label (table), ==, "3 stakeholders");
  g_assert_null (trellis_stakeholder_panel_get_stakeholder (get_panel (table)));

  /* One that nothing refers to goes at once. */
  select_row (table, 1);
  ui_test_activate (table, "register.delete");
  g_assert_null (ui_test_find_message_dialog ());
  assert_shown (table, "Valdor University; Regional Ministry");

  /* Undo brings both back, the same UUID, the owner restored. */
  ui_test_undo (window);
  assert_shown (table, "Valdor University; Trade Association; Regional Ministry");
  ui_test_undo (window);
  g_assert_true (trellis_project_lookup (project, uuid) == TRELLIS_ITEM (owner));
  g_assert_cmpstr (trellis_action_get_owner_uuid (action), ==, uuid);
  assert_shown (table, "Hartmann Polymer Parts; Valdor University; Trade Association; Regional Ministry");
  g_assert_false (trellis_project_get_dirty (project));
}

static void
test_read_only (void)
{
  g_autoptr(GFile) file = write_register ("read-only.trellis", FALSE);
  TrellisWindow *window;
  GtkWidget *table, *label, *check, *row;

  window = ui_test_open_read_only (G_APPLICATION (app), file);
  table = show_register (window);

  g_assert_false (gtk_widget_is_sensitive (ui_test_find_mapped_action_button (table, "register.add")));
  ui_test_activate (table, "register.add");
  g_assert_cmpuint (count_stakeholders (window), ==, 4);

  /* Cells show the values as labels and make no editor. */
  label = row_cell (table, "name", 0, GTK_TYPE_LABEL);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, "Hartmann Polymer Parts");
  {
    GtkWidget *column_view = ui_test_find_descendant (table, GTK_TYPE_COLUMN_VIEW);

    g_assert_null (ui_test_find_descendant (column_view, GTK_TYPE_EDITABLE_LABEL));
    g_assert_null (ui_test_find_descendant (column_view, TRELLIS_TYPE_REGISTER_SLOT));
    g_assert_null (ui_test_find_descendant (column_view, TRELLIS_TYPE_REGISTER_CHOICE));
  }
  g_assert_true (GTK_IS_LABEL (row_cell (table, "attitude", 0, GTK_TYPE_LABEL)));
  g_assert_true (ui_test_shows_label (table, "Positive"));
  check = row_cell (table, "committed", 0, GTK_TYPE_CHECK_BUTTON);
  g_assert_false (gtk_widget_get_can_target (check));
  g_assert_false (gtk_widget_get_can_focus (check));

  /* So does the panel; nothing deletes. */
  select_row (table, 0);
  row = ui_test_find_row (table, "Name");
  g_assert_nonnull (row);
  g_assert_false (gtk_editable_get_editable (GTK_EDITABLE (row)));
  g_assert_false (gtk_widget_is_sensitive (ui_test_find_row (table, "Attitude")));
  g_assert_false (gtk_widget_is_sensitive (ui_test_find_row (table, "Committed Member")));
  g_assert_null (ui_test_find_mapped_action_button (table, "register.delete"));
  ui_test_activate (table, "register.delete");
  g_assert_null (ui_test_find_message_dialog ());
  g_assert_cmpuint (count_stakeholders (window), ==, 4);
  g_assert_false (trellis_project_get_dirty (trellis_window_get_project (window)));
}

int
main (int   argc,
      char *argv[])
{
  app = ui_test_init (&argc, &argv, &tmpdir);

  g_test_add_func ("/ui/stakeholder-table/empty-add", test_empty_add);
  g_test_add_func ("/ui/stakeholder-table/edit", test_edit);
  g_test_add_func ("/ui/stakeholder-table/search-filter", test_search_filter);
  g_test_add_func ("/ui/stakeholder-table/sort", test_sort);
  g_test_add_func ("/ui/stakeholder-table/delete", test_delete);
  g_test_add_func ("/ui/stakeholder-table/read-only", test_read_only);

  return ui_test_run (app, tmpdir);
}
