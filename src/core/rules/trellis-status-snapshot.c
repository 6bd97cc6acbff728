/* trellis-status-snapshot.c: snapshots of the lights, their trends, and overrides
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A snapshot is what the board was told on one day: the light that counted
 * for every milestone, action, indicator and goal and for the project as a
 * whole, and the value of every indicator.  Each entry keeps the label of its
 * item as it was, so the trend of an item deleted since can still be shown.
 *
 * The lights are judged as they stand before the snapshot is added, so an
 * override that counts on the day is recorded; from then on it has expired
 * (trellis-status-report.c) unless it was set on the snapshot's day, or is
 * set again (renewed) on or after it.
 */

#define G_LOG_DOMAIN "trellis-status-snapshot"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "trellis.h"
#include "trellis-status-snapshot.h"

static gboolean
check_date (const char  *date,
            GError     **error)
{
  if (trellis_date_parse (date) != TRELLIS_DAY_NONE)
    return TRUE;

  /* translators: %s is what was typed as a date */
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
               _("“%s” is not a date: write it as YYYY-MM-DD"), date != NULL ? date : "");
  return FALSE;
}

/**
 * trellis_status_indicator_value_on:
 * @date: the day (YYYY-MM-DD)
 *
 * Returns: the value of @indicator on @date: its latest measurement on or
 *   before that day, else its baseline if it had one by then; NaN if neither
 */
double
trellis_status_indicator_value_on (TrellisProject *project,
                                   TrellisItem    *indicator,
                                   const char     *date)
{
  g_autoptr(GPtrArray) measurements = NULL;
  TrellisItem *measurement;
  TrellisDay baseline_day;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NAN);
  g_return_val_if_fail (TRELLIS_IS_INDICATOR (indicator), NAN);
  g_return_val_if_fail (date != NULL, NAN);

  measurements = trellis_indicator_list_measurements (project, TRELLIS_INDICATOR (indicator));
  measurement = trellis_measurement_find_on (measurements, date);
  if (measurement != NULL)
    return trellis_measurement_get_value (TRELLIS_MEASUREMENT (measurement));

  baseline_day = trellis_indicator_get_baseline_date (TRELLIS_INDICATOR (indicator));
  if (baseline_day != TRELLIS_DAY_NONE && baseline_day > trellis_date_parse (date))
    return NAN;
  return trellis_indicator_get_baseline (TRELLIS_INDICATOR (indicator));
}

static void
record_entry (TrellisProject           *project,
              TrellisSnapshot          *snapshot,
              const TrellisStatusEntry *entry,
              const char               *date)
{
  g_autoptr(TrellisSnapshotEntry) record = NULL;
  g_autofree char *label = trellis_item_dup_label (entry->item);

  record = trellis_snapshot_entry_new (trellis_item_get_uuid (TRELLIS_ITEM (snapshot)),
                                       trellis_item_get_uuid (entry->item));
  trellis_snapshot_entry_set_label (record, label);
  trellis_snapshot_entry_set_light (record, entry->light);
  if (TRELLIS_IS_INDICATOR (entry->item))
    trellis_snapshot_entry_set_value (record, trellis_status_indicator_value_on (project, entry->item, date));
  trellis_project_add_item (project, record);
}

static void
record_entries (TrellisProject      *project,
                TrellisSnapshot     *snapshot,
                TrellisStatusReport *report,
                const char          *date)
{
  const GType types[] = { TRELLIS_TYPE_GOAL, TRELLIS_TYPE_INDICATOR, TRELLIS_TYPE_ACTION, TRELLIS_TYPE_MILESTONE };

  record_entry (project, snapshot, trellis_status_report_get_overall (report), date);
  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    {
      g_autoptr(GPtrArray) entries = trellis_status_report_list (report, types[t]);

      for (guint i = 0; i < entries->len; i++)
        record_entry (project, snapshot, g_ptr_array_index (entries, i), date);
    }
}

/**
 * trellis_status_take_snapshot:
 * @date: the day of the snapshot (YYYY-MM-DD)
 * @title: (nullable): what it is for, like "Q4 2026 report to the board"
 * @note: (nullable): a longer note
 *
 * Records the lights of @project on @date (after overrides) and the value
 * of every indicator on that day, as one undo step.
 *
 * Returns: (transfer none): the new snapshot, or %NULL with @error set
 *   for an invalid date
 */
TrellisSnapshot *
trellis_status_take_snapshot (TrellisProject  *project,
                              const char      *date,
                              const char      *title,
                              const char      *note,
                              GError         **error)
{
  g_autoptr(TrellisStatusReport) report = NULL;
  g_autoptr(TrellisSnapshot) snapshot = NULL;
  TrellisHistory *history;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);

  if (!check_date (date, error))
    return NULL;

  /* Judged before the snapshot exists, so that the overrides it ends count in it. */
  report = trellis_status_report_new (project, date);
  snapshot = trellis_snapshot_new (trellis_date_parse (date));
  if (title != NULL && title[0] != '\0')
    trellis_snapshot_set_title (snapshot, title);
  if (note != NULL && note[0] != '\0')
    trellis_snapshot_set_note (snapshot, note);

  history = trellis_project_get_history (project);
  trellis_history_begin_group (history, _("Take Snapshot"));
  trellis_project_add_item (project, snapshot);
  record_entries (project, snapshot, report, date);
  trellis_history_end_group (history);
  return snapshot;
}

/**
 * trellis_status_list_snapshots:
 *
 * Returns: (transfer container) (element-type TrellisSnapshot): the
 *   snapshots of @project, oldest first (those of one day in file order)
 */
GPtrArray *
trellis_status_list_snapshots (TrellisProject *project)
{
  GListModel *model;
  GPtrArray *snapshots;
  guint n;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);

  model = trellis_project_get_items (project, TRELLIS_TYPE_SNAPSHOT);
  n = g_list_model_get_n_items (model);
  snapshots = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (snapshots, g_list_model_get_item (model, i));
  g_ptr_array_sort (snapshots, trellis_item_compare_dates);
  return snapshots;
}

/**
 * trellis_snapshot_list_entries:
 *
 * Returns: (transfer container) (element-type TrellisSnapshotEntry): the
 *   entries of @snapshot, in file order
 */
GPtrArray *
trellis_snapshot_list_entries (TrellisProject  *project,
                               TrellisSnapshot *snapshot)
{
  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (TRELLIS_IS_SNAPSHOT (snapshot), NULL);

  return trellis_snapshot_entry_list_by_snapshot (project, TRELLIS_SNAPSHOT (snapshot));
}

/* The day of the snapshot @entry belongs to; none if that is gone. */
static TrellisDay
entry_day (TrellisSnapshotEntry *entry)
{
  TrellisSnapshot *snapshot = trellis_snapshot_entry_get_snapshot (entry);

  return snapshot != NULL ? trellis_snapshot_get_date (snapshot) : TRELLIS_DAY_NONE;
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  TrellisDay day_a = entry_day (*(TrellisSnapshotEntry **) a);
  TrellisDay day_b = entry_day (*(TrellisSnapshotEntry **) b);

  return (day_a > day_b) - (day_a < day_b);
}

/**
 * trellis_status_list_trend_for:
 * @target_uuid: the uuid of an item, which may have been deleted since
 *
 * Returns: (transfer container) (element-type TrellisSnapshotEntry): the
 *   snapshot entries of that item, oldest snapshot first (of snapshots of
 *   one day, in file order)
 */
GPtrArray *
trellis_status_list_trend_for (TrellisProject *project,
                               const char     *target_uuid)
{
  GListModel *entries;
  GPtrArray *trend;
  guint n;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (target_uuid != NULL, NULL);

  entries = trellis_project_get_items (project, TRELLIS_TYPE_SNAPSHOT_ENTRY);
  n = g_list_model_get_n_items (entries);
  trend = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrellisSnapshotEntry) entry = g_list_model_get_item (entries, i);

      if (g_strcmp0 (trellis_snapshot_entry_get_target_uuid (entry), target_uuid) == 0)
        g_ptr_array_add (trend, g_steal_pointer (&entry));
    }
  /* Stable, so that the snapshots of one day keep their order. */
  g_ptr_array_sort (trend, compare_entries);
  return trend;
}

/**
 * trellis_status_list_trend:
 * @target: an action, milestone, indicator or goal, or the project's header
 *
 * Returns: (transfer container) (element-type TrellisSnapshotEntry): the
 *   snapshot entries of @target, oldest snapshot first
 */
GPtrArray *
trellis_status_list_trend (TrellisProject *project,
                           TrellisItem    *target)
{
  g_return_val_if_fail (TRELLIS_IS_ITEM (target), NULL);

  return trellis_status_list_trend_for (project, trellis_item_get_uuid (target));
}

/**
 * trellis_status_list_trend_targets:
 *
 * Returns: (transfer full) (element-type utf8): the uuids of every item
 *   that has an entry in a snapshot, deleted items included, in the order
 *   they first appear in the file
 */
GPtrArray *
trellis_status_list_trend_targets (TrellisProject *project)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *entries;
  GPtrArray *targets;
  guint n;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);

  entries = trellis_project_get_items (project, TRELLIS_TYPE_SNAPSHOT_ENTRY);
  n = g_list_model_get_n_items (entries);
  targets = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrellisSnapshotEntry) entry = g_list_model_get_item (entries, i);
      const char *target = trellis_snapshot_entry_get_target_uuid (entry);
      char *copy;

      if (target == NULL || target[0] == '\0' || g_hash_table_contains (seen, target))
        continue;
      copy = g_strdup (target);
      g_ptr_array_add (targets, copy);
      g_hash_table_add (seen, copy);
    }
  return targets;
}

/**
 * trellis_status_dup_trend_label:
 *
 * Returns: (transfer full): the label of the item @target_uuid names, or if
 *   it was deleted, the label its latest snapshot entry recorded
 */
char *
trellis_status_dup_trend_label (TrellisProject *project,
                                const char     *target_uuid)
{
  g_autoptr(GPtrArray) trend = NULL;
  TrellisItem *item;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (target_uuid != NULL, NULL);

  item = trellis_project_lookup (project, target_uuid);
  if (item != NULL)
    return trellis_item_dup_label (item);

  trend = trellis_status_list_trend_for (project, target_uuid);
  for (guint i = trend->len; i > 0; i--)
    {
      const char *label = trellis_snapshot_entry_get_label (g_ptr_array_index (trend, i - 1));

      if (label != NULL && label[0] != '\0')
        return g_strdup (label);
    }
  return g_strdup (_("Deleted item"));
}

/* Overrides -------------------------------------------------------------- */

static gboolean
can_be_judged (TrellisProject *project,
               TrellisItem    *target)
{
  return target == TRELLIS_ITEM (trellis_project_get_header (project)) ||
         ((TRELLIS_IS_ACTION (target) || TRELLIS_IS_MILESTONE (target) ||
           TRELLIS_IS_INDICATOR (target) || TRELLIS_IS_GOAL (target)) &&
          trellis_project_lookup (project, trellis_item_get_uuid (target)) == target);
}

/**
 * trellis_status_set_override:
 * @target: an action, milestone, indicator or goal of @project, or its header
 *   for the project as a whole
 * @light: the light that counts instead of the computed one
 * @reason: why; required
 * @author: (nullable): who decided it
 * @date: the day it counts from (YYYY-MM-DD)
 *
 * Overrides the light of @target from @date until the next snapshot taken
 * after that day.  Setting it again with a later date renews it.  One undo
 * step.
 *
 * Returns: (transfer none): the new override, or %NULL with @error set for a
 *   missing reason or an invalid date
 */
TrellisStatusOverride *
trellis_status_set_override (TrellisProject  *project,
                             TrellisItem     *target,
                             TrellisLight     light,
                             const char      *reason,
                             const char      *author,
                             const char      *date,
                             GError         **error)
{
  g_autoptr(TrellisStatusOverride) override = NULL;
  g_autofree char *why = NULL;
  g_autofree char *who = NULL;
  TrellisHistory *history;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (TRELLIS_IS_ITEM (target), NULL);
  g_return_val_if_fail (can_be_judged (project, target), NULL);
  g_return_val_if_fail (light >= TRELLIS_LIGHT_GREY && light <= TRELLIS_LIGHT_RED, NULL);

  why = g_strstrip (g_strdup (reason != NULL ? reason : ""));
  if (why[0] == '\0')
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("An override needs a reason"));
      return NULL;
    }
  if (!check_date (date, error))
    return NULL;
  who = g_strstrip (g_strdup (author != NULL ? author : ""));

  override = trellis_status_override_new (trellis_item_get_uuid (target), light, why);
  trellis_status_override_set_date (override, trellis_date_parse (date));
  trellis_status_override_set_author (override, who[0] != '\0' ? who : NULL);

  history = trellis_project_get_history (project);
  trellis_history_begin_group (history, _("Override Light"));
  trellis_project_add_item (project, override);
  trellis_history_end_group (history);
  return override;
}

/**
 * trellis_status_clear_override:
 * @target: an item of @project, or its header
 *
 * Removes every override of @target, as one undo step, so that its computed
 * light counts again.
 *
 * Returns: how many overrides were removed
 */
guint
trellis_status_clear_override (TrellisProject *project,
                               TrellisItem    *target)
{
  g_autoptr(GPtrArray) overrides = NULL;
  TrellisHistory *history;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), 0);
  g_return_val_if_fail (TRELLIS_IS_ITEM (target), 0);

  overrides = trellis_status_override_list_by_target (project, TRELLIS_ITEM (target));
  if (overrides->len == 0)
    return 0;

  history = trellis_project_get_history (project);
  trellis_history_begin_group (history, _("Remove Override"));
  for (guint i = 0; i < overrides->len; i++)
    trellis_project_remove_item (project, g_ptr_array_index (overrides, i));
  trellis_history_end_group (history);
  return overrides->len;
}

/**
 * trellis_status_list_ending_overrides:
 * @date: the day of a snapshot about to be taken (YYYY-MM-DD)
 *
 * The overrides that count on @date and were set before it: a snapshot of
 * that day records them, and they end with it.
 *
 * Returns: (transfer container) (element-type TrellisStatusOverride): the
 *   overrides, in file order; empty for an invalid @date
 */
GPtrArray *
trellis_status_list_ending_overrides (TrellisProject *project,
                                      const char     *date)
{
  GPtrArray *ending = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *overrides;
  TrellisDay day = trellis_date_parse (date);

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), ending);

  if (day == 0)
    return ending;
  overrides = trellis_project_get_items (project, TRELLIS_TYPE_STATUS_OVERRIDE);
  for (guint i = 0; i < g_list_model_get_n_items (overrides); i++)
    {
      g_autoptr(TrellisStatusOverride) override = g_list_model_get_item (overrides, i);
      TrellisItem *target = trellis_status_override_get_target (override);

      if (target != NULL &&
          trellis_status_override_get_date (override) < day &&
          trellis_status_find_override (project, target, date) == TRELLIS_ITEM (override))
        g_ptr_array_add (ending, g_steal_pointer (&override));
    }
  return ending;
}
