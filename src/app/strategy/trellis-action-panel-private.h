/* trellis-action-panel-private.h: what the panel's files share
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-action-panel.h"

G_BEGIN_DECLS

struct _TrellisActionPanel
{
  GtkWidget          parent_instance;

  TrellisProject    *project;
  TrellisAction     *action;
  gboolean           editable;
  guint              links_id;
  char              *links_state;   /* what the links show, to rebuild only on change */
  GPtrArray         *checked_rows;  /* the date and amount rows shown, committed before they go */

  GtkStack          *stack;
  GtkScrolledWindow *scroller;
  GtkWidget         *title_row;
  GtkWidget         *links_box;
  GtkWidget         *owner_label;
};

GtkWidget *_trellis_action_panel_new_group         (const char          *title,
                                                    const char          *description);
GtkWidget *_trellis_action_panel_add_error_label   (AdwPreferencesGroup *group);
void       _trellis_action_panel_show_error        (GtkWidget           *group,
                                                    const char          *message);
void       _trellis_action_panel_build_links       (TrellisActionPanel  *self);

G_END_DECLS
