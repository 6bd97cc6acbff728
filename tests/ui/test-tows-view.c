/* test-tows-view.c: the TOWS strategies of step 1, paths /ui/tows-view/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opens real files in the real window under Xvfb, drives the view's own
 * widgets (the entry of a pair, the link popover's check buttons, a chip's
 * remove button, Make Goal) and checks the project and what the view shows,
 * then undoes each step through win.undo.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "trellis-application.h"
#include "trellis-project-view.h"
#include "trellis-tool-page.h"
#include "trellis-register-slot.h"
#include "trellis-tows-card.h"
#include "trellis-tows-view.h"
#include "trellis-window.h"
#include "trellis-test-utils.h"
#include "ui-test-utils.h"

static TrellisApplication *app;
static char *tmpdir;

typedef struct
{
  char *strength;
  char *weakness;
  char *opportunity;
  char *threat;
} Uuids;

/* Helpers */

static GFile *
write_swot_project (const char *basename,
                    gboolean    with_items,
                    Uuids      *uuids)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("TOWS Test");

  if (with_items)
    {
      const char *texts[] = { "Skilled toolmakers", "No joint R&D", "Recyclate rules", "Cheap imports" };
      char **slots[] = { &uuids->strength, &uuids->weakness, &uuids->opportunity, &uuids->threat };

      for (TrellisQuadrant q = TRELLIS_QUADRANT_STRENGTH; q <= TRELLIS_QUADRANT_THREAT; q++)
        {
          g_autoptr(TrellisSwotItem) item = trellis_swot_item_new (q, texts[q]);

          trellis_project_add_item (project, item);
          *slots[q] = g_strdup (trellis_item_get_uuid (TRELLIS_ITEM (item)));
        }
    }

  return ui_test_write_project (tmpdir, basename, project);
}

static void
uuids_clear (Uuids *uuids)
{
  g_free (uuids->strength);
  g_free (uuids->weakness);
  g_free (uuids->opportunity);
  g_free (uuids->threat);
}

static TrellisTowsView *
show_tows (TrellisWindow *window)
{
  TrellisTowsView *view;

  ui_test_iterate_until_mapped (GTK_WIDGET (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "potentials/tows"));
  ui_test_iterate_pending ();
  view = TRELLIS_TOWS_VIEW (ui_test_find_descendant (GTK_WIDGET (window), TRELLIS_TYPE_TOWS_VIEW));
  g_assert_nonnull (view);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view)));
  return view;
}

static TrellisWindow *
open_window (GFile *file)
{
  return ui_test_open_window (G_APPLICATION (app), file);
}

/* What a click does; gtk_widget_activate() would only click after a timeout. */
static void
click (gpointer button)
{
  g_assert_true (GTK_IS_BUTTON (button));
  g_signal_emit_by_name (button, "clicked");
}

typedef struct
{
  const char *name;
  gboolean    hidden_too;
} NameQuery;

static gboolean
is_named (GtkWidget     *widget,
          gconstpointer  data)
{
  const NameQuery *query = data;

  return g_strcmp0 (gtk_widget_get_name (widget), query->name) == 0 &&
         (query->hidden_too || gtk_widget_is_visible (widget));
}

/* The visible widgets called @name under @widget, in order. */
static GPtrArray *
find_named (gpointer    widget,
            const char *name)
{
  NameQuery query = { name, FALSE };

  return ui_test_find_all (widget, is_named, &query);
}

/* The same, with the hidden ones. */
static GPtrArray *
find_named_all (gpointer    widget,
                const char *name)
{
  NameQuery query = { name, TRUE };

  return ui_test_find_all (widget, is_named, &query);
}

static GtkWidget *
find_one_named (gpointer    widget,
                const char *name)
{
  g_autoptr(GPtrArray) found = find_named (widget, name);

  g_assert_cmpuint (found->len, ==, 1);
  return found->pdata[0];
}

static guint
count_named (gpointer    widget,
             const char *name)
{
  g_autoptr(GPtrArray) found = find_named (widget, name);

  return found->len;
}

static gboolean
is_card (GtkWidget     *widget,
         gconstpointer  data)
{
  return TRELLIS_IS_TOWS_CARD (widget);
}

static TrellisTowsCard *
find_card (TrellisTowsView *view,
           TrellisItem     *strategy)
{
  g_autoptr(GPtrArray) cards = ui_test_find_all (GTK_WIDGET (view), is_card, NULL);

  for (guint i = 0; i < cards->len; i++)
    if (trellis_tows_card_get_strategy (cards->pdata[i]) == (gpointer) strategy)
      return cards->pdata[i];

  return NULL;
}

static guint
count_cards (TrellisTowsView *view)
{
  g_autoptr(GPtrArray) cards = ui_test_find_all (GTK_WIDGET (view), is_card, NULL);

  return cards->len;
}

static TrellisItem *
first_strategy (TrellisProject *project)
{
  g_autoptr(TrellisItem) strategy = g_list_model_get_item (trellis_project_get_items (project,
                                                           TRELLIS_TYPE_TOWS_STRATEGY), 0);
  return strategy;  /* the project keeps it alive */
}

static guint
n_links (TrellisItem *strategy)
{
  const char * const *refs = trellis_tows_strategy_get_items_uuids (TRELLIS_TOWS_STRATEGY (strategy));

  return refs != NULL ? g_strv_length ((char **) refs) : 0;
}

/* Whether the chip of @uuid shows under @widget (a card or the unused list). */
static gboolean
shows_chip (gpointer    widget,
            const char *name,
            const char *uuid)
{
  g_autoptr(GPtrArray) chips = find_named (widget, name);

  for (guint i = 0; i < chips->len; i++)
    {
      TrellisItem *item = g_object_get_data (chips->pdata[i], "item");

      if (g_strcmp0 (trellis_item_get_uuid (item), uuid) == 0)
        return gtk_widget_is_visible (chips->pdata[i]);
    }

  return FALSE;
}

static GtkCheckButton *
find_check (TrellisTowsCard *card,
            const char      *uuid,
            guint           *n_checks)
{
  GtkWidget *button = find_one_named (card, "link-button");
  GtkPopover *popover = ui_test_popup (GTK_MENU_BUTTON (button));
  GtkWidget *scrolled = gtk_popover_get_child (popover);
  GtkCheckButton *found = NULL;
  GtkWidget *box;

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  box = gtk_widget_get_first_child (gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled)));
  *n_checks = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (box); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      TrellisItem *item = g_object_get_data (G_OBJECT (child), "item");

      if (!GTK_IS_CHECK_BUTTON (child))
        continue;
      (*n_checks)++;
      if (g_strcmp0 (trellis_item_get_uuid (item), uuid) == 0)
        found = GTK_CHECK_BUTTON (child);
    }

  return found;
}

static const char *
goal_button_text (TrellisTowsCard *card)
{
  GtkWidget *button = find_one_named (card, "goal-button");
  GtkWidget *label = ui_test_find_descendant (button, GTK_TYPE_LABEL);

  return gtk_label_get_text (GTK_LABEL (label));
}

static gboolean
warns_empty (TrellisTowsCard *card)
{
  return ui_test_shows_label (GTK_WIDGET (card),
                              "No SWOT items yet: link the strengths and opportunities this strategy combines.");
}

/* Cases */

static void
test_empty_state (void)
{
  g_autoptr(GFile) file = write_swot_project ("empty.trellis", FALSE, NULL);
  TrellisWindow *window = open_window (file);
  TrellisTowsView *view = show_tows (window);
  GtkWidget *project_view = trellis_window_get_project_view (window);
  GtkWidget *tool_page = gtk_widget_get_ancestor (GTK_WIDGET (view), TRELLIS_TYPE_TOOL_PAGE);
  GtkWidget *status = ui_test_find_descendant (GTK_WIDGET (view), ADW_TYPE_STATUS_PAGE);
  GtkWidget *button;

  g_assert_true (ui_test_shows_label (GTK_WIDGET (view), "Fill the SWOT Board First"));
  g_assert_true (gtk_widget_get_mapped (status));
  {
    g_autoptr(GPtrArray) entries = find_named_all (view, "add-entry");

    g_assert_cmpuint (entries->len, ==, 4);
    g_assert_false (gtk_widget_get_mapped (entries->pdata[0]));
  }

  /* Its button leads to the SWOT board of the same step. */
  button = ui_test_find_descendant (status, GTK_TYPE_BUTTON);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "Open SWOT Board");
  click (button);
  ui_test_iterate_pending ();
  g_assert_cmpstr (trellis_project_view_get_page (TRELLIS_PROJECT_VIEW (project_view)), ==, "potentials");
  g_assert_cmpstr (trellis_tool_page_get_view_name (TRELLIS_TOOL_PAGE (tool_page)), ==, "swot");

  /* A SWOT item added (and undone) elsewhere shows the board, then the empty state again. */
  {
    TrellisProject *project = trellis_window_get_project (window);
    g_autoptr(TrellisSwotItem) item = trellis_swot_item_new (TRELLIS_QUADRANT_THREAT, "Energy costs");

    trellis_project_add_item (project, item);
    ui_test_iterate_pending ();
    show_tows (window);
    g_assert_false (ui_test_shows_label (GTK_WIDGET (view), "Fill the SWOT Board First"));
    g_assert_true (shows_chip (view, "unused-chip", trellis_item_get_uuid (TRELLIS_ITEM (item))));
    ui_test_undo (window);
    g_assert_true (ui_test_shows_label (GTK_WIDGET (view), "Fill the SWOT Board First"));
  }
}

static void
test_add_link_goal_undo (void)
{
  Uuids uuids = { NULL, };
  g_autoptr(GFile) file = write_swot_project ("pairs.trellis", TRUE, &uuids);
  TrellisWindow *window = open_window (file);
  TrellisProject *project = trellis_window_get_project (window);
  TrellisTowsView *view = show_tows (window);
  GtkWidget *so_area = find_one_named (view, "SO");
  GtkWidget *entry = find_one_named (so_area, "add-entry");
  TrellisItem *strategy, *goal;
  TrellisTowsCard *card;
  GtkCheckButton *check;
  const char * const *sources;
  guint n_checks;

  g_assert_cmpuint (count_named (view, "unused-chip"), ==, 4);
  g_assert_cmpuint (count_cards (view), ==, 0);

  /* Add a strategy: the pair's entry, then Enter. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "Qualify recyclates");
  g_signal_emit_by_name (entry, "activate");
  ui_test_iterate_pending ();
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_TOWS_STRATEGY), ==, 1);
  strategy = first_strategy (project);
  g_assert_cmpstr (trellis_tows_strategy_get_title (TRELLIS_TOWS_STRATEGY (strategy)), ==, "Qualify recyclates");
  g_assert_cmpint (trellis_tows_strategy_get_tows_type (TRELLIS_TOWS_STRATEGY (strategy)), ==, TRELLIS_TOWS_SO);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  card = find_card (view, strategy);
  g_assert_nonnull (card);
  g_assert_true (gtk_widget_is_ancestor (GTK_WIDGET (card), so_area));
  g_assert_true (warns_empty (card));

  /* The popover lists the strengths and opportunities only. */
  g_assert_null (find_check (card, uuids.threat, &n_checks));
  g_assert_cmpuint (n_checks, ==, 2);
  check = find_check (card, uuids.strength, &n_checks);
  gtk_check_button_set_active (check, TRUE);
  ui_test_iterate_pending ();
  g_assert_cmpuint (n_links (strategy), ==, 1);
  gtk_check_button_set_active (find_check (card, uuids.opportunity, &n_checks), TRUE);
  ui_test_iterate_pending ();
  g_assert_cmpuint (n_links (strategy), ==, 2);
  gtk_popover_popdown (gtk_menu_button_get_popover (GTK_MENU_BUTTON (find_one_named (card, "link-button"))));
  ui_test_iterate_pending ();

  /* The chips show in the card; the unused list shrinks; the warning goes. */
  g_assert_true (shows_chip (card, "chip", uuids.strength));
  g_assert_true (shows_chip (card, "chip", uuids.opportunity));
  g_assert_false (shows_chip (view, "unused-chip", uuids.strength));
  g_assert_false (shows_chip (view, "unused-chip", uuids.opportunity));
  g_assert_true (shows_chip (view, "unused-chip", uuids.threat));
  g_assert_cmpuint (count_named (view, "unused-chip"), ==, 2);
  g_assert_false (warns_empty (card));

  /* A chip's own button takes its item out. */
  {
    g_autoptr(GPtrArray) removes = find_named (card, "chip-remove");

    g_assert_cmpuint (removes->len, ==, 2);
    click (removes->pdata[1]);
    ui_test_iterate_pending ();
  }
  g_assert_cmpuint (n_links (strategy), ==, 1);
  g_assert_false (shows_chip (card, "chip", uuids.opportunity));
  g_assert_true (shows_chip (view, "unused-chip", uuids.opportunity));
  ui_test_undo (window);
  g_assert_cmpuint (n_links (strategy), ==, 2);
  g_assert_true (shows_chip (card, "chip", uuids.opportunity));
  g_assert_cmpuint (count_named (view, "unused-chip"), ==, 2);

  /* Make Goal: a goal linked both ways; the button then names it. */
  g_assert_cmpstr (goal_button_text (card), ==, "Make Goal");
  click (find_one_named (card, "goal-button"));
  ui_test_iterate_pending ();
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_GOAL), ==, 1);
  goal = TRELLIS_ITEM (trellis_tows_strategy_get_goal (TRELLIS_TOWS_STRATEGY (strategy)));
  g_assert_true (TRELLIS_IS_GOAL (goal));
  g_assert_cmpstr (trellis_goal_get_title (TRELLIS_GOAL (goal)), ==, "Qualify recyclates");
  sources = trellis_goal_get_sources_uuids (TRELLIS_GOAL (goal));
  g_assert_true (g_strv_contains (sources, trellis_item_get_uuid (strategy)));
  g_assert_true (g_strv_contains (sources, uuids.strength));
  g_assert_true (g_strv_contains (sources, uuids.opportunity));
  g_assert_cmpstr (goal_button_text (card), ==, "Goal: Qualify recyclates");

  /* Then the button leads to the goals of step 3. */
  click (find_one_named (card, "goal-button"));
  ui_test_iterate_pending ();
  g_assert_cmpstr (trellis_project_view_get_page (TRELLIS_PROJECT_VIEW (trellis_window_get_project_view (window))),
                   ==, "value");
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_GOAL), ==, 1);
  show_tows (window);

  /* Undo, step by step: the goal, the two links, the strategy. */
  ui_test_undo (window);
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_GOAL), ==, 0);
  g_assert_null (trellis_tows_strategy_get_goal_uuid (TRELLIS_TOWS_STRATEGY (strategy)));
  g_assert_cmpstr (goal_button_text (card), ==, "Make Goal");
  ui_test_undo (window);
  g_assert_cmpuint (n_links (strategy), ==, 1);
  g_assert_false (shows_chip (card, "chip", uuids.opportunity));
  g_assert_true (shows_chip (view, "unused-chip", uuids.opportunity));
  ui_test_undo (window);
  g_assert_cmpuint (n_links (strategy), ==, 0);
  g_assert_true (warns_empty (card));
  g_assert_cmpuint (count_named (view, "unused-chip"), ==, 4);
  ui_test_undo (window);
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_TOWS_STRATEGY), ==, 0);
  g_assert_cmpuint (count_cards (view), ==, 0);

  /* Redo brings the strategy back, in its card. */
  ui_test_redo (window);
  g_assert_nonnull (find_card (view, strategy));
  uuids_clear (&uuids);
}

static void
test_rename_delete (void)
{
  Uuids uuids = { NULL, };
  g_autoptr(GFile) file = write_swot_project ("rename.trellis", TRUE, &uuids);
  TrellisWindow *window = open_window (file);
  TrellisProject *project = trellis_window_get_project (window);
  TrellisTowsView *view = show_tows (window);
  GtkWidget *wt_entry = find_one_named (find_one_named (view, "WT"), "add-entry");
  TrellisItem *strategy;
  TrellisTowsCard *card;
  GtkWidget *title;

  gtk_editable_set_text (GTK_EDITABLE (wt_entry), "  Defend together ");
  g_signal_emit_by_name (wt_entry, "activate");
  ui_test_iterate_pending ();
  strategy = first_strategy (project);
  g_assert_cmpstr (trellis_tows_strategy_get_title (TRELLIS_TOWS_STRATEGY (strategy)), ==, "Defend together");
  g_assert_cmpint (trellis_tows_strategy_get_tows_type (TRELLIS_TOWS_STRATEGY (strategy)), ==, TRELLIS_TOWS_WT);
  card = find_card (view, strategy);

  /* The title is renamed in place, and undone through the project. */
  /* A label until first used; then its editor takes its place. */
  g_assert_null (ui_test_find_descendant (GTK_WIDGET (card), GTK_TYPE_EDITABLE_LABEL));
  title = GTK_WIDGET (trellis_tows_card_get_title_editor (card));
  g_assert_true (title == ui_test_find_descendant (GTK_WIDGET (card), GTK_TYPE_EDITABLE_LABEL));
  g_assert_true (gtk_editable_get_editable (GTK_EDITABLE (title)));
  gtk_editable_set_text (GTK_EDITABLE (title), "Share energy purchasing");
  ui_test_iterate_pending ();
  g_assert_cmpstr (trellis_tows_strategy_get_title (TRELLIS_TOWS_STRATEGY (strategy)), ==, "Share energy purchasing");
  trellis_history_seal (trellis_project_get_history (project));
  ui_test_undo (window);
  g_assert_cmpstr (trellis_tows_strategy_get_title (TRELLIS_TOWS_STRATEGY (strategy)), ==, "Defend together");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "Defend together");

  /* The description is edited in the popover and shown in the card. */
  {
    GtkWidget *button = find_one_named (card, "description-button");
    GtkTextView *text_view;

    /* The popover is made when it first opens.  (The card is below the
     * fold of the test's window, where a popover cannot be placed: the
     * text view is typed into without it.) */
    g_assert_null (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
    text_view = trellis_tows_card_get_description_view (card);
    g_assert_true (gtk_widget_get_ancestor (GTK_WIDGET (text_view), GTK_TYPE_POPOVER) ==
                   GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button))));
    g_assert_false (ui_test_shows_label (GTK_WIDGET (card), "One contract for all members"));
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (text_view), "One contract for all members", -1);
    ui_test_iterate_pending ();
    g_assert_cmpstr (trellis_tows_strategy_get_description (TRELLIS_TOWS_STRATEGY (strategy)), ==,
                     "One contract for all members");
    g_assert_true (ui_test_shows_label (GTK_WIDGET (card), "One contract for all members"));
    trellis_history_seal (trellis_project_get_history (project));
    ui_test_undo (window);
    g_assert_null (trellis_tows_strategy_get_description (TRELLIS_TOWS_STRATEGY (strategy)));
    g_assert_false (ui_test_shows_label (GTK_WIDGET (card), "One contract for all members"));
  }

  /* Delete, then undo: the same card comes back for the same strategy. */
  g_object_ref (strategy);
  click (find_one_named (card, "delete-button"));
  ui_test_iterate_pending ();
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_TOWS_STRATEGY), ==, 0);
  g_assert_cmpuint (count_cards (view), ==, 0);
  ui_test_undo (window);
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_TOWS_STRATEGY), ==, 1);
  g_assert_nonnull (find_card (view, strategy));
  g_object_unref (strategy);
  uuids_clear (&uuids);
}

/* A file written elsewhere may pair an item with the wrong strategy: the
 * chip says so and can be taken out; the popover does not offer it. */
static void
test_mismatch (void)
{
  g_autoptr(TrellisProject) saved = trellis_project_new ("Mismatch");
  g_autoptr(TrellisSwotItem) strength = trellis_swot_item_new (TRELLIS_QUADRANT_STRENGTH, "Skilled toolmakers");
  g_autoptr(TrellisSwotItem) threat = trellis_swot_item_new (TRELLIS_QUADRANT_THREAT, "Cheap imports");
  g_autoptr(TrellisTowsStrategy) so = trellis_tows_strategy_new (TRELLIS_TOWS_SO, "Grow abroad");
  g_autoptr(GFile) file = NULL;
  g_autoptr(GPtrArray) chips = NULL;
  const char *items[] = { trellis_item_get_uuid (TRELLIS_ITEM (strength)),
                          trellis_item_get_uuid (TRELLIS_ITEM (threat)), NULL };
  TrellisWindow *window;
  TrellisProject *project;
  TrellisTowsView *view;
  TrellisTowsCard *card;
  guint n_checks;

  trellis_project_add_item (saved, strength);
  trellis_project_add_item (saved, threat);
  trellis_tows_strategy_set_items_uuids (so, items);
  trellis_project_add_item (saved, so);
  file = ui_test_write_project (tmpdir, "mismatch.trellis", saved);

  window = open_window (file);
  project = trellis_window_get_project (window);
  view = show_tows (window);
  card = find_card (view, trellis_project_lookup (project, trellis_item_get_uuid (TRELLIS_ITEM (so))));
  chips = find_named (card, "chip");
  g_assert_cmpuint (chips->len, ==, 2);
  g_assert_false (gtk_widget_has_css_class (chips->pdata[0], "mismatch"));
  g_assert_true (gtk_widget_has_css_class (chips->pdata[1], "mismatch"));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (chips->pdata[1]), "Not of the two quadrants"));
  g_assert_null (find_check (card, items[1], &n_checks));
  g_assert_cmpuint (n_checks, ==, 1);
  gtk_popover_popdown (gtk_menu_button_get_popover (GTK_MENU_BUTTON (find_one_named (card, "link-button"))));

  click (find_one_named (chips->pdata[1], "chip-remove"));
  ui_test_iterate_pending ();
  g_assert_cmpuint (n_links (TRELLIS_ITEM (trellis_tows_card_get_strategy (card))), ==, 1);
  g_assert_false (shows_chip (card, "chip", items[1]));
  g_assert_true (shows_chip (view, "unused-chip", items[1]));
}

static void
test_read_only (void)
{
  g_autofree char *sample = trellis_test_sample_path ();
  g_autofree char *path = g_build_filename (tmpdir, "read-only.trellis", NULL);
  g_autoptr(GFile) source = g_file_new_for_path (sample);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  TrellisWindow *window;
  TrellisProject *project;
  TrellisTowsView *view;
  g_autoptr(GPtrArray) goals = NULL;
  g_autoptr(GPtrArray) chips = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  GtkWidget *title;

  g_file_copy (source, file, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  window = ui_test_open_read_only (G_APPLICATION (app), file);
  project = trellis_window_get_project (window);
  view = show_tows (window);
  before = trellis_project_to_bytes (project);

  g_assert_cmpuint (count_cards (view), ==,
                    trellis_project_count_items (project, TRELLIS_TYPE_TOWS_STRATEGY));
  g_assert_cmpuint (count_named (view, "add-entry"), ==, 0);
  g_assert_cmpuint (count_named (view, "delete-button"), ==, 0);
  g_assert_cmpuint (count_named (view, "link-button"), ==, 0);
  g_assert_cmpuint (count_named (view, "chip-remove"), ==, 0);
  chips = find_named (view, "chip");
  g_assert_cmpuint (chips->len, >, 0);

  /* Titles and descriptions take no typing. */
  g_assert_null (ui_test_find_descendant (GTK_WIDGET (view), GTK_TYPE_EDITABLE_LABEL));
  g_assert_null (ui_test_find_descendant (GTK_WIDGET (view), TRELLIS_TYPE_REGISTER_SLOT));
  title = ui_test_find_descendant (GTK_WIDGET (view), TRELLIS_TYPE_TOWS_CARD);
  g_assert_null (trellis_tows_card_get_title_editor (TRELLIS_TOWS_CARD (title)));
  g_assert_cmpuint (count_named (view, "description-button"), ==, 0);
  {
    g_autoptr(GPtrArray) editors = find_named_all (view, "description-button");
    TrellisTowsCard *card = TRELLIS_TOWS_CARD (gtk_widget_get_ancestor (editors->pdata[0], TRELLIS_TYPE_TOWS_CARD));
    GtkTextView *text_view = trellis_tows_card_get_description_view (card);

    g_assert_false (gtk_text_view_get_editable (GTK_TEXT_VIEW (text_view)));
  }

  /* The goals made already still lead to step 3; no new one can be made. */
  goals = find_named (view, "goal-button");
  for (guint i = 0; i < goals->len; i++)
    {
      TrellisTowsCard *card = TRELLIS_TOWS_CARD (gtk_widget_get_ancestor (goals->pdata[i], TRELLIS_TYPE_TOWS_CARD));

      g_assert_nonnull (trellis_tows_strategy_get_goal_uuid (trellis_tows_card_get_strategy (card)));
      g_assert_true (g_str_has_prefix (goal_button_text (card), "Goal: "));
    }
  g_assert_cmpuint (goals->len, <, count_cards (view));

  /* Even the hidden buttons change nothing if they are called. */
  {
    const char *names[] = { "delete-button", "goal-button" };

    for (guint n = 0; n < G_N_ELEMENTS (names); n++)
      {
        g_autoptr(GPtrArray) buttons = find_named_all (view, names[n]);

        g_assert_cmpuint (buttons->len, >, 0);
        for (guint i = 0; i < buttons->len; i++)
          if (!gtk_widget_get_visible (buttons->pdata[i]))
            g_signal_emit_by_name (buttons->pdata[i], "clicked");
      }
  }
  ui_test_iterate_pending ();
  after = trellis_project_to_bytes (project);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_false (trellis_project_get_dirty (project));
}

/* A pair of 60 strategies makes cards for the first few, more as it is
 * scrolled; a strategy added at its end is shown at once. */
static void
test_long_pair (void)
{
  g_autoptr(TrellisProject) built = trellis_project_new ("Long pair");
  g_autoptr(GFile) file = NULL;
  TrellisWindow *window;
  TrellisProject *project;
  TrellisTowsView *view;
  GtkWidget *so_area, *grid, *entry;
  GtkAdjustment *adjustment;
  TrellisItem *added = NULL;
  guint n_cards, n_more;
  gint64 deadline;

  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *title = g_strdup_printf ("Strategy %02u", i);
      g_autoptr(TrellisTowsStrategy) strategy = trellis_tows_strategy_new (TRELLIS_TOWS_SO, title);

      trellis_project_add_item (built, strategy);
    }
  file = ui_test_write_project (tmpdir, "long-pair.trellis", built);
  window = open_window (file);
  project = trellis_window_get_project (window);
  view = show_tows (window);
  so_area = find_one_named (view, "SO");
  grid = ui_test_find_descendant (so_area, GTK_TYPE_GRID_VIEW);
  g_assert_nonnull (grid);

  n_cards = count_cards (view);
  g_test_message ("%u cards made for 60 strategies", n_cards);
  g_assert_cmpuint (n_cards, >=, 3);
  g_assert_cmpuint (n_cards, <=, 24);

  /* Scrolled to its end, the pair makes more cards. */
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (grid));
  deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  n_more = n_cards;
  while (n_more <= n_cards && g_get_monotonic_time () < deadline)
    {
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) -
                                            gtk_adjustment_get_page_size (adjustment));
      ui_test_iterate_pending ();
      n_more = count_cards (view);
    }
  g_assert_cmpuint (n_more, >, n_cards);

  /* Scrolled to its very end, where a card added next goes. */
  {
    GListModel *shown = G_LIST_MODEL (gtk_grid_view_get_model (GTK_GRID_VIEW (grid)));

    deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
    while ((g_list_model_get_n_items (shown) < 60 ||
            gtk_adjustment_get_value (adjustment) + gtk_adjustment_get_page_size (adjustment) <
              gtk_adjustment_get_upper (adjustment) - 1) &&
           g_get_monotonic_time () < deadline)
      {
        gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) -
                                              gtk_adjustment_get_page_size (adjustment));
        ui_test_iterate_pending ();
      }
    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 60);
  }

  /* Added through the pair's entry: the 61st card exists, in that pair, on screen. */
  entry = find_one_named (so_area, "add-entry");
  gtk_editable_set_text (GTK_EDITABLE (entry), "Strategy added last");
  g_signal_emit_by_name (entry, "activate");
  ui_test_iterate_pending ();
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_TOWS_STRATEGY), ==, 61);
  {
    GListModel *strategies = trellis_project_get_items (project, TRELLIS_TYPE_TOWS_STRATEGY);
    g_autoptr(TrellisItem) last = g_list_model_get_item (strategies, 60);

    added = last;
  }
  g_assert_cmpstr (trellis_tows_strategy_get_title (TRELLIS_TOWS_STRATEGY (added)), ==, "Strategy added last");
  g_assert_nonnull (find_card (view, added));
  g_assert_true (gtk_widget_is_ancestor (GTK_WIDGET (find_card (view, added)), so_area));
  {
    graphene_rect_t bounds;
    gboolean on_screen = FALSE;

    deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
    while (!on_screen && g_get_monotonic_time () < deadline)
      {
        ui_test_iterate_pending ();
        on_screen = gtk_widget_compute_bounds (GTK_WIDGET (find_card (view, added)), grid, &bounds) &&
                    bounds.origin.y >= 0 && bounds.origin.y < gtk_widget_get_height (grid);
      }
    g_assert_true (on_screen);
  }
}

int
main (int   argc,
      char *argv[])
{
  app = ui_test_init (&argc, &argv, &tmpdir);

  g_test_add_func ("/ui/tows-view/empty-state", test_empty_state);
  g_test_add_func ("/ui/tows-view/add-link-goal-undo", test_add_link_goal_undo);
  g_test_add_func ("/ui/tows-view/rename-delete", test_rename_delete);
  g_test_add_func ("/ui/tows-view/mismatch", test_mismatch);
  g_test_add_func ("/ui/tows-view/read-only", test_read_only);
  g_test_add_func ("/ui/tows-view/long-pair", test_long_pair);

  return ui_test_run (app, tmpdir);
}
