/* trellis-app-utils.c: small helpers shared by the application's views
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "trellis-app-utils"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-app-utils.h"

/**
 * trellis_app_stage_title:
 *
 * Returns: (transfer none): the translated name of @stage
 */
const char *
trellis_app_stage_title (TrellisStage stage)
{
  switch (stage)
    {
    case TRELLIS_STAGE_INITIATION:
      return _("Initiation");
    case TRELLIS_STAGE_ESTABLISHMENT:
      return _("Establishment");
    case TRELLIS_STAGE_OPERATIONALISATION:
      return _("Operationalisation");
    case TRELLIS_STAGE_TRANSFORMATION:
      return _("Transformation");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * trellis_app_stage_title_for_nick:
 * @nick: (nullable): a stage as the file and the registry store it ("initiation")
 *
 * Returns: (transfer none) (nullable): the translated name, %NULL for no or
 *   an unknown stage (a registry written by a newer Trellis)
 */
const char *
trellis_app_stage_title_for_nick (const char *nick)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *value;

  if (nick == NULL)
    return NULL;

  klass = g_type_class_ref (TRELLIS_TYPE_STAGE);
  value = g_enum_get_value_by_nick (klass, nick);
  return value != NULL ? trellis_app_stage_title (value->value) : NULL;
}
