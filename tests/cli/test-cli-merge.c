/* test-cli-merge.c: `trellis-cli merge`, `merge-driver` and `git-setup`,
 * and a real `git merge` of two branches through the driver
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cli-test-utils.h"

/* Saves the sample, changed by @edit, as @name in the test's folder. */
static char *
write_version (CliFixture *f,
               const char *name,
               void      (*edit) (TrellisHeader *header))
{
  g_autoptr(TrellisProject) project = trellis_test_load_sample ();
  g_autofree char *path = cli_path_in (f, name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  if (edit != NULL)
    edit (trellis_project_get_header (project));
  g_assert_true (trellis_project_save_copy (project, file, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

static void set_our_region (TrellisHeader *h) { trellis_header_set_region (h, "Our region"); }
static void set_their_cluster (TrellisHeader *h) { trellis_header_set_cluster (h, "Their cluster"); }
static void set_our_name (TrellisHeader *h) { trellis_header_set_name (h, "Our name"); }
static void set_their_name (TrellisHeader *h) { trellis_header_set_name (h, "Their name"); }

static void
assert_header (const char *path,
               const char *name,
               const char *region,
               const char *cluster,
               guint       n_conflicts)
{
  g_autoptr(TrellisProject) project = cli_load (path);
  TrellisHeader *header = trellis_project_get_header (project);

  trellis_test_assert_valid_file (path);
  g_assert_cmpstr (trellis_header_get_name (header), ==, name);
  g_assert_cmpstr (trellis_header_get_region (header), ==, region);
  g_assert_cmpstr (trellis_header_get_cluster (header), ==, cluster);
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_MERGE_CONFLICT), ==, n_conflicts);
}

static void
test_merge_clean (CliFixture    *f,
                  gconstpointer  data)
{
  g_autofree char *base = write_version (f, "base.trellis", NULL);
  g_autofree char *ours = write_version (f, "ours.trellis", set_our_region);
  g_autofree char *theirs = write_version (f, "theirs.trellis", set_their_cluster);
  g_autofree char *out = cli_path_in (f, "out.trellis");
  g_autoptr(TrellisProject) sample = trellis_test_load_sample ();

  cli_run (f, "merge", "base.trellis", "ours.trellis", "theirs.trellis", "-o", "out.trellis");
  cli_assert_status (f, 0);
  g_assert_cmpstr (f->out, ==, "");
  assert_header (out, trellis_project_get_name (sample), "Our region", "Their cluster", 0);
}

static void
test_merge_conflicts (CliFixture    *f,
                      gconstpointer  data)
{
  g_autofree char *base = write_version (f, "base.trellis", NULL);
  g_autofree char *ours = write_version (f, "ours.trellis", set_our_name);
  g_autofree char *theirs = write_version (f, "theirs.trellis", set_their_name);
  g_autofree char *out = cli_path_in (f, "out.trellis");
  g_autoptr(TrellisProject) sample = trellis_test_load_sample ();
  TrellisHeader *header = trellis_project_get_header (sample);

  cli_run (f, "merge", "base.trellis", "ours.trellis", "theirs.trellis", "-o", "out.trellis");
  cli_assert_status (f, 1);
  g_assert_cmpstr (f->out, ==, "conflict: “Our name”, Project Name: ours “Our name”, theirs “Their name”\n");
  assert_header (out, "Our name", trellis_header_get_region (header),
                 trellis_header_get_cluster (header), 1);
}

static void
test_merge_errors (CliFixture    *f,
                   gconstpointer  data)
{
  g_autofree char *base = write_version (f, "base.trellis", NULL);

  cli_run (f, "merge", "base.trellis", "missing.trellis", "base.trellis", "-o", "out.trellis");
  cli_assert_status (f, 2);
  cli_assert_contains (f->err, "missing.trellis");
  cli_run (f, "merge", "base.trellis", "base.trellis", "base.trellis");
  cli_assert_status (f, 2);
  cli_run (f, "merge", "--help");
  cli_assert_status (f, 0);
  cli_assert_contains (f->out, "Exit status: 0 merged cleanly, 1 merged with conflicts");
  cli_run (f, "merge-driver", "--help");
  cli_assert_status (f, 0);
  cli_assert_contains (f->out, "%O");
  cli_run (f, "git-setup", "--help");
  cli_assert_status (f, 0);
  cli_assert_contains (f->out, ".gitattributes");
}

/* The driver as git calls it, by hand: the merge goes into OURS. */
static void
test_merge_driver (CliFixture    *f,
                   gconstpointer  data)
{
  g_autofree char *base = write_version (f, "base.trellis", NULL);
  g_autofree char *ours = write_version (f, "ours.trellis", set_our_region);
  g_autofree char *theirs = write_version (f, "theirs.trellis", set_their_cluster);
  g_autoptr(TrellisProject) sample = trellis_test_load_sample ();

  cli_run (f, "merge-driver", "base.trellis", "ours.trellis", "theirs.trellis", "plan.trellis");
  cli_assert_status (f, 0);
  assert_header (ours, trellis_project_get_name (sample), "Our region", "Their cluster", 0);
}

/* Runs git in @dir, asserting the exit status. */
static char *
git (const char *dir,
     int         expected,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;
  const char *arg;
  va_list args;

  g_ptr_array_add (argv, (gpointer) "git");
  g_ptr_array_add (argv, (gpointer) "-C");
  g_ptr_array_add (argv, (gpointer) dir);
  va_start (args, expected);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!WIFEXITED (status) || WEXITSTATUS (status) != expected)
    g_error ("git %s: status %d, expected %d\n%s\n%s", (char *) argv->pdata[3], status, expected,
             out, err);
  return out;
}

static void
save_header_change (const char *path,
                    void      (*edit) (TrellisHeader *header))
{
  g_autoptr(TrellisProject) project = cli_load (path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  edit (trellis_project_get_header (project));
  g_assert_true (trellis_project_save_copy (project, file, &error));
  g_assert_no_error (error);
}

/* A repository with the sample committed on main and git-setup done. */
static char *
make_repository (CliFixture *f)
{
  g_autofree char *repo = cli_path_in (f, "repo");
  g_autofree char *attributes = NULL;
  g_autofree char *driver = NULL;
  g_autofree char *text = NULL;
  g_autoptr(TrellisProject) sample = trellis_test_load_sample ();
  g_autofree char *plan = g_build_filename (repo, "plan.trellis", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (plan);

  g_free (git (f->dir, 0, "init", "-q", "-b", "main", "repo", NULL));
  g_free (git (repo, 0, "config", "user.name", "Trellis Test", NULL));
  g_free (git (repo, 0, "config", "user.email", "test@example.org", NULL));
  g_free (git (repo, 0, "config", "commit.gpgsign", "false", NULL));
  g_assert_true (trellis_project_save_copy (sample, file, NULL));

  cli_run (f, "git-setup", "repo");
  cli_assert_status (f, 0);
  cli_assert_contains (f->out, "Added “*.trellis merge=trellis”");
  attributes = g_build_filename (repo, ".gitattributes", NULL);
  text = trellis_test_read_file (attributes);
  g_assert_cmpstr (text, ==, "*.trellis merge=trellis\n");
  driver = git (repo, 0, "config", "merge.trellis.driver", NULL);
  g_assert_true (g_str_has_suffix (driver, "trellis-cli' merge-driver %O %A %B %P\n"));
  g_assert_true (driver[0] == '\'' && g_path_is_absolute (driver + 1));
  /* Twice changes nothing. */
  cli_run (f, "git-setup", "repo");
  cli_assert_status (f, 0);
  g_free (text);
  text = trellis_test_read_file (attributes);
  g_assert_cmpstr (text, ==, "*.trellis merge=trellis\n");

  g_free (git (repo, 0, "add", ".gitattributes", "plan.trellis", NULL));
  g_free (git (repo, 0, "commit", "-q", "-m", "Plan", NULL));
  return g_steal_pointer (&repo);
}

static void
branch_and_edit (const char *repo,
                 void      (*ours) (TrellisHeader *header),
                 void      (*theirs) (TrellisHeader *header))
{
  g_autofree char *plan = g_build_filename (repo, "plan.trellis", NULL);

  g_free (git (repo, 0, "checkout", "-q", "-b", "group", NULL));
  save_header_change (plan, theirs);
  g_free (git (repo, 0, "commit", "-q", "-a", "-m", "Group", NULL));
  g_free (git (repo, 0, "checkout", "-q", "main", NULL));
  save_header_change (plan, ours);
  g_free (git (repo, 0, "commit", "-q", "-a", "-m", "Main", NULL));
}

/* build-aux/deps.sh installs git; elsewhere the git cases are skipped. */
static gboolean
have_git (void)
{
  g_autofree char *git_path = g_find_program_in_path ("git");

  if (git_path == NULL)
    g_test_skip ("git is not installed");
  return git_path != NULL;
}

static void
test_git_merge_clean (CliFixture    *f,
                      gconstpointer  data)
{
  g_autofree char *repo = have_git () ? make_repository (f) : NULL;
  g_autofree char *plan = g_build_filename (repo, "plan.trellis", NULL);
  g_autoptr(TrellisProject) sample = trellis_test_load_sample ();

  if (repo == NULL)
    return;
  branch_and_edit (repo, set_our_region, set_their_cluster);
  g_free (git (repo, 0, "merge", "-q", "--no-edit", "group", NULL));
  assert_header (plan, trellis_project_get_name (sample), "Our region", "Their cluster", 0);
  g_free (git (repo, 0, "diff", "--quiet", "HEAD", NULL));
}

static void
test_git_merge_conflict (CliFixture    *f,
                         gconstpointer  data)
{
  g_autofree char *repo = have_git () ? make_repository (f) : NULL;
  g_autofree char *plan = g_build_filename (repo, "plan.trellis", NULL);
  g_autofree char *status = NULL;
  g_autoptr(TrellisProject) sample = trellis_test_load_sample ();
  TrellisHeader *header = trellis_project_get_header (sample);

  if (repo == NULL)
    return;
  branch_and_edit (repo, set_our_name, set_their_name);
  g_free (git (repo, 1, "merge", "-q", "--no-edit", "group", NULL));
  /* git reports the conflict; the file is a valid project with ours and the conflict. */
  status = git (repo, 0, "status", "--porcelain", NULL);
  g_assert_cmpstr (status, ==, "UU plan.trellis\n");
  assert_header (plan, "Our name", trellis_header_get_region (header),
                 trellis_header_get_cluster (header), 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add ("/cli/merge/" path, CliFixture, NULL, cli_fixture_set_up, func, cli_fixture_tear_down)
  ADD ("clean", test_merge_clean);
  ADD ("conflicts", test_merge_conflicts);
  ADD ("errors", test_merge_errors);
  ADD ("driver", test_merge_driver);
  ADD ("git-clean", test_git_merge_clean);
  ADD ("git-conflict", test_git_merge_conflict);
#undef ADD

  return g_test_run ();
}
