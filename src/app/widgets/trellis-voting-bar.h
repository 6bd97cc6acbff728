/* trellis-voting-bar.h
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "trellis.h"
#include "trellis-project-view.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_VOTING_BAR (trellis_voting_bar_get_type ())

G_DECLARE_FINAL_TYPE (TrellisVotingBar, trellis_voting_bar, TRELLIS, VOTING_BAR, GtkWidget)

GtkWidget  *trellis_voting_bar_new             (void);
void        trellis_voting_bar_set_project     (TrellisVotingBar   *self,
                                                TrellisProject     *project);
void        trellis_voting_bar_show_board      (TrellisVotingBar   *self,
                                                GType               kind);
GType       trellis_voting_bar_get_kind        (TrellisVotingBar   *self);
const char *trellis_voting_bar_get_participant (TrellisVotingBar   *self);
gboolean    trellis_voting_bar_give_dot        (TrellisVotingBar   *self,
                                                const char         *uuid);
gboolean    trellis_voting_bar_take_dot        (TrellisVotingBar   *self,
                                                const char         *uuid);
GType       trellis_voting_bar_kind_for_view   (TrellisProjectView *view);

G_END_DECLS
