/* trellis-registry-entry.h: one row of the project registry, for list views
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define TRELLIS_TYPE_REGISTRY_ENTRY (trellis_registry_entry_get_type ())

G_DECLARE_FINAL_TYPE (TrellisRegistryEntry, trellis_registry_entry,
                      TRELLIS, REGISTRY_ENTRY, GObject)

const char *trellis_registry_entry_get_uuid           (TrellisRegistryEntry *self);
const char *trellis_registry_entry_get_path           (TrellisRegistryEntry *self);
const char *trellis_registry_entry_get_name           (TrellisRegistryEntry *self);
const char *trellis_registry_entry_get_cluster        (TrellisRegistryEntry *self);
const char *trellis_registry_entry_get_region         (TrellisRegistryEntry *self);
const char *trellis_registry_entry_get_sector         (TrellisRegistryEntry *self);
const char *trellis_registry_entry_get_stage          (TrellisRegistryEntry *self);
const char *trellis_registry_entry_get_modified       (TrellisRegistryEntry *self);
const char *trellis_registry_entry_get_last_opened    (TrellisRegistryEntry *self);
const char *trellis_registry_entry_get_description    (TrellisRegistryEntry *self);
const char *trellis_registry_entry_get_light          (TrellisRegistryEntry *self);
const char *trellis_registry_entry_get_light_as_of    (TrellisRegistryEntry *self);
const char *trellis_registry_entry_get_light_reason   (TrellisRegistryEntry *self);
int         trellis_registry_entry_get_revision       (TrellisRegistryEntry *self);
int         trellis_registry_entry_get_n_swot         (TrellisRegistryEntry *self);
int         trellis_registry_entry_get_n_stakeholders (TrellisRegistryEntry *self);
int         trellis_registry_entry_get_n_goals        (TrellisRegistryEntry *self);
int         trellis_registry_entry_get_n_actions      (TrellisRegistryEntry *self);
int         trellis_registry_entry_get_n_milestones   (TrellisRegistryEntry *self);
gboolean    trellis_registry_entry_get_missing        (TrellisRegistryEntry *self);
GFile      *trellis_registry_entry_dup_file           (TrellisRegistryEntry *self);

G_END_DECLS
