/* trellis-status-report.c: the lights of a whole project on one day, rolled up
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The report judges every milestone, action, indicator and goal of a project
 * on one day with the rules of trellis-status.c and the project's thresholds,
 * applies the overrides people set, and rolls the lights up:
 *
 * - An action takes the worse of its own rules and its milestones.
 * - A goal takes the WORST light of its parts: its actions, its indicators
 *   and its interim goals (milestones of the goal).  A goal is small enough
 *   that one missed part puts it at risk, and the reason names that part.
 * - The project is a WEIGHTED roll-up of its goals (and of the actions and
 *   milestones that belong to no goal): red when at least project_red_share
 *   (a third) of the parts that can be judged are red; amber when any part
 *   is red or amber; green when all judged parts are green; grey when no
 *   part can be judged.  Taking the worst here would paint every real
 *   project red over one late task; the board would stop looking.
 *
 * Grey (not enough data) never makes a roll-up worse, but is counted in the
 * reason.  Overrides: the light a person set, with a reason, replaces the
 * computed one (which the entry keeps, so both can be shown) and is what the
 * roll-up uses.  An override counts from its date and expires at the next
 * snapshot taken after that date (a snapshot on the same day keeps it, so
 * renewing an override means setting it again on or after the snapshot).
 */

#define G_LOG_DOMAIN "trellis-status-report"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "trellis.h"
#include "trellis-status-report.h"

struct _TrellisStatusReport
{
  GObject             parent_instance;

  TrellisProject     *project;
  char               *as_of;
  TrellisStatusRules  rules;
  TrellisStatusEntry  overall;
  GHashTable         *entries;    /* TrellisItem → TrellisStatusEntry */
  GPtrArray          *milestones; /* of TrellisStatusEntry, in file order */
  GPtrArray          *actions;
  GPtrArray          *indicators;
  GPtrArray          *goals;
};

G_DEFINE_FINAL_TYPE (TrellisStatusReport, trellis_status_report, G_TYPE_OBJECT)

static void
entry_free (gpointer data)
{
  TrellisStatusEntry *entry = data;

  trellis_status_clear (&entry->computed);
  g_clear_pointer (&entry->causes, g_ptr_array_unref);
  g_free (entry);
}

static void
trellis_status_report_finalize (GObject *object)
{
  TrellisStatusReport *self = TRELLIS_STATUS_REPORT (object);

  g_clear_pointer (&self->milestones, g_ptr_array_unref);
  g_clear_pointer (&self->actions, g_ptr_array_unref);
  g_clear_pointer (&self->indicators, g_ptr_array_unref);
  g_clear_pointer (&self->goals, g_ptr_array_unref);
  g_clear_pointer (&self->entries, g_hash_table_unref);
  trellis_status_clear (&self->overall.computed);
  g_clear_pointer (&self->overall.causes, g_ptr_array_unref);
  g_clear_object (&self->project);
  g_free (self->as_of);

  G_OBJECT_CLASS (trellis_status_report_parent_class)->finalize (object);
}

static void
trellis_status_report_class_init (TrellisStatusReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = trellis_status_report_finalize;
}

static void
trellis_status_report_init (TrellisStatusReport *self)
{
  self->entries = g_hash_table_new_full (NULL, NULL, NULL, entry_free);
  self->milestones = g_ptr_array_new ();
  self->actions = g_ptr_array_new ();
  self->indicators = g_ptr_array_new ();
  self->goals = g_ptr_array_new ();
  self->overall.causes = g_ptr_array_new ();
}

/* Overrides -------------------------------------------------------------- */

static guint32 *
list_snapshot_days (TrellisProject *project,
                    guint          *n_days)
{
  GListModel *snapshots = trellis_project_get_items (project, TRELLIS_TYPE_SNAPSHOT);
  guint n = g_list_model_get_n_items (snapshots);
  guint32 *days = g_new0 (guint32, n + 1);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrellisItem) snapshot = g_list_model_get_item (snapshots, i);

      days[i] = trellis_timeline_parse_day (trellis_item_get_string (snapshot, "date"));
    }
  *n_days = n;
  return days;
}

/* Whether an override set on @set (0: undated) still counts on @day. */
static gboolean
override_counts (guint32        set,
                 guint32        day,
                 const guint32 *snapshot_days,
                 guint          n_snapshots)
{
  if (set > day)
    return FALSE;
  for (guint i = 0; i < n_snapshots; i++)
    if (snapshot_days[i] != 0 && snapshot_days[i] > set && snapshot_days[i] <= day)
      return FALSE;
  return TRUE;
}

/* Fills @active (target → override) with the override that counts for each
 * target on @day: the latest one set, if it has not expired. */
static void
collect_overrides (TrellisProject *project,
                   guint32         day,
                   TrellisItem    *only_target,
                   GHashTable     *active)
{
  GListModel *overrides = trellis_project_get_items (project, TRELLIS_TYPE_STATUS_OVERRIDE);
  g_autoptr(GHashTable) latest = g_hash_table_new (NULL, NULL); /* target → override */
  g_autofree guint32 *snapshot_days = NULL;
  guint n = g_list_model_get_n_items (overrides);
  guint n_snapshots;
  GHashTableIter iter;
  gpointer target, override;

  if (n == 0)
    return;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrellisItem) item = g_list_model_get_item (overrides, i);
      const char *uuid = trellis_item_get_string (item, "target");
      TrellisItem *on = uuid != NULL ? trellis_project_lookup (project, uuid) : NULL;
      guint32 set = trellis_timeline_parse_day (trellis_item_get_string (item, "date"));
      TrellisItem *before;

      if (on == NULL || (only_target != NULL && on != only_target) || set > day)
        continue;
      before = g_hash_table_lookup (latest, on);
      /* The later one counts; of two on one day, the one added last. */
      if (before == NULL ||
          trellis_timeline_parse_day (trellis_item_get_string (before, "date")) <= set)
        g_hash_table_insert (latest, on, item);
    }

  snapshot_days = list_snapshot_days (project, &n_snapshots);
  g_hash_table_iter_init (&iter, latest);
  while (g_hash_table_iter_next (&iter, &target, &override))
    {
      guint32 set = trellis_timeline_parse_day (trellis_item_get_string (override, "date"));

      if (override_counts (set, day, snapshot_days, n_snapshots))
        g_hash_table_insert (active, target, override);
    }
}

/**
 * trellis_status_find_override:
 * @item: an action, milestone, indicator or goal, or the project's header
 * @as_of: the day (YYYY-MM-DD)
 *
 * The override that counts for @item on @as_of: the latest one set on or
 * before that day, unless a snapshot was taken after it was set.
 *
 * Returns: (transfer none) (nullable): the TrellisStatusOverride, or %NULL
 */
TrellisItem *
trellis_status_find_override (TrellisProject *project,
                              TrellisItem    *item,
                              const char     *as_of)
{
  g_autoptr(GHashTable) active = g_hash_table_new (NULL, NULL);
  guint32 day = trellis_timeline_parse_day (as_of);

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (TRELLIS_IS_ITEM (item), NULL);
  g_return_val_if_fail (day != 0, NULL);

  collect_overrides (project, day, item, active);
  return g_hash_table_lookup (active, item);
}

/* Entries ---------------------------------------------------------------- */

static TrellisStatusEntry *
add_entry (TrellisStatusReport *self,
           GPtrArray           *list,
           TrellisItem         *item,
           GHashTable          *overrides)
{
  TrellisStatusEntry *entry = g_new0 (TrellisStatusEntry, 1);

  entry->item = item;
  entry->override = g_hash_table_lookup (overrides, item);
  entry->causes = g_ptr_array_new ();
  g_hash_table_insert (self->entries, item, entry);
  g_ptr_array_add (list, entry);
  return entry;
}

static void
apply_override (TrellisStatusEntry *entry)
{
  entry->light = entry->override != NULL ? (TrellisLight) trellis_item_get_enum (entry->override, "light")
                                         : entry->computed.light;
}

/* Worst first; of equal lights, the earlier part (the sort is stable). */
static int
compare_worst_first (gconstpointer a,
                     gconstpointer b)
{
  const TrellisStatusEntry *x = *(TrellisStatusEntry **) a;
  const TrellisStatusEntry *y = *(TrellisStatusEntry **) b;

  return (int) y->light - (int) x->light;
}

/* Appends @entry to the parts (GPtrArray) of the item whose uuid @property of
 * @item names, in @by_owner. */
static void
file_under (GHashTable         *by_owner,
            TrellisProject     *project,
            TrellisItem        *item,
            const char         *property,
            TrellisStatusEntry *entry)
{
  const char *uuid = trellis_item_get_string (item, property);
  TrellisItem *owner;
  GPtrArray *parts;

  if (uuid == NULL || uuid[0] == '\0' || (owner = trellis_project_lookup (project, uuid)) == NULL)
    return;
  parts = g_hash_table_lookup (by_owner, owner);
  if (parts == NULL)
    g_hash_table_insert (by_owner, owner, parts = g_ptr_array_new ());
  g_ptr_array_add (parts, entry);
}

static gboolean
has_owner (TrellisProject *project,
           TrellisItem    *item,
           const char     *property)
{
  const char *uuid = trellis_item_get_string (item, property);

  return uuid != NULL && uuid[0] != '\0' && trellis_project_lookup (project, uuid) != NULL;
}

static void
count_lights (GPtrArray *parts,
              guint      counts[4])
{
  memset (counts, 0, 4 * sizeof (guint));
  for (guint i = 0; i < parts->len; i++)
    counts[((TrellisStatusEntry *) g_ptr_array_index (parts, i))->light]++;
}

static void
add_causes (TrellisStatusEntry *entry,
            GPtrArray          *parts)
{
  if (parts != NULL)
    g_ptr_array_extend (entry->causes, parts, NULL, NULL);
  g_ptr_array_sort (entry->causes, compare_worst_first);
}

/* An action: the worse of its own rules and its milestones. */
static void
judge_action (TrellisStatusReport *self,
              TrellisStatusEntry  *entry,
              GPtrArray           *milestones)
{
  trellis_status_of_action (self->project, entry->item, self->as_of, &self->rules, &entry->computed);
  add_causes (entry, milestones);
  if (entry->causes->len > 0)
    {
      TrellisStatusEntry *worst = g_ptr_array_index (entry->causes, 0);

      if (worst->light > entry->computed.light && worst->light != TRELLIS_LIGHT_GREY)
        {
          g_free (entry->computed.reason);
          entry->computed.light = worst->light;
          entry->computed.reason = g_strdup (trellis_status_entry_get_reason (worst));
        }
    }
  apply_override (entry);
}

/* A goal: the worst of its parts. */
static void
judge_goal (TrellisStatusReport *self,
            TrellisStatusEntry  *entry,
            GPtrArray           *parts)
{
  g_autofree char *title = trellis_item_dup_label (entry->item);
  TrellisStatusEntry *worst;
  guint counts[4];

  add_causes (entry, parts);
  count_lights (entry->causes, counts);
  if (entry->causes->len == 0)
    {
      entry->computed.light = TRELLIS_LIGHT_GREY;
      entry->computed.reason = g_strdup_printf (_("Goal “%s” has no actions, indicators or interim goals "
                                                  "to judge it by"), title);
    }
  else if ((worst = g_ptr_array_index (entry->causes, 0))->light == TRELLIS_LIGHT_GREY)
    {
      entry->computed.light = TRELLIS_LIGHT_GREY;
      entry->computed.reason = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "Goal “%s” has %u part, without the data to judge it",
                                                             "Goal “%s” has %u parts, none with the data to judge it",
                                                             counts[TRELLIS_LIGHT_GREY]),
                                                title, counts[TRELLIS_LIGHT_GREY]);
    }
  else if (worst->light == TRELLIS_LIGHT_GREEN)
    {
      entry->computed.light = TRELLIS_LIGHT_GREEN;
      entry->computed.reason = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "Goal “%s”: its %u judged part is green",
                                                             "Goal “%s”: all %u judged parts are green",
                                                             counts[TRELLIS_LIGHT_GREEN]),
                                                title, counts[TRELLIS_LIGHT_GREEN]);
    }
  else
    {
      entry->computed.light = worst->light;
      /* translators: the second %s is the reason of the goal's worst part */
      entry->computed.reason = g_strdup_printf (_("Goal “%s” takes the worst light of its parts "
                                                  "(%u red, %u amber, %u green): %s"),
                                                title, counts[TRELLIS_LIGHT_RED], counts[TRELLIS_LIGHT_AMBER],
                                                counts[TRELLIS_LIGHT_GREEN], trellis_status_entry_get_reason (worst));
    }
  apply_override (entry);
}

/* The project: weighted, see the top of this file. */
static void
judge_project (TrellisStatusReport *self,
               GPtrArray           *parts)
{
  TrellisStatusEntry *entry = &self->overall;
  double share = self->rules.project_red_share;
  guint counts[4];
  guint judged;

  add_causes (entry, parts);
  count_lights (entry->causes, counts);
  judged = entry->causes->len - counts[TRELLIS_LIGHT_GREY];

  if (judged == 0)
    {
      entry->computed.light = TRELLIS_LIGHT_GREY;
      entry->computed.reason = g_strdup (_("Nothing in the plan can be judged yet: give the goals "
                                           "actions with due dates, or indicators with a baseline, "
                                           "a target and a measurement"));
    }
  else if (counts[TRELLIS_LIGHT_RED] >= share * judged)
    {
      entry->computed.light = TRELLIS_LIGHT_RED;
      entry->computed.reason = g_strdup_printf (_("%u of the %u goals and other parts that can be judged "
                                                  "are red, at least %.0f %% of them"),
                                                counts[TRELLIS_LIGHT_RED], judged, 100 * share);
    }
  else if (counts[TRELLIS_LIGHT_RED] + counts[TRELLIS_LIGHT_AMBER] > 0)
    {
      entry->computed.light = TRELLIS_LIGHT_AMBER;
      entry->computed.reason = g_strdup_printf (_("%u of the %u goals and other parts that can be judged "
                                                  "are red and %u amber; the project is red from %.0f %% red"),
                                                counts[TRELLIS_LIGHT_RED], judged,
                                                counts[TRELLIS_LIGHT_AMBER], 100 * share);
    }
  else
    {
      entry->computed.light = TRELLIS_LIGHT_GREEN;
      entry->computed.reason = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "The %u goal or part that can be judged is green",
                                                             "All %u goals and other parts that can be judged are green",
                                                             judged),
                                                judged);
    }
  apply_override (entry);
}

static void
free_parts (gpointer data)
{
  g_ptr_array_unref (data);
}

static void
compute (TrellisStatusReport *self)
{
  TrellisProject *project = self->project;
  g_autoptr(GHashTable) overrides = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) parts = g_hash_table_new_full (NULL, NULL, NULL, free_parts); /* owner → entries */
  g_autoptr(GPtrArray) loose = g_ptr_array_new ();  /* the project's parts outside goals */
  const GType types[] = { TRELLIS_TYPE_MILESTONE, TRELLIS_TYPE_ACTION, TRELLIS_TYPE_INDICATOR, TRELLIS_TYPE_GOAL };
  GPtrArray *lists[] = { self->milestones, self->actions, self->indicators, self->goals };

  collect_overrides (project, trellis_timeline_parse_day (self->as_of), NULL, overrides);
  self->overall.item = TRELLIS_ITEM (trellis_project_get_header (project));
  self->overall.override = g_hash_table_lookup (overrides, self->overall.item);

  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    {
      GListModel *model = trellis_project_get_items (project, types[t]);
      guint n = g_list_model_get_n_items (model);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(TrellisItem) item = g_list_model_get_item (model, i);
          TrellisStatusEntry *entry = add_entry (self, lists[t], item, overrides);

          if (types[t] == TRELLIS_TYPE_MILESTONE)
            {
              trellis_status_of_milestone (project, item, self->as_of, &self->rules, &entry->computed);
              apply_override (entry);
              if (has_owner (project, item, "action"))
                file_under (parts, project, item, "action", entry);
              else if (has_owner (project, item, "goal"))
                file_under (parts, project, item, "goal", entry);
              else
                g_ptr_array_add (loose, entry);
            }
          else if (types[t] == TRELLIS_TYPE_ACTION)
            {
              judge_action (self, entry, g_hash_table_lookup (parts, item));
              if (has_owner (project, item, "goal"))
                file_under (parts, project, item, "goal", entry);
              else
                g_ptr_array_add (loose, entry);
            }
          else if (types[t] == TRELLIS_TYPE_INDICATOR)
            {
              trellis_status_of_indicator (project, item, self->as_of, &self->rules, &entry->computed);
              apply_override (entry);
              file_under (parts, project, item, "goal", entry);
            }
          else
            {
              judge_goal (self, entry, g_hash_table_lookup (parts, item));
              g_ptr_array_add (loose, entry);
            }
        }
    }

  judge_project (self, loose);
}

/**
 * trellis_status_report_new:
 * @as_of: the day to judge (YYYY-MM-DD)
 *
 * Judges every milestone, action, indicator and goal of @project and the
 * project as a whole on @as_of, with the project's thresholds.
 *
 * Returns: (transfer full): the report; it does not follow later changes
 */
TrellisStatusReport *
trellis_status_report_new (TrellisProject *project,
                           const char     *as_of)
{
  TrellisStatusReport *self;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (trellis_timeline_parse_day (as_of) != 0, NULL);

  self = g_object_new (TRELLIS_TYPE_STATUS_REPORT, NULL);
  self->project = g_object_ref (project);
  self->as_of = g_strdup (as_of);
  trellis_status_rules_load (&self->rules, project);
  compute (self);
  return self;
}

TrellisProject *
trellis_status_report_get_project (TrellisStatusReport *self)
{
  g_return_val_if_fail (TRELLIS_IS_STATUS_REPORT (self), NULL);

  return self->project;
}

const char *
trellis_status_report_get_as_of (TrellisStatusReport *self)
{
  g_return_val_if_fail (TRELLIS_IS_STATUS_REPORT (self), NULL);

  return self->as_of;
}

const TrellisStatusRules *
trellis_status_report_get_rules (TrellisStatusReport *self)
{
  g_return_val_if_fail (TRELLIS_IS_STATUS_REPORT (self), NULL);

  return &self->rules;
}

/**
 * trellis_status_report_get_overall:
 *
 * Returns: (transfer none): the status of the project as a whole; its item is
 *   the project's header (the target of an override of the whole project)
 */
const TrellisStatusEntry *
trellis_status_report_get_overall (TrellisStatusReport *self)
{
  g_return_val_if_fail (TRELLIS_IS_STATUS_REPORT (self), NULL);

  return &self->overall;
}

/**
 * trellis_status_report_lookup:
 *
 * Returns: (transfer none) (nullable): the status of @item, %NULL if it is not
 *   an action, milestone, indicator or goal of the report's project; for the
 *   project's header, the overall status
 */
const TrellisStatusEntry *
trellis_status_report_lookup (TrellisStatusReport *self,
                              TrellisItem         *item)
{
  g_return_val_if_fail (TRELLIS_IS_STATUS_REPORT (self), NULL);

  if (item != NULL && item == self->overall.item)
    return &self->overall;
  return g_hash_table_lookup (self->entries, item);
}

/**
 * trellis_status_report_list:
 * @type: %TRELLIS_TYPE_ACTION, _MILESTONE, _INDICATOR or _GOAL
 *
 * Returns: (transfer container) (element-type TrellisStatusEntry): the entries
 *   of that type, in file order
 */
GPtrArray *
trellis_status_report_list (TrellisStatusReport *self,
                            GType                type)
{
  GPtrArray *list;

  g_return_val_if_fail (TRELLIS_IS_STATUS_REPORT (self), NULL);

  if (type == TRELLIS_TYPE_MILESTONE)
    list = self->milestones;
  else if (type == TRELLIS_TYPE_ACTION)
    list = self->actions;
  else if (type == TRELLIS_TYPE_INDICATOR)
    list = self->indicators;
  else if (type == TRELLIS_TYPE_GOAL)
    list = self->goals;
  else
    g_return_val_if_reached (g_ptr_array_new ());

  return g_ptr_array_copy (list, NULL, NULL);
}

/**
 * trellis_status_report_count:
 *
 * Returns: how many entries of @type have the light @light (after overrides)
 */
guint
trellis_status_report_count (TrellisStatusReport *self,
                             GType                type,
                             TrellisLight         light)
{
  g_autoptr(GPtrArray) list = trellis_status_report_list (self, type);
  guint count = 0;

  for (guint i = 0; i < list->len; i++)
    if (((TrellisStatusEntry *) g_ptr_array_index (list, i))->light == light)
      count++;
  return count;
}

/**
 * trellis_status_entry_get_reason:
 *
 * Returns: why the entry has its light: the override's reason if one counts,
 *   else the computed reason
 */
const char *
trellis_status_entry_get_reason (const TrellisStatusEntry *entry)
{
  g_return_val_if_fail (entry != NULL, NULL);

  if (entry->override != NULL)
    return trellis_item_get_string (entry->override, "reason");
  return entry->computed.reason;
}
