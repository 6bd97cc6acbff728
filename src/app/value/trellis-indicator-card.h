/* trellis-indicator-card.h: one indicator of a goal, its progress and measurements
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "trellis.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_INDICATOR_CARD (trellis_indicator_card_get_type ())

G_DECLARE_FINAL_TYPE (TrellisIndicatorCard, trellis_indicator_card, TRELLIS, INDICATOR_CARD, GtkWidget)

GtkWidget        *trellis_indicator_card_new           (TrellisProject       *project,
                                                        TrellisIndicator     *indicator,
                                                        gboolean              editable);
TrellisIndicator *trellis_indicator_card_get_indicator (TrellisIndicatorCard *self);
void              trellis_indicator_card_update        (TrellisIndicatorCard *self);
void              trellis_indicator_card_focus_values  (TrellisIndicatorCard *self);

G_END_DECLS
