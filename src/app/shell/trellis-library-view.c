/* trellis-library-view.c: the start page, every registered project with a search
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "trellis-library-view"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-library-row.h"
#include "trellis-library-view.h"

/* Enough to fill a window; a search finds the others. */
#define MAX_RESULTS 200

struct _TrellisLibraryView
{
  GtkWidget        parent_instance;

  TrellisRegistry *registry;

  /* Template widgets */
  GtkWidget       *box;
  AdwToastOverlay *toast_overlay;
  AdwClamp        *search_clamp;
  GtkSearchEntry  *search_entry;
  GtkDropDown     *sort_dropdown;
  GtkStack        *stack;
  AdwStatusPage   *error_page;
  GListStore      *entries;
};

G_DEFINE_FINAL_TYPE (TrellisLibraryView, trellis_library_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_REGISTRY,
  N_PROPS
};

enum {
  PROJECT_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The entries of the dropdown, in order. */
typedef enum
{
  SORT_LAST_OPENED,
  SORT_NAME,
  SORT_MODIFIED,
} SortOrder;

/* Case folded first: in the C locale collation alone puts "Zeta" before "alpha". */
static char *
dup_name_key (TrellisRegistryEntry *entry)
{
  const char *name = trellis_registry_entry_get_name (entry);
  g_autofree char *folded = g_utf8_casefold (name != NULL ? name : "", -1);

  return g_utf8_collate_key (folded, -1);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  TrellisRegistryEntry *entry_a = *(TrellisRegistryEntry **) a;
  TrellisRegistryEntry *entry_b = *(TrellisRegistryEntry **) b;
  g_autofree char *key_a = dup_name_key (entry_a);
  g_autofree char *key_b = dup_name_key (entry_b);
  int cmp = strcmp (key_a, key_b);

  if (cmp != 0)
    return cmp;
  return g_strcmp0 (trellis_registry_entry_get_path (entry_a),
                    trellis_registry_entry_get_path (entry_b));
}

static GDateTime *
parse_modified (TrellisRegistryEntry *entry)
{
  const char *modified = trellis_registry_entry_get_modified (entry);

  return modified != NULL ? g_date_time_new_from_iso8601 (modified, NULL) : NULL;
}

/* The newest first; entries without a time last, by name. */
static int
compare_modified (gconstpointer a,
                  gconstpointer b)
{
  g_autoptr(GDateTime) time_a = parse_modified (*(TrellisRegistryEntry **) a);
  g_autoptr(GDateTime) time_b = parse_modified (*(TrellisRegistryEntry **) b);

  if (time_a != NULL && time_b != NULL && !g_date_time_equal (time_a, time_b))
    return g_date_time_compare (time_b, time_a);
  if ((time_a == NULL) != (time_b == NULL))
    return time_a == NULL ? 1 : -1;
  return compare_names (a, b);
}

/* "Last opened" keeps the registry's order: the most recently opened
 * first, or the best match first while searching. */
static void
sort_entries (TrellisLibraryView *self,
              GPtrArray          *entries)
{
  switch (gtk_drop_down_get_selected (self->sort_dropdown))
    {
    case SORT_NAME:
      g_ptr_array_sort (entries, compare_names);
      break;
    case SORT_MODIFIED:
      g_ptr_array_sort (entries, compare_modified);
      break;
    default:
      break;
    }
}

static void
show_entries (TrellisLibraryView *self,
              GPtrArray          *entries)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  gboolean searching = g_strstrip (text)[0] != '\0';
  const char *page = "list";

  sort_entries (self, entries);
  g_list_store_splice (self->entries, 0, g_list_model_get_n_items (G_LIST_MODEL (self->entries)),
                       entries->pdata, entries->len);
  if (entries->len == 0)
    page = searching ? "no-results" : "empty";

  gtk_stack_set_visible_child_name (self->stack, page);
  gtk_widget_set_visible (GTK_WIDGET (self->search_clamp), entries->len > 0 || searching);
}

static void
on_search_entry_search_changed_cb (TrellisLibraryView *self,
                                   GtkSearchEntry     *entry)
{
  g_assert (TRELLIS_IS_LIBRARY_VIEW (self));

  trellis_library_view_reload (self);
}

static void
show_error_dialog (TrellisLibraryView *self,
                   const char         *heading,
                   const GError       *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   heading, error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* @title is markup: the names in it are escaped with escape_name (). */
static char *
escape_name (const char *name)
{
  return g_markup_escape_text (name != NULL ? name : "", -1);
}

static void
add_toast (TrellisLibraryView *self,
           const char         *title,
           const char         *button_label,
           const char         *action_name,
           const char         *path)
{
  AdwToast *toast = adw_toast_new (title);

  if (button_label != NULL)
    {
      adw_toast_set_button_label (toast, button_label);
      adw_toast_set_action_name (toast, action_name);
      adw_toast_set_action_target_value (toast, g_variant_new_string (path));
    }
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* A file that is gone cannot open: offer to find it instead. */
static void
activate_entry (TrellisLibraryView   *self,
                TrellisRegistryEntry *entry)
{
  g_autoptr(GFile) file = trellis_registry_entry_dup_file (entry);

  if (trellis_registry_entry_get_missing (entry) && !g_file_query_exists (file, NULL))
    {
      g_autofree char *name = escape_name (trellis_registry_entry_get_name (entry));
      /* translators: %s is the name of a project whose file is not where it was */
      g_autofree char *title = g_strdup_printf (_("“%s” was moved or deleted"), name);

      add_toast (self, title, _("_Locate…"), "library.locate",
                 trellis_registry_entry_get_path (entry));
      return;
    }
  g_signal_emit (self, signals[PROJECT_ACTIVATED], 0, file);
}

/* Enter opens the best match, as in GNOME Shell's search. */
static void
on_search_entry_activate_cb (TrellisLibraryView *self,
                             GtkSearchEntry     *entry)
{
  g_autoptr(TrellisRegistryEntry) first = NULL;

  g_assert (TRELLIS_IS_LIBRARY_VIEW (self));

  first = g_list_model_get_item (G_LIST_MODEL (self->entries), 0);
  if (first != NULL)
    activate_entry (self, first);
}

static void
on_search_entry_stop_search_cb (TrellisLibraryView *self,
                                GtkSearchEntry     *entry)
{
  g_assert (TRELLIS_IS_LIBRARY_VIEW (self));

  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
on_list_view_activate_cb (TrellisLibraryView *self,
                          guint               position,
                          GtkListView        *list_view)
{
  g_autoptr(TrellisRegistryEntry) entry = NULL;

  g_assert (TRELLIS_IS_LIBRARY_VIEW (self));

  entry = g_list_model_get_item (G_LIST_MODEL (self->entries), position);
  if (entry != NULL)
    activate_entry (self, entry);
}

static void
on_sort_dropdown_notify_selected_cb (TrellisLibraryView *self,
                                     GParamSpec         *pspec,
                                     GtkDropDown        *dropdown)
{
  g_assert (TRELLIS_IS_LIBRARY_VIEW (self));

  trellis_library_view_reload (self);
}

static TrellisRegistryEntry *
lookup_entry (TrellisLibraryView *self,
              GFile              *file)
{
  g_autoptr(GError) error = NULL;
  TrellisRegistryEntry *entry = trellis_registry_lookup (self->registry, file, &error);

  if (entry == NULL)
    g_debug ("Not in the registry: %s", error->message);
  return entry;
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TrellisLibraryView *self = TRELLIS_LIBRARY_VIEW (widget);
  const char *path = g_variant_get_string (parameter, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(TrellisRegistryEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;

  if (self->registry == NULL || !(entry = lookup_entry (self, file)))
    return;
  if (!trellis_registry_remove (self->registry, file, &error))
    {
      show_error_dialog (self, _("Could Not Remove the Project from the List"), error);
      return;
    }

  trellis_library_view_reload (self);
  name = escape_name (trellis_registry_entry_get_name (entry));
  /* translators: %s is the name of a project; the file itself stays where it is */
  title = g_strdup_printf (_("Removed “%s” from the list"), name);
  add_toast (self, title, _("_Undo"), "library.undo-remove", path);
}

static void
undo_remove_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TrellisLibraryView *self = TRELLIS_LIBRARY_VIEW (widget);
  g_autoptr(GFile) file = g_file_new_for_path (g_variant_get_string (parameter, NULL));
  g_autoptr(GError) error = NULL;

  if (self->registry == NULL)
    return;
  /* The entry comes back from the file, which has to be readable. */
  if (!trellis_registry_add_file (self->registry, file, &error))
    {
      show_error_dialog (self, _("Could Not Put the Project Back in the List"), error);
      return;
    }
  trellis_library_view_reload (self);
}

static void
on_locate_chooser_response_cb (TrellisLibraryView *self,
                               int                 response,
                               GtkNativeDialog    *native)
{
  GFile *old_file = g_object_get_data (G_OBJECT (native), "trellis-old-file");

  g_assert (TRELLIS_IS_LIBRARY_VIEW (self));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) new_file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      g_autoptr(GError) error = NULL;

      if (new_file != NULL && !trellis_library_view_relocate (self, old_file, new_file, &error))
        show_error_dialog (self, _("Could Not Locate the Project"), error);
    }

  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

static void
locate_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TrellisLibraryView *self = TRELLIS_LIBRARY_VIEW (widget);
  GFile *old_file = g_file_new_for_path (g_variant_get_string (parameter, NULL));
  g_autoptr(GFile) folder = g_file_get_parent (old_file);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (_("Locate Project"),
                                        GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Select"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_filter_set_name (filter, _("Trellis Projects"));
  gtk_file_filter_add_pattern (filter, "*.trellis");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  /* Where it was is a good place to start looking, if that folder is left. */
  if (folder != NULL && g_file_query_exists (folder, NULL))
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);

  g_object_set_data_full (G_OBJECT (native), "trellis-old-file", old_file, g_object_unref);
  g_signal_connect_object (native, "response", G_CALLBACK (on_locate_chooser_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
trellis_library_view_dispose (GObject *object)
{
  TrellisLibraryView *self = TRELLIS_LIBRARY_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TRELLIS_TYPE_LIBRARY_VIEW);
  g_clear_object (&self->registry);

  G_OBJECT_CLASS (trellis_library_view_parent_class)->dispose (object);
}

static void
trellis_library_view_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  TrellisLibraryView *self = TRELLIS_LIBRARY_VIEW (object);

  switch (prop_id)
    {
    case PROP_REGISTRY:
      g_value_set_object (value, trellis_library_view_get_registry (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trellis_library_view_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  TrellisLibraryView *self = TRELLIS_LIBRARY_VIEW (object);

  switch (prop_id)
    {
    case PROP_REGISTRY:
      trellis_library_view_set_registry (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bind_template (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, TrellisLibraryView, box);
  gtk_widget_class_bind_template_child (widget_class, TrellisLibraryView, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TrellisLibraryView, search_clamp);
  gtk_widget_class_bind_template_child (widget_class, TrellisLibraryView, sort_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TrellisLibraryView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, TrellisLibraryView, stack);
  gtk_widget_class_bind_template_child (widget_class, TrellisLibraryView, error_page);
  gtk_widget_class_bind_template_child (widget_class, TrellisLibraryView, entries);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_sort_dropdown_notify_selected_cb);
}

static void
trellis_library_view_class_init (TrellisLibraryViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trellis_library_view_dispose;
  object_class->get_property = trellis_library_view_get_property;
  object_class->set_property = trellis_library_view_set_property;

  properties[PROP_REGISTRY] =
    g_param_spec_object ("registry", NULL, NULL, TRELLIS_TYPE_REGISTRY,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TrellisLibraryView::project-activated:
   * @file: the project file chosen
   *
   * Emitted when the user picks a project to open.
   */
  signals[PROJECT_ACTIVATED] =
    g_signal_new ("project-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_FILE);

  g_type_ensure (TRELLIS_TYPE_REGISTRY_ENTRY);
  g_type_ensure (TRELLIS_TYPE_LIBRARY_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/trellis/Trellis/ui/"
                                               "trellis-library-view.ui");
  bind_template (widget_class);

  gtk_widget_class_install_action (widget_class, "library.remove", "s", remove_action);
  gtk_widget_class_install_action (widget_class, "library.undo-remove", "s", undo_remove_action);
  gtk_widget_class_install_action (widget_class, "library.locate", "s", locate_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "trellislibraryview");
}

static void
trellis_library_view_init (TrellisLibraryView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  trellis_library_view_reload (self);
}

GtkWidget *
trellis_library_view_new (void)
{
  return g_object_new (TRELLIS_TYPE_LIBRARY_VIEW, NULL);
}

/**
 * trellis_library_view_get_registry:
 *
 * Returns: (transfer none) (nullable): the registry listed
 */
TrellisRegistry *
trellis_library_view_get_registry (TrellisLibraryView *self)
{
  g_return_val_if_fail (TRELLIS_IS_LIBRARY_VIEW (self), NULL);

  return self->registry;
}

/* A damaged registry was set aside and rebuilt: said once, with where the
 * damaged file is kept, so that a short list does not look like loss. */
static void
tell_if_rebuilt (TrellisLibraryView *self)
{
  const char *damaged = trellis_registry_get_recovered_from (self->registry);
  guint n = trellis_registry_get_n_salvaged (self->registry);
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;

  if (damaged == NULL || g_object_get_data (G_OBJECT (self->registry), "trellis-told-rebuilt"))
    return;
  g_object_set_data (G_OBJECT (self->registry), "trellis-told-rebuilt", GINT_TO_POINTER (TRUE));
  base = g_filename_display_basename (damaged);
  name = escape_name (base);
  /* translators: the project list (a database) was damaged; %u projects were
   * found again from it; the last %s is the name the damaged file is kept under */
  title = g_strdup_printf (ngettext ("The project list was damaged and has been rebuilt, with %u project "
                                     "found again; the damaged list is kept as “%s”",
                                     "The project list was damaged and has been rebuilt, with %u projects "
                                     "found again; the damaged list is kept as “%s”", n), n, name);
  add_toast (self, title, NULL, NULL, NULL);
}

/**
 * trellis_library_view_set_registry:
 * @registry: (nullable): the registry to list
 *
 * Lists @registry, searched with the text typed.
 */
void
trellis_library_view_set_registry (TrellisLibraryView *self,
                                   TrellisRegistry    *registry)
{
  g_return_if_fail (TRELLIS_IS_LIBRARY_VIEW (self));
  g_return_if_fail (registry == NULL || TRELLIS_IS_REGISTRY (registry));

  if (!g_set_object (&self->registry, registry))
    return;

  trellis_library_view_reload (self);
  tell_if_rebuilt (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REGISTRY]);
}

/**
 * trellis_library_view_show_error:
 * @error: why the registry cannot be listed
 *
 * Shows @error instead of the projects, until the next reload.
 */
void
trellis_library_view_show_error (TrellisLibraryView *self,
                                 const GError       *error)
{
  g_autofree char *markup = NULL;

  g_return_if_fail (TRELLIS_IS_LIBRARY_VIEW (self));
  g_return_if_fail (error != NULL);

  /* The status page reads its description as markup. */
  markup = g_markup_escape_text (error->message, -1);
  adw_status_page_set_description (self->error_page, markup);
  g_list_store_remove_all (self->entries);
  gtk_stack_set_visible_child_name (self->stack, "error");
  gtk_widget_set_visible (GTK_WIDGET (self->search_clamp), FALSE);
}

/**
 * trellis_library_view_reload:
 *
 * Reads the registry again, for the text in the search entry.
 */
void
trellis_library_view_reload (TrellisLibraryView *self)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  const char *text;

  g_return_if_fail (TRELLIS_IS_LIBRARY_VIEW (self));

  if (self->registry == NULL)
    {
      g_autoptr(GPtrArray) none = g_ptr_array_new ();

      show_entries (self, none);
      return;
    }

  text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  entries = trellis_registry_search_best (self->registry, text, MAX_RESULTS, &error);
  if (entries == NULL)
    {
      trellis_library_view_show_error (self, error);
      return;
    }
  show_entries (self, entries);
}

/**
 * trellis_library_view_relocate:
 * @old_file: a registered file, typically one marked missing
 * @new_file: where the user says it is now
 *
 * The end of "Locate…": reads @new_file, which has to load, moves the
 * entry of @old_file there and lists the registry again.
 *
 * Returns: %TRUE if the entry was moved, %FALSE with @error set
 */
gboolean
trellis_library_view_relocate (TrellisLibraryView  *self,
                               GFile               *old_file,
                               GFile               *new_file,
                               GError             **error)
{
  g_autoptr(TrellisProject) project = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (TRELLIS_IS_LIBRARY_VIEW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (old_file), FALSE);
  g_return_val_if_fail (G_IS_FILE (new_file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->registry == NULL)
    {
      g_set_error_literal (error, TRELLIS_REGISTRY_ERROR, TRELLIS_REGISTRY_ERROR_FAILED,
                           _("The project library is not open"));
      return FALSE;
    }
  /* The loader's message names the file and the line. */
  if (!(project = trellis_project_load (new_file, error)) ||
      !trellis_registry_relocate (self->registry, old_file, new_file, error))
    return FALSE;

  trellis_library_view_reload (self);
  name = escape_name (trellis_project_get_name (project));
  /* translators: %s is the name of a project whose file was found again */
  title = g_strdup_printf (_("Found “%s”"), name);
  add_toast (self, title, NULL, NULL, NULL);
  return TRUE;
}
