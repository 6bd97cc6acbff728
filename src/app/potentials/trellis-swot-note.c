/* trellis-swot-note.c: one note on the SWOT board
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The row of a quadrant's list view: the text (edited in place on
 * double-click, Enter or F2), its source tag, how many TOWS strategies use
 * it, its votes with a button to add one, and a menu with the details.
 * The list view recycles rows: trellis_swot_note_set_item() binds one to
 * another note, and each part of the row follows its field by notify::,
 * so an edit redraws only what shows that field.  Every change goes
 * through the "swot." actions of the board or a binding recorded in the
 * project's history.
 */

#define G_LOG_DOMAIN "trellis-swot-note"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-app-utils.h"
#include "trellis-swot-note-private.h"


G_DEFINE_FINAL_TYPE (TrellisSwotNote, trellis_swot_note, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];


/* In-place editing of the text */

static void
stop_editing (TrellisSwotNote *self,
              gboolean         commit)
{
  g_autofree char *text = NULL;
  GtkRoot *root;
  GtkWidget *focus;

  if (!trellis_swot_note_is_editing (self))
    return;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->text_entry))));
  gtk_stack_set_visible_child_name (self->text_stack, "label");
  /* The focus stays on the note, unless it went elsewhere already. */
  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->text_entry)))
    gtk_widget_grab_focus (GTK_WIDGET (self));

  if (commit && self->editable && *text != '\0'
      && g_strcmp0 (text, trellis_swot_item_get_text (self->item)) != 0)
    {
      trellis_history_seal (trellis_project_get_history (self->project));
      trellis_swot_item_set_text (self->item, text);
      trellis_history_seal (trellis_project_get_history (self->project));
    }
}

static void
on_text_entry_activate_cb (TrellisSwotNote *self)
{
  stop_editing (self, TRUE);
}

static gboolean
on_entry_key_pressed_cb (GtkEventControllerKey *controller,
                         guint                  keyval,
                         guint                  keycode,
                         GdkModifierType        state,
                         TrellisSwotNote       *self)
{
  if (keyval != GDK_KEY_Escape)
    return FALSE;

  stop_editing (self, FALSE);
  return TRUE;
}

static void
on_entry_focus_leave_cb (TrellisSwotNote *self)
{
  stop_editing (self, TRUE);
}

/* The entry is made for the first edit only: most rows are never edited,
 * and a list view makes hundreds of rows. */
static void
ensure_entry (TrellisSwotNote *self)
{
  GtkEventController *controller;

  if (self->text_entry != NULL)
    return;

  self->text_entry = GTK_ENTRY (gtk_entry_new ());
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->text_entry), FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->text_entry), "swot-note-text");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Text of the Note"), -1);
  g_signal_connect_swapped (self->text_entry, "activate", G_CALLBACK (on_text_entry_activate_cb), self);
  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_entry_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_entry), controller);
  controller = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (on_entry_focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_entry), controller);
  gtk_stack_add_named (self->text_stack, GTK_WIDGET (self->text_entry), "entry");
}

gboolean
trellis_swot_note_is_editing (TrellisSwotNote *self)
{
  g_return_val_if_fail (TRELLIS_IS_SWOT_NOTE (self), FALSE);

  return g_strcmp0 (gtk_stack_get_visible_child_name (self->text_stack), "entry") == 0;
}

void
trellis_swot_note_start_editing (TrellisSwotNote *self)
{
  g_return_if_fail (TRELLIS_IS_SWOT_NOTE (self));

  if (!self->editable || self->item == NULL || trellis_swot_note_is_editing (self))
    return;

  ensure_entry (self);
  gtk_editable_set_text (GTK_EDITABLE (self->text_entry),
                         trellis_swot_item_get_text (self->item));
  gtk_stack_set_visible_child_name (self->text_stack, "entry");
  gtk_widget_grab_focus (GTK_WIDGET (self->text_entry));
  /* Most edits fix a word or add one: start at the end, not with all selected. */
  gtk_editable_set_position (GTK_EDITABLE (self->text_entry), -1);
}

/* Dragging */

static GdkContentProvider *
on_drag_prepare_cb (GtkDragSource   *source,
                    double           x,
                    double           y,
                    TrellisSwotNote *self)
{
  if (!self->editable || self->item == NULL || trellis_swot_note_is_editing (self))
    return NULL;

  return gdk_content_provider_new_typed (TRELLIS_TYPE_SWOT_ITEM, self->item);
}

static void
on_drag_begin_cb (GtkDragSource   *source,
                  GdkDrag         *drag,
                  TrellisSwotNote *self)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (self));

  gtk_drag_source_set_icon (source, paintable, 12, 12);
  gtk_widget_add_css_class (GTK_WIDGET (self), "dragged");
}

static void
on_drag_end_cb (GtkDragSource   *source,
                GdkDrag         *drag,
                gboolean         delete_data,
                TrellisSwotNote *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self), "dragged");
}

/* What the row shows */

/* A heading, then one item per line. */
static void
append_names (GString    *text,
              const char *heading,
              GPtrArray  *items)
{
  if (items->len == 0)
    return;

  g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", heading);
  for (guint i = 0; i < items->len; i++)
    {
      g_autofree char *name = trellis_item_dup_label (items->pdata[i]);

      g_string_append_printf (text, "\n• %s", name);
    }
}

/* Where the note leads: its TOWS strategies and goals, in the row and its tooltip. */
static void
show_links (TrellisSwotNote *self)
{
  g_autoptr(GPtrArray) strategies = trellis_tows_list_strategies_for (self->project, self->item);
  g_autoptr(GPtrArray) goals = trellis_item_list_goals (self->project, TRELLIS_ITEM (self->item));
  g_autoptr(GString) tooltip = g_string_new (NULL);
  g_autofree char *in_strategies = NULL;
  g_autofree char *for_goals = NULL;
  g_autofree char *count = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->tows_label), strategies->len > 0 || goals->len > 0);
  if (strategies->len == 0 && goals->len == 0)
    return;

  /* translators: how many TOWS strategies use a SWOT note */
  in_strategies = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "In %u strategy", "In %u strategies",
                                                strategies->len), strategies->len);
  /* translators: how many goals come from a SWOT note */
  for_goals = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u goal", "%u goals", goals->len), goals->len);
  if (strategies->len > 0 && goals->len > 0)
    count = g_strdup_printf ("%s · %s", in_strategies, for_goals);
  else
    count = g_strdup (strategies->len > 0 ? in_strategies : for_goals);
  gtk_label_set_label (self->tows_label, count);

  /* translators: a tooltip; a list of TOWS strategies follows, one per line */
  append_names (tooltip, _("Used in these TOWS strategies:"), strategies);
  /* translators: a tooltip; a list of goals follows, one per line */
  append_names (tooltip, _("Goals that come from it:"), goals);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->tows_label), tooltip->str);
}

/* What the row shows, one part per field */

static void
show_text (TrellisSwotNote *self)
{
  const char *text = trellis_swot_item_get_text (self->item);

  gtk_label_set_label (self->text_label, text);
  /* A screen reader names the row by its note. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

static void
show_source (TrellisSwotNote *self)
{
  g_autofree char *tag = trellis_swot_item_dup_source_tag (self->item);

  gtk_label_set_label (self->tag_label, tag != NULL ? tag : "");
  gtk_widget_set_visible (GTK_WIDGET (self->tag_label), tag != NULL);
}

static void
show_note (TrellisSwotNote *self)
{
  const char *note = trellis_swot_item_get_note (self->item);

  gtk_widget_set_visible (GTK_WIDGET (self->note_icon), note != NULL && *note != '\0');
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->note_icon), note);
}

static void
show_votes (TrellisSwotNote *self)
{
  int n = trellis_swot_item_get_votes (self->item);
  g_autofree char *votes = g_strdup_printf ("%d", n);
  /* translators: the tooltip and accessible name of a note's vote count */
  g_autofree char *tooltip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d vote", "%d votes", n), n);

  gtk_label_set_label (self->votes_label, votes);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->votes_label), tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->votes_label), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
}

/* While a round is open the badge gives dots, and the counter and its
 * button step aside. */
static void
show_vote_controls (TrellisSwotNote *self)
{
  gboolean voting = gtk_widget_get_visible (GTK_WIDGET (self->vote_badge));

  gtk_widget_set_visible (GTK_WIDGET (self->votes_label), !voting);
  gtk_widget_set_visible (self->vote_button, self->editable && !voting);
}

/* Only strategies and goals change what the row says about its links. */
static void
on_project_changed_cb (TrellisSwotNote *self,
                       TrellisItem     *item)
{
  if (TRELLIS_IS_TOWS_STRATEGY (item) || TRELLIS_IS_GOAL (item))
    show_links (self);
}

/**
 * trellis_swot_note_update:
 *
 * Shows the note's current text, source, votes, strategies and goals.
 */
void
trellis_swot_note_update (TrellisSwotNote *self)
{
  g_return_if_fail (TRELLIS_IS_SWOT_NOTE (self));

  if (self->item == NULL)
    return;
  show_text (self);
  show_source (self);
  show_note (self);
  show_links (self);
  show_votes (self);
}

static void
disconnect_item (TrellisSwotNote *self)
{
  if (self->item == NULL)
    return;

  stop_editing (self, TRUE);
  trellis_vote_badge_set_item (self->vote_badge, NULL);
  g_signal_handlers_disconnect_by_data (self->item, self);
  g_signal_handlers_disconnect_by_func (self->project, on_project_changed_cb, self);
  /* The details were of the old note: made again on the next click. */
  if (gtk_menu_button_get_popover (self->menu_button) != NULL)
    {
      gtk_menu_button_popdown (self->menu_button);
      gtk_menu_button_set_popover (self->menu_button, NULL);
    }
  g_clear_object (&self->item);
}

static void
connect_item (TrellisSwotNote *self)
{
  const char *uuid = trellis_item_get_uuid (TRELLIS_ITEM (self->item));

  g_signal_connect_swapped (self->item, "notify::" TRELLIS_SWOT_ITEM_PROP_TEXT, G_CALLBACK (show_text), self);
  g_signal_connect_swapped (self->item, "notify::" TRELLIS_SWOT_ITEM_PROP_SOURCE_KIND, G_CALLBACK (show_source), self);
  g_signal_connect_swapped (self->item, "notify::" TRELLIS_SWOT_ITEM_PROP_SOURCE, G_CALLBACK (show_source), self);
  g_signal_connect_swapped (self->item, "notify::" TRELLIS_SWOT_ITEM_PROP_SCORE, G_CALLBACK (show_source), self);
  g_signal_connect_swapped (self->item, "notify::" TRELLIS_SWOT_ITEM_PROP_NOTE, G_CALLBACK (show_note), self);
  g_signal_connect_swapped (self->item, "notify::" TRELLIS_SWOT_ITEM_PROP_VOTES, G_CALLBACK (show_votes), self);
  g_signal_connect_swapped (self->project, "changed", G_CALLBACK (on_project_changed_cb), self);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->vote_button), "(si)", uuid, 1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->vote_button), "swot.vote");
  trellis_vote_badge_set_item (self->vote_badge, TRELLIS_ITEM (self->item));
}

/**
 * trellis_swot_note_set_item:
 * @item: (nullable): the note to show, %NULL while the row is unused
 *
 * Binds the row to @item (a list view reuses rows for other notes).
 */
void
trellis_swot_note_set_item (TrellisSwotNote *self,
                            TrellisSwotItem *item)
{
  g_return_if_fail (TRELLIS_IS_SWOT_NOTE (self));
  g_return_if_fail (item == NULL || TRELLIS_IS_SWOT_ITEM (item));

  if (self->item == item)
    return;

  disconnect_item (self);
  trellis_swot_note_set_drop_mark (self, 0);
  gtk_widget_remove_css_class (GTK_WIDGET (self), "dragged");
  if (item != NULL)
    {
      self->item = g_object_ref (item);
      connect_item (self);
      trellis_swot_note_update (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}

TrellisSwotItem *
trellis_swot_note_get_item (TrellisSwotNote *self)
{
  g_return_val_if_fail (TRELLIS_IS_SWOT_NOTE (self), NULL);

  return self->item;
}

void
trellis_swot_note_set_editable (TrellisSwotNote *self,
                                gboolean         editable)
{
  g_return_if_fail (TRELLIS_IS_SWOT_NOTE (self));

  self->editable = editable;
  if (!editable)
    stop_editing (self, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->menu_button), editable);
  show_vote_controls (self);
}

/**
 * trellis_swot_note_set_drop_mark:
 * @mark: -1: a drop goes before this note, 1: after it, 0: no mark
 */
void
trellis_swot_note_set_drop_mark (TrellisSwotNote *self,
                                 int              mark)
{
  g_return_if_fail (TRELLIS_IS_SWOT_NOTE (self));

  trellis_app_set_drop_mark (GTK_WIDGET (self), mark);
}

/* Construction */

static void
add_controllers (TrellisSwotNote *self)
{
  GtkDragSource *drag_source;

  drag_source = gtk_drag_source_new ();
  gtk_drag_source_set_actions (drag_source, GDK_ACTION_MOVE);
  g_signal_connect (drag_source, "prepare", G_CALLBACK (on_drag_prepare_cb), self);
  g_signal_connect (drag_source, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
  g_signal_connect (drag_source, "drag-end", G_CALLBACK (on_drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag_source));
}

/* Laying out: the text column, then the votes and the two buttons at their
 * natural widths.  By hand, not in a GtkBox: a box asked for its height at
 * a width checks its children's widths for any height, which wrapping
 * labels answer in ways it rejects in a grid view's cells. */

#define SPACING 6

/* The width the votes and buttons take, spacing included. */
static int
measure_right (TrellisSwotNote *self)
{
  int width = 0;

  for (GtkWidget *child = gtk_widget_get_next_sibling (self->text_column); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int nat;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &nat, NULL, NULL);
      width += nat + SPACING;
    }

  return width;
}

static void
trellis_swot_note_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  TrellisSwotNote *self = TRELLIS_SWOT_NOTE (widget);
  int right = measure_right (self);
  int text_min, text_nat;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      gtk_widget_measure (self->text_column, orientation, -1, &text_min, &text_nat, NULL, NULL);
      *minimum = text_min + right;
      *natural = text_nat + right;
      return;
    }

  gtk_widget_measure (self->text_column, GTK_ORIENTATION_HORIZONTAL, -1, &text_min, NULL, NULL, NULL);
  gtk_widget_measure (self->text_column, orientation, for_size < 0 ? -1 : MAX (text_min, for_size - right),
                      minimum, natural, NULL, NULL);
  for (GtkWidget *child = gtk_widget_get_next_sibling (self->text_column); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int min, nat;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, orientation, -1, &min, &nat, NULL, NULL);
      *minimum = MAX (*minimum, min);
      *natural = MAX (*natural, nat);
    }
}

static void
trellis_swot_note_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  TrellisSwotNote *self = TRELLIS_SWOT_NOTE (widget);
  int text_min, x;

  gtk_widget_measure (self->text_column, GTK_ORIENTATION_HORIZONTAL, -1, &text_min, NULL, NULL, NULL);
  x = MAX (text_min, width - measure_right (self));
  gtk_widget_size_allocate (self->text_column, &(GtkAllocation) { 0, 0, x, height }, -1);
  for (GtkWidget *child = gtk_widget_get_next_sibling (self->text_column); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int nat;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &nat, NULL, NULL);
      x += SPACING;
      gtk_widget_size_allocate (child, &(GtkAllocation) { x, 0, nat, height }, -1);
      x += nat;
    }
}

static GtkSizeRequestMode
trellis_swot_note_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
trellis_swot_note_dispose (GObject *object)
{
  TrellisSwotNote *self = TRELLIS_SWOT_NOTE (object);

  disconnect_item (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), TRELLIS_TYPE_SWOT_NOTE);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (trellis_swot_note_parent_class)->dispose (object);
}

static void
trellis_swot_note_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  TrellisSwotNote *self = TRELLIS_SWOT_NOTE (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trellis_swot_note_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  TrellisSwotNote *self = TRELLIS_SWOT_NOTE (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      trellis_swot_note_set_item (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trellis_swot_note_class_init (TrellisSwotNoteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trellis_swot_note_dispose;
  object_class->get_property = trellis_swot_note_get_property;
  object_class->set_property = trellis_swot_note_set_property;

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, TRELLIS_TYPE_SWOT_ITEM,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/trellis/Trellis/ui/trellis-swot-note.ui");
  gtk_widget_class_bind_template_child (widget_class, TrellisSwotNote, text_column);
  gtk_widget_class_bind_template_child (widget_class, TrellisSwotNote, text_stack);
  gtk_widget_class_bind_template_child (widget_class, TrellisSwotNote, text_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisSwotNote, tag_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisSwotNote, tows_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisSwotNote, note_icon);
  gtk_widget_class_bind_template_child (widget_class, TrellisSwotNote, vote_badge);
  gtk_widget_class_bind_template_child (widget_class, TrellisSwotNote, votes_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisSwotNote, vote_button);
  gtk_widget_class_bind_template_child (widget_class, TrellisSwotNote, menu_button);

  widget_class->measure = trellis_swot_note_measure;
  widget_class->size_allocate = trellis_swot_note_size_allocate;
  widget_class->get_request_mode = trellis_swot_note_get_request_mode;
  gtk_widget_class_set_css_name (widget_class, "swotnote");
}

static void
trellis_swot_note_init (TrellisSwotNote *self)
{
  GtkWidget *toggle;

  self->editable = TRUE;
  g_type_ensure (TRELLIS_TYPE_VOTE_BADGE);
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (self->vote_badge, "notify::visible", G_CALLBACK (show_vote_controls), self,
                           G_CONNECT_SWAPPED);
  gtk_menu_button_set_create_popup_func (self->menu_button, _trellis_swot_note_create_popup, self, NULL);
  /* The menu button's own toggle is what assistive tools see. */
  toggle = gtk_widget_get_first_child (GTK_WIDGET (self->menu_button));
  if (toggle != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Edit Details"), -1);
  add_controllers (self);
}

/**
 * trellis_swot_note_new:
 * @project: the project of the notes the row will show
 *
 * Returns: (transfer floating): an empty row; trellis_swot_note_set_item()
 *   gives it a note
 */
GtkWidget *
trellis_swot_note_new (TrellisProject *project)
{
  TrellisSwotNote *self;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);

  self = g_object_new (TRELLIS_TYPE_SWOT_NOTE, NULL);
  self->project = g_object_ref (project);
  trellis_vote_badge_set_project (self->vote_badge, project);
  return GTK_WIDGET (self);
}
