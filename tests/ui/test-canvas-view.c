/* test-canvas-view.c: the Cluster Business Canvas page, paths /ui/canvas-view/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drives the real canvas of a real window on a real file: notes added by
 * typing, moved by dropping and by the keyboard's action, coloured,
 * edited in place and deleted, each undone through win.undo; versions
 * made in the dialog, shown and compared; the exports; read-only.
 */

#include "config.h"

#include <string.h>

#include "trellis-canvas-view.h"
#include "trellis-project-view.h"
#include "trellis-window.h"
#include "trellis-test-utils.h"
#include "ui-test-utils.h"

static TrellisApplication *app;
static char *tmpdir;

/* Helpers */

static TrellisProject *
build_project (void)
{
  TrellisProject *project = trellis_project_new ("Canvas Test");

  trellis_header_set_cluster (trellis_project_get_header (project), "Valley Polymers e.V.");
  trellis_canvas_add_note (project, NULL, TRELLIS_BOX_KEY_PARTNERS, "University", G_MAXUINT);
  trellis_canvas_add_note (project, NULL, TRELLIS_BOX_KEY_PARTNERS, "Chamber of commerce", G_MAXUINT);
  trellis_canvas_add_note (project, NULL, TRELLIS_BOX_REVENUE_STREAMS, "Membership fees", G_MAXUINT);
  return project;
}

static TrellisCanvasView *
open_canvas (const char     *basename,
             TrellisWindow **out_window)
{
  g_autoptr(TrellisProject) project = build_project ();
  g_autoptr(GFile) file = ui_test_write_project (tmpdir, basename, project);
  TrellisWindow *window = ui_test_open_window (G_APPLICATION (app), file);
  GtkWidget *view;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "strategy/canvas"));
  ui_test_iterate_pending ();
  view = ui_test_find_descendant (GTK_WIDGET (window), TRELLIS_TYPE_CANVAS_VIEW);
  g_assert_nonnull (view);
  ui_test_iterate_until_mapped (view);
  *out_window = window;
  return TRELLIS_CANVAS_VIEW (view);
}

static void
undo (TrellisWindow *window)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  ui_test_iterate_pending ();
}

/* The texts of a box's notes in the model, joined with "|" */
static char *
model_texts (TrellisWindow        *window,
             TrellisCanvasVersion *version,
             TrellisCanvasBox      box)
{
  g_autoptr(GPtrArray) notes = trellis_canvas_list_notes (trellis_window_get_project (window), version, box);
  g_autoptr(GString) texts = g_string_new (NULL);

  for (guint i = 0; i < notes->len; i++)
    g_string_append_printf (texts, "%s%s", i > 0 ? "|" : "", trellis_canvas_note_get_text (notes->pdata[i]));
  return g_string_free (g_steal_pointer (&texts), FALSE);
}

/* … and as the box's cards show them */
static char *
card_texts (TrellisCanvasView *view,
            TrellisCanvasBox   box)
{
  TrellisCanvasBoxWidget *widget = trellis_canvas_view_get_box (view, box);
  g_autoptr(GString) texts = g_string_new (NULL);

  for (guint i = 0; i < trellis_canvas_box_widget_get_n_cards (widget); i++)
    g_string_append_printf (texts, "%s%s", i > 0 ? "|" : "",
                            trellis_canvas_note_card_get_text (trellis_canvas_box_widget_get_card (widget, i)));
  return g_string_free (g_steal_pointer (&texts), FALSE);
}

#define assert_box(window, view, version, box, expected) \
  G_STMT_START { \
    g_autofree char *model_ = model_texts (window, version, box); \
    g_autofree char *cards_ = card_texts (view, box); \
    g_assert_cmpstr (model_, ==, expected); \
    g_assert_cmpstr (cards_, ==, expected); \
  } G_STMT_END

static TrellisCanvasNoteCard *
card_at (TrellisCanvasView *view,
         TrellisCanvasBox   box,
         guint              index)
{
  TrellisCanvasNoteCard *card = trellis_canvas_box_widget_get_card (trellis_canvas_view_get_box (view, box), index);

  g_assert_nonnull (card);
  return card;
}

static const char *
card_uuid (TrellisCanvasNoteCard *card)
{
  return trellis_item_get_uuid (TRELLIS_ITEM (trellis_canvas_note_card_get_note (card)));
}

static void
type_note (TrellisCanvasView *view,
           TrellisCanvasBox   box,
           const char        *text)
{
  GtkEditable *entry = trellis_canvas_box_widget_get_entry (trellis_canvas_view_get_box (view, box));

  gtk_editable_set_text (entry, text);
  g_signal_emit_by_name (entry, "activate");
  ui_test_iterate_pending ();
}

/* Drops @card's note on @box at (@x, @y), as a drag from the card would. */
static gboolean
drop_card (TrellisCanvasView     *view,
           TrellisCanvasNoteCard *card,
           TrellisCanvasBox       box,
           double                 x,
           double                 y)
{
  GtkDropTarget *target = trellis_canvas_box_widget_get_drop_target (trellis_canvas_view_get_box (view, box));
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean accepted = FALSE;

  g_value_init (&value, TRELLIS_TYPE_CANVAS_NOTE);
  g_value_set_object (&value, trellis_canvas_note_card_get_note (card));
  g_signal_emit_by_name (target, "drop", &value, x, y, &accepted);
  ui_test_iterate_pending ();
  return accepted;
}

static GtkWidget *
find_toggle (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_TOGGLE_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_toggle (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Whether a label on screen under @widget contains @text */
static gboolean
shows_text (GtkWidget  *widget,
            const char *text)
{
  if (!gtk_widget_get_mapped (widget))
    return FALSE;
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_text (child, text))
      return TRUE;

  return FALSE;
}

static gboolean
has_focus_within (GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* Tests */

static void
test_layout (void)
{
  TrellisWindow *window;
  TrellisCanvasView *view = open_canvas ("layout.trellis", &window);
  GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (trellis_canvas_view_get_box (view, 0)),
                                                 GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *vadjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  graphene_rect_t partners, activities, resources, challenges, costs, revenues;

  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  for (guint i = 0; i < 10; i++)
    {
      g_usleep (20000);
      ui_test_iterate_pending ();
    }

  /* The boxes sit where the poster has them. */
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (trellis_canvas_view_get_box (view, TRELLIS_BOX_KEY_PARTNERS)), GTK_WIDGET (view), &partners));
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (trellis_canvas_view_get_box (view, TRELLIS_BOX_KEY_ACTIVITIES)), GTK_WIDGET (view), &activities));
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (trellis_canvas_view_get_box (view, TRELLIS_BOX_KEY_RESOURCES)), GTK_WIDGET (view), &resources));
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (trellis_canvas_view_get_box (view, TRELLIS_BOX_KEY_CHALLENGES)), GTK_WIDGET (view), &challenges));
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (trellis_canvas_view_get_box (view, TRELLIS_BOX_COST_STRUCTURE)), GTK_WIDGET (view), &costs));
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (trellis_canvas_view_get_box (view, TRELLIS_BOX_REVENUE_STREAMS)), GTK_WIDGET (view), &revenues));
  g_assert_cmpfloat (activities.origin.x, >, partners.origin.x + partners.size.width);
  g_assert_cmpfloat (resources.origin.y, >, activities.origin.y + activities.size.height);
  g_assert_cmpfloat_with_epsilon (partners.size.height, 2 * activities.size.height, 10);
  g_assert_cmpfloat (challenges.origin.y, >, partners.origin.y + partners.size.height);
  g_assert_cmpfloat (challenges.size.width, >, 4 * partners.size.width);
  g_assert_cmpfloat (costs.origin.y, >, challenges.origin.y + challenges.size.height);
  g_assert_cmpfloat_with_epsilon (costs.origin.y, revenues.origin.y, 1);
  g_assert_cmpfloat (revenues.origin.x, >, costs.origin.x + costs.size.width);

  /* At 1366×768 the poster fits: nothing to scroll. */
  g_assert_cmpfloat (gtk_adjustment_get_upper (vadjustment), <=, gtk_adjustment_get_page_size (vadjustment) + 1);

  /* An empty box shows its prompts; the header the project. */
  g_assert_true (shows_text (GTK_WIDGET (trellis_canvas_view_get_box (view, TRELLIS_BOX_MEMBER_PAIN_POINTS)),
                             "biggest problems"));
  g_assert_true (ui_test_shows_label (GTK_WIDGET (view), "Canvas Test"));
  g_assert_true (shows_text (GTK_WIDGET (view), "Valley Polymers e.V."));

  /* Large type for the projector */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "canvas.large-type", NULL));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (view), "large-type"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "canvas.large-type", NULL));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (view), "large-type"));

  /* F11's action is the window's (whether Xvfb obeys depends on a window manager). */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "win.fullscreen", NULL));
  ui_test_iterate_pending ();
  gtk_window_unfullscreen (GTK_WINDOW (window));
  ui_test_iterate_pending ();
}

static void
test_add_and_move (void)
{
  TrellisWindow *window;
  TrellisCanvasView *view = open_canvas ("add-move.trellis", &window);
  TrellisCanvasBoxWidget *activities = trellis_canvas_view_get_box (view, TRELLIS_BOX_KEY_ACTIVITIES);
  TrellisCanvasNoteCard *card;

  assert_box (window, view, NULL, TRELLIS_BOX_KEY_PARTNERS, "University|Chamber of commerce");
  g_assert_true (shows_text (GTK_WIDGET (activities), "Which activities"));

  /* Typing and Enter adds, and the entry keeps the focus. */
  type_note (view, TRELLIS_BOX_KEY_ACTIVITIES, "  Matchmaking ");
  type_note (view, TRELLIS_BOX_KEY_ACTIVITIES, "Newsletter");
  assert_box (window, view, NULL, TRELLIS_BOX_KEY_ACTIVITIES, "Matchmaking|Newsletter");
  g_assert_cmpstr (gtk_editable_get_text (trellis_canvas_box_widget_get_entry (activities)), ==, "");
  g_assert_true (has_focus_within (GTK_WIDGET (trellis_canvas_box_widget_get_entry (activities))));
  /* Blanks add nothing. */
  type_note (view, TRELLIS_BOX_KEY_ACTIVITIES, "   ");
  assert_box (window, view, NULL, TRELLIS_BOX_KEY_ACTIVITIES, "Matchmaking|Newsletter");
  gtk_editable_set_text (trellis_canvas_box_widget_get_entry (activities), "");
  g_assert_false (shows_text (GTK_WIDGET (activities), "Which activities"));

  /* Over a box, a line shows where the note would go: before the first. */
  {
    GtkDropTarget *target = trellis_canvas_box_widget_get_drop_target (trellis_canvas_view_get_box (view, TRELLIS_BOX_KEY_PARTNERS));
    GdkDragAction action = 0;

    g_signal_emit_by_name (target, "motion", 20.0, 2.0, &action);
    g_assert_cmpint (action, ==, GDK_ACTION_MOVE);
    g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (card_at (view, TRELLIS_BOX_KEY_PARTNERS, 0)), "drop-before"));
    g_signal_emit_by_name (target, "leave");
    g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (card_at (view, TRELLIS_BOX_KEY_PARTNERS, 0)), "drop-before"));
  }

  /* Dropped at the top of another box, it goes first there. */
  card = card_at (view, TRELLIS_BOX_KEY_ACTIVITIES, 1);
  g_assert_true (drop_card (view, card, TRELLIS_BOX_KEY_PARTNERS, 20, 2));
  assert_box (window, view, NULL, TRELLIS_BOX_KEY_PARTNERS, "Newsletter|University|Chamber of commerce");
  assert_box (window, view, NULL, TRELLIS_BOX_KEY_ACTIVITIES, "Matchmaking");

  /* Dropped below the last note, it goes last; within the same box too. */
  card = card_at (view, TRELLIS_BOX_KEY_PARTNERS, 0);
  g_assert_true (drop_card (view, card, TRELLIS_BOX_KEY_PARTNERS, 20,
                            gtk_widget_get_height (GTK_WIDGET (trellis_canvas_view_get_box (view, TRELLIS_BOX_KEY_PARTNERS))) - 40));
  assert_box (window, view, NULL, TRELLIS_BOX_KEY_PARTNERS, "University|Chamber of commerce|Newsletter");

  /* Each move is one step back. */
  undo (window);
  assert_box (window, view, NULL, TRELLIS_BOX_KEY_PARTNERS, "Newsletter|University|Chamber of commerce");
  undo (window);
  assert_box (window, view, NULL, TRELLIS_BOX_KEY_PARTNERS, "University|Chamber of commerce");
  assert_box (window, view, NULL, TRELLIS_BOX_KEY_ACTIVITIES, "Matchmaking|Newsletter");

  /* The keyboard's way: "Move To" another box, and Alt+Up within it. */
  card = card_at (view, TRELLIS_BOX_KEY_ACTIVITIES, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (card), "canvas.move-note", "(sii)",
                                             card_uuid (card), TRELLIS_BOX_KEY_PARTNERS, -1));
  ui_test_iterate_pending ();
  assert_box (window, view, NULL, TRELLIS_BOX_KEY_PARTNERS, "University|Chamber of commerce|Matchmaking");
  card = card_at (view, TRELLIS_BOX_KEY_PARTNERS, 2);
  g_assert_true (has_focus_within (GTK_WIDGET (card)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (card), "canvas.shift-note", "(si)", card_uuid (card), -1));
  ui_test_iterate_pending ();
  assert_box (window, view, NULL, TRELLIS_BOX_KEY_PARTNERS, "University|Matchmaking|Chamber of commerce");
  /* The moved note keeps the focus, for the next Alt+arrow. */
  g_assert_true (has_focus_within (GTK_WIDGET (card_at (view, TRELLIS_BOX_KEY_PARTNERS, 1))));

  undo (window);
  assert_box (window, view, NULL, TRELLIS_BOX_KEY_PARTNERS, "University|Chamber of commerce|Matchmaking");
  undo (window);
  undo (window);
  undo (window);
  assert_box (window, view, NULL, TRELLIS_BOX_KEY_PARTNERS, "University|Chamber of commerce");
  assert_box (window, view, NULL, TRELLIS_BOX_KEY_ACTIVITIES, "");
  g_assert_true (shows_text (GTK_WIDGET (activities), "Which activities"));
}

static GtkWidget *
find_with_class (GtkWidget  *widget,
                 const char *css_class)
{
  if (gtk_widget_has_css_class (widget, css_class))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_with_class (child, css_class);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The colour button @name in the menu of @card */
static GtkWidget *
find_swatch (TrellisCanvasNoteCard *card,
             const char            *name)
{
  GtkWidget *button = GTK_WIDGET (trellis_canvas_note_card_get_menu_button (card));
  GtkWidget *popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
  GtkWidget *row;

  /* The menu is made when it is first opened. */
  if (popover == NULL)
    popover = GTK_WIDGET (ui_test_popup (GTK_MENU_BUTTON (button)));
  row = find_with_class (popover, "note-swatches");

  g_assert_nonnull (row);
  for (GtkWidget *swatch = gtk_widget_get_first_child (row);
       swatch != NULL;
       swatch = gtk_widget_get_next_sibling (swatch))
    if (g_strcmp0 (gtk_widget_get_name (swatch), name) == 0)
      return swatch;
  return NULL;
}

static void
test_color_edit_delete (void)
{
  TrellisWindow *window;
  TrellisCanvasView *view = open_canvas ("color.trellis", &window);
  TrellisCanvasNoteCard *card = card_at (view, TRELLIS_BOX_KEY_PARTNERS, 0);
  TrellisCanvasNote *note = trellis_canvas_note_card_get_note (card);
  GtkEditable *editor;
  GtkWidget *swatch;

  /* Colour, from the swatches of the note's menu */
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (card), "note-yellow"));
  g_assert_nonnull (swatch = find_swatch (card, "green"));
  g_assert_cmpstr (gtk_button_get_icon_name (GTK_BUTTON (find_swatch (card, "yellow"))), ==, "object-select-symbolic");
  g_signal_emit_by_name (swatch, "clicked");
  ui_test_iterate_pending ();
  g_assert_cmpstr (gtk_button_get_icon_name (GTK_BUTTON (swatch)), ==, "object-select-symbolic");
  g_assert_cmpstr (trellis_canvas_note_get_color (note), ==, "green");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (card), "note-green"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (card), "note-yellow"));
  undo (window);
  g_assert_null (trellis_canvas_note_get_color (note));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (card), "note-yellow"));

  /* Edited in place: Enter keeps the text, an empty text changes nothing. */
  g_assert_true (trellis_canvas_note_card_start_editing (card));
  editor = trellis_canvas_note_card_get_editor (card);
  g_assert_cmpstr (gtk_editable_get_text (editor), ==, "University");
  g_assert_false (gtk_editable_get_enable_undo (editor));
  gtk_editable_set_text (editor, "Polymer university ");
  g_signal_emit_by_name (editor, "activate");
  ui_test_iterate_pending ();
  assert_box (window, view, NULL, TRELLIS_BOX_KEY_PARTNERS, "Polymer university|Chamber of commerce");
  g_assert_true (has_focus_within (GTK_WIDGET (card)));
  trellis_canvas_note_card_start_editing (card);
  gtk_editable_set_text (editor, " ");
  g_signal_emit_by_name (editor, "activate");
  ui_test_iterate_pending ();
  assert_box (window, view, NULL, TRELLIS_BOX_KEY_PARTNERS, "Polymer university|Chamber of commerce");
  undo (window);
  assert_box (window, view, NULL, TRELLIS_BOX_KEY_PARTNERS, "University|Chamber of commerce");

  /* Delete, and back */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (card), "canvas.delete-note", "s", card_uuid (card)));
  ui_test_iterate_pending ();
  assert_box (window, view, NULL, TRELLIS_BOX_KEY_PARTNERS, "Chamber of commerce");
  g_assert_null (trellis_project_lookup (trellis_window_get_project (window),
                                         trellis_item_get_uuid (TRELLIS_ITEM (note))));
  /* The focus goes to the next note. */
  g_assert_true (has_focus_within (GTK_WIDGET (card_at (view, TRELLIS_BOX_KEY_PARTNERS, 0))));
  undo (window);
  assert_box (window, view, NULL, TRELLIS_BOX_KEY_PARTNERS, "University|Chamber of commerce");
}

/* Sends a key press to @widget's own key controller, as GTK would. */
static gboolean
press_key (GtkWidget       *widget,
           guint            keyval,
           GdkModifierType  state)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
    }
  ui_test_iterate_pending ();
  return handled;
}

static void
test_keyboard (void)
{
  TrellisWindow *window;
  TrellisCanvasView *view = open_canvas ("keyboard.trellis", &window);
  TrellisCanvasNoteCard *card = card_at (view, TRELLIS_BOX_KEY_PARTNERS, 0);

  /* Alt+Down and Alt+Up move within the box; the card keeps the focus. */
  gtk_widget_grab_focus (GTK_WIDGET (card));
  g_assert_true (press_key (GTK_WIDGET (card), GDK_KEY_Down, GDK_ALT_MASK));
  assert_box (window, view, NULL, TRELLIS_BOX_KEY_PARTNERS, "Chamber of commerce|University");
  card = card_at (view, TRELLIS_BOX_KEY_PARTNERS, 1);
  g_assert_true (has_focus_within (GTK_WIDGET (card)));
  g_assert_true (press_key (GTK_WIDGET (card), GDK_KEY_Down, GDK_ALT_MASK));
  assert_box (window, view, NULL, TRELLIS_BOX_KEY_PARTNERS, "Chamber of commerce|University");
  g_assert_true (press_key (GTK_WIDGET (card), GDK_KEY_Up, GDK_ALT_MASK));
  assert_box (window, view, NULL, TRELLIS_BOX_KEY_PARTNERS, "University|Chamber of commerce");
  undo (window);
  assert_box (window, view, NULL, TRELLIS_BOX_KEY_PARTNERS, "Chamber of commerce|University");
  undo (window);
  assert_box (window, view, NULL, TRELLIS_BOX_KEY_PARTNERS, "University|Chamber of commerce");

  /* F2 edits, Escape drops the edit; Delete removes the note. */
  card = card_at (view, TRELLIS_BOX_KEY_PARTNERS, 0);
  g_assert_true (press_key (GTK_WIDGET (card), GDK_KEY_F2, 0));
  gtk_editable_set_text (trellis_canvas_note_card_get_editor (card), "Not kept");
  g_assert_true (press_key (GTK_WIDGET (card), GDK_KEY_Escape, 0));
  assert_box (window, view, NULL, TRELLIS_BOX_KEY_PARTNERS, "University|Chamber of commerce");
  g_assert_true (press_key (GTK_WIDGET (card), GDK_KEY_Delete, 0));
  assert_box (window, view, NULL, TRELLIS_BOX_KEY_PARTNERS, "Chamber of commerce");
  undo (window);
  assert_box (window, view, NULL, TRELLIS_BOX_KEY_PARTNERS, "University|Chamber of commerce");
}

/* An undo that changes the box while a note is edited drops the edit: it
 * does not come back as a new step that ends the redo. */
static void
test_undo_while_editing (void)
{
  TrellisWindow *window;
  TrellisCanvasView *view = open_canvas ("undo-editing.trellis", &window);
  TrellisHistory *history = trellis_project_get_history (trellis_window_get_project (window));
  TrellisCanvasNoteCard *card;

  type_note (view, TRELLIS_BOX_KEY_PARTNERS, "Bank");
  card = card_at (view, TRELLIS_BOX_KEY_PARTNERS, 0);
  g_assert_true (trellis_canvas_note_card_start_editing (card));
  gtk_editable_set_text (trellis_canvas_note_card_get_editor (card), "Half-typed");
  undo (window);
  assert_box (window, view, NULL, TRELLIS_BOX_KEY_PARTNERS, "University|Chamber of commerce");
  g_assert_true (trellis_history_get_can_redo (history));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  ui_test_iterate_pending ();
  assert_box (window, view, NULL, TRELLIS_BOX_KEY_PARTNERS, "University|Chamber of commerce|Bank");
}

static void
fill_version_dialog (AdwMessageDialog *dialog,
                     const char       *name,
                     const char       *date)
{
  GtkWidget *name_row = ui_test_find_row (GTK_WIDGET (dialog), "Name");
  GtkWidget *date_row = ui_test_find_row (GTK_WIDGET (dialog), "Date (YYYY-MM-DD)");

  g_assert_nonnull (name_row);
  g_assert_nonnull (date_row);
  gtk_editable_set_text (GTK_EDITABLE (name_row), name);
  gtk_editable_set_text (GTK_EDITABLE (date_row), date);
}

static void
test_versions_compare (void)
{
  TrellisWindow *window;
  TrellisCanvasView *view = open_canvas ("versions.trellis", &window);
  TrellisProject *project = trellis_window_get_project (window);
  GListModel *versions = trellis_project_get_items (project, TRELLIS_TYPE_CANVAS_VERSION);
  GtkDropDown *dropdown = GTK_DROP_DOWN (ui_test_find_descendant (GTK_WIDGET (view), GTK_TYPE_DROP_DOWN));
  g_autoptr(TrellisCanvasVersion) to_be = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *compare;
  TrellisCanvasNoteCard *card;

  /* The dialog takes a name and a valid date. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "canvas.new-version", NULL));
  ui_test_iterate_pending ();
  dialog = ui_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  ui_test_iterate_until_mapped (GTK_WIDGET (dialog));
  fill_version_dialog (dialog, "To-be 2029", "2029-13-01");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "create"));
  fill_version_dialog (dialog, "To-be 2029", "2029-12-31");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "create"));
  adw_message_dialog_response (dialog, "create");
  ui_test_iterate_pending ();

  /* It starts with the notes shown, and is shown. */
  g_assert_cmpuint (g_list_model_get_n_items (versions), ==, 1);
  to_be = g_list_model_get_item (versions, 0);
  g_assert_cmpstr (trellis_canvas_version_get_name (to_be), ==, "To-be 2029");
  g_assert_cmpuint (trellis_canvas_version_get_date (to_be), ==, trellis_date_from_dmy (31, 12, 2029));
  g_assert_true (trellis_canvas_view_get_version (view) == to_be);
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 1);
  g_assert_true (shows_text (GTK_WIDGET (view), "To-be 2029 · 2029-12-31"));
  assert_box (window, view, to_be, TRELLIS_BOX_KEY_PARTNERS, "University|Chamber of commerce");

  /* Edits go to the version shown, not to the as-is canvas. */
  type_note (view, TRELLIS_BOX_KEY_ACTIVITIES, "Training academy");
  card = card_at (view, TRELLIS_BOX_KEY_PARTNERS, 1);
  gtk_widget_activate_action (GTK_WIDGET (card), "canvas.delete-note", "s", card_uuid (card));
  ui_test_iterate_pending ();
  assert_box (window, view, to_be, TRELLIS_BOX_KEY_ACTIVITIES, "Training academy");
  g_assert_cmpuint (trellis_canvas_box_widget_get_n_cards (trellis_canvas_view_get_box (view, TRELLIS_BOX_KEY_PARTNERS)), ==, 1);
  {
    g_autofree char *as_is = model_texts (window, NULL, TRELLIS_BOX_KEY_PARTNERS);

    g_assert_cmpstr (as_is, ==, "University|Chamber of commerce");
  }

  /* Compared (with "As Is"), the new note is marked and the removed one listed. */
  compare = find_toggle (GTK_WIDGET (view), "_Compare");
  g_assert_nonnull (compare);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (compare), TRUE);
  ui_test_iterate_pending ();
  g_assert_true (trellis_canvas_note_card_get_new (card_at (view, TRELLIS_BOX_KEY_ACTIVITIES, 0)));
  g_assert_false (trellis_canvas_note_card_get_new (card_at (view, TRELLIS_BOX_KEY_PARTNERS, 0)));
  g_assert_cmpuint (trellis_canvas_box_widget_get_n_removed (trellis_canvas_view_get_box (view, TRELLIS_BOX_KEY_PARTNERS)), ==, 1);
  g_assert_true (ui_test_shows_label (GTK_WIDGET (view), "Chamber of commerce"));
  g_assert_true (shows_text (GTK_WIDGET (view), "since As Is: 1 new note, 1 note removed"));

  /* A note added while comparing is new at once. */
  type_note (view, TRELLIS_BOX_REVENUE_STREAMS, "Service fees");
  g_assert_true (trellis_canvas_note_card_get_new (card_at (view, TRELLIS_BOX_REVENUE_STREAMS, 1)));
  g_assert_true (shows_text (GTK_WIDGET (view), "2 new notes, 1 note removed"));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (compare), FALSE);
  ui_test_iterate_pending ();
  g_assert_false (trellis_canvas_note_card_get_new (card_at (view, TRELLIS_BOX_KEY_ACTIVITIES, 0)));
  g_assert_cmpuint (trellis_canvas_box_widget_get_n_removed (trellis_canvas_view_get_box (view, TRELLIS_BOX_KEY_PARTNERS)), ==, 0);

  /* Back to "As Is" through the dropdown */
  gtk_drop_down_set_selected (dropdown, 0);
  ui_test_iterate_pending ();
  g_assert_null (trellis_canvas_view_get_version (view));
  assert_box (window, view, NULL, TRELLIS_BOX_KEY_PARTNERS, "University|Chamber of commerce");
  assert_box (window, view, NULL, TRELLIS_BOX_KEY_ACTIVITIES, "");

  /* Undone, the version goes, and the view stays on "As Is". */
  gtk_drop_down_set_selected (dropdown, 1);
  ui_test_iterate_pending ();
  for (guint i = 0; i < 4; i++)
    undo (window);
  g_assert_cmpuint (g_list_model_get_n_items (versions), ==, 0);
  g_assert_null (trellis_canvas_view_get_version (view));
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (dropdown)), ==, 1);
  assert_box (window, view, NULL, TRELLIS_BOX_KEY_PARTNERS, "University|Chamber of commerce");
}

static void
assert_file_starts_with (const char *path,
                         const char *magic,
                         gsize       length)
{
  g_autofree char *contents = NULL;
  gsize size = 0;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_get_contents (path, &contents, &size, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (size, >, length);
  g_assert_cmpmem (contents, length, magic, length);
}

static void
test_export (void)
{
  TrellisWindow *window;
  TrellisCanvasView *view = open_canvas ("export.trellis", &window);
  g_autofree char *png = g_build_filename (tmpdir, "export-canvas.png", NULL);
  g_autofree char *pdf = g_build_filename (tmpdir, "chosen.pdf", NULL);
  g_autofree char *nowhere = g_build_filename (tmpdir, "no-such-folder", "canvas.pdf", NULL);
  g_autoptr(GFile) png_file = g_file_new_for_path (png);
  g_autoptr(GFile) pdf_file = g_file_new_for_path (pdf);
  g_autoptr(GFile) nowhere_file = g_file_new_for_path (nowhere);
  g_autoptr(GFile) folder = g_file_new_for_path (tmpdir);
  AdwMessageDialog *dialog;
  GtkWindow *chooser;

  g_assert_true (trellis_canvas_view_export (view, TRELLIS_CANVAS_EXPORT_PNG, png_file));
  assert_file_starts_with (png, "\x89PNG\r\n", 6);

  /* The menu's way: a save dialog with a suggested name; the extension is added. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "canvas.export-pdf", NULL));
  ui_test_iterate_pending ();
  chooser = ui_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_nonnull (chooser);
  {
    g_autofree char *suggested = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));

    g_assert_cmpstr (suggested, ==, "Canvas Test-canvas.pdf");
  }
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "chosen");
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  for (gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
       !g_file_query_exists (pdf_file, NULL) && g_get_monotonic_time () < end;)
    g_main_context_iteration (NULL, FALSE);
  ui_test_iterate_pending ();
  assert_file_starts_with (pdf, "%PDF-", 5);

  /* A failed export says which file and why. */
  g_assert_false (trellis_canvas_view_export (view, TRELLIS_CANVAS_EXPORT_PDF, nowhere_file));
  ui_test_iterate_pending ();
  dialog = ui_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "canvas.pdf"));
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), !=, "");
  adw_message_dialog_response (dialog, "close");
  ui_test_iterate_pending ();
}

static void
test_read_only (void)
{
  TrellisWindow *window;
  TrellisCanvasView *view = open_canvas ("read-only.trellis", &window);
  TrellisCanvasBoxWidget *partners = trellis_canvas_view_get_box (view, TRELLIS_BOX_KEY_PARTNERS);
  TrellisCanvasNoteCard *card;
  gboolean editable = TRUE;

  trellis_window_set_read_only (window, TRUE);
  ui_test_iterate_pending ();
  g_object_get (view, "editable", &editable, NULL);
  g_assert_false (editable);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (trellis_canvas_box_widget_get_entry (partners))));

  card = card_at (view, TRELLIS_BOX_KEY_PARTNERS, 0);
  g_assert_false (trellis_canvas_note_card_start_editing (card));
  g_assert_false (drop_card (view, card, TRELLIS_BOX_KEY_ACTIVITIES, 10, 10));
  gtk_widget_activate_action (GTK_WIDGET (card), "canvas.delete-note", "s", card_uuid (card));
  gtk_widget_activate_action (GTK_WIDGET (card), "canvas.set-color", "(ss)", card_uuid (card), "blue");
  gtk_widget_activate_action (GTK_WIDGET (view), "canvas.new-version", NULL);
  ui_test_iterate_pending ();
  assert_box (window, view, NULL, TRELLIS_BOX_KEY_PARTNERS, "University|Chamber of commerce");
  assert_box (window, view, NULL, TRELLIS_BOX_KEY_ACTIVITIES, "");
  g_assert_null (trellis_canvas_note_get_color (trellis_canvas_note_card_get_note (card_at (view, TRELLIS_BOX_KEY_PARTNERS,
                                                                                           0))));
  g_assert_null (ui_test_find_message_dialog ());
  g_assert_cmpuint (trellis_project_count_items (trellis_window_get_project (window), TRELLIS_TYPE_CANVAS_VERSION), ==, 0);

  /* Exporting still works. */
  {
    g_autofree char *path = g_build_filename (tmpdir, "read-only.png", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);

    g_assert_true (trellis_canvas_view_export (view, TRELLIS_CANVAS_EXPORT_PNG, file));
  }
}

static guint
count_cards (GtkWidget *widget)
{
  guint n = TRELLIS_IS_CANVAS_NOTE_CARD (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    n += count_cards (child);
  return n;
}

/* 10,000 notes in one box: the box makes cards for the notes near the
 * screen only, scrolls within itself, and an edit redraws one card. */
static void
test_large_box (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Large Box");
  g_autoptr(GFile) file = NULL;
  TrellisWindow *window;
  TrellisCanvasView *view;
  TrellisCanvasBoxWidget *partners;
  GListModel *notes;
  g_autoptr(TrellisCanvasNote) first = NULL;
  g_autoptr(TrellisCanvasNote) last = NULL;
  TrellisCanvasNoteCard *card;
  GtkWidget *scroller;
  gint64 deadline;

  for (guint i = 0; i < 10000; i++)
    {
      g_autofree char *text = g_strdup_printf ("Partner %u", i);
      g_autoptr(TrellisCanvasNote) note = trellis_canvas_note_new (TRELLIS_BOX_KEY_PARTNERS, text);

      trellis_project_add_item (project, note);
    }
  file = ui_test_write_project (tmpdir, "large-box.trellis", project);
  window = ui_test_open_window (G_APPLICATION (app), file);
  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  view = TRELLIS_CANVAS_VIEW (ui_test_show_page (window, "strategy/canvas", TRELLIS_TYPE_CANVAS_VIEW));
  partners = trellis_canvas_view_get_box (view, TRELLIS_BOX_KEY_PARTNERS);
  notes = trellis_canvas_box_widget_get_model (partners);

  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 10000);
  g_assert_cmpuint (count_cards (GTK_WIDGET (view)), <, 200);
  g_assert_cmpuint (count_cards (GTK_WIDGET (view)), >, 0);
  /* The box keeps its share of the poster: its notes scroll inside it. */
  scroller = gtk_widget_get_ancestor (trellis_canvas_box_widget_get_list (partners), GTK_TYPE_SCROLLED_WINDOW);
  g_assert_cmpfloat (gtk_adjustment_get_upper (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller))),
                     >, 10 * gtk_widget_get_height (GTK_WIDGET (partners)));
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (partners)), <, 768);

  /* An edit shows in its card, and the card stays the same widget. */
  first = g_list_model_get_item (notes, 0);
  card = trellis_canvas_box_widget_find_card (partners, first);
  g_assert_nonnull (card);
  trellis_canvas_note_set_text (first, "Edited partner");
  g_assert_cmpstr (trellis_canvas_note_card_get_text (card), ==, "Edited partner");
  g_assert_true (trellis_canvas_box_widget_find_card (partners, first) == card);

  /* The last note has no card until the box scrolls to it. */
  last = g_list_model_get_item (notes, 9999);
  g_assert_null (trellis_canvas_box_widget_find_card (partners, last));
  trellis_canvas_box_widget_focus_note (partners, last);
  deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while (!has_focus_within (GTK_WIDGET (partners)) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  card = trellis_canvas_box_widget_find_card (partners, last);
  g_assert_nonnull (card);
  g_assert_true (has_focus_within (GTK_WIDGET (card)));
  g_assert_cmpstr (trellis_canvas_note_card_get_text (card), ==, "Partner 9999");
  g_assert_cmpuint (count_cards (GTK_WIDGET (view)), <, 200);

  /* Deleting it is one items-changed: the model and the box follow. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (card), "canvas.delete-note", "s",
                                             trellis_item_get_uuid (TRELLIS_ITEM (last))));
  ui_test_iterate_pending ();
  g_assert_cmpuint (trellis_canvas_box_widget_get_n_cards (partners), ==, 9999);
  undo (window);
  g_assert_cmpuint (trellis_canvas_box_widget_get_n_cards (partners), ==, 10000);
}

int
main (int   argc,
      char *argv[])
{
  app = ui_test_init (&argc, &argv, &tmpdir);
  if (app == NULL)
    return 77;

  g_test_add_func ("/ui/canvas-view/layout", test_layout);
  g_test_add_func ("/ui/canvas-view/add-and-move", test_add_and_move);
  g_test_add_func ("/ui/canvas-view/color-edit-delete", test_color_edit_delete);
  g_test_add_func ("/ui/canvas-view/keyboard", test_keyboard);
  g_test_add_func ("/ui/canvas-view/undo-while-editing", test_undo_while_editing);
  g_test_add_func ("/ui/canvas-view/versions-compare", test_versions_compare);
  g_test_add_func ("/ui/canvas-view/export", test_export);
  g_test_add_func ("/ui/canvas-view/read-only", test_read_only);
  g_test_add_func ("/ui/canvas-view/large-box", test_large_box);

  return ui_test_run (app, tmpdir);
}
