/* trellis-dashboard-view-private.h: what the board's cards share with the view
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-app-utils.h"
#include "trellis-dashboard-view.h"

G_BEGIN_DECLS

struct _TrellisDashboardView
{
  GtkWidget            parent_instance;

  TrellisProject      *project;
  TrellisStatusReport *report;
  TrellisDay           as_of;    /* the day the plan is judged on */
  gboolean             editable;
  TrellisLazyRebuild   lazy;

  GtkWidget           *box;
  GtkWidget           *title_label;
  GtkWidget           *as_of_note;   /* what a day other than today means */
  GtkWidget           *date_button;
  GtkWidget           *calendar;
  GtkWidget           *stack;
  GtkWidget           *masonry;
};

/* Cards (trellis-dashboard-cards.c) */
GtkWidget *_trellis_dashboard_overall_card   (TrellisDashboardView     *self);
GtkWidget *_trellis_dashboard_goals_card     (TrellisDashboardView     *self);
GtkWidget *_trellis_dashboard_counts_card    (TrellisDashboardView     *self);
GtkWidget *_trellis_dashboard_deadlines_card (TrellisDashboardView     *self);
GtkWidget *_trellis_dashboard_budget_card    (TrellisDashboardView     *self);
GtkWidget *_trellis_dashboard_warnings_card  (TrellisDashboardView     *self);

/* Lights (trellis-dashboard-lights.c) */
GtkWidget *_trellis_dashboard_light_button   (TrellisDashboardView     *self,
                                              const TrellisStatusEntry *entry,
                                              gboolean                  large);
GtkWidget *_trellis_dashboard_light_chip     (TrellisLight              light,
                                              const char               *text);
const char *_trellis_dashboard_light_icon    (TrellisLight              light);
const char *_trellis_dashboard_light_class   (TrellisLight              light);
void        _trellis_dashboard_go_to         (TrellisDashboardView     *self,
                                              TrellisItem              *item);

G_END_DECLS
