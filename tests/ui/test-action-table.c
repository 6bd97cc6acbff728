/* test-action-table.c: the action plan table in a real window,
 * paths /ui/action-table/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opens real files in the application under Xvfb, drives the table's
 * cells, menus and side panel, and checks the project and what the
 * widgets show, before and after undoing through the window.
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <time.h>

#include "trellis-action-panel.h"
#include "trellis-action-table.h"
#include "trellis-application.h"
#include "trellis-register-choice.h"
#include "trellis-project-view.h"
#include "trellis-register-slot.h"
#include "trellis-window.h"
#include "trellis-test-utils.h"
#include "trellis-locale-format.h"
#include "ui-test-utils.h"

static TrellisApplication *app;
static char *tmpdir;

/* Helpers */

static gpointer
add (TrellisProject *project,
     gpointer        item)
{
  trellis_project_add_item (project, item);
  g_object_unref (item);
  return item;
}

static const char *
uuid (gpointer item)
{
  return trellis_item_get_uuid (item);
}

/* Two goals, two stakeholders, four actions; the course waits for the fair,
 * which was due long ago and is late. */
static GFile *
write_plan (const char *basename,
            gboolean    empty)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Plan");
  TrellisGoal *skills, *markets;
  TrellisStakeholder *school, *chamber;
  TrellisAction *course, *fair, *study, *website;

  if (empty)
    return ui_test_write_project (tmpdir, basename, project);

  skills = add (project, trellis_goal_new ("Close the skills gap"));
  markets = add (project, trellis_goal_new ("Open markets abroad"));
  school = add (project, trellis_stakeholder_new ("Vocational School"));
  chamber = add (project, trellis_stakeholder_new ("Chamber of Commerce"));

  course = add (project, trellis_action_new ("Tool-setter course"));
  trellis_action_set_goal (course, skills);
  trellis_action_set_owner (course, school);
  trellis_action_set_status (course, TRELLIS_STATUS_IN_PROGRESS);
  trellis_action_set_start (course, trellis_date_from_dmy (15, 10, 2026));
  trellis_action_set_due (course, trellis_date_from_dmy (30, 6, 2099));
  trellis_action_set_progress (course, 20);
  fair = add (project, trellis_action_new ("Joint stand at a fair"));
  trellis_action_set_goal (fair, markets);
  trellis_action_set_owner (fair, chamber);
  trellis_action_set_due (fair, trellis_date_from_dmy (31, 1, 2020));
  trellis_action_set_budget_planned (fair, 30000.0);
  trellis_action_set_currency (fair, "EUR");
  study = add (project, trellis_action_new ("Energy pool study"));
  trellis_action_set_owner_name (study, "Dr. Lena Brunner");
  trellis_action_set_status (study, TRELLIS_STATUS_ON_HOLD);
  trellis_action_set_due (study, trellis_date_from_dmy (30, 11, 2099));
  website = add (project, trellis_action_new ("Website"));
  trellis_action_set_goal (website, skills);
  trellis_action_set_status (website, TRELLIS_STATUS_DONE);
  trellis_action_set_due (website, trellis_date_from_dmy (15, 10, 2020));
  trellis_action_set_progress (website, 100);
  g_assert_true (trellis_action_add_dependency (project, course, fair, NULL));

  return ui_test_write_project (tmpdir, basename, project);
}

static GtkWidget *
show_plan (TrellisWindow *window)
{
  TrellisProjectView *view = TRELLIS_PROJECT_VIEW (trellis_window_get_project_view (window));
  GtkWidget *table;

  g_assert_true (trellis_project_view_set_page (view, "strategy/plan"));
  ui_test_iterate_pending ();
  table = ui_test_find_descendant (GTK_WIDGET (view), TRELLIS_TYPE_ACTION_TABLE);
  g_assert_nonnull (table);
  ui_test_iterate_until_mapped (table);
  return table;
}

static GtkWidget *
open_plan (GFile          *file,
           TrellisWindow **out_window)
{
  TrellisWindow *window = ui_test_open_window (G_APPLICATION (app), file);

  *out_window = window;
  return show_plan (window);
}

static TrellisProject *
project_of (TrellisWindow *window)
{
  return trellis_window_get_project (window);
}

static TrellisItem *
find_item (TrellisWindow *window,
           GType          type,
           const char    *label)
{
  GListModel *model = trellis_project_get_items (project_of (window), type);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(TrellisItem) item = g_list_model_get_item (model, i);
      g_autofree char *text = trellis_item_dup_label (item);

      if (g_strcmp0 (text, label) == 0)
        return item;
    }

  return NULL;
}

#define find_action(window, title) TRELLIS_ACTION (find_item (window, TRELLIS_TYPE_ACTION, title))

static void
collect_named (GtkWidget  *widget,
               const char *name,
               GPtrArray  *found)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    {
      g_ptr_array_add (found, widget);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_named (child, name, found);
}

static GtkWidget *
find_named (GtkWidget  *widget,
            const char *name)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect_named (widget, name, found);
  g_assert_cmpuint (found->len, >, 0);
  return g_ptr_array_index (found, 0);
}

static GPtrArray *
column_cells (GtkWidget  *table,
              const char *property)
{
  g_autofree char *name = g_strconcat ("register-", property, NULL);
  GPtrArray *cells = g_ptr_array_new ();

  collect_named (ui_test_find_descendant (table, GTK_TYPE_COLUMN_VIEW), name, cells);
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

/* What the title column shows, "A; B; C". */
static char *
shown_titles (GtkWidget *table)
{
  g_autoptr(GPtrArray) cells = column_cells (table, "title");
  g_autoptr(GString) titles = g_string_new (NULL);

  for (guint i = 0; i < cells->len; i++)
    {
      /* The label shown until the cell is first used, kept up to date after. */
      GtkWidget *label = ui_test_find_descendant (g_ptr_array_index (cells, i), GTK_TYPE_LABEL);

      g_string_append_printf (titles, "%s%s", i > 0 ? "; " : "", gtk_label_get_text (GTK_LABEL (label)));
    }

  return g_string_free (g_steal_pointer (&titles), FALSE);
}

#define assert_shown(table, expected) \
  G_STMT_START { \
    g_autofree char *titles__ = shown_titles (table); \
    g_assert_cmpstr (titles__, ==, expected); \
  } G_STMT_END

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

static GtkSelectionModel *
selection_of (GtkWidget *table)
{
  return gtk_column_view_get_model (GTK_COLUMN_VIEW (ui_test_find_descendant (table, GTK_TYPE_COLUMN_VIEW)));
}

static TrellisActionPanel *
get_panel (GtkWidget *table)
{
  return TRELLIS_ACTION_PANEL (ui_test_find_descendant (table, TRELLIS_TYPE_ACTION_PANEL));
}

static void
select_only (GtkWidget *table,
             guint      row)
{
  g_assert_true (gtk_selection_model_select_item (selection_of (table), row, TRUE));
  ui_test_iterate_pending ();
}

static void
set_filter (GtkWidget  *table,
            const char *action,
            GVariant   *value)
{
  g_assert_true (gtk_widget_activate_action_variant (table, action, value));
  ui_test_iterate_pending ();
}

/* Lets a few frames be laid out and drawn (scrolling, for one). */
static void
wait_frames (GtkWidget *widget)
{
  gint64 until = g_get_monotonic_time () + G_USEC_PER_SEC / 2;

  gtk_widget_queue_resize (widget);
  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

/* Whether @widget lies inside its window, as a popover's anchor must. */
static gboolean
on_screen (GtkWidget *widget)
{
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (widget));
  graphene_rect_t bounds;

  if (!gtk_widget_compute_bounds (widget, root, &bounds))
    return FALSE;
  return bounds.origin.y >= 0 && bounds.origin.y + bounds.size.height <= gtk_widget_get_height (root) &&
         bounds.origin.x >= 0 && bounds.origin.x + bounds.size.width <= gtk_widget_get_width (root);
}

/* A popover needs its button on screen: scrolls it into sight (again, if
 * the first try came before the layout grew) and pops it up. */
static GtkPopover *
pop_up (GtkWidget *menu_button)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (menu_button, GTK_TYPE_SCROLLED_WINDOW);

  for (guint attempt = 0; attempt < 10 && (attempt == 0 || !on_screen (menu_button)); attempt++)
    {
      double x, y;

      if (scroller != NULL)
        {
          GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
          GtkWidget *child = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller));

          /* In the content's coordinates, whatever is scrolled already. */
          if (GTK_IS_VIEWPORT (child))
            child = gtk_viewport_get_child (GTK_VIEWPORT (child));
          g_assert_true (gtk_widget_translate_coordinates (menu_button, child, 0, 0, &x, &y));
          gtk_adjustment_set_value (adjustment, y - 24);
        }
      wait_frames (menu_button);
    }
  g_assert_true (on_screen (menu_button));
  gtk_menu_button_popup (GTK_MENU_BUTTON (menu_button));
  ui_test_iterate_pending ();
  return gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button));
}

/* Pops up a menu button's popover and activates its list's row @index. */
static void
choose_in_popover (GtkWidget *menu_button,
                   guint      index)
{
  GtkPopover *popover = pop_up (menu_button);
  GtkListBox *list;
  GtkListBoxRow *row;

  list = GTK_LIST_BOX (ui_test_find_descendant (GTK_WIDGET (popover), GTK_TYPE_LIST_BOX));
  row = gtk_list_box_get_row_at_index (list, index);
  g_assert_nonnull (row);
  g_signal_emit_by_name (list, "row-activated", row);
  ui_test_iterate_pending ();
}

/* The list row of a popover that reads @text. */
static guint
popover_row (GtkWidget  *menu_button,
             const char *text)
{
  GtkPopover *popover = pop_up (menu_button);
  GtkListBox *list;

  list = GTK_LIST_BOX (ui_test_find_descendant (GTK_WIDGET (popover), GTK_TYPE_LIST_BOX));
  for (guint i = 0; gtk_list_box_get_row_at_index (list, i) != NULL; i++)
    {
      GtkWidget *label = ui_test_find_descendant (GTK_WIDGET (gtk_list_box_get_row_at_index (list, i)),
                                                  GTK_TYPE_LABEL);

      if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), text) == 0)
        {
          gtk_popover_popdown (popover);
          ui_test_iterate_pending ();
          return i;
        }
    }

  g_assert_not_reached ();
}

/* The error bar slides in over a few frames. */
static gboolean
shows_label_soon (GtkWidget  *widget,
                  const char *text)
{
  gint64 deadline = g_get_monotonic_time () + 3 * G_USEC_PER_SEC;

  while (!ui_test_shows_label (widget, text) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  return ui_test_shows_label (widget, text);
}

/* Tests */

static void
test_empty_add (void)
{
  g_autoptr(GFile) file = write_plan ("empty.trellis", TRUE);
  TrellisWindow *window;
  GtkWidget *table = open_plan (file, &window);

  g_assert_true (ui_test_shows_label (table, "No Actions Yet"));
  g_assert_cmpstr (count_label (table), ==, "0 actions");

  ui_test_activate (table, "register.add");
  g_assert_cmpuint (trellis_project_count_items (project_of (window), TRELLIS_TYPE_ACTION), ==, 1);
  g_assert_false (ui_test_shows_label (table, "No Actions Yet"));
  assert_shown (table, "New action");
  g_assert_true (trellis_action_panel_get_action (get_panel (table)) == find_action (window, "New action"));
  g_assert_nonnull (ui_test_find_row (table, "Title"));

  ui_test_undo (window);
  g_assert_cmpuint (trellis_project_count_items (project_of (window), TRELLIS_TYPE_ACTION), ==, 0);
  g_assert_true (ui_test_shows_label (table, "No Actions Yet"));
  g_assert_null (trellis_action_panel_get_action (get_panel (table)));
}

static void
test_edit (void)
{
  g_autoptr(GFile) file = write_plan ("edit.trellis", FALSE);
  TrellisWindow *window;
  GtkWidget *table = open_plan (file, &window);
  TrellisAction *course = find_action (window, "Tool-setter course");
  TrellisAction *fair = find_action (window, "Joint stand at a fair");
  TrellisStakeholder *school;
  GtkWidget *due;
  const char *message = "“2027-02-30” is not a date: write it as YYYY-MM-DD, such as 2027-03-31";

  assert_shown (table, "Tool-setter course; Joint stand at a fair; Energy pool study; Website");
  g_assert_cmpstr (count_label (table), ==, "4 actions");
  /* The late fair is marked; the done website, due long ago too, is not. */
  g_assert_true (gtk_widget_get_visible (row_cell (table, "title", 1, GTK_TYPE_IMAGE)));
  g_assert_true (gtk_widget_has_css_class (row_cell (table, "due", 1, GTK_TYPE_EDITABLE_LABEL), "overdue"));
  g_assert_false (gtk_widget_get_visible (row_cell (table, "title", 0, GTK_TYPE_IMAGE)));
  g_assert_false (gtk_widget_get_visible (row_cell (table, "title", 3, GTK_TYPE_IMAGE)));
  /* Owners by name, an outside one included. */
  g_assert_true (ui_test_shows_label (table, "Vocational School"));
  g_assert_true (ui_test_shows_label (table, "Dr. Lena Brunner"));
  g_assert_true (ui_test_shows_label (table, "– / 30\u202f000 EUR"));

  /* The title in place; an empty one is not taken. */
  edit_inline (table, "title", 0, "Tool-setter evening course");
  g_assert_cmpstr (trellis_action_get_title (course), ==, "Tool-setter evening course");
  edit_inline (table, "title", 0, " ");
  g_assert_cmpstr (trellis_action_get_title (course), ==, "Tool-setter evening course");

  /* The status with the drop-down: done, so no longer late. */
  trellis_register_choice_set_selected (TRELLIS_REGISTER_CHOICE (row_cell (table, "status", 1, TRELLIS_TYPE_REGISTER_CHOICE)),
                              TRELLIS_STATUS_DONE);
  ui_test_iterate_pending ();
  g_assert_cmpint (trellis_action_get_status (fair), ==, TRELLIS_STATUS_DONE);
  g_assert_false (gtk_widget_get_visible (row_cell (table, "title", 1, GTK_TYPE_IMAGE)));

  /* A bad date is refused, visibly; a good one is taken. */
  edit_inline (table, "due", 0, "2027-02-30");
  g_assert_cmpuint (trellis_action_get_due (course), ==, trellis_date_from_dmy (30, 6, 2099));
  due = row_cell (table, "due", 0, GTK_TYPE_EDITABLE_LABEL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (due)), ==, "2099-06-30");
  g_assert_true (gtk_widget_has_css_class (due, "error"));
  g_assert_true (shows_label_soon (table, message));
  edit_inline (table, "due", 0, "2027-02-28");
  g_assert_cmpuint (trellis_action_get_due (course), ==, trellis_date_from_dmy (28, 2, 2027));
  g_assert_false (gtk_widget_has_css_class (due, "error"));
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (ui_test_find_descendant (table,
                                                                                        GTK_TYPE_REVEALER))));

  /* The progress with the spin button. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (row_cell (table, "progress", 0, GTK_TYPE_SPIN_BUTTON)), 45);
  ui_test_iterate_pending ();
  g_assert_cmpint (trellis_action_get_progress (course), ==, 45);

  /* The owner: someone else, by name. */
  {
    GtkWidget *owner = row_cell (table, "owner", 2, GTK_TYPE_MENU_BUTTON);
    GtkPopover *popover = pop_up (owner);
    GtkWidget *entry;

    entry = ui_test_find_descendant (GTK_WIDGET (popover), GTK_TYPE_ENTRY);
    gtk_editable_set_text (GTK_EDITABLE (entry), "Sara Keller");
    g_signal_emit_by_name (entry, "activate");
    ui_test_iterate_pending ();
    g_assert_cmpstr (trellis_action_get_owner_name (find_action (window, "Energy pool study")), ==, "Sara Keller");
    g_assert_true (ui_test_shows_label (table, "Sara Keller"));
  }

  /* Undo each from the window: the model and the cells follow. */
  ui_test_undo (window);
  g_assert_true (ui_test_shows_label (table, "Dr. Lena Brunner"));
  ui_test_undo (window);
  g_assert_cmpint (trellis_action_get_progress (course), ==, 20);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (row_cell (table, "progress", 0,
                                                                                GTK_TYPE_SPIN_BUTTON))), ==, 20);
  ui_test_undo (window);
  g_assert_cmpuint (trellis_action_get_due (course), ==, trellis_date_from_dmy (30, 6, 2099));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (due)), ==, "2099-06-30");
  ui_test_undo (window);
  g_assert_cmpint (trellis_action_get_status (fair), ==, TRELLIS_STATUS_PLANNED);
  g_assert_cmpuint (trellis_register_choice_get_selected (TRELLIS_REGISTER_CHOICE (row_cell (table, "status", 1, TRELLIS_TYPE_REGISTER_CHOICE))),
                    ==, TRELLIS_STATUS_PLANNED);
  g_assert_true (gtk_widget_get_visible (row_cell (table, "title", 1, GTK_TYPE_IMAGE)));
  ui_test_undo (window);
  assert_shown (table, "Tool-setter course; Joint stand at a fair; Energy pool study; Website");
  g_assert_false (trellis_project_get_dirty (project_of (window)));

  /* Renaming a stakeholder or a goal elsewhere shows in the cells. */
  school = TRELLIS_STAKEHOLDER (find_item (window, TRELLIS_TYPE_STAKEHOLDER, "Vocational School"));
  trellis_stakeholder_set_name (school, "Valdor School");
  trellis_goal_set_title (TRELLIS_GOAL (find_item (window, TRELLIS_TYPE_GOAL, "Open markets abroad")), "Export");
  ui_test_iterate_pending ();
  g_assert_true (ui_test_shows_label (table, "Valdor School"));
  g_assert_true (ui_test_shows_label (table, "Export"));
  ui_test_undo (window);
  ui_test_undo (window);
  g_assert_true (ui_test_shows_label (table, "Vocational School"));
  g_assert_false (ui_test_shows_label (table, "Export"));

  /* The panel checks dates and amounts too. */
  select_only (table, 0);
  {
    GtkWidget *row = ui_test_find_row (table, "Due");

    gtk_editable_set_text (GTK_EDITABLE (row), "soon");
    g_signal_emit_by_name (row, "apply");
    ui_test_iterate_pending ();
    g_assert_cmpuint (trellis_action_get_due (course), ==, trellis_date_from_dmy (30, 6, 2099));
    g_assert_true (ui_test_shows_label (table, "“soon” is not a date: write it as YYYY-MM-DD, such as 2027-03-31"));
    /* A good date is taken as that day, an empty one clears it. */
    gtk_editable_set_text (GTK_EDITABLE (row), "2027-03-31");
    g_signal_emit_by_name (row, "apply");
    ui_test_iterate_pending ();
    g_assert_cmpuint (trellis_action_get_due (course), ==, trellis_date_from_dmy (31, 3, 2027));
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "2027-03-31");
    /* Each one its own undo step, however quick. */
    gtk_editable_set_text (GTK_EDITABLE (row), "");
    g_signal_emit_by_name (row, "apply");
    ui_test_iterate_pending ();
    g_assert_cmpuint (trellis_action_get_due (course), ==, TRELLIS_DAY_NONE);
    ui_test_undo (window);
    g_assert_cmpuint (trellis_action_get_due (course), ==, trellis_date_from_dmy (31, 3, 2027));
    ui_test_undo (window);
    g_assert_cmpuint (trellis_action_get_due (course), ==, trellis_date_from_dmy (30, 6, 2099));
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "2099-06-30");
    row = ui_test_find_row (table, "Planned");
    /* Groups of three and one decimal mark are read; this is neither. */
    gtk_editable_set_text (GTK_EDITABLE (row), "12,500,50");
    g_signal_emit_by_name (row, "apply");
    ui_test_iterate_pending ();
    g_assert_true (ui_test_shows_label (table, "“12,500,50” is not a number"));
    gtk_editable_set_text (GTK_EDITABLE (row), "12 500,50");
    g_signal_emit_by_name (row, "apply");
    ui_test_iterate_pending ();
    g_assert_cmpfloat (trellis_action_get_budget_planned (course), ==, 12500.5);
    g_assert_true (ui_test_shows_label (table, "– / 12\u202f500.50"));
    ui_test_undo (window);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "");
  }
}

/* Whether the keyboard focus is in @widget or under it. */
static gboolean
has_focus_within (GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* Types @text into the panel's row @title, as a person would: the row
 * has the focus, and nobody presses Enter. */
static GtkWidget *
type_into_row (GtkWidget  *panel,
               const char *title,
               const char *text)
{
  GtkWidget *row = ui_test_find_row (panel, title);

  g_assert_nonnull (row);
  gtk_widget_grab_focus (row);
  ui_test_iterate_pending ();
  g_assert_true (has_focus_within (row));
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  ui_test_iterate_pending ();
  return row;
}

/* Presses Tab until the focus leaves @row (its apply button comes first). */
static void
tab_out_of (TrellisWindow *window,
            GtkWidget     *row)
{
  for (guint i = 0; i < 5 && has_focus_within (row); i++)
    {
      g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD));
      ui_test_iterate_pending ();
    }
  g_assert_false (has_focus_within (row));
}

static void
test_commit_on_focus_leave (void)
{
  g_autoptr(GFile) file = write_plan ("focus-leave.trellis", FALSE);
  TrellisWindow *window;
  GtkWidget *table = open_plan (file, &window);
  TrellisAction *course = find_action (window, "Tool-setter course");
  GtkWidget *panel, *row;
  guint steps;

  select_only (table, 0);
  panel = GTK_WIDGET (get_panel (table));
  steps = ui_test_n_undo (window);

  /* A due date typed, then Tab: it is the action's, one undo step. */
  row = type_into_row (panel, "Due", "2027-05-31");
  tab_out_of (window, row);
  g_assert_cmpuint (trellis_action_get_due (course), ==, trellis_date_from_dmy (31, 5, 2027));
  g_assert_cmpuint (ui_test_n_undo (window), ==, steps + 1);

  /* A start date typed, then a click elsewhere (the title). */
  row = type_into_row (panel, "Start", "2026-11-02");
  gtk_widget_grab_focus (ui_test_find_row (panel, "Title"));
  ui_test_iterate_pending ();
  g_assert_cmpuint (trellis_action_get_start (course), ==, trellis_date_from_dmy (2, 11, 2026));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "2026-11-02");
  g_assert_cmpuint (ui_test_n_undo (window), ==, steps + 2);

  /* Leaving a field unchanged records nothing. */
  type_into_row (panel, "Due", "2027-05-31");
  gtk_widget_grab_focus (ui_test_find_row (panel, "Title"));
  ui_test_iterate_pending ();
  g_assert_cmpuint (ui_test_n_undo (window), ==, steps + 2);

  ui_test_undo (window);
  g_assert_cmpuint (trellis_action_get_start (course), ==, trellis_date_from_dmy (15, 10, 2026));
  g_assert_cmpuint (trellis_action_get_due (course), ==, trellis_date_from_dmy (31, 5, 2027));
  ui_test_undo (window);
  g_assert_cmpuint (trellis_action_get_due (course), ==, trellis_date_from_dmy (30, 6, 2099));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ui_test_find_row (panel, "Due"))), ==, "2099-06-30");
  g_assert_false (trellis_project_get_dirty (project_of (window)));
}

static void
test_commit_on_switch (void)
{
  g_autoptr(GFile) file = write_plan ("switch.trellis", FALSE);
  TrellisWindow *window;
  GtkWidget *table = open_plan (file, &window);
  TrellisAction *course = find_action (window, "Tool-setter course");
  TrellisAction *study = find_action (window, "Energy pool study");
  TrellisActionPanel *panel;
  guint steps;

  select_only (table, 0);
  panel = get_panel (table);
  steps = ui_test_n_undo (window);

  /* A budget typed, then another action selected: the first keeps it. */
  type_into_row (GTK_WIDGET (panel), "Planned", "4200");
  select_only (table, 2);
  g_assert_true (trellis_action_panel_get_action (panel) == study);
  g_assert_cmpfloat (trellis_action_get_budget_planned (course), ==, 4200.0);
  g_assert_true (isnan (trellis_action_get_budget_planned (study)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ui_test_find_row (GTK_WIDGET (panel), "Planned"))), ==, "");
  g_assert_cmpuint (ui_test_n_undo (window), ==, steps + 1);

  /* Typed without the focus, as a script or an input method might. */
  gtk_editable_set_text (GTK_EDITABLE (ui_test_find_row (GTK_WIDGET (panel), "Spent")), "150");
  select_only (table, 0);
  g_assert_cmpfloat (trellis_action_get_budget_spent (study), ==, 150.0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ui_test_find_row (GTK_WIDGET (panel), "Planned"))), ==,
                   "4200");

  ui_test_undo (window);
  g_assert_true (isnan (trellis_action_get_budget_spent (study)));
  ui_test_undo (window);
  g_assert_true (isnan (trellis_action_get_budget_planned (course)));
  g_assert_false (trellis_project_get_dirty (project_of (window)));
}

static void
test_invalid_on_focus_leave (void)
{
  g_autoptr(GFile) file = write_plan ("invalid.trellis", FALSE);
  TrellisWindow *window;
  GtkWidget *table = open_plan (file, &window);
  TrellisAction *course = find_action (window, "Tool-setter course");
  const char *message = "“2027-02-30” is not a date: write it as YYYY-MM-DD, such as 2027-03-31";
  GtkWidget *panel, *due;
  guint steps;

  select_only (table, 0);
  panel = GTK_WIDGET (get_panel (table));
  steps = ui_test_n_undo (window);

  /* Not a date: refused, and it stays there, marked, with the reason. */
  due = type_into_row (panel, "Due", "2027-02-30");
  tab_out_of (window, due);
  g_assert_cmpuint (trellis_action_get_due (course), ==, trellis_date_from_dmy (30, 6, 2099));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (due)), ==, "2027-02-30");
  g_assert_true (gtk_widget_has_css_class (due, "error"));
  g_assert_true (ui_test_shows_label (panel, message));
  g_assert_cmpuint (ui_test_n_undo (window), ==, steps);

  /* Another field of the group taken meanwhile: the reason stays. */
  type_into_row (panel, "Start", "2026-11-02");
  gtk_widget_grab_focus (ui_test_find_row (panel, "Title"));
  ui_test_iterate_pending ();
  g_assert_cmpuint (trellis_action_get_start (course), ==, trellis_date_from_dmy (2, 11, 2026));
  g_assert_true (gtk_widget_has_css_class (due, "error"));
  g_assert_true (ui_test_shows_label (panel, message));

  /* Put right: taken, and the mark goes. */
  type_into_row (panel, "Due", "2027-02-28");
  gtk_widget_grab_focus (ui_test_find_row (panel, "Title"));
  ui_test_iterate_pending ();
  g_assert_cmpuint (trellis_action_get_due (course), ==, trellis_date_from_dmy (28, 2, 2027));
  g_assert_false (gtk_widget_has_css_class (due, "error"));
  g_assert_false (ui_test_shows_label (panel, message));
  g_assert_cmpuint (ui_test_n_undo (window), ==, steps + 2);
}

static void
test_filter_sort (void)
{
  g_autoptr(GFile) file = write_plan ("filter.trellis", FALSE);
  TrellisWindow *window;
  GtkWidget *table = open_plan (file, &window);
  GtkColumnView *column_view = GTK_COLUMN_VIEW (ui_test_find_descendant (table, GTK_TYPE_COLUMN_VIEW));
  GListModel *columns = gtk_column_view_get_columns (column_view);
  TrellisItem *skills = find_item (window, TRELLIS_TYPE_GOAL, "Close the skills gap");
  TrellisItem *school = find_item (window, TRELLIS_TYPE_STAKEHOLDER, "Vocational School");
  g_autoptr(GtkColumnViewColumn) first = NULL;
  g_autoptr(GtkColumnViewColumn) due = NULL;

  /* Status, goal, owner, overdue: alone and combined. */
  set_filter (table, "register.filter-status", g_variant_new_int32 (TRELLIS_STATUS_PLANNED));
  assert_shown (table, "Joint stand at a fair");
  g_assert_cmpstr (count_label (table), ==, "1 of 4 actions");
  set_filter (table, "register.filter-status", g_variant_new_int32 (-1));
  set_filter (table, "register.filter-goal", g_variant_new_string (uuid (skills)));
  assert_shown (table, "Tool-setter course; Website");
  set_filter (table, "register.filter-owner", g_variant_new_string (uuid (school)));
  assert_shown (table, "Tool-setter course");
  set_filter (table, "register.filter-goal", g_variant_new_string ("*"));
  set_filter (table, "register.filter-owner", g_variant_new_string ("Dr. Lena Brunner"));
  assert_shown (table, "Energy pool study");
  set_filter (table, "register.filter-owner", g_variant_new_string (""));
  assert_shown (table, "Website");
  set_filter (table, "register.filter-owner", g_variant_new_string ("*"));
  ui_test_activate (table, "register.filter-overdue");  /* toggles it on */
  assert_shown (table, "Joint stand at a fair");
  set_filter (table, "register.filter-status", g_variant_new_int32 (TRELLIS_STATUS_DONE));
  g_assert_cmpstr (count_label (table), ==, "0 of 4 actions");
  g_assert_true (ui_test_shows_label (table, "No Matching Actions"));
  ui_test_activate (table, "register.clear-filters");
  g_assert_cmpstr (count_label (table), ==, "4 actions");
  assert_shown (table, "Tool-setter course; Joint stand at a fair; Energy pool study; Website");

  /* An edit that leaves the filter takes the row away; undo brings it back. */
  set_filter (table, "register.filter-status", g_variant_new_int32 (TRELLIS_STATUS_IN_PROGRESS));
  assert_shown (table, "Tool-setter course");
  trellis_action_set_status (find_action (window, "Tool-setter course"), TRELLIS_STATUS_ON_HOLD);
  ui_test_iterate_pending ();
  g_assert_true (ui_test_shows_label (table, "No Matching Actions"));
  ui_test_undo (window);
  assert_shown (table, "Tool-setter course");
  ui_test_activate (table, "register.clear-filters");

  /* Sorting by a column: the due dates. */
  due = g_list_model_get_item (columns, 4);
  g_assert_cmpstr (gtk_column_view_column_get_title (due), ==, "Due");
  gtk_column_view_sort_by_column (column_view, due, GTK_SORT_ASCENDING);
  ui_test_iterate_pending ();
  assert_shown (table, "Joint stand at a fair; Website; Tool-setter course; Energy pool study");
  gtk_column_view_sort_by_column (column_view, due, GTK_SORT_DESCENDING);
  ui_test_iterate_pending ();
  assert_shown (table, "Energy pool study; Tool-setter course; Website; Joint stand at a fair");

  /* Grouped by goal: the goals' order first, the column within; the goal column leads. */
  ui_test_activate (table, "register.group-by-goal");  /* toggles it on */
  assert_shown (table, "Tool-setter course; Website; Joint stand at a fair; Energy pool study");
  first = g_list_model_get_item (columns, 0);
  g_assert_cmpstr (gtk_column_view_column_get_title (first), ==, "Goal");
  gtk_column_view_sort_by_column (column_view, due, GTK_SORT_ASCENDING);
  ui_test_iterate_pending ();
  assert_shown (table, "Website; Tool-setter course; Joint stand at a fair; Energy pool study");
  ui_test_activate (table, "register.group-by-goal");
  assert_shown (table, "Joint stand at a fair; Website; Tool-setter course; Energy pool study");
  g_clear_object (&first);
  first = g_list_model_get_item (columns, 0);
  g_assert_cmpstr (gtk_column_view_column_get_title (first), ==, "Action");
}

static void
test_bulk (void)
{
  g_autoptr(GFile) file = write_plan ("bulk.trellis", FALSE);
  TrellisWindow *window;
  GtkWidget *table = open_plan (file, &window);
  TrellisAction *course = find_action (window, "Tool-setter course");
  TrellisAction *study = find_action (window, "Energy pool study");
  TrellisItem *chamber = find_item (window, TRELLIS_TYPE_STAKEHOLDER, "Chamber of Commerce");
  GtkWidget *owner_button;

  /* Two rows selected (the first and the third). */
  select_only (table, 0);
  g_assert_true (gtk_selection_model_select_item (selection_of (table), 2, FALSE));
  ui_test_iterate_pending ();
  g_assert_cmpstr (count_label (table), ==, "4 actions");
  /* The bar for several rows slides in. */
  wait_frames (table);
  g_assert_true (gtk_action_bar_get_revealed (GTK_ACTION_BAR (ui_test_find_descendant (table, GTK_TYPE_ACTION_BAR))));
  g_assert_true (ui_test_shows_label (table, "2 actions selected"));

  /* One status for both, one undo step for both. */
  g_assert_true (gtk_widget_activate_action (table, "register.set-status", "i", TRELLIS_STATUS_DONE));
  ui_test_iterate_pending ();
  g_assert_cmpint (trellis_action_get_status (course), ==, TRELLIS_STATUS_DONE);
  g_assert_cmpint (trellis_action_get_status (study), ==, TRELLIS_STATUS_DONE);
  g_assert_cmpuint (trellis_register_choice_get_selected (TRELLIS_REGISTER_CHOICE (row_cell (table, "status", 2, TRELLIS_TYPE_REGISTER_CHOICE))),
                    ==, TRELLIS_STATUS_DONE);
  ui_test_undo (window);
  g_assert_cmpint (trellis_action_get_status (course), ==, TRELLIS_STATUS_IN_PROGRESS);
  g_assert_cmpint (trellis_action_get_status (study), ==, TRELLIS_STATUS_ON_HOLD);
  g_assert_cmpuint (trellis_register_choice_get_selected (TRELLIS_REGISTER_CHOICE (row_cell (table, "status", 2, TRELLIS_TYPE_REGISTER_CHOICE))),
                    ==, TRELLIS_STATUS_ON_HOLD);

  /* One owner for both, from “Change Owner…”: one undo step. */
  owner_button = find_named (table, "change-owner");
  g_assert_true (gtk_widget_is_sensitive (owner_button));
  choose_in_popover (owner_button, popover_row (owner_button, "Chamber of Commerce"));
  g_assert_cmpstr (trellis_action_get_owner_uuid (course), ==, uuid (chamber));
  g_assert_cmpstr (trellis_action_get_owner_uuid (study), ==, uuid (chamber));
  g_assert_null (trellis_action_get_owner_name (study));
  ui_test_undo (window);
  g_assert_true (TRELLIS_ITEM (trellis_action_get_owner (course))
                 == find_item (window, TRELLIS_TYPE_STAKEHOLDER, "Vocational School"));
  g_assert_cmpstr (trellis_action_get_owner_name (study), ==, "Dr. Lena Brunner");
  g_assert_false (trellis_project_get_dirty (project_of (window)));

  /* Nothing selected: nothing to change. */
  gtk_selection_model_unselect_all (selection_of (table));
  ui_test_iterate_pending ();
  g_assert_false (gtk_widget_is_sensitive (owner_button));
  g_assert_false (gtk_action_bar_get_revealed (GTK_ACTION_BAR (ui_test_find_descendant (table, GTK_TYPE_ACTION_BAR))));
  gtk_widget_activate_action (table, "register.set-status", "i", TRELLIS_STATUS_DONE);
  ui_test_iterate_pending ();
  g_assert_cmpint (trellis_action_get_status (course), ==, TRELLIS_STATUS_IN_PROGRESS);
}

static void
test_dependencies (void)
{
  g_autoptr(GFile) file = write_plan ("dependencies.trellis", FALSE);
  TrellisWindow *window;
  GtkWidget *table = open_plan (file, &window);
  TrellisAction *course = find_action (window, "Tool-setter course");
  TrellisAction *fair = find_action (window, "Joint stand at a fair");
  g_autoptr(GPtrArray) dependencies = NULL;
  GtkWidget *add_button;

  /* The course waits for the fair; the fair's panel says who needs it. */
  select_only (table, 0);
  g_assert_true (ui_test_find_row (table, "Joint stand at a fair") != NULL);
  select_only (table, 1);
  g_assert_true (trellis_action_panel_get_action (get_panel (table)) == fair);
  g_assert_true (ui_test_shows_label (table, "It waits for no other action"));

  /* The fair waiting for the course would close a circle: refused, with the reason. */
  add_button = find_named (GTK_WIDGET (get_panel (table)), "add-dependency");
  choose_in_popover (add_button, popover_row (add_button, "Tool-setter course"));
  g_assert_null (trellis_action_get_depends_on_uuids (fair));
  g_assert_true (ui_test_shows_label (table, "“Joint stand at a fair” cannot depend on “Tool-setter course”, "
                                             "which already waits for it"));

  /* Waiting for the study is fine; one undo step. */
  choose_in_popover (add_button, popover_row (add_button, "Energy pool study"));
  dependencies = trellis_action_list_dependencies (project_of (window), fair);
  g_assert_cmpuint (dependencies->len, ==, 1);
  g_assert_nonnull (ui_test_find_row (table, "Energy pool study"));
  g_assert_false (ui_test_shows_label (table, "It waits for no other action"));
  ui_test_undo (window);
  g_assert_null (trellis_action_get_depends_on_uuids (fair));
  g_assert_true (ui_test_shows_label (table, "It waits for no other action"));

  /* Removing the course's dependency, undone. */
  select_only (table, 0);
  g_signal_emit_by_name (find_named (GTK_WIDGET (get_panel (table)), "remove-dependency"), "clicked");
  ui_test_iterate_pending ();
  g_clear_pointer (&dependencies, g_ptr_array_unref);
  dependencies = trellis_action_list_dependencies (project_of (window), course);
  g_assert_cmpuint (dependencies->len, ==, 0);
  ui_test_undo (window);
  g_assert_cmpstr (trellis_action_get_depends_on_uuids (course)[0], ==, uuid (fair));
  g_assert_nonnull (ui_test_find_row (table, "Joint stand at a fair"));
  g_assert_false (trellis_project_get_dirty (project_of (window)));
}

static void
test_milestones (void)
{
  g_autoptr(GFile) file = write_plan ("milestones.trellis", FALSE);
  TrellisWindow *window;
  GtkWidget *table = open_plan (file, &window);
  TrellisProject *project;
  TrellisAction *course = find_action (window, "Tool-setter course");
  GtkWidget *title, *date, *panel;
  TrellisMilestone *milestone;

  project = project_of (window);
  select_only (table, 0);
  panel = GTK_WIDGET (get_panel (table));

  /* A bad date is refused with the reason. */
  title = ui_test_find_row (panel, "New Milestone");
  date = ui_test_find_row (panel, "Its Date (YYYY-MM-DD)");
  gtk_editable_set_text (GTK_EDITABLE (title), "Pilot module finished");
  gtk_editable_set_text (GTK_EDITABLE (date), "next spring");
  g_signal_emit_by_name (find_named (panel, "add-milestone"), "clicked");
  ui_test_iterate_pending ();
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_MILESTONE), ==, 0);
  g_assert_true (ui_test_shows_label (panel, "“next spring” is not a date: write it as YYYY-MM-DD, "
                                             "such as 2027-03-31"));

  /* A good one adds it, listed with its date. */
  gtk_editable_set_text (GTK_EDITABLE (date), "2027-01-31");
  g_signal_emit_by_name (find_named (panel, "add-milestone"), "clicked");
  ui_test_iterate_pending ();
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_MILESTONE), ==, 1);
  milestone = TRELLIS_MILESTONE (find_item (window, TRELLIS_TYPE_MILESTONE, "Pilot module finished"));
  g_assert_true (trellis_milestone_get_action (milestone) == course);
  g_assert_cmpuint (trellis_milestone_get_date (milestone), ==, trellis_date_from_dmy (31, 1, 2027));
  g_assert_nonnull (ui_test_find_row (panel, "Pilot module finished"));
  g_assert_true (ui_test_shows_label (panel, "2027-01-31 · not reached yet"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ui_test_find_row (panel, "New Milestone"))), ==, "");

  /* Reached on a date. */
  {
    GtkWidget *button = find_named (panel, "mark-reached");
    GtkPopover *popover = pop_up (button);
    GtkWidget *entry;

    entry = ui_test_find_descendant (GTK_WIDGET (popover), GTK_TYPE_ENTRY);
    gtk_editable_set_text (GTK_EDITABLE (entry), "2027-01-29");
    g_signal_emit_by_name (entry, "activate");
    ui_test_iterate_pending ();
    g_assert_cmpuint (trellis_milestone_get_reached (milestone), ==, trellis_date_from_dmy (29, 1, 2027));
    g_assert_true (ui_test_shows_label (panel, "2027-01-31 · reached on 2027-01-29"));
  }

  /* Deleted; then every step undone. */
  g_signal_emit_by_name (find_named (panel, "delete-milestone"), "clicked");
  ui_test_iterate_pending ();
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_MILESTONE), ==, 0);
  g_assert_null (ui_test_find_row (panel, "Pilot module finished"));
  ui_test_undo (window);
  g_assert_nonnull (ui_test_find_row (panel, "Pilot module finished"));
  ui_test_undo (window);
  g_assert_cmpuint (trellis_milestone_get_reached (milestone), ==, TRELLIS_DAY_NONE);
  g_assert_true (ui_test_shows_label (panel, "2027-01-31 · not reached yet"));
  ui_test_undo (window);
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_MILESTONE), ==, 0);
  g_assert_null (ui_test_find_row (panel, "Pilot module finished"));
  g_assert_false (trellis_project_get_dirty (project));
}

static GtkWidget *
find_filter_button (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget) && g_strcmp0 (gtk_menu_button_get_label (GTK_MENU_BUTTON (widget)), "_Filter") == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_filter_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static char *
menu_label (GMenuModel *menu,
            int         index)
{
  char *label = NULL;

  g_assert_true (g_menu_model_get_item_attribute (menu, index, G_MENU_ATTRIBUTE_LABEL, "s", &label));
  return label;
}

/* The filter menu is made when it opens, as the plan is then; past fifty
 * owners or goals, its last item leads to the search. */
static void
test_filter_menu (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Large plan");
  g_autoptr(GFile) file = NULL;
  g_autoptr(GMenuModel) submenus = NULL;
  g_autoptr(GMenuModel) owners = NULL;
  g_autoptr(GMenuModel) goals = NULL;
  g_autofree char *last = NULL;
  g_autofree char *action = NULL;
  TrellisWindow *window;
  GtkWidget *table, *button;
  GtkPopover *popover;

  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *name = g_strdup_printf ("Owner %u", i);
      TrellisAction *act = add (project, trellis_action_new (name));

      trellis_action_set_owner (act, add (project, trellis_stakeholder_new (name)));
      trellis_action_set_goal (act, add (project, trellis_goal_new (name)));
    }
  file = ui_test_write_project (tmpdir, "large-plan.trellis", project);
  table = open_plan (file, &window);
  button = find_filter_button (table);
  g_assert_nonnull (button);
  g_assert_null (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));

  popover = pop_up (button);
  g_assert_true (GTK_IS_POPOVER_MENU (popover));
  submenus = g_menu_model_get_item_link (gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (popover)), 0,
                                         G_MENU_LINK_SECTION);
  owners = g_menu_model_get_item_link (submenus, 0, G_MENU_LINK_SUBMENU);
  goals = g_menu_model_get_item_link (submenus, 1, G_MENU_LINK_SUBMENU);
  /* Anyone, Nobody, fifty owners, the search. */
  g_assert_cmpint (g_menu_model_get_n_items (owners), ==, 2 + 50 + 1);
  last = menu_label (owners, 52);
  g_assert_cmpstr (last, ==, "Search for Other Owners…");
  g_assert_true (g_menu_model_get_item_attribute (owners, 52, G_MENU_ATTRIBUTE_ACTION, "s", &action));
  g_assert_cmpstr (action, ==, "register.search");
  /* Any Goal, fifty goals, No Goal, the search. */
  g_assert_cmpint (g_menu_model_get_n_items (goals), ==, 1 + 50 + 1 + 1);
  gtk_popover_popdown (popover);

  /* A change to the plan: the menu is made again when it next opens. */
  trellis_action_set_title (TRELLIS_ACTION (find_item (window, TRELLIS_TYPE_ACTION, "Owner 3")), "Renamed");
  ui_test_iterate_pending ();
  g_assert_null (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
}

static void
test_read_only (void)
{
  g_autoptr(GFile) file = write_plan ("read-only.trellis", FALSE);
  TrellisWindow *window = ui_test_open_read_only (G_APPLICATION (app), file);
  GtkWidget *table = show_plan (window);
  GtkWidget *panel = GTK_WIDGET (get_panel (table));
  GtkWidget *label;

  /* Cells show the values as labels and make no editor. */
  label = row_cell (table, "title", 0, GTK_TYPE_LABEL);
  g_assert_false (gtk_label_get_text (GTK_LABEL (label))[0] == '\0');
  {
    GtkWidget *column_view = ui_test_find_descendant (table, GTK_TYPE_COLUMN_VIEW);

    g_assert_null (ui_test_find_descendant (column_view, GTK_TYPE_EDITABLE_LABEL));
    g_assert_null (ui_test_find_descendant (column_view, TRELLIS_TYPE_REGISTER_SLOT));
    g_assert_null (ui_test_find_descendant (column_view, TRELLIS_TYPE_REGISTER_CHOICE));
    g_assert_null (ui_test_find_descendant (column_view, GTK_TYPE_SPIN_BUTTON));
  }
  g_assert_true (ui_test_shows_label (table, "In progress"));
  g_assert_null (ui_test_find_descendant (ui_test_find_descendant (table, GTK_TYPE_COLUMN_VIEW), GTK_TYPE_MENU_BUTTON));
  g_assert_false (gtk_widget_get_can_target (row_cell (table, "quick-win", 0, GTK_TYPE_CHECK_BUTTON)));

  /* Nothing adds, deletes or changes several at once. */
  ui_test_activate (table, "register.add");
  g_assert_cmpuint (trellis_project_count_items (project_of (window), TRELLIS_TYPE_ACTION), ==, 4);
  select_only (table, 0);
  g_assert_true (gtk_selection_model_select_item (selection_of (table), 1, FALSE));
  ui_test_iterate_pending ();
  wait_frames (table);
  g_assert_false (gtk_widget_is_sensitive (find_named (table, "change-status")));
  g_assert_false (gtk_widget_is_sensitive (find_named (table, "change-owner")));
  gtk_widget_activate_action (table, "register.set-status", "i", TRELLIS_STATUS_CANCELLED);
  gtk_widget_activate_action (table, "register.delete", NULL);
  ui_test_iterate_pending ();
  g_assert_cmpint (trellis_action_get_status (find_action (window, "Tool-setter course")), ==,
                   TRELLIS_STATUS_IN_PROGRESS);
  g_assert_cmpuint (trellis_project_count_items (project_of (window), TRELLIS_TYPE_ACTION), ==, 4);

  /* The panel shows everything, editable nowhere. */
  g_assert_false (gtk_editable_get_editable (GTK_EDITABLE (ui_test_find_row (panel, "Title"))));
  g_assert_false (gtk_editable_get_editable (GTK_EDITABLE (ui_test_find_row (panel, "Due"))));
  g_assert_false (gtk_widget_is_sensitive (ui_test_find_row (panel, "Status")));
  g_assert_false (gtk_widget_is_sensitive (ui_test_find_row (panel, "Owner")));
  g_assert_nonnull (ui_test_find_row (panel, "Joint stand at a fair"));
  g_assert_null (ui_test_find_row (panel, "New Milestone"));
  g_assert_false (trellis_project_get_dirty (project_of (window)));
}

/* Under German dates and numbers (messages stay English), a date cell shows
 * the day as the C library writes it for that locale, takes it back in that
 * form and in the locale's numeric one, and the budget groups with a dot. */
static void
test_locale_formats (void)
{
  g_autofree char *old_time = g_strdup (setlocale (LC_TIME, NULL));
  g_autofree char *old_numeric = g_strdup (setlocale (LC_NUMERIC, NULL));
  g_autoptr(GFile) file = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *budget = NULL;
  g_autofree char *planned = NULL;
  g_autofree char *typed = NULL;
  TrellisWindow *window;
  TrellisAction *course;
  GtkWidget *table, *due;
  struct tm tm = { .tm_mday = 30, .tm_mon = 5, .tm_year = 199 };
  char buffer[64];

  if (setlocale (LC_TIME, "de_DE.UTF-8") == NULL || setlocale (LC_NUMERIC, "de_DE.UTF-8") == NULL)
    {
      setlocale (LC_TIME, old_time);
      g_test_skip ("the locale de_DE.UTF-8 is not installed");
      return;
    }
  file = write_plan ("locale.trellis", FALSE);
  table = open_plan (file, &window);
  course = find_action (window, "Tool-setter course");
  mktime (&tm);
  strftime (buffer, sizeof buffer, "%-d %b %Y", &tm);
  due = row_cell (table, "due", 0, GTK_TYPE_EDITABLE_LABEL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (due)), ==, buffer);
  planned = g_strdup_printf ("%'d", 30000);
  budget = g_strdup_printf ("– / %s EUR", planned);
  g_assert_cmpstr (planned, ==, "30.000");
  g_assert_true (ui_test_shows_label (table, budget));

  /* Typed as shown, and as the locale writes dates in figures. */
  shown = trellis_format_date (trellis_date_from_dmy (1, 3, 2028));
  edit_inline (table, "due", 0, shown);
  g_assert_cmpuint (trellis_action_get_due (course), ==, trellis_date_from_dmy (1, 3, 2028));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (due)), ==, shown);
  edit_inline (table, "due", 0, "15.03.2027");
  g_assert_cmpuint (trellis_action_get_due (course), ==, trellis_date_from_dmy (15, 3, 2027));
  g_assert_false (gtk_widget_has_css_class (due, "error"));

  setlocale (LC_TIME, old_time);
  setlocale (LC_NUMERIC, old_numeric);
}

int
main (int   argc,
      char *argv[])
{
  app = ui_test_init (&argc, &argv, &tmpdir);
  if (app == NULL)
    return 77;

  g_test_add_func ("/ui/action-table/empty-add", test_empty_add);
  g_test_add_func ("/ui/action-table/edit", test_edit);
  g_test_add_func ("/ui/action-table/commit-on-focus-leave", test_commit_on_focus_leave);
  g_test_add_func ("/ui/action-table/commit-on-switch", test_commit_on_switch);
  g_test_add_func ("/ui/action-table/invalid-on-focus-leave", test_invalid_on_focus_leave);
  g_test_add_func ("/ui/action-table/filter-sort", test_filter_sort);
  g_test_add_func ("/ui/action-table/bulk", test_bulk);
  g_test_add_func ("/ui/action-table/dependencies", test_dependencies);
  g_test_add_func ("/ui/action-table/milestones", test_milestones);
  g_test_add_func ("/ui/action-table/read-only", test_read_only);
  g_test_add_func ("/ui/action-table/filter-menu", test_filter_menu);
  g_test_add_func ("/ui/action-table/locale-formats", test_locale_formats);

  return ui_test_run (app, tmpdir);
}
