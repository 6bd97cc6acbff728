/* trellis-canvas-version.c
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A named, dated version of the Cluster Business Canvas, such as "as-is" or "to-be".
 * The fields below are the properties and, in this order, the file format.
 */

#define G_LOG_DOMAIN "trellis-canvas-version"

#include "config.h"

#include "trellis-canvas-version.h"


struct _TrellisCanvasVersion
{
  TrellisItem parent_instance;
};

G_DEFINE_FINAL_TYPE (TrellisCanvasVersion, trellis_canvas_version, TRELLIS_TYPE_ITEM)

static void
trellis_canvas_version_class_init (TrellisCanvasVersionClass *klass)
{
  TrellisItemClass *item_class = TRELLIS_ITEM_CLASS (klass);

  trellis_item_class_set_names (item_class, "canvas-version", "canvas-versions", "name");
  trellis_item_class_add_string (item_class, "name", TRELLIS_FIELD_REQUIRED);
  trellis_item_class_add_date (item_class, "date", TRELLIS_FIELD_ATTRIBUTE);
}

static void
trellis_canvas_version_init (TrellisCanvasVersion *self)
{
}

/**
 * trellis_canvas_version_new:
 * @name: its name, such as “as is”
 *
 * Returns: (transfer full): a version of the Cluster Business Canvas, not in
 *   any project; add it with trellis_project_add_item()
 */
TrellisCanvasVersion *
trellis_canvas_version_new (const char *name)
{
  TrellisCanvasVersion *self = g_object_new (TRELLIS_TYPE_CANVAS_VERSION, NULL);

  trellis_canvas_version_set_name (self, name);

  return self;
}
