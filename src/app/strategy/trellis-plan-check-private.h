/* trellis-plan-check-private.h: what the plan check's files share
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-plan-check.h"
#include "trellis-plan-check-warning.h"

G_BEGIN_DECLS

struct _TrellisPlanCheck
{
  GtkWidget             parent_instance;

  TrellisProject       *project;
  gboolean              editable;
  char                 *warnings_signature;
  char                 *changes_signature;
  char                 *trace_uuid;            /* picked in the traceability list */
  GtkSliceListModel    *warnings_rows;         /* the first warnings, as shown: trellis-scroll-slice.c */
  GtkSliceListModel    *trace_rows;            /* the first traced items, as shown */

  /* Template widgets */
  AdwClamp             *clamp;
  GtkWidget            *columns;
  GtkWidget            *summary_label;
  GtkWidget            *warnings_box;
  GtkGridView          *warnings_view;
  GtkWidget            *no_warnings_page;
  AdwPreferencesGroup  *review_group;
  GtkWidget            *review_button;
  AdwActionRow         *last_review_row;
  AdwActionRow         *note_row;
  AdwPreferencesGroup  *changes_group;
  GtkSearchEntry       *trace_search;
  GtkGridView          *trace_view;
  GtkWidget            *trace_box;
  GtkPopover           *trace_popover;
  GtkWidget            *popover_box;
  GtkWidget            *popover_go_button;

  /* Built in code */
  GtkWidget            *trace_panel;           /* the traceability section's */
  GtkWidget            *popover_panel;
  GListStore           *warnings;              /* of TrellisPlanCheckWarning */
  GtkSingleSelection   *trace_selection;       /* of the traced items, searched */
  GtkFilter            *trace_filter;
  char                 *trace_needle;          /* the search, casefolded */
  GPtrArray            *change_rows;
};

GtkWidget *_trellis_plan_check_create_item_row (TrellisPlanCheck *self,
                                                TrellisItem      *item,
                                                const char       *title,
                                                const char       *subtitle);
void _trellis_plan_check_update_review (TrellisPlanCheck *self);
void _trellis_plan_check_record_review (TrellisPlanCheck *self);
void _trellis_plan_check_clear_review  (TrellisPlanCheck *self);

G_END_DECLS
