/* trellis-register-slot.h: a register cell's value, with its editor made on first use
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define TRELLIS_TYPE_REGISTER_SLOT (trellis_register_slot_get_type ())

G_DECLARE_FINAL_TYPE (TrellisRegisterSlot, trellis_register_slot, TRELLIS, REGISTER_SLOT, GtkWidget)

/**
 * TrellisRegisterSlotBuildFunc:
 * @slot: the slot
 * @user_data: the data given to trellis_register_slot_new ()
 *
 * Returns: (transfer floating): the editor of the slot's value
 */
typedef GtkWidget *(*TrellisRegisterSlotBuildFunc) (TrellisRegisterSlot *slot,
                                                    gpointer             user_data);

/**
 * TrellisRegisterSlotStartFunc:
 * @editor: the slot's editor
 * @user_data: the data given to trellis_register_slot_new ()
 *
 * Starts an edit with @editor, as a click on it would (editing a text,
 * opening a list).
 */
typedef void (*TrellisRegisterSlotStartFunc) (GtkWidget *editor,
                                              gpointer   user_data);

GtkWidget *trellis_register_slot_new           (GtkWidget                    *label,
                                                gboolean                      arrow,
                                                TrellisRegisterSlotBuildFunc  build,
                                                TrellisRegisterSlotStartFunc  start,
                                                gpointer                      user_data);
GtkWidget *trellis_register_slot_get_editor    (TrellisRegisterSlot          *self);
GtkWidget *trellis_register_slot_ensure_editor (TrellisRegisterSlot          *self);
void       trellis_register_slot_start         (TrellisRegisterSlot          *self);

G_END_DECLS
