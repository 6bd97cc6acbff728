/* trellis-templates.c: new projects from templates
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A consultant starts from a blank project, from the guided initiation
 * (the key questions of the first stage, to be answered in the kick-off
 * workshop) or from the worked sample that trainers use.
 */

#define G_LOG_DOMAIN "trellis-templates"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis.h"
#include "trellis-item-private.h"
#include "trellis-project-private.h"
#include "trellis-templates.h"

typedef struct
{
  TrellisStep  step;
  const char  *question;
} KeyQuestion;

/* The questions to settle when a cluster initiative starts, in our words. */
static const KeyQuestion key_questions[] = {
  { TRELLIS_STEP_ACTORS, N_("Who takes the initiative for the cluster, and for what reason?") },
  { TRELLIS_STEP_ACTORS, N_("Which actors should take part, and which sector or value chain do they share?") },
  { TRELLIS_STEP_POTENTIALS, N_("What is the region particularly strong in?") },
  { TRELLIS_STEP_VALUE, N_("Which needs do the future members have in common?") },
  { TRELLIS_STEP_STRATEGY, N_("Who pays for the start-up phase?") },
  { TRELLIS_STEP_STRATEGY, N_("Who will manage the initiative day to day?") },
  { TRELLIS_STEP_STRATEGY, N_("Which legal form could the cluster organisation take later on?") },
  { TRELLIS_STEP_VALUE, N_("How will we measure whether the cluster succeeds?") },
  { TRELLIS_STEP_STRATEGY, N_("Which quick wins can show results in the first months?") },
  { TRELLIS_STEP_ACTORS, N_("How do we keep the actors engaged over the years?") },
};

/**
 * trellis_template_from_string:
 * @name: "blank", "guided" or "sample"
 *
 * Returns: %TRUE if @name is a template
 */
gboolean
trellis_template_from_string (const char      *name,
                              TrellisTemplate *out_template)
{
  static const char * const names[] = { "blank", "guided", "sample" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_strcmp0 (name, names[i]) == 0)
      {
        *out_template = (TrellisTemplate) i;
        return TRUE;
      }

  return FALSE;
}

/**
 * trellis_sample_project_file:
 *
 * Returns: (transfer full): the bundled worked example; `TRELLIS_SAMPLE_DIR`
 *   overrides where it is looked for (tests, running from the build tree)
 */
GFile *
trellis_sample_project_file (void)
{
  const char *dir = g_getenv ("TRELLIS_SAMPLE_DIR");

  if (dir == NULL || *dir == '\0')
    dir = PKGDATADIR "/samples";

  return g_file_new_build_filename (dir, "plastics-cluster.trellis", NULL);
}

/**
 * trellis_project_add_key_questions:
 *
 * Adds the key questions of the initiation stage, unanswered, as one undo step.
 */
void
trellis_project_add_key_questions (TrellisProject *project)
{
  TrellisHistory *history = trellis_project_get_history (project);

  trellis_history_begin_group (history, _("Add Key Questions"));
  for (guint i = 0; i < G_N_ELEMENTS (key_questions); i++)
    {
      g_autoptr(TrellisKeyQuestion) question = trellis_key_question_new (_(key_questions[i].question));

      trellis_key_question_set_step (question, key_questions[i].step);
      trellis_project_add_item (project, question);
    }
  trellis_history_end_group (history);
}

/**
 * trellis_project_new_from_template:
 * @name: the new project's name
 *
 * Returns: (transfer full): a new project, not yet saved and with nothing to
 *   undo, or %NULL if the sample could not be read
 */
TrellisProject *
trellis_project_new_from_template (const char       *name,
                                   TrellisTemplate   template_,
                                   GError          **error)
{
  g_autoptr(TrellisProject) project = NULL;

  switch (template_)
    {
    case TRELLIS_TEMPLATE_BLANK:
      return trellis_project_new (name);

    case TRELLIS_TEMPLATE_GUIDED:
      project = trellis_project_new (name);
      trellis_project_add_key_questions (project);
      break;

    case TRELLIS_TEMPLATE_SAMPLE:
      {
        g_autoptr(GFile) sample = trellis_sample_project_file ();

        project = trellis_project_load (sample, error);
        if (project == NULL)
          return NULL;
        /* A copy of the sample is a project of its own. */
        _trellis_project_reset_identity (project, name);
      }
      break;

    default:
      g_return_val_if_reached (NULL);
    }

  _trellis_project_forget_history (project);
  return g_steal_pointer (&project);
}

/**
 * trellis_template_info_new_builtin:
 *
 * Returns: (transfer full): the name and description of a built-in template
 */
TrellisTemplateInfo *
trellis_template_info_new_builtin (TrellisTemplate template_)
{
  static const char * const ids[] = { "blank", "guided", "sample" };
  const char *names[] = { _("Blank"), _("Guided Initiation"), _("Worked Sample") };
  const char *descriptions[] = {
    _("Only the project’s name, to fill in as you go"),
    _("The key questions of a starting cluster, to answer in the kick-off workshop"),
    _("A complete plastics cluster to learn from or to train with"),
  };
  TrellisTemplateInfo *info;

  g_return_val_if_fail (template_ <= TRELLIS_TEMPLATE_SAMPLE, NULL);

  info = trellis_template_info_new (ids[template_], names[template_], descriptions[template_], NULL);
  if (template_ == TRELLIS_TEMPLATE_GUIDED)
    {
      g_autofree char *summary = trellis_template_describe_count (TRELLIS_TYPE_KEY_QUESTION,
                                                                  G_N_ELEMENTS (key_questions));

      trellis_template_info_set_summary (info, summary);
      trellis_template_info_set_n_items (info, G_N_ELEMENTS (key_questions));
    }
  return info;
}

/**
 * trellis_template_describe_count:
 *
 * Returns: (transfer full) (nullable): "@n key questions" and the like for
 *   the kinds of items a template keeps, %NULL for other kinds
 */
char *
trellis_template_describe_count (GType item_type,
                                 guint n)
{
  if (item_type == TRELLIS_TYPE_KEY_QUESTION)
    return g_strdup_printf (ngettext ("%u key question", "%u key questions", n), n);
  else if (item_type == TRELLIS_TYPE_SWOT_ITEM)
    return g_strdup_printf (ngettext ("%u SWOT note", "%u SWOT notes", n), n);
  else if (item_type == TRELLIS_TYPE_TOWS_STRATEGY)
    return g_strdup_printf (ngettext ("%u TOWS strategy", "%u TOWS strategies", n), n);
  else if (item_type == TRELLIS_TYPE_CANVAS_NOTE)
    return g_strdup_printf (ngettext ("%u canvas note", "%u canvas notes", n), n);
  else if (item_type == TRELLIS_TYPE_GOAL)
    return g_strdup_printf (ngettext ("%u goal", "%u goals", n), n);
  else if (item_type == TRELLIS_TYPE_INDICATOR)
    return g_strdup_printf (ngettext ("%u indicator", "%u indicators", n), n);
  else if (item_type == TRELLIS_TYPE_ACTION)
    return g_strdup_printf (ngettext ("%u action", "%u actions", n), n);
  else if (item_type == TRELLIS_TYPE_SERVICE)
    return g_strdup_printf (ngettext ("%u service", "%u services", n), n);
  else if (item_type == TRELLIS_TYPE_SELF_CHECK)
    return g_strdup_printf (ngettext ("%u self-check requirement", "%u self-check requirements", n), n);
  return NULL;
}
