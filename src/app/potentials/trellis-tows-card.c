/* trellis-tows-card.c: one TOWS strategy, with the SWOT items it combines
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A card of the TOWS view: the strategy's title (renamed in place), its
 * description, the SWOT items it combines as chips coloured by quadrant,
 * a popover to pick those items, and the goal it became.  A strategy that
 * combines no item yet says so.  The title and description are bound to
 * the strategy; the rest is drawn again by trellis_tows_card_refresh(),
 * which the view calls when the project changes, so that undo shows.
 *
 * A board may show a hundred cards at once, so a card is light: its two
 * popovers (ui/potentials/trellis-tows-card-popovers.ui) are made when
 * their button first opens them, the title is a label until it is first
 * clicked or reached with the keyboard (a TrellisRegisterSlot makes its
 * GtkEditableLabel then), and its height is measured at one width (see
 * trellis_tows_card_measure()).
 */

#define G_LOG_DOMAIN "trellis-tows-card"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-app-utils.h"
#include "trellis-register-slot.h"
#include "trellis-tows-card.h"
#include "trellis-vote-badge.h"

struct _TrellisTowsCard
{
  GtkWidget            parent_instance;

  TrellisProject      *project;
  TrellisTowsStrategy *strategy;
  gboolean             editable;
  gboolean             syncing;
  int                  shown_width;      /* as last allocated, 0 before */
  guint                remeasure_id;

  /* Template widgets */
  GtkBox              *box;
  GtkOverlay          *title_overlay;
  GtkLabel            *title_text;
  GtkWidget           *title_slot;       /* when editable */
  GtkEditableLabel    *title_label;      /* once the title is first edited */
  TrellisVoteBadge    *vote_badge;
  GtkButton           *delete_button;
  GtkLabel            *description_label;
  GtkWidget           *title_buttons;
  GtkWidget           *description_button;
  GtkTextView         *description_view; /* made with its popover */
  GtkBox              *chips_box;
  GtkWidget           *warning_box;
  GtkLabel            *warning_label;
  GtkMenuButton       *link_button;
  GtkPopover          *link_popover;   /* made when first opened, as is */
  GtkBox              *link_box;       /* its list */
  GtkButton           *goal_button;
  GtkLabel            *goal_label;
};

G_DEFINE_FINAL_TYPE (TrellisTowsCard, trellis_tows_card, GTK_TYPE_WIDGET)

/* The style class that colours a chip after its quadrant. */
const char *
_trellis_tows_quadrant_class (TrellisQuadrant quadrant)
{
  static const char *classes[] = { "strength", "weakness", "opportunity", "threat" };

  return classes[CLAMP (quadrant, TRELLIS_QUADRANT_STRENGTH, TRELLIS_QUADRANT_THREAT)];
}

/* The one letter that stands for a quadrant on a chip. */
const char *
_trellis_tows_quadrant_initial (TrellisQuadrant quadrant)
{
  switch (quadrant)
    {
    case TRELLIS_QUADRANT_STRENGTH:
      return C_("initial of Strength", "S");
    case TRELLIS_QUADRANT_WEAKNESS:
      return C_("initial of Weakness", "W");
    case TRELLIS_QUADRANT_OPPORTUNITY:
      return C_("initial of Opportunity", "O");
    case TRELLIS_QUADRANT_THREAT:
    default:
      return C_("initial of Threat", "T");
    }
}

/* The room the quadrant's letter takes before a chip's text. */
#define CHIP_LETTER_WIDTH 20
/* The room a chip's remove button takes after its text. */
#define CHIP_BUTTON_WIDTH 30

/* A SWOT item as a chip: its quadrant's letter, then its text.  Not a box
 * of the two: GTK 4.8 measures a wrapping label beside another widget in a
 * box again and again (thousands of text shapings a chip), so the letter
 * lies over the text's start margin. */
GtkWidget *
_trellis_tows_chip_new (TrellisSwotItem *item,
                        int              max_width_chars)
{
  TrellisQuadrant quadrant = trellis_swot_item_get_quadrant (item);
  GtkWidget *chip = gtk_overlay_new ();
  GtkWidget *letter = gtk_label_new (_trellis_tows_quadrant_initial (quadrant));
  GtkWidget *label = gtk_label_new (trellis_swot_item_get_text (item));

  g_object_set_data_full (G_OBJECT (chip), "item", g_object_ref (item), g_object_unref);
  gtk_widget_add_css_class (chip, "tows-chip");
  gtk_widget_add_css_class (chip, _trellis_tows_quadrant_class (quadrant));
  gtk_widget_add_css_class (letter, "tows-chip-letter");
  gtk_widget_set_halign (letter, GTK_ALIGN_START);
  gtk_widget_set_valign (letter, GTK_ALIGN_START);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (label), max_width_chars);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_set_margin_start (label, CHIP_LETTER_WIDTH);
  gtk_overlay_set_child (GTK_OVERLAY (chip), label);
  gtk_overlay_add_overlay (GTK_OVERLAY (chip), letter);
  return chip;
}

static void
remove_children (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static void
on_chip_remove_clicked_cb (TrellisTowsCard *self,
                           GtkButton       *button)
{
  TrellisSwotItem *item = g_object_get_data (G_OBJECT (button), "item");

  if (self->editable)
    trellis_tows_unlink_item (self->project, self->strategy, item);
}

/* Names the other strategies that use @item: the link seen from the item. */
static char *
describe_item (TrellisTowsCard *self,
               TrellisSwotItem *item)
{
  TrellisQuadrant quadrant = trellis_swot_item_get_quadrant (item);
  g_autoptr(GPtrArray) strategies = trellis_tows_list_strategies_for (self->project, item);
  g_autoptr(GString) text = g_string_new (trellis_swot_item_get_text (item));
  guint others = 0;

  g_string_append_printf (text, "\n%s", trellis_enum_label (TRELLIS_TYPE_QUADRANT, quadrant));
  if (!trellis_tows_strategy_accepts (self->strategy, item))
    {
      g_string_append_c (text, '\n');
      g_string_append (text, _("Not of the two quadrants this strategy combines"));
    }
  for (guint i = 0; i < strategies->len; i++)
    {
      TrellisItem *other = g_ptr_array_index (strategies, i);
      g_autofree char *title = NULL;

      if (other == TRELLIS_ITEM (self->strategy))
        continue;
      title = trellis_item_dup_label (other);
      g_string_append_printf (text, "\n%s “%s”", others++ == 0 ? _("Also used by") : "   ", title);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GtkWidget *
create_chip (TrellisTowsCard *self,
             TrellisSwotItem *item)
{
  GtkWidget *chip = _trellis_tows_chip_new (item, 26);
  g_autofree char *tooltip = describe_item (self, item);

  gtk_widget_set_name (chip, "chip");
  if (!trellis_tows_strategy_accepts (self->strategy, item))
    gtk_widget_add_css_class (chip, "mismatch");
  gtk_widget_set_tooltip_text (chip, tooltip);

  if (self->editable)
    {
      GtkWidget *remove = gtk_button_new_from_icon_name ("window-close-symbolic");

      /* translators: read by a screen reader; %s is the text of a SWOT item */
      g_autofree char *name = g_strdup_printf (_("Remove “%s” from the strategy"),
                                               trellis_swot_item_get_text (item));

      gtk_widget_set_name (remove, "chip-remove");
      gtk_widget_set_tooltip_text (remove, _("Remove from Strategy"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      gtk_widget_set_halign (remove, GTK_ALIGN_END);
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_add_css_class (remove, "circular");
      gtk_widget_add_css_class (remove, "tows-chip-remove");
      g_object_set_data_full (G_OBJECT (remove), "item", g_object_ref (item), g_object_unref);
      g_signal_connect_object (remove, "clicked", G_CALLBACK (on_chip_remove_clicked_cb),
                               self, G_CONNECT_SWAPPED);
      /* Beside the text, over its end margin. */
      gtk_widget_set_margin_end (gtk_overlay_get_child (GTK_OVERLAY (chip)), CHIP_BUTTON_WIDTH);
      gtk_overlay_add_overlay (GTK_OVERLAY (chip), remove);
    }
  else
    gtk_widget_add_css_class (chip, "read-only");

  return chip;
}

/* A whole sentence per kind, for the translators. */
static const char *
empty_warning (TrellisTowsType type)
{
  switch (type)
    {
    case TRELLIS_TOWS_SO:
      return _("No SWOT items yet: link the strengths and opportunities this strategy combines.");
    case TRELLIS_TOWS_ST:
      return _("No SWOT items yet: link the strengths and threats this strategy combines.");
    case TRELLIS_TOWS_WO:
      return _("No SWOT items yet: link the weaknesses and opportunities this strategy combines.");
    case TRELLIS_TOWS_WT:
    default:
      return _("No SWOT items yet: link the weaknesses and threats this strategy combines.");
    }
}

static void
sync_checks (TrellisTowsCard *self)
{
  self->syncing = TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->link_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      TrellisSwotItem *item = g_object_get_data (G_OBJECT (child), "item");

      if (GTK_IS_CHECK_BUTTON (child) && item != NULL)
        gtk_check_button_set_active (GTK_CHECK_BUTTON (child),
                                     trellis_tows_strategy_has_item (self->strategy, item));
    }
  self->syncing = FALSE;
}

static void
refresh_goal (TrellisTowsCard *self)
{
  TrellisGoal *goal = trellis_tows_get_goal (self->project, self->strategy);

  if (goal != NULL)
    {
      g_autofree char *title = trellis_item_dup_label (TRELLIS_ITEM (goal));
      /* translators: a button; %s is the title of the goal a strategy became */
      g_autofree char *label = g_strdup_printf (_("Goal: %s"), title);

      /* translators: a tooltip; %s is the title of the goal a strategy became */
      g_autofree char *tooltip = g_strdup_printf (_("This strategy became the goal “%s”: show the goals "
                                                    "of step 3"), title);

      gtk_label_set_label (self->goal_label, label);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->goal_button), tooltip);
      gtk_widget_remove_css_class (GTK_WIDGET (self->goal_button), "suggested-action");
      gtk_widget_add_css_class (GTK_WIDGET (self->goal_button), "flat");
      /* Flat, it can take the rest of the row and show more of the title. */
      gtk_widget_set_halign (GTK_WIDGET (self->goal_button), GTK_ALIGN_FILL);
      gtk_widget_set_visible (GTK_WIDGET (self->goal_button), TRUE);
    }
  else
    {
      gtk_label_set_label (self->goal_label, _("Make Goal"));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->goal_button),
                                   _("Turn this strategy into a goal that keeps its SWOT items as sources"));
      gtk_widget_remove_css_class (GTK_WIDGET (self->goal_button), "flat");
      gtk_widget_set_halign (GTK_WIDGET (self->goal_button), GTK_ALIGN_END);
      gtk_widget_set_visible (GTK_WIDGET (self->goal_button), self->editable);
    }
}

/**
 * trellis_tows_card_refresh:
 *
 * Draws the linked items, the warning and the goal again from the model.
 */
void
trellis_tows_card_refresh (TrellisTowsCard *self)
{
  g_autoptr(GPtrArray) items = NULL;
  gboolean empty;

  g_return_if_fail (TRELLIS_IS_TOWS_CARD (self));

  items = trellis_tows_list_items (self->project, self->strategy);
  remove_children (self->chips_box);
  for (guint i = 0; i < items->len; i++)
    gtk_box_append (self->chips_box, create_chip (self, g_ptr_array_index (items, i)));
  gtk_widget_set_visible (GTK_WIDGET (self->chips_box), items->len > 0);

  empty = items->len == 0;
  gtk_label_set_label (self->warning_label,
                       empty_warning (trellis_tows_strategy_get_tows_type (self->strategy)));
  gtk_widget_set_visible (self->warning_box, empty);
  if (empty)
    gtk_widget_add_css_class (GTK_WIDGET (self->box), "tows-empty");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->box), "tows-empty");

  refresh_goal (self);
  if (self->link_popover != NULL && gtk_widget_get_visible (GTK_WIDGET (self->link_popover)))
    sync_checks (self);
}

static void
on_check_toggled_cb (TrellisTowsCard *self,
                     GtkCheckButton  *check)
{
  TrellisSwotItem *item = g_object_get_data (G_OBJECT (check), "item");
  g_autoptr(GError) error = NULL;

  if (self->syncing || !self->editable)
    return;

  if (!gtk_check_button_get_active (check))
    trellis_tows_unlink_item (self->project, self->strategy, item);
  else if (!trellis_tows_link_item (self->project, self->strategy, item, &error))
    g_warning ("%s", error->message);  /* only items of the pair are listed */
}

static void
add_quadrant_checks (TrellisTowsCard *self,
                     TrellisQuadrant  quadrant)
{
  GListModel *model = trellis_project_get_items (self->project, TRELLIS_TYPE_SWOT_ITEM);
  GtkWidget *heading = gtk_label_new (trellis_enum_label (TRELLIS_TYPE_QUADRANT, quadrant));
  guint n_added = 0;

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_set_margin_top (heading, gtk_widget_get_first_child (GTK_WIDGET (self->link_box)) ? 8 : 0);
  gtk_box_append (self->link_box, heading);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(TrellisSwotItem) item = g_list_model_get_item (model, i);
      GtkWidget *check, *label;

      if (trellis_swot_item_get_quadrant (item) != quadrant)
        continue;
      label = gtk_label_new (trellis_swot_item_get_text (item));
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 50);
      check = gtk_check_button_new ();
      gtk_check_button_set_child (GTK_CHECK_BUTTON (check), label);
      g_object_set_data_full (G_OBJECT (check), "item", g_object_ref (item), g_object_unref);
      g_signal_connect_object (check, "toggled", G_CALLBACK (on_check_toggled_cb), self, G_CONNECT_SWAPPED);
      gtk_box_append (self->link_box, check);
      n_added++;
    }

  if (n_added == 0)
    {
      /* translators: %s is a quadrant, such as “Strengths” */
      g_autofree char *text = g_strdup_printf (_("No items under %s on the SWOT board yet"),
                                               trellis_enum_label (TRELLIS_TYPE_QUADRANT, quadrant));
      GtkWidget *none = gtk_label_new (text);

      gtk_label_set_xalign (GTK_LABEL (none), 0);
      gtk_widget_add_css_class (none, "dim-label");
      gtk_box_append (self->link_box, none);
    }
}

/* The list is made when it opens, so it shows the SWOT board as it is now. */
static void
on_link_popover_show_cb (TrellisTowsCard *self)
{
  TrellisQuadrant internal, external;

  trellis_tows_type_get_quadrants (trellis_tows_strategy_get_tows_type (self->strategy),
                                   &internal, &external);
  remove_children (self->link_box);
  add_quadrant_checks (self, internal);
  add_quadrant_checks (self, external);
  sync_checks (self);
}

static GtkBuilder *
load_popovers (void)
{
  return gtk_builder_new_from_resource ("/io/github/trellis/Trellis/ui/trellis-tows-card-popovers.ui");
}

static void
create_link_popover (GtkMenuButton *button,
                     gpointer       user_data)
{
  TrellisTowsCard *self = TRELLIS_TOWS_CARD (user_data);
  g_autoptr(GtkBuilder) builder = NULL;

  if (self->link_popover != NULL)
    return;

  builder = load_popovers ();
  self->link_popover = GTK_POPOVER (gtk_builder_get_object (builder, "link_popover"));
  self->link_box = GTK_BOX (gtk_builder_get_object (builder, "link_box"));
  g_signal_connect_object (self->link_popover, "show", G_CALLBACK (on_link_popover_show_cb), self, G_CONNECT_SWAPPED);
  gtk_menu_button_set_popover (button, GTK_WIDGET (self->link_popover));
}

static void
create_description_popover (GtkMenuButton *button,
                            gpointer       user_data)
{
  TrellisTowsCard *self = TRELLIS_TOWS_CARD (user_data);
  g_autoptr(GtkBuilder) builder = NULL;
  GtkTextView *view;

  if (self->description_view != NULL)
    return;

  builder = load_popovers ();
  view = GTK_TEXT_VIEW (gtk_builder_get_object (builder, "description_view"));
  trellis_app_bind_text (self->strategy, TRELLIS_TOWS_STRATEGY_PROP_DESCRIPTION, gtk_text_view_get_buffer (view), FALSE);
  gtk_text_view_set_editable (view, self->editable);
  self->description_view = view;
  gtk_menu_button_set_popover (button, GTK_WIDGET (gtk_builder_get_object (builder, "description_popover")));
}

static void
on_delete_button_clicked_cb (TrellisTowsCard *self)
{
  if (self->editable)
    trellis_project_remove_item (self->project, self->strategy);
}

static void
on_goal_button_clicked_cb (TrellisTowsCard *self)
{
  if (trellis_tows_get_goal (self->project, self->strategy) != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-page", "s", "value");
  else if (self->editable)
    trellis_tows_make_goal (self->project, self->strategy);
}

/* A label shows the description: a text view sizes itself late, and would
 * leave it cut or hidden; the text view edits it in a popover. */
static void
update_description (TrellisTowsCard *self)
{
  const char *text = trellis_tows_strategy_get_description (self->strategy);

  gtk_label_set_label (self->description_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->description_label), text != NULL && text[0] != '\0');
}

/* A GtkEditableLabel keeps its text on one line, whose width would then be
 * the card's least: let its label wrap instead, so a long title shows whole.
 * Its stack measures only the page shown, not the editor too. */
static void
wrap_editable_label (GtkEditableLabel *editable_label)
{
  GtkWidget *stack = gtk_widget_get_first_child (GTK_WIDGET (editable_label));

  if (GTK_IS_STACK (stack))
    {
      gtk_stack_set_hhomogeneous (GTK_STACK (stack), FALSE);
      gtk_stack_set_vhomogeneous (GTK_STACK (stack), FALSE);
    }

  for (GtkWidget *child = stack != NULL ? gtk_widget_get_first_child (stack) : NULL;
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child))
        {
          gtk_label_set_wrap (GTK_LABEL (child), TRUE);
          gtk_label_set_wrap_mode (GTK_LABEL (child), PANGO_WRAP_WORD_CHAR);
          gtk_label_set_xalign (GTK_LABEL (child), 0);
          gtk_label_set_max_width_chars (GTK_LABEL (child), 24);
        }
    }
}

static void
update_title (TrellisTowsCard *self)
{
  const char *title = trellis_tows_strategy_get_title (self->strategy);

  gtk_label_set_label (self->title_text, title);
  /* Named by its title for screen readers, as the editor is by its text. */
  if (self->title_slot != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->title_slot), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    title != NULL ? title : "", -1);
}

/* The title's editor, made when it is first used. */
static GtkWidget *
build_title_editor (TrellisRegisterSlot *slot,
                    gpointer             user_data)
{
  TrellisTowsCard *self = user_data;

  self->title_label = GTK_EDITABLE_LABEL (gtk_editable_label_new (""));
  gtk_widget_set_valign (GTK_WIDGET (self->title_label), GTK_ALIGN_START);
  gtk_widget_add_css_class (GTK_WIDGET (self->title_label), "tows-strategy-title");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->title_label), gtk_widget_get_tooltip_text (GTK_WIDGET (self->title_text)));
  wrap_editable_label (self->title_label);
  trellis_app_fix_editable_label (self->title_label);
  trellis_app_bind_text (self->strategy, TRELLIS_TOWS_STRATEGY_PROP_TITLE, self->title_label, TRUE);
  return GTK_WIDGET (self->title_label);
}

static void
start_title_editor (GtkWidget *editor,
                    gpointer   user_data)
{
  gtk_editable_label_start_editing (GTK_EDITABLE_LABEL (editor));
}

/* A hundred cards are measured at every width their board tries (GTK 4.8's
 * grid view measures all the rows it keeps, not only those in sight), and
 * each try lays out all their wrapped text again.  So a card is as wide as
 * its text wants (its labels have a max-width-chars), never narrower, and
 * gives the height it has at one width whatever width it is asked for: that
 * natural width, or once shown, the width it was given (if wider): one
 * layout, which GTK keeps until the card changes. */
static void
trellis_tows_card_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  TrellisTowsCard *self = TRELLIS_TOWS_CARD (widget);
  GtkWidget *box = GTK_WIDGET (self->box);
  int min_width, nat_width;

  gtk_widget_measure (box, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, &nat_width, NULL, NULL);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = *natural = nat_width;
  else
    gtk_widget_measure (box, orientation, MAX (nat_width, self->shown_width), minimum, natural, NULL, NULL);
}

static gboolean
remeasure_cb (gpointer user_data)
{
  TrellisTowsCard *self = user_data;

  self->remeasure_id = 0;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  return G_SOURCE_REMOVE;
}

static void
trellis_tows_card_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  TrellisTowsCard *self = TRELLIS_TOWS_CARD (widget);
  GtkWidget *box = GTK_WIDGET (self->box);
  int natural_height;

  /* Wider than measured, the text takes fewer lines: the card ends where
   * its content does, and the rest of its place stays empty below it
   * until the card, shown, is measured again at the width it has. */
  gtk_widget_measure (box, GTK_ORIENTATION_VERTICAL, width, NULL, &natural_height, NULL, NULL);
  gtk_widget_allocate (box, width, MIN (height, natural_height), baseline, NULL);
  if (width != self->shown_width)
    {
      self->shown_width = width;
      if (self->remeasure_id == 0)
        self->remeasure_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, remeasure_cb, self, NULL);
    }
}

static GtkSizeRequestMode
trellis_tows_card_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
trellis_tows_card_dispose (GObject *object)
{
  TrellisTowsCard *self = TRELLIS_TOWS_CARD (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TRELLIS_TYPE_TOWS_CARD);
  g_clear_handle_id (&self->remeasure_id, g_source_remove);
  g_clear_object (&self->strategy);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (trellis_tows_card_parent_class)->dispose (object);
}

static void
trellis_tows_card_class_init (TrellisTowsCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trellis_tows_card_dispose;
  widget_class->measure = trellis_tows_card_measure;
  widget_class->size_allocate = trellis_tows_card_size_allocate;
  widget_class->get_request_mode = trellis_tows_card_get_request_mode;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/trellis/Trellis/ui/trellis-tows-card.ui");
  gtk_widget_class_bind_template_child (widget_class, TrellisTowsCard, box);
  gtk_widget_class_bind_template_child (widget_class, TrellisTowsCard, title_overlay);
  gtk_widget_class_bind_template_child (widget_class, TrellisTowsCard, title_text);
  gtk_widget_class_bind_template_child (widget_class, TrellisTowsCard, vote_badge);
  gtk_widget_class_bind_template_child (widget_class, TrellisTowsCard, delete_button);
  gtk_widget_class_bind_template_child (widget_class, TrellisTowsCard, description_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisTowsCard, title_buttons);
  gtk_widget_class_bind_template_child (widget_class, TrellisTowsCard, description_button);
  gtk_widget_class_bind_template_child (widget_class, TrellisTowsCard, chips_box);
  gtk_widget_class_bind_template_child (widget_class, TrellisTowsCard, warning_box);
  gtk_widget_class_bind_template_child (widget_class, TrellisTowsCard, warning_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisTowsCard, link_button);
  gtk_widget_class_bind_template_child (widget_class, TrellisTowsCard, goal_button);
  gtk_widget_class_bind_template_child (widget_class, TrellisTowsCard, goal_label);
  gtk_widget_class_bind_template_callback (widget_class, on_delete_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_goal_button_clicked_cb);
}

static void
trellis_tows_card_init (TrellisTowsCard *self)
{
  g_type_ensure (TRELLIS_TYPE_VOTE_BADGE);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (self->description_button),
                                         create_description_popover, self, NULL);
  gtk_menu_button_set_create_popup_func (self->link_button, create_link_popover, self, NULL);
}

/**
 * trellis_tows_card_new:
 * @editable: %FALSE for a project opened read-only: the card takes no edits
 *
 * Returns: (transfer floating): the card of @strategy
 */
GtkWidget *
trellis_tows_card_new (TrellisProject      *project,
                       TrellisTowsStrategy *strategy,
                       gboolean             editable)
{
  TrellisTowsCard *self;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (TRELLIS_IS_TOWS_STRATEGY (strategy), NULL);

  self = g_object_new (TRELLIS_TYPE_TOWS_CARD, NULL);
  self->project = g_object_ref (project);
  self->strategy = g_object_ref (strategy);
  self->editable = editable;
  trellis_vote_badge_set_project (self->vote_badge, project);
  trellis_vote_badge_set_item (self->vote_badge, TRELLIS_ITEM (strategy));

  g_signal_connect_object (strategy, "notify::" TRELLIS_TOWS_STRATEGY_PROP_TITLE, G_CALLBACK (update_title),
                           self, G_CONNECT_SWAPPED);
  if (editable)
    {
      g_object_ref (self->title_text);
      gtk_overlay_set_child (self->title_overlay, NULL);
      self->title_slot = trellis_register_slot_new (GTK_WIDGET (self->title_text), FALSE,
                                                    build_title_editor, start_title_editor, self);
      g_object_unref (self->title_text);
      gtk_widget_set_valign (self->title_slot, GTK_ALIGN_START);
      gtk_overlay_set_child (self->title_overlay, self->title_slot);
    }
  else
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->title_text), NULL);
  update_title (self);

  g_signal_connect_object (strategy, "notify::" TRELLIS_TOWS_STRATEGY_PROP_DESCRIPTION, G_CALLBACK (update_description),
                           self, G_CONNECT_SWAPPED);
  update_description (self);

  gtk_widget_set_visible (self->description_button, editable);
  gtk_widget_set_visible (GTK_WIDGET (self->delete_button), editable);
  gtk_widget_set_visible (GTK_WIDGET (self->link_button), editable);
  gtk_widget_set_visible (self->title_buttons, editable);
  if (editable)
    {
      int buttons_width;

      gtk_widget_measure (self->title_buttons, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &buttons_width, NULL, NULL);
      gtk_widget_set_margin_end (self->title_slot, buttons_width + 6);
    }
  trellis_tows_card_refresh (self);
  return GTK_WIDGET (self);
}

TrellisTowsStrategy *
trellis_tows_card_get_strategy (TrellisTowsCard *self)
{
  g_return_val_if_fail (TRELLIS_IS_TOWS_CARD (self), NULL);

  return self->strategy;
}

/**
 * trellis_tows_card_get_description_view:
 *
 * Makes the description's popover if it is not made yet, as opening it
 * does, without opening it.
 *
 * Returns: (transfer none): the text view that edits the description
 */
GtkTextView *
trellis_tows_card_get_description_view (TrellisTowsCard *self)
{
  g_return_val_if_fail (TRELLIS_IS_TOWS_CARD (self), NULL);

  create_description_popover (GTK_MENU_BUTTON (self->description_button), self);
  return self->description_view;
}

/**
 * trellis_tows_card_get_title_editor:
 *
 * Makes the title's editor if it is not made yet, as a first click on
 * the title does, without starting an edit.
 *
 * Returns: (transfer none) (nullable): the editable label of the title,
 *   or %NULL when the card takes no edits
 */
GtkEditableLabel *
trellis_tows_card_get_title_editor (TrellisTowsCard *self)
{
  g_return_val_if_fail (TRELLIS_IS_TOWS_CARD (self), NULL);

  if (self->title_slot == NULL)
    return NULL;
  trellis_register_slot_ensure_editor (TRELLIS_REGISTER_SLOT (self->title_slot));
  return self->title_label;
}
