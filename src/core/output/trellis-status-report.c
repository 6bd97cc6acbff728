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

/* An entry with what it takes to say its reason later. */
typedef struct
{
  TrellisStatusEntry   pub;
  TrellisStatusReport *report;     /* unowned: the report owns its entries */
  GType                type;       /* of the item; G_TYPE_NONE for the project */
  guint                counts[4];  /* of a goal's or the project's parts, by light */
  gboolean             from_cause; /* an action with the light of its worst milestone */
} Entry;

struct _TrellisStatusReport
{
  GObject             parent_instance;

  TrellisProject     *project;
  char               *as_of;
  TrellisStatusRules  rules;
  Entry              *overall;
  GHashTable         *measurements; /* indicator → its measurements, oldest first */
  GPtrArray          *no_causes;  /* shared by the entries without parts */
  GHashTable         *entries;    /* TrellisItem → Entry */
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
  g_clear_object (&entry->item);
  g_clear_object (&entry->override);
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
  g_clear_pointer (&self->measurements, g_hash_table_unref);
  g_clear_pointer (&self->overall, entry_free);
  g_clear_pointer (&self->no_causes, g_ptr_array_unref);
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
  self->measurements = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  self->milestones = g_ptr_array_new ();
  self->actions = g_ptr_array_new ();
  self->indicators = g_ptr_array_new ();
  self->goals = g_ptr_array_new ();
  self->no_causes = g_ptr_array_new ();
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

      days[i] = trellis_snapshot_get_date (TRELLIS_SNAPSHOT (snapshot));
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
      TrellisItem *on = trellis_status_override_get_target (TRELLIS_STATUS_OVERRIDE (item));
      guint32 set = trellis_status_override_get_date (TRELLIS_STATUS_OVERRIDE (item));
      TrellisItem *before;

      if (on == NULL || (only_target != NULL && on != only_target) || set > day)
        continue;
      before = g_hash_table_lookup (latest, on);
      /* The later one counts; of two on one day, the one added last. */
      if (before == NULL ||
          trellis_status_override_get_date (TRELLIS_STATUS_OVERRIDE (before)) <= set)
        g_hash_table_insert (latest, on, item);
    }

  snapshot_days = list_snapshot_days (project, &n_snapshots);
  g_hash_table_iter_init (&iter, latest);
  while (g_hash_table_iter_next (&iter, &target, &override))
    {
      guint32 set = trellis_status_override_get_date (override);

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
  guint32 day = trellis_date_parse (as_of);

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (TRELLIS_IS_ITEM (item), NULL);
  g_return_val_if_fail (day != 0, NULL);

  collect_overrides (project, day, item, active);
  return g_hash_table_lookup (active, item);
}

/* Entries ---------------------------------------------------------------- */

static Entry *
entry_new (TrellisStatusReport *self,
           GType                type,
           TrellisItem         *item,
           GHashTable          *overrides)
{
  Entry *entry = g_new0 (Entry, 1);

  entry->report = self;
  entry->type = type;
  /* References: the report stays valid while the project changes. */
  entry->pub.item = g_object_ref (item);
  entry->pub.override = g_hash_table_lookup (overrides, item);
  if (entry->pub.override != NULL)
    g_object_ref (entry->pub.override);
  entry->pub.causes = g_ptr_array_ref (self->no_causes);
  entry->pub.computed.light_only = TRUE;
  return entry;
}

static Entry *
add_entry (TrellisStatusReport *self,
           GPtrArray           *list,
           GType                type,
           TrellisItem         *item,
           GHashTable          *overrides)
{
  Entry *entry = entry_new (self, type, item, overrides);

  g_hash_table_insert (self->entries, item, entry);
  g_ptr_array_add (list, entry);
  return entry;
}

static void
apply_override (TrellisStatusEntry *entry)
{
  entry->light = entry->override != NULL ? trellis_status_override_get_light (TRELLIS_STATUS_OVERRIDE (entry->override))
                                         : entry->computed.light;
}

/* Appends @entry to the parts (GPtrArray) of @owner (an action or a goal,
 * resolved by the typed accessors), in @by_owner; %FALSE without @owner. */
static gboolean
file_under (GHashTable         *by_owner,
            gpointer            owner,
            TrellisStatusEntry *entry)
{
  GPtrArray *parts;

  if (owner == NULL)
    return FALSE;
  parts = g_hash_table_lookup (by_owner, owner);
  if (parts == NULL)
    g_hash_table_insert (by_owner, owner, parts = g_ptr_array_new ());
  g_ptr_array_add (parts, entry);
  return TRUE;
}

static void
count_lights (GPtrArray *parts,
              guint      counts[4])
{
  memset (counts, 0, 4 * sizeof (guint));
  for (guint i = 0; i < parts->len; i++)
    counts[((TrellisStatusEntry *) g_ptr_array_index (parts, i))->light]++;
}

/* The parts, worst first; of equal lights, in their order (a stable
 * bucket sort: there are four lights). */
static void
add_causes (TrellisStatusEntry *entry,
            GPtrArray          *parts)
{
  if (parts == NULL || parts->len == 0)
    return;
  g_ptr_array_unref (entry->causes);
  entry->causes = g_ptr_array_sized_new (parts->len);
  for (int light = TRELLIS_LIGHT_RED; light >= TRELLIS_LIGHT_GREY; light--)
    for (guint i = 0; i < parts->len; i++)
      if ((int) ((TrellisStatusEntry *) g_ptr_array_index (parts, i))->light == light)
        g_ptr_array_add (entry->causes, g_ptr_array_index (parts, i));
}

/* An action: the worse of its own rules and its milestones. */
static void
judge_action (TrellisStatusReport *self,
              Entry               *entry,
              GPtrArray           *milestones)
{
  TrellisStatusEntry *pub = &entry->pub;

  trellis_status_of_action (self->project, pub->item, self->as_of, &self->rules, &pub->computed);
  add_causes (pub, milestones);
  if (pub->causes->len > 0)
    {
      TrellisStatusEntry *worst = g_ptr_array_index (pub->causes, 0);

      if (worst->light > pub->computed.light && worst->light != TRELLIS_LIGHT_GREY)
        {
          pub->computed.light = worst->light;
          entry->from_cause = TRUE;
        }
    }
  apply_override (pub);
}

/* A goal: the worst of its parts. */
static void
judge_goal (Entry     *entry,
            GPtrArray *parts)
{
  TrellisStatusEntry *pub = &entry->pub;

  add_causes (pub, parts);
  count_lights (pub->causes, entry->counts);
  pub->computed.light = pub->causes->len > 0 ? ((TrellisStatusEntry *) g_ptr_array_index (pub->causes, 0))->light
                                             : TRELLIS_LIGHT_GREY;
  apply_override (pub);
}

static char *
goal_reason (Entry *entry)
{
  TrellisStatusEntry *pub = &entry->pub;
  g_autofree char *title = trellis_item_dup_label (pub->item);
  const guint *counts = entry->counts;

  if (pub->causes->len == 0)
    return g_strdup_printf (_("Goal “%s” has no actions, indicators or interim goals to judge it by"), title);

  switch (pub->computed.light)
    {
    case TRELLIS_LIGHT_GREY:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Goal “%s” has %u part, without the data to judge it",
                                           "Goal “%s” has %u parts, none with the data to judge it",
                                           counts[TRELLIS_LIGHT_GREY]),
                              title, counts[TRELLIS_LIGHT_GREY]);
    case TRELLIS_LIGHT_GREEN:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Goal “%s”: its %u judged part is green",
                                           "Goal “%s”: all %u judged parts are green",
                                           counts[TRELLIS_LIGHT_GREEN]),
                              title, counts[TRELLIS_LIGHT_GREEN]);
    default:
      /* translators: the second %s is the reason of the goal's worst part */
      return g_strdup_printf (_("Goal “%s” takes the worst light of its parts (%u red, %u amber, %u green): %s"),
                              title, counts[TRELLIS_LIGHT_RED], counts[TRELLIS_LIGHT_AMBER],
                              counts[TRELLIS_LIGHT_GREEN],
                              trellis_status_entry_get_reason (g_ptr_array_index (pub->causes, 0)));
    }
}

/* The project: weighted, see the top of this file. */
static void
judge_project (TrellisStatusReport *self,
               GPtrArray           *parts)
{
  Entry *entry = self->overall;
  TrellisStatusEntry *pub = &entry->pub;
  const guint *counts = entry->counts;
  guint judged;

  add_causes (pub, parts);
  count_lights (pub->causes, entry->counts);
  judged = pub->causes->len - counts[TRELLIS_LIGHT_GREY];

  if (judged == 0)
    pub->computed.light = TRELLIS_LIGHT_GREY;
  else if (counts[TRELLIS_LIGHT_RED] >= self->rules.project_red_share * judged)
    pub->computed.light = TRELLIS_LIGHT_RED;
  else if (counts[TRELLIS_LIGHT_RED] + counts[TRELLIS_LIGHT_AMBER] > 0)
    pub->computed.light = TRELLIS_LIGHT_AMBER;
  else
    pub->computed.light = TRELLIS_LIGHT_GREEN;
  apply_override (pub);
}

static char *
project_reason (Entry *entry)
{
  const guint *counts = entry->counts;
  double share = entry->report->rules.project_red_share;
  guint judged = entry->pub.causes->len - counts[TRELLIS_LIGHT_GREY];

  switch (entry->pub.computed.light)
    {
    case TRELLIS_LIGHT_GREY:
      return g_strdup (_("Nothing in the plan can be judged yet: give the goals actions with due dates, "
                         "or indicators with a baseline, a target and a measurement"));
    case TRELLIS_LIGHT_RED:
      /* translators: how many parts are red, how many can be judged, then the share that makes the project red */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u of the %u goal or other part that can be judged is red; "
                                           "from %.0f %% red the project is red",
                                           "%u of the %u goals and other parts that can be judged are red; "
                                           "from %.0f %% red the project is red", judged),
                              counts[TRELLIS_LIGHT_RED], judged, 100 * share);
    case TRELLIS_LIGHT_AMBER:
      /* translators: how many parts are red, how many can be judged, how many are amber, then the share
       * that would make the project red */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u of the %u goal or other part that can be judged is red and %u "
                                           "amber; from %.0f %% red the project would be red",
                                           "%u of the %u goals and other parts that can be judged are red and %u "
                                           "amber; from %.0f %% red the project would be red", judged),
                              counts[TRELLIS_LIGHT_RED], judged, counts[TRELLIS_LIGHT_AMBER], 100 * share);
    default:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "The %u goal or part that can be judged is green",
                                           "All %u goals and other parts that can be judged are green",
                                           judged),
                              judged);
    }
}

/* The reason of the computed light, made when first asked for: the words
 * cost more than the lights, and most are never read. */
static char *
compute_reason (Entry *entry)
{
  TrellisStatusReport *self = entry->report;
  TrellisStatusEntry *pub = &entry->pub;
  g_auto(TrellisStatus) status = { 0 };

  if (entry->type == G_TYPE_NONE)
    return project_reason (entry);
  if (entry->type == TRELLIS_TYPE_GOAL)
    return goal_reason (entry);
  if (entry->from_cause)
    return g_strdup (trellis_status_entry_get_reason (g_ptr_array_index (pub->causes, 0)));

  if (entry->type == TRELLIS_TYPE_ACTION)
    trellis_status_of_action (self->project, pub->item, self->as_of, &self->rules, &status);
  else if (entry->type == TRELLIS_TYPE_MILESTONE)
    trellis_status_of_milestone (self->project, pub->item, self->as_of, &self->rules, &status);
  else
    trellis_status_of_indicator_measured (pub->item, g_hash_table_lookup (self->measurements, pub->item),
                                          self->as_of, &self->rules, &status);
  return g_steal_pointer (&status.reason);
}

static void
free_parts (gpointer data)
{
  g_ptr_array_unref (data);
}

/* Fills @measurements (indicator → its measurements, oldest first) in one pass. */
static void
collect_measurements (TrellisProject *project,
                      GHashTable     *measurements)
{
  GListModel *model = trellis_project_get_items (project, TRELLIS_TYPE_MEASUREMENT);
  guint n = g_list_model_get_n_items (model);
  GHashTableIter iter;
  gpointer list;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrellisItem) measurement = g_list_model_get_item (model, i);
      TrellisIndicator *indicator = trellis_measurement_get_indicator (TRELLIS_MEASUREMENT (measurement));
      GPtrArray *of;

      if (indicator == NULL)
        continue;
      of = g_hash_table_lookup (measurements, indicator);
      if (of == NULL)
        g_hash_table_insert (measurements, indicator, of = g_ptr_array_new_with_free_func (g_object_unref));
      g_ptr_array_add (of, g_steal_pointer (&measurement));
    }
  /* As trellis_indicator_list_measurements(): by date, stable. */
  g_hash_table_iter_init (&iter, measurements);
  while (g_hash_table_iter_next (&iter, NULL, &list))
    g_ptr_array_sort (list, trellis_item_compare_dates);
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

  collect_overrides (project, trellis_date_parse (self->as_of), NULL, overrides);
  collect_measurements (project, self->measurements);
  self->overall = entry_new (self, G_TYPE_NONE, TRELLIS_ITEM (trellis_project_get_header (project)), overrides);

  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    {
      GListModel *model = trellis_project_get_items (project, types[t]);
      guint n = g_list_model_get_n_items (model);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(TrellisItem) item = g_list_model_get_item (model, i);
          Entry *e = add_entry (self, lists[t], types[t], item, overrides);
          TrellisStatusEntry *entry = &e->pub;

          if (types[t] == TRELLIS_TYPE_MILESTONE)
            {
              trellis_status_of_milestone (project, item, self->as_of, &self->rules, &entry->computed);
              apply_override (entry);
              if (!file_under (parts, trellis_milestone_get_action (TRELLIS_MILESTONE (item)), entry) &&
                  !file_under (parts, trellis_milestone_get_goal (TRELLIS_MILESTONE (item)), entry))
                g_ptr_array_add (loose, entry);
            }
          else if (types[t] == TRELLIS_TYPE_ACTION)
            {
              judge_action (self, e, g_hash_table_lookup (parts, item));
              if (!file_under (parts, trellis_action_get_goal (TRELLIS_ACTION (item)), entry))
                g_ptr_array_add (loose, entry);
            }
          else if (types[t] == TRELLIS_TYPE_INDICATOR)
            {
              trellis_status_of_indicator_measured (item, g_hash_table_lookup (self->measurements, item), self->as_of,
                                                    &self->rules, &entry->computed);
              apply_override (entry);
              file_under (parts, trellis_indicator_get_goal (TRELLIS_INDICATOR (item)), entry);
            }
          else
            {
              judge_goal (e, g_hash_table_lookup (parts, item));
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
  g_return_val_if_fail (trellis_date_parse (as_of) != 0, NULL);

  self = g_object_new (TRELLIS_TYPE_STATUS_REPORT, NULL);
  self->project = g_object_ref (project);
  self->as_of = g_strdup (as_of);
  trellis_status_rules_load (&self->rules, project);
  compute (self);
  return self;
}

/**
 * trellis_status_report_get_project:
 *
 * Returns: (transfer none): the project the report judged
 */
TrellisProject *
trellis_status_report_get_project (TrellisStatusReport *self)
{
  g_return_val_if_fail (TRELLIS_IS_STATUS_REPORT (self), NULL);

  return self->project;
}

/**
 * trellis_status_report_get_as_of:
 *
 * Returns: the day the report judged, as YYYY-MM-DD
 */
const char *
trellis_status_report_get_as_of (TrellisStatusReport *self)
{
  g_return_val_if_fail (TRELLIS_IS_STATUS_REPORT (self), NULL);

  return self->as_of;
}

/**
 * trellis_status_report_get_rules:
 *
 * Returns: (transfer none): the thresholds the report judged with: the
 *   project's, as they were when the report was made
 */
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

  return &self->overall->pub;
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

  if (item != NULL && item == self->overall->pub.item)
    return &self->overall->pub;
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
 * trellis_status_entry_get_computed_reason:
 *
 * The reason of the light the rules give, made when first asked for, with
 * the project as it is then (rebuild the report after a change).
 *
 * Returns: (transfer none): why the rules give the entry its computed light
 */
const char *
trellis_status_entry_get_computed_reason (const TrellisStatusEntry *entry)
{
  Entry *self = (Entry *) entry;

  g_return_val_if_fail (entry != NULL, NULL);

  if (self->pub.computed.reason == NULL)
    self->pub.computed.reason = compute_reason (self);
  return self->pub.computed.reason;
}

/**
 * trellis_status_entry_get_reason:
 *
 * Returns: (transfer none): why the entry has its light: the override's
 *   reason if one counts, else the computed reason
 */
const char *
trellis_status_entry_get_reason (const TrellisStatusEntry *entry)
{
  g_return_val_if_fail (entry != NULL, NULL);

  if (entry->override != NULL)
    return trellis_status_override_get_reason (TRELLIS_STATUS_OVERRIDE (entry->override));
  return trellis_status_entry_get_computed_reason (entry);
}

static void
rule_text_free (gpointer data)
{
  TrellisStatusRuleText *rule = data;

  g_free (rule->text);
  g_free (rule);
}

static void
add_rule (GPtrArray  *rules,
          const char *title,
          char       *text)
{
  TrellisStatusRuleText *rule = g_new0 (TrellisStatusRuleText, 1);

  rule->title = title;
  rule->text = text;
  g_ptr_array_add (rules, rule);
}

/**
 * trellis_status_describe_rules:
 *
 * The rules of the lights in words, with the thresholds of @rules, for
 * people to read (the dashboard's guide, `trellis-cli status --rules`).
 *
 * Returns: (transfer container) (element-type TrellisStatusRuleText): the rules, in order
 */
GPtrArray *
trellis_status_describe_rules (const TrellisStatusRules *rules)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (rule_text_free);

  g_return_val_if_fail (rules != NULL, texts);

  add_rule (texts, _("Milestones"),
            g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Red once its date has passed and it is not reached. Amber when it "
                                          "is due within %u day. Green when reached (a milestone reached after "
                                          "its date says how many days late), or due later. Grey without a date.",
                                          "Red once its date has passed and it is not reached. Amber when it is due "
                                          "within %u days. Green when reached (a milestone reached after its date "
                                          "says how many days late), or due later. Grey without a date.",
                                          rules->warn_days),
                             rules->warn_days));
  add_rule (texts, _("Actions"),
            g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Done is green, cancelled grey, no due date grey. Red when past its "
                                          "due date and not done, on hold or not. On hold is amber. Amber when "
                                          "due within %u day and more than %.0f points behind the progress its "
                                          "time demands (the share of the time from start to due that has "
                                          "passed). An action that has not started yet is green and says when "
                                          "it starts. A missed milestone of the action counts too.",
                                          "Done is green, cancelled grey, no due date grey. Red when past its due "
                                          "date and not done, on hold or not. On hold is amber. Amber when due "
                                          "within %u days and more than %.0f points behind the progress its time "
                                          "demands (the share of the time from start to due that has passed). An "
                                          "action that has not started yet is green and says when it starts. A "
                                          "missed milestone of the action counts too.",
                                          rules->warn_days),
                             rules->warn_days, rules->behind_points));
  add_rule (texts, _("Budget"),
            g_strdup_printf (_("Spent above planned is a budget overrun, whatever the progress and also "
                               "once done: amber, with the amounts in the reason. Spending ahead of "
                               "progress (done counts as 100 %%) is amber from %.0f points ahead, even "
                               "within the budget, and red from %.0f points ahead. A cancelled action "
                               "is not judged."),
                             rules->budget_amber_points, rules->budget_red_points));
  add_rule (texts, _("Indicators"),
            g_strdup_printf (_("Up to and including its target date: how far the last value measured by "
                               "the day has come from baseline to target, against the share of the time "
                               "from baseline date to target date that has passed: at or ahead green, "
                               "behind amber, under %.0f %% of what the time demands red. After the target "
                               "date the only question is met or missed: met green, missed red. Grey "
                               "without baseline, target, dates or a measurement. Lower-is-better "
                               "indicators count the other way."),
                             100 * rules->indicator_red_share));
  add_rule (texts, _("Goals"),
            g_strdup (_("The worst light of the goal's actions, indicators and interim goals: one part at "
                        "risk puts the goal at risk, and the reason names it. Parts without data do "
                        "not count.")));
  add_rule (texts, _("The project"),
            g_strdup_printf (_("Weighted, so that one late task does not paint the whole plan red: red when "
                               "at least %.0f %% of its goals (and of actions outside goals) that can be "
                               "judged are red; amber when any is red or amber; green when all are green."),
                             100 * rules->project_red_share));
  add_rule (texts, _("Overrides"),
            g_strdup (_("A person can set a light by hand, with a reason, a name and a date; the computed "
                        "light stays visible beside it. An override counts from its date until the next "
                        "snapshot taken on a later day: renew it then if it still holds.")));
  return texts;
}
