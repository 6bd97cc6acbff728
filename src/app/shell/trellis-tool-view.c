/* trellis-tool-view.c: what every tool of a step offers its page
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A tool is one view of a step (the SWOT board, the timeline…), listed in
 * the table of tools (trellis-tools.c) and built by its page the first
 * time it is shown. Every tool view implements this interface: the project
 * it shows, given once at construction ("project", construct-only), and
 * whether it takes edits ("editable", FALSE for a project opened
 * read-only). A view may install its own "editable" property, of the same
 * type, or override the interface's.
 *
 * Views that follow the project's broad "changed" signal connect it with
 * trellis_tool_view_follow_changes(): while the view is hidden the changes
 * are held, and replayed (one per kind of item) when it is shown again, so
 * that hidden tools do no work while people edit elsewhere.
 */

#define G_LOG_DOMAIN "trellis-tool-view"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-tool-view.h"

G_DEFINE_INTERFACE (TrellisToolView, trellis_tool_view, GTK_TYPE_WIDGET)

static void
trellis_tool_view_default_init (TrellisToolViewInterface *iface)
{
  g_object_interface_install_property (iface,
                                       g_param_spec_object ("project", NULL, NULL, TRELLIS_TYPE_PROJECT,
                                                            (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                                             G_PARAM_STATIC_STRINGS)));
  g_object_interface_install_property (iface,
                                       g_param_spec_boolean ("editable", NULL, NULL, TRUE,
                                                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                              G_PARAM_STATIC_STRINGS)));
}

/**
 * trellis_tool_view_get_project:
 *
 * Returns: (transfer none): the project the view shows
 */
TrellisProject *
trellis_tool_view_get_project (TrellisToolView *self)
{
  g_autoptr(TrellisProject) project = NULL;

  g_return_val_if_fail (TRELLIS_IS_TOOL_VIEW (self), NULL);

  /* The view holds its own reference for its whole life. */
  g_object_get (self, "project", &project, NULL);
  return project;
}

gboolean
trellis_tool_view_get_editable (TrellisToolView *self)
{
  gboolean editable = FALSE;

  g_return_val_if_fail (TRELLIS_IS_TOOL_VIEW (self), FALSE);

  g_object_get (self, "editable", &editable, NULL);
  return editable;
}

/**
 * trellis_tool_view_set_editable:
 *
 * Whether the view takes edits (not for a project opened read-only).
 */
void
trellis_tool_view_set_editable (TrellisToolView *self,
                                gboolean         editable)
{
  g_return_if_fail (TRELLIS_IS_TOOL_VIEW (self));

  g_object_set (self, "editable", editable, NULL);
}

/* The changes a hidden view has not seen: the last item of each type that
 * changed (the handlers look at the item's type only), and whether a change
 * came without an item. */
typedef struct
{
  GtkWidget  *view;
  GCallback   changed_cb;
  GHashTable *held;
  gboolean    held_none;
} HeldChanges;

static void
held_changes_free (gpointer data)
{
  HeldChanges *held = data;

  g_hash_table_unref (held->held);
  g_free (held);
}

static void
deliver (HeldChanges *held,
         TrellisItem *item)
{
  ((void (*) (gpointer, TrellisItem *)) held->changed_cb) (held->view, item);
}

static void
on_project_changed_cb (TrellisProject *project,
                       TrellisItem    *item,
                       GtkWidget      *view)
{
  HeldChanges *held = g_object_get_data (G_OBJECT (view), "trellis-held-changes");

  if (gtk_widget_get_mapped (held->view))
    deliver (held, item);
  else if (item == NULL)
    held->held_none = TRUE;
  else
    g_hash_table_replace (held->held, GSIZE_TO_POINTER (G_OBJECT_TYPE (item)), g_object_ref (item));
}

static void
on_view_map_cb (GtkWidget   *view,
                HeldChanges *held)
{
  g_autoptr(GList) items = g_hash_table_get_values (held->held);

  /* The handlers may change the project: take the held items first. */
  g_hash_table_steal_all (held->held);
  for (GList *l = items; l != NULL; l = l->next)
    {
      g_autoptr(TrellisItem) item = l->data;

      deliver (held, item);
    }
  if (held->held_none)
    {
      held->held_none = FALSE;
      deliver (held, NULL);
    }
}

/**
 * trellis_tool_view_follow_changes:
 * @view: a #GtkWidget, usually a #TrellisToolView
 * @changed_cb: called as `changed_cb (view, item)`, like a swapped handler
 *   of the project's "changed" signal
 *
 * Connects @changed_cb to @project's "changed" signal for the life of
 * @view, but only while @view is shown: changes made while it is hidden
 * are held and given to it when it is mapped again, once per type of item
 * (with the last item of that type that changed), then once with %NULL if
 * a change came without an item. One such handler per view.
 */
void
trellis_tool_view_follow_changes (gpointer        view,
                                  TrellisProject *project,
                                  GCallback       changed_cb)
{
  HeldChanges *held;

  g_return_if_fail (GTK_IS_WIDGET (view));
  g_return_if_fail (TRELLIS_IS_PROJECT (project));
  g_return_if_fail (changed_cb != NULL);

  held = g_new0 (HeldChanges, 1);
  held->view = view;
  held->changed_cb = changed_cb;
  held->held = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  g_object_set_data_full (G_OBJECT (view), "trellis-held-changes", held, held_changes_free);
  g_signal_connect_object (project, "changed", G_CALLBACK (on_project_changed_cb), view, 0);
  g_signal_connect (view, "map", G_CALLBACK (on_view_map_cb), held);
}
