/* trellis-workshop-session.c
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One workshop held with the project open: its name and when it started
 * and ended.  What was added, changed or removed during it are its
 * TrellisWorkshopChange items (trellis-workshop-log.c records them), kept
 * in the file so the minutes can be written later.
 */

#define G_LOG_DOMAIN "trellis-workshop-session"

#include "config.h"

#include "trellis-workshop-session.h"

struct _TrellisWorkshopSession
{
  TrellisItem parent_instance;
};

G_DEFINE_FINAL_TYPE (TrellisWorkshopSession, trellis_workshop_session, TRELLIS_TYPE_ITEM)

static void
trellis_workshop_session_class_init (TrellisWorkshopSessionClass *klass)
{
  TrellisItemClass *item_class = TRELLIS_ITEM_CLASS (klass);

  trellis_item_class_set_names (item_class, "workshop-session", "workshop-sessions", "name");
  /* Most projects never hold one: no empty section in their files. */
  trellis_item_class_set_section_optional (item_class);
  trellis_item_class_add_string (item_class, "name", TRELLIS_FIELD_REQUIRED);
  trellis_item_class_add_string (item_class, "started", TRELLIS_FIELD_DATETIME | TRELLIS_FIELD_REQUIRED);
  trellis_item_class_add_string (item_class, "ended", TRELLIS_FIELD_DATETIME);
}

static void
trellis_workshop_session_init (TrellisWorkshopSession *self)
{
}

/**
 * trellis_workshop_session_new:
 * @name: what the workshop is called ("Kick-off", "SWOT workshop")
 * @started: when it started, as YYYY-MM-DDTHH:MM:SSZ
 *
 * Returns: (transfer full): a session, not in any project
 */
TrellisWorkshopSession *
trellis_workshop_session_new (const char *name,
                              const char *started)
{
  TrellisWorkshopSession *self = g_object_new (TRELLIS_TYPE_WORKSHOP_SESSION, NULL);

  trellis_workshop_session_set_name (self, name);
  trellis_workshop_session_set_started (self, started);

  return self;
}
