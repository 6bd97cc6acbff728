/* trellis-key-question.h
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-item.h"
#include "trellis-enum-types.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_KEY_QUESTION (trellis_key_question_get_type ())

G_DECLARE_FINAL_TYPE (TrellisKeyQuestion, trellis_key_question, TRELLIS, KEY_QUESTION, TrellisItem)

TrellisKeyQuestion *trellis_key_question_new (const char *question);

G_END_DECLS
