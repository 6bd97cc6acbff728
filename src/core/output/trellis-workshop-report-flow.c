/* trellis-workshop-report-flow.c: text, lights and tables flowing onto the report's pages
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every block asks for its room with _trellis_report_ensure() before it
 * draws, so nothing is drawn below the body's bottom edge: paragraphs go
 * line by line and may break between lines, table rows move whole to the
 * next page, where the table's header row is drawn again, and a cell's
 * text is cut (with an ellipsis) after a number of lines so that one row
 * always fits a page.  Text is laid out without hinted metrics so that it
 * measures the same on the recording surfaces, in a PDF and on a printer.
 */

#define G_LOG_DOMAIN "trellis-workshop-report"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "trellis-enum-labels.h"
#include "trellis-enum-types.h"
#include "trellis-pdf.h"
#include "trellis-workshop-report-private.h"

#define TABLE_SIZE      8.0
#define CELL_PAD        3.0
#define CELL_MAX_LINES  12   /* for a title beside a light */
#define TABLE_HEADER_ROOM 40.0

static double
body_bottom (ReportFlow *flow)
{
  return flow->height - REPORT_MARGIN - REPORT_FOOTER;
}

static void draw_table_header (ReportFlow *flow);

void
_trellis_report_new_page (ReportFlow *flow)
{
  cairo_rectangle_t extents = { 0, 0, flow->width, flow->height };
  cairo_surface_t *recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &extents);

  g_clear_pointer (&flow->cr, cairo_destroy);
  flow->cr = cairo_create (recording);
  cairo_surface_destroy (recording);
  g_ptr_array_add (flow->pages, cairo_surface_reference (recording));
  g_ptr_array_add (flow->page_sections, (gpointer) flow->section);
  flow->y = REPORT_TOP;
  if (flow->columns != NULL)
    draw_table_header (flow);
}

/* Room for @height more points on this page, or a new page: %TRUE if one was begun. */
gboolean
_trellis_report_ensure (ReportFlow *flow,
                        double      height)
{
  if (flow->cr != NULL && (flow->y + height <= body_bottom (flow) || flow->y <= REPORT_TOP + 0.5))
    return FALSE;
  _trellis_report_new_page (flow);
  return TRUE;
}

double
_trellis_report_text_width (ReportFlow *flow)
{
  return flow->width - 2 * REPORT_MARGIN;
}

PangoLayout *
_trellis_report_layout (ReportFlow *flow,
                        const char *text,
                        double      size,
                        gboolean    bold,
                        double      width)
{
  PangoLayout *layout = trellis_pdf_layout_new (flow->cr, text != NULL ? text : "", size, bold, width);
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (pango_layout_get_context (layout), options);
  pango_layout_context_changed (layout);
  cairo_font_options_destroy (options);
  return layout;
}

/* Starts a section: on a page of its own, or below the previous one. */
void
_trellis_report_begin_section (ReportFlow *flow,
                               const char *title,
                               gboolean    new_page)
{
  g_autoptr(PangoLayout) layout = NULL;
  double height;

  flow->section = title;
  if (new_page || flow->cr == NULL)
    _trellis_report_new_page (flow);
  if (flow->y <= REPORT_TOP)
    flow->page_sections->pdata[flow->page_sections->len - 1] = (gpointer) title;
  layout = _trellis_report_layout (flow, title, 17, TRUE, _trellis_report_text_width (flow));
  height = trellis_pdf_layout_height (layout);
  if (flow->y > REPORT_TOP)
    {
      flow->y += 14;
      if (_trellis_report_ensure (flow, height + 80))
        flow->page_sections->pdata[flow->page_sections->len - 1] = (gpointer) title;
    }
  trellis_pdf_layout_show (flow->cr, layout, REPORT_MARGIN, flow->y, 0.1);
  flow->y += height + 10;
}

/* A heading within a section; never the last thing on a page. */
void
_trellis_report_heading (ReportFlow *flow,
                         const char *text)
{
  g_autoptr(PangoLayout) layout = _trellis_report_layout (flow, text, 12, TRUE, _trellis_report_text_width (flow));
  double height = trellis_pdf_layout_height (layout);

  if (flow->y > REPORT_TOP)
    flow->y += 8;
  _trellis_report_ensure (flow, height + 60);
  trellis_pdf_layout_show (flow->cr, layout, REPORT_MARGIN, flow->y, 0.1);
  flow->y += height + 2;
  cairo_set_source_rgb (flow->cr, 0.8, 0.8, 0.8);
  cairo_rectangle (flow->cr, REPORT_MARGIN, flow->y, _trellis_report_text_width (flow), 0.7);
  cairo_fill (flow->cr);
  flow->y += 6;
}

/* Wrapped text, drawn line by line so that it may break across pages. */
void
_trellis_report_paragraph (ReportFlow *flow,
                           const char *text,
                           double      size,
                           gboolean    bold,
                           double      gray,
                           double      indent)
{
  g_autoptr(PangoLayout) layout = NULL;
  PangoLayoutIter *iter;

  if (text == NULL || *text == '\0')
    return;
  layout = _trellis_report_layout (flow, text, size, bold, _trellis_report_text_width (flow) - indent);
  iter = pango_layout_get_iter (layout);
  do
    {
      PangoRectangle logical;
      double baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      double top, line_height;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      top = (double) logical.y / PANGO_SCALE;
      line_height = (double) logical.height / PANGO_SCALE;
      _trellis_report_ensure (flow, line_height);
      cairo_set_source_rgb (flow->cr, gray, gray, gray);
      cairo_move_to (flow->cr, REPORT_MARGIN + indent + (double) logical.x / PANGO_SCALE,
                     flow->y + baseline - top);
      pango_cairo_show_layout_line (flow->cr, pango_layout_iter_get_line_readonly (iter));
      flow->y += line_height;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  flow->y += size * 0.35;
}

void
_trellis_report_space (ReportFlow *flow,
                       double      height)
{
  flow->y = MIN (flow->y + height, body_bottom (flow));
}

void
_trellis_report_light_rgb (TrellisLight  light,
                           double       *rgb)
{
  /* GNOME's palette, as the board report: grey, green 4, yellow 5, red 3 */
  static const double colors[][3] = {
    { 0.60, 0.60, 0.59 }, { 0.15, 0.64, 0.41 }, { 0.90, 0.65, 0.04 }, { 0.75, 0.11, 0.16 },
  };

  memcpy (rgb, colors[CLAMP (light, TRELLIS_LIGHT_GREY, TRELLIS_LIGHT_RED)], 3 * sizeof (double));
}

/* A dot of @size at @x, @y (the top of a line of that size). */
void
_trellis_report_light (ReportFlow   *flow,
                       TrellisLight  light,
                       double        x,
                       double        y,
                       double        size)
{
  double rgb[3];

  _trellis_report_light_rgb (light, rgb);
  cairo_set_source_rgb (flow->cr, rgb[0], rgb[1], rgb[2]);
  cairo_new_path (flow->cr);
  cairo_arc (flow->cr, x + size * 0.4, y + size * 0.62, size * 0.4, 0, 2 * G_PI);
  cairo_fill (flow->cr);
}

/* A light's dot and word, a title beside them and the reason below, so that it reads in grey too. */
void
_trellis_report_light_line (ReportFlow   *flow,
                            TrellisLight  light,
                            const char   *title,
                            const char   *reason,
                            double        indent)
{
  double size = REPORT_BODY_SIZE;
  double x = REPORT_MARGIN + indent;
  g_autoptr(PangoLayout) word = _trellis_report_layout (flow, trellis_enum_label (TRELLIS_TYPE_LIGHT, light),
                                                        size, TRUE, 0);
  g_autoptr(PangoLayout) title_layout = NULL;
  int word_width;
  double title_x;

  pango_layout_get_pixel_size (word, &word_width, NULL);
  title_x = x + size * 1.2 + MAX (word_width, 36) + 6;
  title_layout = _trellis_report_layout (flow, title, size, FALSE, REPORT_MARGIN + _trellis_report_text_width (flow) - title_x);
  pango_layout_set_height (title_layout, -CELL_MAX_LINES);
  pango_layout_set_ellipsize (title_layout, PANGO_ELLIPSIZE_END);
  _trellis_report_ensure (flow, trellis_pdf_layout_height (title_layout) + 14);
  _trellis_report_light (flow, light, x, flow->y, size);
  trellis_pdf_layout_show (flow->cr, word, x + size * 1.2, flow->y, 0.15);
  trellis_pdf_layout_show (flow->cr, title_layout, title_x, flow->y, 0.1);
  flow->y += trellis_pdf_layout_height (title_layout) + 1;
  _trellis_report_paragraph (flow, reason, size - 1, FALSE, 0.35, title_x - REPORT_MARGIN);
  flow->y += 2;
}

static double
column_x (ReportFlow *flow,
          guint       column)
{
  double x = REPORT_MARGIN;

  for (guint c = 0; c < column; c++)
    x += flow->columns[c].share * _trellis_report_text_width (flow);
  return x;
}

/* Lays out the cells of a row; returns the row's height. */
static double
layout_row (ReportFlow          *flow,
            const char * const  *cells,
            gboolean             bold,
            double               first_indent,
            PangoLayout        **layouts)
{
  double max_height = body_bottom (flow) - REPORT_TOP - TABLE_HEADER_ROOM - 2 * CELL_PAD;
  double height = 0;

  for (guint c = 0; c < flow->n_columns; c++)
    {
      double width = flow->columns[c].share * _trellis_report_text_width (flow) - 2 * CELL_PAD;

      if (c == 0)
        width -= first_indent;
      layouts[c] = _trellis_report_layout (flow, cells[c], TABLE_SIZE, bold, MAX (width, 10));
      /* A cell of many lines ends in "…" where a row would no longer fit on a page below the header */
      pango_layout_set_height (layouts[c], (int) (max_height * PANGO_SCALE));
      pango_layout_set_ellipsize (layouts[c], PANGO_ELLIPSIZE_END);
      height = MAX (height, trellis_pdf_layout_height (layouts[c]));
    }
  return height + 2 * CELL_PAD;
}

static void
show_row (ReportFlow   *flow,
          PangoLayout **layouts,
          double        first_indent,
          double        height,
          double        shade)
{
  if (shade < 1)
    {
      cairo_set_source_rgb (flow->cr, shade, shade, shade);
      cairo_rectangle (flow->cr, REPORT_MARGIN, flow->y, _trellis_report_text_width (flow), height);
      cairo_fill (flow->cr);
    }
  for (guint c = 0; c < flow->n_columns; c++)
    {
      trellis_pdf_layout_show (flow->cr, layouts[c], column_x (flow, c) + CELL_PAD + (c == 0 ? first_indent : 0),
                               flow->y + CELL_PAD, 0.1);
      g_object_unref (layouts[c]);
    }
  cairo_set_source_rgb (flow->cr, 0.82, 0.82, 0.82);
  cairo_rectangle (flow->cr, REPORT_MARGIN, flow->y + height - 0.5, _trellis_report_text_width (flow), 0.5);
  cairo_fill (flow->cr);
}

static void
draw_table_header (ReportFlow *flow)
{
  const char *titles[16] = { NULL };
  PangoLayout *layouts[16] = { NULL };
  double height;

  g_assert (flow->n_columns <= G_N_ELEMENTS (titles));
  for (guint c = 0; c < flow->n_columns; c++)
    titles[c] = flow->columns[c].title;
  height = layout_row (flow, titles, TRUE, 0, layouts);
  show_row (flow, layouts, 0, height, 0.9);
  flow->y += height;
}

/* Opens a table: its header row now, and again on every page it goes on to. */
/* The share of the text width the longest word of @title needs, bold, so
 * that a translated title ("Verantwortlich") is never broken inside a word. */
static double
title_share (ReportFlow *flow,
             const char *title)
{
  g_auto(GStrv) words = g_strsplit (title, " ", -1);
  int widest = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autoptr(PangoLayout) layout = _trellis_report_layout (flow, words[i], TABLE_SIZE, TRUE, -1);
      int width;

      pango_layout_get_pixel_size (layout, &width, NULL);
      widest = MAX (widest, width);
    }
  return (widest + 2 * CELL_PAD + 1) / _trellis_report_text_width (flow);
}

/* Copies @columns into the flow, each at least as wide as its title's
 * longest word, the room taken from the columns that have some to spare. */
static void
fit_columns (ReportFlow         *flow,
             const ReportColumn *columns,
             guint               n_columns)
{
  double needed[16];
  double deficit = 0, slack = 0;

  for (guint c = 0; c < n_columns; c++)
    {
      flow->fitted[c] = columns[c];
      needed[c] = title_share (flow, columns[c].title);
      if (needed[c] > columns[c].share)
        deficit += needed[c] - columns[c].share;
      else
        slack += columns[c].share - needed[c];
    }
  if (deficit <= 0 || slack < deficit)
    return;
  for (guint c = 0; c < n_columns; c++)
    {
      if (needed[c] > columns[c].share)
        flow->fitted[c].share = needed[c];
      else
        flow->fitted[c].share -= (columns[c].share - needed[c]) * deficit / slack;
    }
}

void
_trellis_report_table_begin (ReportFlow         *flow,
                             const ReportColumn *columns,
                             guint               n_columns)
{
  g_return_if_fail (n_columns > 0 && n_columns <= 16);

  flow->columns = NULL;
  _trellis_report_ensure (flow, 60);
  fit_columns (flow, columns, n_columns);
  flow->columns = flow->fitted;
  flow->n_columns = n_columns;
  draw_table_header (flow);
}

/* One row; @light (a TrellisLight, or -1 for none) as a dot before the first cell. */
void
_trellis_report_table_row (ReportFlow         *flow,
                           const char * const *cells,
                           int                 light)
{
  PangoLayout *layouts[16] = { NULL };
  double indent = light >= 0 ? TABLE_SIZE : 0;
  double height = layout_row (flow, cells, FALSE, indent, layouts);

  _trellis_report_ensure (flow, height);
  if (light >= 0)
    _trellis_report_light (flow, light, REPORT_MARGIN + CELL_PAD, flow->y + CELL_PAD, TABLE_SIZE * 0.9);
  show_row (flow, layouts, indent, height, 1);
  flow->y += height;
}

void
_trellis_report_table_end (ReportFlow *flow)
{
  flow->columns = NULL;
  flow->n_columns = 0;
  flow->y += 6;
}
