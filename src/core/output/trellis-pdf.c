/* trellis-pdf.c: writing what cairo draws to PDF and PNG files
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The canvas poster and the board report draw with cairo; this writes the
 * result atomically, like project files: a failed export leaves an
 * existing file as it was.
 */

#define G_LOG_DOMAIN "trellis-pdf"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "trellis-pdf.h"
#include "trellis-project-file.h"

static cairo_status_t
append_to_bytes (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
check_surface (cairo_surface_t  *surface,
               GError          **error)
{
  cairo_status_t status = cairo_surface_status (surface);

  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;

  /* translators: %s is cairo's reason */
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not draw the document: %s"),
               cairo_status_to_string (status));
  return FALSE;
}

static gboolean
write_bytes (GFile       *file,
             GByteArray  *data,
             GError     **error)
{
  g_autoptr(GBytes) bytes = g_byte_array_free_to_bytes (data);

  return trellis_write_file_atomically (file, bytes, FALSE, error);
}

/**
 * trellis_pdf_write:
 * @width: the pages' size, in points
 * @title: the document's title, for its metadata
 * @draw: draws the pages
 *
 * Returns: %FALSE with @error set if drawing or writing failed
 */
gboolean
trellis_pdf_write (GFile              *file,
                   double              width,
                   double              height,
                   const char         *title,
                   TrellisPdfDrawFunc  draw,
                   gpointer            user_data,
                   GError            **error)
{
  GByteArray *data = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_t *cr;
  gboolean ok;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (draw != NULL, FALSE);

  surface = cairo_pdf_surface_create_for_stream (append_to_bytes, data, width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Trellis " PACKAGE_VERSION);
  cr = cairo_create (surface);
  draw (cr, width, height, user_data);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  ok = check_surface (surface, error);
  cairo_surface_destroy (surface);

  if (!ok)
    {
      g_byte_array_unref (data);
      return FALSE;
    }
  return write_bytes (file, data, error);
}

/**
 * trellis_png_write:
 * @surface: an image surface, drawn
 *
 * Returns: %FALSE with @error set if the image could not be encoded or written
 */
gboolean
trellis_png_write (GFile            *file,
                   cairo_surface_t  *surface,
                   GError          **error)
{
  GByteArray *data;
  gboolean ok;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!check_surface (surface, error))
    return FALSE;

  data = g_byte_array_new ();
  ok = cairo_surface_write_to_png_stream (surface, append_to_bytes, data) == CAIRO_STATUS_SUCCESS;
  if (!ok)
    {
      g_byte_array_unref (data);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not encode the image as PNG"));
      return FALSE;
    }
  return write_bytes (file, data, error);
}

/**
 * trellis_pdf_layout_new:
 * @size: the type's size, in the units of @cr
 * @width: where the text wraps; 0 for no wrapping
 *
 * Returns: (transfer full): @text laid out in Sans for @cr
 */
PangoLayout *
trellis_pdf_layout_new (cairo_t    *cr,
                        const char *text,
                        double      size,
                        gboolean    bold,
                        double      width)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans");

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (width > 0)
    pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_text (layout, text, -1);
  return layout;
}

/**
 * trellis_pdf_layout_height:
 *
 * Returns: the height of @layout's text, in the units of its cairo context
 */
double
trellis_pdf_layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

/**
 * trellis_pdf_layout_show:
 * @gray: the text's grey, 0 (black) to 1
 *
 * Draws @layout with its top left corner at @x, @y.
 */
void
trellis_pdf_layout_show (cairo_t     *cr,
                         PangoLayout *layout,
                         double       x,
                         double       y,
                         double       gray)
{
  cairo_set_source_rgb (cr, gray, gray, gray);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}
