/* trellis-app-utils.c: small helpers shared by the application's views
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "trellis-app-utils"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-app-utils.h"

static gboolean
item_to_text (GBinding     *binding,
              const GValue *from_value,
              GValue       *to_value,
              gpointer      user_data)
{
  const char *text = g_value_get_string (from_value);

  g_value_set_string (to_value, text != NULL ? text : "");
  return TRUE;
}

/* An empty text clears the field; a required field keeps its value, as a
 * file without it would not load. */
static gboolean
text_to_item (GBinding     *binding,
              const GValue *from_value,
              GValue       *to_value,
              gpointer      user_data)
{
  const char *text = g_value_get_string (from_value);
  gboolean required = GPOINTER_TO_INT (user_data);
  gboolean empty = TRUE;

  for (const char *c = text; c != NULL && *c != '\0' && empty; c = g_utf8_next_char (c))
    empty = g_unichar_isspace (g_utf8_get_char (c));

  if (empty && required)
    return FALSE;
  g_value_set_string (to_value, empty ? NULL : text);
  return TRUE;
}

/**
 * trellis_app_bind_text:
 * @item: a #TrellisItem
 * @property: a string field of @item
 * @target: a #GtkEditable or a #GtkTextBuffer
 * @required: whether the field must not be empty
 *
 * Binds both ways.  The widget's own undo is turned off, so that Ctrl+Z
 * undoes through the project's history, which merges the typing.
 */
void
trellis_app_bind_text (gpointer    item,
                       const char *property,
                       gpointer    target,
                       gboolean    required)
{
  g_return_if_fail (TRELLIS_IS_ITEM (item));
  g_return_if_fail (GTK_IS_EDITABLE (target) || GTK_IS_TEXT_BUFFER (target));

  if (GTK_IS_EDITABLE (target))
    gtk_editable_set_enable_undo (target, FALSE);
  else
    gtk_text_buffer_set_enable_undo (target, FALSE);

  g_object_bind_property_full (item, property, target, "text",
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               item_to_text, text_to_item, GINT_TO_POINTER (required), NULL);
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

/**
 * trellis_app_bind_enum:
 * @item: a #TrellisItem
 * @property: an enum field of @item whose values are 0…n-1
 * @row: a combo row listing the values in that order
 *
 * Binds the field and the row's selection both ways.
 */
void
trellis_app_bind_enum (gpointer     item,
                       const char  *property,
                       AdwComboRow *row)
{
  g_return_if_fail (TRELLIS_IS_ITEM (item));
  g_return_if_fail (ADW_IS_COMBO_ROW (row));

  g_object_bind_property_full (item, property, row, "selected",
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               enum_to_selected, selected_to_enum, NULL, NULL);
}

static gboolean
stop_editing_soon_cb (gpointer data)
{
  GtkEditableLabel *label = data;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (label));
  GtkWidget *focus;

  /* Gone from its window meanwhile: nothing to commit. */
  if (root == NULL || !gtk_editable_label_get_editing (label))
    return G_SOURCE_REMOVE;

  focus = gtk_root_get_focus (root);
  if (focus == NULL || (focus != GTK_WIDGET (label) && !gtk_widget_is_ancestor (focus, GTK_WIDGET (label))))
    gtk_editable_label_stop_editing (label, TRUE);
  return G_SOURCE_REMOVE;
}

static void
on_editable_focus_leave_cb (GtkEventController *controller)
{
  GtkWidget *label = gtk_event_controller_get_widget (controller);

  if (gtk_editable_label_get_editing (GTK_EDITABLE_LABEL (label)))
    g_timeout_add_full (G_PRIORITY_DEFAULT, 100, stop_editing_soon_cb, g_object_ref (label), g_object_unref);
}

/**
 * trellis_app_fix_editable_label:
 *
 * GTK 4.8's GtkEditableLabel commits 100 ms after the focus leaves it,
 * even when it has been destroyed meanwhile (a critical, fixed in later
 * versions), as a list row, a card or a window can be: @label commits
 * through our own handler instead, which checks that it is still shown.
 * Depends on GTK's internal wiring of the label; drop it with GTK ≥ 4.10.
 */
void
trellis_app_fix_editable_label (GtkEditableLabel *editable_label)
{
  GtkWidget *label = GTK_WIDGET (editable_label);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (label);
  GtkEventController *focus;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_FOCUS (controller))
        g_signal_handlers_disconnect_by_data (controller, label);
    }

  focus = gtk_event_controller_focus_new ();
  g_signal_connect (focus, "leave", G_CALLBACK (on_editable_focus_leave_cb), NULL);
  gtk_widget_add_controller (label, focus);
}

/**
 * trellis_lazy_rebuild_init:
 * @widget: the view (not referenced: @lazy lives in it)
 * @rebuild: rebuilds the view
 */
void
trellis_lazy_rebuild_init (TrellisLazyRebuild *lazy,
                           GtkWidget          *widget,
                           void              (*rebuild) (GtkWidget *widget))
{
  lazy->widget = widget;
  lazy->rebuild = rebuild;
  lazy->source = 0;
  lazy->stale = FALSE;
}

static gboolean
lazy_rebuild_cb (gpointer user_data)
{
  TrellisLazyRebuild *lazy = user_data;

  lazy->source = 0;
  /* A hidden view waits until it is shown: edits elsewhere stay quick. */
  if (gtk_widget_get_mapped (lazy->widget))
    lazy->rebuild (lazy->widget);
  else
    lazy->stale = TRUE;
  return G_SOURCE_REMOVE;
}

/**
 * trellis_lazy_rebuild_queue:
 *
 * Rebuilds the view soon (in an idle: once for many changes), or when it is
 * shown if it is hidden then.
 */
void
trellis_lazy_rebuild_queue (TrellisLazyRebuild *lazy)
{
  if (lazy->source == 0)
    lazy->source = g_idle_add (lazy_rebuild_cb, lazy);
}

/**
 * trellis_lazy_rebuild_map:
 *
 * For the view's map vfunc, before it chains up: rebuilds a view that
 * missed changes while it was hidden.
 */
void
trellis_lazy_rebuild_map (TrellisLazyRebuild *lazy)
{
  if (!lazy->stale)
    return;
  lazy->stale = FALSE;
  lazy->rebuild (lazy->widget);
}

/**
 * trellis_lazy_rebuild_clear:
 *
 * Forgets a queued rebuild: the view is rebuilding now, or going away.
 */
void
trellis_lazy_rebuild_clear (TrellisLazyRebuild *lazy)
{
  g_clear_handle_id (&lazy->source, g_source_remove);
  lazy->stale = FALSE;
}

/**
 * trellis_app_set_drop_mark:
 * @mark: -1: a drop goes before @widget, 1: after it, 0: no mark
 *
 * Marks where a dragged note would land, through the "drop-before" and
 * "drop-after" style classes (SWOT notes and canvas cards).
 */
void
trellis_app_set_drop_mark (GtkWidget *widget,
                           int        mark)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (mark < 0)
    gtk_widget_add_css_class (widget, "drop-before");
  else
    gtk_widget_remove_css_class (widget, "drop-before");
  if (mark > 0)
    gtk_widget_add_css_class (widget, "drop-after");
  else
    gtk_widget_remove_css_class (widget, "drop-after");
}
