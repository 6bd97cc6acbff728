/* trellis-goals.c: goals, their sources, indicators and measurements (step 3)
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The method asks for measurable goals: a goal needs at least one
 * indicator, and an indicator needs a target.  A goal comes from the
 * analysis: its "sources" are SWOT items and TOWS strategies, and the
 * link can be followed both ways.
 *
 * An indicator's progress runs from its baseline (0) to its target (1):
 * (current − baseline) / (target − baseline), where the current value is
 * the latest measurement.  The same formula serves both directions, since
 * a lower-is-better target lies below its baseline; a value moving the
 * wrong way gives a negative progress, one beyond the target more than 1.
 */

#define G_LOG_DOMAIN "trellis-goals"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "trellis-goals.h"
#include "trellis-locale-format.h"
#include "trellis-swot-item.h"
#include "trellis-tows-strategy.h"

/**
 * trellis_goal_list_indicators:
 *
 * Returns: (transfer container) (element-type TrellisIndicator): the
 *   indicators of @goal, in their order
 */
GPtrArray *
trellis_goal_list_indicators (TrellisProject *project,
                              TrellisGoal    *goal)
{
  return trellis_indicator_list_by_goal (project, TRELLIS_GOAL (goal));
}

/**
 * trellis_item_list_goals:
 * @source: a SWOT item or TOWS strategy
 *
 * Returns: (transfer container) (element-type TrellisGoal): the goals that
 *   come from @source
 */
GPtrArray *
trellis_item_list_goals (TrellisProject *project,
                         TrellisItem    *source)
{
  return trellis_goal_list_by_sources (project, TRELLIS_ITEM (source));
}

/**
 * trellis_goal_link_source:
 * @source: a SWOT item or TOWS strategy of @project
 *
 * Records that @goal comes from @source, as one undo step.  Linking twice
 * changes nothing.
 *
 * Returns: %FALSE with @error set if @source cannot be a goal's source
 */
gboolean
trellis_goal_link_source (TrellisProject  *project,
                          TrellisGoal     *goal,
                          TrellisItem     *source,
                          GError         **error)
{
  const char * const *uuids;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) linked = NULL;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (TRELLIS_IS_GOAL (goal), FALSE);
  g_return_val_if_fail (TRELLIS_IS_ITEM (source), FALSE);

  if (!trellis_field_accepts (trellis_item_class_get_field (TRELLIS_ITEM_GET_CLASS (goal),
                                                             TRELLIS_GOAL_FIELD_SOURCES), source))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("A goal comes from SWOT items and TOWS strategies only"));
      return FALSE;
    }
  if (trellis_project_lookup (project, trellis_item_get_uuid (source)) != source)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           _("The item is not part of this project"));
      return FALSE;
    }

  uuids = trellis_goal_get_sources_uuids (goal);
  if (uuids != NULL && g_strv_contains (uuids, trellis_item_get_uuid (source)))
    return TRUE;

  builder = g_strv_builder_new ();
  if (uuids != NULL)
    g_strv_builder_addv (builder, (const char **) uuids);
  g_strv_builder_add (builder, trellis_item_get_uuid (source));
  linked = g_strv_builder_end (builder);
  trellis_goal_set_sources_uuids (goal, (const char * const *) linked);
  return TRUE;
}

/**
 * trellis_goal_unlink_source:
 *
 * Removes the link from @goal to @source, as one undo step, if there is one.
 */
void
trellis_goal_unlink_source (TrellisProject *project,
                            TrellisGoal    *goal,
                            TrellisItem    *source)
{
  const char * const *uuids;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) kept = NULL;
  const char *uuid;

  g_return_if_fail (TRELLIS_IS_PROJECT (project));
  g_return_if_fail (TRELLIS_IS_GOAL (goal));
  g_return_if_fail (TRELLIS_IS_ITEM (source));

  uuid = trellis_item_get_uuid (source);
  uuids = trellis_goal_get_sources_uuids (goal);
  if (uuids == NULL || !g_strv_contains (uuids, uuid))
    return;

  builder = g_strv_builder_new ();
  for (guint i = 0; uuids[i] != NULL; i++)
    if (!g_str_equal (uuids[i], uuid))
      g_strv_builder_add (builder, uuids[i]);
  kept = g_strv_builder_end (builder);
  trellis_goal_set_sources_uuids (goal, (const char * const *) kept);
}

/**
 * trellis_indicator_is_measurable:
 * @reason: (out) (optional) (transfer full): why not, translated
 *
 * Returns: whether @indicator has a target to measure against
 */
gboolean
trellis_indicator_is_measurable (TrellisIndicator  *indicator,
                                 char             **reason)
{
  g_return_val_if_fail (TRELLIS_IS_INDICATOR (indicator), FALSE);

  if (trellis_double_is_set (trellis_indicator_get_target (indicator)))
    return TRUE;

  if (reason != NULL)
    {
      g_autofree char *name = trellis_item_dup_label (TRELLIS_ITEM (indicator));

      /* translators: %s is an indicator's name */
      *reason = g_strdup_printf (_("Indicator “%s” has no target value"), name);
    }
  return FALSE;
}

/**
 * trellis_goal_is_measurable:
 * @reason: (out) (optional) (transfer full): why not, translated
 *
 * Returns: whether @goal has at least one indicator and all its
 *   indicators have a target
 */
gboolean
trellis_goal_is_measurable (TrellisProject  *project,
                            TrellisGoal     *goal,
                            char           **reason)
{
  g_autoptr(GPtrArray) indicators = NULL;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (TRELLIS_IS_GOAL (goal), FALSE);

  indicators = trellis_goal_list_indicators (project, goal);
  if (indicators->len == 0)
    {
      if (reason != NULL)
        *reason = g_strdup (_("The goal has no indicator to measure it by"));
      return FALSE;
    }

  for (guint i = 0; i < indicators->len; i++)
    if (!trellis_indicator_is_measurable (indicators->pdata[i], reason))
      return FALSE;

  return TRUE;
}

/**
 * trellis_goals_in_area:
 *
 * Returns: (transfer container) (element-type TrellisGoal): the goals of
 *   one strategic area of member services, in their order
 */
GPtrArray *
trellis_goals_in_area (TrellisProject     *project,
                       TrellisServiceArea  area)
{
  GListModel *goals = trellis_project_get_items (project, TRELLIS_TYPE_GOAL);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(TrellisGoal) goal = g_list_model_get_item (goals, i);

      if (trellis_goal_get_area (goal) == area)
        g_ptr_array_add (found, g_steal_pointer (&goal));
    }

  return found;
}

/**
 * trellis_goal_add_indicator:
 *
 * Returns: (transfer none): a new indicator of @goal, added as one undo step
 */
TrellisIndicator *
trellis_goal_add_indicator (TrellisProject *project,
                            TrellisGoal    *goal,
                            const char     *name)
{
  g_autoptr(TrellisIndicator) indicator = NULL;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (TRELLIS_IS_GOAL (goal), NULL);
  g_return_val_if_fail (name != NULL && name[0] != '\0', NULL);

  indicator = trellis_indicator_new (name);
  trellis_indicator_set_goal_uuid (indicator, trellis_item_get_uuid (TRELLIS_ITEM (goal)));
  trellis_project_add_item (project, indicator);
  return indicator;
}

/**
 * trellis_indicator_list_measurements:
 *
 * Returns: (transfer container) (element-type TrellisMeasurement): the
 *   measurements of @indicator, oldest first (those of one day in the
 *   order they were added)
 */
GPtrArray *
trellis_indicator_list_measurements (TrellisProject   *project,
                                     TrellisIndicator *indicator)
{
  GPtrArray *measurements = trellis_measurement_list_by_indicator (project, TRELLIS_INDICATOR (indicator));

  /* g_ptr_array_sort() is stable. */
  g_ptr_array_sort (measurements, trellis_item_compare_dates);
  return measurements;
}

/**
 * trellis_indicator_add_measurement:
 * @date: an ISO 8601 date (YYYY-MM-DD)
 * @value: the value measured; not NaN
 * @note: (nullable): where the value comes from
 *
 * Returns: (transfer none): the new measurement, added as one undo step,
 *   or %NULL with @error set for an invalid date or value
 */
TrellisMeasurement *
trellis_indicator_add_measurement (TrellisProject    *project,
                                   TrellisIndicator  *indicator,
                                   const char        *date,
                                   double             value,
                                   const char        *note,
                                   GError           **error)
{
  g_autoptr(TrellisMeasurement) measurement = NULL;
  TrellisDay day = trellis_parse_date (date);

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (TRELLIS_IS_INDICATOR (indicator), NULL);

  if (day == TRELLIS_DAY_NONE)
    {
      /* translators: %s is what was typed as a date */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("“%s” is not a date: write it as YYYY-MM-DD"), date != NULL ? date : "");
      return NULL;
    }
  if (!isfinite (value))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("A measurement needs a value"));
      return NULL;
    }

  measurement = trellis_measurement_new (indicator, day, value);
  trellis_measurement_set_note (measurement, note);
  trellis_project_add_item (project, measurement);
  return measurement;
}

/**
 * trellis_indicator_get_current:
 * @day: (out) (optional): the day of that value, %TRELLIS_DAY_NONE if none
 *
 * Returns: the latest measured value, else the baseline; NaN if neither
 */
double
trellis_indicator_get_current (TrellisProject    *project,
                               TrellisIndicator  *indicator,
                               TrellisDay        *day)
{
  g_autoptr(GPtrArray) measurements = trellis_indicator_list_measurements (project, indicator);

  if (measurements->len > 0)
    {
      TrellisMeasurement *latest = g_ptr_array_index (measurements, measurements->len - 1);

      if (day != NULL)
        *day = trellis_measurement_get_date (latest);
      return trellis_measurement_get_value (latest);
    }

  if (day != NULL)
    *day = trellis_indicator_get_baseline_date (indicator);
  return trellis_indicator_get_baseline (indicator);
}

/**
 * trellis_indicator_get_progress:
 *
 * Returns: how far the current value has come from the baseline (0) to the
 *   target (1), not clamped; NaN without a baseline, a target or a
 *   measurement, or when the target equals the baseline
 */
double
trellis_indicator_get_progress (TrellisProject   *project,
                                TrellisIndicator *indicator)
{
  return trellis_indicator_get_progress_on (project, indicator, NULL);
}

/**
 * trellis_indicator_get_progress_on:
 * @date: (nullable): the day (YYYY-MM-DD); %NULL for the latest measurement
 *
 * Returns: trellis_indicator_get_progress() with the last value measured on
 *   or before @date: what was known that day
 */
double
trellis_indicator_get_progress_on (TrellisProject   *project,
                                   TrellisIndicator *indicator,
                                   const char       *date)
{
  g_autoptr(GPtrArray) measurements = NULL;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NAN);
  g_return_val_if_fail (TRELLIS_IS_INDICATOR (indicator), NAN);

  measurements = trellis_indicator_list_measurements (project, indicator);
  return trellis_indicator_progress_of (indicator, measurements, date);
}

/**
 * trellis_measurement_find_on:
 * @measurements: (element-type TrellisMeasurement) (nullable): an indicator's
 *   measurements, oldest first (trellis_indicator_list_measurements())
 * @date: (nullable): the day (YYYY-MM-DD); %NULL for the latest measurement
 *
 * Returns: (transfer none) (nullable): the last measurement made on or
 *   before @date: what was known that day; %NULL if there is none
 */
TrellisItem *
trellis_measurement_find_on (GPtrArray  *measurements,
                             const char *date)
{
  guint n = measurements != NULL ? measurements->len : 0;
  TrellisDay day = date != NULL ? trellis_date_parse (date) : TRELLIS_DAY_NONE;

  /* A @date that is not a day comes before every measurement's. */
  while (date != NULL && n > 0 &&
         trellis_measurement_get_date (g_ptr_array_index (measurements, n - 1)) > day)
    n--;
  return n > 0 ? g_ptr_array_index (measurements, n - 1) : NULL;
}

/**
 * trellis_indicator_progress_of:
 * @measurements: (element-type TrellisMeasurement) (nullable): its
 *   measurements, oldest first, for a caller that has them
 * @date: (nullable): the day; %NULL for the latest measurement
 *
 * Returns: trellis_indicator_get_progress_on() from @measurements
 */
double
trellis_indicator_progress_of (TrellisIndicator *indicator,
                               GPtrArray        *measurements,
                               const char       *date)
{
  double baseline = trellis_indicator_get_baseline (indicator);
  double target = trellis_indicator_get_target (indicator);
  TrellisItem *measurement = trellis_measurement_find_on (measurements, date);

  if (isnan (baseline) || isnan (target) || target == baseline || measurement == NULL)
    return NAN;
  return (trellis_measurement_get_value (TRELLIS_MEASUREMENT (measurement)) - baseline) / (target - baseline);
}

/**
 * trellis_indicator_parse_value:
 * @text: what was typed: "12", "12.5" or "12,5", spaces around allowed
 * @value: (out): the number; NaN (not set) for an empty @text
 *
 * Returns: %FALSE with @error set if @text is not a number
 */
gboolean
trellis_indicator_parse_value (const char  *text,
                               double      *value,
                               GError     **error)
{
  g_autofree char *typed = g_strstrip (g_strdup (text != NULL ? text : ""));
  double parsed;

  g_return_val_if_fail (value != NULL, FALSE);

  if (typed[0] == '\0')
    {
      *value = NAN;
      return TRUE;
    }

  /* The locale's decimal mark or a point, with or without groups: a decimal
   * comma is as common as a point among the people who type here. */
  if (!trellis_parse_number (typed, &parsed))
    {
      /* translators: %s is what was typed as a number */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("“%s” is not a number"), typed);
      return FALSE;
    }

  *value = parsed;
  return TRUE;
}

/**
 * trellis_indicator_format_value:
 *
 * Returns: (transfer full): @value as people read it in the locale ("12.5",
 *   "12,5" in German, trellis_format_decimal ()), "" if not set
 */
char *
trellis_indicator_format_value (double value)
{
  if (!trellis_double_is_set (value))
    return g_strdup ("");
  return trellis_format_decimal (value, -1);
}

/**
 * trellis_indicator_check_date:
 * @text: an ISO 8601 date (YYYY-MM-DD), or empty for none
 *
 * Returns: %FALSE with @error set if @text is neither empty nor a date
 */
gboolean
trellis_indicator_check_date (const char  *text,
                              GError     **error)
{
  if (text == NULL || text[0] == '\0' || trellis_parse_date (text) != TRELLIS_DAY_NONE)
    return TRUE;

  /* translators: %s is what was typed as a date */
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
               _("“%s” is not a date: write it as YYYY-MM-DD"), text);
  return FALSE;
}

/**
 * trellis_goal_list_milestones:
 *
 * Returns: (transfer container) (element-type TrellisMilestone): the
 *   interim goals (milestones) of @goal, earliest first (those of one day
 *   in file order)
 */
GPtrArray *
trellis_goal_list_milestones (TrellisProject *project,
                              TrellisGoal    *goal)
{
  GPtrArray *milestones;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (TRELLIS_IS_GOAL (goal), NULL);

  milestones = trellis_milestone_list_by_goal (project, TRELLIS_GOAL (goal));
  g_ptr_array_sort (milestones, trellis_item_compare_dates);
  return milestones;
}

/**
 * trellis_goal_add_milestone:
 * @title: what will have been reached
 * @date: when, as YYYY-MM-DD
 *
 * Adds an interim goal (a milestone) of @goal, as one undo step.
 *
 * Returns: (transfer none) (nullable): the milestone, owned by @project;
 *   %NULL with @error set if @title is empty or @date is not a date
 */
TrellisMilestone *
trellis_goal_add_milestone (TrellisProject  *project,
                            TrellisGoal     *goal,
                            const char      *title,
                            const char      *date,
                            GError         **error)
{
  g_autoptr(TrellisMilestone) milestone = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (title != NULL ? title : ""));
  g_autofree char *typed = g_strstrip (g_strdup (date != NULL ? date : ""));
  TrellisDay day = trellis_parse_date (typed);
  TrellisHistory *history;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (TRELLIS_IS_GOAL (goal), NULL);

  if (*stripped == '\0')
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("An interim goal needs a title"));
      return NULL;
    }
  if (day == TRELLIS_DAY_NONE)
    {
      /* translators: %s is what was typed as a date */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("“%s” is not a date: write it as YYYY-MM-DD"), typed);
      return NULL;
    }

  milestone = trellis_milestone_new (stripped, day);
  trellis_milestone_set_goal_uuid (milestone, trellis_item_get_uuid (TRELLIS_ITEM (goal)));
  history = trellis_project_get_history (project);
  trellis_history_begin_group (history, _("Add Interim Goal"));
  trellis_project_add_item (project, milestone);
  trellis_history_end_group (history);
  return milestone;
}
