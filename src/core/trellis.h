/* trellis.h: the whole core library
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-types.h"
#include "trellis-enum-types.h"
#include "trellis-enum-labels.h"
#include "trellis-item.h"
#include "trellis-header.h"
#include "trellis-key-question.h"
#include "trellis-swot-item.h"
#include "trellis-tows-strategy.h"
#include "trellis-stakeholder.h"
#include "trellis-canvas-version.h"
#include "trellis-canvas-note.h"
#include "trellis-goal.h"
#include "trellis-indicator.h"
#include "trellis-measurement.h"
#include "trellis-action.h"
#include "trellis-milestone.h"
#include "trellis-service.h"
#include "trellis-review.h"
#include "trellis-status-override.h"
#include "trellis-snapshot.h"
#include "trellis-snapshot-entry.h"
#include "trellis-self-check.h"
#include "trellis-history.h"
#include "trellis-project.h"
#include "trellis-project-file.h"
#include "trellis-lock.h"
#include "trellis-templates.h"
#include "trellis-recovery.h"
#include "trellis-step-progress.h"
#include "trellis-registry.h"
#include "trellis-swot.h"
