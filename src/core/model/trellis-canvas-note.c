/* trellis-canvas-note.c
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A short note in one box of the Cluster Business Canvas.
 * The fields below are the properties and, in this order, the file format.
 */

#define G_LOG_DOMAIN "trellis-canvas-note"

#include "config.h"

#include "trellis-canvas-note.h"
#include "trellis-canvas-version.h"

struct _TrellisCanvasNote
{
  TrellisItem parent_instance;
};

G_DEFINE_FINAL_TYPE (TrellisCanvasNote, trellis_canvas_note, TRELLIS_TYPE_ITEM)

static void
trellis_canvas_note_class_init (TrellisCanvasNoteClass *klass)
{
  TrellisItemClass *item_class = TRELLIS_ITEM_CLASS (klass);

  trellis_item_class_set_names (item_class, "canvas-note", "canvas", "text");
  trellis_item_class_add_enum (item_class, "box", TRELLIS_TYPE_CANVAS_BOX, 0, TRELLIS_FIELD_REQUIRED);
  trellis_item_class_add_ref (item_class, "version", TRELLIS_FIELD_OWNER, TRELLIS_TYPE_CANVAS_VERSION);
  trellis_item_class_add_string (item_class, "color", TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_string (item_class, "text", TRELLIS_FIELD_ELEMENT | TRELLIS_FIELD_REQUIRED);
}

static void
trellis_canvas_note_init (TrellisCanvasNote *self)
{
}

/**
 * trellis_canvas_note_new:
 * @box: the box of the canvas it goes in
 * @text: its text
 *
 * Returns: (transfer full): a note of the Cluster Business Canvas, not in
 *   any project; add it with trellis_project_add_item()
 */
TrellisCanvasNote *
trellis_canvas_note_new (TrellisCanvasBox  box,
                         const char       *text)
{
  TrellisCanvasNote *self = g_object_new (TRELLIS_TYPE_CANVAS_NOTE, NULL);

  trellis_canvas_note_set_box (self, box);
  trellis_canvas_note_set_text (self, text);

  return self;
}
