/* trellis-workshop-report-private.h: how the report's sections flow onto pages
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "trellis-status-report.h"
#include "trellis-workshop-report.h"

G_BEGIN_DECLS

#define REPORT_MARGIN    42.0   /* every side: 15 mm; nothing is drawn beyond */
#define REPORT_TOP       72.0   /* where the body starts, below the running header */
#define REPORT_FOOTER    22.0   /* the page number's band, above the bottom margin */
#define REPORT_BODY_SIZE 9.5

/* One column of a table: its title and its share of the text width. */
typedef struct
{
  const char *title;
  double      share;
} ReportColumn;

/*
 * The report is laid out once, into one cairo recording surface per page;
 * drawing a page replays it and adds the running header and the footer,
 * which need the section and the number of pages.
 */
typedef struct
{
  TrellisWorkshopReport *report;
  TrellisProject        *project;
  TrellisStatusReport   *status;
  char                   as_of[TRELLIS_DATE_BUF_SIZE];
  TrellisDay             day;
  GPtrArray             *pages;       /* of cairo_surface_t: a recording per page */
  GPtrArray             *page_sections; /* of const char *: each page's section, for its header */
  cairo_t               *cr;          /* the current page's, NULL before the first */
  double                 width;
  double                 height;
  double                 y;
  const char            *section;     /* for the running header */

  /* the open table, if any: its columns, widened to their titles' longest words */
  const ReportColumn    *columns;
  guint                  n_columns;
  ReportColumn           fitted[16];
} ReportFlow;

void         _trellis_report_new_page     (ReportFlow         *flow);
gboolean     _trellis_report_ensure       (ReportFlow         *flow,
                                           double              height);
double       _trellis_report_text_width   (ReportFlow         *flow);
PangoLayout *_trellis_report_layout       (ReportFlow         *flow,
                                           const char         *text,
                                           double              size,
                                           gboolean            bold,
                                           double              width);
void         _trellis_report_begin_section (ReportFlow        *flow,
                                           const char         *title,
                                           gboolean            new_page);
void         _trellis_report_heading      (ReportFlow         *flow,
                                           const char         *text);
void         _trellis_report_paragraph    (ReportFlow         *flow,
                                           const char         *text,
                                           double              size,
                                           gboolean            bold,
                                           double              gray,
                                           double              indent);
void         _trellis_report_space        (ReportFlow         *flow,
                                           double              height);
void         _trellis_report_light_rgb    (TrellisLight        light,
                                           double             *rgb);
void         _trellis_report_light        (ReportFlow         *flow,
                                           TrellisLight        light,
                                           double              x,
                                           double              y,
                                           double              size);
void         _trellis_report_light_line   (ReportFlow         *flow,
                                           TrellisLight        light,
                                           const char         *title,
                                           const char         *reason,
                                           double              indent);
void         _trellis_report_table_begin  (ReportFlow         *flow,
                                           const ReportColumn *columns,
                                           guint               n_columns);
void         _trellis_report_table_row    (ReportFlow         *flow,
                                           const char * const *cells,
                                           int                 light);
void         _trellis_report_table_end    (ReportFlow         *flow);

void         _trellis_report_draw_overview     (ReportFlow *flow);
void         _trellis_report_draw_swot         (ReportFlow *flow);
void         _trellis_report_draw_tows         (ReportFlow *flow);
void         _trellis_report_draw_stakeholders (ReportFlow *flow);
void         _trellis_report_draw_goals        (ReportFlow *flow);
void         _trellis_report_draw_canvas       (ReportFlow *flow);
void         _trellis_report_draw_plan         (ReportFlow *flow);
void         _trellis_report_draw_timeline     (ReportFlow *flow);
void         _trellis_report_draw_status       (ReportFlow *flow);
void         _trellis_report_draw_deadlines    (ReportFlow *flow);
void         _trellis_report_draw_budget       (ReportFlow *flow);
void         _trellis_report_draw_self_check   (ReportFlow *flow);

G_END_DECLS
