/* cli-test-utils.h: running trellis-cli from the tests
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis.h"
#include "trellis-test-utils.h"

G_BEGIN_DECLS

/* Each case runs the CLI in its own folder, with its own registry. */
typedef struct
{
  char *dir;        /* the CLI's working folder */
  char *registry;   /* its $TRELLIS_REGISTRY */
  int   status;     /* of the last run */
  char *out;
  char *err;
} CliFixture;

void            cli_fixture_set_up    (CliFixture         *f,
                                       gconstpointer       data);
void            cli_fixture_tear_down (CliFixture         *f,
                                       gconstpointer       data);
void            cli_set_locale        (const char         *locale);
void            cli_run_argv          (CliFixture         *f,
                                       const char * const *args);
void            cli_assert_status     (CliFixture         *f,
                                       int                 expected);
void            cli_assert_contains   (const char         *haystack,
                                       const char         *needle);
void            cli_assert_matches    (const char         *text,
                                       const char         *pattern);
void            cli_assert_json       (const char         *text);
char           *cli_path_in           (CliFixture         *f,
                                       const char         *name);
TrellisProject *cli_load              (const char         *path);
void            cli_write_file        (CliFixture         *f,
                                       const char         *name,
                                       const char         *contents);
gboolean        cli_have_sample       (void);
char           *cli_copy_sample       (CliFixture         *f,
                                       const char         *name);
char           *cli_run_python        (const char         *script,
                                       const char         *input);
void            cli_assert_warnings_printed (const char     *out,
                                             TrellisProject *project);
void            cli_new_project       (CliFixture         *f,
                                       const char         *name,
                                       const char         *project_name,
                                       const char         *template_);

/* cli_run (f, "validate", "plan.trellis"): runs trellis-cli with those arguments */
#define cli_run(f, ...) cli_run_argv (f, (const char * const[]) { __VA_ARGS__, NULL })

G_END_DECLS
