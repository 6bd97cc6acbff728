/* trellis-services-view.h: the service portfolio of step 3, grouped by funding
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "trellis.h"
#include "trellis-register.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_SERVICES_VIEW (trellis_services_view_get_type ())

G_DECLARE_FINAL_TYPE (TrellisServicesView, trellis_services_view, TRELLIS, SERVICES_VIEW, TrellisRegister)

GtkWidget *trellis_services_view_new (TrellisProject *project);

#define TRELLIS_TYPE_SERVICE_PANEL (trellis_service_panel_get_type ())

G_DECLARE_FINAL_TYPE (TrellisServicePanel, trellis_service_panel, TRELLIS, SERVICE_PANEL, TrellisRegisterPanel)

G_END_DECLS
