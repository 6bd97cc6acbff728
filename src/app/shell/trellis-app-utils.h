/* trellis-app-utils.h: small helpers shared by the application's views
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "trellis.h"
#include "trellis-tools.h"

G_BEGIN_DECLS


void                  trellis_app_bind_text         (gpointer      item,
                                                     const char   *property,
                                                     gpointer      target,
                                                     gboolean      required);
void                  trellis_app_fix_editable_label (GtkEditableLabel *editable_label);
void                  trellis_app_set_drop_mark     (GtkWidget    *widget,
                                                     int           mark);
void                  trellis_app_bind_enum         (gpointer      item,
                                                     const char   *property,
                                                     AdwComboRow  *row);

/**
 * TrellisLazyRebuild:
 *
 * A view that rebuilds itself after changes of the project, in an idle,
 * and only while it is shown: a hidden one is rebuilt when it is mapped.
 * Embed it in the view; the view calls trellis_lazy_rebuild_map() from its
 * map vfunc and trellis_lazy_rebuild_clear() when it rebuilds or goes away.
 */
typedef struct
{
  /*< private >*/
  GtkWidget *widget;
  void     (*rebuild) (GtkWidget *widget);
  guint      source;
  gboolean   stale;
} TrellisLazyRebuild;

void                  trellis_lazy_rebuild_init     (TrellisLazyRebuild *lazy,
                                                     GtkWidget          *widget,
                                                     void              (*rebuild) (GtkWidget *widget));
void                  trellis_lazy_rebuild_queue    (TrellisLazyRebuild *lazy);
void                  trellis_lazy_rebuild_map      (TrellisLazyRebuild *lazy);
void                  trellis_lazy_rebuild_clear    (TrellisLazyRebuild *lazy);

G_END_DECLS
