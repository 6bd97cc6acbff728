/* trellis-board-report.h: the traffic lights as a printed report for the board
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "trellis-status-report.h"

G_BEGIN_DECLS

/* A4 portrait, in points */
#define TRELLIS_BOARD_REPORT_WIDTH  595.28
#define TRELLIS_BOARD_REPORT_HEIGHT 841.89

gboolean trellis_board_report_write_pdf (TrellisStatusReport  *report,
                                         GFile                *file,
                                         GError              **error);

G_END_DECLS
