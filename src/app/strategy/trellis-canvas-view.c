/* trellis-canvas-view.c: the Cluster Business Canvas page: ten boxes of notes, versions
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The canvas of step 4 as one poster that fills the window (and the
 * screen, with F11): a header with the project, its cluster organisation
 * and the version shown, and the ten boxes where the exported poster has
 * them.  A toolbar picks the version ("As Is" or a named, dated one), makes
 * a new one, compares the shown version with another (new notes marked,
 * removed ones listed in their box), enlarges the type for a projector and
 * exports the poster.  It follows the project: undo from the window shows
 * at once.  Actions and dialogs are in trellis-canvas-view-actions.c.
 */

#define G_LOG_DOMAIN "trellis-canvas-view"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-canvas-view-private.h"
#include "trellis-tool-view.h"
#include "trellis-locale-format.h"

G_DEFINE_FINAL_TYPE_WITH_CODE (TrellisCanvasView, trellis_canvas_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (TRELLIS_TYPE_TOOL_VIEW, NULL))

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_EDITABLE,
  PROP_LARGE_TYPE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
version_title (TrellisCanvasVersion *version)
{
  g_autofree char *date = NULL;

  if (version == NULL)
    /* translators: the canvas as it is today, not a planned version */
    return g_strdup (C_("canvas version", "As Is"));

  date = trellis_format_date (trellis_canvas_version_get_date (version));
  if (date == NULL)
    return g_strdup (trellis_canvas_version_get_name (version));
  /* translators: a canvas version's name and date */
  return g_strdup_printf (_("%s · %s"), trellis_canvas_version_get_name (version), date);
}

static guint
version_position (TrellisCanvasView    *self,
                  TrellisCanvasVersion *version)
{
  guint index;

  if (version != NULL && g_ptr_array_find (self->versions, version, &index))
    return index + 1;
  return 0;
}

static TrellisCanvasVersion *
version_at (TrellisCanvasView *self,
            guint              position)
{
  if (position == 0 || position == GTK_INVALID_LIST_POSITION || position > self->versions->len)
    return NULL;
  return self->versions->pdata[position - 1];
}

/* Both dropdowns list "As Is" and the versions; a version that is gone
 * (undone, deleted) gives way to "As Is". */
static void
fill_version_lists (TrellisCanvasView *self)
{
  GListModel *versions = trellis_project_get_items (self->project, TRELLIS_TYPE_CANVAS_VERSION);
  g_autoptr(GtkStringList) shown = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) compared = gtk_string_list_new (NULL);
  g_autofree char *as_is = version_title (NULL);

  g_ptr_array_set_size (self->versions, 0);
  gtk_string_list_append (shown, as_is);
  gtk_string_list_append (compared, as_is);
  for (guint i = 0; i < g_list_model_get_n_items (versions); i++)
    {
      g_autoptr(TrellisCanvasVersion) version = g_list_model_get_item (versions, i);
      g_autofree char *title = version_title (version);

      gtk_string_list_append (shown, title);
      gtk_string_list_append (compared, title);
      g_ptr_array_add (self->versions, g_steal_pointer (&version));
    }

  if (self->version != NULL && !g_ptr_array_find (self->versions, self->version, NULL))
    g_clear_object (&self->version);
  if (self->compare_with != NULL && !g_ptr_array_find (self->versions, self->compare_with, NULL))
    g_clear_object (&self->compare_with);

  self->filling_lists = TRUE;
  gtk_drop_down_set_model (self->version_dropdown, G_LIST_MODEL (shown));
  gtk_drop_down_set_model (self->compare_dropdown, G_LIST_MODEL (compared));
  gtk_drop_down_set_selected (self->version_dropdown, version_position (self, self->version));
  gtk_drop_down_set_selected (self->compare_dropdown, version_position (self, self->compare_with));
  self->filling_lists = FALSE;
}

static gboolean
comparing (TrellisCanvasView *self)
{
  return gtk_toggle_button_get_active (self->compare_button);
}

static void
update_header (TrellisCanvasView *self,
               GPtrArray         *changes)
{
  TrellisHeader *header = trellis_project_get_header (self->project);
  const char *cluster = trellis_header_get_cluster (header);
  g_autofree char *version = version_title (self->version);
  g_autoptr(GString) text = g_string_new (version);

  gtk_label_set_label (self->name_label, trellis_project_get_name (self->project));
  gtk_label_set_label (self->subtitle_label, cluster != NULL ? cluster : "");
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), cluster != NULL);
  if (changes != NULL)
    {
      g_autofree char *with = version_title (self->compare_with);
      guint added = 0;

      for (guint i = 0; i < changes->len; i++)
        if (((TrellisCanvasChange *) changes->pdata[i])->added)
          added++;
      guint removed = changes->len - added;
      /* translators: part of " — since %s: %s, %s", how many notes are new */
      g_autofree char *new_notes = g_strdup_printf (ngettext ("%u new note", "%u new notes", added), added);
      /* translators: part of " — since %s: %s, %s", how many notes were removed */
      g_autofree char *gone = g_strdup_printf (ngettext ("%u note removed", "%u notes removed", removed),
                                               removed);

      /* translators: how the shown canvas version differs from another; the
       * first %s is the other version, then "3 new notes" and "1 note removed" */
      g_string_append_printf (text, _(" — since %s: %s, %s"), with, new_notes, gone);
    }
  gtk_label_set_label (self->version_label, text->str);
  /* A narrow window cuts it short. */
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->version_label), text->str);
}

static GPtrArray *
removed_in (GPtrArray        *changes,
            TrellisCanvasBox  box)
{
  GPtrArray *removed = g_ptr_array_new ();

  for (guint i = 0; changes != NULL && i < changes->len; i++)
    {
      TrellisCanvasChange *change = changes->pdata[i];

      if (!change->added && change->box == box)
        g_ptr_array_add (removed, change);
    }
  return removed;
}

static void
refresh (TrellisCanvasView *self)
{
  g_autoptr(GPtrArray) changes = NULL;

  if (comparing (self))
    changes = trellis_canvas_diff (self->project, self->compare_with, self->version);

  for (guint b = 0; b < G_N_ELEMENTS (self->boxes); b++)
    {
      TrellisCanvasBoxWidget *box = TRELLIS_CANVAS_BOX_WIDGET (self->boxes[b]);
      g_autoptr(GPtrArray) added = NULL;
      g_autoptr(GPtrArray) removed = removed_in (changes, b);

      if (changes != NULL)
        added = trellis_canvas_list_added (self->project, self->compare_with, self->version, b);
      trellis_canvas_box_widget_set_version (box, self->version);
      trellis_canvas_box_widget_update (box, added, removed);
    }
  update_header (self, changes);
}

/* The boxes follow their notes themselves; the view follows the versions,
 * the header, and while comparing, what the notes change in the comparison. */
static void
on_project_changed_cb (TrellisCanvasView *self,
                       TrellisItem       *item)
{
  if (TRELLIS_IS_CANVAS_VERSION (item))
    fill_version_lists (self);
  if (TRELLIS_IS_CANVAS_VERSION (item) || TRELLIS_IS_HEADER (item)
      || (TRELLIS_IS_CANVAS_NOTE (item) && comparing (self)))
    refresh (self);
}

static void
on_version_selected_cb (TrellisCanvasView *self)
{
  if (self->filling_lists)
    return;
  trellis_canvas_view_set_version (self, version_at (self, gtk_drop_down_get_selected (self->version_dropdown)));
}

static void
on_compare_selected_cb (TrellisCanvasView *self)
{
  if (self->filling_lists)
    return;
  g_set_object (&self->compare_with, version_at (self, gtk_drop_down_get_selected (self->compare_dropdown)));
  refresh (self);
}

/* Turned on, it compares with "As Is", or from "As Is" with the first version. */
static void
on_compare_toggled_cb (TrellisCanvasView *self)
{
  if (comparing (self) && self->compare_with == self->version)
    {
      TrellisCanvasVersion *with = self->version == NULL ? version_at (self, 1) : NULL;

      g_set_object (&self->compare_with, with);
      self->filling_lists = TRUE;
      gtk_drop_down_set_selected (self->compare_dropdown, version_position (self, self->compare_with));
      self->filling_lists = FALSE;
    }
  refresh (self);
}

static void
set_editable (TrellisCanvasView *self,
              gboolean           editable)
{
  if (self->editable == editable)
    return;

  self->editable = editable;
  for (guint b = 0; b < G_N_ELEMENTS (self->boxes); b++)
    trellis_canvas_box_widget_set_editable (TRELLIS_CANVAS_BOX_WIDGET (self->boxes[b]), editable);
  _trellis_canvas_view_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITABLE]);
}

static void
set_large_type (TrellisCanvasView *self,
                gboolean           large)
{
  if (self->large_type == large)
    return;

  self->large_type = large;
  if (large)
    gtk_widget_add_css_class (GTK_WIDGET (self), "large-type");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "large-type");
  for (guint b = 0; b < G_N_ELEMENTS (self->boxes); b++)
    trellis_canvas_box_widget_set_large (TRELLIS_CANVAS_BOX_WIDGET (self->boxes[b]), large);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LARGE_TYPE]);
}

static void
trellis_canvas_view_dispose (GObject *object)
{
  TrellisCanvasView *self = TRELLIS_CANVAS_VIEW (object);
  GtkWidget *child;

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), TRELLIS_TYPE_CANVAS_VIEW);
  /* The template's top child has no id, so disposing the template leaves it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->versions, g_ptr_array_unref);
  g_clear_object (&self->version);
  g_clear_object (&self->compare_with);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (trellis_canvas_view_parent_class)->dispose (object);
}

static void
trellis_canvas_view_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  TrellisCanvasView *self = TRELLIS_CANVAS_VIEW (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;
    case PROP_EDITABLE:
      g_value_set_boolean (value, self->editable);
      break;
    case PROP_LARGE_TYPE:
      g_value_set_boolean (value, self->large_type);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trellis_canvas_view_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  TrellisCanvasView *self = TRELLIS_CANVAS_VIEW (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      self->project = g_value_dup_object (value);
      break;
    case PROP_EDITABLE:
      set_editable (self, g_value_get_boolean (value));
      break;
    case PROP_LARGE_TYPE:
      set_large_type (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trellis_canvas_view_class_init (TrellisCanvasViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trellis_canvas_view_dispose;
  object_class->get_property = trellis_canvas_view_get_property;
  object_class->set_property = trellis_canvas_view_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, TRELLIS_TYPE_PROJECT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_EDITABLE] =
    g_param_spec_boolean ("editable", NULL, NULL, TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_LARGE_TYPE] =
    g_param_spec_boolean ("large-type", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/trellis/Trellis/ui/trellis-canvas-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TrellisCanvasView, name_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisCanvasView, version_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisCanvasView, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisCanvasView, version_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TrellisCanvasView, compare_button);
  gtk_widget_class_bind_template_child (widget_class, TrellisCanvasView, compare_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TrellisCanvasView, area);
  gtk_widget_class_bind_template_callback (widget_class, on_version_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_compare_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_compare_toggled_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  _trellis_canvas_view_class_add_actions (widget_class);
  g_type_ensure (TRELLIS_TYPE_CANVAS_AREA);
}

/* The note colours come from the core, so the page and the poster agree;
 * the text on them is always dark. */
static void
install_note_colors (void)
{
  static gboolean installed;
  g_autoptr(GtkCssProvider) provider = NULL;
  g_autoptr(GString) css = NULL;
  const char * const *names = trellis_canvas_list_colors ();

  if (installed || gdk_display_get_default () == NULL)
    return;

  css = g_string_new (NULL);
  for (guint i = 0; names[i] != NULL; i++)
    {
      double r, g, b;

      trellis_canvas_color_parse (names[i], &r, &g, &b);
      g_string_append_printf (css, "canvasnote.note-%s, button.note-swatch.note-%s "
                              "{ background-color: rgb(%d, %d, %d); }\n", names[i], names[i],
                              (int) (r * 255 + 0.5), (int) (g * 255 + 0.5), (int) (b * 255 + 0.5));
    }
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_data (provider, css->str, -1);
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  installed = TRUE;
}

static void
trellis_canvas_view_init (TrellisCanvasView *self)
{
  self->editable = TRUE;
  self->versions = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_add_css_class (GTK_WIDGET (self), "canvas-view");
  install_note_colors ();
}

/**
 * trellis_canvas_view_new:
 *
 * Returns: (transfer floating): the canvas of @project, showing "As Is"
 */
GtkWidget *
trellis_canvas_view_new (TrellisProject *project)
{
  TrellisCanvasView *self;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);

  self = g_object_new (TRELLIS_TYPE_CANVAS_VIEW, "project", project, NULL);
  for (guint b = 0; b < G_N_ELEMENTS (self->boxes); b++)
    {
      self->boxes[b] = trellis_canvas_box_widget_new (project, b);
      gtk_widget_set_parent (self->boxes[b], GTK_WIDGET (self->area));
    }
  trellis_tool_view_follow_changes (self, project, G_CALLBACK (on_project_changed_cb));
  fill_version_lists (self);
  refresh (self);
  _trellis_canvas_view_update_actions (self);
  return GTK_WIDGET (self);
}

/**
 * trellis_canvas_view_get_version:
 *
 * Returns: (transfer none) (nullable): the version shown, %NULL for "As Is"
 */
TrellisCanvasVersion *
trellis_canvas_view_get_version (TrellisCanvasView *self)
{
  g_return_val_if_fail (TRELLIS_IS_CANVAS_VIEW (self), NULL);

  return self->version;
}

/**
 * trellis_canvas_view_set_version:
 * @version: (nullable): a version of the project, %NULL for "As Is"
 */
void
trellis_canvas_view_set_version (TrellisCanvasView    *self,
                                 TrellisCanvasVersion *version)
{
  g_return_if_fail (TRELLIS_IS_CANVAS_VIEW (self));
  g_return_if_fail (version == NULL || g_ptr_array_find (self->versions, version, NULL));

  g_set_object (&self->version, version);
  if (gtk_drop_down_get_selected (self->version_dropdown) != version_position (self, version))
    {
      self->filling_lists = TRUE;
      gtk_drop_down_set_selected (self->version_dropdown, version_position (self, version));
      self->filling_lists = FALSE;
    }
  refresh (self);
}

/**
 * trellis_canvas_view_set_compare:
 * @with: (nullable): the version to compare the shown one with, %NULL for "As Is"
 *
 * Marks what the shown version adds to @with and lists what it removes.
 */
void
trellis_canvas_view_set_compare (TrellisCanvasView    *self,
                                 gboolean              compare,
                                 TrellisCanvasVersion *with)
{
  g_return_if_fail (TRELLIS_IS_CANVAS_VIEW (self));
  g_return_if_fail (with == NULL || g_ptr_array_find (self->versions, with, NULL));

  g_set_object (&self->compare_with, with);
  self->filling_lists = TRUE;
  gtk_drop_down_set_selected (self->compare_dropdown, version_position (self, with));
  self->filling_lists = FALSE;
  if (gtk_toggle_button_get_active (self->compare_button) != compare)
    gtk_toggle_button_set_active (self->compare_button, compare);
  else
    refresh (self);
}

/**
 * trellis_canvas_view_get_box:
 *
 * Returns: (transfer none): the widget of @box
 */
TrellisCanvasBoxWidget *
trellis_canvas_view_get_box (TrellisCanvasView *self,
                             TrellisCanvasBox   box)
{
  g_return_val_if_fail (TRELLIS_IS_CANVAS_VIEW (self), NULL);
  g_return_val_if_fail ((guint) box < G_N_ELEMENTS (self->boxes), NULL);

  return TRELLIS_CANVAS_BOX_WIDGET (self->boxes[box]);
}

void
_trellis_canvas_view_focus_note (TrellisCanvasView *self,
                                 TrellisCanvasNote *note)
{
  TrellisCanvasBox box = trellis_canvas_note_get_box (note);

  trellis_canvas_box_widget_focus_note (trellis_canvas_view_get_box (self, box), note);
}
