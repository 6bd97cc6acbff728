/* trellis-stakeholder-panel.c: every field of one stakeholder, beside the register
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rows of a TrellisRegisterPanel, which builds them anew for each
 * stakeholder shown and keeps every edit.
 */

#define G_LOG_DOMAIN "trellis-stakeholder-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-stakeholder-panel.h"

struct _TrellisStakeholderPanel
{
  TrellisRegisterPanel parent_instance;
};

G_DEFINE_FINAL_TYPE (TrellisStakeholderPanel, trellis_stakeholder_panel, TRELLIS_TYPE_REGISTER_PANEL)

static char *
attention (TrellisItem *item)
{
  if (!trellis_stakeholder_needs_attention (TRELLIS_STAKEHOLDER (item)))
    return NULL;
  return g_strdup (_("Critical and highly influential: do not underestimate them, engage them early"));
}

static void
build (TrellisRegisterPanel *panel,
       GtkBox               *box)
{
  GtkWidget *group;

  trellis_register_panel_add_header (panel, box, TRELLIS_STAKEHOLDER_PROP_NAME);
  trellis_register_panel_add_flag (panel, box, attention);

  group = trellis_register_panel_add_group (panel, box, NULL, NULL);
  trellis_register_panel_add_entry (panel, group, _("Name"), TRELLIS_STAKEHOLDER_PROP_NAME, TRUE);
  trellis_register_panel_add_entry (panel, group, _("Organisation"), TRELLIS_STAKEHOLDER_PROP_ORGANISATION, FALSE);
  trellis_register_panel_add_combo (panel, group, _("Helix"), TRELLIS_STAKEHOLDER_PROP_HELIX);
  trellis_register_panel_add_switch (panel, group, _("Cluster Member"), NULL, TRELLIS_STAKEHOLDER_PROP_INTERNAL);
  trellis_register_panel_add_entry (panel, group, _("Contact"), TRELLIS_STAKEHOLDER_PROP_CONTACT, FALSE);

  group = trellis_register_panel_add_group (panel, box, _("Assessment"), NULL);
  trellis_register_panel_add_combo (panel, group, _("Attitude"), TRELLIS_STAKEHOLDER_PROP_ATTITUDE);
  trellis_register_panel_add_combo (panel, group, _("Influence"), TRELLIS_STAKEHOLDER_PROP_INFLUENCE);
  trellis_register_panel_add_combo (panel, group, _("Interest"), TRELLIS_STAKEHOLDER_PROP_INTEREST);
  trellis_register_panel_add_combo (panel, group, _("Role"), TRELLIS_STAKEHOLDER_PROP_ROLE);
  trellis_register_panel_add_combo (panel, group, _("Champion"), TRELLIS_STAKEHOLDER_PROP_CHAMPION);
  trellis_register_panel_add_switch (panel, group, _("Committed Member"), _("Has agreed to take part"),
                                     TRELLIS_STAKEHOLDER_PROP_COMMITTED);

  group = trellis_register_panel_add_group (panel, box, _("Description"), NULL);
  trellis_register_panel_add_text (panel, group, TRELLIS_STAKEHOLDER_PROP_DESCRIPTION, _("Description"));

  group = trellis_register_panel_add_group (panel, box, _("Engagement Measure"),
                                            _("How the initiative plans to involve them"));
  trellis_register_panel_add_text (panel, group, TRELLIS_STAKEHOLDER_PROP_MEASURE, _("Engagement Measure"));

  trellis_register_panel_add_delete (panel, box, _("_Delete Stakeholder"));
}

static void
trellis_stakeholder_panel_class_init (TrellisStakeholderPanelClass *klass)
{
  TrellisRegisterPanelClass *panel_class = TRELLIS_REGISTER_PANEL_CLASS (klass);

  panel_class->icon_name = "system-users-symbolic";
  panel_class->none_title = N_("No Stakeholder Selected");
  panel_class->build = build;
}

static void
trellis_stakeholder_panel_init (TrellisStakeholderPanel *self)
{
}

/**
 * trellis_stakeholder_panel_get_stakeholder:
 *
 * Returns: (transfer none) (nullable): the stakeholder shown
 */
TrellisStakeholder *
trellis_stakeholder_panel_get_stakeholder (TrellisStakeholderPanel *self)
{
  g_return_val_if_fail (TRELLIS_IS_STAKEHOLDER_PANEL (self), NULL);

  return TRELLIS_STAKEHOLDER (trellis_register_panel_get_item (TRELLIS_REGISTER_PANEL (self)));
}
