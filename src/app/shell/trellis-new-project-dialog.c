/* trellis-new-project-dialog.c: name, template and file of a new project
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Create writes the file and hands it to the application, which opens it
 * as any other file (and so registers it).  Whatever goes wrong is said in
 * the dialog, which stays open so that nothing typed is lost.
 */

#define G_LOG_DOMAIN "trellis-new-project-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis.h"
#include "trellis-new-project-dialog.h"

#define SETTINGS_SCHEMA "io.github.trellis.Trellis"
#define FILE_SUFFIX     ".trellis"

struct _TrellisNewProjectDialog
{
  AdwWindow       parent_instance;

  GFile          *folder;
  /* The file name follows the project name until the user changes it. */
  gboolean        file_name_edited;
  gboolean        updating_file_name;

  /* Template widgets */
  AdwEntryRow    *name_row;
  GtkCheckButton *blank_check;
  GtkCheckButton *guided_check;
  GtkCheckButton *sample_check;
  AdwPreferencesGroup *user_group;

  /* The user's templates: rows, their check buttons and infos, in order */
  GPtrArray      *user_rows;
  GPtrArray      *user_checks;
  GPtrArray      *user_templates;
  AdwEntryRow    *file_name_row;
  AdwActionRow   *folder_row;
  GtkLabel       *error_label;
};

G_DEFINE_FINAL_TYPE (TrellisNewProjectDialog, trellis_new_project_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_FOLDER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The text of @editable without surrounding spaces. */
static char *
dup_stripped_text (gpointer editable)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (editable))));
}

/* "Danube Food / Agri" → "Danube Food - Agri.trellis": no folder separators,
 * and no leading dot that would hide the file. */
static char *
file_name_for_project_name (const char *name)
{
  g_autofree char *base = g_strdelimit (g_strdup (name), "/\\:", '-');
  const char *start = base;

  while (*start == '.')
    start++;
  if (*start == '\0')
    return g_strdup ("");
  return g_strconcat (start, FILE_SUFFIX, NULL);
}

static void
clear_error (TrellisNewProjectDialog *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_label_set_text (self->error_label, "");
}

static void
update_create_action (TrellisNewProjectDialog *self)
{
  g_autofree char *name = dup_stripped_text (self->name_row);
  g_autofree char *file_name = dup_stripped_text (self->file_name_row);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "new-project.create",
                                 name[0] != '\0' && file_name[0] != '\0');
}

static void
set_file_name (TrellisNewProjectDialog *self,
               const char              *file_name)
{
  self->updating_file_name = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->file_name_row), file_name);
  self->updating_file_name = FALSE;
}

static void
on_name_row_changed_cb (TrellisNewProjectDialog *self,
                        GtkEditable             *editable)
{
  g_assert (TRELLIS_IS_NEW_PROJECT_DIALOG (self));

  if (!self->file_name_edited)
    {
      g_autofree char *name = dup_stripped_text (editable);
      g_autofree char *file_name = file_name_for_project_name (name);

      set_file_name (self, file_name);
    }
  clear_error (self);
  update_create_action (self);
}

static void
on_file_name_row_changed_cb (TrellisNewProjectDialog *self,
                             GtkEditable             *editable)
{
  g_assert (TRELLIS_IS_NEW_PROJECT_DIALOG (self));

  /* Emptied, it follows the project name again. */
  if (!self->updating_file_name)
    self->file_name_edited = gtk_editable_get_text (editable)[0] != '\0';
  clear_error (self);
  update_create_action (self);
}

static TrellisTemplateInfo *
dup_template (TrellisNewProjectDialog *self)
{
  for (guint i = 0; i < self->user_checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->user_checks, i)))
      return g_object_ref (g_ptr_array_index (self->user_templates, i));
  if (gtk_check_button_get_active (self->guided_check))
    return trellis_template_info_new_builtin (TRELLIS_TEMPLATE_GUIDED);
  if (gtk_check_button_get_active (self->sample_check))
    return trellis_template_info_new_builtin (TRELLIS_TEMPLATE_SAMPLE);
  return trellis_template_info_new_builtin (TRELLIS_TEMPLATE_BLANK);
}

static void fill_user_templates (TrellisNewProjectDialog *self);

static void
on_delete_response_cb (TrellisNewProjectDialog *self,
                       const char              *response,
                       AdwMessageDialog        *dialog)
{
  TrellisTemplateInfo *info = g_object_get_data (G_OBJECT (dialog), "template");
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "delete") != 0)
    return;
  if (!trellis_template_delete (info, &error))
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
    }
  fill_user_templates (self);
}

static void
on_delete_clicked_cb (TrellisNewProjectDialog *self,
                      GtkButton               *button)
{
  guint index = g_ptr_array_find (self->user_rows, gtk_widget_get_ancestor (GTK_WIDGET (button),
                                                                             ADW_TYPE_ACTION_ROW),
                                  &index) ? index : 0;
  TrellisTemplateInfo *info = g_ptr_array_index (self->user_templates, index);
  GtkWidget *dialog;

  /* translators: %s is a template's name */
  dialog = adw_message_dialog_new (GTK_WINDOW (self), NULL, NULL);
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog), _("Delete “%s”?"),
                                     trellis_template_info_get_name (info));
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog),
                               _("The template is deleted; projects made from it stay as they are."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  g_object_set_data_full (G_OBJECT (dialog), "template", g_object_ref (info), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static char *
describe_template (TrellisTemplateInfo *info)
{
  const char *problem = trellis_template_info_get_problem (info);
  const char *parts[] = { trellis_template_info_get_description (info),
                          trellis_template_info_get_summary (info) };
  g_autoptr(GString) text = g_string_new (NULL);

  if (problem != NULL)
    /* translators: %s is why a template file cannot be read */
    return g_strdup_printf (_("Cannot be used: %s"), problem);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i] != NULL && *parts[i] != '\0')
      g_string_append_printf (text, "%s%s", text->len > 0 ? " · " : "", parts[i]);
  return g_markup_escape_text (text->str, -1);
}

static GtkWidget *
make_user_row (TrellisNewProjectDialog *self,
               TrellisTemplateInfo     *info)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *delete = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *title = g_markup_escape_text (trellis_template_info_get_name (info), -1);
  g_autofree char *subtitle = describe_template (info);
  g_autofree char *delete_label = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_check_button_set_group (GTK_CHECK_BUTTON (check), self->blank_check);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (check, trellis_template_info_get_problem (info) == NULL);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  /* translators: %s is a template's name */
  delete_label = g_strdup_printf (_("Delete Template “%s”"), trellis_template_info_get_name (info));
  gtk_widget_set_tooltip_text (delete, delete_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (delete), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  delete_label, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  trellis_template_info_get_name (info), -1);
  gtk_widget_add_css_class (delete, "flat");
  gtk_widget_set_valign (delete, GTK_ALIGN_CENTER);
  g_signal_connect_object (delete, "clicked", G_CALLBACK (on_delete_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), delete);
  g_ptr_array_add (self->user_checks, check);
  return row;
}

/* The user's templates, read again (after a delete, too). */
static void
fill_user_templates (TrellisNewProjectDialog *self)
{
  g_autoptr(GListModel) templates = trellis_template_list_user ();
  guint n = g_list_model_get_n_items (templates);

  for (guint i = 0; i < self->user_rows->len; i++)
    adw_preferences_group_remove (self->user_group, g_ptr_array_index (self->user_rows, i));
  g_ptr_array_set_size (self->user_rows, 0);
  g_ptr_array_set_size (self->user_checks, 0);
  g_ptr_array_set_size (self->user_templates, 0);
  gtk_check_button_set_active (self->blank_check, TRUE);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrellisTemplateInfo) info = g_list_model_get_item (templates, i);
      GtkWidget *row = make_user_row (self, info);

      adw_preferences_group_add (self->user_group, row);
      g_ptr_array_add (self->user_rows, row);
      g_ptr_array_add (self->user_templates, g_steal_pointer (&info));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->user_group), n > 0);
}

/* The header's own facilitator (the sample has one) wins over the default. */
static void
set_default_facilitator (TrellisProject *project)
{
  g_autoptr(GSettings) settings = g_settings_new (SETTINGS_SCHEMA);
  g_autofree char *facilitator = g_settings_get_string (settings, "default-facilitator");
  TrellisHeader *header = trellis_project_get_header (project);
  const char *current = trellis_header_get_facilitator (header);

  if ((current != NULL && current[0] != '\0') || g_strstrip (facilitator)[0] == '\0')
    return;
  trellis_header_set_facilitator (header, facilitator);
}

static gboolean
check_not_there (GFile   *file,
                 GError **error)
{
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autofree char *folder_name = g_file_get_parse_name (folder);

  if (!g_file_query_exists (file, NULL))
    return TRUE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
               /* translators: %s is a folder; the dialog then names the file */
               _("there is already a file of that name in %s, which was left as it was. "
                 "Choose another file name or folder."),
               folder_name);
  return FALSE;
}

static gboolean
ensure_folder (GFile   *file,
               GError **error)
{
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autoptr(GError) local_error = NULL;

  /* ~/Documents may not exist yet on a new account. */
  if (g_file_make_directory_with_parents (folder, NULL, &local_error)
      || g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    return TRUE;
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

static gboolean
create_project (TrellisNewProjectDialog  *self,
                GFile                    *file,
                GError                  **error)
{
  g_autofree char *name = dup_stripped_text (self->name_row);
  g_autoptr(TrellisProject) project = NULL;
  g_autoptr(TrellisTemplateInfo) template_ = dup_template (self);

  if (!check_not_there (file, error) || !ensure_folder (file, error))
    return FALSE;
  if (!(project = trellis_project_new_from_template_info (name, template_, error)))
    return FALSE;
  set_default_facilitator (project);
  return trellis_project_save (project, file, error);
}

static void
show_error (TrellisNewProjectDialog *self,
            GFile                   *file,
            const GError            *error)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *display_name = g_filename_display_name (basename);
  g_autofree char *text = NULL;

  /* translators: the first %s is a file name, the second what went wrong */
  text = g_strdup_printf (_("Could not create “%s”: %s"), display_name, error->message);
  gtk_label_set_text (self->error_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static void
create_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TrellisNewProjectDialog *self = TRELLIS_NEW_PROJECT_DIALOG (widget);
  g_autoptr(GFile) file = trellis_new_project_dialog_dup_file (self);
  g_autoptr(GError) error = NULL;
  GApplication *application;

  if (file == NULL)
    {
      gtk_label_set_text (self->error_label,
                          _("The file name cannot hold a “/”: choose the folder with Choose…"));
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }
  if (!create_project (self, file, &error))
    {
      show_error (self, file, error);
      return;
    }

  /* Opened as any other file: registered, and shown in a start window. */
  application = g_application_get_default ();
  if (application != NULL)
    g_application_open (application, &file, 1, "");
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_file_chooser_response_cb (TrellisNewProjectDialog *self,
                             int                      response,
                             GtkNativeDialog         *native)
{
  g_assert (TRELLIS_IS_NEW_PROJECT_DIALOG (self));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      g_autoptr(GFile) folder = file != NULL ? g_file_get_parent (file) : NULL;
      g_autofree char *basename = file != NULL ? g_file_get_basename (file) : NULL;
      g_autofree char *file_name = basename != NULL ? g_filename_display_name (basename) : NULL;

      if (folder != NULL)
        {
          trellis_new_project_dialog_set_folder (self, folder);
          gtk_editable_set_text (GTK_EDITABLE (self->file_name_row), file_name);
        }
    }

  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

static void
choose_file_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TrellisNewProjectDialog *self = TRELLIS_NEW_PROJECT_DIALOG (widget);
  g_autofree char *file_name = dup_stripped_text (self->file_name_row);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (_("Save New Project As"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Select"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_filter_set_name (filter, _("Trellis Projects"));
  gtk_file_filter_add_pattern (filter, "*" FILE_SUFFIX);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  if (g_file_query_exists (self->folder, NULL))
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), self->folder, NULL);
  if (file_name[0] != '\0')
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), file_name);

  g_signal_connect_object (native, "response", G_CALLBACK (on_file_chooser_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
trellis_new_project_dialog_dispose (GObject *object)
{
  TrellisNewProjectDialog *self = TRELLIS_NEW_PROJECT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TRELLIS_TYPE_NEW_PROJECT_DIALOG);
  g_clear_object (&self->folder);
  g_clear_pointer (&self->user_rows, g_ptr_array_unref);
  g_clear_pointer (&self->user_checks, g_ptr_array_unref);
  g_clear_pointer (&self->user_templates, g_ptr_array_unref);

  G_OBJECT_CLASS (trellis_new_project_dialog_parent_class)->dispose (object);
}

static void
trellis_new_project_dialog_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  TrellisNewProjectDialog *self = TRELLIS_NEW_PROJECT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_FOLDER:
      g_value_set_object (value, trellis_new_project_dialog_get_folder (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trellis_new_project_dialog_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec)
{
  TrellisNewProjectDialog *self = TRELLIS_NEW_PROJECT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_FOLDER:
      trellis_new_project_dialog_set_folder (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trellis_new_project_dialog_class_init (TrellisNewProjectDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trellis_new_project_dialog_dispose;
  object_class->get_property = trellis_new_project_dialog_get_property;
  object_class->set_property = trellis_new_project_dialog_set_property;

  properties[PROP_FOLDER] =
    g_param_spec_object ("folder", NULL, NULL, G_TYPE_FILE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/trellis/Trellis/ui/"
                                               "trellis-new-project-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TrellisNewProjectDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, TrellisNewProjectDialog, blank_check);
  gtk_widget_class_bind_template_child (widget_class, TrellisNewProjectDialog, guided_check);
  gtk_widget_class_bind_template_child (widget_class, TrellisNewProjectDialog, user_group);
  gtk_widget_class_bind_template_child (widget_class, TrellisNewProjectDialog, sample_check);
  gtk_widget_class_bind_template_child (widget_class, TrellisNewProjectDialog, file_name_row);
  gtk_widget_class_bind_template_child (widget_class, TrellisNewProjectDialog, folder_row);
  gtk_widget_class_bind_template_child (widget_class, TrellisNewProjectDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_name_row_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_file_name_row_changed_cb);

  gtk_widget_class_install_action (widget_class, "new-project.create", NULL, create_action);
  gtk_widget_class_install_action (widget_class, "new-project.choose-file", NULL,
                                   choose_file_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
trellis_new_project_dialog_init (TrellisNewProjectDialog *self)
{
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  g_autoptr(GFile) folder = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->user_rows = g_ptr_array_new ();
  self->user_checks = g_ptr_array_new ();
  self->user_templates = g_ptr_array_new_with_free_func (g_object_unref);
  fill_user_templates (self);

  if (documents != NULL)
    folder = g_file_new_for_path (documents);
  else
    folder = g_file_new_build_filename (g_get_home_dir (), "Documents", NULL);
  trellis_new_project_dialog_set_folder (self, folder);
  update_create_action (self);
  /* The name is what one types first: the dialog opens with it focused,
   * not on Cancel. */
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

/**
 * trellis_new_project_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 *
 * Returns: (transfer none): a new dialog, owned by GTK until it is destroyed
 */
GtkWidget *
trellis_new_project_dialog_new (GtkWindow *parent)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (TRELLIS_TYPE_NEW_PROJECT_DIALOG, "transient-for", parent, NULL);
}

/**
 * trellis_new_project_dialog_get_folder:
 *
 * Returns: (transfer none): the folder the project is created in
 */
GFile *
trellis_new_project_dialog_get_folder (TrellisNewProjectDialog *self)
{
  g_return_val_if_fail (TRELLIS_IS_NEW_PROJECT_DIALOG (self), NULL);

  return self->folder;
}

/**
 * trellis_new_project_dialog_set_folder:
 * @folder: where to create the project; ~/Documents by default
 */
void
trellis_new_project_dialog_set_folder (TrellisNewProjectDialog *self,
                                       GFile                   *folder)
{
  g_autofree char *parse_name = NULL;

  g_return_if_fail (TRELLIS_IS_NEW_PROJECT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (folder));

  if (self->folder != NULL && g_file_equal (self->folder, folder))
    return;

  g_set_object (&self->folder, folder);
  parse_name = g_file_get_parse_name (folder);
  adw_action_row_set_subtitle (self->folder_row, parse_name);
  clear_error (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLDER]);
}

/**
 * trellis_new_project_dialog_dup_file:
 *
 * The file Create writes: the file name in the folder, with ".trellis"
 * added when it has another ending.
 *
 * Returns: (transfer full) (nullable): the new project's file, or %NULL
 *   while there is no file name
 */
GFile *
trellis_new_project_dialog_dup_file (TrellisNewProjectDialog *self)
{
  g_autofree char *file_name = NULL;
  g_autofree char *filename = NULL;

  g_return_val_if_fail (TRELLIS_IS_NEW_PROJECT_DIALOG (self), NULL);

  file_name = dup_stripped_text (self->file_name_row);
  if (file_name[0] == '\0')
    return NULL;
  if (!g_str_has_suffix (file_name, FILE_SUFFIX))
    {
      g_autofree char *with_suffix = g_strconcat (file_name, FILE_SUFFIX, NULL);

      g_free (file_name);
      file_name = g_steal_pointer (&with_suffix);
    }
  filename = g_filename_from_utf8 (file_name, -1, NULL, NULL, NULL);
  if (filename == NULL || strchr (filename, G_DIR_SEPARATOR) != NULL)
    return NULL;
  return g_file_get_child (self->folder, filename);
}
