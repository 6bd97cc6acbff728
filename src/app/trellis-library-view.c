/* trellis-library-view.c: the start page, every registered project with a search
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "trellis-library-view"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-app-utils.h"
#include "trellis-library-view.h"

/* Enough to fill a window; a search finds the others. */
#define MAX_RESULTS 200

struct _TrellisLibraryView
{
  GtkWidget        parent_instance;

  TrellisRegistry *registry;

  /* Template widgets */
  GtkWidget       *box;
  AdwClamp        *search_clamp;
  GtkSearchEntry  *search_entry;
  GtkStack        *stack;
  GtkListView     *list_view;
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

/* "Cluster · Region · Stage", leaving out what is not set. */
static char *
format_details (GtkListItem *item,
                const char  *cluster,
                const char  *region,
                const char  *stage)
{
  const char *parts[] = { cluster, region, trellis_app_stage_title_for_nick (stage) };
  g_autoptr(GString) details = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      if (parts[i] == NULL || parts[i][0] == '\0')
        continue;
      if (details->len > 0)
        g_string_append (details, " · ");
      g_string_append (details, parts[i]);
    }

  return g_string_free (g_steal_pointer (&details), FALSE);
}

static char *
format_modified (GtkListItem *item,
                 const char  *modified)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  if (modified == NULL || !(utc = g_date_time_new_from_iso8601 (modified, NULL)))
    return g_strdup ("");

  local = g_date_time_to_local (utc);
  if (g_date_time_get_year (local) == g_date_time_get_year (now)
      && g_date_time_get_day_of_year (local) == g_date_time_get_day_of_year (now))
    /* translators: when a project was last changed, today; see the strftime manual page */
    return g_date_time_format (local, _("Today %H:%M"));
  if (g_date_time_get_year (local) == g_date_time_get_year (now))
    /* translators: when a project was last changed, this year; see the strftime manual page */
    return g_date_time_format (local, _("%-d %b"));
  /* translators: when a project was last changed, before this year; see the strftime manual page */
  return g_date_time_format (local, _("%-d %b %Y"));
}

static void
show_entries (TrellisLibraryView *self,
              GPtrArray          *entries)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  gboolean searching = g_strstrip (text)[0] != '\0';
  const char *page = "list";

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

/* Enter opens the best match, as in GNOME Shell's search. */
static void
on_search_entry_activate_cb (TrellisLibraryView *self,
                             GtkSearchEntry     *entry)
{
  g_autoptr(TrellisRegistryEntry) first = NULL;
  g_autoptr(GFile) file = NULL;

  g_assert (TRELLIS_IS_LIBRARY_VIEW (self));

  first = g_list_model_get_item (G_LIST_MODEL (self->entries), 0);
  if (first == NULL)
    return;
  file = trellis_registry_entry_dup_file (first);
  g_signal_emit (self, signals[PROJECT_ACTIVATED], 0, file);
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
  g_autoptr(GFile) file = NULL;

  g_assert (TRELLIS_IS_LIBRARY_VIEW (self));

  entry = g_list_model_get_item (G_LIST_MODEL (self->entries), position);
  if (entry == NULL)
    return;
  file = trellis_registry_entry_dup_file (entry);
  g_signal_emit (self, signals[PROJECT_ACTIVATED], 0, file);
}

static void
set_row_factory (TrellisLibraryView *self)
{
  g_autoptr(GtkBuilderScope) scope = gtk_builder_cscope_new ();
  g_autoptr(GtkListItemFactory) factory = NULL;

  gtk_builder_cscope_add_callback_symbols (GTK_BUILDER_CSCOPE (scope),
                                           "format_details", G_CALLBACK (format_details),
                                           "format_modified", G_CALLBACK (format_modified),
                                           NULL);
  factory = gtk_builder_list_item_factory_new_from_resource (scope,
                                                             "/io/github/trellis/Trellis/ui/"
                                                             "trellis-library-row.ui");
  gtk_list_view_set_factory (self->list_view, factory);
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
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/trellis/Trellis/ui/"
                                               "trellis-library-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TrellisLibraryView, box);
  gtk_widget_class_bind_template_child (widget_class, TrellisLibraryView, search_clamp);
  gtk_widget_class_bind_template_child (widget_class, TrellisLibraryView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, TrellisLibraryView, stack);
  gtk_widget_class_bind_template_child (widget_class, TrellisLibraryView, list_view);
  gtk_widget_class_bind_template_child (widget_class, TrellisLibraryView, error_page);
  gtk_widget_class_bind_template_child (widget_class, TrellisLibraryView, entries);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_view_activate_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "trellislibraryview");
}

static void
trellis_library_view_init (TrellisLibraryView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  set_row_factory (self);
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
