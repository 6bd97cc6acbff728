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
 * Each pair lists its strategies in a one-column GtkGridView over a
 * filter of the project's strategies, and the unused items are a grid view
 * too, so only the cards and chips in sight are widgets, however large the
 * project (the SWOT board is built the same way).  The view follows the
 * project's "changed" signal while it is shown, so undo and edits made
 * elsewhere show at once: a change of a strategy refilters the pairs (a
 * card keeps its place, and a title being typed its focus), any change
 * redraws the cards in sight and the list of unused items.
 *
 * Like every view of a TrellisToolPage it has an "editable" property,
 * which the page sets FALSE for read-only projects.
 */

#define G_LOG_DOMAIN "trellis-tows-view"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-scroll-slice.h"
#include "trellis-tows-card.h"
#include "trellis-tows-view.h"
#include "trellis-tool-view.h"

#define N_PAIRS 4
/* A pair with more strategies than fit this height scrolls. */
#define PAIR_MAX_HEIGHT 560
/* Cards a pair makes at first, and then as it is scrolled: enough to fill
 * PAIR_MAX_HEIGHT twice. */
#define PAIR_CARDS_STEP 6

typedef struct
{
  TrellisTowsType     type;
  GtkFilterListModel *model;
  GtkCustomFilter    *filter;
  GtkSliceListModel  *slice;   /* of model, owned by the grid */
  GtkWidget          *grid;
  GtkWidget          *scrolled;
  GtkWidget          *placeholder;
  GtkWidget          *add_box;
  GtkWidget          *entry;
} Pair;

struct _TrellisTowsView
{
  GtkWidget       parent_instance;

  TrellisProject *project;
  gboolean        editable;
  GHashTable     *cards;   /* TrellisTowsStrategy → TrellisTowsCard in sight, unowned */
  Pair            pairs[N_PAIRS];
  GListStore     *unused;  /* TrellisSwotItem, by quadrant */
  guint           refresh_id;
  gboolean        refilter;

  /* Template widgets */
  GtkStack       *stack;
  GtkFlowBox     *pairs_box;
  GtkGridView    *unused_list;
  GtkWidget      *unused_done;
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
  Pair *pair = &self->pairs[type];
  GtkEditable *entry = GTK_EDITABLE (pair->entry);
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  g_autoptr(TrellisTowsStrategy) strategy = NULL;
  guint n_cards;

  if (!self->editable || title[0] == '\0')
    return;

  strategy = trellis_tows_strategy_new (type, title);
  trellis_project_add_item (self->project, strategy);
  gtk_editable_set_text (entry, "");

  /* The new card is the pair's last: show it. */
  n_cards = g_list_model_get_n_items (G_LIST_MODEL (pair->model));
  if (n_cards > 0)
    trellis_scroll_slice_scroll_to (pair->slice, pair->grid, n_cards - 1);
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

/* The cards of a pair: only those in sight are widgets. */

static gboolean
pair_filter_cb (gpointer item,
                gpointer user_data)
{
  Pair *pair = user_data;

  return trellis_tows_strategy_get_tows_type (item) == pair->type;
}

static void
on_card_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 TrellisTowsView          *self)
{
  TrellisTowsStrategy *strategy = gtk_list_item_get_item (list_item);
  GtkWidget *card = trellis_tows_card_new (self->project, strategy, self->editable);

  gtk_list_item_set_child (list_item, card);
  g_hash_table_insert (self->cards, strategy, card);
}

static void
on_card_unbind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   TrellisTowsView          *self)
{
  GtkWidget *card = gtk_list_item_get_child (list_item);
  TrellisTowsStrategy *strategy = card != NULL ? trellis_tows_card_get_strategy (TRELLIS_TOWS_CARD (card)) : NULL;

  if (strategy != NULL && g_hash_table_lookup (self->cards, strategy) == card)
    g_hash_table_remove (self->cards, strategy);
  gtk_list_item_set_child (list_item, NULL);
}

static GtkListItemFactory *
create_card_factory (TrellisTowsView *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect_object (factory, "bind", G_CALLBACK (on_card_bind_cb), self, 0);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (on_card_unbind_cb), self, 0);
  return factory;
}

static void
update_pairs (TrellisTowsView *self)
{
  for (guint p = 0; p < N_PAIRS; p++)
    {
      gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->pairs[p].model)) == 0;

      gtk_widget_set_visible (self->pairs[p].placeholder, empty);
      gtk_widget_set_visible (self->pairs[p].scrolled, !empty);
      gtk_widget_set_visible (self->pairs[p].add_box, self->editable);
    }
}

/* A pair is as tall as its cards, up to PAIR_MAX_HEIGHT, then scrolls:
 * the board scrolls as a whole and never squeezes a pair's cards. */
static void
on_pair_adjustment_changed_cb (GtkAdjustment     *adjustment,
                               GtkScrolledWindow *scrolled)
{
  int height = (int) MIN (gtk_adjustment_get_upper (adjustment), PAIR_MAX_HEIGHT);

  if (gtk_scrolled_window_get_min_content_height (scrolled) != height)
    gtk_scrolled_window_set_min_content_height (scrolled, height);
}

/* A one-column grid view, as on the SWOT board: GTK 4.8's list view keeps
 * 200 rows alive, the grid view about 30.  It shows the first cards of
 * the pair, more as it is scrolled (trellis-scroll-slice.c): a pair
 * shows two or three cards, and a card is the costliest widget here. */
static GtkWidget *
create_pair_list (TrellisTowsView *self,
                  Pair            *pair)
{
  GListModel *strategies = trellis_project_get_items (self->project, TRELLIS_TYPE_TOWS_STRATEGY);
  GtkNoSelection *selection;

  pair->filter = gtk_custom_filter_new (pair_filter_cb, pair, NULL);
  pair->model = gtk_filter_list_model_new (g_object_ref (strategies), GTK_FILTER (g_object_ref (pair->filter)));
  g_signal_connect_object (pair->model, "items-changed", G_CALLBACK (update_pairs), self, G_CONNECT_SWAPPED);
  pair->slice = trellis_scroll_slice_new (G_LIST_MODEL (g_object_ref (pair->model)), PAIR_CARDS_STEP);
  selection = gtk_no_selection_new (G_LIST_MODEL (pair->slice));
  pair->grid = gtk_grid_view_new (GTK_SELECTION_MODEL (selection), create_card_factory (self));
  gtk_grid_view_set_max_columns (GTK_GRID_VIEW (pair->grid), 1);
  gtk_widget_add_css_class (pair->grid, "tows-list");
  gtk_widget_add_css_class (pair->grid, "tows-strategies");
  gtk_accessible_update_property (GTK_ACCESSIBLE (pair->grid), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  pair_title (pair->type), -1);

  pair->scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (pair->scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (pair->scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (pair->scrolled), PAIR_MAX_HEIGHT + 1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (pair->scrolled), pair->grid);
  trellis_scroll_slice_follow (pair->slice, pair->grid);
  g_signal_connect_object (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (pair->grid)), "changed",
                           G_CALLBACK (on_pair_adjustment_changed_cb), pair->scrolled, 0);
  return pair->scrolled;
}

static void
create_pairs (TrellisTowsView *self)
{
  for (TrellisTowsType type = TRELLIS_TOWS_SO; type <= TRELLIS_TOWS_WT; type++)
    {
      Pair *pair = &self->pairs[type];
      GtkWidget *area = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

      pair->type = type;
      gtk_widget_set_name (area, pair_code (type));
      gtk_widget_add_css_class (area, "tows-pair");
      pair->placeholder = gtk_label_new (_("No strategies for this pair yet"));
      gtk_label_set_xalign (GTK_LABEL (pair->placeholder), 0);
      gtk_widget_add_css_class (pair->placeholder, "dim-label");

      gtk_box_append (GTK_BOX (area), create_pair_header (type));
      gtk_box_append (GTK_BOX (area), pair->placeholder);
      gtk_box_append (GTK_BOX (area), create_pair_list (self, pair));
      gtk_box_append (GTK_BOX (area), create_add_row (self, type));
      /* Two a line where there is room, SO and ST above WO and WT as in the
       * TOWS matrix; one a line on a narrow window. */
      gtk_flow_box_append (self->pairs_box, area);
      gtk_widget_set_focusable (gtk_widget_get_parent (area), FALSE);
    }
  update_pairs (self);
}

/* The unused items, by quadrant: a heading over the first of each. */

static GtkWidget *
create_unused_chip (TrellisSwotItem *item)
{
  /* Keeps the panel narrow: its width is that of its longest line. */
  GtkWidget *chip = _trellis_tows_chip_new (item, 30);

  gtk_widget_set_name (chip, "unused-chip");
  gtk_widget_add_css_class (chip, "read-only");
  return chip;
}

static void
on_unused_bind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   TrellisTowsView          *self)
{
  TrellisSwotItem *item = gtk_list_item_get_item (list_item);
  guint position = gtk_list_item_get_position (list_item);
  TrellisQuadrant quadrant = trellis_swot_item_get_quadrant (item);
  g_autoptr(TrellisSwotItem) previous = NULL;
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  if (position > 0)
    previous = g_list_model_get_item (G_LIST_MODEL (self->unused), position - 1);
  if (previous == NULL || trellis_swot_item_get_quadrant (previous) != quadrant)
    {
      GtkWidget *heading = gtk_label_new (trellis_enum_label (TRELLIS_TYPE_QUADRANT, quadrant));

      gtk_label_set_xalign (GTK_LABEL (heading), 0);
      gtk_widget_add_css_class (heading, "heading");
      gtk_widget_set_margin_top (heading, previous != NULL ? 8 : 0);
      gtk_box_append (GTK_BOX (row), heading);
    }
  gtk_box_append (GTK_BOX (row), create_unused_chip (item));
  gtk_list_item_set_child (list_item, row);
}

static void
on_unused_unbind_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     TrellisTowsView          *self)
{
  gtk_list_item_set_child (list_item, NULL);
}

static void
create_unused_list (TrellisTowsView *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkNoSelection *selection;

  self->unused = g_list_store_new (TRELLIS_TYPE_SWOT_ITEM);
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->unused)));
  g_signal_connect_object (factory, "bind", G_CALLBACK (on_unused_bind_cb), self, 0);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (on_unused_unbind_cb), self, 0);
  gtk_grid_view_set_model (self->unused_list, GTK_SELECTION_MODEL (selection));
  gtk_grid_view_set_factory (self->unused_list, factory);
  g_object_unref (selection);
  g_object_unref (factory);
}

static int
compare_quadrants (gconstpointer a,
                   gconstpointer b)
{
  return (int) trellis_swot_item_get_quadrant (*(TrellisSwotItem **) a) -
         (int) trellis_swot_item_get_quadrant (*(TrellisSwotItem **) b);
}

static void
refresh_unused (TrellisTowsView *self)
{
  g_autoptr(GPtrArray) unused = trellis_tows_list_unused_items (self->project);

  /* Stable: the project's order within a quadrant. */
  g_ptr_array_sort (unused, compare_quadrants);
  g_list_store_splice (self->unused, 0, g_list_model_get_n_items (G_LIST_MODEL (self->unused)),
                       unused->pdata, unused->len);
  gtk_widget_set_visible (self->unused_done, unused->len == 0);
}

static void
refresh (TrellisTowsView *self)
{
  gboolean has_items = trellis_project_count_items (self->project, TRELLIS_TYPE_SWOT_ITEM) > 0;
  gboolean has_strategies = trellis_project_count_items (self->project, TRELLIS_TYPE_TOWS_STRATEGY) > 0;
  GHashTableIter iter;
  gpointer card;

  g_clear_handle_id (&self->refresh_id, g_source_remove);

  gtk_stack_set_visible_child_name (self->stack, has_items || has_strategies ? "board" : "empty");
  /* A strategy may have gone to another pair. */
  if (self->refilter)
    for (guint p = 0; p < N_PAIRS; p++)
      gtk_filter_changed (GTK_FILTER (self->pairs[p].filter), GTK_FILTER_CHANGE_DIFFERENT);
  self->refilter = FALSE;
  g_hash_table_iter_init (&iter, self->cards);
  while (g_hash_table_iter_next (&iter, NULL, &card))
    trellis_tows_card_refresh (card);
  update_pairs (self);
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
  if (TRELLIS_IS_TOWS_STRATEGY (item))
    self->refilter = TRUE;
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
  /* The cards are made for one mode: a new factory makes them again. */
  for (guint p = 0; p < N_PAIRS && self->pairs[p].grid != NULL; p++)
    {
      g_autoptr(GtkListItemFactory) factory = create_card_factory (self);

      gtk_grid_view_set_factory (GTK_GRID_VIEW (self->pairs[p].grid), factory);
    }
  if (self->project != NULL && self->unused != NULL)
    refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITABLE]);
}

static void
trellis_tows_view_dispose (GObject *object)
{
  TrellisTowsView *self = TRELLIS_TOWS_VIEW (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), TRELLIS_TYPE_TOWS_VIEW);
  for (guint p = 0; p < N_PAIRS; p++)
    g_clear_object (&self->pairs[p].model);
  g_clear_object (&self->unused);
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

/* The lists need the project, which is set after init. */
static void
trellis_tows_view_constructed (GObject *object)
{
  TrellisTowsView *self = TRELLIS_TOWS_VIEW (object);

  G_OBJECT_CLASS (trellis_tows_view_parent_class)->constructed (object);
  create_pairs (self);
  create_unused_list (self);
}

static void
trellis_tows_view_class_init (TrellisTowsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = trellis_tows_view_constructed;
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
  gtk_widget_class_bind_template_child (widget_class, TrellisTowsView, unused_list);
  gtk_widget_class_bind_template_child (widget_class, TrellisTowsView, unused_done);
  gtk_widget_class_bind_template_callback (widget_class, on_open_swot_button_clicked_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "tows-view");
}

static void
trellis_tows_view_init (TrellisTowsView *self)
{
  self->editable = TRUE;
  self->cards = g_hash_table_new (NULL, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
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
