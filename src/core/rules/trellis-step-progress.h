/* trellis-step-progress.h: what is filled in for each initiation step
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-project.h"
#include "trellis-types.h"

G_BEGIN_DECLS

/**
 * TrellisStepCheck:
 * @label: (transfer none): what is checked, translated ("Strengths listed")
 * @done: whether the project has it
 *
 * One thing a step of the method asks for.
 */
typedef struct
{
  const char *label;
  gboolean    done;
} TrellisStepCheck;

GPtrArray  *trellis_project_check_step     (TrellisProject *project,
                                            TrellisStep     step);
double      trellis_project_step_fraction  (TrellisProject *project,
                                            TrellisStep     step);

G_END_DECLS
