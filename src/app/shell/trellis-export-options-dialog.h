/* trellis-export-options-dialog.h: what to export (CSV, iCalendar, Markdown, the workshop report), then where
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "trellis.h"
#include "trellis-workshop-report.h"

G_BEGIN_DECLS

/**
 * TrellisExportFormat:
 * @TRELLIS_EXPORT_CSV: the items of one kind as a CSV file
 * @TRELLIS_EXPORT_ICS: milestones and due actions as an iCalendar file
 * @TRELLIS_EXPORT_MARKDOWN: a summary in Markdown
 * @TRELLIS_EXPORT_PDF: the workshop report as a PDF
 *
 * The formats of the Export dialog, in the order it lists them.
 */
typedef enum
{
  TRELLIS_EXPORT_CSV,
  TRELLIS_EXPORT_ICS,
  TRELLIS_EXPORT_MARKDOWN,
  TRELLIS_EXPORT_PDF,
} TrellisExportFormat;

#define TRELLIS_TYPE_EXPORT_OPTIONS_DIALOG (trellis_export_options_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TrellisExportOptionsDialog, trellis_export_options_dialog,
                      TRELLIS, EXPORT_OPTIONS_DIALOG, AdwWindow)

GtkWidget *trellis_export_options_dialog_new        (GtkWindow                  *parent,
                                                     TrellisProject             *project,
                                                     const char                 *kind);
void       trellis_export_options_dialog_set_format (TrellisExportOptionsDialog *self,
                                                     TrellisExportFormat         format);
gboolean   trellis_export_options_dialog_set_kind   (TrellisExportOptionsDialog *self,
                                                     const char                 *kind);
gboolean   trellis_export_options_dialog_set_preset (TrellisExportOptionsDialog *self,
                                                     const char                 *preset);
void       trellis_export_options_dialog_set_paper  (TrellisExportOptionsDialog *self,
                                                     TrellisPaper                paper);
gboolean   trellis_export_options_dialog_export_to  (TrellisExportOptionsDialog *self,
                                                     GFile                      *file);

G_END_DECLS
