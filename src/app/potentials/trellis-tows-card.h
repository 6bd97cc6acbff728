/* trellis-tows-card.h: one TOWS strategy, with the SWOT items it combines
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "trellis.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_TOWS_CARD (trellis_tows_card_get_type ())

G_DECLARE_FINAL_TYPE (TrellisTowsCard, trellis_tows_card, TRELLIS, TOWS_CARD, GtkWidget)

GtkWidget           *trellis_tows_card_new          (TrellisProject      *project,
                                                     TrellisTowsStrategy *strategy,
                                                     gboolean             editable);
TrellisTowsStrategy *trellis_tows_card_get_strategy (TrellisTowsCard     *self);
void                 trellis_tows_card_refresh      (TrellisTowsCard     *self);
GtkTextView         *trellis_tows_card_get_description_view (TrellisTowsCard *self);
GtkEditableLabel    *trellis_tows_card_get_title_editor (TrellisTowsCard *self);

/* Shared with the TOWS view. */
const char          *_trellis_tows_quadrant_initial (TrellisQuadrant      quadrant);
const char          *_trellis_tows_quadrant_class   (TrellisQuadrant      quadrant);
GtkWidget           *_trellis_tows_chip_new         (TrellisSwotItem     *item,
                                                     int                  max_width_chars);

G_END_DECLS
