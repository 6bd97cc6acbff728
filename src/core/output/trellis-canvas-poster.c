/* trellis-canvas-poster.c: the Cluster Business Canvas as a one-page poster (PDF, PNG)
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The poster is drawn with cairo and pango, at any size: a header (the
 * project's name, the cluster organisation, the version and its date),
 * then the ten boxes where trellis_canvas_box_get_rect() puts them.  A box
 * shows its notes as coloured cards; when they do not fit, the type gets
 * smaller, down to a floor, and what still does not fit is counted ("+3
 * more").  An empty box shows its guiding prompts.
 *
 * Files are written atomically (trellis-pdf.c).
 */

#define G_LOG_DOMAIN "trellis-canvas-poster"

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "trellis-canvas-poster.h"
#include "trellis-locale-format.h"
#include "trellis-enum-labels.h"
#include "trellis-header.h"
#include "trellis-pdf.h"
#include "trellis-project-file.h"

/* The smallest type for notes, in hundredths of the poster's height */
#define MIN_NOTE_SIZE 0.8
/* … and for the notes of a box that has more than fit */
#define OVERFLOW_NOTE_SIZE 1.2

typedef struct
{
  cairo_t *cr;
  double   unit;     /* 1/100 of the poster's height: every length is a multiple */
} Poster;

static PangoLayout *
make_layout (Poster     *poster,
             const char *text,
             double      size,
             gboolean    bold,
             double      width)
{
  return trellis_pdf_layout_new (poster->cr, text, size * poster->unit, bold, width);
}

static void
rounded_rect (cairo_t *cr,
              double   x,
              double   y,
              double   width,
              double   height,
              double   radius)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/* Lays out the notes in columns of cards; returns how many fit. */
static guint
draw_notes (Poster    *poster,
            GPtrArray *notes,
            double     x,
            double     y,
            double     width,
            double     height,
            double     size,
            gboolean   draw)
{
  double pad = 0.6 * poster->unit;
  double gap = 0.6 * poster->unit;
  double bottoms[8] = { 0 };
  guint n_columns, fitted = 0;
  double column_width;

  /* As many columns as there is room for, but no empty ones. */
  n_columns = CLAMP ((guint) (width / (22 * poster->unit)), 1, G_N_ELEMENTS (bottoms));
  n_columns = CLAMP (notes->len, 1, n_columns);
  column_width = (width - (n_columns - 1) * gap) / n_columns;
  for (guint c = 0; c < n_columns; c++)
    bottoms[c] = y;

  for (guint i = 0; i < notes->len; i++)
    {
      TrellisCanvasNote *note = notes->pdata[i];
      g_autoptr(PangoLayout) layout = make_layout (poster, trellis_canvas_note_get_text (note),
                                                   size, FALSE, column_width - 2 * pad);
      double card_height = trellis_pdf_layout_height (layout) + 2 * pad;
      guint column = 0;
      double r, g, b;

      /* The shortest column takes the next card. */
      for (guint c = 1; c < n_columns; c++)
        if (bottoms[c] < bottoms[column])
          column = c;
      if (bottoms[column] + card_height > y + height)
        break;

      if (draw)
        {
          double cx = x + column * (column_width + gap);

          trellis_canvas_color_parse (trellis_canvas_note_get_color (note), &r, &g, &b);
          rounded_rect (poster->cr, cx, bottoms[column], column_width, card_height, 0.4 * poster->unit);
          cairo_set_source_rgb (poster->cr, r, g, b);
          cairo_fill (poster->cr);
          trellis_pdf_layout_show (poster->cr, layout, cx + pad, bottoms[column] + pad, 0.1);
        }
      bottoms[column] += card_height + gap;
      fitted++;
    }

  return fitted;
}

static void
draw_box (Poster               *poster,
          TrellisProject       *project,
          TrellisCanvasVersion *version,
          TrellisCanvasBox      box,
          double                x,
          double                y,
          double                width,
          double                height)
{
  g_autoptr(GPtrArray) notes = trellis_canvas_list_notes (project, version, box);
  g_autoptr(PangoLayout) title = NULL;
  double pad = 1.2 * poster->unit;
  double inner_width = width - 2 * pad;
  double top, room, size;
  guint fitted;

  cairo_rectangle (poster->cr, x, y, width, height);
  cairo_set_source_rgb (poster->cr, 0.55, 0.55, 0.55);
  cairo_set_line_width (poster->cr, 0.12 * poster->unit);
  cairo_stroke (poster->cr);

  title = make_layout (poster, trellis_enum_label (TRELLIS_TYPE_CANVAS_BOX, box), 2.0, TRUE, inner_width);
  trellis_pdf_layout_show (poster->cr, title, x + pad, y + pad, 0.15);
  top = y + pad + trellis_pdf_layout_height (title) + 0.8 * poster->unit;
  room = y + height - pad - top;

  if (notes->len == 0)
    {
      const char * const *prompts = trellis_canvas_box_get_prompts (box);
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(PangoLayout) layout = NULL;

      for (guint i = 0; prompts[i] != NULL; i++)
        g_string_append_printf (text, "%s• %s", i > 0 ? "\n" : "", _(prompts[i]));
      layout = make_layout (poster, text->str, 1.4, FALSE, inner_width);
      trellis_pdf_layout_show (poster->cr, layout, x + pad, top, 0.55);
      return;
    }

  /* The largest type at which every note fits, down to the floor. */
  for (int tenths = 16; (size = tenths / 10.0) > MIN_NOTE_SIZE; tenths--)
    if (draw_notes (poster, notes, x + pad, top, inner_width, room, size, FALSE) == notes->len)
      break;

  if (draw_notes (poster, notes, x + pad, top, inner_width, room, size, FALSE) == notes->len)
    draw_notes (poster, notes, x + pad, top, inner_width, room, size, TRUE);
  else
    {
      double more_height = 2.2 * poster->unit;
      /* translators: on a poster, how many notes of a box did not fit */
      g_autofree char *more = NULL;
      g_autoptr(PangoLayout) layout = NULL;

      /* Not even the smallest type fits them all: keep the notes readable and count the rest. */
      fitted = draw_notes (poster, notes, x + pad, top, inner_width, room - more_height, OVERFLOW_NOTE_SIZE, TRUE);
      more = g_strdup_printf (ngettext ("+%u more note", "+%u more notes", notes->len - fitted),
                              notes->len - fitted);
      layout = make_layout (poster, more, 1.3, TRUE, inner_width);
      trellis_pdf_layout_show (poster->cr, layout, x + pad, y + height - pad - trellis_pdf_layout_height (layout),
                               0.35);
    }
}

/**
 * trellis_canvas_poster_draw:
 * @version: (nullable): the version to draw, %NULL for the as-is canvas
 *
 * Draws the poster into the rectangle (0, 0, @width, @height) of @cr.
 */
void
trellis_canvas_poster_draw (TrellisProject       *project,
                            TrellisCanvasVersion *version,
                            cairo_t              *cr,
                            double                width,
                            double                height)
{
  TrellisHeader *header = trellis_project_get_header (project);
  Poster poster = { cr, height / 100 };
  double margin = 3 * poster.unit;
  double header_height = 7 * poster.unit;
  const char *cluster = trellis_header_get_cluster (header);
  char date[TRELLIS_DISPLAY_DATE_SIZE];
  g_autofree char *version_text = NULL;
  g_autoptr(PangoLayout) name = NULL;
  g_autoptr(PangoLayout) organisation = NULL;
  g_autoptr(PangoLayout) edition = NULL;
  double area_x, area_y, area_width, area_height;

  g_return_if_fail (TRELLIS_IS_PROJECT (project));

  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);

  name = make_layout (&poster, trellis_project_get_name (project), 3.4, TRUE, width * 0.6);
  pango_layout_set_ellipsize (name, PANGO_ELLIPSIZE_END);
  trellis_pdf_layout_show (poster.cr, name, margin, margin, 0.1);
  organisation = make_layout (&poster, cluster != NULL ? cluster : "", 1.8, FALSE, width * 0.6);
  trellis_pdf_layout_show (poster.cr, organisation, margin, margin + trellis_pdf_layout_height (name), 0.35);

  if (version != NULL)
    {
      trellis_format_date_into (trellis_canvas_version_get_date (version), date);
      version_text = g_strdup_printf ("%s%s%s", trellis_canvas_version_get_name (version),
                                      date[0] != '\0' ? " · " : "", date);
    }
  else
    {
      const char *modified = trellis_header_get_modified (header);
      g_autofree char *day = modified != NULL ? g_strndup (modified, 10) : NULL;

      /* translators: the canvas as it is today, not a planned version; %s is a date */
      version_text = day != NULL ? g_strdup_printf (_("As is · %s"), day) : g_strdup (_("As is"));
    }
  edition = make_layout (&poster, version_text, 1.8, TRUE, width * 0.3);
  pango_layout_set_alignment (edition, PANGO_ALIGN_RIGHT);
  trellis_pdf_layout_show (poster.cr, edition, width - margin - width * 0.3, margin, 0.25);

  area_x = margin;
  area_y = margin + header_height;
  area_width = width - 2 * margin;
  area_height = height - area_y - margin;
  for (guint b = 0; b < trellis_enum_n_values (TRELLIS_TYPE_CANVAS_BOX); b++)
    {
      TrellisCanvasRect rect;

      trellis_canvas_box_get_rect (b, &rect);
      draw_box (&poster, project, version, b,
                area_x + rect.x * area_width, area_y + rect.y * area_height,
                rect.width * area_width, rect.height * area_height);
    }
  cairo_restore (cr);
}

typedef struct
{
  TrellisProject       *project;
  TrellisCanvasVersion *version;
} PosterPage;

static void
draw_poster_page (cairo_t  *cr,
                  double    width,
                  double    height,
                  gpointer  user_data)
{
  PosterPage *page = user_data;

  trellis_canvas_poster_draw (page->project, page->version, cr, width, height);
  cairo_show_page (cr);
}

/**
 * trellis_canvas_poster_write_pdf:
 * @version: (nullable): the version to draw, %NULL for the as-is canvas
 *
 * Writes the canvas as a one-page A3 landscape PDF.
 */
gboolean
trellis_canvas_poster_write_pdf (TrellisProject       *project,
                                 TrellisCanvasVersion *version,
                                 GFile                *file,
                                 GError              **error)
{
  PosterPage page = { project, version };

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  return trellis_pdf_write (file, TRELLIS_POSTER_WIDTH, TRELLIS_POSTER_HEIGHT, trellis_project_get_name (project),
                            draw_poster_page, &page, error);
}

/**
 * trellis_canvas_poster_write_png:
 * @version: (nullable): the version to draw, %NULL for the as-is canvas
 * @width: the image's width in pixels; its height follows the A3 shape
 *
 * Writes the canvas as a PNG image.
 */
gboolean
trellis_canvas_poster_write_png (TrellisProject       *project,
                                 TrellisCanvasVersion *version,
                                 GFile                *file,
                                 int                   width,
                                 GError              **error)
{
  int height = (int) (width * TRELLIS_POSTER_HEIGHT / TRELLIS_POSTER_WIDTH + 0.5);
  cairo_surface_t *surface;
  cairo_t *cr;
  gboolean ok;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (width >= 100 && width <= 20000, FALSE);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cr = cairo_create (surface);
  trellis_canvas_poster_draw (project, version, cr, width, height);
  cairo_destroy (cr);
  ok = trellis_png_write (file, surface, error);
  cairo_surface_destroy (surface);
  return ok;
}
