/* trellis-canvas-view-private.h: what the canvas view's files share
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-canvas-area.h"
#include "trellis-canvas-view.h"

G_BEGIN_DECLS

struct _TrellisCanvasView
{
  GtkWidget             parent_instance;

  TrellisProject       *project;
  gboolean              editable;
  gboolean              large_type;
  TrellisCanvasVersion *version;       /* shown; NULL: as is */
  TrellisCanvasVersion *compare_with;  /* NULL: as is */
  GPtrArray            *versions;      /* in the dropdowns' order, after "As Is" */
  gboolean              filling_lists;
  GtkWidget            *boxes[10];

  /* Template widgets */
  GtkLabel             *name_label;
  GtkLabel             *version_label;
  GtkLabel             *subtitle_label;
  GtkDropDown          *version_dropdown;
  GtkToggleButton      *compare_button;
  GtkDropDown          *compare_dropdown;
  TrellisCanvasArea    *area;
};

void _trellis_canvas_view_class_add_actions (GtkWidgetClass    *widget_class);
void _trellis_canvas_view_update_actions    (TrellisCanvasView *self);
void _trellis_canvas_view_focus_note        (TrellisCanvasView *self,
                                             TrellisCanvasNote *note);

G_END_DECLS
