/* trellis-presenter-window.c: presenter mode, one board at a time for the projector
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A window without editing chrome: the board's title, the project's name,
 * the page ("2 / 3"), and a TrellisPresenterSheet that fits the board to
 * the screen in large, high-contrast type. It reads the project and follows
 * its "changed" signal (one rebuild per main-loop turn), so an edit in the
 * editing window shows at once. Arrows, Page Up/Down and Space walk the
 * pages and boards; Escape or F5 leaves. The buttons fade when the pointer
 * rests. Once the workshop timer has been started, a large countdown sits
 * in a corner (also while paused) and flashes when it ends.
 *
 * trellis_presenter_toggle () opens it for an editing window: fullscreen on
 * another monitor when there are two or more (the editing window stays),
 * fullscreen over the editing window otherwise; called again, it closes it.
 */

#define G_LOG_DOMAIN "trellis-presenter-window"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-presenter-window.h"

#define IDLE_SECONDS 3
#define PRESENTER_KEY "trellis-presenter-window"

struct _TrellisPresenterWindow
{
  GtkWindow              parent_instance;

  TrellisProject        *project;
  char                  *board;
  TrellisTimer          *timer;
  guint                  rebuild_source;
  guint                  idle_source;
  gboolean               want_last_page;

  /* Template widgets */
  TrellisPresenterSheet *sheet;
  GtkLabel              *board_label;
  GtkLabel              *page_label;
  GtkLabel              *project_label;
  GtkLabel              *timer_label;
  GtkWidget             *controls;
};

G_DEFINE_FINAL_TYPE (TrellisPresenterWindow, trellis_presenter_window, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_BOARD,
  PROP_TIMER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_header (TrellisPresenterWindow *self)
{
  TrellisPresenterBoard *board = trellis_presenter_sheet_get_board (self->sheet);
  guint n_pages = trellis_presenter_sheet_get_n_pages (self->sheet);
  g_autofree char *page = NULL;

  gtk_label_set_label (self->board_label, board != NULL ? board->title : "");
  gtk_label_set_label (self->project_label, trellis_project_get_name (self->project));
  /* translators: the page shown of a board and the pages it has, "2 / 3" */
  page = g_strdup_printf (_("%u / %u"), trellis_presenter_sheet_get_page (self->sheet) + 1, n_pages);
  gtk_label_set_label (self->page_label, page);
  gtk_widget_set_visible (GTK_WIDGET (self->page_label), n_pages > 1);
}

static void
set_label_size (GtkLabel *label,
                int       size)
{
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_size_new_absolute (size * PANGO_SCALE));
  gtk_label_set_attributes (label, attrs);
  pango_attr_list_unref (attrs);
}

/* The header grows with the screen, as the sheet's type does. */
static void
on_sheet_font_size_cb (TrellisPresenterWindow *self)
{
  int size = CLAMP (gtk_widget_get_height (GTK_WIDGET (self)) / 26, 22, 64);

  set_label_size (self->board_label, size);
  set_label_size (self->project_label, size * 3 / 4);
  set_label_size (self->page_label, size * 3 / 4);
}

static void
rebuild (TrellisPresenterWindow *self)
{
  trellis_presenter_sheet_set_board (self->sheet, trellis_presenter_board_new (self->project, self->board));
  update_header (self);
}

static gboolean
rebuild_cb (gpointer user_data)
{
  TrellisPresenterWindow *self = user_data;

  self->rebuild_source = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

static void
on_project_changed_cb (TrellisPresenterWindow *self,
                       TrellisItem            *item)
{
  if (self->rebuild_source == 0)
    self->rebuild_source = g_idle_add (rebuild_cb, self);
}

static void
on_sheet_n_pages_cb (TrellisPresenterWindow *self)
{
  if (self->want_last_page)
    trellis_presenter_sheet_set_page (self->sheet, trellis_presenter_sheet_get_n_pages (self->sheet) - 1);
  self->want_last_page = FALSE;
  update_header (self);
}

static void
update_timer (TrellisPresenterWindow *self)
{
  g_autofree char *text = NULL;
  /* A timer set but never started (its duration has a default) stays out of the way. */
  gboolean shown = self->timer != NULL && trellis_timer_get_duration (self->timer) > 0 &&
                   (trellis_timer_get_running (self->timer) || trellis_timer_get_finished (self->timer) ||
                    trellis_timer_get_remaining (self->timer) != trellis_timer_get_duration (self->timer));

  gtk_widget_set_visible (GTK_WIDGET (self->timer_label), shown);
  if (!shown)
    return;
  text = trellis_timer_format (trellis_timer_get_remaining (self->timer));
  gtk_label_set_label (self->timer_label, text);
  if (trellis_timer_get_finished (self->timer))
    gtk_widget_add_css_class (GTK_WIDGET (self->timer_label), "finished");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->timer_label), "finished");
}

static gboolean
idle_cb (gpointer user_data)
{
  TrellisPresenterWindow *self = user_data;

  self->idle_source = 0;
  gtk_widget_add_css_class (self->controls, "idle");
  return G_SOURCE_REMOVE;
}

static void
wake_controls (TrellisPresenterWindow *self)
{
  gtk_widget_remove_css_class (self->controls, "idle");
  g_clear_handle_id (&self->idle_source, g_source_remove);
  self->idle_source = g_timeout_add_seconds (IDLE_SECONDS, idle_cb, self);
}

static void
on_motion_cb (GtkEventControllerMotion *motion,
              double                    x,
              double                    y,
              TrellisPresenterWindow   *self)
{
  wake_controls (self);
}

static void
on_style_dark_cb (TrellisPresenterWindow *self)
{
  if (adw_style_manager_get_dark (adw_style_manager_get_default ()))
    gtk_widget_add_css_class (GTK_WIDGET (self), "dark");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "dark");
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  trellis_presenter_window_next (TRELLIS_PRESENTER_WINDOW (widget));
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  trellis_presenter_window_previous (TRELLIS_PRESENTER_WINDOW (widget));
}

static void
leave_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

static void
trellis_presenter_window_dispose (GObject *object)
{
  TrellisPresenterWindow *self = TRELLIS_PRESENTER_WINDOW (object);

  g_clear_handle_id (&self->rebuild_source, g_source_remove);
  g_clear_handle_id (&self->idle_source, g_source_remove);
  trellis_presenter_window_set_timer (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), TRELLIS_TYPE_PRESENTER_WINDOW);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (trellis_presenter_window_parent_class)->dispose (object);
}

static void
trellis_presenter_window_finalize (GObject *object)
{
  TrellisPresenterWindow *self = TRELLIS_PRESENTER_WINDOW (object);

  g_free (self->board);
  G_OBJECT_CLASS (trellis_presenter_window_parent_class)->finalize (object);
}

static void
trellis_presenter_window_constructed (GObject *object)
{
  TrellisPresenterWindow *self = TRELLIS_PRESENTER_WINDOW (object);

  G_OBJECT_CLASS (trellis_presenter_window_parent_class)->constructed (object);
  g_signal_connect_object (self->project, "changed", G_CALLBACK (on_project_changed_cb), self,
                           G_CONNECT_SWAPPED);
  rebuild (self);
}

static void
trellis_presenter_window_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  TrellisPresenterWindow *self = TRELLIS_PRESENTER_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;
    case PROP_BOARD:
      g_value_set_string (value, self->board);
      break;
    case PROP_TIMER:
      g_value_set_object (value, self->timer);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trellis_presenter_window_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  TrellisPresenterWindow *self = TRELLIS_PRESENTER_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      self->project = g_value_dup_object (value);
      break;
    case PROP_BOARD:
      trellis_presenter_window_set_board (self, g_value_get_string (value));
      break;
    case PROP_TIMER:
      trellis_presenter_window_set_timer (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* In the capture phase: GtkWindow's own bindings would take the arrows
 * (moving the focus) and Space (activating it) first. */
static void
add_shortcuts (TrellisPresenterWindow *self)
{
  static const struct { guint key; const char *action; } keys[] = {
    { GDK_KEY_Right, "presenter.next" }, { GDK_KEY_Down, "presenter.next" },
    { GDK_KEY_Page_Down, "presenter.next" }, { GDK_KEY_space, "presenter.next" },
    { GDK_KEY_KP_Right, "presenter.next" }, { GDK_KEY_KP_Down, "presenter.next" },
    { GDK_KEY_KP_Page_Down, "presenter.next" },
    { GDK_KEY_Left, "presenter.previous" }, { GDK_KEY_Up, "presenter.previous" },
    { GDK_KEY_Page_Up, "presenter.previous" }, { GDK_KEY_BackSpace, "presenter.previous" },
    { GDK_KEY_KP_Left, "presenter.previous" }, { GDK_KEY_KP_Up, "presenter.previous" },
    { GDK_KEY_KP_Page_Up, "presenter.previous" },
    { GDK_KEY_Escape, "presenter.leave" }, { GDK_KEY_F5, "presenter.leave" },
  };
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (keys[i].key, 0),
                                                            gtk_named_action_new (keys[i].action)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
load_css (void)
{
  static gboolean loaded;
  g_autoptr(GtkCssProvider) provider = NULL;

  if (loaded)
    return;
  loaded = TRUE;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, "/io/github/trellis/Trellis/ui/trellis-presenter.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
trellis_presenter_window_class_init (TrellisPresenterWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trellis_presenter_window_dispose;
  object_class->finalize = trellis_presenter_window_finalize;
  object_class->constructed = trellis_presenter_window_constructed;
  object_class->get_property = trellis_presenter_window_get_property;
  object_class->set_property = trellis_presenter_window_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, TRELLIS_TYPE_PROJECT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_BOARD] =
    g_param_spec_string ("board", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_TIMER] =
    g_param_spec_object ("timer", NULL, NULL, TRELLIS_TYPE_TIMER,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TRELLIS_TYPE_PRESENTER_SHEET);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/trellis/Trellis/ui/trellis-presenter-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TrellisPresenterWindow, sheet);
  gtk_widget_class_bind_template_child (widget_class, TrellisPresenterWindow, board_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisPresenterWindow, page_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisPresenterWindow, project_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisPresenterWindow, timer_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisPresenterWindow, controls);
  gtk_widget_class_bind_template_callback (widget_class, on_motion_cb);

  gtk_widget_class_install_action (widget_class, "presenter.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "presenter.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "presenter.leave", NULL, leave_action);
}

static void
trellis_presenter_window_init (TrellisPresenterWindow *self)
{
  load_css ();
  gtk_widget_init_template (GTK_WIDGET (self));
  add_shortcuts (self);
  g_signal_connect_object (self->sheet, "notify::page", G_CALLBACK (update_header), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sheet, "notify::n-pages", G_CALLBACK (on_sheet_n_pages_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sheet, "notify::font-size", G_CALLBACK (on_sheet_font_size_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (on_style_dark_cb), self, G_CONNECT_SWAPPED);
  on_style_dark_cb (self);
  wake_controls (self);
}

/**
 * trellis_presenter_window_new:
 * @board: (nullable): the board to show first ("potentials/swot"), %NULL for the first
 *
 * Returns: (transfer none): a presenter window for @project, not yet shown
 */
GtkWidget *
trellis_presenter_window_new (TrellisProject *project,
                              const char     *board)
{
  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);

  return g_object_new (TRELLIS_TYPE_PRESENTER_WINDOW, "project", project, "board", board, NULL);
}

/**
 * trellis_presenter_window_get_project:
 *
 * Returns: (transfer none): the project presented
 */
TrellisProject *
trellis_presenter_window_get_project (TrellisPresenterWindow *self)
{
  g_return_val_if_fail (TRELLIS_IS_PRESENTER_WINDOW (self), NULL);

  return self->project;
}

/**
 * trellis_presenter_window_get_board:
 *
 * Returns: (transfer none): the id of the board shown ("potentials/swot")
 */
const char *
trellis_presenter_window_get_board (TrellisPresenterWindow *self)
{
  g_return_val_if_fail (TRELLIS_IS_PRESENTER_WINDOW (self), NULL);

  return self->board;
}

/**
 * trellis_presenter_window_set_board:
 * @board: (nullable): a board's id; %NULL or an unknown id shows the first board
 */
void
trellis_presenter_window_set_board (TrellisPresenterWindow *self,
                                    const char             *board)
{
  guint n_boards;
  const TrellisPresenterBoardInfo *boards = trellis_presenter_get_boards (&n_boards);

  g_return_if_fail (TRELLIS_IS_PRESENTER_WINDOW (self));

  if (trellis_presenter_find_board (board) < 0)
    board = boards[0].id;
  if (g_strcmp0 (self->board, board) == 0)
    return;
  g_free (self->board);
  self->board = g_strdup (board);
  if (self->project != NULL)
    rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BOARD]);
}

/**
 * trellis_presenter_window_get_timer:
 *
 * Returns: (transfer none) (nullable): the timer whose countdown is shown
 */
TrellisTimer *
trellis_presenter_window_get_timer (TrellisPresenterWindow *self)
{
  g_return_val_if_fail (TRELLIS_IS_PRESENTER_WINDOW (self), NULL);

  return self->timer;
}

/**
 * trellis_presenter_window_set_timer:
 * @timer: (nullable): a workshop timer; its countdown shows while its duration is set
 */
void
trellis_presenter_window_set_timer (TrellisPresenterWindow *self,
                                    TrellisTimer           *timer)
{
  g_return_if_fail (TRELLIS_IS_PRESENTER_WINDOW (self));

  if (self->timer == timer)
    return;
  if (self->timer != NULL)
    g_signal_handlers_disconnect_by_data (self->timer, self);
  g_set_object (&self->timer, timer);
  if (timer != NULL)
    {
      g_signal_connect_swapped (timer, "notify::remaining", G_CALLBACK (update_timer), self);
      g_signal_connect_swapped (timer, "notify::duration", G_CALLBACK (update_timer), self);
      g_signal_connect_swapped (timer, "notify::finished", G_CALLBACK (update_timer), self);
      g_signal_connect_swapped (timer, "notify::running", G_CALLBACK (update_timer), self);
    }
  if (self->timer_label != NULL)
    update_timer (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMER]);
}

/**
 * trellis_presenter_window_get_sheet:
 *
 * Returns: (transfer none): the sheet that shows the board
 */
TrellisPresenterSheet *
trellis_presenter_window_get_sheet (TrellisPresenterWindow *self)
{
  g_return_val_if_fail (TRELLIS_IS_PRESENTER_WINDOW (self), NULL);

  return self->sheet;
}

static void
step_board (TrellisPresenterWindow *self,
            int                     delta)
{
  guint n_boards;
  const TrellisPresenterBoardInfo *boards = trellis_presenter_get_boards (&n_boards);
  int index = trellis_presenter_find_board (self->board) + delta;

  if (index >= 0 && index < (int) n_boards)
    trellis_presenter_window_set_board (self, boards[index].id);
}

/**
 * trellis_presenter_window_next:
 *
 * Shows the next page of the board, or the next board from its first page.
 */
void
trellis_presenter_window_next (TrellisPresenterWindow *self)
{
  guint page;

  g_return_if_fail (TRELLIS_IS_PRESENTER_WINDOW (self));

  self->want_last_page = FALSE;
  page = trellis_presenter_sheet_get_page (self->sheet);
  if (page + 1 < trellis_presenter_sheet_get_n_pages (self->sheet))
    trellis_presenter_sheet_set_page (self->sheet, page + 1);
  else
    step_board (self, 1);
}

/**
 * trellis_presenter_window_previous:
 *
 * Shows the previous page of the board, or the previous board from its last page.
 */
void
trellis_presenter_window_previous (TrellisPresenterWindow *self)
{
  guint page;

  g_return_if_fail (TRELLIS_IS_PRESENTER_WINDOW (self));

  page = trellis_presenter_sheet_get_page (self->sheet);
  if (page > 0)
    trellis_presenter_sheet_set_page (self->sheet, page - 1);
  else if (trellis_presenter_find_board (self->board) > 0)
    {
      /* A shown sheet fits the new board at once; a hidden one when it is laid out. */
      self->want_last_page = TRUE;
      step_board (self, -1);
      if (gtk_widget_get_mapped (GTK_WIDGET (self->sheet)))
        on_sheet_n_pages_cb (self);
    }
}

static void
on_presenter_destroy_cb (GtkWindow *editing_window)
{
  g_object_set_data (G_OBJECT (editing_window), PRESENTER_KEY, NULL);
}

/* Another monitor than the one @window is on, or NULL with only one. */
static GdkMonitor *
find_other_monitor (GtkWindow *window)
{
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (window));
  GListModel *monitors = gdk_display_get_monitors (display);
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  GdkMonitor *current = surface != NULL ? gdk_display_get_monitor_at_surface (display, surface) : NULL;

  if (g_list_model_get_n_items (monitors) < 2)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (monitors); i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);

      if (monitor != current)
        return monitor;
    }
  return NULL;
}

/**
 * trellis_presenter_peek:
 *
 * Returns: (transfer none) (nullable): the presenter window open for @editing_window
 */
GtkWindow *
trellis_presenter_peek (GtkWindow *editing_window)
{
  g_return_val_if_fail (GTK_IS_WINDOW (editing_window), NULL);

  return g_object_get_data (G_OBJECT (editing_window), PRESENTER_KEY);
}

/**
 * trellis_presenter_toggle:
 * @editing_window: the project's window
 * @page: (nullable): the page or "page/tool" shown there, which picks the first board
 * @timer: (nullable): the workshop timer to show
 *
 * Opens presenter mode for @editing_window, or closes it when it is open.
 *
 * Returns: (transfer none) (nullable): the presenter window opened, %NULL when it closed one
 */
GtkWindow *
trellis_presenter_toggle (GtkWindow      *editing_window,
                          TrellisProject *project,
                          const char     *page,
                          TrellisTimer   *timer)
{
  GtkWindow *presenter = trellis_presenter_peek (editing_window);
  GdkMonitor *other;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);

  if (presenter != NULL)
    {
      gtk_window_destroy (presenter);
      return NULL;
    }
  presenter = GTK_WINDOW (trellis_presenter_window_new (project, trellis_presenter_board_for_page (page)));
  trellis_presenter_window_set_timer (TRELLIS_PRESENTER_WINDOW (presenter), timer);
  gtk_window_set_application (presenter, gtk_window_get_application (editing_window));
  g_object_set_data (G_OBJECT (editing_window), PRESENTER_KEY, presenter);
  g_signal_connect_object (presenter, "destroy", G_CALLBACK (on_presenter_destroy_cb), editing_window,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (editing_window, "destroy", G_CALLBACK (gtk_window_destroy), presenter,
                           G_CONNECT_SWAPPED);
  other = find_other_monitor (editing_window);
  if (other != NULL)
    gtk_window_fullscreen_on_monitor (presenter, other);
  else
    gtk_window_fullscreen (presenter);
  gtk_window_present (presenter);
  return presenter;
}
