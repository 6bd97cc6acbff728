/* test-crash-recovery.c: autosave and recovery after a crash, paths /ui/crash-recovery/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The crash is real: this program runs itself again as a child ("--child
 * FILE"), which opens FILE in the real application, edits it through the
 * overview page and waits for the autosave timer; the parent kills it with
 * SIGKILL once the recovery copy is written, then starts the application
 * itself and answers the offer.  Both share XDG_DATA_HOME (so the recovery
 * folder), DISPLAY and the D-Bus session.  Every case runs in a test
 * subprocess of its own, with its own XDG_DATA_HOME: a process has one
 * application, which makes its offer once.
 *
 * Settings: the test environment uses GSETTINGS_BACKEND=memory, so each
 * process has its own settings; the child sets autosave-interval itself,
 * in-process, once its window is up (the window follows the key's
 * changes).  10 s is the schema's minimum, so the sigkill case takes
 * about 11 s.
 *
 * Needs a display: meson runs the suite under xvfb-run (build-aux/test);
 * without one the program exits 77 and meson reports it skipped.
 */

#include "config.h"

#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "trellis-application.h"
#include "trellis-window.h"
#include "trellis-test-utils.h"
#include "ui-test-utils.h"

#define APP_TEST_ID       "io.github.trellis.Trellis.Test.CrashRecovery"
#define COPY_TIMEOUT_USEC (40 * G_USEC_PER_SEC)
#define CLUSTER_ROW_TITLE "Cluster organisation"
#define EDITED_CLUSTER    "Edited before the crash"
#define ORPHAN_CLUSTER    "Edited by a process that ended"
#define CLEAN_CLUSTER     "Edited and then saved"

static TrellisApplication *app;
static char *tmpdir;

/* Helpers */

/* One application per process, as in real use (it names the program
 * once, and makes its recovery offer once): each case runs in a
 * subprocess of its own (run_in_subprocess ()). */
static void
start_app (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (app);
  app = trellis_application_new (APP_TEST_ID,
                                 G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
}

static void
stop_app (void)
{
  ui_test_destroy_all_windows ();
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
  g_clear_object (&app);
}

/* Runs the case again as `-p PATH` in a new process, with its own folder
 * and XDG_DATA_HOME (main () makes them). */
static gboolean
run_in_subprocess (guint64 timeout_usec)
{
  if (g_test_subprocess ())
    return FALSE;

  g_test_trap_subprocess (NULL, timeout_usec,
                          G_TEST_SUBPROCESS_INHERIT_STDOUT | G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  return TRUE;
}

static guint
count_message_dialogs (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();
  guint n = 0;

  for (GList *l = toplevels; l != NULL; l = l->next)
    n += ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data);

  return n;
}

/* Answers as a click would: the response, then the dialog goes. */
static TrellisWindow *
find_project_window (void)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    {
      if (TRELLIS_IS_WINDOW (l->data) && trellis_window_get_project (l->data) != NULL)
        return l->data;
    }

  return NULL;
}

static guint
count_project_windows (void)
{
  guint n = 0;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    n += TRELLIS_IS_WINDOW (l->data) && trellis_window_get_project (l->data) != NULL;

  return n;
}

static char *
dup_cluster (TrellisProject *project)
{
  return g_strdup (trellis_header_get_cluster (trellis_project_get_header (project)));
}

/* Saves a project to @basename and gives its UUID and bytes on disk. */
static GFile *
write_project (const char  *basename,
               char       **out_uuid,
               GBytes     **out_bytes)
{
  g_autoptr(TrellisProject) project = trellis_test_build_full_project ();
  g_autoptr(GFile) file = ui_test_write_project (tmpdir, basename, project);

  *out_uuid = g_strdup (trellis_project_get_uuid (project));
  *out_bytes = trellis_test_load_bytes (file);
  return g_steal_pointer (&file);
}

static void
assert_file_unchanged (GFile  *file,
                       GBytes *before)
{
  g_autoptr(GBytes) now = trellis_test_load_bytes (file);

  g_assert_true (g_bytes_equal (now, before));
}

/* The copy of the project @uuid (named by its UUID and its file's path;
 * these tests open one file per project), or where it would be. */
static char *
recovery_path (const char *uuid,
               const char *extension)
{
  g_autoptr(GFile) directory = trellis_recovery_get_directory ();
  g_autoptr(GDir) dir = g_dir_open (g_file_peek_path (directory), 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, uuid) && g_str_has_suffix (name, extension))
      return g_build_filename (g_file_peek_path (directory), name, NULL);
  return g_strconcat (g_file_peek_path (directory), G_DIR_SEPARATOR_S, uuid, extension, NULL);
}

static gint64
read_info_pid (const char *uuid)
{
  g_autofree char *path = recovery_path (uuid, ".info");
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  gint64 pid;

  g_key_file_load_from_file (key_file, path, G_KEY_FILE_NONE, &error);
  g_assert_no_error (error);
  pid = g_key_file_get_int64 (key_file, "Recovery", "pid", &error);
  g_assert_no_error (error);
  return pid;
}

/* Whether the recovery copy of @uuid exists and holds @text. */
static gboolean
copy_has (const char *uuid,
          const char *text)
{
  g_autofree char *path = recovery_path (uuid, ".trellis");
  g_autofree char *contents = NULL;

  return g_file_get_contents (path, &contents, NULL, NULL) && strstr (contents, text) != NULL;
}

/* Whether the recovery copy of @uuid holds @text and its .info, which is
 * written after it, is there too. */
static gboolean
copy_complete (const char *uuid,
               const char *text)
{
  g_autofree char *info = recovery_path (uuid, ".info");

  return copy_has (uuid, text) && g_file_test (info, G_FILE_TEST_EXISTS);
}

static gboolean
recovery_exists (const char *uuid)
{
  g_autofree char *copy = recovery_path (uuid, ".trellis");
  g_autofree char *info = recovery_path (uuid, ".info");

  return g_file_test (copy, G_FILE_TEST_EXISTS) || g_file_test (info, G_FILE_TEST_EXISTS);
}

static GSubprocess *
spawn_self (const char *mode,
            GFile      *file)
{
  g_autofree char *self_path = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_NONE);
  g_autoptr(GError) error = NULL;
  GSubprocess *child;

  g_assert_nonnull (self_path);
  /* Inherited anyway; set so that the shared folder is plain to see. */
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", g_get_user_data_dir (), TRUE);
  child = g_subprocess_launcher_spawn (launcher, &error, self_path, mode, path, NULL);
  g_assert_no_error (error);
  return child;
}

static void
on_child_exited_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  gboolean *exited = user_data;

  g_subprocess_wait_finish (G_SUBPROCESS (source), result, NULL);
  *exited = TRUE;
}

/* The child: --child FILE */

static int
run_child (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autofree char *cluster = NULL;
  TrellisWindow *window;
  GtkWidget *row;

  /* A parent that fails an assertion leaves no child behind, which would
   * keep the test's output open until meson's timeout. */
  prctl (PR_SET_PDEATHSIG, SIGKILL);

  start_app ();
  g_application_hold (G_APPLICATION (app));
  g_application_open (G_APPLICATION (app), &file, 1, "");
  window = find_project_window ();
  g_assert_nonnull (window);
  ui_test_iterate_until_mapped (GTK_WIDGET (window));

  settings = g_settings_new (APP_ID);
  g_settings_set_uint (settings, "autosave-interval", 10);

  row = ui_test_find_row (GTK_WIDGET (window), CLUSTER_ROW_TITLE);
  g_assert_true (ADW_IS_ENTRY_ROW (row));
  g_assert_true (gtk_widget_get_mapped (row));
  gtk_editable_set_text (GTK_EDITABLE (row), EDITED_CLUSTER);
  cluster = dup_cluster (trellis_window_get_project (window));
  g_assert_cmpstr (cluster, ==, EDITED_CLUSTER);
  g_assert_true (trellis_project_get_dirty (trellis_window_get_project (window)));

  /* Until SIGKILL: nothing here saves, only the autosave timer writes. */
  g_main_loop_run (loop);

  return 0;
}

/* The orphan writer: --orphan FILE writes a recovery copy of an edit to
 * FILE and ends without deleting it, as a crash would. */
static int
run_orphan (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(TrellisProject) project = trellis_project_load (file, &error);

  g_assert_no_error (error);
  trellis_header_set_cluster (trellis_project_get_header (project), ORPHAN_CLUSTER);
  g_assert_true (trellis_project_get_dirty (project));
  trellis_recovery_save (project, file, &error);
  g_assert_no_error (error);
  _exit (0);
}

/* Tests */

static void
sigkill_case (void)
{
  g_autofree char *uuid = NULL;
  g_autoptr(GBytes) original = NULL;
  g_autoptr(GFile) file = write_project ("crashed.trellis", &uuid, &original);
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(TrellisLock) lock = NULL;
  g_autofree char *cluster = NULL;
  gint64 deadline = g_get_monotonic_time () + COPY_TIMEOUT_USEC;
  gboolean exited = FALSE;
  AdwMessageDialog *dialog;
  TrellisWindow *window;
  TrellisProject *project;
  GtkWidget *row;

  g_assert_false (recovery_exists (uuid));
  child = spawn_self ("--child", file);
  g_subprocess_wait_async (child, NULL, on_child_exited_cb, &exited);
  while (!copy_complete (uuid, EDITED_CLUSTER) && !exited && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (G_USEC_PER_SEC / 10);
    }
  g_assert_false (exited);
  g_assert_true (copy_complete (uuid, EDITED_CLUSTER));
  g_assert_cmpint (read_info_pid (uuid), ==, atoi (g_subprocess_get_identifier (child)));

  g_subprocess_send_signal (child, SIGKILL);
  while (!exited)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_subprocess_get_if_signaled (child));
  g_assert_cmpint (g_subprocess_get_term_sig (child), ==, SIGKILL);
  assert_file_unchanged (file, original);

  start_app ();
  g_application_activate (G_APPLICATION (app));
  g_assert_cmpuint (count_message_dialogs (), ==, 1);
  dialog = ui_test_find_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Restore Unsaved Changes?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Test & <Cluster> “quoted”"));
  ui_test_iterate_until_mapped (GTK_WIDGET (dialog));
  g_assert_null (find_project_window ());
  ui_test_respond (dialog, "restore");

  g_assert_cmpuint (count_project_windows (), ==, 1);
  window = find_project_window ();
  ui_test_iterate_until_mapped (GTK_WIDGET (window));
  project = trellis_window_get_project (window);
  cluster = dup_cluster (project);
  g_assert_cmpstr (cluster, ==, EDITED_CLUSTER);
  row = ui_test_find_row (GTK_WIDGET (window), CLUSTER_ROW_TITLE);
  g_assert_true (ADW_IS_ENTRY_ROW (row));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, EDITED_CLUSTER);
  g_assert_true (trellis_project_get_dirty (project));
  g_assert_nonnull (trellis_window_get_file (window));
  g_assert_true (g_file_equal (trellis_window_get_file (window), file));
  g_assert_false (trellis_window_get_read_only (window));

  /* Renewed: the copy is this process's now, and the dead child's lock ours. */
  g_assert_true (copy_has (uuid, EDITED_CLUSTER));
  g_assert_cmpint (read_info_pid (uuid), ==, getpid ());
  lock = trellis_lock_read (file, NULL);
  g_assert_nonnull (lock);
  g_assert_true (trellis_lock_is_ours (lock));
  assert_file_unchanged (file, original);

  stop_app ();
}

static void
discard_case (void)
{
  g_autofree char *uuid = NULL;
  g_autoptr(GBytes) original = NULL;
  g_autoptr(GFile) file = write_project ("discarded.trellis", &uuid, &original);
  g_autoptr(GSubprocess) writer = spawn_self ("--orphan", file);
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;

  g_subprocess_wait_check (writer, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (copy_has (uuid, ORPHAN_CLUSTER));
  g_assert_cmpint (read_info_pid (uuid), !=, getpid ());

  start_app ();
  g_application_activate (G_APPLICATION (app));
  g_assert_cmpuint (count_message_dialogs (), ==, 1);
  dialog = ui_test_find_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Restore Unsaved Changes?");
  ui_test_respond (dialog, "discard");

  g_assert_false (recovery_exists (uuid));
  g_assert_cmpuint (count_project_windows (), ==, 0);
  g_assert_null (ui_test_find_message_dialog ());
  assert_file_unchanged (file, original);

  stop_app ();
}

/* `trellis FILE` after a crash: FILE opens as saved, then the offer comes;
 * the restored project replaces that window rather than a second one. */
static void
open_then_restore_case (void)
{
  g_autofree char *uuid = NULL;
  g_autoptr(GBytes) original = NULL;
  g_autoptr(GFile) file = write_project ("reopened.trellis", &uuid, &original);
  g_autoptr(GSubprocess) writer = spawn_self ("--orphan", file);
  g_autoptr(TrellisLock) lock = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *cluster = NULL;
  AdwMessageDialog *dialog;
  TrellisWindow *window;

  g_subprocess_wait_check (writer, NULL, &error);
  g_assert_no_error (error);

  start_app ();
  g_application_open (G_APPLICATION (app), &file, 1, "");
  g_assert_cmpuint (count_project_windows (), ==, 1);
  dialog = ui_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Restore Unsaved Changes?");
  ui_test_respond (dialog, "restore");

  g_assert_cmpuint (count_project_windows (), ==, 1);
  window = find_project_window ();
  ui_test_iterate_until_mapped (GTK_WIDGET (window));
  cluster = dup_cluster (trellis_window_get_project (window));
  g_assert_cmpstr (cluster, ==, ORPHAN_CLUSTER);
  g_assert_true (trellis_project_get_dirty (trellis_window_get_project (window)));
  g_assert_true (g_file_equal (trellis_window_get_file (window), file));
  /* The replaced window released its lock before the restored one took it. */
  lock = trellis_lock_read (file, NULL);
  g_assert_nonnull (lock);
  g_assert_true (trellis_lock_is_ours (lock));
  g_assert_cmpint (read_info_pid (uuid), ==, getpid ());
  assert_file_unchanged (file, original);

  stop_app ();
}

static void
clean_save_case (void)
{
  g_autofree char *uuid = NULL;
  g_autoptr(GBytes) original = NULL;
  g_autoptr(GFile) file = write_project ("saved.trellis", &uuid, &original);
  g_autoptr(TrellisProject) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *cluster = NULL;
  TrellisWindow *window;
  GtkWidget *row;

  start_app ();
  g_application_open (G_APPLICATION (app), &file, 1, "");
  window = find_project_window ();
  g_assert_nonnull (window);
  ui_test_iterate_until_mapped (GTK_WIDGET (window));
  g_assert_null (ui_test_find_message_dialog ());

  /* Nothing to recover while nothing is changed. */
  trellis_window_autosave (window, &error);
  g_assert_no_error (error);
  g_assert_false (recovery_exists (uuid));

  row = ui_test_find_row (GTK_WIDGET (window), CLUSTER_ROW_TITLE);
  g_assert_true (ADW_IS_ENTRY_ROW (row));
  gtk_editable_set_text (GTK_EDITABLE (row), CLEAN_CLUSTER);
  trellis_window_autosave (window, &error);
  g_assert_no_error (error);
  g_assert_true (copy_has (uuid, CLEAN_CLUSTER));
  g_assert_cmpint (read_info_pid (uuid), ==, getpid ());
  assert_file_unchanged (file, original);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  ui_test_iterate_pending ();
  g_assert_null (ui_test_find_message_dialog ());
  g_assert_false (recovery_exists (uuid));
  g_assert_false (trellis_project_get_dirty (trellis_window_get_project (window)));

  reloaded = trellis_project_load (file, &error);
  g_assert_no_error (error);
  cluster = dup_cluster (reloaded);
  g_assert_cmpstr (cluster, ==, CLEAN_CLUSTER);

  stop_app ();
}

static void
test_sigkill (void)
{
  if (!run_in_subprocess (75 * G_USEC_PER_SEC))
    sigkill_case ();
}

static void
test_discard (void)
{
  if (!run_in_subprocess (30 * G_USEC_PER_SEC))
    discard_case ();
}

static void
test_open_then_restore (void)
{
  if (!run_in_subprocess (30 * G_USEC_PER_SEC))
    open_then_restore_case ();
}

static void
test_clean_save (void)
{
  if (!run_in_subprocess (30 * G_USEC_PER_SEC))
    clean_save_case ();
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *registry = NULL;
  int status;

  /* The parent set XDG_DATA_HOME, TRELLIS_REGISTRY and the rest for us. */
  if (argc == 3 && g_str_equal (argv[1], "--child"))
    return run_child (argv[2]);
  if (argc == 3 && g_str_equal (argv[1], "--orphan"))
    return run_orphan (argv[2]);

  g_test_init (&argc, &argv, NULL);
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("No display: run under xvfb-run (build-aux/test)\n");
      return 77;
    }

  tmpdir = trellis_test_make_tmpdir ();
  trellis_test_isolate_user_data (tmpdir);
  registry = g_build_filename (tmpdir, "registry.db", NULL);
  g_setenv ("TRELLIS_REGISTRY", registry, TRUE);

  g_test_add_func ("/ui/crash-recovery/sigkill", test_sigkill);
  g_test_add_func ("/ui/crash-recovery/discard", test_discard);
  g_test_add_func ("/ui/crash-recovery/open-then-restore", test_open_then_restore);
  g_test_add_func ("/ui/crash-recovery/clean-save", test_clean_save);
  status = g_test_run ();

  trellis_test_remove_tree (tmpdir);
  g_free (tmpdir);
  return status;
}
