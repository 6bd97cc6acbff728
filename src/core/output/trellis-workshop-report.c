/* trellis-workshop-report.c: the whole project as one printed report (PDF, or any cairo context)
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The report is laid out once, when it is made, for one paper size: each
 * chosen section flows onto pages (trellis-workshop-report-flow.c) that are
 * kept as cairo recording surfaces.  Then the contents page is filled in,
 * since only now are the sections' page numbers known.  Drawing a page
 * replays its recording onto any cairo context (a PDF surface here, a
 * GtkPrintOperation's later), scaled to fit if the context's page has
 * another size, and adds the running header (the project and the
 * section) and the footer ("Page 3 of 12").
 *
 * The numbers and judgements come from the rules (the status report, the
 * plan check, the goals, the stakeholder analysis, the self-check); this
 * file and its sections only arrange them.
 */

#define G_LOG_DOMAIN "trellis-workshop-report"

#include "config.h"

#include <string.h>

#include <cairo-pdf.h>
#include <glib/gi18n.h>

#include "trellis-header.h"
#include "trellis-item.h"
#include "trellis-pdf.h"
#include "trellis-workshop-report-private.h"
#include "trellis-locale-format.h"

typedef void (*SectionFunc) (ReportFlow *flow);

static const struct
{
  TrellisReportSections  section;
  const char            *name;      /* on the command line */
  const char            *title;     /* N_() */
  SectionFunc            draw;
  gboolean               new_page;
} sections[] = {
  { TRELLIS_REPORT_COVER, "cover", N_("Cover"), NULL, TRUE },
  { TRELLIS_REPORT_CONTENTS, "contents", N_("Contents"), NULL, TRUE },
  { TRELLIS_REPORT_OVERVIEW, "overview", N_("Overview and key questions"), _trellis_report_draw_overview, TRUE },
  { TRELLIS_REPORT_SWOT, "swot", N_("SWOT analysis"), _trellis_report_draw_swot, TRUE },
  { TRELLIS_REPORT_TOWS, "tows", N_("TOWS strategies"), _trellis_report_draw_tows, TRUE },
  { TRELLIS_REPORT_STAKEHOLDERS, "stakeholders", N_("Stakeholders"), _trellis_report_draw_stakeholders, TRUE },
  { TRELLIS_REPORT_GOALS, "goals", N_("Goals and indicators"), _trellis_report_draw_goals, TRUE },
  { TRELLIS_REPORT_CANVAS, "canvas", N_("Cluster Business Canvas"), _trellis_report_draw_canvas, TRUE },
  { TRELLIS_REPORT_PLAN, "plan", N_("Action plan"), _trellis_report_draw_plan, TRUE },
  { TRELLIS_REPORT_TIMELINE, "timeline", N_("Timeline"), _trellis_report_draw_timeline, TRUE },
  { TRELLIS_REPORT_STATUS, "status", N_("Status board"), _trellis_report_draw_status, TRUE },
  { TRELLIS_REPORT_DEADLINES, "deadlines", N_("Overdue and next 30 days"), _trellis_report_draw_deadlines, FALSE },
  { TRELLIS_REPORT_BUDGET, "budget", N_("Budget: spent of planned"), _trellis_report_draw_budget, FALSE },
  { TRELLIS_REPORT_SELF_CHECK, "selfcheck", N_("Excellence self-check"), _trellis_report_draw_self_check, TRUE },
};

#define PRESET_WORKSHOP (TRELLIS_REPORT_COVER | TRELLIS_REPORT_CONTENTS | TRELLIS_REPORT_OVERVIEW | \
                         TRELLIS_REPORT_SWOT | TRELLIS_REPORT_TOWS | TRELLIS_REPORT_STAKEHOLDERS | \
                         TRELLIS_REPORT_GOALS | TRELLIS_REPORT_CANVAS | TRELLIS_REPORT_PLAN | \
                         TRELLIS_REPORT_TIMELINE)
#define PRESET_BOARD    (TRELLIS_REPORT_COVER | TRELLIS_REPORT_CONTENTS | TRELLIS_REPORT_STATUS | \
                         TRELLIS_REPORT_GOALS | TRELLIS_REPORT_DEADLINES | TRELLIS_REPORT_BUDGET)

struct _TrellisWorkshopReport
{
  GObject                       parent_instance;

  TrellisProject               *project;
  TrellisWorkshopReportOptions  options;
  double                        width;
  double                        height;
  GPtrArray                    *pages;          /* of cairo_surface_t */
  GPtrArray                    *page_sections;  /* of const char * */
  guint                         section_pages[G_N_ELEMENTS (sections)];  /* 1-based, 0: not printed */
};

G_DEFINE_FINAL_TYPE (TrellisWorkshopReport, trellis_workshop_report, G_TYPE_OBJECT)

G_DEFINE_QUARK (trellis-report-error-quark, trellis_report_error)

static void
trellis_workshop_report_finalize (GObject *object)
{
  TrellisWorkshopReport *self = TRELLIS_WORKSHOP_REPORT (object);

  g_clear_object (&self->project);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->page_sections, g_ptr_array_unref);
  G_OBJECT_CLASS (trellis_workshop_report_parent_class)->finalize (object);
}

static void
trellis_workshop_report_class_init (TrellisWorkshopReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = trellis_workshop_report_finalize;
}

static void
trellis_workshop_report_init (TrellisWorkshopReport *self)
{
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) cairo_surface_destroy);
  self->page_sections = g_ptr_array_new ();
}

/* One labelled line of the cover, skipped when the header leaves it empty. */
static void
cover_line (ReportFlow *flow,
            const char *label,
            const char *value)
{
  g_autoptr(PangoLayout) layout = NULL;
  double width = _trellis_report_text_width (flow);

  if (value == NULL || *value == '\0')
    return;
  layout = _trellis_report_layout (flow, label, 9, TRUE, width);
  trellis_pdf_layout_show (flow->cr, layout, REPORT_MARGIN, flow->y, 0.45);
  flow->y += trellis_pdf_layout_height (layout);
  _trellis_report_paragraph (flow, value, 12, FALSE, 0.1, 0);
  flow->y += 6;
}

static void
draw_cover (ReportFlow *flow)
{
  g_autofree char *date = trellis_format_date (flow->day);
  TrellisHeader *header = trellis_project_get_header (flow->project);
  double width = _trellis_report_text_width (flow);
  g_autoptr(PangoLayout) kind = NULL;
  g_autoptr(PangoLayout) name = NULL;

  flow->y = flow->height * 0.22;
  kind = _trellis_report_layout (flow, _("Workshop report"), 14, FALSE, width);
  trellis_pdf_layout_show (flow->cr, kind, REPORT_MARGIN, flow->y, 0.35);
  flow->y += trellis_pdf_layout_height (kind) + 6;
  name = _trellis_report_layout (flow, trellis_project_get_name (flow->project), 28, TRUE, width);
  pango_layout_set_height (name, -4);
  pango_layout_set_ellipsize (name, PANGO_ELLIPSIZE_END);
  trellis_pdf_layout_show (flow->cr, name, REPORT_MARGIN, flow->y, 0.1);
  flow->y += trellis_pdf_layout_height (name) + 10;
  cairo_set_source_rgb (flow->cr, 0.21, 0.52, 0.89);
  cairo_rectangle (flow->cr, REPORT_MARGIN, flow->y, 80, 3);
  cairo_fill (flow->cr);
  flow->y += 30;
  cover_line (flow, _("Cluster"), trellis_header_get_cluster (header));
  cover_line (flow, _("Region"), trellis_header_get_region (header));
  cover_line (flow, _("Sector"), trellis_header_get_sector (header));
  cover_line (flow, _("Facilitator"), trellis_header_get_facilitator (header));
  cover_line (flow, _("Date"), date);
}

/* The contents page, once every section's first page is known. */
static void
draw_contents (TrellisWorkshopReport *self,
               ReportFlow            *flow,
               guint                  page)
{
  double width = _trellis_report_text_width (flow);

  g_autoptr(PangoLayout) heading = NULL;

  flow->cr = cairo_create (g_ptr_array_index (self->pages, page));
  flow->y = REPORT_TOP;
  heading = _trellis_report_layout (flow, _("Contents"), 17, TRUE, width);
  trellis_pdf_layout_show (flow->cr, heading, REPORT_MARGIN, flow->y, 0.1);
  flow->y += trellis_pdf_layout_height (heading) + 10;
  for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
    {
      g_autoptr(PangoLayout) title = NULL;
      g_autoptr(PangoLayout) number = NULL;
      g_autofree char *text = NULL;

      if (sections[s].draw == NULL || self->section_pages[s] == 0)
        continue;
      title = _trellis_report_layout (flow, _(sections[s].title), 11, FALSE, width - 60);
      text = g_strdup_printf ("%u", self->section_pages[s]);
      number = _trellis_report_layout (flow, text, 11, FALSE, 60);
      pango_layout_set_alignment (number, PANGO_ALIGN_RIGHT);
      trellis_pdf_layout_show (flow->cr, title, REPORT_MARGIN, flow->y, 0.1);
      trellis_pdf_layout_show (flow->cr, number, REPORT_MARGIN + width - 60, flow->y, 0.1);
      flow->y += trellis_pdf_layout_height (title) + 8;
    }
  g_clear_pointer (&flow->cr, cairo_destroy);
}

static void
lay_out (TrellisWorkshopReport *self)
{
  ReportFlow flow = {
    .report = self, .project = self->project, .day = self->options.as_of,
    .pages = self->pages, .page_sections = self->page_sections,
    .width = self->width, .height = self->height, .y = REPORT_TOP,
  };
  int contents_page = -1;

  trellis_date_format_into (flow.day, flow.as_of);
  flow.status = trellis_status_report_new (self->project, flow.as_of);
  for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
    {
      if ((self->options.sections & sections[s].section) == 0)
        continue;
      flow.section = _(sections[s].title);
      if (sections[s].section == TRELLIS_REPORT_COVER)
        {
          _trellis_report_new_page (&flow);
          draw_cover (&flow);
        }
      else if (sections[s].section == TRELLIS_REPORT_CONTENTS)
        {
          _trellis_report_new_page (&flow);
          contents_page = self->pages->len - 1;
        }
      else
        {
          _trellis_report_begin_section (&flow, flow.section, sections[s].new_page);
          self->section_pages[s] = self->pages->len;
          sections[s].draw (&flow);
        }
      if (self->section_pages[s] == 0)
        self->section_pages[s] = self->pages->len;
    }
  g_clear_pointer (&flow.cr, cairo_destroy);
  if (contents_page >= 0)
    draw_contents (self, &flow, contents_page);
  g_object_unref (flow.status);
}

/**
 * trellis_workshop_report_new:
 * @options: (nullable): what to print; %NULL for every section on the
 *   locale's paper, judged today
 *
 * Lays out the report of @project.  The report keeps what it drew: later
 * edits of the project do not change it.
 *
 * Returns: (transfer full): the report
 */
TrellisWorkshopReport *
trellis_workshop_report_new (TrellisProject                     *project,
                             const TrellisWorkshopReportOptions *options)
{
  TrellisWorkshopReport *self;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);

  self = g_object_new (TRELLIS_TYPE_WORKSHOP_REPORT, NULL);
  self->project = g_object_ref (project);
  if (options != NULL)
    self->options = *options;
  else
    trellis_workshop_report_options_init (&self->options);
  if (self->options.as_of == TRELLIS_DAY_NONE)
    self->options.as_of = trellis_date_today ();
  trellis_paper_get_size (self->options.paper, &self->width, &self->height);
  lay_out (self);
  return self;
}

/**
 * trellis_workshop_report_get_n_pages:
 *
 * Returns: how many pages the report has
 */
guint
trellis_workshop_report_get_n_pages (TrellisWorkshopReport *self)
{
  g_return_val_if_fail (TRELLIS_IS_WORKSHOP_REPORT (self), 0);

  return self->pages->len;
}

/**
 * trellis_workshop_report_get_page_size:
 * @width: (out): the width the pages were laid out for, in points
 * @height: (out): their height
 */
void
trellis_workshop_report_get_page_size (TrellisWorkshopReport *self,
                                       double                *width,
                                       double                *height)
{
  g_return_if_fail (TRELLIS_IS_WORKSHOP_REPORT (self));

  *width = self->width;
  *height = self->height;
}

/**
 * trellis_workshop_report_get_page_section:
 * @page: the page's index, from 0
 *
 * Returns: (nullable): the title of the section the running header of @page
 *   names, translated; %NULL for the cover
 */
const char *
trellis_workshop_report_get_page_section (TrellisWorkshopReport *self,
                                          guint                  page)
{
  g_return_val_if_fail (TRELLIS_IS_WORKSHOP_REPORT (self), NULL);
  g_return_val_if_fail (page < self->pages->len, NULL);

  if (page == 0 && (self->options.sections & TRELLIS_REPORT_COVER) != 0)
    return NULL;
  return g_ptr_array_index (self->page_sections, page);
}

/**
 * trellis_workshop_report_get_section_page:
 * @section: one section
 *
 * Returns: the number (from 1) of the page @section starts on, as the
 *   contents give it; 0 if the report does not have it
 */
guint
trellis_workshop_report_get_section_page (TrellisWorkshopReport *self,
                                          TrellisReportSections  section)
{
  g_return_val_if_fail (TRELLIS_IS_WORKSHOP_REPORT (self), 0);

  for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
    if (sections[s].section == section)
      return self->section_pages[s];
  return 0;
}

static void
draw_margins (TrellisWorkshopReport *self,
              cairo_t               *cr,
              guint                  page)
{
  const char *section = trellis_workshop_report_get_page_section (self, page);
  double width = self->width - 2 * REPORT_MARGIN;
  g_autofree char *number = NULL;
  g_autoptr(PangoLayout) footer = NULL;

  if (section != NULL)
    {
      g_autoptr(PangoLayout) name = trellis_pdf_layout_new (cr, trellis_project_get_name (self->project), 8, FALSE,
                                                            width * 0.6);
      g_autoptr(PangoLayout) title = trellis_pdf_layout_new (cr, section, 8, TRUE, width * 0.4);

      pango_layout_set_ellipsize (name, PANGO_ELLIPSIZE_END);
      pango_layout_set_ellipsize (title, PANGO_ELLIPSIZE_END);
      pango_layout_set_alignment (title, PANGO_ALIGN_RIGHT);
      trellis_pdf_layout_show (cr, name, REPORT_MARGIN, REPORT_MARGIN, 0.4);
      trellis_pdf_layout_show (cr, title, REPORT_MARGIN + width * 0.6, REPORT_MARGIN, 0.4);
      cairo_set_source_rgb (cr, 0.75, 0.75, 0.75);
      cairo_rectangle (cr, REPORT_MARGIN, REPORT_MARGIN + 14, width, 0.6);
      cairo_fill (cr);
    }
  /* translators: the footer of each page of the workshop report */
  number = g_strdup_printf (_("Page %u of %u"), page + 1, self->pages->len);
  footer = trellis_pdf_layout_new (cr, number, 8, FALSE, width);
  pango_layout_set_alignment (footer, PANGO_ALIGN_CENTER);
  trellis_pdf_layout_show (cr, footer, REPORT_MARGIN, self->height - REPORT_MARGIN - 10, 0.4);
}

/**
 * trellis_workshop_report_draw_page:
 * @cr: where to draw, in points (or any unit: the page is scaled to fit)
 * @page: the page's index, from 0
 * @width: the size of @cr's page
 *
 * Draws one page of the report, with its running header and its number,
 * centred and scaled to fit when @width and @height differ from the size
 * the report was laid out for.  Does not call cairo_show_page().
 */
void
trellis_workshop_report_draw_page (TrellisWorkshopReport *self,
                                   cairo_t               *cr,
                                   guint                  page,
                                   double                 width,
                                   double                 height)
{
  double scale;

  g_return_if_fail (TRELLIS_IS_WORKSHOP_REPORT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < self->pages->len);

  scale = MIN (width / self->width, height / self->height);
  cairo_save (cr);
  cairo_translate (cr, (width - self->width * scale) / 2, (height - self->height * scale) / 2);
  cairo_scale (cr, scale, scale);
  cairo_set_source_surface (cr, g_ptr_array_index (self->pages, page), 0, 0);
  cairo_paint (cr);
  draw_margins (self, cr, page);
  cairo_restore (cr);
}

/* A PDF viewer's bookmarks: each section, to its first page. */
static void
add_outline (TrellisWorkshopReport *self,
             cairo_surface_t       *surface)
{
  for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
    {
      g_autofree char *link = NULL;

      if (self->section_pages[s] == 0 || sections[s].section == TRELLIS_REPORT_COVER)
        continue;
      link = g_strdup_printf ("page=%u", self->section_pages[s]);
      cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT, _(sections[s].title), link, 0);
    }
}

static void
draw_all_pages (cairo_t  *cr,
                double    width,
                double    height,
                gpointer  user_data)
{
  TrellisWorkshopReport *self = user_data;

  for (guint page = 0; page < self->pages->len; page++)
    {
      trellis_workshop_report_draw_page (self, cr, page, width, height);
      cairo_show_page (cr);
    }
  if (cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_PDF)
    add_outline (self, cairo_get_target (cr));
}

/**
 * trellis_workshop_report_write_pdf:
 *
 * Writes the report to @file as a PDF, atomically: a failed write leaves
 * an existing file as it was.
 *
 * Returns: %FALSE with @error set if it could not be written
 */
gboolean
trellis_workshop_report_write_pdf (TrellisWorkshopReport  *self,
                                   GFile                  *file,
                                   GError                **error)
{
  g_autofree char *title = NULL;

  g_return_val_if_fail (TRELLIS_IS_WORKSHOP_REPORT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  /* translators: the PDF's title: the project's name */
  title = g_strdup_printf (_("%s: workshop report"), trellis_project_get_name (self->project));
  return trellis_pdf_write (file, self->width, self->height, title, draw_all_pages, self, error);
}

/**
 * trellis_workshop_report_options_init:
 *
 * Fills @options with the default: every section, on the paper of the
 * locale (trellis_paper_from_locale()), judged today.
 */
void
trellis_workshop_report_options_init (TrellisWorkshopReportOptions *options)
{
  g_return_if_fail (options != NULL);

  options->sections = TRELLIS_REPORT_ALL;
  options->paper = trellis_paper_from_locale ();
  options->as_of = TRELLIS_DAY_NONE;
}

/**
 * trellis_report_section_get_name:
 * @section: one section
 *
 * Returns: (nullable): the section's name on the command line, such as "swot"
 */
const char *
trellis_report_section_get_name (TrellisReportSections section)
{
  for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
    if (sections[s].section == section)
      return sections[s].name;
  return NULL;
}

/**
 * trellis_report_section_get_title:
 * @section: one section
 *
 * Returns: (nullable): the section's title, translated
 */
const char *
trellis_report_section_get_title (TrellisReportSections section)
{
  for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
    if (sections[s].section == section)
      return _(sections[s].title);
  return NULL;
}

static char *
list_section_names (void)
{
  GString *names = g_string_new (NULL);

  for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
    g_string_append_printf (names, "%s%s", s > 0 ? ", " : "", sections[s].name);
  return g_string_free (names, FALSE);
}

/**
 * trellis_report_sections_parse:
 * @list: section names separated by commas, such as "cover,swot,plan"
 * @sections_out: (out): the sections named
 *
 * Returns: %FALSE with @error set if a name is unknown or none is given
 */
gboolean
trellis_report_sections_parse (const char             *list,
                               TrellisReportSections  *sections_out,
                               GError                **error)
{
  g_auto(GStrv) names = g_strsplit (list != NULL ? list : "", ",", -1);
  TrellisReportSections result = 0;

  for (guint i = 0; names[i] != NULL; i++)
    {
      const char *name = g_strstrip (names[i]);
      guint s;

      if (*name == '\0')
        continue;
      for (s = 0; s < G_N_ELEMENTS (sections); s++)
        if (g_ascii_strcasecmp (name, sections[s].name) == 0)
          break;
      if (s == G_N_ELEMENTS (sections))
        {
          g_autofree char *known = list_section_names ();

          /* translators: the first %s is what was asked for, the second the list of sections */
          g_set_error (error, TRELLIS_REPORT_ERROR, TRELLIS_REPORT_ERROR_UNKNOWN, _("No section is called “%s”; "
                       "the sections are %s"), name, known);
          return FALSE;
        }
      result |= sections[s].section;
    }
  if (result == 0)
    {
      g_set_error_literal (error, TRELLIS_REPORT_ERROR, TRELLIS_REPORT_ERROR_UNKNOWN, _("No section is named"));
      return FALSE;
    }
  *sections_out = result;
  return TRUE;
}

/**
 * trellis_report_preset_parse:
 * @name: "workshop" (the analyses), "board" (status, indicators, overdue
 *   and next 30 days, budget) or "all"
 * @sections_out: (out): the preset's sections
 *
 * Returns: %FALSE with @error set if there is no such preset
 */
gboolean
trellis_report_preset_parse (const char             *name,
                             TrellisReportSections  *sections_out,
                             GError                **error)
{
  if (g_strcmp0 (name, "workshop") == 0)
    *sections_out = PRESET_WORKSHOP;
  else if (g_strcmp0 (name, "board") == 0)
    *sections_out = PRESET_BOARD;
  else if (g_strcmp0 (name, "all") == 0)
    *sections_out = TRELLIS_REPORT_ALL;
  else
    {
      /* translators: %s is what was asked for; the words in quotes are not translated */
      g_set_error (error, TRELLIS_REPORT_ERROR, TRELLIS_REPORT_ERROR_UNKNOWN,
                   _("No preset is called “%s”; use “workshop”, “board” or “all”"), name ? name : "");
      return FALSE;
    }
  return TRUE;
}

/**
 * trellis_paper_parse:
 * @name: "a4" or "letter" (any case)
 * @paper: (out): the paper
 *
 * Returns: %FALSE with @error set for another name
 */
gboolean
trellis_paper_parse (const char    *name,
                     TrellisPaper  *paper,
                     GError       **error)
{
  if (name != NULL && g_ascii_strcasecmp (name, "a4") == 0)
    *paper = TRELLIS_PAPER_A4;
  else if (name != NULL && g_ascii_strcasecmp (name, "letter") == 0)
    *paper = TRELLIS_PAPER_LETTER;
  else
    {
      /* translators: %s is what was asked for; the words in quotes are not translated */
      g_set_error (error, TRELLIS_REPORT_ERROR, TRELLIS_REPORT_ERROR_UNKNOWN,
                   _("No paper is called “%s”; use “a4” or “letter”"), name ? name : "");
      return FALSE;
    }
  return TRUE;
}

/**
 * trellis_paper_get_size:
 * @width: (out): in points
 * @height: (out): in points, portrait
 */
void
trellis_paper_get_size (TrellisPaper  paper,
                        double       *width,
                        double       *height)
{
  *width = paper == TRELLIS_PAPER_LETTER ? 612.0 : 595.28;
  *height = paper == TRELLIS_PAPER_LETTER ? 792.0 : 841.89;
}

/* The countries whose locales print on US Letter, as glibc's LC_PAPER has them. */
static const char * const letter_territories[] = {
  "US", "CA", "MX", "CL", "CO", "VE", "PH", "PR", "GT", "CR", "SV", "NI", "PA", "DO",
};

static gboolean
locale_uses_letter (const char *locale)
{
  const char *territory = strchr (locale, '_');
  g_autofree char *code = NULL;

  if (territory == NULL)
    return FALSE;
  code = g_strndup (territory + 1, strcspn (territory + 1, ".@"));
  for (guint i = 0; i < G_N_ELEMENTS (letter_territories); i++)
    if (g_ascii_strcasecmp (code, letter_territories[i]) == 0)
      return TRUE;
  return FALSE;
}

/**
 * trellis_paper_from_locale:
 *
 * The paper of the user's locale: the territory of the first of
 * `LC_ALL`, `LC_PAPER`, `LC_MESSAGES` and `LANG` that is set; US Letter for
 * the Americas that use it (en_US, en_CA, es_MX, …), A4 for all else.
 *
 * Returns: the paper
 */
TrellisPaper
trellis_paper_from_locale (void)
{
  const char *variables[] = { "LC_ALL", "LC_PAPER", "LC_MESSAGES", "LANG" };

  for (guint i = 0; i < G_N_ELEMENTS (variables); i++)
    {
      const char *value = g_getenv (variables[i]);

      if (value != NULL && *value != '\0')
        return locale_uses_letter (value) ? TRELLIS_PAPER_LETTER : TRELLIS_PAPER_A4;
    }
  return TRELLIS_PAPER_A4;
}
