/* trellis-test-utils.h: shared helpers for the test suites
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis.h"

G_BEGIN_DECLS

TrellisProject *trellis_test_build_full_project  (void);
TrellisProject *trellis_test_build_large_project (guint n_actions,
                                                  guint n_stakeholders,
                                                  guint n_notes);
char           *trellis_test_make_tmpdir        (void);
char           *trellis_test_sample_path        (void);
TrellisProject *trellis_test_load_sample        (void);
TrellisStakeholder *trellis_test_add_stakeholder (TrellisProject *project,
                                                  const char     *name,
                                                  const char     *first_property,
                                                  ...) G_GNUC_NULL_TERMINATED;
TrellisStakeholder *trellis_test_find_stakeholder (TrellisProject *project,
                                                   const char     *name);
char           *trellis_test_quadrant_texts     (TrellisProject  *project,
                                                 TrellisQuadrant  quadrant);
void            trellis_test_assert_valid_file  (const char *path);
char           *trellis_test_read_file          (const char *path);
GBytes         *trellis_test_load_bytes         (GFile      *file);
void            trellis_test_isolate_user_data  (const char *tmpdir);
void            trellis_test_remove_tree        (const char *path);
char           *trellis_test_run_poppler        (const char *tool,
                                                 const char *pdf_path);

G_END_DECLS
