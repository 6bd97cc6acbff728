/* trellis-goals-view-private.h: what the goals view's files share
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-goals-view.h"

G_BEGIN_DECLS

struct _TrellisGoalsView
{
  GtkWidget       parent_instance;

  TrellisProject *project;
  gboolean        editable;
  gboolean        syncing;
  char           *selected_uuid;
  char           *cards_signature;
  TrellisGoal    *goal;              /* the one the detail pane shows */

  /* The list: the goals by area, its first rows, what is selected */
  GtkSorter          *sorter;
  GtkSortListModel   *sorted;
  GtkSliceListModel  *slice;
  GtkSingleSelection *selection;
  GHashTable         *list_items;    /* the bound GtkListItems */

  /* Template widgets */
  AdwLeaflet     *leaflet;
  GtkWidget      *sidebar;
  GtkWidget      *add_box;
  GtkEntry       *add_entry;
  GtkStack       *list_stack;
  GtkListView    *goals_list;
  GtkStack       *detail_stack;
  GtkWidget      *empty_add_button;
  AdwClamp       *detail_clamp;

  /* The detail pane, built for each goal */
  GtkWidget      *measurable_label;
  GtkWidget      *sources_box;
  GtkWidget      *sources_empty;
  GtkWidget      *link_list;
  GtkWidget      *cards_box;
  GtkWidget      *cards_empty;
  GtkWidget      *indicator_entry;
  GtkWidget      *title_row;
  gboolean        building_links;

  /* Interim goals (milestones of the goal) */
  GtkWidget      *milestones_list;
  GtkWidget      *milestones_empty;
  GtkWidget      *milestone_title_entry;
  GtkWidget      *milestone_date_entry;
  GtkWidget      *milestone_error;
  char           *milestones_signature;
};

GtkWidget *_trellis_goals_view_build_detail  (TrellisGoalsView *self);
void       _trellis_goals_view_update_detail (TrellisGoalsView *self);

G_END_DECLS
