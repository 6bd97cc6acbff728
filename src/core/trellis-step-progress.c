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

static gboolean
has_enum_value (TrellisItem *item,
                gpointer     data)
{
  const char *property = ((const char **) data)[0];
  int value = GPOINTER_TO_INT (((gpointer *) data)[1]);

  return trellis_item_get_enum (item, property) == value;
}

static gboolean
any_with_enum (TrellisProject *project,
               GType           item_type,
               const char     *property,
               int             value)
{
  gpointer data[] = { (gpointer) property, GINT_TO_POINTER (value) };

  return count_matching (project, item_type, has_enum_value, data) > 0;
}

static gboolean
is_set (TrellisItem *item,
        gpointer     data)
{
  const GValue *value = trellis_item_peek_value (item, data);

  if (G_VALUE_HOLDS_BOOLEAN (value))
    return g_value_get_boolean (value);
  if (G_VALUE_HOLDS_DOUBLE (value))
    return trellis_double_is_set (g_value_get_double (value));
  if (G_VALUE_HOLDS_ENUM (value))
    return g_value_get_enum (value) != 0;
  if (G_VALUE_HOLDS_STRING (value))
    return g_value_get_string (value) != NULL && g_value_get_string (value)[0] != '\0';
  g_return_val_if_reached (FALSE);
}

/* TRUE if at least one item exists and every item has @property set. */
static gboolean
all_have (TrellisProject *project,
          GType           item_type,
          const char      *property)
{
  guint n = trellis_project_count_items (project, item_type);

  return n > 0 && count_matching (project, item_type, is_set, (gpointer) property) == n;
}

static gboolean
any_has (TrellisProject *project,
         GType           item_type,
         const char     *property)
{
  return count_matching (project, item_type, is_set, (gpointer) property) > 0;
}

static gboolean
has_owner (TrellisItem *item,
           gpointer     data)
{
  return is_set (item, (gpointer) "owner") || is_set (item, (gpointer) "owner-name");
}

static gboolean
is_question_of_step (TrellisItem *item,
                     gpointer     data)
{
  return trellis_item_get_enum (item, "step") == GPOINTER_TO_INT (data);
}

static gboolean
is_open_question_of_step (TrellisItem *item,
                          gpointer     data)
{
  return is_question_of_step (item, data) && !trellis_item_get_boolean (item, "done");
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
             any_with_enum (project, swot, "quadrant", TRELLIS_QUADRANT_STRENGTH));
  add_check (checks, _("Weaknesses listed"),
             any_with_enum (project, swot, "quadrant", TRELLIS_QUADRANT_WEAKNESS));
  add_check (checks, _("Opportunities listed"),
             any_with_enum (project, swot, "quadrant", TRELLIS_QUADRANT_OPPORTUNITY));
  add_check (checks, _("Threats listed"),
             any_with_enum (project, swot, "quadrant", TRELLIS_QUADRANT_THREAT));
  add_check (checks, _("At least one strategy built from the SWOT (TOWS)"),
             trellis_project_count_items (project, TRELLIS_TYPE_TOWS_STRATEGY) > 0);
}

static void
check_actors (GPtrArray      *checks,
              TrellisProject *project)
{
  GType type = TRELLIS_TYPE_STAKEHOLDER;

  add_check (checks, _("Stakeholders registered"), trellis_project_count_items (project, type) > 0);
  add_check (checks, _("Committed members identified"), any_has (project, type, "committed"));
  add_check (checks, _("A champion named"), any_has (project, type, "champion"));
  add_check (checks, _("Research or education involved"),
             any_with_enum (project, type, "helix", TRELLIS_HELIX_RESEARCH));
  add_check (checks, _("An engagement measure for every stakeholder"),
             all_have (project, type, "measure"));
}

static void
check_value (GPtrArray      *checks,
             TrellisProject *project)
{
  GType type = TRELLIS_TYPE_INDICATOR;

  add_check (checks, _("Goals set"), trellis_project_count_items (project, TRELLIS_TYPE_GOAL) > 0);
  add_check (checks, _("Goals measured by indicators"), trellis_project_count_items (project, type) > 0);
  add_check (checks, _("A baseline for every indicator"), all_have (project, type, "baseline"));
  add_check (checks, _("A target for every indicator"), all_have (project, type, "target"));
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
             trellis_project_count_items (project, type) > 0
             && count_matching (project, type, has_owner, NULL) == trellis_project_count_items (project, type));
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
