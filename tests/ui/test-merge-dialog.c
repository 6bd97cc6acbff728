/* test-merge-dialog.c: Merge Group Files… and the merge conflicts of an
 * opened file, in real windows; paths /ui/merge-dialog/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "trellis-merge-dialog.h"
#include "trellis-test-utils.h"
#include "ui-test-utils.h"

static TrellisApplication *app;
static char *tmpdir;

static TrellisProject *
copy_project (TrellisProject *project)
{
  g_autoptr(GBytes) bytes = trellis_project_to_bytes (project);
  g_autoptr(GError) error = NULL;
  TrellisProject *copy = trellis_project_load_from_data (g_bytes_get_data (bytes, NULL),
                                                         g_bytes_get_size (bytes), "copy", &error);

  g_assert_no_error (error);
  return copy;
}

static TrellisGoal *
first_goal (TrellisProject *project)
{
  g_autoptr(TrellisGoal) goal = g_list_model_get_item (trellis_project_get_items (project, TRELLIS_TYPE_GOAL), 0);

  return goal;   /* the project keeps it */
}

static gboolean
has_swot_text (TrellisProject *project,
               const char     *text)
{
  GListModel *model = trellis_project_get_items (project, TRELLIS_TYPE_SWOT_ITEM);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(TrellisSwotItem) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (trellis_swot_item_get_text (item), text) == 0)
        return TRUE;
    }
  return FALSE;
}

static guint
count_rows (GtkListBox *list_box)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list_box)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;
  return n;
}

/* The check box of the row that shows @text. */
static GtkCheckButton *
find_check (GtkListBox *list_box,
            const char *text)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list_box)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (ui_test_find_label (row, text) != NULL)
      return GTK_CHECK_BUTTON (ui_test_find_descendant (row, GTK_TYPE_CHECK_BUTTON));
  return NULL;
}

/* With $TRELLIS_MERGE_SHOTS set to a folder, @widget is saved there as
 * NAME.png, to look at. */
static void
maybe_save_png (GtkWidget  *widget,
                const char *name)
{
  const char *folder = g_getenv ("TRELLIS_MERGE_SHOTS");
  g_autofree char *basename = g_strconcat (name, ".png", NULL);
  g_autofree char *path = NULL;
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GtkSnapshot *snapshot;
  gint64 until = g_get_monotonic_time () + G_USEC_PER_SEC / 2;
  int width, height;

  if (folder == NULL)
    return;
  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
  path = g_build_filename (folder, basename, NULL);
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

static void
test_group_files (void)
{
  TrellisWindow *window = ui_test_open_sample (G_APPLICATION (app), tmpdir);
  TrellisProject *project = trellis_window_get_project (window);
  g_autoptr(TrellisProject) group = copy_project (project);
  g_autoptr(GListStore) files = g_list_store_new (G_TYPE_FILE);
  g_autoptr(GFile) file = NULL;
  g_autofree char *title = g_strdup (trellis_goal_get_title (first_goal (project)));
  TrellisMergeDialog *dialog;
  GtkListBox *list_box;

  g_autoptr(TrellisSwotItem) idea = trellis_swot_item_new (TRELLIS_QUADRANT_OPPORTUNITY, "Group idea");
  g_autoptr(TrellisSwotItem) rejected = trellis_swot_item_new (TRELLIS_QUADRANT_THREAT, "Rejected idea");

  trellis_project_add_item (group, idea);
  trellis_project_add_item (group, rejected);
  trellis_goal_set_title (first_goal (group), "Goal as the group put it");
  file = ui_test_write_project (tmpdir, "group-a.trellis", group);
  g_list_store_append (files, file);

  trellis_merge_dialog_merge_files (GTK_WINDOW (window), project, G_LIST_MODEL (files));
  ui_test_iterate_pending ();
  dialog = TRELLIS_MERGE_DIALOG (ui_test_find_toplevel (TRELLIS_TYPE_MERGE_DIALOG));
  g_assert_nonnull (dialog);
  ui_test_iterate_until_mapped (GTK_WIDGET (dialog));
  list_box = trellis_merge_dialog_get_list_box (dialog);
  /* A heading, then the three changes side by side. */
  g_assert_cmpuint (count_rows (list_box), ==, 4);
  g_assert_nonnull (ui_test_find_label (GTK_WIDGET (list_box), title));
  g_assert_nonnull (ui_test_find_label (GTK_WIDGET (list_box), "Goal as the group put it"));
  g_assert_true (gtk_check_button_get_active (find_check (list_box, "Group idea")));
  gtk_check_button_set_active (find_check (list_box, "Rejected idea"), FALSE);
  maybe_save_png (GTK_WIDGET (dialog), "merge-dialog");

  ui_test_activate (GTK_WIDGET (dialog), "merge.apply");
  g_assert_null (ui_test_find_toplevel (TRELLIS_TYPE_MERGE_DIALOG));
  g_assert_true (has_swot_text (project, "Group idea"));
  g_assert_false (has_swot_text (project, "Rejected idea"));
  g_assert_cmpstr (trellis_goal_get_title (first_goal (project)), ==, "Goal as the group put it");
  /* One undo step takes the whole merge back. */
  g_assert_cmpuint (ui_test_n_undo (window), ==, 1);
  ui_test_undo (window);
  g_assert_false (has_swot_text (project, "Group idea"));
  g_assert_cmpstr (trellis_goal_get_title (first_goal (project)), ==, title);
}

/* A file written by a merge with a conflict: announced on opening, resolved in the dialog. */
static void
test_conflicts_on_open (void)
{
  g_autoptr(TrellisProject) base = trellis_test_load_sample ();
  g_autoptr(TrellisProject) ours = copy_project (base);
  g_autoptr(TrellisProject) theirs = copy_project (base);
  g_autoptr(TrellisMerge) merge = NULL;
  g_autoptr(GFile) file = NULL;
  TrellisWindow *window;
  TrellisProject *project;
  TrellisMergeDialog *dialog;
  GtkListBox *list_box;

  trellis_goal_set_title (first_goal (ours), "Our goal");
  trellis_goal_set_title (first_goal (theirs), "Their goal");
  merge = trellis_merge_new (base, ours, theirs);
  g_assert_true (trellis_merge_run (merge, NULL));
  file = ui_test_write_project (tmpdir, "conflicted.trellis", trellis_merge_get_result (merge));

  window = ui_test_open_window (G_APPLICATION (app), file);
  project = trellis_window_get_project (window);
  ui_test_iterate_pending ();
  g_assert_nonnull (ui_test_find_label (GTK_WIDGET (window), "1 merge conflict"));
  maybe_save_png (GTK_WIDGET (window), "merge-conflicts-window");

  ui_test_activate (GTK_WIDGET (window), "win.resolve-conflicts");
  dialog = TRELLIS_MERGE_DIALOG (ui_test_find_toplevel (TRELLIS_TYPE_MERGE_DIALOG));
  g_assert_nonnull (dialog);
  ui_test_iterate_until_mapped (GTK_WIDGET (dialog));
  list_box = trellis_merge_dialog_get_list_box (dialog);
  g_assert_cmpuint (count_rows (list_box), ==, 2);
  g_assert_nonnull (ui_test_find_label (GTK_WIDGET (list_box), "Their goal"));
  /* The field by its label, not by its name in the file. */
  g_assert_nonnull (ui_test_find_label (GTK_WIDGET (list_box), "Goal"));
  g_assert_null (ui_test_find_label (GTK_WIDGET (list_box), "title"));
  maybe_save_png (GTK_WIDGET (dialog), "merge-conflicts-dialog");

  g_signal_emit_by_name (ui_test_find_button (GTK_WIDGET (list_box), "Take _Theirs"), "clicked");
  ui_test_iterate_pending ();
  g_assert_cmpstr (trellis_goal_get_title (first_goal (project)), ==, "Their goal");
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_MERGE_CONFLICT), ==, 0);
  g_assert_cmpuint (count_rows (list_box), ==, 0);
  g_assert_true (ui_test_shows_label (GTK_WIDGET (dialog),
                                      "No merge conflicts are left. Save the project, and in git add "
                                      "and commit it."));

  /* Undoable: the conflict comes back, in the list too. */
  ui_test_undo (window);
  g_assert_cmpstr (trellis_goal_get_title (first_goal (project)), ==, "Our goal");
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_MERGE_CONFLICT), ==, 1);
  g_assert_cmpuint (count_rows (list_box), ==, 2);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

int
main (int   argc,
      char *argv[])
{
  app = ui_test_init (&argc, &argv, &tmpdir);

  g_test_add_func ("/ui/merge-dialog/group-files", test_group_files);
  g_test_add_func ("/ui/merge-dialog/conflicts-on-open", test_conflicts_on_open);

  return ui_test_run (app, tmpdir);
}
