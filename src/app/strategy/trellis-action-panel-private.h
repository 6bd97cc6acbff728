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
  TrellisRegisterPanel parent_instance;

  guint                links_id;
  char                *links_state;   /* what the links show, to rebuild only on change */
  GtkWidget           *links_box;
  GtkWidget           *owner_label;
  gboolean             following;     /* the project's "changed", for the links */
};

/* The action shown, its project, and whether it takes edits. */
#define PANEL_ACTION(self)   TRELLIS_ACTION (trellis_register_panel_get_item (TRELLIS_REGISTER_PANEL (self)))
#define PANEL_PROJECT(self)  trellis_register_panel_get_project (TRELLIS_REGISTER_PANEL (self))
#define PANEL_EDITABLE(self) trellis_register_panel_get_editable (TRELLIS_REGISTER_PANEL (self))

GtkWidget *_trellis_action_panel_new_group         (const char          *title,
                                                    const char          *description);
GtkWidget *_trellis_action_panel_add_error_label   (AdwPreferencesGroup *group);
void       _trellis_action_panel_build_links       (TrellisActionPanel  *self);

G_END_DECLS
