/* trellis-canvas-box-widget.c: one box of the canvas: its title, its notes, a way to add one
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The box shows the notes of one version in their order, in columns like
 * the poster, as a grid view over a TrellisCanvasModel: only the cards near
 * the screen exist (TrellisCanvasNoteCard, recycled), a note added, deleted
 * or moved arrives as one items-changed at its place, and an edit of a note
 * redraws its card only.  When they do not fit, the notes scroll within
 * the box.  An empty box shows its guiding prompts (and its title keeps
 * them as a tooltip).  "Add a note…" adds at the end and keeps the focus
 * for the next one; Ctrl+V in the notes, or "Paste as Notes" in the box's
 * menu, adds a note per line of the clipboard's text, as one undo step.
 * Notes dropped on the box go where the line shows; when comparing, the
 * notes the version adds are marked new and the ones it dropped are listed
 * below them, struck through.
 *
 * The wide boxes at the bottom of the poster are low: their entry sits in
 * the title's row, to leave the height to the notes.
 */

#define G_LOG_DOMAIN "trellis-canvas-box-widget"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "trellis-accessible.h"
#include "trellis-canvas-box-widget-private.h"

G_DEFINE_FINAL_TYPE (TrellisCanvasBoxWidget, trellis_canvas_box_widget, GTK_TYPE_WIDGET)

/* Following the model */

static void
update_empty (TrellisCanvasBoxWidget *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->model));
  gboolean removed = gtk_widget_get_visible (self->removed_box);

  gtk_widget_set_visible (self->more_overlay, n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->prompts), n == 0 && !removed);
}

/* A change of the box's notes (an undo, most often) drops the edits in
 * progress of its cards: kept as the card loses the focus, they would be
 * a new step that ends the redo. */
static void
on_model_items_changed_cb (TrellisCanvasBoxWidget *self)
{
  GHashTableIter iter;
  gpointer card;

  g_hash_table_iter_init (&iter, self->cards);
  while (g_hash_table_iter_next (&iter, NULL, &card))
    trellis_canvas_note_card_cancel_editing (card);
  update_empty (self);
}

static void
set_model (TrellisCanvasBoxWidget *self,
           TrellisCanvasModel     *model)
{
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_set_object (&self->model, model);
  g_signal_connect_swapped (model, "items-changed", G_CALLBACK (on_model_items_changed_cb), self);
  gtk_no_selection_set_model (self->selection, G_LIST_MODEL (model));
  update_empty (self);
}

/* The cards */

static void
on_factory_setup_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     TrellisCanvasBoxWidget   *self)
{
  GtkWidget *card = trellis_canvas_note_card_new ();

  trellis_canvas_note_card_set_project (TRELLIS_CANVAS_NOTE_CARD (card), self->project);
  gtk_list_item_set_activatable (list_item, FALSE);
  gtk_list_item_set_selectable (list_item, FALSE);
  gtk_list_item_set_child (list_item, card);
}

static void
on_factory_bind_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    TrellisCanvasBoxWidget   *self)
{
  TrellisCanvasNoteCard *card = TRELLIS_CANVAS_NOTE_CARD (gtk_list_item_get_child (list_item));
  TrellisCanvasNote *note = gtk_list_item_get_item (list_item);

  gtk_widget_set_size_request (GTK_WIDGET (card), self->large ? LARGE_COLUMN_WIDTH : COLUMN_WIDTH, -1);
  trellis_canvas_note_card_set_editable (card, self->editable);
  trellis_canvas_note_card_set_note (card, note);
  trellis_canvas_note_card_set_new (card, g_hash_table_contains (self->added, note));
  g_hash_table_insert (self->cards, note, card);
}

static void
on_factory_unbind_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *list_item,
                      TrellisCanvasBoxWidget   *self)
{
  TrellisCanvasNoteCard *card = TRELLIS_CANVAS_NOTE_CARD (gtk_list_item_get_child (list_item));
  TrellisCanvasNote *note = trellis_canvas_note_card_get_note (card);

  if (note != NULL && g_hash_table_lookup (self->cards, note) == card)
    g_hash_table_remove (self->cards, note);
  trellis_canvas_note_card_set_note (card, NULL);
}

/* Adding */

static void
on_entry_activate_cb (TrellisCanvasBoxWidget *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry))));

  if (!self->editable || text[0] == '\0')
    return;

  trellis_canvas_add_note (self->project, self->version, self->box, text, G_MAXUINT);
  gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
}

/* Construction */

static char *
prompts_text (TrellisCanvasBox box)
{
  const char * const *prompts = trellis_canvas_box_get_prompts (box);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; prompts[i] != NULL; i++)
    g_string_append_printf (text, "%s• %s", i > 0 ? "\n" : "", _(prompts[i]));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
get_rect (TrellisCanvasBoxWidget *self,
          TrellisCanvasRect      *rect)
{
  trellis_canvas_box_get_rect (self->box, rect);
}

static gboolean
is_wide (TrellisCanvasBoxWidget *self)
{
  TrellisCanvasRect rect;

  get_rect (self, &rect);
  return rect.width >= 2 * rect.height;
}

/* The overlay scrollbars hide until hovered, and the low boxes have none:
 * a button says there is more below.  It fades rather than hides, as its
 * state changes while the box is being laid out. */
static void
update_more_button (TrellisCanvasBoxWidget *self)
{
  gboolean more = gtk_adjustment_get_value (self->vadjustment) + gtk_adjustment_get_page_size (self->vadjustment)
                  < gtk_adjustment_get_upper (self->vadjustment) - 1;

  gtk_widget_set_opacity (self->more_button, more ? 1 : 0);
  gtk_widget_set_can_target (self->more_button, more);
}

static void
on_more_clicked_cb (TrellisCanvasBoxWidget *self)
{
  gtk_adjustment_set_value (self->vadjustment,
                            gtk_adjustment_get_value (self->vadjustment)
                            + gtk_adjustment_get_page_size (self->vadjustment) * 0.8);
}

static GtkWidget *
build_more_button (TrellisCanvasBoxWidget *self)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("pan-down-symbolic");
  g_autofree char *more_name = NULL;

  gtk_widget_set_tooltip_text (button, _("Show More Notes"));
  /* translators: the accessible name of the button that scrolls a canvas box; %s is the box */
  more_name = g_strdup_printf (_("Show more notes in “%s”"), trellis_enum_label (TRELLIS_TYPE_CANVAS_BOX, self->box));
  trellis_accessible_set_label (button, more_name);
  gtk_widget_set_focusable (button, FALSE);
  gtk_widget_set_halign (button, GTK_ALIGN_END);
  gtk_widget_set_valign (button, GTK_ALIGN_END);
  gtk_widget_add_css_class (button, "osd");
  gtk_widget_add_css_class (button, "circular");
  gtk_widget_add_css_class (button, "canvas-more");
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (on_more_clicked_cb), self);
  return button;
}

/* A grid view of as many columns as the box's share of the poster takes
 * (the view keeps rows of cards for about 30 rows of its widest layout,
 * so no more columns than that), scrolling within the box. */
static GtkWidget *
build_notes (TrellisCanvasBoxWidget *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkShortcutController *shortcuts;
  TrellisCanvasRect rect;

  g_signal_connect (factory, "setup", G_CALLBACK (on_factory_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_factory_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_factory_unbind_cb), self);
  self->selection = gtk_no_selection_new (NULL);
  self->grid = GTK_GRID_VIEW (gtk_grid_view_new (GTK_SELECTION_MODEL (g_object_ref (self->selection)),
                                                 g_object_ref (factory)));
  get_rect (self, &rect);
  gtk_grid_view_set_max_columns (self->grid, CLAMP ((guint) round (rect.width * 5), 1, 4));
  gtk_widget_add_css_class (GTK_WIDGET (self->grid), "canvas-notes");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->grid), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  trellis_enum_label (TRELLIS_TYPE_CANVAS_BOX, self->box), -1);
  shortcuts = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
  gtk_shortcut_controller_add_shortcut (shortcuts,
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_v, GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("box.paste-notes")));
  gtk_widget_add_controller (GTK_WIDGET (self->grid), GTK_EVENT_CONTROLLER (shortcuts));

  self->scroller = gtk_scrolled_window_new ();
  /* A scrollbar asks for more height than the low boxes have: they scroll
   * with the wheel, touch or the focus. */
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller), GTK_POLICY_NEVER,
                                  is_wide (self) ? GTK_POLICY_EXTERNAL : GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), GTK_WIDGET (self->grid));
  self->vadjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller));
  g_signal_connect_object (self->vadjustment, "changed", G_CALLBACK (update_more_button), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->vadjustment, "value-changed", G_CALLBACK (update_more_button), self,
                           G_CONNECT_SWAPPED);

  self->more_button = build_more_button (self);
  self->more_overlay = gtk_overlay_new ();
  gtk_overlay_set_child (GTK_OVERLAY (self->more_overlay), self->scroller);
  gtk_overlay_add_overlay (GTK_OVERLAY (self->more_overlay), self->more_button);
  gtk_widget_set_vexpand (self->more_overlay, TRUE);
  update_more_button (self);
  return self->more_overlay;
}

static GtkWidget *
build_content (TrellisCanvasBoxWidget *self)
{
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *removed_scroller = gtk_scrolled_window_new ();
  g_autofree char *prompts = prompts_text (self->box);

  self->prompts = GTK_LABEL (gtk_label_new (prompts));
  gtk_label_set_wrap (self->prompts, TRUE);
  gtk_label_set_xalign (self->prompts, 0);
  gtk_label_set_yalign (self->prompts, 0);
  gtk_widget_set_vexpand (GTK_WIDGET (self->prompts), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->prompts), "canvas-prompts");
  self->removed_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_set_visible (self->removed_box, FALSE);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (removed_scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (removed_scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (removed_scroller), 120);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (removed_scroller), self->removed_box);
  g_object_bind_property (self->removed_box, "visible", removed_scroller, "visible", G_BINDING_SYNC_CREATE);

  gtk_box_append (GTK_BOX (content), build_notes (self));
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->prompts));
  gtk_box_append (GTK_BOX (content), removed_scroller);
  gtk_widget_set_vexpand (content, TRUE);
  return content;
}

static GtkWidget *
build_menu_button (TrellisCanvasBoxWidget *self)
{
  GtkWidget *button = gtk_menu_button_new ();
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autofree char *name = NULL;
  g_autoptr(GMenuItem) paste = g_menu_item_new (_("_Paste as Notes"), "box.paste-notes");

  g_menu_item_set_attribute (paste, "accel", "s", "<Control>v");
  g_menu_append_item (menu, paste);
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_widget_set_tooltip_text (button, _("Box Menu"));
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "box-menu");
  /* translators: the accessible name of a canvas box's menu button; %s is the box */
  name = g_strdup_printf (_("Menu of “%s”"), trellis_enum_label (TRELLIS_TYPE_CANVAS_BOX, self->box));
  trellis_accessible_set_label (button, name);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "canvas-box-menu");
  return button;
}

static void
build_entry (TrellisCanvasBoxWidget *self)
{
  self->entry = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_placeholder_text (self->entry, _("Add a note…"));
  gtk_editable_set_width_chars (GTK_EDITABLE (self->entry), 6);
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->entry), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  trellis_enum_label (TRELLIS_TYPE_CANVAS_BOX, self->box), -1);
  gtk_widget_add_css_class (GTK_WIDGET (self->entry), "canvas-add-entry");
  g_signal_connect_swapped (self->entry, "activate", G_CALLBACK (on_entry_activate_cb), self);
}

static void
build_children (TrellisCanvasBoxWidget *self)
{
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autofree char *prompts = prompts_text (self->box);

  self->title = GTK_LABEL (gtk_label_new (trellis_enum_label (TRELLIS_TYPE_CANVAS_BOX, self->box)));
  gtk_label_set_xalign (self->title, 0);
  gtk_label_set_wrap (self->title, TRUE);
  /* A long word breaks in a narrow window rather than widen the canvas
   * past it (five boxes side by side at 800 px). */
  gtk_label_set_wrap_mode (self->title, PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (GTK_WIDGET (self->title), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->title), "canvas-box-title");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->title), prompts);
  build_entry (self);

  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->title));
  gtk_box_append (GTK_BOX (column), header);
  gtk_box_append (GTK_BOX (column), build_content (self));
  if (is_wide (self))
    {
      gtk_widget_set_size_request (GTK_WIDGET (self->entry), WIDE_ENTRY_WIDTH, -1);
      gtk_widget_set_valign (GTK_WIDGET (self->entry), GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->entry));
    }
  else
    gtk_box_append (GTK_BOX (column), GTK_WIDGET (self->entry));
  gtk_box_append (GTK_BOX (header), build_menu_button (self));
  gtk_widget_set_parent (column, GTK_WIDGET (self));
}

static void
trellis_canvas_box_widget_dispose (GObject *object)
{
  TrellisCanvasBoxWidget *self = TRELLIS_CANVAS_BOX_WIDGET (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);
  g_clear_object (&self->selection);
  g_clear_object (&self->focus_note);
  g_clear_object (&self->version);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (trellis_canvas_box_widget_parent_class)->dispose (object);
}

static void
trellis_canvas_box_widget_finalize (GObject *object)
{
  TrellisCanvasBoxWidget *self = TRELLIS_CANVAS_BOX_WIDGET (object);

  g_clear_pointer (&self->cards, g_hash_table_unref);
  g_clear_pointer (&self->added, g_hash_table_unref);

  G_OBJECT_CLASS (trellis_canvas_box_widget_parent_class)->finalize (object);
}

static void
trellis_canvas_box_widget_class_init (TrellisCanvasBoxWidgetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trellis_canvas_box_widget_dispose;
  object_class->finalize = trellis_canvas_box_widget_finalize;
  _trellis_canvas_box_widget_class_add_actions (widget_class);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "canvasbox");
}

static void
trellis_canvas_box_widget_init (TrellisCanvasBoxWidget *self)
{
  self->editable = TRUE;
  self->cards = g_hash_table_new (NULL, NULL);
  self->added = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self), "canvas-box");
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  _trellis_canvas_box_widget_add_drop_target (self);
}

/**
 * trellis_canvas_box_widget_new:
 *
 * Returns: (transfer floating): the box @box of @project's canvas, showing
 *   the as-is version until told otherwise
 */
GtkWidget *
trellis_canvas_box_widget_new (TrellisProject   *project,
                               TrellisCanvasBox  box)
{
  TrellisCanvasBoxWidget *self;
  g_autoptr(TrellisCanvasModel) model = NULL;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);

  self = g_object_new (TRELLIS_TYPE_CANVAS_BOX_WIDGET, NULL);
  self->project = g_object_ref (project);
  self->box = box;
  build_children (self);
  model = trellis_canvas_model_new (project, NULL, box);
  set_model (self, model);
  return GTK_WIDGET (self);
}

TrellisCanvasBox
trellis_canvas_box_widget_get_box (TrellisCanvasBoxWidget *self)
{
  g_return_val_if_fail (TRELLIS_IS_CANVAS_BOX_WIDGET (self), 0);

  return self->box;
}

/**
 * trellis_canvas_box_widget_set_version:
 * @version: (nullable): the version to show, %NULL for the as-is canvas
 */
void
trellis_canvas_box_widget_set_version (TrellisCanvasBoxWidget *self,
                                       TrellisCanvasVersion   *version)
{
  g_autoptr(TrellisCanvasModel) model = NULL;

  g_return_if_fail (TRELLIS_IS_CANVAS_BOX_WIDGET (self));

  if (self->version == version)
    return;
  g_set_object (&self->version, version);
  model = trellis_canvas_model_new (self->project, version, self->box);
  set_model (self, model);
}

/**
 * trellis_canvas_box_widget_get_model:
 *
 * Returns: (transfer none): the notes the box shows, a #TrellisCanvasModel
 */
GListModel *
trellis_canvas_box_widget_get_model (TrellisCanvasBoxWidget *self)
{
  g_return_val_if_fail (TRELLIS_IS_CANVAS_BOX_WIDGET (self), NULL);

  return G_LIST_MODEL (self->model);
}

static void
show_removed (TrellisCanvasBoxWidget *self,
              GPtrArray              *removed)
{
  GtkWidget *child, *heading;

  while ((child = gtk_widget_get_first_child (self->removed_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->removed_box), child);
  gtk_widget_set_visible (self->removed_box, removed != NULL && removed->len > 0);
  if (removed == NULL || removed->len == 0)
    return;

  /* translators: above the notes of a box that the shown version no longer has */
  heading = gtk_label_new (_("Removed"));
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "canvas-removed-heading");
  gtk_box_append (GTK_BOX (self->removed_box), heading);
  for (guint i = 0; i < removed->len; i++)
    {
      TrellisCanvasChange *change = removed->pdata[i];
      GtkWidget *label = gtk_label_new (change->text);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "canvas-removed-note");
      gtk_box_append (GTK_BOX (self->removed_box), label);
    }
}

/**
 * trellis_canvas_box_widget_update:
 * @added: (nullable) (element-type TrellisCanvasNote): the notes to mark new
 * @removed: (nullable) (element-type TrellisCanvasChange): the notes of
 *   this box that the version compared with has and this one does not
 *
 * Shows what a comparison of versions found: the cards shown now are
 * marked at once, the others when they are shown.
 */
void
trellis_canvas_box_widget_update (TrellisCanvasBoxWidget *self,
                                  GPtrArray              *added,
                                  GPtrArray              *removed)
{
  GHashTableIter iter;
  gpointer note, card;

  g_return_if_fail (TRELLIS_IS_CANVAS_BOX_WIDGET (self));

  g_hash_table_remove_all (self->added);
  for (guint i = 0; added != NULL && i < added->len; i++)
    g_hash_table_add (self->added, g_object_ref (added->pdata[i]));
  g_hash_table_iter_init (&iter, self->cards);
  while (g_hash_table_iter_next (&iter, &note, &card))
    trellis_canvas_note_card_set_new (card, g_hash_table_contains (self->added, note));
  show_removed (self, removed);
  update_empty (self);
}

/**
 * trellis_canvas_box_widget_set_editable:
 *
 * Whether notes can be added, edited, moved and deleted here.
 */
void
trellis_canvas_box_widget_set_editable (TrellisCanvasBoxWidget *self,
                                        gboolean                editable)
{
  GHashTableIter iter;
  gpointer card;

  g_return_if_fail (TRELLIS_IS_CANVAS_BOX_WIDGET (self));

  self->editable = editable;
  gtk_widget_set_visible (GTK_WIDGET (self->entry), editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "box.paste-notes", editable);
  /* Cards not bound now get the flag when they are. */
  g_hash_table_iter_init (&iter, self->cards);
  while (g_hash_table_iter_next (&iter, NULL, &card))
    trellis_canvas_note_card_set_editable (card, editable);
}

void
trellis_canvas_box_widget_set_large (TrellisCanvasBoxWidget *self,
                                     gboolean                large)
{
  GHashTableIter iter;
  gpointer card;

  g_return_if_fail (TRELLIS_IS_CANVAS_BOX_WIDGET (self));

  self->large = large;
  g_hash_table_iter_init (&iter, self->cards);
  while (g_hash_table_iter_next (&iter, NULL, &card))
    gtk_widget_set_size_request (card, large ? LARGE_COLUMN_WIDTH : COLUMN_WIDTH, -1);
}

/**
 * trellis_canvas_box_widget_get_entry:
 *
 * Returns: (transfer none): the entry that adds a note
 */
GtkEditable *
trellis_canvas_box_widget_get_entry (TrellisCanvasBoxWidget *self)
{
  g_return_val_if_fail (TRELLIS_IS_CANVAS_BOX_WIDGET (self), NULL);

  return GTK_EDITABLE (self->entry);
}

/**
 * trellis_canvas_box_widget_get_list:
 *
 * Returns: (transfer none): the grid view of the notes
 */
GtkWidget *
trellis_canvas_box_widget_get_list (TrellisCanvasBoxWidget *self)
{
  g_return_val_if_fail (TRELLIS_IS_CANVAS_BOX_WIDGET (self), NULL);

  return GTK_WIDGET (self->grid);
}

/**
 * trellis_canvas_box_widget_get_n_cards:
 *
 * Returns: how many notes the box lists (not all have a card at a time)
 */
guint
trellis_canvas_box_widget_get_n_cards (TrellisCanvasBoxWidget *self)
{
  g_return_val_if_fail (TRELLIS_IS_CANVAS_BOX_WIDGET (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->model));
}

/**
 * trellis_canvas_box_widget_get_card:
 *
 * Returns: (transfer none) (nullable): the card of the @index-th note, if
 *   the view has made it
 */
TrellisCanvasNoteCard *
trellis_canvas_box_widget_get_card (TrellisCanvasBoxWidget *self,
                                    guint                   index)
{
  g_autoptr(TrellisCanvasNote) note = NULL;

  g_return_val_if_fail (TRELLIS_IS_CANVAS_BOX_WIDGET (self), NULL);

  note = g_list_model_get_item (G_LIST_MODEL (self->model), index);
  return note != NULL ? g_hash_table_lookup (self->cards, note) : NULL;
}

/**
 * trellis_canvas_box_widget_find_card:
 *
 * Returns: (transfer none) (nullable): the card of @note, if the box shows it
 */
TrellisCanvasNoteCard *
trellis_canvas_box_widget_find_card (TrellisCanvasBoxWidget *self,
                                     TrellisCanvasNote      *note)
{
  g_return_val_if_fail (TRELLIS_IS_CANVAS_BOX_WIDGET (self), NULL);

  return g_hash_table_lookup (self->cards, note);
}

/**
 * trellis_canvas_box_widget_get_n_removed:
 *
 * Returns: how many removed notes the box lists while comparing
 */
guint
trellis_canvas_box_widget_get_n_removed (TrellisCanvasBoxWidget *self)
{
  guint n = 0;

  g_return_val_if_fail (TRELLIS_IS_CANVAS_BOX_WIDGET (self), 0);

  for (GtkWidget *child = gtk_widget_get_first_child (self->removed_box);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_has_css_class (child, "canvas-removed-note"))
      n++;
  return n;
}

/**
 * trellis_canvas_box_widget_get_drop_target:
 *
 * Returns: (transfer none): the target that takes dropped notes
 */
GtkDropTarget *
trellis_canvas_box_widget_get_drop_target (TrellisCanvasBoxWidget *self)
{
  g_return_val_if_fail (TRELLIS_IS_CANVAS_BOX_WIDGET (self), NULL);

  return self->drop_target;
}

