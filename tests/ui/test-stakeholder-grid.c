/* test-stakeholder-grid.c: the influence grid and the helix balance in a real window,
 * paths /ui/stakeholder-grid/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opens copies of the worked example and drives the grid through its drop
 * targets, its keyboard shortcuts and the window's undo.
 */

#include "config.h"

#include "trellis-application.h"
#include "trellis-helix-chart.h"
#include "trellis-stakeholder-grid.h"
#include "trellis-tool-page.h"
#include "trellis-window.h"
#include "trellis-test-utils.h"
#include "ui-test-utils.h"

#define ASSOCIATION "Plastics Trade Association, Valdor chapter"
#define CHAMBER     "Chamber of Commerce Valdor"
#define HARTMANN    "Hartmann Polymer Parts"
#define CRESTLINE   "Crestline Packaging"
#define BANK        "Valdor Savings Bank Foundation"
#define HINT        "Drag a stakeholder to another cell, or move it with Alt and the arrow keys"
#define BUSINESS_SHARE "Businesses are over half of the committed members"

static TrellisApplication *app;
static char *tmpdir;

/* Helpers */

/* @project, or the worked example for %NULL */
static GFile *
write_project (const char     *basename,
               TrellisProject *project)
{
  g_autoptr(TrellisProject) sample = project == NULL ? trellis_test_load_sample () : NULL;

  return ui_test_write_project (tmpdir, basename, project != NULL ? project : sample);
}

static TrellisWindow *
open_window (GFile *file)
{
  return ui_test_open_window (G_APPLICATION (app), file);
}

static GtkWidget *
show_grid (TrellisWindow *window)
{
  return ui_test_show_page (window, "actors/grid", TRELLIS_TYPE_STAKEHOLDER_GRID);
}

static TrellisItem *
find_stakeholder (TrellisWindow *window,
                  const char    *name)
{
  TrellisStakeholder *stakeholder = trellis_test_find_stakeholder (trellis_window_get_project (window), name);

  if (stakeholder == NULL)
    g_error ("No stakeholder “%s”", name);
  return TRELLIS_ITEM (stakeholder);
}

static GtkWidget *
find_cell (GtkWidget    *grid,
           TrellisLevel  influence,
           guint         column)
{
  g_autofree char *name = g_strdup_printf ("cell-%d-%u", influence, column);
  GtkWidget *cell = ui_test_find_named (grid, name);

  g_assert_nonnull (cell);
  return cell;
}

/* The cell (influence × column) whose chips show @name, or -1 for none. */
static int
cell_of (GtkWidget  *grid,
         const char *name)
{
  int found = -1;

  for (TrellisLevel influence = TRELLIS_LEVEL_LOW; influence <= TRELLIS_LEVEL_HIGH; influence++)
    for (guint column = 0; column < TRELLIS_GRID_N_COLUMNS; column++)
      if (ui_test_shows_label (find_cell (grid, influence, column), name))
        {
          g_assert_cmpint (found, ==, -1);   /* one chip per stakeholder */
          found = influence * TRELLIS_GRID_N_COLUMNS + column;
        }

  return found;
}

#define CELL(influence, column) ((int) (influence) * TRELLIS_GRID_N_COLUMNS + (column))

static gboolean
is_chip_of (GtkWidget     *widget,
            gconstpointer  name)
{
  return gtk_widget_has_css_class (widget, "stakeholder-chip") && ui_test_shows_label (widget, name);
}

static GtkWidget *
find_chip (GtkWidget  *widget,
           const char *name)
{
  return ui_test_find (widget, is_chip_of, name);
}

/* What a drop of @item on the cell does, through the cell's own drop target. */
static gboolean
drop_on_cell (GtkWidget    *grid,
              TrellisLevel  influence,
              guint         column,
              TrellisItem  *item)
{
  GtkDropTarget *target = ui_test_get_controller (find_cell (grid, influence, column), GTK_TYPE_DROP_TARGET);
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean accepted = FALSE;

  g_value_init (&value, TRELLIS_TYPE_STAKEHOLDER);
  g_value_set_object (&value, item);
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  ui_test_iterate_pending ();
  return accepted;
}

/* Presses @accelerator on the chip: the chip's own shortcut, with its arguments. */
static void
press_on_chip (GtkWidget  *chip,
               const char *accelerator)
{
  GtkShortcutController *controller = ui_test_get_controller (chip, GTK_TYPE_SHORTCUT_CONTROLLER);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (controller));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), i);
      g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));

      if (g_strcmp0 (trigger, accelerator) == 0)
        {
          gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, chip,
                                        gtk_shortcut_get_arguments (shortcut));
          ui_test_iterate_pending ();
          return;
        }
    }

  g_error ("No shortcut %s on the chip", accelerator);
}

/* Hovering a drag over the cell: the action it offers, and whether the cell lights up. */
static GdkDragAction
hover_cell (GtkWidget *cell,
            gboolean  *highlighted)
{
  GtkDropTarget *target = ui_test_get_controller (cell, GTK_TYPE_DROP_TARGET);
  GdkDragAction action = 0;

  g_signal_emit_by_name (target, "enter", 10.0, 10.0, &action);
  *highlighted = gtk_widget_has_css_class (cell, "drop-hover");
  g_signal_emit_by_name (target, "leave");
  g_assert_false (gtk_widget_has_css_class (cell, "drop-hover"));
  return action;
}

/* Tests */

static void
test_cells (void)
{
  g_autoptr(GFile) file = write_project ("cells.trellis", NULL);
  TrellisWindow *window = open_window (file);
  GtkWidget *grid = show_grid (window);
  GtkWidget *chip, *interest;

  /* Influence × attitude: critics left, supporters right. */
  g_assert_cmpint (cell_of (grid, ASSOCIATION), ==, CELL (TRELLIS_LEVEL_HIGH, 0));
  g_assert_cmpint (cell_of (grid, HARTMANN), ==, CELL (TRELLIS_LEVEL_HIGH, 2));
  g_assert_cmpint (cell_of (grid, CHAMBER), ==, CELL (TRELLIS_LEVEL_MEDIUM, 1));
  g_assert_cmpint (cell_of (grid, "Medform Precision Plastics"), ==, CELL (TRELLIS_LEVEL_LOW, 1));
  g_assert_true (ui_test_shows_label (find_cell (grid, TRELLIS_LEVEL_HIGH, 2), "Key drivers"));
  g_assert_true (ui_test_shows_label (grid, "Critical"));

  /* The influential critic is flagged, and so is its cell. */
  g_assert_true (gtk_widget_has_css_class (find_chip (grid, ASSOCIATION), "critical-risk"));
  g_assert_false (gtk_widget_has_css_class (find_chip (grid, HARTMANN), "critical-risk"));
  g_assert_true (gtk_widget_has_css_class (find_cell (grid, TRELLIS_LEVEL_HIGH, 0), "flagged"));
  g_assert_true (ui_test_shows_label (find_cell (grid, TRELLIS_LEVEL_HIGH, 0), "Engage early"));

  /* Activating a chip shows its details. */
  chip = find_chip (grid, HARTMANN);
  ui_test_popup (GTK_MENU_BUTTON (chip));
  g_assert_true (ui_test_shows_label (chip, "Hartmann Polymer Parts GmbH"));
  g_assert_true (ui_test_shows_label (chip, "Committed member"));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (chip));

  /* Influence × interest. */
  interest = ui_test_find_toggle (grid, "Interest");
  g_assert_nonnull (interest);
  g_signal_emit_by_name (interest, "clicked");
  ui_test_iterate_pending ();
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (interest)));
  g_assert_cmpint (cell_of (grid, CRESTLINE), ==, CELL (TRELLIS_LEVEL_HIGH, 0));
  g_assert_cmpint (cell_of (grid, HARTMANN), ==, CELL (TRELLIS_LEVEL_HIGH, 2));
  g_assert_cmpint (cell_of (grid, BANK), ==, CELL (TRELLIS_LEVEL_MEDIUM, 0));
  g_assert_cmpint (cell_of (grid, ASSOCIATION), ==, CELL (TRELLIS_LEVEL_HIGH, 2));
  g_assert_true (ui_test_shows_label (find_cell (grid, TRELLIS_LEVEL_HIGH, 2), "Manage closely"));
  g_assert_true (ui_test_shows_label (find_cell (grid, TRELLIS_LEVEL_HIGH, 0), "Keep satisfied"));
  g_assert_true (ui_test_shows_label (find_cell (grid, TRELLIS_LEVEL_LOW, 0), "Monitor"));
  g_assert_false (gtk_widget_has_css_class (find_cell (grid, TRELLIS_LEVEL_HIGH, 0), "flagged"));
  /* A critic stays flagged whatever the columns show. */
  g_assert_true (gtk_widget_has_css_class (find_chip (grid, ASSOCIATION), "critical-risk"));
  g_assert_false (ui_test_shows_label (grid, "Critical"));
}

static void
test_drop_undo (void)
{
  g_autoptr(GFile) file = write_project ("drop.trellis", NULL);
  TrellisWindow *window = open_window (file);
  GtkWidget *grid = show_grid (window);
  TrellisItem *chamber = find_stakeholder (window, CHAMBER);
  guint before = ui_test_n_undo (window);
  gboolean highlighted;

  g_assert_cmpint (cell_of (grid, CHAMBER), ==, CELL (TRELLIS_LEVEL_MEDIUM, 1));
  g_assert_cmpint (hover_cell (find_cell (grid, TRELLIS_LEVEL_LOW, 2), &highlighted), ==, GDK_ACTION_MOVE);
  g_assert_true (highlighted);
  g_assert_true (drop_on_cell (grid, TRELLIS_LEVEL_LOW, 2, chamber));

  /* Both values, one step. */
  g_assert_cmpint (trellis_stakeholder_get_influence (TRELLIS_STAKEHOLDER (chamber)), ==, TRELLIS_LEVEL_LOW);
  g_assert_cmpint (trellis_stakeholder_get_attitude (TRELLIS_STAKEHOLDER (chamber)), ==, TRELLIS_ATTITUDE_POSITIVE);
  g_assert_cmpuint (ui_test_n_undo (window), ==, before + 1);
  g_assert_cmpint (cell_of (grid, CHAMBER), ==, CELL (TRELLIS_LEVEL_LOW, 2));

  /* Dropped where it already is: no step. */
  g_assert_true (drop_on_cell (grid, TRELLIS_LEVEL_LOW, 2, chamber));
  g_assert_cmpuint (ui_test_n_undo (window), ==, before + 1);

  ui_test_undo (window);
  g_assert_cmpint (trellis_stakeholder_get_influence (TRELLIS_STAKEHOLDER (chamber)), ==, TRELLIS_LEVEL_MEDIUM);
  g_assert_cmpint (trellis_stakeholder_get_attitude (TRELLIS_STAKEHOLDER (chamber)), ==, TRELLIS_ATTITUDE_NEUTRAL);
  g_assert_cmpint (cell_of (grid, CHAMBER), ==, CELL (TRELLIS_LEVEL_MEDIUM, 1));

  ui_test_redo (window);
  g_assert_cmpint (cell_of (grid, CHAMBER), ==, CELL (TRELLIS_LEVEL_LOW, 2));

  /* Something that is not a stakeholder of this project is refused. */
  {
    g_autoptr(TrellisStakeholder) stranger = trellis_stakeholder_new ("Stranger");

    g_assert_false (drop_on_cell (grid, TRELLIS_LEVEL_HIGH, 0, TRELLIS_ITEM (stranger)));
    g_assert_cmpint (trellis_stakeholder_get_influence (stranger), ==, TRELLIS_LEVEL_MEDIUM);
  }
}

static void
test_keyboard (void)
{
  g_autoptr(GFile) file = write_project ("keyboard.trellis", NULL);
  TrellisWindow *window = open_window (file);
  GtkWidget *grid = show_grid (window);
  TrellisItem *chamber = find_stakeholder (window, CHAMBER);
  guint before = ui_test_n_undo (window);
  GtkWidget *chip, *focus;

  press_on_chip (find_chip (grid, CHAMBER), "<Alt>Up");
  g_assert_cmpint (trellis_stakeholder_get_influence (TRELLIS_STAKEHOLDER (chamber)), ==, TRELLIS_LEVEL_HIGH);
  g_assert_cmpuint (ui_test_n_undo (window), ==, before + 1);
  g_assert_cmpint (cell_of (grid, CHAMBER), ==, CELL (TRELLIS_LEVEL_HIGH, 1));
  /* The focus follows the chip to its new cell. */
  chip = find_chip (grid, CHAMBER);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (focus == chip || gtk_widget_is_ancestor (focus, chip));

  /* Nothing above the top row. */
  press_on_chip (chip, "<Alt>Up");
  g_assert_cmpuint (ui_test_n_undo (window), ==, before + 1);

  press_on_chip (find_chip (grid, CHAMBER), "<Alt>Left");
  g_assert_cmpint (trellis_stakeholder_get_attitude (TRELLIS_STAKEHOLDER (chamber)), ==, TRELLIS_ATTITUDE_CRITICAL);
  g_assert_cmpint (cell_of (grid, CHAMBER), ==, CELL (TRELLIS_LEVEL_HIGH, 0));
  g_assert_true (gtk_widget_has_css_class (find_chip (grid, CHAMBER), "critical-risk"));

  ui_test_undo (window);
  ui_test_undo (window);
  g_assert_cmpint (trellis_stakeholder_get_influence (TRELLIS_STAKEHOLDER (chamber)), ==, TRELLIS_LEVEL_MEDIUM);
  g_assert_cmpint (trellis_stakeholder_get_attitude (TRELLIS_STAKEHOLDER (chamber)), ==, TRELLIS_ATTITUDE_NEUTRAL);
  g_assert_cmpint (cell_of (grid, CHAMBER), ==, CELL (TRELLIS_LEVEL_MEDIUM, 1));
  g_assert_false (gtk_widget_has_css_class (find_chip (grid, CHAMBER), "critical-risk"));
}

static void
test_helix_balance (void)
{
  g_autoptr(TrellisProject) project = trellis_test_load_sample ();
  const char *uncommit[] = { "Bergmann Moulds & Tools", "Novapol Compounds", "Talwerk Extrusion" };
  g_autoptr(GFile) file = NULL;
  TrellisWindow *window;
  GtkWidget *grid, *chart, *row;
  TrellisStakeholder *business;

  /* 3 committed businesses of 6 committed members: exactly half, not enough. */
  for (guint i = 0; i < G_N_ELEMENTS (uncommit); i++)
    {
      GListModel *items = trellis_project_get_items (project, TRELLIS_TYPE_STAKEHOLDER);

      for (guint j = 0; j < g_list_model_get_n_items (items); j++)
        {
          g_autoptr(TrellisStakeholder) item = g_list_model_get_item (items, j);

          if (g_strcmp0 (trellis_stakeholder_get_name (item), uncommit[i]) == 0)
            trellis_stakeholder_set_committed (item, FALSE);
        }
    }
  file = write_project ("balance.trellis", project);
  window = open_window (file);
  grid = show_grid (window);
  chart = ui_test_find_descendant (grid, TRELLIS_TYPE_HELIX_CHART);
  g_assert_nonnull (chart);

  g_assert_true (ui_test_shows_label (chart, "3 of 7"));    /* businesses */
  g_assert_true (ui_test_shows_label (chart, "2 of 3"));    /* research */
  g_assert_true (ui_test_shows_label (chart, "0 of 1"));    /* government */
  g_assert_true (ui_test_shows_label (chart, "1 of 4"));    /* intermediaries */
  g_assert_true (ui_test_shows_label (chart, "6 of 15 actors are committed members"));
  row = ui_test_find_row (chart, BUSINESS_SHARE);
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_has_css_class (row, "check-not-met"));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   "3 of 6 committed members are businesses (50 %); over half are needed");
  g_assert_false (gtk_widget_has_css_class (ui_test_find_row (chart, "Research takes part among the committed members"),
                                            "check-not-met"));

  /* One more committed business tips the balance. */
  business = trellis_stakeholder_new ("Alpen Rotomoulding");
  trellis_stakeholder_set_helix (business, TRELLIS_HELIX_BUSINESS);
  trellis_stakeholder_set_internal (business, TRUE);
  trellis_stakeholder_set_committed (business, TRUE);
  trellis_project_add_item (trellis_window_get_project (window), business);
  ui_test_iterate_pending ();
  g_assert_true (ui_test_shows_label (chart, "4 of 8"));
  g_assert_false (gtk_widget_has_css_class (row, "check-not-met"));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   "4 of 7 committed members are businesses (57 %)");
  g_assert_cmpint (cell_of (grid, "Alpen Rotomoulding"), ==, CELL (TRELLIS_LEVEL_MEDIUM, 1));

  ui_test_undo (window);
  g_assert_true (ui_test_shows_label (chart, "3 of 7"));
  g_assert_true (gtk_widget_has_css_class (row, "check-not-met"));
  g_assert_cmpint (cell_of (grid, "Alpen Rotomoulding"), ==, -1);
}

static void
test_read_only (void)
{
  g_autoptr(GFile) file = write_project ("read-only.trellis", NULL);
  TrellisWindow *window = open_window (file);
  GtkWidget *grid = show_grid (window);
  TrellisItem *chamber = find_stakeholder (window, CHAMBER);
  GtkDragSource *source = ui_test_get_controller (find_chip (grid, CHAMBER), GTK_TYPE_DRAG_SOURCE);
  g_autoptr(GdkContentProvider) content = NULL;
  guint before = ui_test_n_undo (window);
  gboolean highlighted;

  /* Editable, a chip offers its stakeholder to drag, and says so. */
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (find_chip (grid, CHAMBER)), "Alt"));
  g_assert_true (gtk_widget_get_visible (ui_test_find_label (grid, HINT)));
  g_signal_emit_by_name (source, "prepare", 5.0, 5.0, &content);
  g_assert_nonnull (content);
  g_clear_object (&content);

  /* Read-only, the chips are built again, without the hint in their tooltips. */
  g_object_set (grid, "editable", FALSE, NULL);
  ui_test_iterate_pending ();
  g_assert_null (strstr (gtk_widget_get_tooltip_text (find_chip (grid, CHAMBER)), "Alt"));
  g_assert_false (gtk_widget_get_visible (ui_test_find_label (grid, HINT)));
  source = ui_test_get_controller (find_chip (grid, CHAMBER), GTK_TYPE_DRAG_SOURCE);
  g_signal_emit_by_name (source, "prepare", 5.0, 5.0, &content);
  g_assert_null (content);
  g_assert_cmpint (hover_cell (find_cell (grid, TRELLIS_LEVEL_HIGH, 2), &highlighted), ==, 0);
  g_assert_false (highlighted);
  g_assert_false (drop_on_cell (grid, TRELLIS_LEVEL_HIGH, 2, chamber));
  press_on_chip (find_chip (grid, CHAMBER), "<Alt>Down");
  g_assert_cmpint (trellis_stakeholder_get_influence (TRELLIS_STAKEHOLDER (chamber)), ==, TRELLIS_LEVEL_MEDIUM);
  g_assert_cmpint (trellis_stakeholder_get_attitude (TRELLIS_STAKEHOLDER (chamber)), ==, TRELLIS_ATTITUDE_NEUTRAL);
  g_assert_cmpuint (ui_test_n_undo (window), ==, before);
  g_assert_cmpint (cell_of (grid, CHAMBER), ==, CELL (TRELLIS_LEVEL_MEDIUM, 1));

  g_object_set (grid, "editable", TRUE, NULL);
  g_assert_true (drop_on_cell (grid, TRELLIS_LEVEL_HIGH, 2, chamber));
  g_assert_cmpuint (ui_test_n_undo (window), ==, before + 1);
}

static void
test_empty (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("No actors");
  g_autoptr(GFile) file = write_project ("empty.trellis", project);
  TrellisWindow *window = open_window (file);
  GtkWidget *grid = show_grid (window);
  GtkWidget *button, *tool_page;

  g_assert_true (ui_test_shows_label (grid, "No Stakeholders Yet"));
  g_assert_null (find_chip (grid, "Newcomer"));

  trellis_project_add_item (trellis_window_get_project (window), trellis_stakeholder_new ("Newcomer"));
  ui_test_iterate_pending ();
  g_assert_false (ui_test_shows_label (grid, "No Stakeholders Yet"));
  g_assert_cmpint (cell_of (grid, "Newcomer"), ==, CELL (TRELLIS_LEVEL_MEDIUM, 1));
  g_assert_true (ui_test_shows_label (grid, "0 of 1 actor is a committed member"));

  ui_test_undo (window);
  g_assert_true (ui_test_shows_label (grid, "No Stakeholders Yet"));

  /* The empty state leads to the register. */
  button = ui_test_find_button (grid, "Open Register");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  ui_test_iterate_pending ();
  tool_page = gtk_widget_get_ancestor (grid, TRELLIS_TYPE_TOOL_PAGE);
  g_assert_cmpstr (trellis_tool_page_get_view_name (TRELLIS_TOOL_PAGE (tool_page)), ==, "register");
}

/* A crowded cell shows twelve chips and a button for the rest. */
static void
test_crowded_cell (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Crowded");
  g_autoptr(GFile) file = NULL;
  TrellisWindow *window;
  GtkWidget *grid, *cell, *more;

  /* New stakeholders all go to the middle cell. */
  for (guint i = 0; i < 45; i++)
    {
      g_autofree char *name = g_strdup_printf ("Member %02u", i);
      g_autoptr(TrellisStakeholder) stakeholder = trellis_stakeholder_new (name);

      trellis_project_add_item (project, stakeholder);
    }
  file = write_project ("crowded.trellis", project);
  window = open_window (file);
  grid = show_grid (window);
  cell = find_cell (grid, TRELLIS_LEVEL_MEDIUM, 1);

  g_assert_cmpint (cell_of (grid, "Member 00"), ==, CELL (TRELLIS_LEVEL_MEDIUM, 1));
  g_assert_nonnull (find_chip (grid, "Member 11"));
  g_assert_null (find_chip (grid, "Member 12"));
  g_assert_null (find_chip (grid, "Member 44"));
  more = ui_test_find_button (cell, "Show 33 More");
  g_assert_nonnull (more);
  g_assert_true (gtk_widget_get_visible (more));

  g_signal_emit_by_name (more, "clicked");
  ui_test_iterate_pending ();
  g_assert_cmpint (cell_of (grid, "Member 44"), ==, CELL (TRELLIS_LEVEL_MEDIUM, 1));
  g_assert_false (gtk_widget_get_visible (more));
}

/* Resizes @window and waits until it has the size. */
static void
resize (TrellisWindow *window,
        int            width,
        int            height)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  while ((gtk_widget_get_width (GTK_WIDGET (window)) != width ||
          gtk_widget_get_height (GTK_WIDGET (window)) != height) &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
}

/* In a narrow window (800 and 360 pixels wide) the grid scrolls as a
 * whole: it stays inside the window, and every cell, the last column's
 * included, can be scrolled to, whole. */
static void
test_narrow (void)
{
  const int sizes[][2] = { { 800, 600 }, { 360, 640 } };
  g_autoptr(GFile) file = write_project ("narrow.trellis", NULL);
  TrellisWindow *window = open_window (file);
  GtkWidget *grid = show_grid (window);

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      GtkWidget *scrolled, *content;
      GtkAdjustment *h, *v;
      graphene_rect_t bounds;

      resize (window, sizes[s][0], sizes[s][1]);
      scrolled = gtk_widget_get_ancestor (find_chip (grid, BANK), GTK_TYPE_SCROLLED_WINDOW);
      content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
      h = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scrolled));
      v = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
      g_assert_true (gtk_widget_compute_bounds (grid, GTK_WIDGET (window), &bounds));
      g_test_message ("%d×%d: grid %.0f+%.0f wide, content %d×%d, scrolls %.0f of %.0f across, %.0f of %.0f down",
                      sizes[s][0], sizes[s][1], bounds.origin.x, bounds.size.width,
                      gtk_widget_get_width (content), gtk_widget_get_height (content),
                      gtk_adjustment_get_page_size (h), gtk_adjustment_get_upper (h),
                      gtk_adjustment_get_page_size (v), gtk_adjustment_get_upper (v));
      /* Inside the window (which the header bar keeps wider than 360). */
      g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (GTK_WIDGET (window)));
      /* Its scroll bars show, so that it is seen to scroll. */
      g_assert_false (gtk_scrolled_window_get_overlay_scrolling (GTK_SCROLLED_WINDOW (scrolled)));

      for (TrellisLevel influence = TRELLIS_LEVEL_LOW; influence <= TRELLIS_LEVEL_HIGH; influence++)
        for (guint column = 0; column < TRELLIS_GRID_N_COLUMNS; column++)
          {
            GtkWidget *cell = find_cell (grid, influence, column);

            /* Each cell is laid out whole, inside what scrolls. */
            g_assert_true (gtk_widget_compute_bounds (cell, content, &bounds));
            g_assert_cmpfloat (bounds.origin.x, >=, 0);
            g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_adjustment_get_upper (h) + 0.5);
            g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_adjustment_get_upper (v) + 0.5);
            g_assert_cmpint (bounds.size.width, >=, 120);
          }
      /* Scrolled to the right, the last column is in view. */
      gtk_adjustment_set_value (h, gtk_adjustment_get_upper (h) - gtk_adjustment_get_page_size (h));
      ui_test_iterate_pending ();
      g_assert_true (gtk_widget_compute_bounds (find_cell (grid, TRELLIS_LEVEL_HIGH, TRELLIS_GRID_N_COLUMNS - 1),
                                                scrolled, &bounds));
      g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (scrolled) + 0.5);
      gtk_adjustment_set_value (h, 0);
    }
}

int
main (int   argc,
      char *argv[])
{
  app = ui_test_init (&argc, &argv, &tmpdir);

  g_test_add_func ("/ui/stakeholder-grid/cells", test_cells);
  g_test_add_func ("/ui/stakeholder-grid/drop-undo", test_drop_undo);
  g_test_add_func ("/ui/stakeholder-grid/keyboard", test_keyboard);
  g_test_add_func ("/ui/stakeholder-grid/helix-balance", test_helix_balance);
  g_test_add_func ("/ui/stakeholder-grid/read-only", test_read_only);
  g_test_add_func ("/ui/stakeholder-grid/empty", test_empty);
  g_test_add_func ("/ui/stakeholder-grid/crowded-cell", test_crowded_cell);
  g_test_add_func ("/ui/stakeholder-grid/narrow", test_narrow);

  return ui_test_run (app, tmpdir);
}
