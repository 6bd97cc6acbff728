/* trellis-pdf.h: writing what cairo draws to PDF and PNG files
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>
#include <pango/pango.h>

G_BEGIN_DECLS

/**
 * TrellisPdfDrawFunc:
 * @cr: the page's context, in points
 *
 * Draws the document; calls cairo_show_page() after each page, the last too.
 */
typedef void (*TrellisPdfDrawFunc) (cairo_t  *cr,
                                    double    width,
                                    double    height,
                                    gpointer  user_data);

gboolean trellis_pdf_write (GFile              *file,
                            double              width,
                            double              height,
                            const char         *title,
                            TrellisPdfDrawFunc  draw,
                            gpointer            user_data,
                            GError            **error);
gboolean trellis_png_write (GFile              *file,
                            cairo_surface_t    *surface,
                            GError            **error);

PangoLayout *trellis_pdf_layout_new    (cairo_t     *cr,
                                        const char  *text,
                                        double       size,
                                        gboolean     bold,
                                        double       width);
double       trellis_pdf_layout_height (PangoLayout *layout);
void         trellis_pdf_layout_show   (cairo_t     *cr,
                                        PangoLayout *layout,
                                        double       x,
                                        double       y,
                                        double       gray);

G_END_DECLS
