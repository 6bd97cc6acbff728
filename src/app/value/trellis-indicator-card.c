/* trellis-indicator-card.c: one indicator of a goal, its progress and measurements
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every edit goes through the project's history.  Numbers and dates are
 * taken only when they read as such: until then the entry is marked as an
 * error and says why, and the indicator keeps its value.  The goals view
 * calls trellis_indicator_card_update() on every change of the project,
 * so an undo shows here at once.
 */

#define G_LOG_DOMAIN "trellis-indicator-card"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "trellis-accessible.h"
#include "trellis-app-utils.h"
#include "trellis-indicator-card.h"
#include "trellis-sparkline.h"
#include "trellis-locale-format.h"

struct _TrellisIndicatorCard
{
  GtkWidget         parent_instance;

  TrellisProject   *project;
  TrellisIndicator *indicator;
  gboolean          editable;
  gboolean          updating;

  GtkWidget        *name_entry;
  GtkWidget        *warning_image;
  GtkWidget        *number_entries[2];
  GtkWidget        *date_entries[2];
  GtkWidget        *progress_label;
  GtkWidget        *level_bar;
  GtkWidget        *latest_label;
  GtkWidget        *sparkline;
  GtkWidget        *measurements_list;
  GtkWidget        *date_entry;
  GtkWidget        *value_entry;
  GtkWidget        *note_entry;
  GtkWidget        *error_label;
};

G_DEFINE_FINAL_TYPE (TrellisIndicatorCard, trellis_indicator_card, GTK_TYPE_WIDGET)

/* The baseline and the target: a number and a date each, read and written
 * through the typed accessors. */
typedef struct
{
  const char *entry_name;
  double    (*get) (TrellisIndicator *indicator);
  void      (*set) (TrellisIndicator *indicator,
                    double            value);
} NumberField;

typedef struct
{
  const char *entry_name;
  TrellisDay (*get) (TrellisIndicator *indicator);
  void       (*set) (TrellisIndicator *indicator,
                     TrellisDay        day);
} DateField;

static const NumberField number_fields[] = {
  { "baseline-entry", trellis_indicator_get_baseline, trellis_indicator_set_baseline },
  { "target-entry", trellis_indicator_get_target, trellis_indicator_set_target },
};
static const DateField date_fields[] = {
  { "baseline-date-entry", trellis_indicator_get_baseline_date, trellis_indicator_set_baseline_date },
  { "target-date-entry", trellis_indicator_get_target_date, trellis_indicator_set_target_date },
};

static void
set_error (GtkWidget  *entry,
           const char *message)
{
  if (message != NULL)
    gtk_widget_add_css_class (entry, "error");
  else
    gtk_widget_remove_css_class (entry, "error");
  gtk_widget_set_tooltip_text (entry, message);
}

static gboolean
same_number (double a,
             double b)
{
  return (isnan (a) && isnan (b)) || a == b;
}

static void
on_number_entry_changed_cb (TrellisIndicatorCard *self,
                            GtkEditable          *entry)
{
  const NumberField *field = g_object_get_data (G_OBJECT (entry), "field");
  g_autoptr(GError) error = NULL;
  double value;

  if (self->updating)
    return;
  if (!trellis_indicator_parse_value (gtk_editable_get_text (entry), &value, &error))
    {
      set_error (GTK_WIDGET (entry), error->message);
      return;
    }
  set_error (GTK_WIDGET (entry), NULL);
  /* An emptied entry gives NaN, which clears the field. */
  if (!same_number (value, field->get (self->indicator)))
    field->set (self->indicator, value);
}

static void
on_date_entry_changed_cb (TrellisIndicatorCard *self,
                          GtkEditable          *entry)
{
  const DateField *field = g_object_get_data (G_OBJECT (entry), "field");
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  g_autoptr(GError) error = NULL;
  TrellisDay day;

  if (self->updating)
    return;
  if (!trellis_indicator_check_date (text, &error))
    {
      set_error (GTK_WIDGET (entry), error->message);
      return;
    }
  set_error (GTK_WIDGET (entry), NULL);
  day = trellis_parse_date (text);
  if (day != field->get (self->indicator))
    field->set (self->indicator, day);
}

static gboolean
has_focus_within (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* Shows the stored value, unless the entry holds what is being typed. */
static void
sync_entry (TrellisIndicatorCard *self,
            GtkWidget            *entry,
            const char           *stored,
            gboolean              same)
{
  if (same || (gtk_widget_has_css_class (entry, "error") && has_focus_within (entry)))
    return;

  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (entry), stored);
  set_error (entry, NULL);
  self->updating = FALSE;
}

static void
update_fields (TrellisIndicatorCard *self)
{
  g_autofree char *reason = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (number_fields); i++)
    {
      GtkWidget *entry = self->number_entries[i];
      double stored = number_fields[i].get (self->indicator);
      g_autofree char *text = trellis_format_number_for_entry (stored);
      double typed;
      gboolean ok = trellis_indicator_parse_value (gtk_editable_get_text (GTK_EDITABLE (entry)), &typed, NULL);

      sync_entry (self, entry, text, ok && same_number (typed, stored));
    }
  for (guint i = 0; i < G_N_ELEMENTS (date_fields); i++)
    {
      GtkWidget *entry = self->date_entries[i];
      char stored[TRELLIS_DATE_BUF_SIZE];
      g_autofree char *typed = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

      trellis_date_format_into (date_fields[i].get (self->indicator), stored);
      sync_entry (self, entry, stored, g_strcmp0 (typed, stored) == 0);
    }

  gtk_widget_set_visible (self->warning_image, !trellis_indicator_is_measurable (self->indicator, &reason));
  gtk_widget_set_tooltip_text (self->warning_image, reason);
  if (gtk_editable_get_text (GTK_EDITABLE (self->name_entry))[0] == '\0')
    set_error (self->name_entry, _("An indicator needs a name"));
  else
    set_error (self->name_entry, NULL);
}

/* Says which of the things progress needs is missing. */
static const char *
explain_no_progress (TrellisIndicator *indicator,
                     GPtrArray        *measurements)
{
  double baseline = trellis_indicator_get_baseline (indicator);
  double target = trellis_indicator_get_target (indicator);

  if (!trellis_double_is_set (baseline) && !trellis_double_is_set (target))
    return _("Not enough data: give the indicator a baseline and a target");
  if (!trellis_double_is_set (baseline))
    return _("Not enough data: give the indicator a baseline");
  if (!trellis_double_is_set (target))
    return _("Not enough data: give the indicator a target");
  if (target == baseline)
    return _("No progress to show: the target equals the baseline");
  if (measurements->len == 0)
    return _("Not enough data: no measurement yet");
  return _("Not enough data");
}

static void
update_progress (TrellisIndicatorCard *self,
                 GPtrArray            *measurements)
{
  double progress = trellis_indicator_get_progress (self->project, self->indicator);
  const char *unit = trellis_indicator_get_unit (self->indicator);
  TrellisDay day = TRELLIS_DAY_NONE;
  double current = trellis_indicator_get_current (self->project, self->indicator, &day);
  g_autofree char *date = trellis_format_date (day);
  g_autofree char *value = trellis_indicator_format_value (current);
  g_autofree char *text = NULL;
  g_autofree char *latest = NULL;

  if (isnan (progress))
    text = g_strdup (explain_no_progress (self->indicator, measurements));
  else if (progress < 0)
    /* translators: the indicator moved the wrong way; %.0f %% is how far, negative */
    text = g_strdup_printf (_("Moving away from the target (%.0f %%)"), progress * 100);
  else if (progress >= 1)
    /* translators: %.0f %% is how far beyond the baseline, 100 % or more */
    text = g_strdup_printf (_("Target reached (%.0f %%)"), progress * 100);
  else
    /* translators: how far an indicator has come from baseline to target */
    text = g_strdup_printf (_("%.0f %% of the way to the target"), progress * 100);
  gtk_label_set_label (GTK_LABEL (self->progress_label), text);
  gtk_level_bar_set_value (GTK_LEVEL_BAR (self->level_bar), isnan (progress) ? 0 : CLAMP (progress, 0, 1));
  gtk_widget_set_opacity (self->level_bar, isnan (progress) ? 0.4 : 1);

  if (measurements->len > 0)
    /* translators: the latest measurement: value, unit and date */
    latest = g_strdup_printf (_("Latest: %s %s on %s"), value, unit != NULL ? unit : "", date);
  else if (trellis_double_is_set (current))
    /* translators: the baseline: value, unit and date */
    latest = g_strdup_printf (_("Baseline: %s %s on %s"), value, unit != NULL ? unit : "",
                              date != NULL ? date : _("no date"));
  else
    latest = g_strdup (_("No baseline and no measurement yet"));
  gtk_label_set_label (GTK_LABEL (self->latest_label), latest);
  trellis_sparkline_show_indicator (TRELLIS_SPARKLINE (self->sparkline), TRELLIS_ITEM (self->indicator),
                                    measurements, NULL);
}

static void
on_delete_measurement_clicked_cb (GtkButton            *button,
                                  TrellisIndicatorCard *self)
{
  TrellisItem *measurement = g_object_get_data (G_OBJECT (button), "measurement");

  trellis_project_remove_item (self->project, measurement);
}

static GtkWidget *
create_measurement_row (TrellisIndicatorCard *self,
                        TrellisMeasurement   *measurement)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 9);
  g_autofree char *value = trellis_indicator_format_value (trellis_measurement_get_value (measurement));
  const char *unit = trellis_indicator_get_unit (self->indicator);
  g_autofree char *value_text = g_strdup_printf ("%s %s", value, unit != NULL ? unit : "");
  g_autofree char *day = trellis_format_date (trellis_measurement_get_date (measurement));
  GtkWidget *date = gtk_label_new (day);
  GtkWidget *number = gtk_label_new (value_text);
  GtkWidget *note = gtk_label_new (trellis_measurement_get_note (measurement));
  GtkWidget *delete = gtk_button_new_from_icon_name ("user-trash-symbolic");
  /* translators: the accessible name of a measurement's delete button; %s is its date */
  g_autofree char *delete_name = g_strdup_printf (_("Delete the measurement of %s"), day);

  gtk_widget_add_css_class (date, "numeric");
  gtk_widget_add_css_class (number, "numeric");
  gtk_widget_add_css_class (number, "heading");
  gtk_widget_set_size_request (number, 90, -1);
  gtk_label_set_xalign (GTK_LABEL (number), 0);
  gtk_label_set_xalign (GTK_LABEL (note), 0);
  gtk_label_set_wrap (GTK_LABEL (note), TRUE);
  gtk_widget_set_hexpand (note, TRUE);
  gtk_widget_add_css_class (note, "dim-label");
  gtk_widget_add_css_class (delete, "flat");
  gtk_widget_set_valign (delete, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (delete, _("Delete Measurement"));
  trellis_accessible_set_label (delete, delete_name);
  gtk_widget_set_name (delete, "delete-measurement-button");
  gtk_widget_set_visible (delete, self->editable);
  g_object_set_data_full (G_OBJECT (delete), "measurement", g_object_ref (measurement), g_object_unref);
  g_signal_connect (delete, "clicked", G_CALLBACK (on_delete_measurement_clicked_cb), self);

  gtk_box_append (GTK_BOX (box), date);
  gtk_box_append (GTK_BOX (box), number);
  gtk_box_append (GTK_BOX (box), note);
  gtk_box_append (GTK_BOX (box), delete);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static void
update_measurements (TrellisIndicatorCard *self,
                     GPtrArray            *measurements)
{
  GtkListBox *list = GTK_LIST_BOX (self->measurements_list);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
  /* Newest first: the latest values are what people look for. */
  for (guint i = measurements->len; i > 0; i--)
    gtk_list_box_append (list, create_measurement_row (self, measurements->pdata[i - 1]));
}

/**
 * trellis_indicator_card_update:
 *
 * Shows the indicator as it is now in the project.
 */
void
trellis_indicator_card_update (TrellisIndicatorCard *self)
{
  g_autoptr(GPtrArray) measurements = NULL;

  g_return_if_fail (TRELLIS_IS_INDICATOR_CARD (self));

  /* An undo may have taken the indicator away; the view drops the card. */
  if (trellis_project_lookup (self->project, trellis_item_get_uuid (TRELLIS_ITEM (self->indicator)))
      != TRELLIS_ITEM (self->indicator))
    return;

  measurements = trellis_indicator_list_measurements (self->project, self->indicator);
  update_fields (self);
  update_progress (self, measurements);
  update_measurements (self, measurements);
}

static void
add_measurement (TrellisIndicatorCard *self)
{
  g_autofree char *date = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->date_entry))));
  const char *note = gtk_editable_get_text (GTK_EDITABLE (self->note_entry));
  g_autoptr(GError) error = NULL;
  double value;

  if (!self->editable)
    return;

  set_error (self->date_entry, NULL);
  set_error (self->value_entry, NULL);
  if (!trellis_indicator_parse_value (gtk_editable_get_text (GTK_EDITABLE (self->value_entry)), &value, &error))
    set_error (self->value_entry, error->message);
  else if (trellis_indicator_add_measurement (self->project, self->indicator, date, value,
                                              note[0] != '\0' ? note : NULL, &error) == NULL)
    set_error (isnan (value) ? self->value_entry : self->date_entry, error->message);

  gtk_label_set_label (GTK_LABEL (self->error_label), error != NULL ? error->message : "");
  gtk_widget_set_visible (self->error_label, error != NULL);
  if (error == NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->value_entry), "");
      gtk_editable_set_text (GTK_EDITABLE (self->note_entry), "");
      gtk_widget_grab_focus (self->value_entry);
    }
}

static void
on_delete_clicked_cb (TrellisIndicatorCard *self)
{
  trellis_project_remove_item (self->project, TRELLIS_ITEM (self->indicator));
}


static gboolean
enum_to_selected (GBinding     *binding,
                  const GValue *from_value,
                  GValue       *to_value,
                  gpointer      user_data)
{
  g_value_set_uint (to_value, g_value_get_enum (from_value));
  return TRUE;
}

static gboolean
selected_to_enum (GBinding     *binding,
                  const GValue *from_value,
                  GValue       *to_value,
                  gpointer      user_data)
{
  guint selected = g_value_get_uint (from_value);

  if (selected == GTK_INVALID_LIST_POSITION)
    return FALSE;
  g_value_set_enum (to_value, selected);
  return TRUE;
}

static void
setup_label_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                gpointer                  ellipsize)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (ellipsize != NULL)
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (list_item, label);
}

static void
bind_label_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  user_data)
{
  GtkStringObject *string = gtk_list_item_get_item (list_item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (list_item)), gtk_string_object_get_string (string));
}

static GtkListItemFactory *
create_label_factory (gboolean ellipsize)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_label_cb), GINT_TO_POINTER (ellipsize));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_label_cb), NULL);
  return factory;
}

/* A drop-down of an enum field's labels, bound both ways.  The chosen one
 * may be cut short on a narrow window; the list shows them whole. */
static GtkWidget *
create_enum_drop_down (TrellisIndicatorCard *self,
                       const char           *property,
                       GType                 enum_type)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) factory = create_label_factory (TRUE);
  g_autoptr(GtkListItemFactory) list_factory = create_label_factory (FALSE);
  GtkWidget *drop_down;

  for (guint i = 0; i < trellis_enum_n_values (enum_type); i++)
    gtk_string_list_append (labels, trellis_enum_label (enum_type, i));
  drop_down = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&labels)), NULL);
  gtk_drop_down_set_factory (GTK_DROP_DOWN (drop_down), factory);
  gtk_drop_down_set_list_factory (GTK_DROP_DOWN (drop_down), list_factory);
  g_object_bind_property_full (self->indicator, property, drop_down, "selected",
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               enum_to_selected, selected_to_enum, NULL, NULL);
  gtk_widget_set_sensitive (drop_down, self->editable);
  return drop_down;
}

static GtkWidget *
create_entry (TrellisIndicatorCard *self,
              const char           *name,
              const char           *placeholder)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_widget_set_name (entry, name);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  gtk_editable_set_enable_undo (GTK_EDITABLE (entry), FALSE);
  gtk_editable_set_editable (GTK_EDITABLE (entry), self->editable);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 4);
  return entry;
}

/* A caption over its field, in one cell of the grid. */
static void
attach_field (GtkGrid    *grid,
              const char *caption,
              GtkWidget  *field,
              int         column,
              int         row,
              int         width)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *label = gtk_label_new_with_mnemonic (caption);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), field);
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_hexpand (field, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), field);
  gtk_grid_attach (grid, box, column, row, width, 1);
}

static GtkWidget *
build_header (TrellisIndicatorCard *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *delete = gtk_button_new_from_icon_name ("user-trash-symbolic");

  self->name_entry = create_entry (self, "name-entry", _("Name of the indicator"));
  gtk_widget_add_css_class (self->name_entry, "indicator-name");
  gtk_widget_set_hexpand (self->name_entry, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->name_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Indicator name"), -1);
  trellis_app_bind_text (self->indicator, TRELLIS_INDICATOR_PROP_NAME, self->name_entry, TRUE);
  g_signal_connect_object (self->name_entry, "changed", G_CALLBACK (update_fields), self, G_CONNECT_SWAPPED);

  self->warning_image = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  gtk_widget_add_css_class (self->warning_image, "warning");
  gtk_widget_set_name (self->warning_image, "warning-image");

  gtk_widget_add_css_class (delete, "flat");
  trellis_accessible_name_icon (delete, _("Delete Indicator"));
  gtk_widget_set_visible (delete, self->editable);
  gtk_widget_set_name (delete, "delete-indicator-button");
  g_signal_connect_object (delete, "clicked", G_CALLBACK (on_delete_clicked_cb), self, G_CONNECT_SWAPPED);

  gtk_box_append (GTK_BOX (box), self->name_entry);
  gtk_box_append (GTK_BOX (box), self->warning_image);
  gtk_box_append (GTK_BOX (box), delete);
  return box;
}

static GtkWidget *
build_fields (TrellisIndicatorCard *self)
{
  GtkGrid *grid = GTK_GRID (gtk_grid_new ());
  GtkWidget *unit = create_entry (self, "unit-entry", _("e.g. firms"));
  const char *number_captions[] = { N_("_Baseline"), N_("_Target") };
  const char *date_captions[] = { N_("Baseline _date"), N_("Target d_ate") };

  gtk_grid_set_row_spacing (grid, 12);
  gtk_grid_set_column_spacing (grid, 8);
  trellis_app_bind_text (self->indicator, TRELLIS_INDICATOR_PROP_UNIT, unit, FALSE);
  attach_field (grid, _("_Unit"), unit, 0, 0, 1);
  attach_field (grid, _("_Kind"), create_enum_drop_down (self, TRELLIS_INDICATOR_PROP_KIND, TRELLIS_TYPE_INDICATOR_KIND), 1, 0, 1);
  attach_field (grid, _("Di_rection"),
                create_enum_drop_down (self, TRELLIS_INDICATOR_PROP_DIRECTION, TRELLIS_TYPE_DIRECTION), 2, 0, 2);

  for (guint i = 0; i < 2; i++)
    {
      self->number_entries[i] = create_entry (self, number_fields[i].entry_name, _("Number"));
      g_object_set_data (G_OBJECT (self->number_entries[i]), "field", (gpointer) &number_fields[i]);
      g_signal_connect_object (self->number_entries[i], "changed",
                               G_CALLBACK (on_number_entry_changed_cb), self, G_CONNECT_SWAPPED);
      attach_field (grid, _(number_captions[i]), self->number_entries[i], 2 * i, 1, 1);

      self->date_entries[i] = create_entry (self, date_fields[i].entry_name, _("YYYY-MM-DD"));
      g_object_set_data (G_OBJECT (self->date_entries[i]), "field", (gpointer) &date_fields[i]);
      g_signal_connect_object (self->date_entries[i], "changed",
                               G_CALLBACK (on_date_entry_changed_cb), self, G_CONNECT_SWAPPED);
      attach_field (grid, _(date_captions[i]), self->date_entries[i], 2 * i + 1, 1, 1);
    }
  return GTK_WIDGET (grid);
}

static GtkWidget *
build_progress (TrellisIndicatorCard *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  self->progress_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->progress_label), 0);
  gtk_label_set_wrap (GTK_LABEL (self->progress_label), TRUE);
  gtk_widget_add_css_class (self->progress_label, "heading");
  self->level_bar = gtk_level_bar_new_for_interval (0, 1);
  gtk_widget_set_name (self->level_bar, "progress-bar");
  gtk_widget_set_size_request (self->level_bar, -1, 10);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->level_bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Progress from baseline to target"), -1);
  self->latest_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->latest_label), 0);
  gtk_label_set_wrap (GTK_LABEL (self->latest_label), TRUE);
  gtk_widget_add_css_class (self->latest_label, "dim-label");
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (texts), self->progress_label);
  gtk_box_append (GTK_BOX (texts), self->level_bar);
  gtk_box_append (GTK_BOX (texts), self->latest_label);

  self->sparkline = trellis_sparkline_new ();
  gtk_widget_set_size_request (self->sparkline, 180, 56);
  gtk_widget_set_valign (self->sparkline, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (self->sparkline, _("The baseline and the measurements over time; "
                                                  "the dashed line is the target"));
  gtk_box_append (GTK_BOX (box), texts);
  gtk_box_append (GTK_BOX (box), self->sparkline);
  return box;
}

static GtkWidget *
build_add_measurement (TrellisIndicatorCard *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *first = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *second = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *button = gtk_button_new_with_mnemonic (_("Add _Measurement"));
  g_autofree char *today = trellis_date_format (trellis_date_today ());

  self->date_entry = create_entry (self, "measurement-date-entry", _("YYYY-MM-DD"));
  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), today);
  gtk_editable_set_width_chars (GTK_EDITABLE (self->date_entry), 11);
  trellis_accessible_name_icon (self->date_entry, _("Date of the measurement"));
  self->value_entry = create_entry (self, "measurement-value-entry", _("Value"));
  trellis_accessible_set_label (self->value_entry, _("Value of the measurement"));
  self->note_entry = create_entry (self, "measurement-note-entry", _("Note or source (optional)"));
  trellis_accessible_set_label (self->note_entry, _("Note or source of the measurement"));
  gtk_widget_set_hexpand (self->note_entry, TRUE);
  gtk_widget_set_name (button, "add-measurement-button");
  gtk_widget_add_css_class (button, "suggested-action");
  g_signal_connect_object (self->date_entry, "activate", G_CALLBACK (add_measurement), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->value_entry, "activate", G_CALLBACK (add_measurement), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->note_entry, "activate", G_CALLBACK (add_measurement), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (button, "clicked", G_CALLBACK (add_measurement), self, G_CONNECT_SWAPPED);

  /* Two lines, so that the card fits a narrow window. */
  gtk_widget_set_hexpand (self->value_entry, TRUE);
  gtk_box_append (GTK_BOX (first), self->date_entry);
  gtk_box_append (GTK_BOX (first), self->value_entry);
  gtk_box_append (GTK_BOX (second), self->note_entry);
  gtk_box_append (GTK_BOX (second), button);
  gtk_box_append (GTK_BOX (box), first);
  gtk_box_append (GTK_BOX (box), second);
  gtk_widget_set_visible (box, self->editable);
  return box;
}

static GtkWidget *
build_measurements (TrellisIndicatorCard *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new (_("Measurements"));
  GtkWidget *placeholder = gtk_label_new (_("No measurements yet: add the first one below"));

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "heading");
  self->measurements_list = gtk_list_box_new ();
  gtk_widget_set_name (self->measurements_list, "measurements-list");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->measurements_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->measurements_list, "boxed-list");
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 9);
  gtk_widget_set_margin_bottom (placeholder, 9);
  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->measurements_list), placeholder);

  self->error_label = gtk_label_new (NULL);
  gtk_widget_set_name (self->error_label, "measurement-error-label");
  gtk_label_set_xalign (GTK_LABEL (self->error_label), 0);
  gtk_label_set_wrap (GTK_LABEL (self->error_label), TRUE);
  gtk_widget_add_css_class (self->error_label, "error");
  gtk_widget_set_visible (self->error_label, FALSE);

  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), self->measurements_list);
  gtk_box_append (GTK_BOX (box), build_add_measurement (self));
  gtk_box_append (GTK_BOX (box), self->error_label);
  return box;
}

/**
 * trellis_indicator_card_new:
 * @editable: whether the card takes edits (not for a read-only project)
 *
 * Returns: (transfer floating): a card showing @indicator of @project
 */
GtkWidget *
trellis_indicator_card_new (TrellisProject   *project,
                            TrellisIndicator *indicator,
                            gboolean          editable)
{
  TrellisIndicatorCard *self;
  GtkWidget *box;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (TRELLIS_IS_INDICATOR (indicator), NULL);

  self = g_object_new (TRELLIS_TYPE_INDICATOR_CARD, NULL);
  self->project = g_object_ref (project);
  self->indicator = g_object_ref (indicator);
  self->editable = editable;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "indicator-card");
  gtk_box_append (GTK_BOX (box), build_header (self));
  gtk_box_append (GTK_BOX (box), build_fields (self));
  gtk_box_append (GTK_BOX (box), build_progress (self));
  gtk_box_append (GTK_BOX (box), build_measurements (self));
  gtk_widget_set_parent (box, GTK_WIDGET (self));

  trellis_indicator_card_update (self);
  return GTK_WIDGET (self);
}

static void
trellis_indicator_card_dispose (GObject *object)
{
  TrellisIndicatorCard *self = TRELLIS_INDICATOR_CARD (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->indicator);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (trellis_indicator_card_parent_class)->dispose (object);
}

static void
trellis_indicator_card_class_init (TrellisIndicatorCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trellis_indicator_card_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "indicatorcard");
}

static void
trellis_indicator_card_init (TrellisIndicatorCard *self)
{
}

TrellisIndicator *
trellis_indicator_card_get_indicator (TrellisIndicatorCard *self)
{
  g_return_val_if_fail (TRELLIS_IS_INDICATOR_CARD (self), NULL);

  return self->indicator;
}

void
trellis_indicator_card_focus_values (TrellisIndicatorCard *self)
{
  g_return_if_fail (TRELLIS_IS_INDICATOR_CARD (self));

  gtk_widget_grab_focus (self->number_entries[0]);
}
