/* trellis-window-voting.c: the window's dot-voting actions
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * win.voting shows the voting bar for the board on screen; the badges on
 * the notes give and take dots through win.voting-give-dot and
 * win.voting-take-dot (the item's UUID), which the bar carries out for the
 * participant chosen in it.  Kept apart from trellis-window-actions.c so
 * the workshop tools each add one call there.
 */

#define G_LOG_DOMAIN "trellis-window"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-window-private.h"
#include "trellis-project-view.h"
#include "trellis-voting-bar.h"

static void
voting_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TrellisWindow *self = TRELLIS_WINDOW (widget);
  GtkWidget *view = trellis_window_get_project_view (self);
  GType kind;

  if (view == NULL || self->read_only)
    return;
  kind = trellis_voting_bar_kind_for_view (TRELLIS_PROJECT_VIEW (view));
  if (kind == G_TYPE_INVALID)
    {
      trellis_window_add_toast (self, _("Dot voting is held on the SWOT board, TOWS strategies, goals and the canvas"));
      return;
    }
  trellis_voting_bar_show_board (self->voting_bar, kind);
}

static void
voting_give_dot_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  TrellisWindow *self = TRELLIS_WINDOW (widget);

  if (!self->read_only)
    trellis_voting_bar_give_dot (self->voting_bar, g_variant_get_string (parameter, NULL));
}

static void
voting_take_dot_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  TrellisWindow *self = TRELLIS_WINDOW (widget);

  if (!self->read_only)
    trellis_voting_bar_take_dot (self->voting_bar, g_variant_get_string (parameter, NULL));
}

/* Going to a board whose round is open shows that round in the bar. */
static void
on_project_view_page_cb (TrellisWindow *self,
                         GParamSpec    *pspec,
                         GtkWidget     *view)
{
  GType kind = trellis_voting_bar_kind_for_view (TRELLIS_PROJECT_VIEW (view));

  if (kind != G_TYPE_INVALID && self->project != NULL &&
      trellis_voting_get_open_round (self->project, kind) != NULL)
    trellis_voting_bar_show_board (self->voting_bar, kind);
}

void
_trellis_window_follow_voting (TrellisWindow *self,
                               GtkWidget     *view)
{
  g_signal_connect_object (view, "notify::page", G_CALLBACK (on_project_view_page_cb), self,
                           G_CONNECT_SWAPPED);
}

void
_trellis_window_class_add_voting_actions (GtkWidgetClass *widget_class)
{
  g_type_ensure (TRELLIS_TYPE_VOTING_BAR);
  gtk_widget_class_install_action (widget_class, "win.voting", NULL, voting_action);
  gtk_widget_class_install_action (widget_class, "win.voting-give-dot", "s", voting_give_dot_action);
  gtk_widget_class_install_action (widget_class, "win.voting-take-dot", "s", voting_take_dot_action);
}
