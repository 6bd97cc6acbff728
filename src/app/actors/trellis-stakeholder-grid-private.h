/* trellis-stakeholder-grid-private.h: what the influence grid shares with its chips
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-helix-chart.h"
#include "trellis-stakeholder-grid.h"

G_BEGIN_DECLS

#define N_ROWS 3

struct _TrellisStakeholderGrid
{
  GtkWidget          parent_instance;

  TrellisProject    *project;
  gboolean           editable;
  TrellisGridAxis    axis;
  guint              rebuild_id;
  gboolean           dragging;
  gboolean           rebuild_after_drag;
  char              *focus_uuid;
  GHashTable        *chips;   /* uuid → chip */

  /* By influence (low to high) and column (left to right) */
  GtkWidget         *cells[N_ROWS][TRELLIS_GRID_N_COLUMNS];
  GtkFlowBox        *flows[N_ROWS][TRELLIS_GRID_N_COLUMNS];
  GtkLabel          *advice_labels[N_ROWS][TRELLIS_GRID_N_COLUMNS];
  GtkWidget         *flag_icons[N_ROWS][TRELLIS_GRID_N_COLUMNS];
  GtkWidget         *more_buttons[N_ROWS][TRELLIS_GRID_N_COLUMNS];
  guint              n_hidden[N_ROWS][TRELLIS_GRID_N_COLUMNS];
  gboolean           expanded[N_ROWS][TRELLIS_GRID_N_COLUMNS];
  GtkLabel          *column_labels[TRELLIS_GRID_N_COLUMNS];

  /* Template widgets */
  GtkStack          *stack;
  GtkToggleButton   *attitude_button;
  GtkToggleButton   *interest_button;
  GtkLabel          *hint_label;
  GtkBox            *rows_box;
  GtkBox            *content_box;
  TrellisHelixChart *helix_chart;
};

/* Chips (trellis-stakeholder-grid-chips.c) */
GtkWidget *_trellis_stakeholder_grid_build_chip      (TrellisStakeholderGrid *self,
                                                      TrellisItem            *item);

/* The grid (trellis-stakeholder-grid.c) */
gboolean   _trellis_stakeholder_grid_rebuild_idle_cb (gpointer                user_data);

G_END_DECLS
