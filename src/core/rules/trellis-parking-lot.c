/* trellis-parking-lot.c: questions and ideas to come back to, and what they became
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The parking lot of a project holds what a workshop raised but could not
 * deal with at once.  Dealing with an entry turns it into an item of the
 * method: a SWOT note in a chosen quadrant, a canvas note in a chosen box,
 * an action, or a key question of a chosen step.  The entry stays in the
 * lot, marked with a reference to what it became ("became"), so the lot
 * shows what happened to each question; the way back, from the new item
 * to its entry, is trellis_parking_lot_find_origin () (the reference
 * index answers it, so the target types need no field of their own).
 * Each conversion, the new item and the link, is one undo step.
 *
 * An entry that already became something is not converted again; if its
 * target is deleted, the reference is cleared with it (as any reference)
 * and the entry is open again.
 */

#define G_LOG_DOMAIN "trellis-parking-lot"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-canvas.h"
#include "trellis-date.h"
#include "trellis-enum-labels.h"
#include "trellis-history.h"
#include "trellis-parking-lot.h"
#include "trellis-swot.h"

/**
 * trellis_parking_lot_add:
 * @kind: a question or an idea
 * @text: what was raised, not empty
 *
 * Parks a question or an idea, dated today (trellis_date_today ()), last
 * in the lot, as one undo step.
 *
 * Returns: (transfer none): the new entry
 */
TrellisParkingItem *
trellis_parking_lot_add (TrellisProject     *project,
                         TrellisParkingKind  kind,
                         const char         *text)
{
  g_autoptr(TrellisParkingItem) item = NULL;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (text != NULL && text[0] != '\0', NULL);

  item = trellis_parking_item_new (kind, text);
  trellis_parking_item_set_created (item, trellis_date_today ());
  trellis_project_add_item (project, TRELLIS_ITEM (item));
  return item;
}

/* Whether @item may be converted: in @project and not converted yet. */
static gboolean
can_convert (TrellisProject     *project,
             TrellisParkingItem *item)
{
  return trellis_project_lookup (project, trellis_item_get_uuid (TRELLIS_ITEM (item))) == TRELLIS_ITEM (item) &&
         trellis_parking_item_get_became (item) == NULL;
}

static void
begin (TrellisProject *project,
       const char     *label)
{
  trellis_history_begin_group (trellis_project_get_history (project), label);
}

static void
end (TrellisProject     *project,
     TrellisParkingItem *item,
     TrellisItem        *target)
{
  trellis_parking_item_set_became (item, target);
  trellis_history_end_group (trellis_project_get_history (project));
}

/**
 * trellis_parking_lot_to_swot:
 * @item: an entry of @project's parking lot
 * @quadrant: where the note goes
 *
 * Turns @item into a SWOT note of its text, last in @quadrant, and links
 * the entry to it, as one undo step.
 *
 * Returns: (transfer none) (nullable): the new note, %NULL if @item had
 *   already become something
 */
TrellisSwotItem *
trellis_parking_lot_to_swot (TrellisProject     *project,
                             TrellisParkingItem *item,
                             TrellisQuadrant     quadrant)
{
  TrellisSwotItem *note;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (TRELLIS_IS_PARKING_ITEM (item), NULL);

  if (!can_convert (project, item))
    return NULL;
  begin (project, _("Turn into SWOT Note"));
  note = trellis_swot_add_item (project, quadrant, trellis_parking_item_get_text (item), G_MAXUINT);
  end (project, item, TRELLIS_ITEM (note));
  return note;
}

/**
 * trellis_parking_lot_to_canvas:
 * @item: an entry of @project's parking lot
 * @version: (nullable): a canvas version, %NULL for the as-is canvas
 * @box: where the note goes
 *
 * Turns @item into a canvas note of its text, last in @box, and links the
 * entry to it, as one undo step.
 *
 * Returns: (transfer none) (nullable): the new note, %NULL if @item had
 *   already become something
 */
TrellisCanvasNote *
trellis_parking_lot_to_canvas (TrellisProject       *project,
                               TrellisParkingItem   *item,
                               TrellisCanvasVersion *version,
                               TrellisCanvasBox      box)
{
  TrellisCanvasNote *note;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (TRELLIS_IS_PARKING_ITEM (item), NULL);

  if (!can_convert (project, item))
    return NULL;
  begin (project, _("Turn into Canvas Note"));
  note = trellis_canvas_add_note (project, version, box, trellis_parking_item_get_text (item), G_MAXUINT);
  end (project, item, TRELLIS_ITEM (note));
  return note;
}

/**
 * trellis_parking_lot_to_action:
 * @item: an entry of @project's parking lot
 *
 * Turns @item into a planned action titled with its text, last in the
 * plan, and links the entry to it, as one undo step.
 *
 * Returns: (transfer none) (nullable): the new action, %NULL if @item had
 *   already become something
 */
TrellisAction *
trellis_parking_lot_to_action (TrellisProject     *project,
                               TrellisParkingItem *item)
{
  g_autoptr(TrellisAction) action = NULL;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (TRELLIS_IS_PARKING_ITEM (item), NULL);

  if (!can_convert (project, item))
    return NULL;
  begin (project, _("Turn into Action"));
  action = trellis_action_new (trellis_parking_item_get_text (item));
  trellis_project_add_item (project, TRELLIS_ITEM (action));
  end (project, item, TRELLIS_ITEM (action));
  return action;
}

/**
 * trellis_parking_lot_to_key_question:
 * @item: an entry of @project's parking lot
 * @step: the step of the method the question belongs to
 *
 * Turns @item into an open key question of @step, and links the entry to
 * it, as one undo step.
 *
 * Returns: (transfer none) (nullable): the new key question, %NULL if
 *   @item had already become something
 */
TrellisKeyQuestion *
trellis_parking_lot_to_key_question (TrellisProject     *project,
                                     TrellisParkingItem *item,
                                     TrellisStep         step)
{
  g_autoptr(TrellisKeyQuestion) question = NULL;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (TRELLIS_IS_PARKING_ITEM (item), NULL);

  if (!can_convert (project, item))
    return NULL;
  begin (project, _("Turn into Key Question"));
  question = trellis_key_question_new (trellis_parking_item_get_text (item));
  trellis_key_question_set_step (question, step);
  trellis_project_add_item (project, TRELLIS_ITEM (question));
  end (project, item, TRELLIS_ITEM (question));
  return question;
}

/**
 * trellis_parking_lot_find_origin:
 * @target: an item of @project
 *
 * The way back from a converted entry's target.
 *
 * Returns: (transfer none) (nullable): the parking-lot entry that became
 *   @target, %NULL if none did
 */
TrellisParkingItem *
trellis_parking_lot_find_origin (TrellisProject *project,
                                 TrellisItem    *target)
{
  g_autoptr(GPtrArray) origins = NULL;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (TRELLIS_IS_ITEM (target), NULL);

  origins = trellis_parking_item_list_by_became (project, target);
  return origins->len > 0 ? g_ptr_array_index (origins, 0) : NULL;
}

static const char *
quadrant_word (TrellisQuadrant quadrant)
{
  switch (quadrant)
    {
    case TRELLIS_QUADRANT_STRENGTH:
      return _("Strength");
    case TRELLIS_QUADRANT_WEAKNESS:
      return _("Weakness");
    case TRELLIS_QUADRANT_OPPORTUNITY:
      return _("Opportunity");
    case TRELLIS_QUADRANT_THREAT:
    default:
      return _("Threat");
    }
}

/**
 * trellis_parking_lot_describe_target:
 * @target: (nullable): what a parking-lot entry became
 *
 * Says where an entry went, for its row and the command line: "SWOT:
 * Strength", "Canvas: Key Partners", "Action", "Key question: Actors".
 *
 * Returns: (transfer full) (nullable): the words, %NULL for %NULL
 */
char *
trellis_parking_lot_describe_target (TrellisItem *target)
{
  if (target == NULL)
    return NULL;
  if (TRELLIS_IS_SWOT_ITEM (target))
    /* translators: %s is a SWOT quadrant in the singular, such as Strength */
    return g_strdup_printf (_("SWOT: %s"),
                            quadrant_word (trellis_swot_item_get_quadrant (TRELLIS_SWOT_ITEM (target))));
  if (TRELLIS_IS_CANVAS_NOTE (target))
    /* translators: %s is a box of the canvas, such as Key Partners */
    return g_strdup_printf (_("Canvas: %s"),
                            trellis_enum_label (TRELLIS_TYPE_CANVAS_BOX,
                                                trellis_canvas_note_get_box (TRELLIS_CANVAS_NOTE (target))));
  if (TRELLIS_IS_KEY_QUESTION (target))
    /* translators: %s is a step of the method, such as Actors */
    return g_strdup_printf (_("Key question: %s"),
                            trellis_enum_label (TRELLIS_TYPE_STEP,
                                                trellis_key_question_get_step (TRELLIS_KEY_QUESTION (target))));
  if (TRELLIS_IS_ACTION (target))
    return g_strdup (_("Action"));
  return trellis_item_dup_label (target);
}

/**
 * trellis_parking_lot_count_open:
 *
 * Returns: how many entries of @project's parking lot have not become
 *   anything yet
 */
guint
trellis_parking_lot_count_open (TrellisProject *project)
{
  GListModel *items;
  guint n_open = 0;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), 0);

  items = trellis_project_get_items (project, TRELLIS_TYPE_PARKING_ITEM);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(TrellisParkingItem) item = g_list_model_get_item (items, i);
      const char *became = trellis_parking_item_get_became_uuid (item);

      if (became == NULL || became[0] == '\0')
        n_open++;
    }
  return n_open;
}
