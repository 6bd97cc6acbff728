/* trellis-services-view-panel.c: every field of one service, beside the portfolio
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rows of a TrellisRegisterPanel, which builds them anew for each
 * service shown and keeps every edit.  Under the name, the reason a
 * service needs review, while it does (trellis_rules_service_needs_review()).
 */

#define G_LOG_DOMAIN "trellis-services-view"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-services-view.h"

struct _TrellisServicePanel
{
  TrellisRegisterPanel parent_instance;
};

G_DEFINE_FINAL_TYPE (TrellisServicePanel, trellis_service_panel, TRELLIS_TYPE_REGISTER_PANEL)

static char *
review_reason (TrellisItem *item)
{
  return trellis_rules_describe_service_review (TRELLIS_SERVICE (item));
}

static void
build (TrellisRegisterPanel *panel,
       GtkBox               *box)
{
  GtkWidget *group;

  trellis_register_panel_add_header (panel, box, TRELLIS_SERVICE_PROP_NAME);
  trellis_register_panel_add_flag (panel, box, review_reason);

  group = trellis_register_panel_add_group (panel, box, NULL, NULL);
  trellis_register_panel_add_entry (panel, group, _("Name"), TRELLIS_SERVICE_PROP_NAME, TRUE);
  trellis_register_panel_add_combo (panel, group, _("Service Area"), TRELLIS_SERVICE_PROP_AREA);
  trellis_register_panel_add_entry (panel, group, _("Frequency"), TRELLIS_SERVICE_PROP_FREQUENCY, FALSE);
  trellis_register_panel_add_combo (panel, group, _("Funding"), TRELLIS_SERVICE_PROP_FUNDING);

  group = trellis_register_panel_add_group (panel, box, _("Assessment"),
                                            _("What it costs the cluster organisation, and what members think of it"));
  trellis_register_panel_add_combo (panel, group, _("Effort"), TRELLIS_SERVICE_PROP_EFFORT);
  trellis_register_panel_add_combo (panel, group, _("Members’ Appreciation"), TRELLIS_SERVICE_PROP_APPRECIATION);

  group = trellis_register_panel_add_group (panel, box, _("Description"), NULL);
  trellis_register_panel_add_text (panel, group, TRELLIS_SERVICE_PROP_DESCRIPTION, _("Description"));

  trellis_register_panel_add_delete (panel, box, _("_Delete Service"));
}

static void
trellis_service_panel_class_init (TrellisServicePanelClass *klass)
{
  TrellisRegisterPanelClass *panel_class = TRELLIS_REGISTER_PANEL_CLASS (klass);

  panel_class->icon_name = "emblem-shared-symbolic";
  panel_class->none_title = N_("No Service Selected");
  panel_class->build = build;
}

static void
trellis_service_panel_init (TrellisServicePanel *self)
{
}
