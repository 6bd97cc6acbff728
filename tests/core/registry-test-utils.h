/* registry-test-utils.h: the fixture shared by the registry tests
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-test-utils.h"

G_BEGIN_DECLS

/* Each case works in its own folder under the isolated cache dir, which
 * G_TEST_OPTION_ISOLATE_DIRS removes afterwards. */
typedef struct
{
  char            *dir;
  char            *db_path;
  TrellisRegistry *registry;
} Fixture;

void
set_up (Fixture       *fixture,
        gconstpointer  data);

void
tear_down (Fixture       *fixture,
           gconstpointer  data);

void
open_registry (Fixture *fixture);

TrellisProject *
make_project (const char *name,
              const char *cluster,
              const char *region,
              const char *description);

GFile *
file_in (Fixture    *fixture,
         const char *name);

void
add (Fixture    *fixture,
     const char *file_name,
     const char *name,
     const char *cluster,
     const char *region,
     const char *description);

char *
names_of (GPtrArray *entries);

char *
search_names (Fixture    *fixture,
              const char *text);

char *
list_names (Fixture *fixture);

void
assert_search (Fixture    *fixture,
               const char *text,
               const char *expected);

void
assert_list (Fixture    *fixture,
             const char *expected);

TrellisRegistryEntry *
lookup (Fixture    *fixture,
        const char *file_name);

void
exec_on_file (const char *db_path,
              const char *sql);

GFile *
save_project (Fixture    *fixture,
              const char *relative_path,
              const char *name);

void
add_test (const char *path,
          void      (*func) (Fixture *, gconstpointer));

G_END_DECLS
