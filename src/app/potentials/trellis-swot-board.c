/* trellis-swot-board.c: the SWOT board: four quadrants of notes
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A view of a step's tool page (TrellisToolPage). Like every such view it
 * has an "editable" property, which the page sets for read-only projects.
 *
 * Internal quadrants on top, external below; helpful on the left, harmful
 * on the right; in a narrow window the four go in one column.  Each
 * quadrant is a card with an entry that adds a note on Enter and a view
 * (a one-column GtkGridView) of its notes over a TrellisSwotModel, so only
 * the rows near the screen exist (TrellisSwotNote, recycled) and a change to the
 * project touches only the rows it concerns: adding, removing and moving a
 * note arrive as items-changed at its position, an edit of a note through
 * that note's notify::.  The "swot." actions do every change through
 * src/core/rules/trellis-swot.c.
 */

#define G_LOG_DOMAIN "trellis-swot-board"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-scroll-slice.h"
#include "trellis-swot-board-private.h"
#include "trellis-tool-view.h"

G_DEFINE_FINAL_TYPE_WITH_CODE (TrellisSwotBoard, trellis_swot_board, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (TRELLIS_TYPE_TOOL_VIEW, NULL))

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_EDITABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *quadrant_css[N_QUADRANTS] = {
  "swot-strength", "swot-weakness", "swot-opportunity", "swot-threat",
};

/* Below this width the cards go in one column. */
#define NARROW_WIDTH 700
/* Notes a quadrant makes at first, and then as it is scrolled: it shows
 * three or four. */
#define QUADRANT_NOTES_STEP 8
#define TWO_COLUMN_SLACK 48   /* the board's margins and the scroll bar */

/* Following the model */

static void
update_quadrant_header (Quadrant *q)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (q->model));
  g_autofree char *count = g_strdup_printf ("%u", n_items);

  gtk_label_set_label (q->count_label, count);
  gtk_widget_set_sensitive (q->sort_button, n_items > 1);
  gtk_widget_set_visible (q->placeholder, n_items == 0);
  gtk_widget_set_visible (q->scrolled, n_items > 0);
}

static void
on_model_items_changed_cb (Quadrant *q,
                           guint     position,
                           guint     removed,
                           guint     added)
{
  update_quadrant_header (q);
}

/* The note that has the keyboard focus, if any (not while its text is edited). */
TrellisSwotItem *
_trellis_swot_board_get_focused_item (TrellisSwotBoard *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus != NULL && TRELLIS_IS_SWOT_NOTE (focus) && gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    return trellis_swot_note_get_item (TRELLIS_SWOT_NOTE (focus));
  return NULL;
}

/* Keeping the focus on a note that moved */

static gboolean try_focus (TrellisSwotBoard *self);

static gboolean
focus_tick_cb (GtkWidget     *widget,
               GdkFrameClock *frame_clock,
               gpointer       user_data)
{
  return try_focus (TRELLIS_SWOT_BOARD (widget)) ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

/* Gives the focus to the row of focus_item, or scrolls to it so that the
 * view makes one.  Returns whether to try again after a frame. */
static gboolean
try_focus (TrellisSwotBoard *self)
{
  TrellisSwotNote *note;
  Quadrant *q;
  guint position;

  if (self->focus_item == NULL)
    return FALSE;

  note = g_hash_table_lookup (self->notes, self->focus_item);
  if (note != NULL)
    {
      if (!trellis_swot_note_is_editing (note))
        gtk_widget_grab_focus (GTK_WIDGET (note));
      g_clear_object (&self->focus_item);
      return FALSE;
    }

  q = &self->quadrants[trellis_swot_item_get_quadrant (self->focus_item)];
  if (self->focus_tries++ > 4 || !trellis_swot_model_find (q->model, self->focus_item, &position))
    {
      g_clear_object (&self->focus_item);
      return FALSE;
    }
  trellis_scroll_slice_reveal (q->slice, position);
  gtk_widget_activate_action (GTK_WIDGET (q->list_view), "list.scroll-to-item", "u", position);
  return TRUE;
}

static gboolean
focus_in_idle_cb (gpointer user_data)
{
  TrellisSwotBoard *self = TRELLIS_SWOT_BOARD (user_data);

  self->focus_source = 0;
  if (try_focus (self))
    gtk_widget_add_tick_callback (GTK_WIDGET (self), focus_tick_cb, NULL, NULL);
  return G_SOURCE_REMOVE;
}

/**
 * _trellis_swot_board_focus_item:
 *
 * Gives the focus to the row of @item once the lists have followed the
 * change at hand (a move, a deletion).
 */
void
_trellis_swot_board_focus_item (TrellisSwotBoard *self,
                                TrellisSwotItem  *item)
{
  g_set_object (&self->focus_item, item);
  self->focus_tries = 0;
  if (self->focus_source == 0)
    self->focus_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, focus_in_idle_cb, self, NULL);
}

/* The rows */

static void
on_factory_setup_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     TrellisSwotBoard         *self)
{
  GtkWidget *note = trellis_swot_note_new (self->project);

  trellis_swot_note_set_editable (TRELLIS_SWOT_NOTE (note), self->editable);
  gtk_list_item_set_child (list_item, note);
}

static void
on_factory_bind_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    TrellisSwotBoard         *self)
{
  TrellisSwotNote *note = TRELLIS_SWOT_NOTE (gtk_list_item_get_child (list_item));
  TrellisSwotItem *item = gtk_list_item_get_item (list_item);

  trellis_swot_note_set_editable (note, self->editable);
  trellis_swot_note_set_item (note, item);
  g_hash_table_insert (self->notes, item, note);
}

static void
on_factory_unbind_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *list_item,
                      TrellisSwotBoard         *self)
{
  TrellisSwotNote *note = TRELLIS_SWOT_NOTE (gtk_list_item_get_child (list_item));
  TrellisSwotItem *item = trellis_swot_note_get_item (note);

  if (item != NULL && g_hash_table_lookup (self->notes, item) == note)
    g_hash_table_remove (self->notes, item);
  trellis_swot_note_set_item (note, NULL);
}

static GtkListItemFactory *
create_factory (TrellisSwotBoard *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (on_factory_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_factory_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_factory_unbind_cb), self);
  return factory;
}

/* Double-click or Enter on a row edits its text. */
static void
on_list_view_activate_cb (GtkGridView *list_view,
                          guint        position,
                          Quadrant    *q)
{
  g_autoptr(TrellisSwotItem) item = g_list_model_get_item (G_LIST_MODEL (q->model), position);
  TrellisSwotNote *note = item != NULL ? g_hash_table_lookup (q->board->notes, item) : NULL;

  if (note != NULL && q->board->editable)
    trellis_swot_note_start_editing (note);
}

/* Adding notes */

/**
 * _trellis_swot_board_add_note:
 *
 * Adds a note of @text at the end of @q, with the source of the prompt
 * chosen there, as one undo step.
 *
 * Returns: (transfer none): the new note
 */
TrellisSwotItem *
_trellis_swot_board_add_note (Quadrant   *q,
                              const char *text)
{
  TrellisHistory *history = trellis_project_get_history (q->board->project);
  TrellisSourceKind kind;
  const char *source;
  TrellisSwotItem *item;

  if (q->source_prompt < 0)
    return trellis_swot_add_item (q->board->project, q->quadrant, text, G_MAXUINT);

  trellis_swot_get_prompt (q->quadrant, q->source_prompt, &kind, &source);
  trellis_history_begin_group (history, _("Add Note"));
  item = trellis_swot_add_item (q->board->project, q->quadrant, text, G_MAXUINT);
  trellis_swot_item_set_source_kind (item, kind);
  trellis_swot_item_set_source (item, source);
  trellis_history_end_group (history);
  return item;
}

static void
on_entry_activate_cb (GtkEntry *entry,
                      Quadrant *q)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  TrellisSwotItem *item;
  guint position;

  if (!q->board->editable || *text == '\0')
    return;

  item = _trellis_swot_board_add_note (q, text);
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  /* The note shows, and the entry keeps the focus for the next one. */
  if (item != NULL && trellis_swot_model_find (q->model, item, &position))
    trellis_scroll_slice_scroll_to (q->slice, GTK_WIDGET (q->list_view), position);
  gtk_widget_grab_focus (GTK_WIDGET (entry));
}

static gboolean
on_entry_key_pressed_cb (GtkEventControllerKey *controller,
                         guint                  keyval,
                         guint                  keycode,
                         GdkModifierType        state,
                         Quadrant              *q)
{
  if (keyval != GDK_KEY_Escape || *gtk_editable_get_text (GTK_EDITABLE (q->entry)) == '\0')
    return FALSE;

  gtk_editable_set_text (GTK_EDITABLE (q->entry), "");
  return TRUE;
}

/* Prompts */

/* A prompt clicked gives its source to the notes typed next, until the
 * button under the entry takes it off again (or another prompt is chosen). */
static void
set_source_prompt (Quadrant *q,
                   int       prompt)
{
  q->source_prompt = prompt;
  gtk_widget_set_visible (q->source_button, prompt >= 0);
  if (prompt >= 0)
    {
      g_autoptr(TrellisSwotItem) sample = trellis_swot_item_new (q->quadrant, "");
      g_autofree char *tag = NULL;
      g_autofree char *label = NULL;
      TrellisSourceKind kind;
      const char *source;

      trellis_swot_get_prompt (q->quadrant, prompt, &kind, &source);
      trellis_swot_item_set_source_kind (sample, kind);
      trellis_swot_item_set_source (sample, source);
      tag = trellis_swot_item_dup_source_tag (sample);
      /* translators: under the entry of a quadrant; %s is a source such as "Value chain: operations" */
      label = g_strdup_printf (_("New notes: %s"), tag);
      gtk_label_set_label (q->source_label, label);
    }
}

static void
on_prompt_clicked_cb (GtkButton *button,
                      Quadrant  *q)
{
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_POPOVER);

  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
  if (!q->board->editable)
    return;

  set_source_prompt (q, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "prompt")));
  gtk_widget_grab_focus (GTK_WIDGET (q->entry));
}

static void
on_source_button_clicked_cb (GtkButton *button,
                             Quadrant  *q)
{
  set_source_prompt (q, -1);
  gtk_widget_grab_focus (GTK_WIDGET (q->entry));
}

static GtkWidget *
create_prompts (Quadrant   *q,
                const char *title)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *heading = gtk_label_new (title);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (box), heading);

  for (guint i = 0; i < trellis_swot_get_n_prompts (q->quadrant); i++)
    {
      GtkWidget *label = gtk_label_new (trellis_swot_get_prompt (q->quadrant, i, NULL, NULL));
      GtkWidget *button = gtk_button_new ();

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_button_set_child (GTK_BUTTON (button), label);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_add_css_class (button, "swot-prompt");
      gtk_widget_set_tooltip_text (button, _("Give New Notes This Source"));
      /* A child set with gtk_button_set_child () does not name a button. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      gtk_label_get_text (GTK_LABEL (label)), -1);
      g_object_set_data (G_OBJECT (button), "prompt", GINT_TO_POINTER (i));
      g_signal_connect (button, "clicked", G_CALLBACK (on_prompt_clicked_cb), q);
      gtk_box_append (GTK_BOX (box), button);
    }

  return box;
}

/* The quadrant's menu: pasting lines as notes (also Ctrl+V in the list). */
static GtkWidget *
create_menu_button (Quadrant *q)
{
  GtkWidget *button = gtk_menu_button_new ();
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenuItem) paste = g_menu_item_new (_("_Paste as Notes"), NULL);
  g_autofree char *name = NULL;

  g_menu_item_set_action_and_target (paste, "swot.paste-notes", "i", q->quadrant);
  g_menu_item_set_attribute (paste, "accel", "s", "<Control>v");
  g_menu_append_item (menu, paste);
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_widget_set_tooltip_text (button, _("Quadrant Menu"));
  /* translators: the accessible name of a SWOT quadrant's menu button; %s is the quadrant */
  name = g_strdup_printf (_("Menu of “%s”"), trellis_enum_label (TRELLIS_TYPE_QUADRANT, q->quadrant));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

static GtkWidget *
create_header (Quadrant *q)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *title = gtk_label_new (trellis_enum_label (TRELLIS_TYPE_QUADRANT, q->quadrant));
  GtkWidget *prompts_button, *popover, *prompts;

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "swot-title");
  q->count_label = GTK_LABEL (gtk_label_new ("0"));
  gtk_widget_add_css_class (GTK_WIDGET (q->count_label), "swot-count");
  gtk_widget_set_valign (GTK_WIDGET (q->count_label), GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (GTK_WIDGET (q->count_label), TRUE);
  gtk_widget_set_halign (GTK_WIDGET (q->count_label), GTK_ALIGN_START);

  q->sort_button = gtk_button_new_from_icon_name ("view-sort-descending-symbolic");
  gtk_widget_set_tooltip_text (q->sort_button, _("Sort by Votes"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (q->sort_button), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Sort by Votes"), -1);
  gtk_widget_add_css_class (q->sort_button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (q->sort_button), "swot.sort");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (q->sort_button), "i", q->quadrant);

  /* The questions stay at hand once the quadrant has notes. */
  prompts_button = gtk_menu_button_new ();
  popover = gtk_popover_new ();
  prompts = create_prompts (q, _("Questions to Ask"));
  gtk_widget_set_size_request (prompts, 360, -1);
  gtk_popover_set_child (GTK_POPOVER (popover), prompts);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (prompts_button), popover);
  gtk_menu_button_set_label (GTK_MENU_BUTTON (prompts_button), _("Questions"));
  gtk_widget_set_tooltip_text (prompts_button, _("Questions to Ask"));
  gtk_widget_add_css_class (prompts_button, "flat");

  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (q->count_label));
  gtk_box_append (GTK_BOX (box), prompts_button);
  gtk_box_append (GTK_BOX (box), q->sort_button);
  gtk_box_append (GTK_BOX (box), create_menu_button (q));
  return box;
}

static void
create_entry (Quadrant *q)
{
  GtkEventController *controller;
  GtkWidget *box;

  q->entry = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_placeholder_text (q->entry, trellis_swot_quadrant_get_placeholder (q->quadrant));
  gtk_accessible_update_property (GTK_ACCESSIBLE (q->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  trellis_swot_quadrant_get_placeholder (q->quadrant), -1);
  gtk_editable_set_enable_undo (GTK_EDITABLE (q->entry), FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (q->entry), "swot-entry");
  g_signal_connect (q->entry, "activate", G_CALLBACK (on_entry_activate_cb), q);

  q->source_button = gtk_button_new ();
  q->source_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_ellipsize (q->source_label, PANGO_ELLIPSIZE_END);
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (q->source_label));
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("window-close-symbolic"));
  gtk_button_set_child (GTK_BUTTON (q->source_button), box);
  gtk_widget_set_halign (q->source_button, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (q->source_button, _("Add Notes Without This Source"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (q->source_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Add Notes Without This Source"), -1);
  gtk_widget_add_css_class (q->source_button, "swot-tag");
  gtk_widget_add_css_class (q->source_button, "flat");
  gtk_widget_set_visible (q->source_button, FALSE);
  g_signal_connect (q->source_button, "clicked", G_CALLBACK (on_source_button_clicked_cb), q);
  q->source_prompt = -1;
  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_entry_key_pressed_cb), q);
  gtk_widget_add_controller (GTK_WIDGET (q->entry), controller);
}


static GtkWidget *
create_list (Quadrant *q)
{
  TrellisSwotBoard *self = q->board;
  g_autoptr(GtkListItemFactory) factory = create_factory (self);
  GtkNoSelection *selection;

  q->model = trellis_swot_model_new (self->project, q->quadrant);
  /* A grid view of one column, not a list view: GTK 4.8's list view keeps
   * 200 rows alive whatever it shows, the grid view about 30 rows of
   * cells, which made the board four times quicker to show.  And only the
   * first notes, more as the quadrant is scrolled (trellis-scroll-slice.c):
   * a quadrant shows three or four notes, not 30.  Positions in the slice
   * are positions in the model. */
  q->slice = trellis_scroll_slice_new (G_LIST_MODEL (g_object_ref (q->model)), QUADRANT_NOTES_STEP);
  selection = gtk_no_selection_new (G_LIST_MODEL (q->slice));
  q->list_view = GTK_GRID_VIEW (gtk_grid_view_new (GTK_SELECTION_MODEL (selection), g_object_ref (factory)));
  gtk_grid_view_set_min_columns (q->list_view, 1);
  gtk_grid_view_set_max_columns (q->list_view, 1);
  gtk_grid_view_set_single_click_activate (q->list_view, FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (q->list_view), "swot-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (q->list_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  trellis_enum_label (TRELLIS_TYPE_QUADRANT, q->quadrant), -1);
  g_signal_connect (q->list_view, "activate", G_CALLBACK (on_list_view_activate_cb), q);
  _trellis_swot_board_add_paste_shortcut (q);
  g_signal_connect_swapped (q->model, "items-changed", G_CALLBACK (on_model_items_changed_cb), q);

  q->scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (q->scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (q->scrolled), GTK_WIDGET (q->list_view));
  trellis_scroll_slice_follow (q->slice, GTK_WIDGET (q->list_view));
  gtk_widget_set_vexpand (q->scrolled, TRUE);
  return q->scrolled;
}

static GtkWidget *
create_card (Quadrant *q)
{
  GtkWidget *help = gtk_label_new (trellis_swot_quadrant_get_help (q->quadrant));

  q->card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_add_css_class (q->card, "card");
  gtk_widget_add_css_class (q->card, "swot-quadrant");
  gtk_widget_add_css_class (q->card, quadrant_css[q->quadrant]);
  gtk_widget_set_hexpand (q->card, TRUE);
  gtk_widget_set_vexpand (q->card, TRUE);
  gtk_box_append (GTK_BOX (q->card), create_header (q));

  gtk_label_set_xalign (GTK_LABEL (help), 0);
  gtk_label_set_wrap (GTK_LABEL (help), TRUE);
  gtk_widget_add_css_class (help, "swot-help");
  gtk_box_append (GTK_BOX (q->card), help);

  create_entry (q);
  gtk_box_append (GTK_BOX (q->card), GTK_WIDGET (q->entry));
  gtk_box_append (GTK_BOX (q->card), q->source_button);

  /* An empty quadrant shows its questions in place of the list. */
  q->placeholder = create_prompts (q, _("No notes yet. Pick a question to start with:"));
  gtk_widget_set_vexpand (q->placeholder, TRUE);
  gtk_box_append (GTK_BOX (q->card), q->placeholder);
  gtk_box_append (GTK_BOX (q->card), create_list (q));
  update_quadrant_header (q);

  _trellis_swot_board_add_drop_target (q);
  return q->card;
}

static GtkWidget *
create_axis_label (const char *text,
                   gboolean    vertical)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "swot-axis");
  if (vertical)
    {
      /* GTK 4.8 labels cannot turn; one letter per line would not read well
       * either, so the row's name stands on its own, narrow and centred. */
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
      gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
    }
  return label;
}


/* Wide: two by two between the axes; narrow: one column, each card tall
 * enough for a few notes, and the board scrolls. */
static void
place_cards (TrellisSwotBoard *self)
{
  for (guint q = 0; q < N_QUADRANTS; q++)
    {
      GtkWidget *card = self->quadrants[q].card;

      g_object_ref (card);
      gtk_grid_remove (self->grid, card);
      if (self->narrow)
        gtk_grid_attach (self->grid, card, 0, q, 1, 1);
      else
        gtk_grid_attach (self->grid, card, q % 2, q / 2, 1, 1);
      gtk_widget_set_size_request (card, -1, self->narrow ? 420 : -1);
      g_object_unref (card);
    }
  for (guint i = 0; i < G_N_ELEMENTS (self->axes); i++)
    gtk_widget_set_visible (self->axes[i], !self->narrow);
  if (self->narrow)
    gtk_widget_add_css_class (GTK_WIDGET (self), "narrow");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "narrow");
}

static void
build_board (TrellisSwotBoard *self)
{
  GtkWidget *outer = gtk_grid_new ();

  self->scrolled = gtk_scrolled_window_new ();
  self->grid = GTK_GRID (gtk_grid_new ());
  gtk_grid_set_column_spacing (GTK_GRID (outer), 6);
  gtk_grid_set_row_spacing (GTK_GRID (outer), 2);
  gtk_widget_add_css_class (outer, "swot-board");
  gtk_grid_set_row_homogeneous (self->grid, TRUE);
  gtk_grid_set_column_homogeneous (self->grid, TRUE);
  gtk_grid_set_row_spacing (self->grid, 12);
  gtk_grid_set_column_spacing (self->grid, 12);

  for (guint q = 0; q < N_QUADRANTS; q++)
    {
      self->quadrants[q].board = self;
      self->quadrants[q].quadrant = q;
      gtk_grid_attach (self->grid, create_card (&self->quadrants[q]), q % 2, q / 2, 1, 1);
    }

  /* translators: the axes of the SWOT board: columns helpful / harmful, rows internal / external */
  self->axes[0] = create_axis_label (_("Helpful"), FALSE);
  self->axes[1] = create_axis_label (_("Harmful"), FALSE);
  self->axes[2] = create_axis_label (_("Internal"), TRUE);
  self->axes[3] = create_axis_label (_("External"), TRUE);
  gtk_grid_attach (GTK_GRID (outer), self->axes[0], 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (outer), self->axes[1], 2, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (outer), self->axes[2], 0, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (outer), self->axes[3], 0, 2, 1, 1);
  gtk_grid_attach (GTK_GRID (outer), GTK_WIDGET (self->grid), 1, 1, 2, 2);

  /* The board fills the page; only a window too small for the cards
   * scrolls (and the page's stack does not grow for it). */
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scrolled), outer);
  gtk_widget_set_parent (self->scrolled, GTK_WIDGET (self));
}

/* Narrow windows */

static gboolean
relayout_in_idle_cb (gpointer user_data)
{
  TrellisSwotBoard *self = TRELLIS_SWOT_BOARD (user_data);

  self->relayout_source = 0;
  place_cards (self);
  return G_SOURCE_REMOVE;
}

static void
trellis_swot_board_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  TrellisSwotBoard *self = TRELLIS_SWOT_BOARD (widget);

  gtk_widget_measure (self->scrolled, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);
}

/* libadwaita 1.2 has no breakpoints: the board looks at the width it gets
 * and changes its grid after this allocation (changing it during one
 * is not allowed), so a narrow window shows one column from its next frame. */
/* The least width two columns need: two of the widest card's minimum, the
 * axis labels and the spacing, so that no card is cut off (at 800 px, or
 * with longer words in a translation). */
static int
two_columns_min_width (TrellisSwotBoard *self)
{
  int widest = 0;
  int axis = 0;

  for (guint q = 0; q < N_QUADRANTS; q++)
    {
      int min = 0;

      gtk_widget_measure (self->quadrants[q].card, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
      widest = MAX (widest, min);
    }
  /* Hidden in one column, the axes measure 0: their width from when they
   * were shown, or the board would flip between one and two columns at
   * every frame for widths in between (Italian, 1280 px). */
  for (guint i = 0; i < G_N_ELEMENTS (self->axes) && gtk_widget_get_visible (self->axes[0]); i++)
    {
      int min = 0;

      gtk_widget_measure (self->axes[i], GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
      axis = MAX (axis, min);
      self->axis_width = axis;
    }
  return 2 * widest + self->axis_width + 3 * gtk_grid_get_column_spacing (self->grid) + TWO_COLUMN_SLACK;
}

static void
trellis_swot_board_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  TrellisSwotBoard *self = TRELLIS_SWOT_BOARD (widget);
  gboolean narrow = width < MAX (NARROW_WIDTH, two_columns_min_width (self));

  if (narrow != self->narrow)
    {
      self->narrow = narrow;
      if (self->relayout_source == 0)
        self->relayout_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, relayout_in_idle_cb, self, NULL);
    }
  gtk_widget_allocate (self->scrolled, width, height, baseline, NULL);
}

static void
set_editable (TrellisSwotBoard *self,
              gboolean          editable)
{
  static const char * const actions[] = {
    "swot.move-up", "swot.move-down", "swot.move-left", "swot.move-right", "swot.move-to",
    "swot.vote", "swot.delete", "swot.edit", "swot.sort", "swot.paste-notes",
  };
  GHashTableIter iter;
  gpointer note;

  self->editable = editable;
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), actions[i], editable);
  for (guint q = 0; q < N_QUADRANTS; q++)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->quadrants[q].entry), editable);
      if (!editable)
        set_source_prompt (&self->quadrants[q], -1);
      gtk_widget_set_visible (self->quadrants[q].sort_button, editable);
    }
  /* Rows not bound now get the flag when they are. */
  g_hash_table_iter_init (&iter, self->notes);
  while (g_hash_table_iter_next (&iter, NULL, &note))
    trellis_swot_note_set_editable (note, editable);
}

static void
trellis_swot_board_dispose (GObject *object)
{
  TrellisSwotBoard *self = TRELLIS_SWOT_BOARD (object);

  g_clear_handle_id (&self->focus_source, g_source_remove);
  g_clear_handle_id (&self->relayout_source, g_source_remove);
  g_clear_pointer (&self->scrolled, gtk_widget_unparent);
  for (guint q = 0; q < N_QUADRANTS; q++)
    {
      if (self->quadrants[q].model != NULL)
        g_signal_handlers_disconnect_by_data (self->quadrants[q].model, &self->quadrants[q]);
      g_clear_object (&self->quadrants[q].model);
    }
  g_clear_pointer (&self->notes, g_hash_table_unref);
  g_clear_object (&self->focus_item);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (trellis_swot_board_parent_class)->dispose (object);
}

static void
trellis_swot_board_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  TrellisSwotBoard *self = TRELLIS_SWOT_BOARD (object);

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
trellis_swot_board_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  TrellisSwotBoard *self = TRELLIS_SWOT_BOARD (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      self->project = g_value_dup_object (value);
      break;
    case PROP_EDITABLE:
      if (self->editable != g_value_get_boolean (value))
        {
          set_editable (self, g_value_get_boolean (value));
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trellis_swot_board_class_init (TrellisSwotBoardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trellis_swot_board_dispose;
  object_class->get_property = trellis_swot_board_get_property;
  object_class->set_property = trellis_swot_board_set_property;
  widget_class->measure = trellis_swot_board_measure;
  widget_class->size_allocate = trellis_swot_board_size_allocate;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, TRELLIS_TYPE_PROJECT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_EDITABLE] =
    g_param_spec_boolean ("editable", NULL, NULL, TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  _trellis_swot_board_install_actions (widget_class);
}

static void
trellis_swot_board_init (TrellisSwotBoard *self)
{
  self->editable = TRUE;
  self->notes = g_hash_table_new (NULL, NULL);
  _trellis_swot_board_add_shortcuts (self);
}

/**
 * trellis_swot_board_new:
 *
 * Returns: (transfer floating): the view of @project
 */
GtkWidget *
trellis_swot_board_new (TrellisProject *project)
{
  TrellisSwotBoard *self;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);

  self = g_object_new (TRELLIS_TYPE_SWOT_BOARD, "project", project, NULL);
  build_board (self);
  return GTK_WIDGET (self);
}
