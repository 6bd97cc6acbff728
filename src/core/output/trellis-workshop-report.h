/* trellis-workshop-report.h: the whole project as one printed report (PDF, or any cairo context)
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "trellis-date.h"
#include "trellis-project.h"

G_BEGIN_DECLS

/**
 * TrellisReportSections:
 * @TRELLIS_REPORT_COVER: the cover: project, cluster, region, facilitator, date
 * @TRELLIS_REPORT_CONTENTS: the contents, with page numbers
 * @TRELLIS_REPORT_OVERVIEW: the description and the key questions with their answers
 * @TRELLIS_REPORT_SWOT: the SWOT notes with their votes and sources
 * @TRELLIS_REPORT_TOWS: the TOWS strategies and the notes they combine
 * @TRELLIS_REPORT_STAKEHOLDERS: the register, the influence grid and the helix balance
 * @TRELLIS_REPORT_GOALS: the goals with their indicators and progress
 * @TRELLIS_REPORT_CANVAS: the Cluster Business Canvas
 * @TRELLIS_REPORT_PLAN: the action plan as a table
 * @TRELLIS_REPORT_TIMELINE: the action plan as a timeline chart
 * @TRELLIS_REPORT_STATUS: the status board: lights, reasons and the plan check's warnings
 * @TRELLIS_REPORT_DEADLINES: what is overdue or due in the next 30 days
 * @TRELLIS_REPORT_BUDGET: the budget spent of planned, by goal
 * @TRELLIS_REPORT_SELF_CHECK: the excellence self-check
 *
 * The sections of the workshop report, in the order they are printed.
 */
typedef enum
{
  TRELLIS_REPORT_COVER        = 1 << 0,
  TRELLIS_REPORT_CONTENTS     = 1 << 1,
  TRELLIS_REPORT_OVERVIEW     = 1 << 2,
  TRELLIS_REPORT_SWOT         = 1 << 3,
  TRELLIS_REPORT_TOWS         = 1 << 4,
  TRELLIS_REPORT_STAKEHOLDERS = 1 << 5,
  TRELLIS_REPORT_GOALS        = 1 << 6,
  TRELLIS_REPORT_CANVAS       = 1 << 7,
  TRELLIS_REPORT_PLAN         = 1 << 8,
  TRELLIS_REPORT_TIMELINE     = 1 << 9,
  TRELLIS_REPORT_STATUS       = 1 << 10,
  TRELLIS_REPORT_DEADLINES    = 1 << 11,
  TRELLIS_REPORT_BUDGET       = 1 << 12,
  TRELLIS_REPORT_SELF_CHECK   = 1 << 13,
} TrellisReportSections;

#define TRELLIS_REPORT_ALL ((TrellisReportSections) ((1 << 14) - 1))

/**
 * TrellisPaper:
 * @TRELLIS_PAPER_A4: ISO A4, 210 × 297 mm
 * @TRELLIS_PAPER_LETTER: US Letter, 8.5 × 11 in
 */
typedef enum
{
  TRELLIS_PAPER_A4,
  TRELLIS_PAPER_LETTER,
} TrellisPaper;

/**
 * TrellisWorkshopReportOptions:
 * @sections: the sections to print
 * @paper: the paper the pages are laid out for
 * @as_of: the day the lights and progress are judged on; 0 for today
 *
 * What goes into a workshop report.
 */
typedef struct
{
  TrellisReportSections sections;
  TrellisPaper          paper;
  TrellisDay            as_of;
} TrellisWorkshopReportOptions;

#define TRELLIS_REPORT_ERROR (trellis_report_error_quark ())

/**
 * TrellisReportError:
 * @TRELLIS_REPORT_ERROR_UNKNOWN: a section, preset or paper of another name
 *
 * Why report options could not be read.
 */
typedef enum
{
  TRELLIS_REPORT_ERROR_UNKNOWN,
} TrellisReportError;

GQuark trellis_report_error_quark (void);

#define TRELLIS_TYPE_WORKSHOP_REPORT (trellis_workshop_report_get_type ())

G_DECLARE_FINAL_TYPE (TrellisWorkshopReport, trellis_workshop_report, TRELLIS, WORKSHOP_REPORT, GObject)

TrellisWorkshopReport *trellis_workshop_report_new         (TrellisProject                     *project,
                                                            const TrellisWorkshopReportOptions *options);
guint                  trellis_workshop_report_get_n_pages (TrellisWorkshopReport              *self);
void                   trellis_workshop_report_get_page_size (TrellisWorkshopReport            *self,
                                                            double                             *width,
                                                            double                             *height);
const char            *trellis_workshop_report_get_page_section (TrellisWorkshopReport         *self,
                                                            guint                               page);
guint                  trellis_workshop_report_get_section_page (TrellisWorkshopReport         *self,
                                                            TrellisReportSections               section);
void                   trellis_workshop_report_draw_page   (TrellisWorkshopReport              *self,
                                                            cairo_t                            *cr,
                                                            guint                               page,
                                                            double                              width,
                                                            double                              height);
gboolean               trellis_workshop_report_write_pdf   (TrellisWorkshopReport              *self,
                                                            GFile                              *file,
                                                            GError                            **error);

void                   trellis_workshop_report_options_init (TrellisWorkshopReportOptions      *options);
gboolean               trellis_report_sections_parse       (const char                         *list,
                                                            TrellisReportSections              *sections_out,
                                                            GError                            **error);
gboolean               trellis_report_preset_parse         (const char                         *name,
                                                            TrellisReportSections              *sections_out,
                                                            GError                            **error);
const char            *trellis_report_section_get_name     (TrellisReportSections               section);
const char            *trellis_report_section_get_title    (TrellisReportSections               section);
gboolean               trellis_paper_parse                 (const char                         *name,
                                                            TrellisPaper                       *paper,
                                                            GError                            **error);
void                   trellis_paper_get_size              (TrellisPaper                        paper,
                                                            double                             *width,
                                                            double                             *height);
TrellisPaper           trellis_paper_from_locale           (void);

G_END_DECLS
