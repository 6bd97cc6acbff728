/* trellis-register-choice.h: a register cell's choice among an enumeration's values
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define TRELLIS_TYPE_REGISTER_CHOICE (trellis_register_choice_get_type ())

G_DECLARE_FINAL_TYPE (TrellisRegisterChoice, trellis_register_choice, TRELLIS, REGISTER_CHOICE, GtkWidget)

GtkWidget *trellis_register_choice_new          (GType                  enum_type);
guint      trellis_register_choice_get_selected (TrellisRegisterChoice *self);
void       trellis_register_choice_set_selected (TrellisRegisterChoice *self,
                                                 guint                  selected);
void       trellis_register_choice_set_editable (TrellisRegisterChoice *self,
                                                 gboolean               editable);
void       trellis_register_choice_set_title    (TrellisRegisterChoice *self,
                                                 const char            *title);
void       trellis_register_choice_popup        (TrellisRegisterChoice *self);

G_END_DECLS
