/* test-swot-board.c: the SWOT board in a real window on a real file,
 * paths /ui/swot-board/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drives the board's own widgets (entries, shortcuts, buttons, the drop
 * target with a real value), then checks the model and what the board
 * shows, and undoes and redoes through the window's actions.
 */

#include "config.h"

#include "trellis-application.h"
#include "trellis-project-view.h"
#include "trellis-swot-board.h"
#include "trellis-swot-note.h"
#include "trellis-window.h"
#include "trellis-test-utils.h"
#include "ui-test-utils.h"

static TrellisApplication *app;
static char *tmpdir;

static const char *quadrant_css[] = { "swot-strength", "swot-weakness", "swot-opportunity", "swot-threat" };

/* Helpers */

static TrellisWindow *
open_project (const char     *basename,
              TrellisProject *project)
{
  g_autoptr(GFile) file = ui_test_write_project (tmpdir, basename, project);
  TrellisWindow *window = ui_test_open_window (G_APPLICATION (app), file);

  g_assert_true (trellis_project_view_set_page (TRELLIS_PROJECT_VIEW (trellis_window_get_project_view (window)),
                                                "potentials/swot"));
  ui_test_iterate_pending ();
  return window;
}

static GtkWidget *
find_board (TrellisWindow *window)
{
  GtkWidget *board = ui_test_find_descendant (GTK_WIDGET (window), TRELLIS_TYPE_SWOT_BOARD);

  g_assert_nonnull (board);
  g_assert_true (gtk_widget_get_mapped (board));
  return board;
}

static GtkWidget *
find_card (GtkWidget       *board,
           TrellisQuadrant  quadrant)
{
  GtkWidget *card = ui_test_find_with_class (board, quadrant_css[quadrant]);

  g_assert_nonnull (card);
  return card;
}

static GtkEditable *
find_add_entry (GtkWidget       *board,
                TrellisQuadrant  quadrant)
{
  GtkWidget *entry = ui_test_find_descendant (find_card (board, quadrant), GTK_TYPE_ENTRY);

  g_assert_nonnull (entry);
  return GTK_EDITABLE (entry);
}

static void wait_for_layout (GtkWidget *widget);

/* The notes a card shows, in order: the rows of its view (only rows
 * on screen exist; these lists are short). */
static GPtrArray *
card_notes (GtkWidget       *board,
            TrellisQuadrant  quadrant)
{
  GtkWidget *list = ui_test_find_descendant (find_card (board, quadrant), GTK_TYPE_GRID_VIEW);
  GPtrArray *notes = g_ptr_array_new ();

  g_assert_nonnull (list);
  wait_for_layout (board);
  if (!gtk_widget_get_mapped (list))
    return notes;
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *child = gtk_widget_get_first_child (row);

      if (child != NULL && TRELLIS_IS_SWOT_NOTE (child) && trellis_swot_note_get_item (TRELLIS_SWOT_NOTE (child)) != NULL
          && gtk_widget_get_child_visible (row))
        g_ptr_array_add (notes, child);
    }

  return notes;
}

/* The texts the card shows, in order, joined by "|". */
static char *
card_texts (GtkWidget       *board,
            TrellisQuadrant  quadrant)
{
  g_autoptr(GPtrArray) notes = card_notes (board, quadrant);
  g_autoptr(GString) texts = g_string_new (NULL);

  for (guint i = 0; i < notes->len; i++)
    {
      GtkWidget *label = ui_test_find_with_class (notes->pdata[i], "swot-note-text");

      if (texts->len > 0)
        g_string_append_c (texts, '|');
      g_string_append (texts, gtk_label_get_text (GTK_LABEL (label)));
    }

  return g_string_free (g_steal_pointer (&texts), FALSE);
}

/* Both the model and the board show @expected in @quadrant. */
#define assert_quadrant(window, quadrant, expected)                                             \
  G_STMT_START {                                                                                \
    g_autofree char *model_ = trellis_test_quadrant_texts (trellis_window_get_project (window), quadrant);      \
    g_autofree char *shown_ = card_texts (find_board (window), quadrant);                       \
    g_assert_cmpstr (model_, ==, expected);                                                     \
    g_assert_cmpstr (shown_, ==, expected);                                                     \
  } G_STMT_END

/* The note of @text among those the board has made, or NULL. */
static TrellisSwotNote *
lookup_note (GtkWidget  *board,
             const char *text)
{
  for (TrellisQuadrant q = TRELLIS_QUADRANT_STRENGTH; q <= TRELLIS_QUADRANT_THREAT; q++)
    {
      g_autoptr(GPtrArray) notes = card_notes (board, q);

      for (guint i = 0; i < notes->len; i++)
        if (g_strcmp0 (trellis_swot_item_get_text (trellis_swot_note_get_item (notes->pdata[i])), text) == 0)
          return notes->pdata[i];
    }

  return NULL;
}

static TrellisSwotNote *
find_note (GtkWidget  *board,
           const char *text)
{
  TrellisSwotNote *note = lookup_note (board, text);

  if (note == NULL)
    g_error ("The board shows no note “%s”", text);
  return note;
}

static TrellisItem *
note_item (GtkWidget  *board,
           const char *text)
{
  return TRELLIS_ITEM (trellis_swot_note_get_item (find_note (board, text)));
}

/* Presses a key on a note: the focus on the note, then the board's shortcut. */
static gboolean
press (TrellisSwotNote *note,
       guint            keyval,
       GdkModifierType  modifiers)
{
  GtkWidget *board = gtk_widget_get_ancestor (GTK_WIDGET (note), TRELLIS_TYPE_SWOT_BOARD);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (board);
  gboolean handled = FALSE;

  gtk_widget_grab_focus (GTK_WIDGET (note));
  g_assert_true (gtk_root_get_focus (gtk_widget_get_root (board)) == GTK_WIDGET (note));
  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger)
              && gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval
              && gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == modifiers)
            {
              handled = gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                                      board, gtk_shortcut_get_arguments (shortcut));
              break;
            }
        }
    }

  ui_test_iterate_pending ();
  return handled;
}

static gboolean
is_button_with_tooltip (GtkWidget     *widget,
                        gconstpointer  tooltip)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0;
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *tooltip)
{
  return ui_test_find (widget, is_button_with_tooltip, tooltip);
}

/* The @index-th guiding question of the card, a button. */
static GtkWidget *
find_prompt (GtkWidget *card,
             guint      index)
{
  GtkWidget *prompt = ui_test_find_with_class (card, "swot-prompt");

  g_assert_nonnull (prompt);
  for (guint i = 0; i < index; i++)
    prompt = gtk_widget_get_next_sibling (prompt);
  g_assert_true (GTK_IS_BUTTON (prompt));
  return prompt;
}

static void
click (GtkWidget *button)
{
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  ui_test_iterate_pending ();
}

static void
type_note (GtkWidget       *board,
           TrellisQuadrant  quadrant,
           const char      *text)
{
  GtkEditable *entry = find_add_entry (board, quadrant);

  gtk_widget_grab_focus (GTK_WIDGET (entry));
  gtk_editable_set_text (entry, text);
  g_signal_emit_by_name (entry, "activate");
  ui_test_iterate_pending ();
}

static gboolean
count_tick_cb (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       user_data)
{
  guint *n_ticks = user_data;

  (*n_ticks)++;
  return *n_ticks < 2 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

/* Lets the window lay out its changes: two frames, so that one layout
 * happened in between. */
static void
wait_for_layout (GtkWidget *widget)
{
  guint n_ticks = 0;

  gtk_widget_add_tick_callback (widget, count_tick_cb, &n_ticks, NULL);
  while (n_ticks < 2)
    g_main_context_iteration (NULL, TRUE);
}

/* Drops @item on @card just above the note @above (NULL: below the last). */
static gboolean
drop (GtkWidget       *card,
      TrellisItem     *item,
      TrellisSwotNote *above)
{
  GtkDropTarget *target = ui_test_get_controller (card, GTK_TYPE_DROP_TARGET);
  g_auto(GValue) value = G_VALUE_INIT;
  graphene_rect_t bounds;
  double y;
  gboolean accepted = FALSE;

  wait_for_layout (card);
  if (above != NULL)
    {
      g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (above), card, &bounds));
      y = bounds.origin.y + 3;
    }
  else
    y = gtk_widget_get_height (card) - 3;

  g_value_init (&value, TRELLIS_TYPE_SWOT_ITEM);
  g_value_set_object (&value, item);
  g_signal_emit_by_name (target, "drop", &value, 20.0, y, &accepted);
  ui_test_iterate_pending ();
  return accepted;
}

static TrellisProject *
build_project (void)
{
  TrellisProject *project = trellis_project_new ("Board");
  TrellisSwotItem *used = trellis_swot_add_item (project, TRELLIS_QUADRANT_STRENGTH, "Polymer lab", 0);
  g_autoptr(TrellisTowsStrategy) strategy = trellis_tows_strategy_new (TRELLIS_TOWS_SO, "Test recyclates");

  trellis_swot_item_set_source_kind (used, TRELLIS_SOURCE_VALUE_CHAIN);
  trellis_swot_item_set_source (used, "technology-development");
  trellis_swot_item_set_votes (used, 2);
  trellis_tows_strategy_set_items_uuids (strategy,
                                         (const char * const[]) { trellis_item_get_uuid (TRELLIS_ITEM (used)), NULL });
  trellis_project_add_item (project, strategy);
  return project;
}

static GtkWidget *
focus_of (TrellisWindow *window)
{
  return gtk_root_get_focus (GTK_ROOT (window));
}

/* Cases */

static void
test_add (void)
{
  g_autoptr(TrellisProject) project = build_project ();
  TrellisWindow *window = open_project ("add.trellis", project);
  GtkWidget *board = find_board (window);
  TrellisSwotNote *lab = find_note (board, "Polymer lab");
  GtkEditable *entry;
  GtkWidget *tows, *prompt;

  /* The note's source, and the strategy that uses it, with its name. */
  g_assert_true (ui_test_shows_label (GTK_WIDGET (lab), "Value chain: technology development"));
  g_assert_true (ui_test_shows_label (GTK_WIDGET (lab), "In 1 strategy"));
  g_assert_true (ui_test_shows_label (GTK_WIDGET (lab), "2"));
  tows = ui_test_find_with_class (GTK_WIDGET (lab), "swot-tows");
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (tows), "Test recyclates"));

  /* A goal made from the strategy comes from the note too, and says so. */
  {
    TrellisProject *shown = trellis_window_get_project (window);
    g_autoptr(TrellisTowsStrategy) strategy =
      g_list_model_get_item (trellis_project_get_items (shown, TRELLIS_TYPE_TOWS_STRATEGY), 0);

    trellis_tows_make_goal (shown, strategy);
    ui_test_iterate_pending ();
    g_assert_true (ui_test_shows_label (GTK_WIDGET (lab), "In 1 strategy · 1 goal"));
    g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (tows), "Goals that come from it:\n• Test recyclates"));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
    ui_test_iterate_pending ();
    g_assert_true (ui_test_shows_label (GTK_WIDGET (lab), "In 1 strategy"));
    g_assert_null (strstr (gtk_widget_get_tooltip_text (tows), "Goals"));
  }

  /* Empty quadrants ask their questions. */
  g_assert_true (ui_test_shows_label (find_card (board, TRELLIS_QUADRANT_WEAKNESS),
                                      trellis_swot_get_prompt (TRELLIS_QUADRANT_WEAKNESS, 0, NULL, NULL)));
  g_assert_true (ui_test_shows_label (find_card (board, TRELLIS_QUADRANT_THREAT),
                                      trellis_swot_get_prompt (TRELLIS_QUADRANT_THREAT, 6, NULL, NULL)));

  type_note (board, TRELLIS_QUADRANT_STRENGTH, "Skilled people");
  type_note (board, TRELLIS_QUADRANT_STRENGTH, "   ");
  type_note (board, TRELLIS_QUADRANT_WEAKNESS, "  Few start-ups ");
  assert_quadrant (window, TRELLIS_QUADRANT_STRENGTH, "Polymer lab|Skilled people");
  assert_quadrant (window, TRELLIS_QUADRANT_WEAKNESS, "Few start-ups");
  g_assert_true (ui_test_shows_label (find_card (board, TRELLIS_QUADRANT_STRENGTH), "2"));
  g_assert_false (ui_test_shows_label (find_card (board, TRELLIS_QUADRANT_WEAKNESS),
                                       trellis_swot_get_prompt (TRELLIS_QUADRANT_WEAKNESS, 0, NULL, NULL)));

  /* The entry is empty and keeps the focus for the next note. */
  entry = find_add_entry (board, TRELLIS_QUADRANT_WEAKNESS);
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "");
  g_assert_true (gtk_widget_is_ancestor (focus_of (window), GTK_WIDGET (entry)));

  /* A prompt gives its source to the next notes, in one step with the note. */
  prompt = find_prompt (find_card (board, TRELLIS_QUADRANT_THREAT), 3);
  click (prompt);
  g_assert_true (ui_test_shows_label (find_card (board, TRELLIS_QUADRANT_THREAT),
                                      "New notes: Force: buyers’ bargaining power"));
  type_note (board, TRELLIS_QUADRANT_THREAT, "Car makers squeeze prices");
  g_assert_true (ui_test_shows_label (GTK_WIDGET (find_note (board, "Car makers squeeze prices")),
                                      "Force: buyers’ bargaining power"));
  type_note (board, TRELLIS_QUADRANT_THREAT, "Buyers move abroad");
  g_assert_cmpint (trellis_swot_item_get_source_kind (TRELLIS_SWOT_ITEM (note_item (board, "Buyers move abroad"))),
                   ==, TRELLIS_SOURCE_FORCE);
  click (find_button (find_card (board, TRELLIS_QUADRANT_THREAT), "Add Notes Without This Source"));
  type_note (board, TRELLIS_QUADRANT_THREAT, "Energy prices");
  g_assert_null (trellis_swot_item_dup_source_tag (TRELLIS_SWOT_ITEM (note_item (board, "Energy prices"))));
  ui_test_undo (window);
  ui_test_undo (window);
  assert_quadrant (window, TRELLIS_QUADRANT_THREAT, "Car makers squeeze prices");
  ui_test_undo (window);
  assert_quadrant (window, TRELLIS_QUADRANT_THREAT, "");

  ui_test_undo (window);
  assert_quadrant (window, TRELLIS_QUADRANT_WEAKNESS, "");
  g_assert_true (ui_test_shows_label (find_card (board, TRELLIS_QUADRANT_WEAKNESS),
                                      trellis_swot_get_prompt (TRELLIS_QUADRANT_WEAKNESS, 0, NULL, NULL)));
  ui_test_undo (window);
  assert_quadrant (window, TRELLIS_QUADRANT_STRENGTH, "Polymer lab");
  ui_test_redo (window);
  ui_test_redo (window);
  assert_quadrant (window, TRELLIS_QUADRANT_STRENGTH, "Polymer lab|Skilled people");
  assert_quadrant (window, TRELLIS_QUADRANT_WEAKNESS, "Few start-ups");
}

static void
test_move_by_keyboard (void)
{
  g_autoptr(TrellisProject) project = build_project ();
  TrellisWindow *window = open_project ("keyboard.trellis", project);
  GtkWidget *board = find_board (window);
  TrellisHistory *history = trellis_project_get_history (trellis_window_get_project (window));

  type_note (board, TRELLIS_QUADRANT_STRENGTH, "Skilled people");
  type_note (board, TRELLIS_QUADRANT_STRENGTH, "Cheap energy");

  /* Alt+Up reorders within the quadrant, and the focus follows the note. */
  g_assert_true (press (find_note (board, "Cheap energy"), GDK_KEY_Up, GDK_ALT_MASK));
  assert_quadrant (window, TRELLIS_QUADRANT_STRENGTH, "Polymer lab|Cheap energy|Skilled people");
  g_assert_true (focus_of (window) == GTK_WIDGET (find_note (board, "Cheap energy")));
  g_assert_cmpstr (trellis_history_get_undo_label (history), ==, "Move Note");

  /* Alt+Right goes across, Alt+Down over the bottom edge into the quadrant below. */
  g_assert_true (press (find_note (board, "Cheap energy"), GDK_KEY_Right, GDK_ALT_MASK));
  assert_quadrant (window, TRELLIS_QUADRANT_STRENGTH, "Polymer lab|Skilled people");
  assert_quadrant (window, TRELLIS_QUADRANT_WEAKNESS, "Cheap energy");
  g_assert_true (focus_of (window) == GTK_WIDGET (find_note (board, "Cheap energy")));
  g_assert_true (press (find_note (board, "Cheap energy"), GDK_KEY_Down, GDK_ALT_MASK));
  assert_quadrant (window, TRELLIS_QUADRANT_WEAKNESS, "");
  assert_quadrant (window, TRELLIS_QUADRANT_THREAT, "Cheap energy");
  g_assert_true (gtk_widget_is_ancestor (GTK_WIDGET (find_note (board, "Cheap energy")),
                                         find_card (board, TRELLIS_QUADRANT_THREAT)));

  /* Ctrl+3 puts it last in Opportunities. */
  g_assert_true (press (find_note (board, "Skilled people"), GDK_KEY_3, GDK_CONTROL_MASK));
  assert_quadrant (window, TRELLIS_QUADRANT_OPPORTUNITY, "Skilled people");

  ui_test_undo (window);
  assert_quadrant (window, TRELLIS_QUADRANT_OPPORTUNITY, "");
  assert_quadrant (window, TRELLIS_QUADRANT_STRENGTH, "Polymer lab|Skilled people");
  ui_test_undo (window);
  assert_quadrant (window, TRELLIS_QUADRANT_WEAKNESS, "Cheap energy");
  assert_quadrant (window, TRELLIS_QUADRANT_THREAT, "");
  ui_test_undo (window);
  ui_test_undo (window);
  assert_quadrant (window, TRELLIS_QUADRANT_STRENGTH, "Polymer lab|Skilled people|Cheap energy");
  assert_quadrant (window, TRELLIS_QUADRANT_WEAKNESS, "");
  ui_test_redo (window);
  assert_quadrant (window, TRELLIS_QUADRANT_STRENGTH, "Polymer lab|Cheap energy|Skilled people");
}

static void
test_move_by_drop (void)
{
  g_autoptr(TrellisProject) project = build_project ();
  TrellisWindow *window = open_project ("drop.trellis", project);
  GtkWidget *board = find_board (window);
  TrellisHistory *history = trellis_project_get_history (trellis_window_get_project (window));
  GtkWidget *strengths = find_card (board, TRELLIS_QUADRANT_STRENGTH);

  type_note (board, TRELLIS_QUADRANT_STRENGTH, "Skilled people");
  type_note (board, TRELLIS_QUADRANT_STRENGTH, "Trained staff");

  /* Hovering shows where the note would land; leaving takes the mark away. */
  {
    GtkDropTarget *target = ui_test_get_controller (strengths, GTK_TYPE_DROP_TARGET);
    TrellisSwotNote *first = find_note (board, "Polymer lab");
    graphene_rect_t bounds;
    GdkDragAction action = 0;

    wait_for_layout (strengths);
    g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (first), strengths, &bounds));
    g_signal_emit_by_name (target, "motion", 20.0, bounds.origin.y + 3, &action);
    g_assert_cmpint (action, ==, GDK_ACTION_MOVE);
    g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (first), "drop-before"));
    /* The lower half of the last note: after it. */
    g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (find_note (board, "Trained staff")), strengths, &bounds));
    g_signal_emit_by_name (target, "motion", 20.0, bounds.origin.y + bounds.size.height - 3, &action);
    g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (first), "drop-before"));
    g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (find_note (board, "Trained staff")), "drop-after"));
    g_signal_emit_by_name (target, "leave");
    g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (find_note (board, "Trained staff")), "drop-after"));
  }

  /* Within the quadrant: onto the top half of the first note. */
  g_assert_true (drop (strengths, note_item (board, "Trained staff"), find_note (board, "Polymer lab")));
  assert_quadrant (window, TRELLIS_QUADRANT_STRENGTH, "Trained staff|Polymer lab|Skilled people");
  g_assert_cmpstr (trellis_history_get_undo_label (history), ==, "Move Note");

  /* Down, onto the top half of the note after the next: before it. */
  g_assert_true (drop (strengths, note_item (board, "Trained staff"), find_note (board, "Skilled people")));
  assert_quadrant (window, TRELLIS_QUADRANT_STRENGTH, "Polymer lab|Trained staff|Skilled people");

  /* Across, into an empty quadrant, and below the last note of another. */
  g_assert_true (drop (find_card (board, TRELLIS_QUADRANT_THREAT), note_item (board, "Polymer lab"), NULL));
  assert_quadrant (window, TRELLIS_QUADRANT_THREAT, "Polymer lab");
  g_assert_true (drop (find_card (board, TRELLIS_QUADRANT_THREAT), note_item (board, "Skilled people"), NULL));
  assert_quadrant (window, TRELLIS_QUADRANT_THREAT, "Polymer lab|Skilled people");
  assert_quadrant (window, TRELLIS_QUADRANT_STRENGTH, "Trained staff");
  /* The strategy still counts its note where it went. */
  g_assert_true (ui_test_shows_label (find_card (board, TRELLIS_QUADRANT_THREAT), "In 1 strategy"));

  ui_test_undo (window);
  ui_test_undo (window);
  assert_quadrant (window, TRELLIS_QUADRANT_THREAT, "");
  assert_quadrant (window, TRELLIS_QUADRANT_STRENGTH, "Polymer lab|Trained staff|Skilled people");
  ui_test_undo (window);
  ui_test_undo (window);
  assert_quadrant (window, TRELLIS_QUADRANT_STRENGTH, "Polymer lab|Skilled people|Trained staff");
  ui_test_redo (window);
  assert_quadrant (window, TRELLIS_QUADRANT_STRENGTH, "Trained staff|Polymer lab|Skilled people");
}

static int
votes_of (GtkWidget  *board,
          const char *text)
{
  TrellisSwotNote *note = find_note (board, text);
  int votes = trellis_swot_item_get_votes (TRELLIS_SWOT_ITEM (note_item (board, text)));
  g_autofree char *shown = g_strdup_printf ("%d", votes);

  g_assert_true (ui_test_shows_label (GTK_WIDGET (note), shown));
  return votes;
}

static void
test_vote_and_sort (void)
{
  g_autoptr(TrellisProject) project = build_project ();
  TrellisWindow *window = open_project ("vote.trellis", project);
  GtkWidget *board = find_board (window);
  TrellisHistory *history = trellis_project_get_history (trellis_window_get_project (window));
  guint n_undo;

  type_note (board, TRELLIS_QUADRANT_STRENGTH, "A");
  type_note (board, TRELLIS_QUADRANT_STRENGTH, "B");

  /* The + button, twice: two votes, two steps. */
  click (find_button (GTK_WIDGET (find_note (board, "B")), "Add Vote"));
  click (find_button (GTK_WIDGET (find_note (board, "B")), "Add Vote"));
  g_assert_cmpint (votes_of (board, "B"), ==, 2);
  ui_test_undo (window);
  g_assert_cmpint (votes_of (board, "B"), ==, 1);
  ui_test_redo (window);
  g_assert_cmpint (votes_of (board, "B"), ==, 2);

  /* "+" and "-" on a focused note; never below 0, and no step then. */
  g_assert_true (press (find_note (board, "A"), GDK_KEY_plus, 0));
  g_assert_cmpint (votes_of (board, "A"), ==, 1);
  g_assert_true (press (find_note (board, "A"), GDK_KEY_minus, 0));
  n_undo = trellis_history_get_n_undo (history);
  press (find_note (board, "A"), GDK_KEY_minus, 0);
  g_assert_cmpint (votes_of (board, "A"), ==, 0);
  g_assert_cmpuint (trellis_history_get_n_undo (history), ==, n_undo);
  g_assert_true (press (find_note (board, "A"), GDK_KEY_Up, GDK_CONTROL_MASK));
  g_assert_cmpint (votes_of (board, "A"), ==, 1);

  /* Sorting: most votes first, equal votes in their order, one step. */
  click (find_button (find_card (board, TRELLIS_QUADRANT_STRENGTH), "Sort by Votes"));
  assert_quadrant (window, TRELLIS_QUADRANT_STRENGTH, "Polymer lab|B|A");
  g_assert_cmpstr (trellis_history_get_undo_label (history), ==, "Sort by Votes");
  ui_test_undo (window);
  assert_quadrant (window, TRELLIS_QUADRANT_STRENGTH, "Polymer lab|A|B");
  ui_test_redo (window);
  assert_quadrant (window, TRELLIS_QUADRANT_STRENGTH, "Polymer lab|B|A");

  /* A quadrant with one note has nothing to sort. */
  type_note (board, TRELLIS_QUADRANT_THREAT, "T");
  g_assert_false (gtk_widget_is_sensitive (find_button (find_card (board, TRELLIS_QUADRANT_THREAT),
                                                        "Sort by Votes")));
}

static void
test_edit_and_delete (void)
{
  g_autoptr(TrellisProject) project = build_project ();
  TrellisWindow *window = open_project ("delete.trellis", project);
  GtkWidget *board = find_board (window);
  TrellisSwotNote *note;
  GtkWidget *entry;

  type_note (board, TRELLIS_QUADRANT_WEAKNESS, "Few start-ups");
  type_note (board, TRELLIS_QUADRANT_WEAKNESS, "Old machines");

  /* F2 edits the text in place; Enter keeps it. */
  note = find_note (board, "Few start-ups");
  g_assert_true (press (note, GDK_KEY_F2, 0));
  g_assert_true (trellis_swot_note_is_editing (note));
  entry = ui_test_find_descendant (GTK_WIDGET (note), GTK_TYPE_ENTRY);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Few start-ups");
  gtk_editable_set_text (GTK_EDITABLE (entry), "Few young firms");
  g_signal_emit_by_name (entry, "activate");
  ui_test_iterate_pending ();
  g_assert_false (trellis_swot_note_is_editing (note));
  assert_quadrant (window, TRELLIS_QUADRANT_WEAKNESS, "Few young firms|Old machines");
  ui_test_undo (window);
  assert_quadrant (window, TRELLIS_QUADRANT_WEAKNESS, "Few start-ups|Old machines");
  ui_test_redo (window);

  /* Delete removes the focused note; the focus goes to the next one. */
  note = find_note (board, "Few young firms");
  gtk_widget_grab_focus (GTK_WIDGET (note));
  g_assert_true (press (note, GDK_KEY_Delete, 0));
  assert_quadrant (window, TRELLIS_QUADRANT_WEAKNESS, "Old machines");
  g_assert_true (focus_of (window) == GTK_WIDGET (find_note (board, "Old machines")));

  /* Deleting a note a strategy uses takes it out of the strategy too. */
  g_assert_true (press (find_note (board, "Polymer lab"), GDK_KEY_Delete, 0));
  assert_quadrant (window, TRELLIS_QUADRANT_STRENGTH, "");

  ui_test_undo (window);
  assert_quadrant (window, TRELLIS_QUADRANT_STRENGTH, "Polymer lab");
  g_assert_true (ui_test_shows_label (GTK_WIDGET (find_note (board, "Polymer lab")), "In 1 strategy"));
  ui_test_undo (window);
  assert_quadrant (window, TRELLIS_QUADRANT_WEAKNESS, "Few young firms|Old machines");
  ui_test_redo (window);
  assert_quadrant (window, TRELLIS_QUADRANT_WEAKNESS, "Old machines");
}

static void
test_details (void)
{
  g_autoptr(TrellisProject) project = build_project ();
  TrellisWindow *window = open_project ("details.trellis", project);
  GtkWidget *board = find_board (window);
  TrellisSwotNote *note;
  GtkWidget *menu_button, *popover, *source_row, *score_row;
  TrellisItem *item;

  type_note (board, TRELLIS_QUADRANT_OPPORTUNITY, "New funding programme");
  note = find_note (board, "New funding programme");
  item = note_item (board, "New funding programme");
  menu_button = ui_test_find_descendant (GTK_WIDGET (note), GTK_TYPE_MENU_BUTTON);
  popover = GTK_WIDGET (ui_test_popup (GTK_MENU_BUTTON (menu_button)));

  /* Choosing a diamond factor shows its score; both change the tag. */
  source_row = ui_test_find_row (popover, "Source");
  g_assert_nonnull (source_row);
  g_assert_null (ui_test_find_row (popover, "Score of the Factor"));
  adw_combo_row_set_selected (ADW_COMBO_ROW (source_row), 1 + 9 + 5 + 4);
  ui_test_iterate_pending ();
  g_assert_cmpint (trellis_swot_item_get_source_kind (TRELLIS_SWOT_ITEM (item)), ==, TRELLIS_SOURCE_DIAMOND);
  g_assert_cmpstr (trellis_swot_item_get_source (TRELLIS_SWOT_ITEM (item)), ==, "government");
  score_row = ui_test_find_row (popover, "Score of the Factor");
  g_assert_nonnull (score_row);
  adw_combo_row_set_selected (ADW_COMBO_ROW (score_row), TRELLIS_SCORE_PLUS);
  ui_test_iterate_pending ();
  g_assert_true (ui_test_shows_label (GTK_WIDGET (note), "Diamond: government +"));

  /* Undo goes back a step at a time, and the popover follows. */
  ui_test_undo (window);
  g_assert_true (ui_test_shows_label (GTK_WIDGET (note), "Diamond: government"));
  ui_test_undo (window);
  g_assert_cmpint (trellis_swot_item_get_source_kind (TRELLIS_SWOT_ITEM (item)), ==, TRELLIS_SOURCE_FREE);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (source_row)), ==, 0);
  g_assert_null (trellis_swot_item_dup_source_tag (TRELLIS_SWOT_ITEM (item)));
  g_assert_null (ui_test_find_row (popover, "Score of the Factor"));
  gtk_popover_popdown (GTK_POPOVER (popover));
  ui_test_iterate_pending ();
}

static void
test_read_only (void)
{
  g_autoptr(TrellisProject) project = build_project ();
  TrellisWindow *window = open_project ("read-only.trellis", project);
  GtkWidget *board = find_board (window);
  TrellisHistory *history = trellis_project_get_history (trellis_window_get_project (window));
  TrellisSwotNote *note;

  type_note (board, TRELLIS_QUADRANT_STRENGTH, "Skilled people");
  for (guint i = 0; i < 3; i++)
    g_assert_true (press (find_note (board, "Skilled people"), GDK_KEY_plus, 0));
  trellis_window_set_read_only (window, TRUE);
  ui_test_iterate_pending ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (find_add_entry (board, TRELLIS_QUADRANT_STRENGTH))));
  g_assert_false (gtk_widget_get_visible (find_button (find_card (board, TRELLIS_QUADRANT_STRENGTH),
                                                       "Sort by Votes")));
  g_assert_cmpuint (trellis_history_get_n_undo (history), ==, 4);

  type_note (board, TRELLIS_QUADRANT_STRENGTH, "Sneaked in");
  note = find_note (board, "Skilled people");
  g_assert_false (gtk_widget_get_visible (find_button (GTK_WIDGET (note), "Add Vote")));
  press (note, GDK_KEY_plus, 0);
  press (note, GDK_KEY_Up, GDK_ALT_MASK);
  press (note, GDK_KEY_3, GDK_CONTROL_MASK);
  press (note, GDK_KEY_Delete, 0);
  press (note, GDK_KEY_F2, 0);
  g_assert_false (trellis_swot_note_is_editing (note));
  g_assert_false (drop (find_card (board, TRELLIS_QUADRANT_THREAT), note_item (board, "Skilled people"), NULL));
  gtk_widget_activate_action (GTK_WIDGET (note), "swot.sort", "i", TRELLIS_QUADRANT_STRENGTH);
  gtk_widget_activate_action (GTK_WIDGET (note), "swot.vote", "(si)",
                              trellis_item_get_uuid (note_item (board, "Skilled people")), 1);
  ui_test_iterate_pending ();

  assert_quadrant (window, TRELLIS_QUADRANT_STRENGTH, "Polymer lab|Skilled people");
  assert_quadrant (window, TRELLIS_QUADRANT_THREAT, "");
  g_assert_cmpint (votes_of (board, "Skilled people"), ==, 3);
  g_assert_cmpuint (trellis_history_get_n_undo (history), ==, 4);
  trellis_window_set_read_only (window, FALSE);
  ui_test_iterate_pending ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (find_add_entry (board, TRELLIS_QUADRANT_STRENGTH))));
}

/* Controls that a screen reader names only if the code gives them a name:
 * buttons without a text label, toggles, entries, drop-downs. */
static gboolean
needs_name (GtkWidget *widget)
{
  if (!gtk_widget_get_visible (widget))
    return FALSE;
  if (GTK_IS_BUTTON (widget))
    {
      GtkWidget *child = gtk_button_get_child (GTK_BUTTON (widget));

      /* A button whose child is (or holds) a label is named by that text. */
      return !(GTK_IS_LABEL (child) || (child != NULL && ui_test_find_descendant (child, GTK_TYPE_LABEL) != NULL));
    }
  return GTK_IS_ENTRY (widget) || GTK_IS_DROP_DOWN (widget) || GTK_IS_SPIN_BUTTON (widget)
         || GTK_IS_CHECK_BUTTON (widget);
}

static guint
count_unnamed (GtkWidget *widget,
               GString   *names)
{
  guint n = 0;

  if (needs_name (widget) && !gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL)
      && !gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    {
      g_string_append_printf (names, " %s(%s)", G_OBJECT_TYPE_NAME (widget),
                              gtk_widget_get_tooltip_text (widget) != NULL ? gtk_widget_get_tooltip_text (widget) : "");
      n++;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    n += count_unnamed (child, names);
  return n;
}

static void
test_accessible (void)
{
  g_autoptr(TrellisProject) project = build_project ();
  TrellisWindow *window = open_project ("accessible.trellis", project);
  GtkWidget *board = find_board (window);
  g_autoptr(GString) unnamed = g_string_new (NULL);
  TrellisSwotNote *note;
  GtkWidget *entry;

  type_note (board, TRELLIS_QUADRANT_WEAKNESS, "Few start-ups");
  note = find_note (board, "Few start-ups");
  /* F2 makes the note's own entry, which is named too. */
  g_assert_true (press (note, GDK_KEY_F2, 0));
  entry = ui_test_find_descendant (GTK_WIDGET (note), GTK_TYPE_ENTRY);
  g_assert_nonnull (entry);
  /* The check itself sees a name that is missing. */
  {
    GtkWidget *bare = gtk_button_new_from_icon_name ("list-add-symbolic");

    g_object_ref_sink (bare);
    g_assert_true (needs_name (bare));
    g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (bare), GTK_ACCESSIBLE_PROPERTY_LABEL));
    g_object_unref (bare);
  }
  count_unnamed (board, unnamed);
  g_assert_cmpstr (unnamed->str, ==, "");
  g_assert_cmpstr (unnamed->str, ==, "");

  /* A row is named by its text, and follows an edit of it. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "Few young firms");
  g_signal_emit_by_name (entry, "activate");
  ui_test_iterate_pending ();
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (note), GTK_ACCESSIBLE_PROPERTY_LABEL, "Few young firms");
  ui_test_undo (window);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (note), GTK_ACCESSIBLE_PROPERTY_LABEL, "Few start-ups");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (find_note (board, "Polymer lab")),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Polymer lab");
}

/* The board alone in a window of @width: where the threats' card is, seen
 * from the strengths' card, and whether it lies inside the board. */
static void
place_of_threats (int               width,
                  graphene_point_t *where,
                  gboolean         *inside)
{
  g_autoptr(TrellisProject) project = build_project ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *board = trellis_swot_board_new (project);
  graphene_rect_t bounds;

  gtk_window_set_default_size (GTK_WINDOW (window), width, 700);
  gtk_window_set_child (GTK_WINDOW (window), board);
  gtk_window_present (GTK_WINDOW (window));
  ui_test_iterate_until_mapped (board);
  wait_for_layout (board);
  wait_for_layout (board);
  g_assert_true (gtk_widget_compute_bounds (find_card (board, TRELLIS_QUADRANT_THREAT),
                                            find_card (board, TRELLIS_QUADRANT_STRENGTH), &bounds));
  *where = bounds.origin;
  g_assert_true (gtk_widget_compute_bounds (find_card (board, TRELLIS_QUADRANT_THREAT), board, &bounds));
  *inside = bounds.origin.x >= 0 && bounds.origin.x + bounds.size.width <= gtk_widget_get_width (board);
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_pending ();
}

static void
test_narrow (void)
{
  graphene_point_t wide, middle, narrow;
  gboolean inside = FALSE;

  /* Wide: threats to the right of and below strengths. */
  place_of_threats (1200, &wide, &inside);
  g_assert_cmpfloat (wide.x, >, 100);
  g_assert_cmpfloat (wide.y, >, 100);
  g_assert_true (inside);
  /* 800 px: two columns only if both fit; the right one was cut off once. */
  place_of_threats (800, &middle, &inside);
  g_assert_true (inside);
  /* Narrow: one column, threats straight below (the fourth card). */
  place_of_threats (600, &narrow, &inside);
  g_assert_true (inside);
  g_test_message ("threats at %g,%g wide, %g,%g narrow", wide.x, wide.y, narrow.x, narrow.y);
  g_assert_cmpfloat (ABS (narrow.x), <=, 12);
  g_assert_cmpfloat (narrow.y, >, 3 * 300);
}

/* 2,000 notes: only rows near the screen exist, and an edit changes its
 * own row, the same widget, without rebuilding the others. */
static void
test_many_notes (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Many");
  TrellisWindow *window;
  GtkWidget *board;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  TrellisSwotNote *note;
  guint n_rows = 0;

  for (guint i = 0; i < 2000; i++)
    {
      g_autofree char *text = g_strdup_printf ("Note %04u", i);
      g_autoptr(TrellisSwotItem) item = trellis_swot_item_new (i % 4, text);

      trellis_project_add_item (project, item);
    }
  window = open_project ("many.trellis", project);
  board = find_board (window);
  for (TrellisQuadrant q = TRELLIS_QUADRANT_STRENGTH; q <= TRELLIS_QUADRANT_THREAT; q++)
    {
      g_autoptr(GPtrArray) notes = card_notes (board, q);

      n_rows += notes->len;
    }
  /* A quadrant shows three or four notes: it makes a few more, not 30. */
  g_test_message ("%u notes made for 2,000", n_rows);
  g_assert_cmpuint (n_rows, >, 4);
  g_assert_cmpuint (n_rows, <=, 4 * 16);
  g_assert_true (ui_test_shows_label (find_card (board, TRELLIS_QUADRANT_THREAT), "500"));

  before = card_notes (board, TRELLIS_QUADRANT_STRENGTH);
  note = find_note (board, "Note 0004");
  trellis_swot_item_set_text (trellis_swot_note_get_item (note), "Note four, edited");
  after = card_notes (board, TRELLIS_QUADRANT_STRENGTH);
  g_assert_cmpuint (before->len, ==, after->len);
  for (guint i = 0; i < before->len; i++)
    g_assert_true (before->pdata[i] == after->pdata[i]);
  g_assert_true (find_note (board, "Note four, edited") == note);
  g_assert_true (ui_test_shows_label (GTK_WIDGET (note), "Note four, edited"));

  /* Scrolled down, a quadrant makes the notes further on, up to its last. */
  {
    GtkWidget *list = ui_test_find_descendant (find_card (board, TRELLIS_QUADRANT_STRENGTH), GTK_TYPE_GRID_VIEW);
    GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list));
    gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

    g_assert_null (lookup_note (board, "Note 1996"));
    while (lookup_note (board, "Note 1996") == NULL && g_get_monotonic_time () < deadline)
      {
        gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) -
                                              gtk_adjustment_get_page_size (adjustment));
        ui_test_iterate_pending ();
      }
    g_assert_nonnull (lookup_note (board, "Note 1996"));
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_grid_view_get_model (GTK_GRID_VIEW (list)))), ==, 500);
  }
}

int
main (int   argc,
      char *argv[])
{
  /* The test accessibility backend keeps the names the code gives, so
   * that the accessible case can read them back. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  app = ui_test_init (&argc, &argv, &tmpdir);

  g_test_add_func ("/ui/swot-board/add", test_add);
  g_test_add_func ("/ui/swot-board/move-by-keyboard", test_move_by_keyboard);
  g_test_add_func ("/ui/swot-board/move-by-drop", test_move_by_drop);
  g_test_add_func ("/ui/swot-board/vote-and-sort", test_vote_and_sort);
  g_test_add_func ("/ui/swot-board/edit-and-delete", test_edit_and_delete);
  g_test_add_func ("/ui/swot-board/details", test_details);
  g_test_add_func ("/ui/swot-board/read-only", test_read_only);
  g_test_add_func ("/ui/swot-board/accessible", test_accessible);
  g_test_add_func ("/ui/swot-board/narrow", test_narrow);
  g_test_add_func ("/ui/swot-board/many-notes", test_many_notes);

  return ui_test_run (app, tmpdir);
}
