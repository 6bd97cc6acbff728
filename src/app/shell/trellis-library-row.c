/* trellis-library-row.c: one project of the library, with its menu
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The row's own actions (row.remove, row.locate) name no project: they
 * pass the entry's path on to the library view's actions (library.remove,
 * library.locate), so that one static menu serves every row.
 */

#define G_LOG_DOMAIN "trellis-library-row"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-app-utils.h"
#include "trellis-library-row.h"
#include "trellis-locale-format.h"

struct _TrellisLibraryRow
{
  GtkWidget             parent_instance;

  TrellisRegistryEntry *entry;

  /* Template widgets */
  GtkWidget            *box;
};

G_DEFINE_FINAL_TYPE (TrellisLibraryRow, trellis_library_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ENTRY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* "Cluster · Region · Stage", leaving out what is not set. */
static char *
format_details (TrellisLibraryRow *self,
                const char        *cluster,
                const char        *region,
                const char        *stage)
{
  const char *parts[] = { cluster, region, trellis_enum_label_for_nick (TRELLIS_TYPE_STAGE, stage) };
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
format_modified (TrellisLibraryRow *self,
                 const char        *modified)
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

/* The overall light, as the registry keeps it (a TrellisLight nick). */
static TrellisLight
parse_light (const char *nick)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (TRELLIS_TYPE_LIGHT);
  GEnumValue *value = nick != NULL ? g_enum_get_value_by_nick (klass, nick) : NULL;

  return value != NULL ? (TrellisLight) value->value : TRELLIS_LIGHT_GREY;
}

static char *
format_light_word (TrellisLibraryRow *self,
                   const char        *light)
{
  return g_strdup (trellis_enum_label (TRELLIS_TYPE_LIGHT, parse_light (light)));
}

/* The word says the light; the colour (style.css) only repeats it. */
static char **
format_light_classes (TrellisLibraryRow *self,
                      const char        *light)
{
  static const char * const classes[] = {
    "library-light-grey", "library-light-green", "library-light-amber", "library-light-red",
  };
  char *result[] = { (char *) "caption-heading", (char *) "library-light",
                     (char *) classes[parse_light (light)], NULL };

  return g_strdupv (result);
}

static char *
format_light_tooltip (TrellisLibraryRow *self,
                      const char        *light,
                      const char        *as_of,
                      const char        *reason)
{
  const char *word = trellis_enum_label (TRELLIS_TYPE_LIGHT, parse_light (light));
  g_autofree char *shown = trellis_format_date (trellis_date_parse (as_of));

  if (as_of == NULL || *as_of == '\0')
    /* translators: the status of a project the library has not judged on a known day */
    return g_strdup_printf (_("Status: %s. Open the project to judge it again."), word);
  if (reason == NULL || *reason == '\0')
    /* translators: "Status on 2026-11-30: Red" */
    return g_strdup_printf (_("Status on %s: %s"), shown != NULL ? shown : as_of, word);
  /* translators: "Status on 2026-11-30: Red. 2 of the 6 goals … are red" */
  return g_strdup_printf (_("Status on %s: %s. %s"), shown != NULL ? shown : as_of, word, reason);
}

static void
forward_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  TrellisLibraryRow *self = TRELLIS_LIBRARY_ROW (widget);
  const char *library_action = g_str_equal (action_name, "row.remove") ? "library.remove"
                                                                       : "library.locate";

  if (self->entry == NULL)
    return;
  gtk_widget_activate_action (widget, library_action, "s",
                              trellis_registry_entry_get_path (self->entry));
}

static void
trellis_library_row_dispose (GObject *object)
{
  TrellisLibraryRow *self = TRELLIS_LIBRARY_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TRELLIS_TYPE_LIBRARY_ROW);
  g_clear_object (&self->entry);

  G_OBJECT_CLASS (trellis_library_row_parent_class)->dispose (object);
}

static void
trellis_library_row_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  TrellisLibraryRow *self = TRELLIS_LIBRARY_ROW (object);

  switch (prop_id)
    {
    case PROP_ENTRY:
      g_value_set_object (value, trellis_library_row_get_entry (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trellis_library_row_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  TrellisLibraryRow *self = TRELLIS_LIBRARY_ROW (object);

  switch (prop_id)
    {
    case PROP_ENTRY:
      trellis_library_row_set_entry (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trellis_library_row_class_init (TrellisLibraryRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trellis_library_row_dispose;
  object_class->get_property = trellis_library_row_get_property;
  object_class->set_property = trellis_library_row_set_property;

  properties[PROP_ENTRY] =
    g_param_spec_object ("entry", NULL, NULL, TRELLIS_TYPE_REGISTRY_ENTRY,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/trellis/Trellis/ui/"
                                               "trellis-library-row.ui");
  gtk_widget_class_bind_template_child (widget_class, TrellisLibraryRow, box);
  gtk_widget_class_bind_template_callback (widget_class, format_details);
  gtk_widget_class_bind_template_callback (widget_class, format_modified);
  gtk_widget_class_bind_template_callback (widget_class, format_light_word);
  gtk_widget_class_bind_template_callback (widget_class, format_light_classes);
  gtk_widget_class_bind_template_callback (widget_class, format_light_tooltip);

  gtk_widget_class_install_action (widget_class, "row.remove", NULL, forward_action);
  gtk_widget_class_install_action (widget_class, "row.locate", NULL, forward_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "trellislibraryrow");
}

static void
trellis_library_row_init (TrellisLibraryRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * trellis_library_row_get_entry:
 *
 * Returns: (transfer none) (nullable): the project shown
 */
TrellisRegistryEntry *
trellis_library_row_get_entry (TrellisLibraryRow *self)
{
  g_return_val_if_fail (TRELLIS_IS_LIBRARY_ROW (self), NULL);

  return self->entry;
}

void
trellis_library_row_set_entry (TrellisLibraryRow    *self,
                               TrellisRegistryEntry *entry)
{
  g_return_if_fail (TRELLIS_IS_LIBRARY_ROW (self));
  g_return_if_fail (entry == NULL || TRELLIS_IS_REGISTRY_ENTRY (entry));

  if (!g_set_object (&self->entry, entry))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTRY]);
}
