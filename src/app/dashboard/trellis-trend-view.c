/* trellis-trend-view.c: how the lights and indicators moved across snapshots
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row for the project as a whole, then one for each goal followed by
 * its indicators; one column per snapshot, oldest first, then today.  Each
 * cell is the light the snapshot recorded, as a dot with its word (never
 * colour alone) and for indicators the value; the last column draws the
 * values of an indicator across the snapshots and today as a sparkline.
 * Today's light opens the override dialog, when the project can be edited.
 * Items deleted since a snapshot keep their rows at the end, under the
 * label they had.  The grid is rebuilt when the project changes.  It shows
 * the first MAX_GOALS goals and a button for the others, which it shows
 * when asked: a table of 500 goals is read on the goals view, not here.
 */

#define G_LOG_DOMAIN "trellis-trend-view"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "trellis-accessible.h"
#include "trellis-light-dot.h"
#include "trellis-override-dialog.h"
#include "trellis-sparkline.h"
#include "trellis-app-utils.h"
#include "trellis-trend-view.h"
#include "trellis-tool-view.h"
#include "trellis-locale-format.h"

/* Goals shown before the "Show All Goals" button */
#define MAX_GOALS 40

struct _TrellisTrendView
{
  GtkWidget            parent_instance;

  TrellisProject      *project;
  gboolean             editable;
  TrellisLazyRebuild   lazy;
  gboolean             all_goals;

  GtkStack            *stack;
  GtkLabel            *summary;
  AdwBin              *grid_bin;

  /* While the grid is built */
  GPtrArray           *snapshots;
  TrellisStatusReport *report;
  TrellisDay           today;
  char                *as_of;    /* today, as the status rules take it */
  GtkGrid             *grid;
  int                  row;
};

G_DEFINE_FINAL_TYPE_WITH_CODE (TrellisTrendView, trellis_trend_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (TRELLIS_TYPE_TOOL_VIEW, NULL))

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_EDITABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void rebuild (TrellisTrendView *self);

/* Cells ------------------------------------------------------------------ */

static GtkWidget *
new_label (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static char *
format_value (double value)
{
  return trellis_double_is_set (value) ? trellis_indicator_format_value (value) : NULL;
}

/* The light (and value) of one item in one snapshot. */
static GtkWidget *
new_snapshot_cell (TrellisSnapshot      *snapshot,
                   TrellisSnapshotEntry *entry,
                   gboolean              with_value)
{
  GtkWidget *cell = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  const char *title = trellis_snapshot_get_title (snapshot);
  char date[TRELLIS_DISPLAY_DATE_SIZE];
  g_autofree char *tooltip = NULL;
  g_autofree char *value = NULL;
  TrellisLight light;

  trellis_format_date_into (trellis_snapshot_get_date (snapshot), date);
  gtk_widget_add_css_class (cell, "trend-cell");
  if (entry == NULL)
    {
      gtk_box_append (GTK_BOX (cell), new_label ("—", "dim-label"));
      /* translators: %s is a date */
      tooltip = g_strdup_printf (_("Not in the snapshot of %s"), date);
      gtk_widget_set_tooltip_text (cell, tooltip);
      return cell;
    }

  light = trellis_snapshot_entry_get_light (entry);
  gtk_box_append (GTK_BOX (cell), trellis_light_dot_new_label (light, NULL));
  value = with_value ? format_value (trellis_snapshot_entry_get_value (entry)) : NULL;
  if (value != NULL)
    gtk_box_append (GTK_BOX (cell), new_label (value, "numeric"));
  /* translators: a date, the snapshot's title, and a light: "2026-09-30, Q3 report: Amber" */
  tooltip = g_strdup_printf (_("%s, %s: %s%s%s"), date, title != NULL ? title : _("snapshot"),
                             trellis_light_dot_get_word (light), value != NULL ? ", " : "",
                             value != NULL ? value : "");
  gtk_widget_set_tooltip_text (cell, tooltip);
  return cell;
}

static void
on_today_clicked_cb (GtkButton        *button,
                     TrellisTrendView *self)
{
  const char *uuid = g_object_get_data (G_OBJECT (button), "target-uuid");
  TrellisItem *target = trellis_project_lookup (self->project, uuid);

  /* The item may have gone since the grid was built. */
  if (target != NULL)
    trellis_override_dialog_present (GTK_WIDGET (self), self->project, target, self->as_of);
}

/* Why today's light is what it is; with an override, both reasons. */
static char *
dup_today_tooltip (const TrellisStatusEntry *entry,
                   gboolean                  editable)
{
  g_autofree char *why = NULL;

  if (entry->override != NULL)
    /* translators: the reason of an override, then the light the rules give and their reason */
    why = g_strdup_printf (_("%s\nComputed: %s. %s"), trellis_status_entry_get_reason (entry),
                           trellis_light_dot_get_word (entry->computed.light), trellis_status_entry_get_computed_reason (entry));
  else
    why = g_strdup (trellis_status_entry_get_computed_reason (entry));

  if (!editable)
    return g_steal_pointer (&why);
  return g_strconcat (why, "\n", _("Click to override this light"), NULL);
}

/* Today's light: a button to the override dialog when editable. */
static GtkWidget *
new_today_cell (TrellisTrendView *self,
                TrellisItem      *item)
{
  const TrellisStatusEntry *entry = trellis_status_report_lookup (self->report, item);
  g_autofree char *word = NULL;
  g_autofree char *tooltip = NULL;
  GtkWidget *content, *cell;

  if (entry == NULL)
    return new_label ("—", "dim-label");

  if (entry->override != NULL)
    /* translators: a light set by hand: "Amber (override)" */
    word = g_strdup_printf (_("%s (override)"), trellis_light_dot_get_word (entry->light));
  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_box_append (GTK_BOX (content), trellis_light_dot_new_label (entry->light, word));
  if (TRELLIS_IS_INDICATOR (item))
    {
      g_autofree char *value = format_value (trellis_status_indicator_value_on (self->project, item, self->as_of));

      if (value != NULL)
        gtk_box_append (GTK_BOX (content), new_label (value, "numeric"));
    }

  if (self->editable)
    {
      g_autofree char *label = trellis_item_dup_label (item);
      /* translators: the accessible name of today's light in the trends; %s is the item, %s its light */
      g_autofree char *name = g_strdup_printf (_("Override the light of “%s”, now %s"), label,
                                               trellis_light_dot_get_word (entry->light));

      cell = gtk_button_new ();
      trellis_accessible_set_label (cell, name);
      gtk_button_set_child (GTK_BUTTON (cell), content);
      gtk_widget_add_css_class (cell, "flat");
      g_object_set_data_full (G_OBJECT (cell), "target-uuid", g_strdup (trellis_item_get_uuid (item)), g_free);
      g_signal_connect_object (cell, "clicked", G_CALLBACK (on_today_clicked_cb), self, 0);
    }
  else
    {
      cell = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      gtk_box_append (GTK_BOX (cell), content);
    }
  tooltip = dup_today_tooltip (entry, self->editable);
  gtk_widget_add_css_class (cell, "trend-cell");
  gtk_widget_add_css_class (cell, "trend-today");
  gtk_widget_set_halign (cell, GTK_ALIGN_FILL);
  gtk_widget_set_valign (cell, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (cell, tooltip);
  return cell;
}

/* The values of an indicator at each snapshot and today. */
static GtkWidget *
new_sparkline (TrellisTrendView *self,
               GPtrArray        *trend,
               TrellisItem      *indicator)
{
  g_autoptr(GArray) x = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) y = g_array_new (FALSE, FALSE, sizeof (double));
  GtkWidget *sparkline = trellis_sparkline_new ();
  double now;

  for (guint i = 0; i < trend->len; i++)
    {
      TrellisSnapshotEntry *entry = g_ptr_array_index (trend, i);
      TrellisSnapshot *snapshot = trellis_snapshot_entry_get_snapshot (entry);
      double day = snapshot != NULL ? trellis_snapshot_get_date (snapshot) : TRELLIS_DAY_NONE;
      double value = trellis_snapshot_entry_get_value (entry);

      if (trellis_double_is_set (value))
        {
          g_array_append_val (x, day);
          g_array_append_val (y, value);
        }
    }
  if (indicator != NULL &&
      trellis_double_is_set (now = trellis_status_indicator_value_on (self->project, indicator, self->as_of)))
    {
      double day = self->today;

      /* A snapshot of today already holds today's value. */
      if (x->len == 0 || g_array_index (x, double, x->len - 1) < day)
        {
          g_array_append_val (x, day);
          g_array_append_val (y, now);
        }
    }
  trellis_sparkline_set_points (TRELLIS_SPARKLINE (sparkline), (double *) x->data, (double *) y->data, x->len);
  if (indicator != NULL)
    trellis_sparkline_set_target (TRELLIS_SPARKLINE (sparkline),
                                  trellis_indicator_get_target (TRELLIS_INDICATOR (indicator)));
  gtk_widget_set_size_request (sparkline, 110, 30);
  gtk_widget_set_valign (sparkline, GTK_ALIGN_CENTER);
  gtk_widget_set_visible (sparkline, x->len > 0);
  return sparkline;
}

/* Rows ------------------------------------------------------------------- */

static TrellisSnapshotEntry *
find_entry (GPtrArray       *trend,
            TrellisSnapshot *snapshot)
{
  for (guint i = 0; i < trend->len; i++)
    if (g_strcmp0 (trellis_snapshot_entry_get_snapshot_uuid (g_ptr_array_index (trend, i)),
                   trellis_item_get_uuid (TRELLIS_ITEM (snapshot))) == 0)
      return g_ptr_array_index (trend, i);
  return NULL;
}

static void
add_row (TrellisTrendView *self,
         const char       *uuid,
         const char       *title,
         const char       *subtitle,
         const char       *css_class,
         int               indent)
{
  TrellisItem *item = trellis_project_lookup (self->project, uuid);
  g_autoptr(GPtrArray) trend = trellis_status_list_trend_for (self->project, uuid);
  gboolean is_indicator = item != NULL ? TRELLIS_IS_INDICATOR (item) : FALSE;
  GtkWidget *names = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = new_label (title, css_class);
  guint n = self->snapshots->len;

  /* A deleted item's entries with a value were an indicator's. */
  for (guint i = 0; item == NULL && i < trend->len; i++)
    is_indicator |= trellis_double_is_set (trellis_snapshot_entry_get_value (g_ptr_array_index (trend, i)));

  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (name), 42);
  gtk_label_set_width_chars (GTK_LABEL (name), 24);
  gtk_box_append (GTK_BOX (names), name);
  if (subtitle != NULL)
    {
      GtkWidget *sub = new_label (subtitle, "dim-label");

      gtk_widget_add_css_class (sub, "caption");
      gtk_box_append (GTK_BOX (names), sub);
    }
  gtk_widget_set_margin_start (names, indent);
  gtk_widget_set_valign (names, GTK_ALIGN_CENTER);
  gtk_grid_attach (self->grid, names, 0, self->row, 1, 1);

  for (guint s = 0; s < n; s++)
    {
      TrellisSnapshot *snapshot = g_ptr_array_index (self->snapshots, s);

      gtk_grid_attach (self->grid, new_snapshot_cell (snapshot, find_entry (trend, snapshot), is_indicator),
                       1 + s, self->row, 1, 1);
    }
  gtk_grid_attach (self->grid, item != NULL ? new_today_cell (self, item) : new_label (_("Deleted"), "dim-label"),
                   1 + n, self->row, 1, 1);
  if (is_indicator)
    gtk_grid_attach (self->grid, new_sparkline (self, trend, item), 2 + n, self->row, 1, 1);
  self->row++;
}

static void
add_separator (TrellisTrendView *self)
{
  gtk_grid_attach (self->grid, gtk_separator_new (GTK_ORIENTATION_HORIZONTAL), 0, self->row++,
                   3 + self->snapshots->len, 1);
}

static void
add_heading (TrellisTrendView *self)
{
  GtkWidget *cell;
  guint n = self->snapshots->len;

  gtk_grid_attach (self->grid, new_label (_("Goal or Indicator"), "trend-heading"), 0, 0, 1, 1);
  for (guint s = 0; s < n; s++)
    {
      TrellisSnapshot *snapshot = g_ptr_array_index (self->snapshots, s);
      const char *title = trellis_snapshot_get_title (snapshot);
      const char *note = trellis_snapshot_get_note (snapshot);
      char date[TRELLIS_DISPLAY_DATE_SIZE];
      GtkWidget *sub;

      trellis_format_date_into (trellis_snapshot_get_date (snapshot), date);
      cell = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      gtk_box_append (GTK_BOX (cell), new_label (date, "trend-heading"));
      sub = new_label (title != NULL ? title : "", "dim-label");
      gtk_widget_add_css_class (sub, "caption");
      gtk_label_set_ellipsize (GTK_LABEL (sub), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (sub), 16);
      gtk_box_append (GTK_BOX (cell), sub);
      if (title != NULL || note != NULL)
        gtk_widget_set_tooltip_text (cell, note != NULL ? note : title);
      gtk_widget_set_name (cell, "snapshot-column");
      gtk_grid_attach (self->grid, cell, 1 + s, 0, 1, 1);
    }
  cell = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_box_append (GTK_BOX (cell), new_label (_("Today"), "trend-heading"));
  gtk_box_append (GTK_BOX (cell), new_label (self->as_of, "dim-label"));
  gtk_widget_set_tooltip_text (cell, _("The lights as the rules and the overrides give them today"));
  gtk_grid_attach (self->grid, cell, 1 + n, 0, 1, 1);
  gtk_grid_attach (self->grid, new_label (_("Values"), "trend-heading"), 2 + n, 0, 1, 1);
  self->row = 1;
}

static void
add_goal_rows (TrellisTrendView *self,
               TrellisItem      *goal)
{
  g_autoptr(GPtrArray) indicators = trellis_goal_list_indicators (self->project, TRELLIS_GOAL (goal));
  g_autofree char *title = trellis_item_dup_label (goal);

  add_separator (self);
  add_row (self, trellis_item_get_uuid (goal), title, NULL, "trend-goal", 0);
  for (guint i = 0; i < indicators->len; i++)
    {
      TrellisIndicator *indicator = g_ptr_array_index (indicators, i);
      g_autofree char *name = trellis_item_dup_label (TRELLIS_ITEM (indicator));
      const char *unit = trellis_indicator_get_unit (indicator);

      add_row (self, trellis_item_get_uuid (TRELLIS_ITEM (indicator)), name, unit, NULL, 18);
    }
}

/* Items deleted since a snapshot: their entries name a target the project
 * no longer has, and keep the label it had (an entry does not say the kind
 * of its item, so deleted actions and milestones are listed too). */
static void
add_deleted_rows (TrellisTrendView *self)
{
  g_autoptr(GPtrArray) targets = trellis_status_list_trend_targets (self->project);
  gboolean first = TRUE;

  for (guint i = 0; i < targets->len; i++)
    {
      const char *uuid = g_ptr_array_index (targets, i);
      g_autofree char *label = NULL;

      if (trellis_project_lookup (self->project, uuid) != NULL)
        continue;
      if (first)
        {
          add_separator (self);
          gtk_grid_attach (self->grid, new_label (_("No Longer in the Plan"), "trend-heading"), 0, self->row++, 1, 1);
          first = FALSE;
        }
      label = trellis_status_dup_trend_label (self->project, uuid);
      add_row (self, uuid, label, NULL, "dim-label", 0);
    }
}

static void
on_all_goals_clicked_cb (TrellisTrendView *self)
{
  self->all_goals = TRUE;
  trellis_lazy_rebuild_queue (&self->lazy);
}

static void
add_all_goals_button (TrellisTrendView *self,
                      guint             n_hidden)
{
  /* translators: under the goals the trend table shows first */
  g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Show %u More Goal",
                                                         "Show %u More Goals", n_hidden), n_hidden);
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_widget_set_name (button, "all-goals-button");
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (button, _("Show every goal and its indicators in the table"));
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_all_goals_clicked_cb), self, G_CONNECT_SWAPPED);
  add_separator (self);
  gtk_grid_attach (self->grid, button, 0, self->row++, 1, 1);
}

static void
build_grid (TrellisTrendView *self)
{
  TrellisItem *header = TRELLIS_ITEM (trellis_project_get_header (self->project));
  GListModel *goals = trellis_project_get_items (self->project, TRELLIS_TYPE_GOAL);
  g_autofree char *name = trellis_item_dup_label (header);
  guint n = g_list_model_get_n_items (goals);

  add_heading (self);
  add_row (self, trellis_item_get_uuid (header), name, _("The project as a whole"), "trend-goal", 0);
  for (guint i = 0; i < n && (self->all_goals || i < MAX_GOALS); i++)
    {
      g_autoptr(TrellisItem) goal = g_list_model_get_item (goals, i);

      add_goal_rows (self, goal);
    }
  if (!self->all_goals && n > MAX_GOALS)
    add_all_goals_button (self, n - MAX_GOALS);
  add_deleted_rows (self);
}

static void
update_summary (TrellisTrendView *self)
{
  guint n = self->snapshots->len;
  char first[TRELLIS_DISPLAY_DATE_SIZE];
  char last[TRELLIS_DISPLAY_DATE_SIZE];
  g_autofree char *text = NULL;

  trellis_format_date_into (trellis_snapshot_get_date (g_ptr_array_index (self->snapshots, 0)), first);
  trellis_format_date_into (trellis_snapshot_get_date (g_ptr_array_index (self->snapshots, n - 1)), last);
  if (n == 1)
    /* translators: %s is a date */
    text = g_strdup_printf (_("One snapshot, of %s. Each column is what a snapshot recorded; "
                              "take one before each report to the board to see how the lights move."), first);
  else
    /* translators: %u is a number of snapshots, the %s are dates */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u snapshot, from %s to %s. Each column is what a snapshot recorded.",
                                         "%u snapshots, from %s to %s. Each column is what a snapshot recorded.", n),
                            n, first, last);
  gtk_label_set_text (self->summary, text);
}

static void
rebuild (TrellisTrendView *self)
{
  GtkWidget *grid;

  trellis_lazy_rebuild_clear (&self->lazy);
  g_clear_pointer (&self->snapshots, g_ptr_array_unref);
  g_clear_object (&self->report);
  g_free (self->as_of);
  self->today = trellis_date_today ();
  self->as_of = trellis_date_format (self->today);
  self->snapshots = trellis_status_list_snapshots (self->project);

  if (self->snapshots->len == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      adw_bin_set_child (self->grid_bin, NULL);
      return;
    }

  self->report = trellis_status_report_new (self->project, self->as_of);
  grid = gtk_grid_new ();
  gtk_widget_add_css_class (grid, "trend-grid");
  gtk_widget_add_css_class (grid, "card");
  gtk_grid_set_column_spacing (GTK_GRID (grid), 18);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 8);
  gtk_widget_set_name (grid, "trend-grid");
  self->grid = GTK_GRID (grid);
  build_grid (self);
  self->grid = NULL;
  adw_bin_set_child (self->grid_bin, grid);
  update_summary (self);
  gtk_stack_set_visible_child_name (self->stack, "trend");
}

static void
rebuild_widget (GtkWidget *widget)
{
  rebuild (TRELLIS_TREND_VIEW (widget));
}

static void
trellis_trend_view_map (GtkWidget *widget)
{
  trellis_lazy_rebuild_map (&TRELLIS_TREND_VIEW (widget)->lazy);
  GTK_WIDGET_CLASS (trellis_trend_view_parent_class)->map (widget);
}

static void
on_project_changed_cb (TrellisTrendView *self)
{
  trellis_lazy_rebuild_queue (&self->lazy);
}

/* The widget ------------------------------------------------------------- */

static void
trellis_trend_view_dispose (GObject *object)
{
  TrellisTrendView *self = TRELLIS_TREND_VIEW (object);
  GtkWidget *child;

  trellis_lazy_rebuild_clear (&self->lazy);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->snapshots, g_ptr_array_unref);
  g_clear_object (&self->report);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (trellis_trend_view_parent_class)->dispose (object);
}

static void
trellis_trend_view_finalize (GObject *object)
{
  TrellisTrendView *self = TRELLIS_TREND_VIEW (object);

  g_free (self->as_of);

  G_OBJECT_CLASS (trellis_trend_view_parent_class)->finalize (object);
}

static void
trellis_trend_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  TrellisTrendView *self = TRELLIS_TREND_VIEW (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;
    case PROP_EDITABLE:
      g_value_set_boolean (value, self->editable);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trellis_trend_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  TrellisTrendView *self = TRELLIS_TREND_VIEW (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      self->project = g_value_dup_object (value);
      break;
    case PROP_EDITABLE:
      if (self->editable != g_value_get_boolean (value))
        {
          self->editable = g_value_get_boolean (value);
          if (self->project != NULL)
            rebuild (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trellis_trend_view_class_init (TrellisTrendViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trellis_trend_view_dispose;
  object_class->finalize = trellis_trend_view_finalize;
  widget_class->map = trellis_trend_view_map;
  object_class->get_property = trellis_trend_view_get_property;
  object_class->set_property = trellis_trend_view_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, TRELLIS_TYPE_PROJECT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_EDITABLE] =
    g_param_spec_boolean ("editable", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "trendview");
}

static GtkWidget *
new_take_button (gboolean pill)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Take Snapshot…"));

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.take-snapshot");
  gtk_widget_set_tooltip_text (button, _("Record every light and indicator value of a day, "
                                         "for the next report to the board"));
  gtk_widget_add_css_class (button, pill ? "pill" : "suggested-action");
  if (pill)
    gtk_widget_add_css_class (button, "suggested-action");
  gtk_widget_set_halign (button, pill ? GTK_ALIGN_CENTER : GTK_ALIGN_END);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  return button;
}

static GtkWidget *
build_empty (void)
{
  GtkWidget *status = adw_status_page_new ();

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "document-open-recent-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("No Snapshots Yet"));
  adw_status_page_set_description (ADW_STATUS_PAGE (status),
                                   _("Take a snapshot before each report to the board: it records every "
                                     "light and indicator value of the day, and this view then shows how "
                                     "they moved from one report to the next."));
  adw_status_page_set_child (ADW_STATUS_PAGE (status), new_take_button (TRUE));
  return status;
}

static GtkWidget *
build_trend (TrellisTrendView *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
  GtkWidget *summary = new_label (NULL, "dim-label");

  self->summary = GTK_LABEL (summary);
  gtk_label_set_wrap (self->summary, TRUE);
  gtk_widget_set_hexpand (summary, TRUE);
  gtk_box_append (GTK_BOX (top), summary);
  gtk_box_append (GTK_BOX (top), new_take_button (FALSE));
  gtk_box_append (GTK_BOX (box), top);

  self->grid_bin = ADW_BIN (adw_bin_new ());
  gtk_widget_set_halign (GTK_WIDGET (self->grid_bin), GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->grid_bin));

  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 24);
  gtk_widget_set_margin_end (box, 24);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), box);
  return scrolled;
}

static void
trellis_trend_view_init (TrellisTrendView *self)
{
  trellis_lazy_rebuild_init (&self->lazy, GTK_WIDGET (self), rebuild_widget);
  GtkWidget *stack = gtk_stack_new ();

  self->editable = TRUE;
  self->stack = GTK_STACK (stack);
  gtk_stack_add_named (self->stack, build_empty (), "empty");
  gtk_stack_add_named (self->stack, build_trend (self), "trend");
  gtk_widget_set_parent (stack, GTK_WIDGET (self));
}

/**
 * trellis_trend_view_new:
 *
 * Returns: (transfer floating): the view of @project
 */
GtkWidget *
trellis_trend_view_new (TrellisProject *project)
{
  TrellisTrendView *self;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);

  self = g_object_new (TRELLIS_TYPE_TREND_VIEW, "project", project, NULL);
  g_signal_connect_object (project, "changed", G_CALLBACK (on_project_changed_cb), self, G_CONNECT_SWAPPED);
  rebuild (self);
  return GTK_WIDGET (self);
}

/**
 * trellis_trend_view_get_n_snapshots:
 *
 * Returns: how many snapshot columns the view shows
 */
guint
trellis_trend_view_get_n_snapshots (TrellisTrendView *self)
{
  g_return_val_if_fail (TRELLIS_IS_TREND_VIEW (self), 0);

  return self->snapshots != NULL ? self->snapshots->len : 0;
}
