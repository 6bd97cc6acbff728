/* trellis-tool-page.c: a step of the method with its tools, one view each
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page keeps the method in sight while people work: the step's number,
 * name and question head it, and its guide (what the step asks for, with a
 * live checklist) is one click away. Below, a switcher picks the tool: the
 * SWOT board or the TOWS strategies, the register or the grid.
 *
 * The tools are the page's rows of the table of tools (trellis-tools.c).
 * Each is built the first time it is shown (a TrellisLazyBin holds its
 * place in the stack until then), so opening a project builds none.
 * Every view is a TrellisToolView; the page sets "editable" on all of
 * them, so a project opened read-only takes no edits.
 */

#define G_LOG_DOMAIN "trellis-tool-page"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-app-utils.h"
#include "trellis-lazy-bin.h"
#include "trellis-step-page.h"
#include "trellis-tool-page.h"
#include "trellis-tool-view.h"

struct _TrellisToolPage
{
  GtkWidget             parent_instance;

  TrellisProject       *project;
  const TrellisAppStep *info;
  gboolean              editable;

  /* Template widgets */
  GtkLabel             *number_label;
  GtkLabel             *title_label;
  GtkLabel             *question_label;
  AdwViewSwitcher      *switcher;
  GtkMenuButton        *guide_button;
  GtkPopover           *guide_popover;
  AdwViewStack         *stack;
};

G_DEFINE_FINAL_TYPE (TrellisToolPage, trellis_tool_page, GTK_TYPE_WIDGET)

static void
trellis_tool_page_dispose (GObject *object)
{
  TrellisToolPage *self = TRELLIS_TOOL_PAGE (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), TRELLIS_TYPE_TOOL_PAGE);
  /* The template's top child has no id, so disposing the template leaves it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (trellis_tool_page_parent_class)->dispose (object);
}

static void
trellis_tool_page_class_init (TrellisToolPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trellis_tool_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/trellis/Trellis/ui/trellis-tool-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TrellisToolPage, number_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisToolPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisToolPage, question_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisToolPage, switcher);
  gtk_widget_class_bind_template_child (widget_class, TrellisToolPage, guide_button);
  gtk_widget_class_bind_template_child (widget_class, TrellisToolPage, guide_popover);
  gtk_widget_class_bind_template_child (widget_class, TrellisToolPage, stack);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
trellis_tool_page_init (TrellisToolPage *self)
{
  self->editable = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
}

typedef struct
{
  TrellisToolPage      *page;
  const TrellisAppTool *tool;
} ToolPlace;

static GtkWidget *
build_view (gpointer user_data)
{
  ToolPlace *place = user_data;
  GtkWidget *view = place->tool->new_view (place->page->project);

  g_assert (TRELLIS_IS_TOOL_VIEW (view));
  g_assert (G_TYPE_CHECK_INSTANCE_TYPE (view, place->tool->get_type ()));
  trellis_tool_view_set_editable (TRELLIS_TOOL_VIEW (view), place->page->editable);
  return view;
}

static void
add_tool (TrellisToolPage      *self,
          const TrellisAppTool *tool)
{
  ToolPlace *place = g_new0 (ToolPlace, 1);
  AdwViewStackPage *page;

  place->page = self;
  place->tool = tool;
  page = adw_view_stack_add_titled (self->stack, trellis_lazy_bin_new (build_view, place, g_free),
                                    tool->name, _(tool->title));
  adw_view_stack_page_set_icon_name (page, tool->icon_name);
}

/* The guide is built when it is first opened. */
static void
on_guide_popover_show_cb (TrellisToolPage *self)
{
  GtkWidget *guide;

  if (gtk_popover_get_child (self->guide_popover) != NULL)
    return;

  guide = trellis_step_page_new (self->info->page_name, self->project);
  trellis_step_page_set_tools_ready (TRELLIS_STEP_PAGE (guide), TRUE);
  gtk_widget_set_size_request (guide, 460, 520);
  gtk_popover_set_child (self->guide_popover, guide);
}

static TrellisLazyBin *
find_place (TrellisToolPage *self,
            const char      *name)
{
  GtkWidget *bin;

  if (name == NULL)
    return NULL;
  bin = adw_view_stack_get_child_by_name (self->stack, name);
  return TRELLIS_IS_LAZY_BIN (bin) ? TRELLIS_LAZY_BIN (bin) : NULL;
}

/**
 * trellis_tool_page_new:
 * @page_name: a step of trellis_app_get_steps() ("potentials")
 *
 * Returns: (transfer floating): the page, with a place for each of its
 *   tools; none is built yet
 */
GtkWidget *
trellis_tool_page_new (const char     *page_name,
                       TrellisProject *project)
{
  const TrellisAppStep *info = trellis_app_find_page (page_name);
  const TrellisAppTool *tools;
  guint n_tools;
  TrellisToolPage *self;
  g_autofree char *number = NULL;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (info != NULL, NULL);

  self = g_object_new (TRELLIS_TYPE_TOOL_PAGE, NULL);
  self->project = g_object_ref (project);
  self->info = info;

  /* The dashboard is not a step of the method: it has no number. */
  number = g_strdup_printf ("%d", info->step);
  gtk_label_set_label (self->number_label, number);
  gtk_widget_set_visible (GTK_WIDGET (self->number_label), info->step != TRELLIS_STEP_NONE);
  if (info->step == TRELLIS_STEP_NONE)
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->guide_button), _("How This Page Works"));
  gtk_label_set_label (self->title_label, _(info->title));
  gtk_label_set_label (self->question_label, _(info->question));

  g_signal_connect_object (self->guide_popover, "show", G_CALLBACK (on_guide_popover_show_cb),
                           self, G_CONNECT_SWAPPED);

  tools = trellis_app_get_tools (&n_tools);
  for (guint i = 0; i < n_tools; i++)
    if (g_str_equal (tools[i].page_name, page_name))
      add_tool (self, &tools[i]);
  return GTK_WIDGET (self);
}

/**
 * trellis_tool_page_get_view:
 *
 * Builds the view called @name if it is not built yet.
 *
 * Returns: (transfer none) (nullable): the view called @name, %NULL if the
 *   page has no such tool
 */
GtkWidget *
trellis_tool_page_get_view (TrellisToolPage *self,
                            const char      *name)
{
  TrellisLazyBin *place;

  g_return_val_if_fail (TRELLIS_IS_TOOL_PAGE (self), NULL);

  place = find_place (self, name);
  return place != NULL ? trellis_lazy_bin_get_child (place) : NULL;
}

/**
 * trellis_tool_page_peek_view:
 *
 * Returns: (transfer none) (nullable): the view called @name if it is
 *   built, %NULL otherwise
 */
GtkWidget *
trellis_tool_page_peek_view (TrellisToolPage *self,
                             const char      *name)
{
  TrellisLazyBin *place;

  g_return_val_if_fail (TRELLIS_IS_TOOL_PAGE (self), NULL);

  place = find_place (self, name);
  return place != NULL ? trellis_lazy_bin_peek_child (place) : NULL;
}

const char *
trellis_tool_page_get_view_name (TrellisToolPage *self)
{
  g_return_val_if_fail (TRELLIS_IS_TOOL_PAGE (self), NULL);

  return adw_view_stack_get_visible_child_name (self->stack);
}

/**
 * trellis_tool_page_set_view_name:
 *
 * Returns: %FALSE if the page has no view @name
 */
gboolean
trellis_tool_page_set_view_name (TrellisToolPage *self,
                                 const char      *name)
{
  g_return_val_if_fail (TRELLIS_IS_TOOL_PAGE (self), FALSE);

  if (find_place (self, name) == NULL)
    return FALSE;

  adw_view_stack_set_visible_child_name (self->stack, name);
  return TRUE;
}

/**
 * trellis_tool_page_set_editable:
 *
 * Whether the views take edits (not for a project opened read-only);
 * views built later take it too.
 */
void
trellis_tool_page_set_editable (TrellisToolPage *self,
                                gboolean         editable)
{
  g_autoptr(GtkSelectionModel) pages = NULL;

  g_return_if_fail (TRELLIS_IS_TOOL_PAGE (self));

  self->editable = editable;
  pages = adw_view_stack_get_pages (self->stack);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);
      GtkWidget *view = trellis_lazy_bin_peek_child (TRELLIS_LAZY_BIN (adw_view_stack_page_get_child (page)));

      if (view != NULL)
        trellis_tool_view_set_editable (TRELLIS_TOOL_VIEW (view), editable);
    }
}
