/* fuzz-project-load.c: libFuzzer harness for the project loader
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Any input is loaded with trellis_project_load_from_data ().  When it is a
 * project, it is written to bytes and loaded again: the second load must
 * succeed and give an equal project.  A crash, a sanitizer report, a
 * GLib-CRITICAL or a round trip that changes the project is a finding.
 */

#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include "trellis-project-file.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize (int   *argc,
                      char ***argv)
{
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_ERROR);
  g_log_set_handler (NULL, G_LOG_LEVEL_MESSAGE | G_LOG_LEVEL_INFO | G_LOG_LEVEL_DEBUG,
                     g_log_default_handler, NULL);
  return 0;
}

static void
check_round_trip (TrellisProject *project)
{
  g_autoptr(GBytes) bytes = trellis_project_to_bytes (project);
  g_autoptr(TrellisProject) again = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *text = g_bytes_get_data (bytes, &length);

  again = trellis_project_load_from_data (text, length, "round-trip.trellis", &error);
  if (again == NULL)
    {
      g_printerr ("The saved project does not load again: %s\n", error->message);
      abort ();
    }
  if (!trellis_project_equal (project, again))
    {
      g_printerr ("The project changed on a save and load\n");
      abort ();
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(TrellisProject) project = NULL;
  g_autoptr(GError) error = NULL;

  project = trellis_project_load_from_data ((const char *) data, size, "fuzz.trellis", &error);
  if (project == NULL)
    {
      if (error == NULL || error->message == NULL || error->message[0] == '\0')
        {
          g_printerr ("The loader refused the input without a message\n");
          abort ();
        }
      return 0;
    }
  g_assert (error == NULL);
  check_round_trip (project);
  return 0;
}
