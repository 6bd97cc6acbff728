/* trellis-action-table-private.h: what the action plan table's files share
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-action-panel.h"
#include "trellis-action-table.h"

G_BEGIN_DECLS

struct _TrellisActionTable
{
  GtkWidget            parent_instance;

  TrellisProject      *project;
  gboolean             editable;
  gboolean             grouped;
  TrellisActionFilter *filter;
  GtkFilter           *custom_filter;
  GtkFilterListModel  *filter_model;
  GtkSorter           *group_sorter;
  GtkMultiSelection   *selection;
  GSimpleActionGroup  *actions;
  guint                refresh_id;

  /* Template widgets */
  GtkSearchEntry      *search_entry;
  GtkMenuButton       *filter_button;
  GtkLabel            *count_label;
  GtkMenuButton       *status_button;
  GtkMenuButton       *owner_button;
  GtkMenuButton       *status_button_short;
  GtkMenuButton       *owner_button_short;
  GtkActionBar        *selection_bar;
  GtkLabel            *selection_label;
  GtkToggleButton     *details_button;
  GtkRevealer         *error_revealer;
  GtkLabel            *error_label;
  GtkStack            *stack;
  GtkStack            *table_stack;
  AdwFlap             *flap;
  GtkColumnView       *column_view;
  TrellisActionPanel  *panel;
};

void       _trellis_action_table_enable_action    (TrellisActionTable *self,
                                                   const char         *name,
                                                   gboolean            enabled);
GPtrArray *_trellis_action_table_selected_actions (TrellisActionTable *self);
void       _trellis_action_table_update_state     (TrellisActionTable *self);
void       _trellis_action_table_refilter         (TrellisActionTable *self);
void       _trellis_action_table_rebuild_menus    (TrellisActionTable *self);
void       _trellis_action_table_setup_actions    (TrellisActionTable *self);
void       _trellis_action_table_clear_search     (TrellisActionTable *self);

G_END_DECLS
