/* trellis-plan-check-warning.c: one warning of the plan check, as an item of a list model
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plan check lists trellis_plan_list_warnings () in a grid view of
 * recycled rows; GTK 4.8 has no section headers, so the first warning of
 * each kind carries the size of its group and its row shows the group's
 * heading (n_of_kind > 0).
 */

#define G_LOG_DOMAIN "trellis-plan-check"

#include "config.h"

#include "trellis-plan-check-warning.h"

struct _TrellisPlanCheckWarning
{
  GObject                 parent_instance;

  TrellisPlanWarningKind  kind;
  TrellisItem            *item;
  char                   *message;
  guint                   n_of_kind;
};

G_DEFINE_FINAL_TYPE (TrellisPlanCheckWarning, trellis_plan_check_warning, G_TYPE_OBJECT)

static void
trellis_plan_check_warning_finalize (GObject *object)
{
  TrellisPlanCheckWarning *self = TRELLIS_PLAN_CHECK_WARNING (object);

  g_clear_object (&self->item);
  g_clear_pointer (&self->message, g_free);

  G_OBJECT_CLASS (trellis_plan_check_warning_parent_class)->finalize (object);
}

static void
trellis_plan_check_warning_class_init (TrellisPlanCheckWarningClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = trellis_plan_check_warning_finalize;
}

static void
trellis_plan_check_warning_init (TrellisPlanCheckWarning *self)
{
}

/**
 * trellis_plan_check_warning_new:
 * @n_of_kind: how many warnings of its kind there are, if it is the
 *   first of them; else 0
 *
 * Returns: (transfer full): a copy of @warning
 */
TrellisPlanCheckWarning *
trellis_plan_check_warning_new (const TrellisPlanWarning *warning,
                                guint                     n_of_kind)
{
  TrellisPlanCheckWarning *self = g_object_new (TRELLIS_TYPE_PLAN_CHECK_WARNING, NULL);

  self->kind = warning->kind;
  self->item = g_object_ref (warning->item);
  self->message = g_strdup (warning->message);
  self->n_of_kind = n_of_kind;
  return self;
}

TrellisPlanWarningKind
trellis_plan_check_warning_get_kind (TrellisPlanCheckWarning *self)
{
  g_return_val_if_fail (TRELLIS_IS_PLAN_CHECK_WARNING (self), 0);

  return self->kind;
}

/**
 * trellis_plan_check_warning_get_item:
 *
 * Returns: (transfer none): the item the warning is about
 */
TrellisItem *
trellis_plan_check_warning_get_item (TrellisPlanCheckWarning *self)
{
  g_return_val_if_fail (TRELLIS_IS_PLAN_CHECK_WARNING (self), NULL);

  return self->item;
}

const char *
trellis_plan_check_warning_get_message (TrellisPlanCheckWarning *self)
{
  g_return_val_if_fail (TRELLIS_IS_PLAN_CHECK_WARNING (self), NULL);

  return self->message;
}

/**
 * trellis_plan_check_warning_get_n_of_kind:
 *
 * Returns: the size of its group if it is the group's first warning, else 0
 */
guint
trellis_plan_check_warning_get_n_of_kind (TrellisPlanCheckWarning *self)
{
  g_return_val_if_fail (TRELLIS_IS_PLAN_CHECK_WARNING (self), 0);

  return self->n_of_kind;
}
