/* trellis-window-private.h: the window's state, shared with its actions
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-library-view.h"
#include "trellis-voting-bar.h"
#include "trellis-window.h"

G_BEGIN_DECLS

struct _TrellisWindow
{
  AdwApplicationWindow  parent_instance;

  TrellisProject       *project;
  GFile                *file;
  TrellisLock          *lock;
  GSettings            *settings;
  guint                 autosave_source;
  gboolean              read_only;
  gboolean              autosave_failed;
  TrellisWorkshopLog   *workshop_log;   /* trellis-window-workshop.c */

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  GtkWidget            *open_button;
  GtkWidget            *sidebar_button;
  GtkWidget            *history_box;
  GtkWidget            *save_button;
  GtkWidget            *read_only_label;
  GtkStack             *stack;
  TrellisLibraryView   *library_view;
  AdwBin               *project_bin;

  /* Workshop tools (trellis-window-workshop.c) */
  GtkWidget            *timer_button;
  GtkWidget            *parking_button;
  GtkWidget            *parking_view;
  TrellisTimer         *timer;
  GObject              *sound;        /* a GSoundContext, made when first needed */
  TrellisVotingBar     *voting_bar;
  GtkWidget            *workshop_button;
};

void _trellis_window_class_add_actions (GtkWidgetClass *widget_class);
void _trellis_window_update_actions    (TrellisWindow  *self);
void _trellis_window_add_history_shortcuts (TrellisWindow *self);
void _trellis_window_update_title      (TrellisWindow  *self);
void _trellis_window_restart_autosave  (TrellisWindow  *self);
void _trellis_window_class_add_voting_actions (GtkWidgetClass *widget_class);
void _trellis_window_follow_voting     (TrellisWindow  *self,
                                        GtkWidget      *view);

void _trellis_window_class_add_workshop_actions (GtkWidgetClass *widget_class);
void _trellis_window_init_workshop             (TrellisWindow  *self);
void _trellis_window_dispose_workshop          (TrellisWindow  *self);
void _trellis_window_update_workshop_actions   (TrellisWindow  *self);
void _trellis_window_update_workshop           (TrellisWindow  *self);
void _trellis_window_session_add_actions    (GtkWidgetClass *widget_class);
void _trellis_window_session_update_actions (TrellisWindow  *self);
void _trellis_window_session_set_project    (TrellisWindow  *self);

G_END_DECLS
