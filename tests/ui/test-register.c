/* test-register.c: the register shared by stakeholders, actions and services,
 * through the service portfolio in a real window, paths /ui/register/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opens real files in the application under Xvfb, drives the portfolio's
 * cells, filter menu and side panel, and checks the project and what the
 * widgets show, before and after undoing through the window.  The shared
 * behaviour (an invalid value stays marked, a pending edit is taken before
 * the window closes, every control is named) is checked on the registers
 * that have it.
 */

#include "config.h"

#include <math.h>

#include "trellis-action-table.h"
#include "trellis-application.h"
#include "trellis-project-view.h"
#include "trellis-register.h"
#include "trellis-register-choice.h"
#include "trellis-services-view.h"
#include "trellis-stakeholder-table.h"
#include "trellis-register-slot.h"
#include "trellis-trace-panel.h"
#include "trellis-window.h"
#include "trellis-test-utils.h"
#include "ui-test-utils.h"

static TrellisApplication *app;
static char *tmpdir;

/* Helpers */

static TrellisService *
add_service (TrellisProject *project,
             const char     *name,
             TrellisFunding  funding,
             TrellisLevel    effort,
             TrellisLevel    appreciation)
{
  TrellisService *service = trellis_service_new (name);

  trellis_service_set_funding (service, funding);
  trellis_service_set_effort (service, effort);
  trellis_service_set_appreciation (service, appreciation);
  trellis_project_add_item (project, service);
  g_object_unref (service);
  return service;
}

/* Five services in four groups; the fair stand takes much and is rated low. */
static GFile *
write_portfolio (const char *basename,
                 gboolean    empty)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Portfolio");
  TrellisStakeholder *stakeholder;
  TrellisAction *action;

  if (!empty)
    {
      add_service (project, "Newsletter", TRELLIS_FUNDING_MEMBERSHIP, TRELLIS_LEVEL_LOW, TRELLIS_LEVEL_MEDIUM);
      add_service (project, "Trade-fair stand", TRELLIS_FUNDING_FREE, TRELLIS_LEVEL_HIGH, TRELLIS_LEVEL_LOW);
      add_service (project, "Test days", TRELLIS_FUNDING_FEE_BASED, TRELLIS_LEVEL_MEDIUM, TRELLIS_LEVEL_HIGH);
      add_service (project, "Matchmaking", TRELLIS_FUNDING_MEMBERSHIP, TRELLIS_LEVEL_LOW, TRELLIS_LEVEL_HIGH);
      add_service (project, "Energy advice", TRELLIS_FUNDING_TO_REVIEW, TRELLIS_LEVEL_MEDIUM, TRELLIS_LEVEL_MEDIUM);
      stakeholder = trellis_stakeholder_new ("Vocational School");
      trellis_project_add_item (project, stakeholder);
      g_object_unref (stakeholder);
      action = trellis_action_new ("Tool-setter course");
      trellis_action_set_due (action, trellis_date_from_dmy (30, 6, 2099));
      trellis_project_add_item (project, action);
      g_object_unref (action);
    }
  return ui_test_write_project (tmpdir, basename, project);
}

static GtkWidget *
show_view (TrellisWindow *window,
           const char    *page,
           GType          type)
{
  TrellisProjectView *view = TRELLIS_PROJECT_VIEW (trellis_window_get_project_view (window));
  GtkWidget *widget;

  g_assert_true (trellis_project_view_set_page (view, page));
  ui_test_iterate_pending ();
  widget = ui_test_find_descendant (GTK_WIDGET (view), type);
  g_assert_nonnull (widget);
  ui_test_iterate_until_mapped (widget);
  return widget;
}

static GtkWidget *
open_portfolio (GFile          *file,
                TrellisWindow **out_window)
{
  *out_window = ui_test_open_window (G_APPLICATION (app), file);
  return show_view (*out_window, "value/services", TRELLIS_TYPE_SERVICES_VIEW);
}

static TrellisService *
find_service (TrellisWindow *window,
              const char    *name)
{
  GListModel *services = trellis_project_get_items (trellis_window_get_project (window), TRELLIS_TYPE_SERVICE);

  for (guint i = 0; i < g_list_model_get_n_items (services); i++)
    {
      g_autoptr(TrellisService) service = g_list_model_get_item (services, i);

      if (g_strcmp0 (trellis_service_get_name (service), name) == 0)
        return service;
    }
  return NULL;
}

/* The rows in the table's order, "A; B; C". */
static char *
shown_names (GtkWidget *view)
{
  GListModel *rows = G_LIST_MODEL (gtk_column_view_get_model (trellis_register_get_column_view (TRELLIS_REGISTER (view))));
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(TrellisService) service = g_list_model_get_item (rows, i);

      g_string_append_printf (names, "%s%s", i > 0 ? "; " : "", trellis_service_get_name (service));
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

#define assert_shown(view, expected) \
  G_STMT_START { \
    g_autofree char *names__ = shown_names (view); \
    g_assert_cmpstr (names__, ==, expected); \
  } G_STMT_END

static void
select_row (GtkWidget *view,
            guint      row)
{
  GtkColumnView *column_view = trellis_register_get_column_view (TRELLIS_REGISTER (view));

  g_assert_true (gtk_selection_model_select_item (gtk_column_view_get_model (column_view), row, TRUE));
  ui_test_iterate_pending ();
}

static TrellisItem *
panel_item (GtkWidget *view)
{
  return trellis_register_panel_get_item (trellis_register_get_panel (TRELLIS_REGISTER (view)));
}

/* Tests */

static void
test_empty_add (void)
{
  g_autoptr(GFile) file = write_portfolio ("empty.trellis", TRUE);
  TrellisWindow *window;
  GtkWidget *view = open_portfolio (file, &window);
  TrellisService *added;
  GtkWidget *name;

  g_assert_true (ui_test_shows_label (view, "No Services Yet"));
  g_assert_false (gtk_widget_is_sensitive (ui_test_find_descendant (view, GTK_TYPE_SEARCH_ENTRY)));

  ui_test_activate (view, "register.add");
  added = find_service (window, "New service");
  g_assert_nonnull (added);
  g_assert_true (panel_item (view) == TRELLIS_ITEM (added));
  name = ui_test_find_row (view, "Name");
  g_assert_nonnull (name);
  g_assert_true (gtk_widget_has_focus (name) || gtk_widget_is_ancestor (gtk_root_get_focus (gtk_widget_get_root (name)), name));
  g_assert_true (ui_test_shows_label (view, "1 service: To review 1"));

  ui_test_activate (view, "register.add");
  g_assert_nonnull (find_service (window, "New service 2"));
  g_assert_true (ui_test_shows_label (view, "2 services: To review 2"));

  /* One undo step each. */
  ui_test_undo (window);
  g_assert_null (find_service (window, "New service 2"));
  ui_test_undo (window);
  g_assert_null (find_service (window, "New service"));
  g_assert_true (ui_test_shows_label (view, "No Services Yet"));
  g_assert_null (panel_item (view));
  g_assert_false (trellis_project_get_dirty (trellis_window_get_project (window)));
}

static void
test_groups (void)
{
  g_autoptr(GFile) file = write_portfolio ("groups.trellis", FALSE);
  TrellisWindow *window;
  GtkWidget *view = open_portfolio (file, &window);
  TrellisService *newsletter = find_service (window, "Newsletter");

  /* Grouped by funding: fee-based, membership, free, to review. */
  assert_shown (view, "Test days; Newsletter; Matchmaking; Trade-fair stand; Energy advice");
  g_assert_true (ui_test_shows_label (view, "5 services: Fee-based 1 · Membership 2 · Free of charge 1 · To review 1"));

  /* Changing a funding moves the row to its group (in the file's order
   * there) and counts again. */
  trellis_service_set_funding (newsletter, TRELLIS_FUNDING_FEE_BASED);
  ui_test_iterate_pending ();
  assert_shown (view, "Newsletter; Test days; Matchmaking; Trade-fair stand; Energy advice");
  g_assert_true (ui_test_shows_label (view, "5 services: Fee-based 2 · Membership 1 · Free of charge 1 · To review 1"));
  trellis_service_set_funding (newsletter, TRELLIS_FUNDING_FREE);
  ui_test_iterate_pending ();
  assert_shown (view, "Test days; Matchmaking; Newsletter; Trade-fair stand; Energy advice");
  ui_test_undo (window);
  ui_test_undo (window);
  assert_shown (view, "Test days; Newsletter; Matchmaking; Trade-fair stand; Energy advice");
  g_assert_true (ui_test_shows_label (view, "5 services: Fee-based 1 · Membership 2 · Free of charge 1 · To review 1"));

  /* The filter shows one group, or only what needs review; search finds names. */
  g_assert_true (gtk_widget_activate_action (view, "register.filter-funding", "i", TRELLIS_FUNDING_MEMBERSHIP));
  ui_test_iterate_pending ();
  assert_shown (view, "Newsletter; Matchmaking");
  g_assert_true (ui_test_shows_label (view, "2 of 5 services"));
  ui_test_activate (view, "register.clear-filters");
  ui_test_activate (view, "register.filter-review");
  assert_shown (view, "Trade-fair stand");
  ui_test_activate (view, "register.clear-filters");
  gtk_editable_set_text (GTK_EDITABLE (ui_test_find_descendant (view, GTK_TYPE_SEARCH_ENTRY)), "MATCH");
  for (gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
       !ui_test_shows_label (view, "1 of 5 services") && g_get_monotonic_time () < end;)
    g_main_context_iteration (NULL, FALSE);
  assert_shown (view, "Matchmaking");
  ui_test_activate (view, "register.clear-filters");
  assert_shown (view, "Test days; Newsletter; Matchmaking; Trade-fair stand; Energy advice");
}

/* The cells of a column on screen, from the top row down. */
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
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_cells (child, name, cells);
}

static GtkWidget *
cell (GtkWidget  *view,
      const char *name,
      guint       row)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();

  collect_cells (GTK_WIDGET (trellis_register_get_column_view (TRELLIS_REGISTER (view))), name, cells);
  g_assert_cmpuint (row, <, cells->len);
  /* A cell's editor is made when it is first used, as a click would. */
  trellis_register_cell_get_editor (g_ptr_array_index (cells, row));
  return g_ptr_array_index (cells, row);
}

static void
test_flag_and_edit (void)
{
  g_autoptr(GFile) file = write_portfolio ("flag.trellis", FALSE);
  TrellisWindow *window;
  GtkWidget *view = open_portfolio (file, &window);
  TrellisService *stand = find_service (window, "Trade-fair stand");
  TrellisService *days = find_service (window, "Test days");
  const char *reason = "High effort, but members rate it low; it is offered free: improve it, charge for it or stop it";
  GtkWidget *icon, *drop_down;

  /* Row 3 is the stand: its name carries the flag, with the reason. */
  icon = ui_test_find_descendant (cell (view, "register-name", 3), GTK_TYPE_IMAGE);
  g_assert_true (gtk_widget_get_visible (icon));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (icon), ==, reason);
  g_assert_false (gtk_widget_get_visible (ui_test_find_descendant (cell (view, "register-name", 0), GTK_TYPE_IMAGE)));
  select_row (view, 3);
  g_assert_true (panel_item (view) == TRELLIS_ITEM (stand));
  g_assert_true (ui_test_shows_label (view, reason));

  /* Rated better in the panel: the flag goes, in the cell and the panel. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (ui_test_find_row (view, "Members’ Appreciation")), TRELLIS_LEVEL_MEDIUM);
  ui_test_iterate_pending ();
  g_assert_cmpint (trellis_service_get_appreciation (stand), ==, TRELLIS_LEVEL_MEDIUM);
  g_assert_false (gtk_widget_get_visible (icon));
  g_assert_false (ui_test_shows_label (view, reason));
  ui_test_undo (window);
  g_assert_true (gtk_widget_get_visible (icon));
  g_assert_true (ui_test_shows_label (view, reason));

  /* A cell's drop-down edits its field, one undo step. */
  drop_down = ui_test_find_descendant (cell (view, "register-effort", 0), TRELLIS_TYPE_REGISTER_CHOICE);
  g_assert_cmpuint (trellis_register_choice_get_selected (TRELLIS_REGISTER_CHOICE (drop_down)), ==, TRELLIS_LEVEL_MEDIUM);
  trellis_register_choice_set_selected (TRELLIS_REGISTER_CHOICE (drop_down), TRELLIS_LEVEL_HIGH);
  ui_test_iterate_pending ();
  g_assert_cmpint (trellis_service_get_effort (days), ==, TRELLIS_LEVEL_HIGH);
  trellis_service_set_effort (days, TRELLIS_LEVEL_LOW);
  ui_test_iterate_pending ();
  g_assert_cmpuint (trellis_register_choice_get_selected (TRELLIS_REGISTER_CHOICE (drop_down)), ==, TRELLIS_LEVEL_LOW);
  ui_test_undo (window);
  ui_test_undo (window);
  g_assert_cmpint (trellis_service_get_effort (days), ==, TRELLIS_LEVEL_MEDIUM);
  g_assert_cmpuint (trellis_register_choice_get_selected (TRELLIS_REGISTER_CHOICE (drop_down)), ==, TRELLIS_LEVEL_MEDIUM);

  /* Deleting is one step, and undo brings it back. */
  select_row (view, 3);
  ui_test_activate (view, "register.delete");
  g_assert_null (find_service (window, "Trade-fair stand"));
  g_assert_null (panel_item (view));
  ui_test_undo (window);
  g_assert_nonnull (find_service (window, "Trade-fair stand"));
  g_assert_false (trellis_project_get_dirty (trellis_window_get_project (window)));
}

/* Whether the keyboard focus is in @widget or under it. */
static gboolean
has_focus_within (GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* An invalid value stays where it was typed, marked, with its reason;
 * selecting another row leaves the item unchanged. */
static void
test_invalid_stays_marked (void)
{
  g_autoptr(GFile) file = write_portfolio ("invalid.trellis", FALSE);
  TrellisWindow *window = ui_test_open_window (G_APPLICATION (app), file);
  GtkWidget *table = show_view (window, "strategy/plan", TRELLIS_TYPE_ACTION_TABLE);
  TrellisAction *course = TRELLIS_ACTION (panel_item (table));
  const char *message = "“-300” is less than nothing: a budget cannot be negative";
  GtkWidget *planned;
  guint steps = ui_test_n_undo (window);

  g_assert_nonnull (course);
  planned = ui_test_find_row (table, "Planned");
  gtk_widget_grab_focus (planned);
  gtk_editable_set_text (GTK_EDITABLE (planned), "-300");
  gtk_widget_grab_focus (ui_test_find_row (table, "Title"));
  ui_test_iterate_pending ();
  g_assert_false (has_focus_within (planned));
  g_assert_true (isnan (trellis_action_get_budget_planned (course)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (planned)), ==, "-300");
  g_assert_true (gtk_widget_has_css_class (planned, "error"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (planned), ==, message);
  g_assert_true (ui_test_shows_label (table, message));
  g_assert_false (trellis_register_commit_pending (TRELLIS_REGISTER (table)));
  g_assert_cmpuint (ui_test_n_undo (window), ==, steps);

  /* Hidden with another page: still refused, still there when it comes back. */
  show_view (window, "value/services", TRELLIS_TYPE_SERVICES_VIEW);
  show_view (window, "strategy/plan", TRELLIS_TYPE_ACTION_TABLE);
  g_assert_true (isnan (trellis_action_get_budget_planned (course)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (planned)), ==, "-300");
  g_assert_true (gtk_widget_has_css_class (planned, "error"));

  /* Put right: taken, and the mark goes. */
  gtk_editable_set_text (GTK_EDITABLE (planned), "300");
  g_assert_true (trellis_register_commit_pending (TRELLIS_REGISTER (table)));
  g_assert_cmpfloat (trellis_action_get_budget_planned (course), ==, 300.0);
  g_assert_false (gtk_widget_has_css_class (planned, "error"));
  g_assert_null (gtk_widget_get_tooltip_text (planned));
  g_assert_cmpuint (ui_test_n_undo (window), ==, steps + 1);
}

/* A date typed and never left: closing the window takes it first, so the
 * window asks whether to save it. */
static void
test_commit_before_close (void)
{
  g_autoptr(GFile) file = write_portfolio ("close.trellis", FALSE);
  TrellisWindow *window = ui_test_open_window (G_APPLICATION (app), file);
  GtkWidget *table = show_view (window, "strategy/plan", TRELLIS_TYPE_ACTION_TABLE);
  TrellisAction *course = TRELLIS_ACTION (panel_item (table));
  GtkWidget *due = ui_test_find_row (table, "Due");
  AdwMessageDialog *dialog;

  gtk_widget_grab_focus (due);
  ui_test_iterate_pending ();
  gtk_editable_set_text (GTK_EDITABLE (due), "2027-05-31");
  ui_test_iterate_pending ();
  g_assert_true (has_focus_within (due));
  g_assert_false (trellis_project_get_dirty (trellis_window_get_project (window)));

  gtk_window_close (GTK_WINDOW (window));
  ui_test_iterate_pending ();
  g_assert_cmpuint (trellis_action_get_due (course), ==, trellis_date_from_dmy (31, 5, 2027));
  dialog = ui_test_expect_dialog ("Save Changes");
  ui_test_respond (dialog, "cancel");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  ui_test_undo (window);
  g_assert_cmpuint (trellis_action_get_due (course), ==, trellis_date_from_dmy (30, 6, 2099));
  g_assert_false (trellis_project_get_dirty (trellis_window_get_project (window)));
}

/* A cell as it is, its editor not made. */
static GtkWidget *
bare_slot (GtkWidget  *view,
           const char *name,
           guint       row)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();
  GtkWidget *slot;

  collect_cells (GTK_WIDGET (trellis_register_get_column_view (TRELLIS_REGISTER (view))), name, cells);
  g_assert_cmpuint (row, <, cells->len);
  slot = ui_test_find_descendant (g_ptr_array_index (cells, row), TRELLIS_TYPE_REGISTER_SLOT);
  g_assert_nonnull (slot);
  return slot;
}

/* Cells are labels until first used: reaching one with Tab makes its
 * editor, Enter starts an edit, Space opens a choice, and a text left by
 * the focus is kept. */
static void
test_lazy_editors (void)
{
  g_autoptr(GFile) file = write_portfolio ("lazy.trellis", FALSE);
  TrellisWindow *window;
  GtkWidget *view = open_portfolio (file, &window);
  GtkWidget *column_view = GTK_WIDGET (trellis_register_get_column_view (TRELLIS_REGISTER (view)));
  GtkWidget *slot, *editor, *button;
  TrellisService *service;
  guint steps = ui_test_n_undo (window);
  gint64 deadline;

  g_assert_null (ui_test_find_descendant (column_view, GTK_TYPE_EDITABLE_LABEL));
  g_assert_null (ui_test_find_descendant (column_view, TRELLIS_TYPE_REGISTER_CHOICE));
  slot = bare_slot (view, "register-frequency", 0);
  gtk_test_accessible_assert_property (slot, GTK_ACCESSIBLE_PROPERTY_LABEL, "Frequency");
  g_assert_null (trellis_register_slot_get_editor (TRELLIS_REGISTER_SLOT (slot)));

  /* Reached with the focus: the editor takes the label's place and the focus. */
  g_assert_true (gtk_widget_grab_focus (slot));
  ui_test_iterate_pending ();
  editor = trellis_register_slot_get_editor (TRELLIS_REGISTER_SLOT (slot));
  g_assert_true (GTK_IS_EDITABLE_LABEL (editor));
  g_assert_true (has_focus_within (editor));
  g_assert_false (gtk_editable_label_get_editing (GTK_EDITABLE_LABEL (editor)));
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_first_child (slot)));
  gtk_test_accessible_assert_property (editor, GTK_ACCESSIBLE_PROPERTY_LABEL, "Frequency");

  /* Enter starts an edit; leaving it keeps the text, as one undo step. */
  slot = bare_slot (view, "register-name", 1);
  service = find_service (window, gtk_label_get_text (GTK_LABEL (gtk_widget_get_first_child (slot))));
  g_assert_nonnull (service);
  g_assert_true (ui_test_press_shortcut (slot, "Return"));
  editor = trellis_register_slot_get_editor (TRELLIS_REGISTER_SLOT (slot));
  g_assert_true (GTK_IS_EDITABLE_LABEL (editor));
  g_assert_true (gtk_editable_label_get_editing (GTK_EDITABLE_LABEL (editor)));
  gtk_editable_set_text (GTK_EDITABLE (editor), "Renamed service");
  gtk_widget_grab_focus (ui_test_find_descendant (view, GTK_TYPE_SEARCH_ENTRY));
  deadline = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;
  while (gtk_editable_label_get_editing (GTK_EDITABLE_LABEL (editor)) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  ui_test_iterate_pending ();
  g_assert_cmpstr (trellis_service_get_name (service), ==, "Renamed service");
  g_assert_cmpuint (ui_test_n_undo (window), ==, steps + 1);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_widget_get_first_child (slot))), ==, "Renamed service");

  /* Space on a choice opens its list. */
  slot = bare_slot (view, "register-effort", 2);
  g_assert_true (ui_test_press_shortcut (slot, "space"));
  editor = trellis_register_slot_get_editor (TRELLIS_REGISTER_SLOT (slot));
  g_assert_true (TRELLIS_IS_REGISTER_CHOICE (editor));
  button = ui_test_find_descendant (editor, GTK_TYPE_MENU_BUTTON);
  g_assert_nonnull (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)))));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
  ui_test_undo (window);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_widget_get_first_child (bare_slot (view, "register-name", 1)))),
                   !=, "Renamed service");
}

/* Controls that need a name of their own: a label beside them is not theirs. */
static gboolean
needs_name (GtkWidget *widget)
{
  if (GTK_IS_DROP_DOWN (widget) || GTK_IS_SPIN_BUTTON (widget) || GTK_IS_SWITCH (widget) ||
      GTK_IS_MENU_BUTTON (widget) || GTK_IS_SEARCH_ENTRY (widget) || TRELLIS_IS_REGISTER_SLOT (widget))
    return TRUE;
  if (GTK_IS_CHECK_BUTTON (widget))
    return gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)) == NULL;
  /* Buttons without words (an icon) need one; a drop-down's inner button is its own. */
  if (GTK_IS_BUTTON (widget) && !GTK_IS_DROP_DOWN (gtk_widget_get_parent (widget)) &&
      !GTK_IS_MENU_BUTTON (gtk_widget_get_parent (widget)) && !GTK_IS_SPIN_BUTTON (gtk_widget_get_parent (widget)))
    return gtk_button_get_label (GTK_BUTTON (widget)) == NULL && !ADW_IS_BUTTON_CONTENT (gtk_button_get_child (GTK_BUTTON (widget)));
  return FALSE;
}

static void
check_names (GtkWidget *widget,
             guint     *n_checked)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (needs_name (widget))
    {
      if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL) &&
          !gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY))
        g_error ("a %s (%s) has no accessible name", G_OBJECT_TYPE_NAME (widget), gtk_widget_get_name (widget));
      (*n_checked)++;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    check_names (child, n_checked);
}

static void
test_accessible (void)
{
  g_autoptr(GFile) file = write_portfolio ("names.trellis", FALSE);
  TrellisWindow *window = ui_test_open_window (G_APPLICATION (app), file);
  const char *pages[] = { "value/services", "strategy/plan", "actors/register" };
  GType types[] = { TRELLIS_TYPE_SERVICES_VIEW, TRELLIS_TYPE_ACTION_TABLE, TRELLIS_TYPE_STAKEHOLDER_TABLE };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      GtkWidget *view = show_view (window, pages[i], types[i]);
      guint n_checked = 0;

      check_names (view, &n_checked);
      g_test_message ("%s: %u controls named", pages[i], n_checked);
      g_assert_cmpuint (n_checked, >, 8);
    }

  /* Names without the mnemonic's underscore. */
  {
    GtkWidget *view = show_view (window, "value/services", TRELLIS_TYPE_SERVICES_VIEW);
    GtkWidget *add = ui_test_find_mapped_action_button (view, "register.add");

    g_assert_nonnull (add);
    gtk_test_accessible_assert_property (add, GTK_ACCESSIBLE_PROPERTY_LABEL, "Add Service");
    gtk_test_accessible_assert_property (ui_test_find_descendant (cell (view, "register-funding", 0),
                                                                  GTK_TYPE_MENU_BUTTON),
                                         GTK_ACCESSIBLE_PROPERTY_LABEL, "Funding");
  }
}

/* 300 actions: the plan makes rows for the first of them, more as it is
 * scrolled; "Go To" reaches the last row, and Ctrl+A selects all 300, but
 * in a cell's text only the text. */
static void
test_long_list (void)
{
  g_autoptr(TrellisProject) built = trellis_project_new ("Long plan");
  g_autoptr(GFile) file = NULL;
  g_autoptr(GPtrArray) selected = NULL;
  g_autoptr(TrellisItem) last = NULL;
  TrellisWindow *window;
  GtkWidget *view, *slot, *editor;
  GtkColumnView *column_view;
  GListModel *rows, *sorted;
  GtkAdjustment *adjustment;
  guint n_rows, n_more;
  gint64 deadline;

  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *title = g_strdup_printf ("Action %03u", i);
      g_autoptr(TrellisAction) action = trellis_action_new (title);

      trellis_action_set_due (action, trellis_date_from_dmy (1 + i % 28, 1 + i % 12, 2099));
      trellis_project_add_item (built, action);
    }
  file = ui_test_write_project (tmpdir, "long-plan.trellis", built);
  window = ui_test_open_window (G_APPLICATION (app), file);
  view = show_view (window, "strategy/plan", TRELLIS_TYPE_ACTION_TABLE);
  column_view = trellis_register_get_column_view (TRELLIS_REGISTER (view));
  rows = G_LIST_MODEL (gtk_column_view_get_model (column_view));
  sorted = gtk_slice_list_model_get_model (GTK_SLICE_LIST_MODEL (gtk_multi_selection_get_model (GTK_MULTI_SELECTION (rows))));
  g_assert_cmpuint (g_list_model_get_n_items (sorted), ==, 300);

  n_rows = g_list_model_get_n_items (rows);
  g_test_message ("%u rows made for 300 actions", n_rows);
  g_assert_cmpuint (n_rows, >=, 20);
  g_assert_cmpuint (n_rows, <, 200);

  /* End on the table goes to the last action of all, not of those made. */
  gtk_widget_grab_focus (GTK_WIDGET (column_view));
  ui_test_iterate_pending ();
  g_assert_true (ui_test_press_shortcut (gtk_root_get_focus (GTK_ROOT (window)), "End"));
  ui_test_iterate_pending ();
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 300);
  selected = trellis_register_get_selected (TRELLIS_REGISTER (view));
  g_assert_cmpuint (selected->len, ==, 1);
  {
    g_autoptr(TrellisItem) end = g_list_model_get_item (sorted, 299);

    g_assert_true (selected->pdata[0] == (gpointer) end);
  }
  g_clear_pointer (&selected, g_ptr_array_unref);
  ui_test_destroy_app_windows (G_APPLICATION (app));

  /* Opened again: scrolled to the end of what it has, the table takes more rows. */
  window = ui_test_open_window (G_APPLICATION (app), file);
  view = show_view (window, "strategy/plan", TRELLIS_TYPE_ACTION_TABLE);
  column_view = trellis_register_get_column_view (TRELLIS_REGISTER (view));
  rows = G_LIST_MODEL (gtk_column_view_get_model (column_view));
  sorted = gtk_slice_list_model_get_model (GTK_SLICE_LIST_MODEL (gtk_multi_selection_get_model (GTK_MULTI_SELECTION (rows))));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n_rows);
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (column_view));
  deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  n_more = n_rows;
  while (n_more <= n_rows && g_get_monotonic_time () < deadline)
    {
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) -
                                            gtk_adjustment_get_page_size (adjustment));
      ui_test_iterate_pending ();
      n_more = g_list_model_get_n_items (rows);
    }
  g_assert_cmpuint (n_more, >, n_rows);
  g_assert_cmpuint (n_more, <, 300);

  /* Go To the table's last action: its row is made and selected alone. */
  last = g_list_model_get_item (sorted, 299);
  g_assert_true (trellis_register_select (TRELLIS_REGISTER (view), last));
  ui_test_iterate_pending ();
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 300);
  selected = trellis_register_get_selected (TRELLIS_REGISTER (view));
  g_assert_cmpuint (selected->len, ==, 1);
  g_assert_true (selected->pdata[0] == (gpointer) last);
  g_assert_true (panel_item (view) == last);
  g_clear_pointer (&selected, g_ptr_array_unref);

  /* A search shows its results from the top, however far the list was
   * scrolled; so does clearing it. */
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);
  gtk_editable_set_text (GTK_EDITABLE (ui_test_find_descendant (view, GTK_TYPE_SEARCH_ENTRY)), "Action 2");
  g_signal_emit_by_name (ui_test_find_descendant (view, GTK_TYPE_SEARCH_ENTRY), "search-changed");
  ui_test_iterate_pending ();
  g_assert_cmpuint (g_list_model_get_n_items (sorted), >=, 100);
  g_assert_cmpuint (g_list_model_get_n_items (sorted), <, 300);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  ui_test_iterate_pending ();
  gtk_editable_set_text (GTK_EDITABLE (ui_test_find_descendant (view, GTK_TYPE_SEARCH_ENTRY)), "");
  g_signal_emit_by_name (ui_test_find_descendant (view, GTK_TYPE_SEARCH_ENTRY), "search-changed");
  ui_test_iterate_pending ();
  g_assert_cmpuint (g_list_model_get_n_items (sorted), ==, 300);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);

  /* In a cell's text, Ctrl+A is the text's. */
  slot = bare_slot (view, "register-title", 0);
  g_assert_true (ui_test_press_shortcut (slot, "Return"));
  editor = trellis_register_slot_get_editor (TRELLIS_REGISTER_SLOT (slot));
  g_assert_true (GTK_IS_EDITABLE_LABEL (editor));
  g_assert_true (gtk_editable_label_get_editing (GTK_EDITABLE_LABEL (editor)));
  ui_test_press_shortcut (gtk_root_get_focus (GTK_ROOT (window)), "<Control>a");
  selected = trellis_register_get_selected (TRELLIS_REGISTER (view));
  g_assert_cmpuint (selected->len, <=, 1);
  g_clear_pointer (&selected, g_ptr_array_unref);
  gtk_editable_label_stop_editing (GTK_EDITABLE_LABEL (editor), FALSE);
  ui_test_iterate_pending ();

  /* On the table, Ctrl+A selects every action. */
  gtk_widget_grab_focus (GTK_WIDGET (column_view));
  ui_test_iterate_pending ();
  g_assert_false (GTK_IS_EDITABLE (gtk_root_get_focus (GTK_ROOT (window))));
  g_assert_true (ui_test_press_shortcut (gtk_root_get_focus (GTK_ROOT (window)), "<Control>a"));
  selected = trellis_register_get_selected (TRELLIS_REGISTER (view));
  g_assert_cmpuint (selected->len, ==, 300);
}

/* Whether a title cell on screen shows @title. */
static gboolean
shows_title (GtkWidget  *view,
             const char *title)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();

  collect_cells (GTK_WIDGET (trellis_register_get_column_view (TRELLIS_REGISTER (view))), "register-title", cells);
  for (guint i = 0; i < cells->len; i++)
    if (ui_test_shows_label (cells->pdata[i], title))
      return TRUE;
  return FALSE;
}

/* "Go To" an action far down the plan from another page: the plan is built
 * then, and its row is selected and on screen. */
static void
test_go_to_far (void)
{
  g_autoptr(TrellisProject) built = trellis_project_new ("Far plan");
  g_autoptr(GFile) file = NULL;
  g_autoptr(TrellisItem) far = NULL;
  g_autoptr(GPtrArray) selected = NULL;
  TrellisWindow *window;
  TrellisProjectView *project_view;
  GtkWidget *plan;
  gint64 deadline;

  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *title = g_strdup_printf ("Far action %03u", i);
      g_autoptr(TrellisAction) action = trellis_action_new (title);

      trellis_project_add_item (built, action);
    }
  file = ui_test_write_project (tmpdir, "far-plan.trellis", built);
  window = ui_test_open_window (G_APPLICATION (app), file);
  project_view = TRELLIS_PROJECT_VIEW (trellis_window_get_project_view (window));
  g_assert_true (trellis_project_view_set_page (project_view, "dashboard"));
  ui_test_iterate_pending ();
  far = g_list_model_get_item (trellis_project_get_items (trellis_window_get_project (window), TRELLIS_TYPE_ACTION), 298);

  trellis_trace_show_item (GTK_WIDGET (project_view), far);
  plan = ui_test_find_descendant (GTK_WIDGET (project_view), TRELLIS_TYPE_ACTION_TABLE);
  g_assert_nonnull (plan);
  deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while (!shows_title (plan, "Far action 298") && g_get_monotonic_time () < deadline)
    ui_test_iterate_pending ();
  g_assert_true (shows_title (plan, "Far action 298"));
  selected = trellis_register_get_selected (TRELLIS_REGISTER (plan));
  g_assert_cmpuint (selected->len, ==, 1);
  g_assert_true (selected->pdata[0] == (gpointer) far);
}

int
main (int   argc,
      char *argv[])
{
  /* The test AT context keeps the accessible properties to check. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  app = ui_test_init (&argc, &argv, &tmpdir);
  if (app == NULL)
    return 77;

  g_test_add_func ("/ui/register/empty-add", test_empty_add);
  g_test_add_func ("/ui/register/groups", test_groups);
  g_test_add_func ("/ui/register/flag-and-edit", test_flag_and_edit);
  g_test_add_func ("/ui/register/invalid-stays-marked", test_invalid_stays_marked);
  g_test_add_func ("/ui/register/commit-before-close", test_commit_before_close);
  g_test_add_func ("/ui/register/accessible", test_accessible);
  g_test_add_func ("/ui/register/lazy-editors", test_lazy_editors);
  g_test_add_func ("/ui/register/long-list", test_long_list);
  g_test_add_func ("/ui/register/go-to-far", test_go_to_far);

  return ui_test_run (app, tmpdir);
}
