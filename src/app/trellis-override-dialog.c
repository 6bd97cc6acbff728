/* trellis-override-dialog.c: set, renew or clear the light of an item by hand
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A placeholder until the dialog is built (issue 8).
 */

#define G_LOG_DOMAIN "trellis-override-dialog"

#include "config.h"

#include "trellis-override-dialog.h"

/**
 * trellis_override_dialog_present:
 * @parent: a widget of the window to put the dialog over
 * @target: the action, milestone, indicator or goal, or the project's header
 * @as_of: the day the dashboard shows (YYYY-MM-DD)
 *
 * Shows the computed light of @target and lets the user override it, with a
 * reason, an author and a date, or renew or clear an override.
 */
void
trellis_override_dialog_present (GtkWidget      *parent,
                                 TrellisProject *project,
                                 TrellisItem    *target,
                                 const char     *as_of)
{
  g_return_if_fail (GTK_IS_WIDGET (parent));
  g_return_if_fail (TRELLIS_IS_PROJECT (project));
  g_return_if_fail (TRELLIS_IS_ITEM (target));
}
