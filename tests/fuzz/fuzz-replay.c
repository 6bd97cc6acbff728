/* fuzz-replay.c: the fuzz harnesses over the corpus, in every build
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs LLVMFuzzerTestOneInput () of a harness (linked in) once on every file
 * under the folders given (data/samples and tests/data, with tests/data/bad
 * and tests/data/fuzz): each finding of the fuzzer, once it is a file there,
 * stays a regression test of the core suite, also in the sanitizer build.
 * Paths are /fuzz/replay/<folder>/<file>.
 */

#include "config.h"

#include <stdint.h>
#include <string.h>
#include <glib.h>

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static void
replay_file (gconstpointer data)
{
  const char *path = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpint (LLVMFuzzerTestOneInput ((const uint8_t *) contents, length), ==, 0);
}

/* Adds a test for every file under @dir, named by its path below @root. */
static void
add_folder (const char *root,
            const char *dir,
            guint      *n_files)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      char *path = g_build_filename (dir, name, NULL);  /* owned by the test */

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          add_folder (root, path, n_files);
          g_free (path);
          continue;
        }
      {
        g_autofree char *top = g_path_get_basename (root);
        g_autofree char *test = g_strdup_printf ("/fuzz/replay/%s%s", top, path + strlen (root));

        g_test_add_data_func_full (test, path, replay_file, g_free);
        (*n_files)++;
      }
    }
}

int
main (int   argc,
      char *argv[])
{
  guint n_files = 0;

  g_test_init (&argc, &argv, NULL);
  LLVMFuzzerInitialize (&argc, &argv);
  for (int i = 1; i < argc; i++)
    add_folder (argv[i], argv[i], &n_files);
  g_assert_cmpuint (n_files, >, 0);
  return g_test_run ();
}
