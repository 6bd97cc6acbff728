/* trellis-key-question.c
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A key question of the initiation checklist, its answer and whether it is settled.
 * The fields below are the properties and, in this order, the file format.
 */

#define G_LOG_DOMAIN "trellis-key-question"

#include "config.h"

#include "trellis-key-question.h"


struct _TrellisKeyQuestion
{
  TrellisItem parent_instance;
};

G_DEFINE_FINAL_TYPE (TrellisKeyQuestion, trellis_key_question, TRELLIS_TYPE_ITEM)

static void
trellis_key_question_class_init (TrellisKeyQuestionClass *klass)
{
  TrellisItemClass *item_class = TRELLIS_ITEM_CLASS (klass);

  trellis_item_class_set_names (item_class, "key-question", "key-questions", "question");
  trellis_item_class_add_enum (item_class, "step", TRELLIS_TYPE_STEP, 0, TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_boolean (item_class, "done");
  trellis_item_class_add_string (item_class, "question", TRELLIS_FIELD_ELEMENT | TRELLIS_FIELD_REQUIRED);
  trellis_item_class_add_string (item_class, "answer", TRELLIS_FIELD_ELEMENT);
}

static void
trellis_key_question_init (TrellisKeyQuestion *self)
{
}

/**
 * trellis_key_question_new:
 * @question: the question
 *
 * Returns: (transfer full): an unsettled key question without an answer, not
 *   in any project; add it with trellis_project_add_item()
 */
TrellisKeyQuestion *
trellis_key_question_new (const char *question)
{
  TrellisKeyQuestion *self = g_object_new (TRELLIS_TYPE_KEY_QUESTION, NULL);

  trellis_key_question_set_question (self, question);

  return self;
}
