/* trellis-print.h: printing a page's board, the timeline or the workshop report
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "trellis.h"
#include "trellis-project-view.h"
#include "trellis-workshop-report.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_PRINT (trellis_print_get_type ())

G_DECLARE_FINAL_TYPE (TrellisPrint, trellis_print, TRELLIS, PRINT, GtkPrintOperation)

TrellisPrint          *trellis_print_new               (TrellisProject        *project,
                                                        TrellisReportSections  sections);
TrellisPrint          *trellis_print_new_for_view      (TrellisProjectView    *view);
TrellisReportSections  trellis_print_get_sections      (TrellisPrint          *self);
void                   trellis_print_set_sections      (TrellisPrint          *self,
                                                        TrellisReportSections  sections);
TrellisDay             trellis_print_get_as_of         (TrellisPrint          *self);
void                   trellis_print_set_as_of         (TrellisPrint          *self,
                                                        TrellisDay             as_of);
void                   trellis_print_set_offer_presets (TrellisPrint          *self,
                                                        gboolean               offer);
TrellisWorkshopReport *trellis_print_get_report        (TrellisPrint          *self);
GtkPrintOperationResult trellis_print_run             (TrellisPrint            *self,
                                                        GtkPrintOperationAction  action,
                                                        GtkWindow               *parent);

TrellisReportSections  trellis_print_sections_for_tool (const char            *path);
char                  *trellis_print_dup_shown_tool    (TrellisProjectView    *view);

G_END_DECLS
