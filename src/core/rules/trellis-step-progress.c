/* trellis-step-progress.c: what is filled in for each initiation step
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each step of the initiation stage asks for a few things (DOMAIN.md): the
 * overview shows them as a checklist so that a trainer can point at what is
 * missing.  The rules are deliberately simple and stated in the label.
 */

#define G_LOG_DOMAIN "trellis-step-progress"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis.h"
#include "trellis-step-progress.h"

typedef gboolean (*ItemPredicate) (TrellisItem *item,
                                   gpointer     data);

static guint
count_matching (TrellisProject *project,
                GType           item_type,
                ItemPredicate   predicate,
                gpointer        data)
{
  GListModel *items = trellis_project_get_items (project, item_type);
  guint n = g_list_model_get_n_items (items);
  guint n_matching = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrellisItem) item = g_list_model_get_item (items, i);

      if (predicate == NULL || predicate (item, data))
        n_matching++;
    }

  return n_matching;
}

/* TRUE if at least one item matches. */
static gboolean
any_matching (TrellisProject *project,
              GType           item_type,
              ItemPredicate   predicate,
              gpointer        data)
{
  return count_matching (project, item_type, predicate, data) > 0;
}

/* TRUE if at least one item exists and every item matches. */
static gboolean
all_matching (TrellisProject *project,
              GType           item_type,
              ItemPredicate   predicate,
              gpointer        data)
{
  guint n = trellis_project_count_items (project, item_type);

  return n > 0 && count_matching (project, item_type, predicate, data) == n;
}

static gboolean
has_text (const char *text)
{
  return text != NULL && text[0] != '\0';
}

static gboolean
is_in_quadrant (TrellisItem *item,
                gpointer     data)
{
  return trellis_swot_item_get_quadrant (TRELLIS_SWOT_ITEM (item)) == (TrellisQuadrant) GPOINTER_TO_INT (data);
}

static gboolean
is_committed (TrellisItem *item,
              gpointer     data)
{
  return trellis_stakeholder_get_committed (TRELLIS_STAKEHOLDER (item));
}

static gboolean
is_champion (TrellisItem *item,
             gpointer     data)
{
  return trellis_stakeholder_get_champion (TRELLIS_STAKEHOLDER (item)) != 0;
}

static gboolean
is_of_helix (TrellisItem *item,
             gpointer     data)
{
  return trellis_stakeholder_get_helix (TRELLIS_STAKEHOLDER (item)) == (TrellisHelix) GPOINTER_TO_INT (data);
}

static gboolean
has_measure (TrellisItem *item,
             gpointer     data)
{
  return has_text (trellis_stakeholder_get_measure (TRELLIS_STAKEHOLDER (item)));
}

static gboolean
has_baseline (TrellisItem *item,
              gpointer     data)
{
  return trellis_double_is_set (trellis_indicator_get_baseline (TRELLIS_INDICATOR (item)));
}

static gboolean
has_target (TrellisItem *item,
            gpointer     data)
{
  return trellis_double_is_set (trellis_indicator_get_target (TRELLIS_INDICATOR (item)));
}

static gboolean
has_owner (TrellisItem *item,
           gpointer     data)
{
  TrellisAction *action = TRELLIS_ACTION (item);

  return has_text (trellis_action_get_owner_uuid (action)) || has_text (trellis_action_get_owner_name (action));
}

static gboolean
is_question_of_step (TrellisItem *item,
                     gpointer     data)
{
  return trellis_key_question_get_step (TRELLIS_KEY_QUESTION (item)) == (TrellisStep) GPOINTER_TO_INT (data);
}

static gboolean
is_open_question_of_step (TrellisItem *item,
                          gpointer     data)
{
  return is_question_of_step (item, data) && !trellis_key_question_get_done (TRELLIS_KEY_QUESTION (item));
}

static void
add_check (GPtrArray  *checks,
           const char *label,
           gboolean    done)
{
  TrellisStepCheck *check = g_new0 (TrellisStepCheck, 1);

  check->label = label;
  check->done = done;
  g_ptr_array_add (checks, check);
}

/* The key questions that belong to @step, if the project has any. */
static void
add_questions_check (GPtrArray      *checks,
                     TrellisProject *project,
                     TrellisStep     step)
{
  gpointer data = GINT_TO_POINTER (step);
  GType type = TRELLIS_TYPE_KEY_QUESTION;

  if (count_matching (project, type, is_question_of_step, data) == 0)
    return;
  add_check (checks, _("Key questions of this step settled"),
             count_matching (project, type, is_open_question_of_step, data) == 0);
}

static void
check_potentials (GPtrArray      *checks,
                  TrellisProject *project)
{
  GType swot = TRELLIS_TYPE_SWOT_ITEM;

  add_check (checks, _("Strengths listed"),
             any_matching (project, swot, is_in_quadrant, GINT_TO_POINTER (TRELLIS_QUADRANT_STRENGTH)));
  add_check (checks, _("Weaknesses listed"),
             any_matching (project, swot, is_in_quadrant, GINT_TO_POINTER (TRELLIS_QUADRANT_WEAKNESS)));
  add_check (checks, _("Opportunities listed"),
             any_matching (project, swot, is_in_quadrant, GINT_TO_POINTER (TRELLIS_QUADRANT_OPPORTUNITY)));
  add_check (checks, _("Threats listed"),
             any_matching (project, swot, is_in_quadrant, GINT_TO_POINTER (TRELLIS_QUADRANT_THREAT)));
  add_check (checks, _("At least one strategy built from the SWOT (TOWS)"),
             trellis_project_count_items (project, TRELLIS_TYPE_TOWS_STRATEGY) > 0);
}

static void
check_actors (GPtrArray      *checks,
              TrellisProject *project)
{
  GType type = TRELLIS_TYPE_STAKEHOLDER;

  add_check (checks, _("Stakeholders registered"), trellis_project_count_items (project, type) > 0);
  add_check (checks, _("Committed members identified"), any_matching (project, type, is_committed, NULL));
  add_check (checks, _("A champion named"), any_matching (project, type, is_champion, NULL));
  add_check (checks, _("Research or education involved"),
             any_matching (project, type, is_of_helix, GINT_TO_POINTER (TRELLIS_HELIX_RESEARCH)));
  add_check (checks, _("An engagement measure for every stakeholder"),
             all_matching (project, type, has_measure, NULL));
}

static void
check_value (GPtrArray      *checks,
             TrellisProject *project)
{
  GType type = TRELLIS_TYPE_INDICATOR;

  add_check (checks, _("Goals set"), trellis_project_count_items (project, TRELLIS_TYPE_GOAL) > 0);
  add_check (checks, _("Goals measured by indicators"), trellis_project_count_items (project, type) > 0);
  add_check (checks, _("A baseline for every indicator"), all_matching (project, type, has_baseline, NULL));
  add_check (checks, _("A target for every indicator"), all_matching (project, type, has_target, NULL));
}

static void
check_strategy (GPtrArray      *checks,
                TrellisProject *project)
{
  GType type = TRELLIS_TYPE_ACTION;

  add_check (checks, _("Notes on the Cluster Business Canvas"),
             trellis_project_count_items (project, TRELLIS_TYPE_CANVAS_NOTE) > 0);
  add_check (checks, _("Actions planned"), trellis_project_count_items (project, type) > 0);
  add_check (checks, _("Someone responsible for every action"),
             all_matching (project, type, has_owner, NULL));
  add_check (checks, _("Milestones set"),
             trellis_project_count_items (project, TRELLIS_TYPE_MILESTONE) > 0);
}

/**
 * trellis_project_check_step:
 * @step: one of the four initiation steps
 *
 * Lists what @step asks for and whether @project has it.
 *
 * Returns: (transfer full) (element-type TrellisStepCheck): the checks, in
 *   the order of the method
 */
GPtrArray *
trellis_project_check_step (TrellisProject *project,
                            TrellisStep     step)
{
  g_autoptr(GPtrArray) checks = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (step >= TRELLIS_STEP_POTENTIALS && step <= TRELLIS_STEP_STRATEGY, NULL);

  switch (step)
    {
    case TRELLIS_STEP_POTENTIALS:
      check_potentials (checks, project);
      break;
    case TRELLIS_STEP_ACTORS:
      check_actors (checks, project);
      break;
    case TRELLIS_STEP_VALUE:
      check_value (checks, project);
      break;
    case TRELLIS_STEP_STRATEGY:
      check_strategy (checks, project);
      break;
    case TRELLIS_STEP_NONE:
    default:
      g_assert_not_reached ();
    }
  add_questions_check (checks, project, step);

  return g_steal_pointer (&checks);
}

/**
 * trellis_project_step_fraction:
 *
 * Returns: the share of the checks of @step that are done, 0 to 1
 */
double
trellis_project_step_fraction (TrellisProject *project,
                               TrellisStep     step)
{
  g_autoptr(GPtrArray) checks = trellis_project_check_step (project, step);
  guint n_done = 0;

  g_return_val_if_fail (checks != NULL && checks->len > 0, 0);

  for (guint i = 0; i < checks->len; i++)
    n_done += ((TrellisStepCheck *) checks->pdata[i])->done;

  return (double) n_done / checks->len;
}
