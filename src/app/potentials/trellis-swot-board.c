/* trellis-swot-board.c: the SWOT board: four quadrants of notes
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A view of a step's tool page (TrellisToolPage). Like every such view it
 * has an "editable" property, which the page sets for read-only projects.
 *
 * Internal quadrants on top, external below; helpful on the left, harmful
 * on the right.  Each quadrant is a card with an entry that adds a note on
 * Enter and a list of the notes (TrellisSwotNote).  The "swot." actions do
 * every change through src/core/rules/trellis-swot.c; the lists follow the model
 * (after edits, undo and redo alike) on the project's "changed" signal.
 */

#define G_LOG_DOMAIN "trellis-swot-board"

#include "config.h"

#include <glib/gi18n.h>

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

/* Following the model */

static TrellisSwotNote *
find_note (TrellisSwotBoard *self,
           TrellisSwotItem  *item)
{
  TrellisSwotNote *note = g_hash_table_lookup (self->notes, item);

  if (note == NULL)
    {
      note = TRELLIS_SWOT_NOTE (trellis_swot_note_new (self->project, item));
      g_hash_table_insert (self->notes, g_object_ref (item), g_object_ref_sink (note));
    }

  return note;
}

/* Whether @list shows exactly @items, in order. */
static gboolean
shows_items (GtkListBox *list,
             GPtrArray  *items)
{
  guint i = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!TRELLIS_IS_SWOT_NOTE (child))
        continue;
      if (i >= items->len || trellis_swot_note_get_item (TRELLIS_SWOT_NOTE (child)) != items->pdata[i])
        return FALSE;
      i++;
    }

  return i == items->len;
}

static void
remove_notes (GtkListBox *list)
{
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list));

  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      if (TRELLIS_IS_SWOT_NOTE (child))
        gtk_list_box_remove (list, child);
      child = next;
    }
}

static void
update_quadrant_header (Quadrant *q,
                        guint     n_items)
{
  g_autofree char *count = g_strdup_printf ("%u", n_items);

  gtk_label_set_label (q->count_label, count);
  gtk_widget_set_sensitive (q->sort_button, n_items > 1);
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

static gboolean
remove_if_unparented (gpointer key,
                      gpointer value,
                      gpointer user_data)
{
  return gtk_widget_get_parent (value) == NULL;
}

static void
sync_notes (TrellisSwotBoard *self)
{
  GPtrArray *items[N_QUADRANTS];
  gboolean changed[N_QUADRANTS];
  g_autoptr(TrellisSwotItem) focus_item = NULL;

  focus_item = g_steal_pointer (&self->focus_item);
  if (focus_item == NULL && _trellis_swot_board_get_focused_item (self) != NULL)
    focus_item = g_object_ref (_trellis_swot_board_get_focused_item (self));

  /* Take out every note of a quadrant that changed first, so that a note
   * moving from one quadrant to another is free to join its new list. */
  for (guint q = 0; q < N_QUADRANTS; q++)
    {
      items[q] = trellis_swot_list_quadrant (self->project, q);
      changed[q] = !shows_items (self->quadrants[q].list, items[q]);
      if (changed[q])
        {
          /* A focused row taken out would pass the focus on to its list
           * later, after it was given back to the note. */
          if (focus_item != NULL && _trellis_swot_board_get_focused_item (self) == focus_item)
            gtk_root_set_focus (gtk_widget_get_root (GTK_WIDGET (self)), NULL);
          remove_notes (self->quadrants[q].list);
        }
    }

  for (guint q = 0; q < N_QUADRANTS; q++)
    {
      for (guint i = 0; i < items[q]->len; i++)
        {
          TrellisSwotNote *note = find_note (self, items[q]->pdata[i]);

          if (changed[q])
            gtk_list_box_append (self->quadrants[q].list, GTK_WIDGET (note));
          trellis_swot_note_set_editable (note, self->editable);
          trellis_swot_note_update (note);
        }
      update_quadrant_header (&self->quadrants[q], items[q]->len);
      g_ptr_array_unref (items[q]);
    }

  g_hash_table_foreach_remove (self->notes, remove_if_unparented, NULL);

  if (focus_item != NULL)
    {
      TrellisSwotNote *note = g_hash_table_lookup (self->notes, focus_item);

      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

      /* A note that changed lists lost the focus; its row may still think it has it. */
      if (note != NULL && root != NULL && gtk_root_get_focus (root) != GTK_WIDGET (note)
          && !trellis_swot_note_is_editing (note))
        gtk_widget_grab_focus (GTK_WIDGET (note));
    }
}

static gboolean
sync_in_idle_cb (gpointer user_data)
{
  TrellisSwotBoard *self = TRELLIS_SWOT_BOARD (user_data);

  self->sync_source = 0;
  sync_notes (self);
  return G_SOURCE_REMOVE;
}

void
_trellis_swot_board_queue_sync (TrellisSwotBoard *self)
{
  /* Before the next frame's layout, once for the many changes of one step. */
  if (self->sync_source == 0)
    self->sync_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, sync_in_idle_cb, self, NULL);
}

static void
on_project_changed_cb (TrellisSwotBoard *self,
                       TrellisItem      *item)
{
  if (TRELLIS_IS_SWOT_ITEM (item) || TRELLIS_IS_TOWS_STRATEGY (item))
    _trellis_swot_board_queue_sync (self);
}

/* Adding notes */

static void
on_entry_activate_cb (GtkEntry *entry,
                      Quadrant *q)
{
  TrellisSwotBoard *self = q->board;
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  if (!self->editable || *text == '\0')
    return;

  if (q->source_prompt >= 0)
    {
      TrellisHistory *history = trellis_project_get_history (self->project);
      TrellisSourceKind kind;
      const char *source;
      TrellisSwotItem *item;

      trellis_swot_get_prompt (q->quadrant, q->source_prompt, &kind, &source);
      trellis_history_begin_group (history, _("Add Note"));
      item = trellis_swot_add_item (self->project, q->quadrant, text, G_MAXUINT);
      trellis_swot_item_set_source_kind (item, kind);
      trellis_swot_item_set_source (item, source);
      trellis_history_end_group (history);
    }
  else
    trellis_swot_add_item (self->project, q->quadrant, text, G_MAXUINT);
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  /* The entry keeps the focus for the next note. */
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

static void
on_row_activated_cb (GtkListBox    *list,
                     GtkListBoxRow *row,
                     Quadrant      *q)
{
  if (TRELLIS_IS_SWOT_NOTE (row) && q->board->editable)
    trellis_swot_note_start_editing (TRELLIS_SWOT_NOTE (row));
}

/* Building the board */

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
      g_object_set_data (G_OBJECT (button), "prompt", GINT_TO_POINTER (i));
      g_signal_connect (button, "clicked", G_CALLBACK (on_prompt_clicked_cb), q);
      gtk_box_append (GTK_BOX (box), button);
    }

  return box;
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
create_card (Quadrant *q)
{
  GtkWidget *help = gtk_label_new (trellis_swot_quadrant_get_help (q->quadrant));
  GtkWidget *scrolled = gtk_scrolled_window_new ();

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

  q->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (q->list, GTK_SELECTION_NONE);
  gtk_list_box_set_activate_on_single_click (q->list, FALSE);
  gtk_list_box_set_placeholder (q->list, create_prompts (q, _("No notes yet. Pick a question to start with:")));
  gtk_widget_add_css_class (GTK_WIDGET (q->list), "swot-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (q->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  trellis_enum_label (TRELLIS_TYPE_QUADRANT, q->quadrant), -1);
  g_signal_connect (q->list, "row-activated", G_CALLBACK (on_row_activated_cb), q);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (q->list));
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (q->card), scrolled);

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

static void
build_board (TrellisSwotBoard *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *outer = gtk_grid_new ();
  GtkWidget *grid = gtk_grid_new ();

  gtk_grid_set_column_spacing (GTK_GRID (outer), 6);
  gtk_grid_set_row_spacing (GTK_GRID (outer), 2);
  gtk_widget_add_css_class (outer, "swot-board");
  gtk_grid_set_row_homogeneous (GTK_GRID (grid), TRUE);
  gtk_grid_set_column_homogeneous (GTK_GRID (grid), TRUE);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);

  for (guint q = 0; q < N_QUADRANTS; q++)
    {
      self->quadrants[q].board = self;
      self->quadrants[q].quadrant = q;
      gtk_grid_attach (GTK_GRID (grid), create_card (&self->quadrants[q]), q % 2, q / 2, 1, 1);
    }

  /* translators: the axes of the SWOT board: columns helpful / harmful, rows internal / external */
  gtk_grid_attach (GTK_GRID (outer), create_axis_label (_("Helpful"), FALSE), 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (outer), create_axis_label (_("Harmful"), FALSE), 2, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (outer), create_axis_label (_("Internal"), TRUE), 0, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (outer), create_axis_label (_("External"), TRUE), 0, 2, 1, 1);
  gtk_grid_attach (GTK_GRID (outer), grid, 1, 1, 2, 2);

  /* The board fills the page; only a window too narrow for two cards side
   * by side scrolls (and the page's stack does not grow for it). */
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), outer);
  gtk_widget_set_parent (scrolled, GTK_WIDGET (self));
}

static void
set_editable (TrellisSwotBoard *self,
              gboolean          editable)
{
  static const char * const actions[] = {
    "swot.move-up", "swot.move-down", "swot.move-left", "swot.move-right", "swot.move-to",
    "swot.vote", "swot.delete", "swot.edit", "swot.sort",
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
  g_hash_table_iter_init (&iter, self->notes);
  while (g_hash_table_iter_next (&iter, NULL, &note))
    trellis_swot_note_set_editable (note, editable);
}

static void
trellis_swot_board_dispose (GObject *object)
{
  TrellisSwotBoard *self = TRELLIS_SWOT_BOARD (object);
  GtkWidget *child;

  g_clear_handle_id (&self->sync_source, g_source_remove);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
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

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, TRELLIS_TYPE_PROJECT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_EDITABLE] =
    g_param_spec_boolean ("editable", NULL, NULL, TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  _trellis_swot_board_install_actions (widget_class);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
trellis_swot_board_init (TrellisSwotBoard *self)
{
  self->editable = TRUE;
  self->notes = g_hash_table_new_full (NULL, NULL, g_object_unref, g_object_unref);
  build_board (self);
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
  g_signal_connect_object (project, "changed", G_CALLBACK (on_project_changed_cb), self, G_CONNECT_SWAPPED);
  sync_notes (self);
  return GTK_WIDGET (self);
}

