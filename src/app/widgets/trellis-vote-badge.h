/* trellis-vote-badge.h
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "trellis.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_VOTE_BADGE (trellis_vote_badge_get_type ())

G_DECLARE_FINAL_TYPE (TrellisVoteBadge, trellis_vote_badge, TRELLIS, VOTE_BADGE, GtkWidget)

GtkWidget      *trellis_vote_badge_new         (void);
void            trellis_vote_badge_set_project (TrellisVoteBadge *self,
                                                TrellisProject   *project);
TrellisProject *trellis_vote_badge_get_project (TrellisVoteBadge *self);
void            trellis_vote_badge_set_item    (TrellisVoteBadge *self,
                                                TrellisItem      *item);
TrellisItem    *trellis_vote_badge_get_item    (TrellisVoteBadge *self);
guint           trellis_vote_badge_get_dots    (TrellisVoteBadge *self);
gboolean        trellis_vote_badge_get_voting  (TrellisVoteBadge *self);

G_END_DECLS
