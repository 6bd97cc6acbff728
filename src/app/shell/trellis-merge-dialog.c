/* trellis-merge-dialog.c: merging group files, resolving merge conflicts
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One dialog, two uses.  Merge Group Files… (win.merge-group-files) takes
 * the open project as it is now as the version handed out, and for each
 * group's file in turn lists the changes the group made, side by side
 * (base, ours, theirs), each with a check box; Apply applies the checked
 * ones as one undo step (trellis_merge_apply_to ()).  A checked conflict
 * takes the group's side.  When a project opens with merge conflicts in
 * it (written by `trellis-cli merge` or the git driver), the window offers
 * win.resolve-conflicts: the same dialog lists them, and Keep Ours or Take
 * Theirs resolves one, each its own undo step.
 */

#define G_LOG_DOMAIN "trellis-merge-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-merge-dialog.h"
#include "trellis-window.h"

struct _TrellisMergeDialog
{
  AdwWindow       parent_instance;

  TrellisProject *project;
  TrellisMerge   *merge;      /* NULL: the project's own conflicts */
  GtkWindow      *parent;     /* weak */
  char           *group_name;
  GtkSizeGroup   *end_group;  /* the conflicts' buttons and the heading's space above them */

  /* Template widgets */
  AdwWindowTitle *window_title;
  GtkWidget      *cancel_button;
  GtkWidget      *apply_button;
  GtkLabel       *description_label;
  GtkListBox     *list_box;
};

G_DEFINE_FINAL_TYPE (TrellisMergeDialog, trellis_merge_dialog, ADW_TYPE_WINDOW)

/* One cell of the table: a wrapped label, at most three lines. */
static GtkWidget *
make_cell (const char *text,
           gboolean    heading)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (label), 3);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), 10);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 30);
  gtk_widget_set_hexpand (label, TRUE);
  if (heading)
    gtk_widget_add_css_class (label, "heading");
  else if (text != NULL && *text != '\0')
    gtk_widget_set_tooltip_text (label, text);
  return label;
}

/* A row: @start (a check box, or nothing), equal columns, @end (buttons, or nothing). */
static GtkWidget *
make_row (GtkWidget          *start,
          const char * const *columns,
          GtkWidget          *end,
          gboolean            heading)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *cells = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_box_set_homogeneous (GTK_BOX (cells), TRUE);
  gtk_widget_set_hexpand (cells, TRUE);
  for (guint i = 0; columns[i] != NULL; i++)
    gtk_box_append (GTK_BOX (cells), make_cell (columns[i], heading));
  if (start != NULL)
    gtk_box_append (GTK_BOX (box), start);
  gtk_box_append (GTK_BOX (box), cells);
  if (end != NULL)
    gtk_box_append (GTK_BOX (box), end);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static void
clear_rows (TrellisMergeDialog *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);
}

/* What a change is about, in the table's second column. */
static char *
describe_change (TrellisMergeChange *change)
{
  const TrellisField *field = trellis_merge_change_get_field (change);

  switch (trellis_merge_change_get_kind (change))
    {
    case TRELLIS_MERGE_CHANGE_ADDED:
      return g_strdup (_("Added"));
    case TRELLIS_MERGE_CHANGE_REMOVED:
      return g_strdup (_("Deleted"));
    case TRELLIS_MERGE_CHANGE_MOVED:
      return g_strdup (_("Order"));
    case TRELLIS_MERGE_CHANGE_CONFLICT:
      /* translators: %s is a field's label (“Due”) or “the item”; both sides changed it */
      return g_strdup_printf (_("%s (conflict)"), field != NULL ? trellis_field_get_label (field) : _("the item"));
    case TRELLIS_MERGE_CHANGE_CHANGED:
    default:
      return g_strdup (trellis_field_get_label (field));
    }
}

static GtkWidget *
make_change_row (TrellisMergeChange *change)
{
  g_autofree char *what = describe_change (change);
  /* translators: the accessible name of a change's check box: “Accept: Trade fair, due” */
  g_autofree char *name = g_strdup_printf (_("Accept: %s, %s"), trellis_merge_change_get_title (change),
                                           what);
  const char *columns[] = {
    trellis_merge_change_get_title (change), what,
    trellis_merge_change_get_value (change, TRELLIS_MERGE_VERSION_BASE),
    trellis_merge_change_get_value (change, TRELLIS_MERGE_VERSION_OURS),
    trellis_merge_change_get_value (change, TRELLIS_MERGE_VERSION_THEIRS), NULL
  };
  GtkWidget *check = gtk_check_button_new ();

  g_object_bind_property (change, "accepted", check, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  return make_row (check, columns, NULL, FALSE);
}

static void
fill_changes (TrellisMergeDialog *self)
{
  GListModel *changes = trellis_merge_get_changes (self->merge);
  const char *headings[] = { _("Item"), _("Change"), _("Before"), _("Yours"), _("The group’s"), NULL };
  GtkWidget *spacer = gtk_check_button_new ();

  /* The heading's spacer keeps the columns under the check boxes' width. */
  gtk_widget_set_opacity (spacer, 0);
  gtk_widget_set_can_target (spacer, FALSE);
  gtk_widget_set_can_focus (spacer, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spacer), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Accept"), -1);
  gtk_list_box_append (self->list_box, make_row (spacer, headings, NULL, TRUE));
  for (guint i = 0; i < g_list_model_get_n_items (changes); i++)
    {
      g_autoptr(TrellisMergeChange) change = g_list_model_get_item (changes, i);

      gtk_list_box_append (self->list_box, make_change_row (change));
    }
}

static void
on_resolve_clicked_cb (GtkButton *button,
                       gpointer   user_data)
{
  TrellisMergeDialog *self = TRELLIS_MERGE_DIALOG (user_data);
  TrellisMergeConflict *conflict = g_object_get_data (G_OBJECT (button), "conflict");
  gboolean theirs = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "theirs"));
  g_autoptr(GError) error = NULL;

  g_object_ref (conflict);
  if (!trellis_merge_conflict_resolve (conflict, theirs ? TRELLIS_MERGE_SIDE_THEIRS
                                                        : TRELLIS_MERGE_SIDE_OURS, &error))
    gtk_label_set_text (self->description_label, error->message);
  g_object_unref (conflict);
}

static GtkWidget *
make_resolve_button (TrellisMergeDialog   *self,
                     TrellisMergeConflict *conflict,
                     const char           *label,
                     const char           *accessible,
                     gboolean              theirs)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  g_object_set_data_full (G_OBJECT (button), "conflict", g_object_ref (conflict), g_object_unref);
  g_object_set_data (G_OBJECT (button), "theirs", GINT_TO_POINTER (theirs));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_resolve_clicked_cb), self, 0);
  return button;
}

static GtkWidget *
make_conflict_row (TrellisMergeDialog   *self,
                   TrellisMergeConflict *conflict)
{
  g_autofree char *title = trellis_merge_conflict_dup_title (conflict);
  g_autofree char *ours = trellis_merge_conflict_dup_value (conflict, TRELLIS_MERGE_SIDE_OURS);
  g_autofree char *theirs = trellis_merge_conflict_dup_value (conflict, TRELLIS_MERGE_SIDE_THEIRS);
  const TrellisField *found = trellis_merge_conflict_find_field (conflict);
  const char *field = found != NULL ? trellis_field_get_label (found) : trellis_merge_conflict_get_field (conflict);
  /* translators: accessible names of the buttons of one conflict; %s is the item's title */
  g_autofree char *keep = g_strdup_printf (_("Keep ours for “%s”"), title);
  g_autofree char *take = g_strdup_printf (_("Take theirs for “%s”"), title);
  const char *columns[] = { title, field != NULL ? field : _("the item"), ours, theirs, NULL };
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_box_append (GTK_BOX (buttons), make_resolve_button (self, conflict, _("Keep _Ours"), keep, FALSE));
  gtk_box_append (GTK_BOX (buttons), make_resolve_button (self, conflict, _("Take _Theirs"), take, TRUE));
  gtk_size_group_add_widget (self->end_group, buttons);
  return make_row (NULL, columns, buttons, FALSE);
}

static void
fill_conflicts (TrellisMergeDialog *self)
{
  GListModel *conflicts = trellis_project_get_items (self->project, TRELLIS_TYPE_MERGE_CONFLICT);
  guint n = g_list_model_get_n_items (conflicts);
  const char *headings[] = { _("Item"), _("Field"), _("Ours"), _("Theirs"), NULL };
  g_autofree char *text = NULL;

  if (n == 0)
    text = g_strdup (_("No merge conflicts are left. Save the project, and in git add and commit it."));
  else
    /* translators: %u is a number of conflicts */
    text = g_strdup_printf (ngettext ("Both versions changed %u thing differently. The project holds "
                                      "ours; keep it or take theirs. Each choice can be undone.",
                                      "Both versions changed %u things differently. The project holds "
                                      "ours; keep it or take theirs. Each choice can be undone.", n), n);
  gtk_label_set_text (self->description_label, text);
  if (n > 0)
    {
      GtkWidget *space = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

      gtk_size_group_add_widget (self->end_group, space);
      gtk_list_box_append (self->list_box, make_row (NULL, headings, space, TRUE));
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrellisMergeConflict) conflict = g_list_model_get_item (conflicts, i);

      gtk_list_box_append (self->list_box, make_conflict_row (self, conflict));
    }
}

static void
on_project_changed_cb (TrellisMergeDialog *self,
                       TrellisItem        *item)
{
  if (!TRELLIS_IS_MERGE_CONFLICT (item))
    return;
  clear_rows (self);
  fill_conflicts (self);
}

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TrellisMergeDialog *self = TRELLIS_MERGE_DIALOG (widget);
  g_autofree char *text = NULL;

  if (self->merge == NULL)
    return;
  trellis_merge_apply_to (self->merge, self->project, NULL);
  /* translators: a toast; %s is a file's name */
  text = g_strdup_printf (_("Merged “%s”"), self->group_name);
  if (self->parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self->parent), "win.toast", "s", text);
  gtk_window_close (GTK_WINDOW (self));
}

static void
trellis_merge_dialog_dispose (GObject *object)
{
  TrellisMergeDialog *self = TRELLIS_MERGE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TRELLIS_TYPE_MERGE_DIALOG);
  g_clear_object (&self->merge);
  g_clear_object (&self->project);
  g_clear_weak_pointer (&self->parent);
  g_clear_pointer (&self->group_name, g_free);
  g_clear_object (&self->end_group);

  G_OBJECT_CLASS (trellis_merge_dialog_parent_class)->dispose (object);
}

static void
trellis_merge_dialog_class_init (TrellisMergeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trellis_merge_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/trellis/Trellis/ui/trellis-merge-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TrellisMergeDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, TrellisMergeDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, TrellisMergeDialog, apply_button);
  gtk_widget_class_bind_template_child (widget_class, TrellisMergeDialog, description_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisMergeDialog, list_box);
  gtk_widget_class_install_action (widget_class, "merge.apply", NULL, apply_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
trellis_merge_dialog_init (TrellisMergeDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->end_group = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
}

static TrellisMergeDialog *
dialog_new (GtkWindow      *parent,
            TrellisProject *project)
{
  TrellisMergeDialog *self = g_object_new (TRELLIS_TYPE_MERGE_DIALOG, "transient-for", parent, NULL);

  self->project = g_object_ref (project);
  g_set_weak_pointer (&self->parent, parent);
  return self;
}

/**
 * trellis_merge_dialog_new_for_merge:
 * @merge: a merge whose base and ours are @project (as handed out, as now)
 * @group_name: the group's file, for the title
 *
 * Returns: (transfer floating): a dialog listing the changes of @merge to
 *   accept or reject; Apply applies them to @project as one undo step
 */
GtkWidget *
trellis_merge_dialog_new_for_merge (GtkWindow      *parent,
                                    TrellisProject *project,
                                    TrellisMerge   *merge,
                                    const char     *group_name)
{
  TrellisMergeDialog *self = dialog_new (parent, project);
  guint n = g_list_model_get_n_items (trellis_merge_get_changes (merge));
  g_autofree char *text = NULL;

  self->merge = g_object_ref (merge);
  self->group_name = g_strdup (group_name);
  gtk_window_set_title (GTK_WINDOW (self), _("Merge Group File"));
  adw_window_title_set_title (self->window_title, _("Merge Group File"));
  adw_window_title_set_subtitle (self->window_title, group_name);
  /* translators: %u is a number of changes */
  text = g_strdup_printf (ngettext ("The group made %u change. Uncheck what you do not want; a "
                                    "checked conflict takes the group’s version. Apply is one undo "
                                    "step.",
                                    "The group made %u changes. Uncheck what you do not want; a "
                                    "checked conflict takes the group’s version. Apply is one undo "
                                    "step.", n), n);
  gtk_label_set_text (self->description_label, text);
  fill_changes (self);
  return GTK_WIDGET (self);
}

/**
 * trellis_merge_dialog_new_for_conflicts:
 *
 * Returns: (transfer floating): a dialog listing the merge conflicts kept
 *   in @project, each to keep ours or take theirs
 */
GtkWidget *
trellis_merge_dialog_new_for_conflicts (GtkWindow      *parent,
                                        TrellisProject *project)
{
  TrellisMergeDialog *self = dialog_new (parent, project);

  gtk_window_set_title (GTK_WINDOW (self), _("Merge Conflicts"));
  adw_window_title_set_title (self->window_title, _("Merge Conflicts"));
  gtk_widget_set_visible (self->apply_button, FALSE);
  gtk_button_set_label (GTK_BUTTON (self->cancel_button), _("_Close"));
  g_signal_connect_object (project, "changed", G_CALLBACK (on_project_changed_cb), self,
                           G_CONNECT_SWAPPED);
  fill_conflicts (self);
  return GTK_WIDGET (self);
}

/**
 * trellis_merge_dialog_get_list_box:
 *
 * Returns: (transfer none): the list of changes or conflicts, for tests
 */
GtkListBox *
trellis_merge_dialog_get_list_box (TrellisMergeDialog *self)
{
  g_return_val_if_fail (TRELLIS_IS_MERGE_DIALOG (self), NULL);

  return self->list_box;
}

/* Group files merged one after the other: each merge is computed when its
 * turn comes, against the project as the earlier ones left it. */
typedef struct
{
  GtkWindow      *parent;
  TrellisProject *project;
  TrellisProject *handed_out;   /* the project when the files were chosen */
  GPtrArray      *files;
  guint           next;
} MergeQueue;

static void
merge_queue_free (MergeQueue *queue)
{
  g_object_unref (queue->parent);
  g_object_unref (queue->project);
  g_object_unref (queue->handed_out);
  g_ptr_array_unref (queue->files);
  g_free (queue);
}

static void
toast (MergeQueue *queue,
       const char *text)
{
  gtk_widget_activate_action (GTK_WIDGET (queue->parent), "win.toast", "s", text);
}

/* The merge of one file, or NULL after a toast that says why not. */
static TrellisMerge *
merge_file (MergeQueue *queue,
            GFile      *file,
            const char *name)
{
  g_autoptr(TrellisProject) group = NULL;
  g_autoptr(TrellisMerge) merge = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  group = trellis_project_load (file, &error);
  if (group != NULL)
    {
      merge = trellis_merge_new (queue->handed_out, queue->project, group);
      if (trellis_merge_run (merge, &error) &&
          g_list_model_get_n_items (trellis_merge_get_changes (merge)) > 0)
        return g_steal_pointer (&merge);
    }
  if (error != NULL)
    /* translators: a toast; the first %s is a file's name, the second why it was not merged */
    text = g_strdup_printf (_("“%s” was not merged: %s"), name, error->message);
  else
    /* translators: a toast; %s is a file's name */
    text = g_strdup_printf (_("“%s” brings no changes"), name);
  toast (queue, text);
  return NULL;
}

static void
show_next (MergeQueue *queue)
{
  while (queue->next < queue->files->len)
    {
      GFile *file = g_ptr_array_index (queue->files, queue->next++);
      g_autofree char *name = g_file_get_basename (file);
      g_autoptr(TrellisMerge) merge = merge_file (queue, file, name);
      GtkWidget *dialog;

      if (merge == NULL)
        continue;
      dialog = trellis_merge_dialog_new_for_merge (queue->parent, queue->project, merge, name);
      g_signal_connect_swapped (dialog, "destroy", G_CALLBACK (show_next), queue);
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  merge_queue_free (queue);
}

/**
 * trellis_merge_dialog_merge_files:
 * @parent: the window showing @project
 * @files: (element-type GFile): the groups' files
 *
 * Shows, for each file in turn, the changes its group made to the project
 * as it is now, to accept or reject.
 */
void
trellis_merge_dialog_merge_files (GtkWindow      *parent,
                                  TrellisProject *project,
                                  GListModel     *files)
{
  g_autoptr(GBytes) bytes = trellis_project_to_bytes (project);
  MergeQueue *queue = g_new0 (MergeQueue, 1);

  queue->parent = g_object_ref (parent);
  queue->project = g_object_ref (project);
  queue->handed_out = trellis_project_load_from_data (g_bytes_get_data (bytes, NULL),
                                                      g_bytes_get_size (bytes), "", NULL);
  queue->files = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (files); i++)
    g_ptr_array_add (queue->files, g_list_model_get_item (files, i));
  g_return_if_fail (queue->handed_out != NULL);
  show_next (queue);
}

static void
on_chooser_response_cb (GtkNativeDialog *native,
                        int              response,
                        gpointer         user_data)
{
  g_autoptr(TrellisWindow) window = user_data;
  g_autoptr(GListModel) files = NULL;

  if (response == GTK_RESPONSE_ACCEPT && trellis_window_get_project (window) != NULL)
    {
      files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (native));
      trellis_merge_dialog_merge_files (GTK_WINDOW (window), trellis_window_get_project (window), files);
    }
  g_object_unref (native);
}

/**
 * trellis_merge_dialog_merge_group_files_action:
 * @widget: a TrellisWindow showing a project
 *
 * The handler of win.merge-group-files: asks for the groups' files.
 */
void
trellis_merge_dialog_merge_group_files_action (GtkWidget  *widget,
                                               const char *action_name,
                                               GVariant   *parameter)
{
  TrellisWindow *window = TRELLIS_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *native;

  if (trellis_window_get_project (window) == NULL || trellis_window_get_read_only (window))
    return;
  native = gtk_file_chooser_native_new (_("Merge Group Files"), GTK_WINDOW (window),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Merge"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (native), TRUE);
  gtk_file_filter_set_name (filter, _("Trellis Projects"));
  gtk_file_filter_add_pattern (filter, "*.trellis");
  gtk_file_filter_add_mime_type (filter, "application/x-trellis");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  g_signal_connect (native, "response", G_CALLBACK (on_chooser_response_cb), g_object_ref (window));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/**
 * trellis_merge_dialog_resolve_conflicts_action:
 * @widget: a TrellisWindow showing a project
 *
 * The handler of win.resolve-conflicts: lists the project's conflicts.
 */
void
trellis_merge_dialog_resolve_conflicts_action (GtkWidget  *widget,
                                               const char *action_name,
                                               GVariant   *parameter)
{
  TrellisWindow *window = TRELLIS_WINDOW (widget);
  TrellisProject *project = trellis_window_get_project (window);

  if (project == NULL || trellis_window_get_read_only (window))
    return;
  gtk_window_present (GTK_WINDOW (trellis_merge_dialog_new_for_conflicts (GTK_WINDOW (window), project)));
}
