/* trellis-excellence-private.h: the rules of the minimum requirements the data can answer
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-project.h"
#include "trellis-types.h"

G_BEGIN_DECLS

/* Judges one requirement on @day (a Julian day); @reason gets why, translated. */
typedef TrellisCheckResult (*TrellisExcellenceRule) (TrellisProject  *project,
                                                     guint32          day,
                                                     char           **reason);

TrellisCheckResult _trellis_excellence_check_committed_share (TrellisProject *project, guint32 day, char **reason);
TrellisCheckResult _trellis_excellence_check_composition     (TrellisProject *project, guint32 day, char **reason);
TrellisCheckResult _trellis_excellence_check_management_age  (TrellisProject *project, guint32 day, char **reason);
TrellisCheckResult _trellis_excellence_check_strategy        (TrellisProject *project, guint32 day, char **reason);
TrellisCheckResult _trellis_excellence_check_plan            (TrellisProject *project, guint32 day, char **reason);
TrellisCheckResult _trellis_excellence_check_reviews         (TrellisProject *project, guint32 day, char **reason);
TrellisCheckResult _trellis_excellence_check_monitoring      (TrellisProject *project, guint32 day, char **reason);
TrellisCheckResult _trellis_excellence_check_services        (TrellisProject *project, guint32 day, char **reason);
TrellisCheckResult _trellis_excellence_check_targets         (TrellisProject *project, guint32 day, char **reason);

G_END_DECLS
