/* trellis-tows-view.c: TOWS strategies built from pairs of SWOT quadrants
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The second tool of step 1.  Four areas, one per pair of quadrants (SO,
 * ST, WO, WT), each saying in a line what its pair is for, list their
 * strategies as cards (TrellisTowsCard) and take new ones.  A side panel
 * lists the SWOT items that no strategy uses yet, so that a workshop sees
 * what it has left out.  Without SWOT items there is nothing to pair: the
 * view says so and leads to the SWOT board.
 *
 * The view follows the project's "changed" signal, so undo and edits made
 * elsewhere show at once.  Cards are kept while their strategy lives, so a
 * title being typed keeps its focus while the rest is drawn again.
 *
 * Like every view of a TrellisToolPage it has an "editable" property,
 * which the page sets FALSE for read-only projects.
 */

#define G_LOG_DOMAIN "trellis-tows-view"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-tows-card.h"
#include "trellis-tows-view.h"
#include "trellis-tool-view.h"

#define N_PAIRS 4

typedef struct
{
  GtkWidget *strategies;
  GtkWidget *placeholder;
  GtkWidget *add_box;
  GtkWidget *entry;
} Pair;

struct _TrellisTowsView
{
  GtkWidget       parent_instance;

  TrellisProject *project;
  gboolean        editable;
  GHashTable     *cards;   /* TrellisTowsStrategy → TrellisTowsCard, unowned */
  Pair            pairs[N_PAIRS];
  guint           refresh_id;

  /* Template widgets */
  GtkStack       *stack;
  GtkFlowBox     *pairs_box;
  GtkBox         *unused_box;
};

G_DEFINE_FINAL_TYPE_WITH_CODE (TrellisTowsView, trellis_tows_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (TRELLIS_TYPE_TOOL_VIEW, NULL))

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_EDITABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
pair_code (TrellisTowsType type)
{
  static const char *codes[] = { "SO", "ST", "WO", "WT" };

  return codes[type];
}

static const char *
pair_title (TrellisTowsType type)
{
  switch (type)
    {
    case TRELLIS_TOWS_SO:
      return _("Strengths and Opportunities");
    case TRELLIS_TOWS_ST:
      return _("Strengths and Threats");
    case TRELLIS_TOWS_WO:
      return _("Weaknesses and Opportunities");
    case TRELLIS_TOWS_WT:
    default:
      return _("Weaknesses and Threats");
    }
}

static const char *
pair_hint (TrellisTowsType type)
{
  switch (type)
    {
    case TRELLIS_TOWS_SO:
      return _("Use the strengths to seize the opportunities");
    case TRELLIS_TOWS_ST:
      return _("Use the strengths to counter the threats");
    case TRELLIS_TOWS_WO:
      return _("Overcome the weaknesses by taking the opportunities");
    case TRELLIS_TOWS_WT:
    default:
      return _("Reduce the weaknesses and avoid the threats");
    }
}

static const char *
pair_entry_placeholder (TrellisTowsType type)
{
  switch (type)
    {
    case TRELLIS_TOWS_SO:
      return _("New SO strategy");
    case TRELLIS_TOWS_ST:
      return _("New ST strategy");
    case TRELLIS_TOWS_WO:
      return _("New WO strategy");
    case TRELLIS_TOWS_WT:
    default:
      return _("New WT strategy");
    }
}

static void
add_strategy (TrellisTowsView *self,
              GtkWidget       *widget)
{
  TrellisTowsType type = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (widget), "tows-type"));
  GtkEditable *entry = GTK_EDITABLE (self->pairs[type].entry);
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  g_autoptr(TrellisTowsStrategy) strategy = NULL;

  if (!self->editable || title[0] == '\0')
    return;

  strategy = trellis_tows_strategy_new (type, title);
  trellis_project_add_item (self->project, strategy);
  gtk_editable_set_text (entry, "");
}

static GtkWidget *
create_pair_header (TrellisTowsType type)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *badge = gtk_label_new (pair_code (type));
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (pair_title (type));
  GtkWidget *hint = gtk_label_new (pair_hint (type));

  gtk_widget_add_css_class (badge, "tows-badge");
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_add_css_class (title, "title-4");
  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (hint), 30);
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_box_append (GTK_BOX (labels), title);
  gtk_box_append (GTK_BOX (labels), hint);
  gtk_box_append (GTK_BOX (header), badge);
  gtk_box_append (GTK_BOX (header), labels);
  return header;
}

static GtkWidget *
create_add_row (TrellisTowsView *self,
                TrellisTowsType  type)
{
  Pair *pair = &self->pairs[type];
  GtkWidget *button = gtk_button_new_from_icon_name ("list-add-symbolic");

  pair->add_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  pair->entry = gtk_entry_new ();
  gtk_widget_set_name (pair->entry, "add-entry");
  gtk_widget_set_hexpand (pair->entry, TRUE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (pair->entry), pair_entry_placeholder (type));
  gtk_editable_set_enable_undo (GTK_EDITABLE (pair->entry), FALSE);
  gtk_widget_set_tooltip_text (button, _("Add Strategy"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Add Strategy"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (pair->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  pair_entry_placeholder (type), -1);
  g_object_set_data (G_OBJECT (pair->entry), "tows-type", GINT_TO_POINTER (type));
  g_object_set_data (G_OBJECT (button), "tows-type", GINT_TO_POINTER (type));
  g_signal_connect_object (pair->entry, "activate", G_CALLBACK (add_strategy), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (button, "clicked", G_CALLBACK (add_strategy), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (pair->add_box), pair->entry);
  gtk_box_append (GTK_BOX (pair->add_box), button);
  return pair->add_box;
}

static void
create_pairs (TrellisTowsView *self)
{
  for (TrellisTowsType type = TRELLIS_TOWS_SO; type <= TRELLIS_TOWS_WT; type++)
    {
      Pair *pair = &self->pairs[type];
      GtkWidget *area = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

      gtk_widget_set_name (area, pair_code (type));
      gtk_widget_add_css_class (area, "tows-pair");
      pair->strategies = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
      pair->placeholder = gtk_label_new (_("No strategies for this pair yet"));
      gtk_label_set_xalign (GTK_LABEL (pair->placeholder), 0);
      gtk_widget_add_css_class (pair->placeholder, "dim-label");

      gtk_box_append (GTK_BOX (area), create_pair_header (type));
      gtk_box_append (GTK_BOX (area), pair->placeholder);
      gtk_box_append (GTK_BOX (area), pair->strategies);
      gtk_box_append (GTK_BOX (area), create_add_row (self, type));
      /* Two a line where there is room, SO and ST above WO and WT as in the
       * TOWS matrix; one a line on a narrow window. */
      gtk_flow_box_append (self->pairs_box, area);
      gtk_widget_set_focusable (gtk_widget_get_parent (area), FALSE);
    }
}

static void
drop_card (TrellisTowsView *self,
           GtkWidget       *card)
{
  g_hash_table_remove (self->cards, trellis_tows_card_get_strategy (TRELLIS_TOWS_CARD (card)));
  gtk_box_remove (GTK_BOX (gtk_widget_get_parent (card)), card);
}

/* Cards whose strategy has gone, or moved to another pair. */
static void
drop_stale_cards (TrellisTowsView *self)
{
  for (guint p = 0; p < N_PAIRS; p++)
    {
      GtkWidget *child = gtk_widget_get_first_child (self->pairs[p].strategies);

      while (child != NULL)
        {
          GtkWidget *next = gtk_widget_get_next_sibling (child);
          TrellisTowsStrategy *strategy = trellis_tows_card_get_strategy (TRELLIS_TOWS_CARD (child));
          const char *uuid = trellis_item_get_uuid (TRELLIS_ITEM (strategy));

          if (trellis_project_lookup (self->project, uuid) != TRELLIS_ITEM (strategy) ||
              trellis_tows_strategy_get_tows_type (strategy) != p)
            drop_card (self, child);
          child = next;
        }
    }
}

static void
place_cards (TrellisTowsView *self)
{
  GListModel *model = trellis_project_get_items (self->project, TRELLIS_TYPE_TOWS_STRATEGY);
  GtkWidget *previous[N_PAIRS] = { NULL, };

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(TrellisTowsStrategy) strategy = g_list_model_get_item (model, i);
      TrellisTowsType type = trellis_tows_strategy_get_tows_type (strategy);
      GtkWidget *card = g_hash_table_lookup (self->cards, strategy);
      GtkBox *box = GTK_BOX (self->pairs[type].strategies);

      if (card == NULL)
        {
          card = trellis_tows_card_new (self->project, strategy, self->editable);
          g_hash_table_insert (self->cards, g_object_ref (strategy), card);
          gtk_box_insert_child_after (box, card, previous[type]);
        }
      else
        {
          gtk_box_reorder_child_after (box, card, previous[type]);
          trellis_tows_card_refresh (TRELLIS_TOWS_CARD (card));
        }
      previous[type] = card;
    }

  for (guint p = 0; p < N_PAIRS; p++)
    {
      gtk_widget_set_visible (self->pairs[p].placeholder, previous[p] == NULL);
      gtk_widget_set_visible (self->pairs[p].strategies, previous[p] != NULL);
      gtk_widget_set_visible (self->pairs[p].add_box, self->editable);
    }
}

static GtkWidget *
create_unused_chip (TrellisSwotItem *item)
{
  TrellisQuadrant quadrant = trellis_swot_item_get_quadrant (item);
  GtkWidget *chip = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *letter = gtk_label_new (_trellis_tows_quadrant_initial (quadrant));
  GtkWidget *label = gtk_label_new (trellis_swot_item_get_text (item));

  gtk_widget_set_name (chip, "unused-chip");
  g_object_set_data_full (G_OBJECT (chip), "item", g_object_ref (item), g_object_unref);
  gtk_widget_add_css_class (chip, "tows-chip");
  gtk_widget_add_css_class (chip, "read-only");
  gtk_widget_add_css_class (chip, _trellis_tows_quadrant_class (quadrant));
  gtk_widget_add_css_class (letter, "tows-chip-letter");
  gtk_widget_set_valign (letter, GTK_ALIGN_START);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  /* Keeps the panel narrow: its width is that of its longest line. */
  gtk_label_set_max_width_chars (GTK_LABEL (label), 30);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (chip), letter);
  gtk_box_append (GTK_BOX (chip), label);
  return chip;
}

static void
refresh_unused (TrellisTowsView *self)
{
  g_autoptr(GPtrArray) unused = trellis_tows_list_unused_items (self->project);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->unused_box))) != NULL)
    gtk_box_remove (self->unused_box, child);

  for (TrellisQuadrant q = TRELLIS_QUADRANT_STRENGTH; q <= TRELLIS_QUADRANT_THREAT; q++)
    {
      GtkWidget *heading = NULL;

      for (guint i = 0; i < unused->len; i++)
        {
          TrellisSwotItem *item = g_ptr_array_index (unused, i);

          if (trellis_swot_item_get_quadrant (item) != q)
            continue;
          if (heading == NULL)
            {
              heading = gtk_label_new (trellis_enum_label (TRELLIS_TYPE_QUADRANT, q));
              gtk_label_set_xalign (GTK_LABEL (heading), 0);
              gtk_widget_add_css_class (heading, "heading");
              gtk_widget_set_margin_top (heading, 8);
              gtk_box_append (self->unused_box, heading);
            }
          gtk_box_append (self->unused_box, create_unused_chip (item));
        }
    }

  if (unused->len == 0)
    {
      GtkWidget *done = gtk_label_new (_("Every SWOT item is part of a strategy."));

      gtk_label_set_xalign (GTK_LABEL (done), 0);
      gtk_label_set_wrap (GTK_LABEL (done), TRUE);
      gtk_widget_add_css_class (done, "success");
      gtk_box_append (self->unused_box, done);
    }
}

static void
refresh (TrellisTowsView *self)
{
  gboolean has_items = trellis_project_count_items (self->project, TRELLIS_TYPE_SWOT_ITEM) > 0;
  gboolean has_strategies = trellis_project_count_items (self->project, TRELLIS_TYPE_TOWS_STRATEGY) > 0;

  g_clear_handle_id (&self->refresh_id, g_source_remove);

  gtk_stack_set_visible_child_name (self->stack, has_items || has_strategies ? "board" : "empty");
  drop_stale_cards (self);
  place_cards (self);
  refresh_unused (self);
}

static gboolean
refresh_cb (gpointer user_data)
{
  TrellisTowsView *self = user_data;

  self->refresh_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

/* Many changes come at once (a deletion, an undo): draw once, before the frame. */
static void
on_project_changed_cb (TrellisTowsView *self,
                       TrellisItem     *item)
{
  if (!TRELLIS_IS_SWOT_ITEM (item) && !TRELLIS_IS_TOWS_STRATEGY (item) && !TRELLIS_IS_GOAL (item))
    return;
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refresh_cb, self, NULL);
}

static void
on_open_swot_button_clicked_cb (TrellisTowsView *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-page", "s", "potentials/swot");
}

static void
trellis_tows_view_set_editable (TrellisTowsView *self,
                                gboolean         editable)
{
  if (self->editable == editable)
    return;

  self->editable = editable;
  /* The cards are made for one mode: make them again. */
  for (guint p = 0; p < N_PAIRS; p++)
    {
      GtkWidget *child;

      while ((child = gtk_widget_get_first_child (self->pairs[p].strategies)) != NULL)
        drop_card (self, child);
    }
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITABLE]);
}

static void
trellis_tows_view_dispose (GObject *object)
{
  TrellisTowsView *self = TRELLIS_TOWS_VIEW (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), TRELLIS_TYPE_TOWS_VIEW);
  g_clear_pointer (&self->cards, g_hash_table_unref);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (trellis_tows_view_parent_class)->dispose (object);
}

static void
trellis_tows_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  TrellisTowsView *self = TRELLIS_TOWS_VIEW (object);

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
trellis_tows_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  TrellisTowsView *self = TRELLIS_TOWS_VIEW (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      self->project = g_value_dup_object (value);
      break;
    case PROP_EDITABLE:
      trellis_tows_view_set_editable (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trellis_tows_view_class_init (TrellisTowsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trellis_tows_view_dispose;
  object_class->get_property = trellis_tows_view_get_property;
  object_class->set_property = trellis_tows_view_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, TRELLIS_TYPE_PROJECT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_EDITABLE] =
    g_param_spec_boolean ("editable", NULL, NULL, TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/trellis/Trellis/ui/trellis-tows-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TrellisTowsView, stack);
  gtk_widget_class_bind_template_child (widget_class, TrellisTowsView, pairs_box);
  gtk_widget_class_bind_template_child (widget_class, TrellisTowsView, unused_box);
  gtk_widget_class_bind_template_callback (widget_class, on_open_swot_button_clicked_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "tows-view");
}

static void
trellis_tows_view_init (TrellisTowsView *self)
{
  self->editable = TRUE;
  self->cards = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
  create_pairs (self);
}

/**
 * trellis_tows_view_new:
 *
 * Returns: (transfer floating): the view of @project
 */
GtkWidget *
trellis_tows_view_new (TrellisProject *project)
{
  TrellisTowsView *self;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);

  self = g_object_new (TRELLIS_TYPE_TOWS_VIEW, "project", project, NULL);
  trellis_tool_view_follow_changes (self, project, G_CALLBACK (on_project_changed_cb));
  refresh (self);
  return GTK_WIDGET (self);
}
