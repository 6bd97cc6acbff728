/* trellis-lazy-bin.c: a place for a widget that is built when first shown
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The project view holds one per page, and a page one per tool: an empty
 * widget that costs nothing until it is mapped (a stack shows it) or its
 * child is asked for; then it builds its child, once, and emits "built".
 */

#define G_LOG_DOMAIN "trellis-lazy-bin"

#include "config.h"

#include "trellis-lazy-bin.h"

struct _TrellisLazyBin
{
  GtkWidget             parent_instance;

  TrellisLazyBuildFunc  build;
  gpointer              user_data;
  GDestroyNotify        destroy;
  GtkWidget            *child;
};

G_DEFINE_FINAL_TYPE (TrellisLazyBin, trellis_lazy_bin, GTK_TYPE_WIDGET)

enum {
  BUILT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
trellis_lazy_bin_map (GtkWidget *widget)
{
  /* Built before the bin maps its children, so the child maps with it. */
  trellis_lazy_bin_get_child (TRELLIS_LAZY_BIN (widget));

  GTK_WIDGET_CLASS (trellis_lazy_bin_parent_class)->map (widget);
}

static void
trellis_lazy_bin_dispose (GObject *object)
{
  TrellisLazyBin *self = TRELLIS_LAZY_BIN (object);

  g_clear_pointer (&self->child, gtk_widget_unparent);
  if (self->destroy != NULL)
    g_clear_pointer (&self->user_data, self->destroy);

  G_OBJECT_CLASS (trellis_lazy_bin_parent_class)->dispose (object);
}

static void
trellis_lazy_bin_class_init (TrellisLazyBinClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trellis_lazy_bin_dispose;
  widget_class->map = trellis_lazy_bin_map;

  /**
   * TrellisLazyBin::built:
   * @child: the widget just built
   */
  signals[BUILT] = g_signal_new ("built", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, GTK_TYPE_WIDGET);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
trellis_lazy_bin_init (TrellisLazyBin *self)
{
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
}

/**
 * trellis_lazy_bin_new:
 * @build: builds the child, once
 * @destroy: (nullable): frees @user_data when the bin goes
 *
 * Returns: (transfer floating): an empty bin
 */
GtkWidget *
trellis_lazy_bin_new (TrellisLazyBuildFunc build,
                      gpointer             user_data,
                      GDestroyNotify       destroy)
{
  TrellisLazyBin *self;

  g_return_val_if_fail (build != NULL, NULL);

  self = g_object_new (TRELLIS_TYPE_LAZY_BIN, NULL);
  self->build = build;
  self->user_data = user_data;
  self->destroy = destroy;
  return GTK_WIDGET (self);
}

/**
 * trellis_lazy_bin_get_child:
 *
 * Builds the child if it is not built yet.
 *
 * Returns: (transfer none): the child
 */
GtkWidget *
trellis_lazy_bin_get_child (TrellisLazyBin *self)
{
  g_return_val_if_fail (TRELLIS_IS_LAZY_BIN (self), NULL);

  if (self->child == NULL && !gtk_widget_in_destruction (GTK_WIDGET (self)))
    {
      self->child = self->build (self->user_data);
      gtk_widget_set_parent (self->child, GTK_WIDGET (self));
      g_signal_emit (self, signals[BUILT], 0, self->child);
    }
  return self->child;
}

/**
 * trellis_lazy_bin_peek_child:
 *
 * Returns: (transfer none) (nullable): the child, %NULL until it is built
 */
GtkWidget *
trellis_lazy_bin_peek_child (TrellisLazyBin *self)
{
  g_return_val_if_fail (TRELLIS_IS_LAZY_BIN (self), NULL);

  return self->child;
}
