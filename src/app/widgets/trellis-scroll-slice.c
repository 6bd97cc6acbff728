/* trellis-scroll-slice.c: the first rows of a long list, more as it is scrolled
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8's list views make a widget for many more rows than they show:
 * a list or column view up to 200, a grid view about 30 rows.  On a large
 * project that is where a page's first frame goes (a register measures
 * 200 rows of a dozen cells each; a TOWS pair 30 cards to show three).
 * So a long list is shown through a GtkSliceListModel of its first rows,
 * a screenful or two, which grows by as many again whenever the view is
 * scrolled to less than half a page from its end.  The list itself is whole
 * underneath: positions in the slice are positions in the list, and a
 * caller that goes to a row further down (a search result, "Go To", a
 * note just added) reveals it first.
 */

#define G_LOG_DOMAIN "trellis-scroll-slice"

#include "config.h"

#include "trellis-scroll-slice.h"

typedef struct
{
  guint          step;
  guint          grow_id;
  GtkAdjustment *adjustment;   /* weak */
  gulong         changed_id;
  gulong         value_id;
} SliceState;

static GQuark
state_quark (void)
{
  static GQuark quark;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("trellis-scroll-slice");
  return quark;
}

static void
forget_adjustment (SliceState *state)
{
  if (state->adjustment == NULL)
    return;
  g_clear_signal_handler (&state->changed_id, state->adjustment);
  g_clear_signal_handler (&state->value_id, state->adjustment);
  g_object_remove_weak_pointer (G_OBJECT (state->adjustment), (gpointer *) &state->adjustment);
  state->adjustment = NULL;
}

static void
state_free (gpointer data)
{
  SliceState *state = data;

  g_clear_handle_id (&state->grow_id, g_source_remove);
  forget_adjustment (state);
  g_free (state);
}

static SliceState *
get_state (GtkSliceListModel *slice)
{
  return g_object_get_qdata (G_OBJECT (slice), state_quark ());
}

static guint
n_whole (GtkSliceListModel *slice)
{
  GListModel *model = gtk_slice_list_model_get_model (slice);

  return model != NULL ? g_list_model_get_n_items (model) : 0;
}

/* Whether @slice shows all of its list. */
static gboolean
is_whole (GtkSliceListModel *slice)
{
  return gtk_slice_list_model_get_size (slice) >= n_whole (slice);
}

static gboolean
grow_cb (gpointer user_data)
{
  GtkSliceListModel *slice = user_data;
  SliceState *state = get_state (slice);

  state->grow_id = 0;
  if (!is_whole (slice))
    gtk_slice_list_model_set_size (slice, gtk_slice_list_model_get_size (slice) + state->step);
  return G_SOURCE_REMOVE;
}

/* Less than half a page left below what is shown: more rows, after this
 * layout (a model that changes while the view allocates upsets it). */
static void
on_adjustment_changed_cb (GtkSliceListModel *slice)
{
  SliceState *state = get_state (slice);
  double value, page, upper;

  if (state == NULL || state->adjustment == NULL || state->grow_id != 0 || is_whole (slice))
    return;

  value = gtk_adjustment_get_value (state->adjustment);
  page = gtk_adjustment_get_page_size (state->adjustment);
  upper = gtk_adjustment_get_upper (state->adjustment);
  if (page <= 0 || upper - (value + page) >= page / 2)
    return;
  state->grow_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, grow_cb, g_object_ref (slice), g_object_unref);
}

static void
on_vadjustment_notify_cb (GtkSliceListModel *slice,
                          GParamSpec        *pspec,
                          GtkWidget         *scrollable)
{
  SliceState *state = get_state (slice);
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (scrollable));

  if (state == NULL || adjustment == state->adjustment)
    return;
  forget_adjustment (state);
  if (adjustment == NULL)
    return;
  state->adjustment = adjustment;
  g_object_add_weak_pointer (G_OBJECT (adjustment), (gpointer *) &state->adjustment);
  /* Not g_signal_connect_object (): the slice's state goes with its
   * data, after the object would have disconnected them itself. */
  state->changed_id = g_signal_connect_swapped (adjustment, "changed", G_CALLBACK (on_adjustment_changed_cb), slice);
  state->value_id = g_signal_connect_swapped (adjustment, "value-changed", G_CALLBACK (on_adjustment_changed_cb),
                                              slice);
  on_adjustment_changed_cb (slice);
}

/**
 * trellis_scroll_slice_new:
 * @model: (transfer full): the whole list
 * @step: how many rows to show at first, and to add each time
 *
 * Returns: (transfer full): the first @step rows of @model, which grow
 *   once the slice follows a scrolled view
 */
GtkSliceListModel *
trellis_scroll_slice_new (GListModel *model,
                          guint       step)
{
  GtkSliceListModel *slice;
  SliceState *state;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);
  g_return_val_if_fail (step > 0, NULL);

  slice = gtk_slice_list_model_new (model, 0, step);
  state = g_new0 (SliceState, 1);
  state->step = step;
  g_object_set_qdata_full (G_OBJECT (slice), state_quark (), state, state_free);
  return slice;
}

/**
 * trellis_scroll_slice_follow:
 * @scrollable: the list, grid or column view that shows @slice
 *
 * Grows @slice whenever @scrollable is scrolled near its end, or shows
 * less than it has room for.
 */
void
trellis_scroll_slice_follow (GtkSliceListModel *slice,
                             GtkWidget         *scrollable)
{
  g_return_if_fail (GTK_IS_SLICE_LIST_MODEL (slice) && get_state (slice) != NULL);
  g_return_if_fail (GTK_IS_SCROLLABLE (scrollable));

  g_signal_connect_object (scrollable, "notify::vadjustment", G_CALLBACK (on_vadjustment_notify_cb), slice,
                           G_CONNECT_SWAPPED);
  on_vadjustment_notify_cb (slice, NULL, scrollable);
}

/**
 * trellis_scroll_slice_reveal:
 *
 * Grows @slice so that it shows the row at @position of its list (and a
 * few after it), as before scrolling to that row.
 */
void
trellis_scroll_slice_reveal (GtkSliceListModel *slice,
                             guint              position)
{
  SliceState *state;
  guint wanted;

  g_return_if_fail (GTK_IS_SLICE_LIST_MODEL (slice));

  state = get_state (slice);
  wanted = MIN (position, n_whole (slice)) + (state != NULL ? state->step : 1);
  if (gtk_slice_list_model_get_size (slice) < wanted)
    gtk_slice_list_model_set_size (slice, wanted);
}

/**
 * trellis_scroll_slice_reveal_all:
 *
 * Shows the whole list, as before selecting all its rows.
 */
void
trellis_scroll_slice_reveal_all (GtkSliceListModel *slice)
{
  g_return_if_fail (GTK_IS_SLICE_LIST_MODEL (slice));

  gtk_slice_list_model_set_size (slice, G_MAXUINT);
}

/* Scrolling to a row once the view has its size */

#define SCROLL_TICKS 20   /* frames to wait for a size, at most */
#define SCROLL_FRAMES 3   /* frames to scroll again, while row heights settle */

typedef struct
{
  GtkSliceListModel *slice;
  guint              position;
  GObject           *item;     /* at position: a list that changed meanwhile is left alone */
  guint              ticks;
  guint              frames;
} ScrollTo;

static void
scroll_to_free (gpointer data)
{
  ScrollTo *to = data;

  g_object_unref (to->slice);
  g_clear_object (&to->item);
  g_free (to);
}

static gboolean
still_there (ScrollTo *to)
{
  g_autoptr(GObject) item = NULL;

  if (to->position >= g_list_model_get_n_items (G_LIST_MODEL (to->slice)))
    return FALSE;
  item = g_list_model_get_item (G_LIST_MODEL (to->slice), to->position);
  return item == to->item;
}

static gboolean
scroll_to_tick_cb (GtkWidget     *view,
                   GdkFrameClock *clock,
                   gpointer       user_data)
{
  ScrollTo *to = user_data;
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));

  if (!still_there (to))
    return G_SOURCE_REMOVE;
  if (gtk_widget_get_height (view) > 0)
    {
      gtk_widget_activate_action (view, "list.scroll-to-item", "u", to->position);
      /* The last row: GTK 4.8 stops short of it while it guesses the
       * heights of rows it has not made. */
      if (adjustment != NULL && to->position + 1 >= n_whole (to->slice))
        gtk_adjustment_set_value (adjustment,
                                  gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment));
      to->frames++;
    }
  return ++to->ticks < SCROLL_TICKS && to->frames < SCROLL_FRAMES ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

/**
 * trellis_scroll_slice_scroll_to:
 * @view: the list or grid view that shows @slice (a column view's own
 *   list view)
 *
 * Reveals the row at @position and scrolls @view to it, once @view has
 * its size: a page built for "Go To" has none yet, and scrolled before,
 * GTK 4.8's list view shows no rows at all.
 */
void
trellis_scroll_slice_scroll_to (GtkSliceListModel *slice,
                                GtkWidget         *view,
                                guint              position)
{
  ScrollTo *to;

  g_return_if_fail (GTK_IS_SLICE_LIST_MODEL (slice));
  g_return_if_fail (GTK_IS_SCROLLABLE (view));

  trellis_scroll_slice_reveal (slice, position);
  to = g_new0 (ScrollTo, 1);
  to->slice = g_object_ref (slice);
  to->position = position;
  to->item = g_list_model_get_item (G_LIST_MODEL (slice), position);
  gtk_widget_add_tick_callback (view, scroll_to_tick_cb, to, scroll_to_free);
}

/**
 * trellis_scroll_slice_scroll_to_top:
 *
 * Scrolls the view @slice follows back to its first row, as after a new
 * search or filter.
 */
static gboolean
scroll_to_top_cb (gpointer user_data)
{
  SliceState *state = get_state (user_data);

  if (state != NULL && state->adjustment != NULL)
    gtk_adjustment_set_value (state->adjustment, gtk_adjustment_get_lower (state->adjustment));
  return G_SOURCE_REMOVE;
}

void
trellis_scroll_slice_scroll_to_top (GtkSliceListModel *slice)
{
  g_return_if_fail (GTK_IS_SLICE_LIST_MODEL (slice));

  /* After the view has laid out the list's change: scrolled before, GTK
   * 4.8's list view looks for rows that are gone. */
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, scroll_to_top_cb, g_object_ref (slice), g_object_unref);
}

/* End goes to the last row of all */

static const struct
{
  guint           keyval;
  GdkModifierType modifiers;
} end_keys[] = {
  { GDK_KEY_End, 0 },
  { GDK_KEY_KP_End, 0 },
  { GDK_KEY_End, GDK_CONTROL_MASK },
  { GDK_KEY_End, GDK_SHIFT_MASK },
  { GDK_KEY_End, GDK_CONTROL_MASK | GDK_SHIFT_MASK },
};

/**
 * trellis_scroll_slice_focus_in_text:
 *
 * Returns: whether the focus of @widget's window is in a text (an entry,
 *   a cell being edited), where keys such as End and Ctrl+A are the text's
 */
gboolean
trellis_scroll_slice_focus_in_text (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && GTK_IS_EDITABLE (focus);
}

static gboolean
reveal_all_cb (GtkWidget *widget,
               GVariant  *args,
               gpointer   user_data)
{
  if (!trellis_scroll_slice_focus_in_text (widget))
    trellis_scroll_slice_reveal_all (user_data);
  return FALSE;
}

/**
 * trellis_scroll_slice_add_end_keys:
 * @view: the list or column view that shows @slice
 *
 * Makes End (with Ctrl or Shift too) in @view go to the last row of the
 * whole list, not of the rows made so far: @slice shows all first, and
 * the view's own key binding does the rest.  In a text, End stays the
 * text's.
 */
void
trellis_scroll_slice_add_end_keys (GtkSliceListModel *slice,
                                   GtkWidget         *view)
{
  GtkEventController *controller;

  g_return_if_fail (GTK_IS_SLICE_LIST_MODEL (slice));
  g_return_if_fail (GTK_IS_WIDGET (view));

  controller = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (end_keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (end_keys[i].keyval,
                                                                                    end_keys[i].modifiers),
                                                            gtk_callback_action_new (reveal_all_cb, slice, NULL)));
  gtk_widget_add_controller (view, controller);
}
