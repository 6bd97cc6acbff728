/* trellis-timeline-layout.c: where the timeline (Gantt chart) puts rows, bars, diamonds and arrows
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The layout is the geometry of the timeline, without GTK, so it can be
 * tested and timed on its own; the view only paints what it says.
 *
 * Rows: the actions in plan order, one row each, all rows of the same
 * height (TRELLIS_TIMELINE_ROW_HEIGHT), so the rows in a pixel window are
 * found by division.  Grouped by goal, each goal heads its actions (in
 * plan order) and its milestones that have no action of their own; actions
 * without a goal follow under a "no goal" heading.  Ungrouped, milestones
 * without an action get a row each after the actions.  A milestone of an
 * action sits on that action's row.
 *
 * Bars run from the start day to the end of the due day.  An action with
 * only one of the two dates gets a one-day marker on that day (the view
 * draws it open towards the missing date); without either it gets no
 * bar, only its row.  An action due before it starts is drawn on its
 * start day and marked reversed (the plan's warnings name it).
 *
 * x is in pixels from the origin day, at the zoom's pixels per day.  The
 * origin is the first day of the month (of the quarter, zoomed out to
 * quarters) of the earliest date, today included, so that "Today" is
 * always in range; the range ends a month after the latest date.
 *
 * Days are Julian day numbers (GDate's); 0 means no date.  Dates and the
 * edits (moving and resizing bars) are in trellis-timeline-edit.c.
 */

#define G_LOG_DOMAIN "trellis-timeline"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "trellis-timeline-layout.h"

struct _TrellisTimelineLayout
{
  TrellisTimelineZoom  zoom;
  double               pixels_per_day;
  guint32              origin;
  guint32              last_day;
  GArray              *rows;        /* TrellisTimelineRow */
  GArray              *milestones;  /* TrellisTimelineMilestone, sorted by row */
  GArray              *arrows;      /* TrellisTimelineArrow */
  GHashTable          *row_of;      /* uuid → row + 1 */
  GPtrArray           *items;       /* the rows' items, kept alive */
};

/* Days */

/**
 * trellis_timeline_zoom_pixels_per_day:
 *
 * Returns: the width of a day at @zoom, in pixels
 */
double
trellis_timeline_zoom_pixels_per_day (TrellisTimelineZoom zoom)
{
  switch (zoom)
    {
    case TRELLIS_TIMELINE_WEEKS:
      return 20.0;
    case TRELLIS_TIMELINE_MONTHS:
      return 5.0;
    case TRELLIS_TIMELINE_QUARTERS:
    default:
      return 1.75;
    }
}

static guint32
month_start (guint32             day,
             TrellisTimelineZoom zoom)
{
  GDate d;
  GDateMonth month;

  g_date_clear (&d, 1);
  g_date_set_julian (&d, day);
  month = g_date_get_month (&d);
  if (zoom == TRELLIS_TIMELINE_QUARTERS)
    month = (month - 1) / 3 * 3 + 1;
  g_date_set_dmy (&d, 1, month, g_date_get_year (&d));
  return g_date_get_julian (&d);
}

/* Rows */

static guint
add_row (TrellisTimelineLayout  *self,
         TrellisTimelineRowKind  kind,
         gpointer                item)
{
  TrellisTimelineRow row = { kind, item, TRELLIS_TIMELINE_BAR_NONE, 0, 0, 0, 0, FALSE };

  g_array_append_val (self->rows, row);
  if (item != NULL)
    g_ptr_array_add (self->items, g_object_ref (item));
  if (item != NULL)
    g_hash_table_insert (self->row_of, (gpointer) trellis_item_get_uuid (item), GUINT_TO_POINTER (self->rows->len));
  return self->rows->len - 1;
}

static void
set_bar (TrellisTimelineRow *row)
{
  TrellisDay start = trellis_action_get_start (TRELLIS_ACTION (row->item));
  TrellisDay due = trellis_action_get_due (TRELLIS_ACTION (row->item));

  if (start != 0 && due != 0)
    {
      row->bar = TRELLIS_TIMELINE_BAR_FULL;
      row->first_day = start;
      row->last_day = MAX (start, due);
      row->reversed = due < start;
    }
  else if (start != 0 || due != 0)
    {
      row->bar = start != 0 ? TRELLIS_TIMELINE_BAR_START_ONLY : TRELLIS_TIMELINE_BAR_DUE_ONLY;
      row->first_day = row->last_day = start != 0 ? start : due;
    }
}

/* The goal an item is grouped under: NULL if it has none the project knows */
static const char *
group_of (TrellisItem *item,
          GHashTable  *goals)
{
  const char *goal = TRELLIS_IS_ACTION (item) ? trellis_action_get_goal_uuid (TRELLIS_ACTION (item))
                                              : trellis_milestone_get_goal_uuid (TRELLIS_MILESTONE (item));

  return goal != NULL && g_hash_table_contains (goals, goal) ? goal : NULL;
}

/* Milestones of an action sit on its row; the others get rows of their
 * own, after the actions. */
static void
add_milestone_rows (TrellisTimelineLayout *self,
                    GPtrArray             *milestones,
                    GHashTable            *actions)
{
  for (guint i = 0; i < milestones->len; i++)
    {
      TrellisMilestone *milestone = milestones->pdata[i];
      const char *action = trellis_milestone_get_action_uuid (milestone);

      if (action != NULL && g_hash_table_contains (actions, action))
        continue;
      add_row (self, TRELLIS_TIMELINE_ROW_MILESTONE, milestone);
    }
}

static GPtrArray *
list_items (TrellisProject *project,
            GType           type)
{
  GListModel *model = trellis_project_get_items (project, type);
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (items, g_list_model_get_item (model, i));
  return items;
}

/* The items of each goal, in plan order, in one pass: goal uuid ("" for
 * none) → GPtrArray. */
static GHashTable *
bucket_by_goal (GPtrArray  *items,
                GHashTable *actions,
                GHashTable *goals)
{
  GHashTable *buckets = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < items->len; i++)
    {
      const char *goal = group_of (items->pdata[i], goals);
      const char *action = NULL;
      GPtrArray *bucket;

      if (TRELLIS_IS_MILESTONE (items->pdata[i]))
        action = trellis_milestone_get_action_uuid (items->pdata[i]);
      if (action != NULL && g_hash_table_contains (actions, action))
        continue;
      if (goal == NULL)
        goal = "";
      bucket = g_hash_table_lookup (buckets, goal);
      if (bucket == NULL)
        g_hash_table_insert (buckets, (gpointer) goal, bucket = g_ptr_array_new ());
      g_ptr_array_add (bucket, items->pdata[i]);
    }
  return buckets;
}

static void
add_group (TrellisTimelineLayout *self,
           GHashTable            *actions,
           GHashTable            *milestones,
           const char            *goal)
{
  GPtrArray *bucket = g_hash_table_lookup (actions, goal);

  for (guint i = 0; bucket != NULL && i < bucket->len; i++)
    add_row (self, TRELLIS_TIMELINE_ROW_ACTION, bucket->pdata[i]);
  bucket = g_hash_table_lookup (milestones, goal);
  for (guint i = 0; bucket != NULL && i < bucket->len; i++)
    add_row (self, TRELLIS_TIMELINE_ROW_MILESTONE, bucket->pdata[i]);
}

/* The rows of the actions, and of milestones without one; by_goal puts
 * them under their goals. */
static void
add_rows (TrellisTimelineLayout *self,
          TrellisProject        *project,
          gboolean               by_goal)
{
  g_autoptr(GPtrArray) actions = list_items (project, TRELLIS_TYPE_ACTION);
  g_autoptr(GPtrArray) goals = list_items (project, TRELLIS_TYPE_GOAL);
  g_autoptr(GPtrArray) milestones = list_items (project, TRELLIS_TYPE_MILESTONE);
  g_autoptr(GHashTable) action_uuids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) goal_uuids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) action_groups = NULL;
  g_autoptr(GHashTable) milestone_groups = NULL;

  for (guint i = 0; i < actions->len; i++)
    g_hash_table_add (action_uuids, (gpointer) trellis_item_get_uuid (actions->pdata[i]));

  if (!by_goal)
    {
      for (guint i = 0; i < actions->len; i++)
        add_row (self, TRELLIS_TIMELINE_ROW_ACTION, actions->pdata[i]);
      add_milestone_rows (self, milestones, action_uuids);
      return;
    }

  for (guint i = 0; i < goals->len; i++)
    g_hash_table_add (goal_uuids, (gpointer) trellis_item_get_uuid (goals->pdata[i]));
  action_groups = bucket_by_goal (actions, action_uuids, goal_uuids);
  milestone_groups = bucket_by_goal (milestones, action_uuids, goal_uuids);
  for (guint i = 0; i < goals->len; i++)
    {
      add_row (self, TRELLIS_TIMELINE_ROW_GOAL, goals->pdata[i]);
      add_group (self, action_groups, milestone_groups, trellis_item_get_uuid (goals->pdata[i]));
    }
  if (g_hash_table_contains (action_groups, "") || g_hash_table_contains (milestone_groups, ""))
    {
      add_row (self, TRELLIS_TIMELINE_ROW_NO_GOAL, NULL);
      add_group (self, action_groups, milestone_groups, "");
    }
}

/* Geometry */

static void
extend_range (guint32 *first,
              guint32 *last,
              guint32  day)
{
  if (day == 0)
    return;
  *first = *first == 0 ? day : MIN (*first, day);
  *last = MAX (*last, day);
}

static void
place (TrellisTimelineLayout *self,
       TrellisDay             origin)
{
  guint32 first = 0, last = 0;

  for (guint r = 0; r < self->rows->len; r++)
    {
      TrellisTimelineRow *row = &g_array_index (self->rows, TrellisTimelineRow, r);

      if (row->kind == TRELLIS_TIMELINE_ROW_ACTION)
        set_bar (row);
      else if (row->kind == TRELLIS_TIMELINE_ROW_MILESTONE)
        row->first_day = row->last_day = trellis_milestone_get_date (TRELLIS_MILESTONE (row->item));
      extend_range (&first, &last, row->first_day);
      extend_range (&first, &last, row->last_day);
    }
  extend_range (&first, &last, trellis_date_today ());

  self->origin = origin;
  if (self->origin == TRELLIS_DAY_NONE)
    self->origin = month_start (first, self->zoom);
  self->last_day = trellis_date_add_months (month_start (MAX (last, self->origin), TRELLIS_TIMELINE_MONTHS), 2) - 1;

  for (guint r = 0; r < self->rows->len; r++)
    {
      TrellisTimelineRow *row = &g_array_index (self->rows, TrellisTimelineRow, r);

      if (row->first_day == 0)
        continue;
      row->x = trellis_timeline_layout_day_to_x (self, row->first_day);
      row->width = (row->last_day - row->first_day + 1) * self->pixels_per_day;
    }
}

static gint
compare_milestones (gconstpointer a,
                    gconstpointer b)
{
  const TrellisTimelineMilestone *ma = a, *mb = b;

  if (ma->row != mb->row)
    return ma->row < mb->row ? -1 : 1;
  return (ma->day > mb->day) - (ma->day < mb->day);
}

static void
place_milestones (TrellisTimelineLayout *self,
                  TrellisProject        *project)
{
  GListModel *milestones = trellis_project_get_items (project, TRELLIS_TYPE_MILESTONE);

  for (guint i = 0; i < g_list_model_get_n_items (milestones); i++)
    {
      g_autoptr(TrellisMilestone) item = g_list_model_get_item (milestones, i);
      const char *action = trellis_milestone_get_action_uuid (item);
      gpointer row = g_hash_table_lookup (self->row_of, trellis_item_get_uuid (TRELLIS_ITEM (item)));
      TrellisTimelineMilestone mark = { item, 0, 0, 0, FALSE };

      if (row == NULL && action != NULL)
        row = g_hash_table_lookup (self->row_of, action);
      mark.day = trellis_milestone_get_date (item);
      if (row == NULL || mark.day == 0)
        continue;
      mark.row = GPOINTER_TO_UINT (row) - 1;
      mark.x = trellis_timeline_layout_day_to_x (self, mark.day) + self->pixels_per_day / 2;
      mark.reached = trellis_milestone_get_reached (item) != TRELLIS_DAY_NONE;
      g_array_append_val (self->milestones, mark);
    }
  g_array_sort (self->milestones, compare_milestones);
}

static void
place_arrows (TrellisTimelineLayout *self)
{
  for (guint r = 0; r < self->rows->len; r++)
    {
      const TrellisTimelineRow *row = &g_array_index (self->rows, TrellisTimelineRow, r);
      const char * const *uuids;

      if (row->kind != TRELLIS_TIMELINE_ROW_ACTION || row->bar == TRELLIS_TIMELINE_BAR_NONE)
        continue;
      uuids = trellis_action_get_depends_on_uuids (TRELLIS_ACTION (row->item));
      for (guint i = 0; uuids != NULL && uuids[i] != NULL; i++)
        {
          gpointer from = g_hash_table_lookup (self->row_of, uuids[i]);
          const TrellisTimelineRow *other;
          TrellisTimelineArrow arrow;

          if (from == NULL)
            continue;
          other = &g_array_index (self->rows, TrellisTimelineRow, GPOINTER_TO_UINT (from) - 1);
          if (other->bar == TRELLIS_TIMELINE_BAR_NONE)
            continue;
          arrow.from_row = GPOINTER_TO_UINT (from) - 1;
          arrow.to_row = r;
          arrow.x1 = other->x + other->width;
          arrow.x2 = row->x;
          g_array_append_val (self->arrows, arrow);
        }
    }
}

/**
 * trellis_timeline_layout_new:
 * @origin: the day at x = 0, or %TRELLIS_DAY_NONE for the start of the
 *   month (quarter) of the earliest date
 * @by_goal: whether actions are grouped under their goals
 *
 * Lays out the timeline of @project's actions and milestones as they are
 * now; make a new layout when the project changes.
 */
TrellisTimelineLayout *
trellis_timeline_layout_new (TrellisProject      *project,
                             TrellisTimelineZoom  zoom,
                             TrellisDay           origin,
                             gboolean             by_goal)
{
  TrellisTimelineLayout *self;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);

  self = g_new0 (TrellisTimelineLayout, 1);
  self->zoom = zoom;
  self->pixels_per_day = trellis_timeline_zoom_pixels_per_day (zoom);
  self->rows = g_array_new (FALSE, FALSE, sizeof (TrellisTimelineRow));
  self->milestones = g_array_new (FALSE, FALSE, sizeof (TrellisTimelineMilestone));
  self->arrows = g_array_new (FALSE, FALSE, sizeof (TrellisTimelineArrow));
  self->row_of = g_hash_table_new (g_str_hash, g_str_equal);
  self->items = g_ptr_array_new_with_free_func (g_object_unref);

  add_rows (self, project, by_goal);
  place (self, origin);
  place_milestones (self, project);
  place_arrows (self);
  return self;
}

/**
 * trellis_timeline_layout_free:
 * @self: (nullable): a layout
 *
 * Frees @self; %NULL is ignored.
 */
void
trellis_timeline_layout_free (TrellisTimelineLayout *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->rows);
  g_array_unref (self->milestones);
  g_array_unref (self->arrows);
  g_hash_table_unref (self->row_of);
  g_ptr_array_unref (self->items);
  g_free (self);
}

/**
 * trellis_timeline_layout_get_zoom:
 *
 * Returns: the zoom the layout was made for
 */
TrellisTimelineZoom
trellis_timeline_layout_get_zoom (TrellisTimelineLayout *self)
{
  return self->zoom;
}

/**
 * trellis_timeline_layout_get_pixels_per_day:
 *
 * Returns: the width of a day, in pixels, at the layout's zoom
 */
double
trellis_timeline_layout_get_pixels_per_day (TrellisTimelineLayout *self)
{
  return self->pixels_per_day;
}

/**
 * trellis_timeline_layout_get_origin:
 *
 * Returns: the Julian day at x = 0
 */
guint32
trellis_timeline_layout_get_origin (TrellisTimelineLayout *self)
{
  return self->origin;
}

/**
 * trellis_timeline_layout_get_last_day:
 *
 * Returns: the Julian day of the last day drawn: the end of the month
 *   after the month of the latest date
 */
guint32
trellis_timeline_layout_get_last_day (TrellisTimelineLayout *self)
{
  return self->last_day;
}

/**
 * trellis_timeline_layout_get_width:
 *
 * Returns: the width of the whole chart, in pixels, from the origin to the
 *   end of the last day
 */
double
trellis_timeline_layout_get_width (TrellisTimelineLayout *self)
{
  return (self->last_day - self->origin + 1) * self->pixels_per_day;
}

/**
 * trellis_timeline_layout_get_height:
 *
 * Returns: the height of all the rows, in pixels
 */
double
trellis_timeline_layout_get_height (TrellisTimelineLayout *self)
{
  return self->rows->len * (double) TRELLIS_TIMELINE_ROW_HEIGHT;
}

/**
 * trellis_timeline_layout_get_n_rows:
 *
 * Returns: the number of rows: actions, milestones and goal headings
 */
guint
trellis_timeline_layout_get_n_rows (TrellisTimelineLayout *self)
{
  return self->rows->len;
}

/**
 * trellis_timeline_layout_get_row:
 * @index: a row, from the top; less than
 *   trellis_timeline_layout_get_n_rows()
 *
 * Returns: (transfer none): the row, owned by the layout
 */
const TrellisTimelineRow *
trellis_timeline_layout_get_row (TrellisTimelineLayout *self,
                                 guint                  index)
{
  g_return_val_if_fail (index < self->rows->len, NULL);

  return &g_array_index (self->rows, TrellisTimelineRow, index);
}

/**
 * trellis_timeline_layout_find_row:
 * @item: an action, a goal or a milestone with a row of its own
 *
 * Returns: whether @item has a row
 */
gboolean
trellis_timeline_layout_find_row (TrellisTimelineLayout *self,
                                  TrellisItem           *item,
                                  guint                 *index)
{
  gpointer row = g_hash_table_lookup (self->row_of, trellis_item_get_uuid (item));

  if (row == NULL)
    return FALSE;
  if (index != NULL)
    *index = GPOINTER_TO_UINT (row) - 1;
  return TRUE;
}

/**
 * trellis_timeline_layout_get_visible_rows:
 * @y: the top of the window, in pixels from the first row's top
 * @height: the window's height
 * @first: (out): the first row at least partly in the window
 * @n_rows: (out): how many rows are, from @first on
 *
 * Finds the rows to draw, in constant time: rows are all of one height.
 *
 * Returns: %FALSE if no row is in the window
 */
gboolean
trellis_timeline_layout_get_visible_rows (TrellisTimelineLayout *self,
                                          double                 y,
                                          double                 height,
                                          guint                 *first,
                                          guint                 *n_rows)
{
  double top = MAX (y, 0), bottom = MIN (y + height, trellis_timeline_layout_get_height (self));
  guint start, end;

  *first = 0;
  *n_rows = 0;
  if (bottom <= top)
    return FALSE;
  start = (guint) floor (top / TRELLIS_TIMELINE_ROW_HEIGHT);
  end = (guint) ceil (bottom / TRELLIS_TIMELINE_ROW_HEIGHT);
  *first = start;
  *n_rows = MIN (end, self->rows->len) - start;
  return *n_rows > 0;
}

/**
 * trellis_timeline_layout_get_milestones:
 * @n_milestones: (out): how many there are from the one returned
 *
 * The milestones whose diamonds are on rows @first_row to @first_row +
 * @n_rows - 1, by row then date, found by bisection.
 *
 * Returns: (transfer none) (array length=n_milestones): the first of them
 */
const TrellisTimelineMilestone *
trellis_timeline_layout_get_milestones (TrellisTimelineLayout *self,
                                        guint                  first_row,
                                        guint                  n_rows,
                                        guint                 *n_milestones)
{
  const TrellisTimelineMilestone *marks = (const TrellisTimelineMilestone *) (gpointer) self->milestones->data;
  guint low = 0, high = self->milestones->len, end;

  while (low < high)
    {
      guint mid = low + (high - low) / 2;

      if (marks[mid].row < first_row)
        low = mid + 1;
      else
        high = mid;
    }
  for (end = low; end < self->milestones->len && marks[end].row < first_row + n_rows; end++)
    ;
  *n_milestones = end - low;
  return marks + low;
}

/**
 * trellis_timeline_layout_get_arrows:
 *
 * The dependency arrows, from the end of the action waited for to the
 * start of the one that waits (finish to start).  The view draws those
 * whose rows span its window.
 *
 * Returns: (transfer none) (array length=n_arrows): all arrows
 */
const TrellisTimelineArrow *
trellis_timeline_layout_get_arrows (TrellisTimelineLayout *self,
                                    guint                 *n_arrows)
{
  *n_arrows = self->arrows->len;
  return (const TrellisTimelineArrow *) (gpointer) self->arrows->data;
}

static char *
tick_label (guint32             day,
            TrellisTimelineZoom zoom,
            gboolean            major)
{
  GDate d;
  char buffer[64];

  g_date_clear (&d, 1);
  g_date_set_julian (&d, day);
  if (major && zoom == TRELLIS_TIMELINE_WEEKS)
    /* translators: a month above the weeks of the timeline, see strftime */
    g_date_strftime (buffer, sizeof buffer, C_("timeline", "%B %Y"), &d);
  else if (major)
    return g_strdup_printf ("%u", g_date_get_year (&d));
  else if (zoom == TRELLIS_TIMELINE_WEEKS)
    /* translators: the Monday a week of the timeline starts on, see strftime */
    g_date_strftime (buffer, sizeof buffer, C_("timeline", "%e %b"), &d);
  else if (zoom == TRELLIS_TIMELINE_MONTHS)
    /* translators: a month of the timeline, see strftime */
    g_date_strftime (buffer, sizeof buffer, C_("timeline", "%b"), &d);
  else
    /* translators: a quarter of the year on the timeline: Q1 … Q4 */
    return g_strdup_printf (C_("timeline", "Q%u"), (g_date_get_month (&d) - 1) / 3 + 1);
  return g_strdup (g_strstrip (buffer));
}

static guint32
next_tick (guint32             day,
           TrellisTimelineZoom zoom,
           gboolean            major)
{
  if (!major && zoom == TRELLIS_TIMELINE_WEEKS)
    return day + 7;
  if (major && zoom != TRELLIS_TIMELINE_WEEKS)
    return trellis_date_add_months (day, 12);
  return trellis_date_add_months (day, zoom == TRELLIS_TIMELINE_QUARTERS && !major ? 3 : 1);
}

static guint32
first_tick (guint32             day,
            TrellisTimelineZoom zoom,
            gboolean            major)
{
  GDate d;

  g_date_clear (&d, 1);
  g_date_set_julian (&d, day);
  if (!major && zoom == TRELLIS_TIMELINE_WEEKS)
    return day - (g_date_get_weekday (&d) - G_DATE_MONDAY);
  if (major && zoom != TRELLIS_TIMELINE_WEEKS)
    {
      g_date_set_dmy (&d, 1, G_DATE_JANUARY, g_date_get_year (&d));
      return g_date_get_julian (&d);
    }
  return month_start (day, major ? TRELLIS_TIMELINE_MONTHS : zoom);
}

static void
clear_tick (gpointer data)
{
  g_free (((TrellisTimelineTick *) data)->label);
}

/**
 * trellis_timeline_layout_list_ticks:
 * @major: the upper line of the header (months over weeks, years over
 *   months and quarters) rather than the lower
 *
 * The header's divisions that start before @x_to and end after @x_from:
 * Mondays at weeks zoom, first days of months or quarters, or of the
 * larger unit with @major, with their labels.
 *
 * Returns: (transfer full) (element-type TrellisTimelineTick): the ticks
 */
GArray *
trellis_timeline_layout_list_ticks (TrellisTimelineLayout *self,
                                    double                 x_from,
                                    double                 x_to,
                                    gboolean               major)
{
  GArray *ticks = g_array_new (FALSE, FALSE, sizeof (TrellisTimelineTick));
  guint32 from = trellis_timeline_layout_x_to_day (self, MAX (x_from, 0));
  guint32 day;

  g_array_set_clear_func (ticks, clear_tick);
  for (day = first_tick (from, self->zoom, major);
       trellis_timeline_layout_day_to_x (self, day) < x_to && day <= self->last_day;
       day = next_tick (day, self->zoom, major))
    {
      TrellisTimelineTick tick;

      tick.day = day;
      tick.x = trellis_timeline_layout_day_to_x (self, day);
      tick.label = tick_label (day, self->zoom, major);
      /* The array owns the label from here (clear_tick frees it). */
      g_array_append_val (ticks, tick);
    }
  return ticks;
}

/**
 * trellis_timeline_layout_day_to_x:
 * @day: a Julian day
 *
 * Returns: where @day starts, in pixels from the origin (negative before it)
 */
double
trellis_timeline_layout_day_to_x (TrellisTimelineLayout *self,
                                  guint32                day)
{
  return ((double) day - (double) self->origin) * self->pixels_per_day;
}

/**
 * trellis_timeline_layout_x_to_day:
 *
 * Returns: the day @x falls on (the origin for x < 0)
 */
guint32
trellis_timeline_layout_x_to_day (TrellisTimelineLayout *self,
                                  double                 x)
{
  return self->origin + (guint32) floor (MAX (x, 0) / self->pixels_per_day);
}

/**
 * trellis_timeline_layout_snap_days:
 * @dx: a distance dragged, in pixels
 *
 * Returns: the whole days nearest to @dx
 */
int
trellis_timeline_layout_snap_days (TrellisTimelineLayout *self,
                                   double                 dx)
{
  return (int) lround (dx / self->pixels_per_day);
}
