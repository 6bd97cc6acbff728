/* trellis-action-table-private.h: what the action plan table's files share
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-action-table.h"

G_BEGIN_DECLS

struct _TrellisActionTable
{
  TrellisRegister      parent_instance;

  TrellisActionFilter *filter;
  gboolean             grouped;
  GHashTable          *goal_ranks;     /* while grouped; NULL after a goal changed */

  /* Template widgets */
  GtkMenuButton       *status_button;
  GtkMenuButton       *owner_button;
  GtkMenuButton       *status_button_short;
  GtkMenuButton       *owner_button_short;
};

GMenuModel *_trellis_action_table_build_filter_menu (TrellisActionTable *self);
void        _trellis_action_table_set_status_menus  (TrellisActionTable *self);
void _trellis_action_table_setup_actions (TrellisActionTable *self);

G_END_DECLS
