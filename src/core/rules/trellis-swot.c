/* trellis-swot.c: the operations of the SWOT board, and the method's words for it
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The notes of all four quadrants live in one list of the project; a
 * quadrant's order is their order in that list.  Every operation here is one
 * undo step, or none when it changes nothing.
 */

#define G_LOG_DOMAIN "trellis-swot"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-enum-labels.h"
#include "trellis-enum-types.h"
#include "trellis-swot.h"
#include "trellis-tows-strategy.h"
#include "trellis-voting.h"

typedef struct
{
  const char *id;        /* as stored in the file */
  const char *label;     /* in a list of choices */
  const char *in_tag;    /* after "Force: " in a note's tag */
  const char *question;  /* a guiding prompt */
} Source;

/* Porter's value chain: five primary, then four support activities. */
static const Source value_chain[] = {
  { "inbound-logistics", N_("Inbound logistics"), N_("inbound logistics"),
    N_("Inbound logistics: how do materials and parts reach the firms?") },
  { "operations", N_("Operations"), N_("operations"),
    N_("Operations: what do the firms make well, and where do they lose time or quality?") },
  { "outbound-logistics", N_("Outbound logistics"), N_("outbound logistics"),
    N_("Outbound logistics: how do products get to the customers?") },
  { "marketing-and-sales", N_("Marketing and sales"), N_("marketing and sales"),
    N_("Marketing and sales: how do the firms find and keep customers?") },
  { "service", N_("Service"), N_("service"),
    N_("Service: what do customers get after the sale?") },
  { "firm-infrastructure", N_("Firm infrastructure"), N_("firm infrastructure"),
    N_("Infrastructure: management, finance, organisation — what holds up, what is missing?") },
  { "human-resource-management", N_("Human resources"), N_("human resources"),
    N_("People: which skills are at hand, which are hard to find?") },
  { "technology-development", N_("Technology development"), N_("technology development"),
    N_("Technology: what know-how, research and labs can the firms draw on?") },
  { "procurement", N_("Procurement"), N_("procurement"),
    N_("Procurement: how well do the firms buy what they need?") },
};

/* Porter's five competitive forces. */
static const Source forces[] = {
  { "rivalry", N_("Rivalry among competitors"), N_("rivalry among competitors"),
    N_("Rivals: how hard do competitors elsewhere push on price and quality?") },
  { "new-entrants", N_("Threat of new entrants"), N_("threat of new entrants"),
    N_("Newcomers: who could enter the market, and how easily?") },
  { "substitutes", N_("Threat of substitutes"), N_("threat of substitutes"),
    N_("Substitutes: what other products could do the same job?") },
  { "buyers", N_("Buyers’ bargaining power"), N_("buyers’ bargaining power"),
    N_("Buyers: what do customers demand, and how much power do they have?") },
  { "suppliers", N_("Suppliers’ bargaining power"), N_("suppliers’ bargaining power"),
    N_("Suppliers: how dependent are the firms on a few suppliers?") },
};

/* Porter's diamond of a region's competitiveness. */
static const Source diamond[] = {
  { "factor-conditions", N_("Factor conditions"), N_("factor conditions"),
    N_("Factors: skilled labour, energy, land, infrastructure — better or worse than elsewhere?") },
  { "demand-conditions", N_("Demand conditions"), N_("demand conditions"),
    N_("Demand: are customers nearby growing and demanding?") },
  { "related-and-supporting-industries", N_("Related and supporting industries"),
    N_("related and supporting industries"),
    N_("Neighbours: which related industries and suppliers could help or leave?") },
  { "strategy-structure-and-rivalry", N_("Firm strategy, structure and rivalry"),
    N_("firm strategy, structure and rivalry"),
    N_("Firms: how do local firms compete and cooperate?") },
  { "government", N_("Government"), N_("government"),
    N_("Policy: which laws, programmes or funding are coming or going?") },
  { "chance", N_("Chance"), N_("chance"),
    N_("Chance: which events nobody controls could change the picture?") },
};

static const struct
{
  const char *help;
  const char *placeholder;
} quadrants[] = {
  { N_("Internal: what the cluster’s firms and partners already do well"), N_("Add a strength…") },
  { N_("Internal: what holds the cluster’s firms and partners back"), N_("Add a weakness…") },
  { N_("External: trends and changes around the cluster that it could use"),
    N_("Add an opportunity…") },
  { N_("External: trends and changes around the cluster that could harm it"), N_("Add a threat…") },
};

static const Source *
get_sources (TrellisSourceKind  kind,
             guint             *n_sources)
{
  switch (kind)
    {
    case TRELLIS_SOURCE_VALUE_CHAIN:
      *n_sources = G_N_ELEMENTS (value_chain);
      return value_chain;
    case TRELLIS_SOURCE_FORCE:
      *n_sources = G_N_ELEMENTS (forces);
      return forces;
    case TRELLIS_SOURCE_DIAMOND:
      *n_sources = G_N_ELEMENTS (diamond);
      return diamond;
    case TRELLIS_SOURCE_FREE:
    default:
      *n_sources = 0;
      return NULL;
    }
}

static const Source *
find_source (TrellisSourceKind  kind,
             const char        *id)
{
  guint n_sources;
  const Source *sources = get_sources (kind, &n_sources);

  for (guint i = 0; i < n_sources; i++)
    if (g_strcmp0 (sources[i].id, id) == 0)
      return &sources[i];

  return NULL;
}

static TrellisQuadrant
get_quadrant (gpointer item)
{
  return trellis_swot_item_get_quadrant (TRELLIS_SWOT_ITEM (item));
}

/**
 * trellis_swot_list_quadrant:
 *
 * Returns: (transfer full) (element-type TrellisSwotItem): the notes of
 *   @quadrant in their order
 */
GPtrArray *
trellis_swot_list_quadrant (TrellisProject  *project,
                            TrellisQuadrant  quadrant)
{
  GListModel *model;
  GPtrArray *items;
  guint n;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);

  model = trellis_project_get_items (project, TRELLIS_TYPE_SWOT_ITEM);
  n = g_list_model_get_n_items (model);
  items = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrellisSwotItem) item = g_list_model_get_item (model, i);

      if (get_quadrant (item) == quadrant)
        g_ptr_array_add (items, g_steal_pointer (&item));
    }

  return items;
}

/**
 * trellis_swot_count_quadrant:
 *
 * Returns: the number of SWOT notes in @quadrant
 */
guint
trellis_swot_count_quadrant (TrellisProject  *project,
                             TrellisQuadrant  quadrant)
{
  g_autoptr(GPtrArray) items = trellis_swot_list_quadrant (project, quadrant);

  return items != NULL ? items->len : 0;
}

/**
 * trellis_swot_index_in_quadrant:
 *
 * Returns: the position of @item among the notes of its quadrant, or -1
 *   if it is not in @project
 */
int
trellis_swot_index_in_quadrant (TrellisProject  *project,
                                TrellisSwotItem *item)
{
  g_autoptr(GPtrArray) items = NULL;
  guint index;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), -1);
  g_return_val_if_fail (TRELLIS_IS_SWOT_ITEM (item), -1);

  items = trellis_swot_list_quadrant (project, get_quadrant (item));
  if (!g_ptr_array_find (items, item, &index))
    return -1;
  return index;
}

/* The position in the project's list at which a note lands to be the
 * @index-th of @quadrant, counted without @skip (the note being moved). */
static guint
find_position (TrellisProject  *project,
               TrellisQuadrant  quadrant,
               guint            index,
               gpointer         skip,
               guint            fallback)
{
  GListModel *model = trellis_project_get_items (project, TRELLIS_TYPE_SWOT_ITEM);
  guint n = g_list_model_get_n_items (model);
  guint position = 0, seen = 0;
  gboolean any = FALSE;
  guint after_last = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrellisItem) other = g_list_model_get_item (model, i);

      if (other == skip)
        continue;
      if (get_quadrant (other) == quadrant)
        {
          if (seen++ == index)
            return position;
          any = TRUE;
          after_last = position + 1;
        }
      position++;
    }

  return any ? after_last : fallback;
}

/**
 * trellis_swot_add_item:
 * @index: the position among the notes of @quadrant; past the end appends
 *
 * Adds a note, as one undo step.
 *
 * Returns: (transfer none): the new note
 */
TrellisSwotItem *
trellis_swot_add_item (TrellisProject  *project,
                       TrellisQuadrant  quadrant,
                       const char      *text,
                       guint            index)
{
  g_autoptr(TrellisSwotItem) item = NULL;
  guint position;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  item = trellis_swot_item_new (quadrant, text);
  position = find_position (project, quadrant, index, NULL,
                            trellis_project_count_items (project, TRELLIS_TYPE_SWOT_ITEM));
  trellis_project_insert_item (project, item, position);
  return item;
}

/**
 * trellis_swot_move_item:
 * @quadrant: the quadrant @item moves to (or stays in)
 * @index: its position among the other notes of @quadrant; past the end
 *   puts it last
 *
 * Moves a note within its quadrant or into another one, as one undo step.
 *
 * Returns: whether anything changed
 */
gboolean
trellis_swot_move_item (TrellisProject  *project,
                        TrellisSwotItem *item,
                        TrellisQuadrant  quadrant,
                        guint            index)
{
  TrellisHistory *history;
  guint from, position;
  gboolean changed = FALSE;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (TRELLIS_IS_SWOT_ITEM (item), FALSE);

  if (!g_list_store_find (G_LIST_STORE (trellis_project_get_items (project, TRELLIS_TYPE_SWOT_ITEM)),
                          item, &from))
    g_return_val_if_reached (FALSE);

  position = find_position (project, quadrant, index, item, from);
  history = trellis_project_get_history (project);
  trellis_history_begin_group (history, _("Move Note"));
  if (get_quadrant (item) != quadrant)
    {
      trellis_swot_item_set_quadrant (item, quadrant);
      changed = TRUE;
    }
  if (position != from)
    {
      trellis_project_move_item (project, item, position);
      changed = TRUE;
    }
  trellis_history_end_group (history);

  return changed;
}

/**
 * trellis_swot_vote:
 * @delta: votes to add (negative: to take away); the count stops at 0
 *
 * Changes the votes of a note, as one undo step of its own (votes in quick
 * succession stay separate steps).  While a round of dot voting is open on
 * the SWOT board the counter is the round's running total: it changes only
 * through trellis_voting_give_dot(), and this refuses.
 *
 * Returns: whether the count changed
 */
gboolean
trellis_swot_vote (TrellisProject  *project,
                   TrellisSwotItem *item,
                   int              delta)
{
  TrellisHistory *history;
  GParamSpecInt *pspec;
  int votes, wanted;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (TRELLIS_IS_SWOT_ITEM (item), FALSE);

  if (trellis_voting_get_open_round (project, TRELLIS_TYPE_SWOT_ITEM) != NULL)
    return FALSE;
  pspec = G_PARAM_SPEC_INT (trellis_item_class_get_field (TRELLIS_ITEM_GET_CLASS (item),
                                                          TRELLIS_SWOT_ITEM_FIELD_VOTES)->pspec);
  votes = trellis_swot_item_get_votes (item);
  wanted = CLAMP ((gint64) votes + delta, MAX (0, pspec->minimum), pspec->maximum);
  if (wanted == votes)
    return FALSE;

  history = trellis_project_get_history (project);
  trellis_history_begin_group (history, delta > 0 ? _("Add Vote") : _("Remove Vote"));
  trellis_swot_item_set_votes (item, wanted);
  trellis_history_end_group (history);
  return TRUE;
}

static int
compare_votes (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  int votes_a = trellis_swot_item_get_votes (*(TrellisSwotItem **) a);
  int votes_b = trellis_swot_item_get_votes (*(TrellisSwotItem **) b);

  return votes_b - votes_a;
}

/**
 * trellis_swot_sort_by_votes:
 *
 * Orders the notes of @quadrant by votes, most first; notes with equal
 * votes keep their order, the other quadrants keep theirs.  One undo step.
 *
 * Returns: whether the order changed (%FALSE: it was sorted already)
 */
gboolean
trellis_swot_sort_by_votes (TrellisProject  *project,
                            TrellisQuadrant  quadrant)
{
  g_autoptr(GPtrArray) items = NULL;
  GListModel *model;
  TrellisHistory *history;
  guint first;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), FALSE);

  items = trellis_swot_list_quadrant (project, quadrant);
  for (first = 1; first < items->len; first++)
    if (compare_votes (&items->pdata[first - 1], &items->pdata[first], NULL) > 0)
      break;
  if (first >= items->len)
    return FALSE;

  /* Gather the quadrant where its first note is, in the new order. */
  model = trellis_project_get_items (project, TRELLIS_TYPE_SWOT_ITEM);
  g_list_store_find (G_LIST_STORE (model), items->pdata[0], &first);

  /* g_qsort_with_data is stable (documented since GLib 2.32). */
  g_qsort_with_data (items->pdata, items->len, sizeof (gpointer), compare_votes, NULL);
  history = trellis_project_get_history (project);
  trellis_history_begin_group (history, _("Sort by Votes"));
  for (guint k = 0; k < items->len; k++)
    trellis_project_move_item (project, items->pdata[k], first + k);
  trellis_history_end_group (history);
  return TRUE;
}

/**
 * trellis_swot_item_dup_source_tag:
 *
 * A short label of where a note came from, such as
 * "Force: buyers’ bargaining power" or "Diamond: demand conditions +".
 *
 * Returns: (transfer full) (nullable): the tag, or %NULL for a free note
 *   without a source
 */
char *
trellis_swot_item_dup_source_tag (TrellisSwotItem *item)
{
  TrellisSourceKind kind;
  const char *source;
  const Source *known;
  const char *name;
  TrellisScore score;
  g_autofree char *tag = NULL;

  g_return_val_if_fail (TRELLIS_IS_SWOT_ITEM (item), NULL);

  kind = trellis_swot_item_get_source_kind (item);
  source = trellis_swot_item_get_source (item);
  score = trellis_swot_item_get_score (item);
  if (source != NULL && *source == '\0')
    source = NULL;
  known = find_source (kind, source);
  name = known != NULL ? _(known->in_tag) : source;

  switch (kind)
    {
    case TRELLIS_SOURCE_VALUE_CHAIN:
      /* translators: a note's source tag; %s is an activity such as "operations" */
      tag = name != NULL ? g_strdup_printf (_("Value chain: %s"), name) : g_strdup (_("Value chain"));
      break;
    case TRELLIS_SOURCE_FORCE:
      /* translators: a note's source tag; %s is one of the five competitive forces */
      tag = name != NULL ? g_strdup_printf (_("Force: %s"), name) : g_strdup (_("Force"));
      break;
    case TRELLIS_SOURCE_DIAMOND:
      /* translators: a note's source tag; %s is a factor of Porter's diamond */
      tag = name != NULL ? g_strdup_printf (_("Diamond: %s"), name) : g_strdup (_("Diamond"));
      break;
    case TRELLIS_SOURCE_FREE:
    default:
      tag = g_strdup (source);
      break;
    }

  if (score != TRELLIS_SCORE_NONE && tag != NULL)
    {
      char *scored = g_strdup_printf ("%s %s", tag, trellis_enum_label (TRELLIS_TYPE_SCORE, score));

      g_free (tag);
      tag = scored;
    }

  return g_steal_pointer (&tag);
}

/**
 * trellis_swot_source_label:
 *
 * Returns: (transfer none) (nullable): the translated name of @source
 *   ("Operations"), @source itself if it is not one the method knows
 */
const char *
trellis_swot_source_label (TrellisSourceKind  kind,
                           const char        *source)
{
  const Source *known = find_source (kind, source);

  return known != NULL ? _(known->label) : source;
}

/**
 * trellis_swot_get_n_sources:
 *
 * Returns: how many sources of @kind the method knows (0 for free notes)
 */
guint
trellis_swot_get_n_sources (TrellisSourceKind kind)
{
  guint n_sources;

  get_sources (kind, &n_sources);
  return n_sources;
}

/**
 * trellis_swot_get_source:
 *
 * Returns: (transfer none): the identifier of the @index-th source of
 *   @kind, as stored in the file ("operations")
 */
const char *
trellis_swot_get_source (TrellisSourceKind kind,
                         guint             index)
{
  guint n_sources;
  const Source *sources = get_sources (kind, &n_sources);

  g_return_val_if_fail (index < n_sources, NULL);

  return sources[index].id;
}

/**
 * trellis_swot_quadrant_is_internal:
 *
 * Returns: %TRUE for strengths and weaknesses (inside the cluster), %FALSE
 *   for opportunities and threats (around it)
 */
gboolean
trellis_swot_quadrant_is_internal (TrellisQuadrant quadrant)
{
  return quadrant == TRELLIS_QUADRANT_STRENGTH || quadrant == TRELLIS_QUADRANT_WEAKNESS;
}

/**
 * trellis_swot_quadrant_get_help:
 *
 * Returns: (transfer none): one translated line on what belongs in @quadrant
 */
const char *
trellis_swot_quadrant_get_help (TrellisQuadrant quadrant)
{
  g_return_val_if_fail (quadrant < G_N_ELEMENTS (quadrants), NULL);

  return _(quadrants[quadrant].help);
}

/**
 * trellis_swot_quadrant_get_placeholder:
 *
 * Returns: (transfer none): the translated hint of the entry that adds a
 *   note to @quadrant ("Add a strength…")
 */
const char *
trellis_swot_quadrant_get_placeholder (TrellisQuadrant quadrant)
{
  g_return_val_if_fail (quadrant < G_N_ELEMENTS (quadrants), NULL);

  return _(quadrants[quadrant].placeholder);
}

/* Internal quadrants are examined along the value chain; external ones with
 * the five forces first, then the diamond. */
static const Source *
find_prompt (TrellisQuadrant    quadrant,
             guint              index,
             TrellisSourceKind *kind)
{
  if (trellis_swot_quadrant_is_internal (quadrant))
    {
      *kind = TRELLIS_SOURCE_VALUE_CHAIN;
      return index < G_N_ELEMENTS (value_chain) ? &value_chain[index] : NULL;
    }

  *kind = TRELLIS_SOURCE_FORCE;
  if (index < G_N_ELEMENTS (forces))
    return &forces[index];
  index -= G_N_ELEMENTS (forces);
  *kind = TRELLIS_SOURCE_DIAMOND;
  return index < G_N_ELEMENTS (diamond) ? &diamond[index] : NULL;
}

/**
 * trellis_swot_get_n_prompts:
 *
 * Returns: the number of guiding questions trellis_swot_get_prompt() has
 *   for @quadrant: one per value-chain activity inside the cluster, one per
 *   competitive force and diamond factor around it
 */
guint
trellis_swot_get_n_prompts (TrellisQuadrant quadrant)
{
  if (trellis_swot_quadrant_is_internal (quadrant))
    return G_N_ELEMENTS (value_chain);
  return G_N_ELEMENTS (forces) + G_N_ELEMENTS (diamond);
}

/**
 * trellis_swot_get_prompt:
 * @kind: (out) (optional): the kind of source the prompt is about
 * @source: (out) (optional) (transfer none): the source it is about
 *
 * Returns: (transfer none): the @index-th translated guiding question of
 *   @quadrant
 */
const char *
trellis_swot_get_prompt (TrellisQuadrant     quadrant,
                         guint               index,
                         TrellisSourceKind  *kind,
                         const char        **source)
{
  TrellisSourceKind prompt_kind;
  const Source *prompt = find_prompt (quadrant, index, &prompt_kind);

  g_return_val_if_fail (prompt != NULL, NULL);

  if (kind != NULL)
    *kind = prompt_kind;
  if (source != NULL)
    *source = prompt->id;
  return _(prompt->question);
}
