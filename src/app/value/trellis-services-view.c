/* trellis-services-view.c: the service portfolio of step 3, grouped by funding
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A view of the value step's tool page (TrellisToolPage), with the
 * "editable" property every such view has.  A TrellisRegister of the
 * project's services: what the cluster organisation offers its members,
 * each pre-assessed by its area, how often it runs, the effort it takes,
 * how much members appreciate it and how it is funded.
 *
 * The services are always grouped by funding (fee-based, membership fee,
 * free of charge, to review), by sorting as the action plan does (GTK 4.8
 * has no column view sections): the funding column comes first, and the
 * count above the table says how many services each group has.  A high-effort service that
 * members rate low is flagged beside its name, with the reason in its
 * tooltip and in the panel (trellis_rules_service_needs_review()).  The
 * filter menu shows one funding, or only the services to review.
 */

#define G_LOG_DOMAIN "trellis-services-view"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "trellis-services-view.h"

struct _TrellisServicesView
{
  TrellisRegister  parent_instance;

  char            *search;        /* casefolded, NULL for none */
  int              funding;       /* -1: any */
  gboolean         review_only;
};

G_DEFINE_FINAL_TYPE (TrellisServicesView, trellis_services_view, TRELLIS_TYPE_REGISTER)

#define VIEW(view) TRELLIS_SERVICES_VIEW (view)

/* The groups, in the order they are shown. */
static const TrellisFunding group_order[] = {
  TRELLIS_FUNDING_FEE_BASED,
  TRELLIS_FUNDING_MEMBERSHIP,
  TRELLIS_FUNDING_FREE,
  TRELLIS_FUNDING_TO_REVIEW,
};

static guint
group_of (TrellisService *service)
{
  TrellisFunding funding = trellis_service_get_funding (service);

  for (guint i = 0; i < G_N_ELEMENTS (group_order); i++)
    if (group_order[i] == funding)
      return i;
  return G_N_ELEMENTS (group_order);
}

static char *
review_reason (TrellisItem *item)
{
  return trellis_rules_describe_service_review (TRELLIS_SERVICE (item));
}

#define COLUMN(FIELD, title, kind, width, expand) \
  { TRELLIS_SERVICE_FIELD_##FIELD, title, TRELLIS_CELL_##kind, width, expand }

static const TrellisRegisterColumn columns[] = {
  COLUMN (FUNDING, N_("Funding"), ENUM, 150, FALSE),
  { TRELLIS_SERVICE_FIELD_NAME, N_("Service"), TRELLIS_CELL_TEXT, 240, TRUE, .required = TRUE,
    .flag = review_reason, .flag_icon = "dialog-warning-symbolic", .flag_class = "warning" },
  COLUMN (AREA, N_("Service Area"), ENUM, 200, FALSE),
  COLUMN (FREQUENCY, N_("Frequency"), TEXT, 130, FALSE),
  COLUMN (EFFORT, N_("Effort"), LEVEL, 100, FALSE),
  COLUMN (APPRECIATION, N_("Members’ Appreciation"), LEVEL, 130, FALSE),
  COLUMN (DESCRIPTION, N_("Description"), LABEL, 240, TRUE),
};

#undef COLUMN

static const TrellisRegisterInfo info = {
  .columns = columns,
  .n_columns = G_N_ELEMENTS (columns),
  .icon_name = "emblem-shared-symbolic",
  .empty_title = N_("No Services Yet"),
  .empty_description = N_("List what the cluster organisation offers its members. For each service, rate "
                          "the effort it takes and how much members value it, and say how it is paid for: "
                          "by its own fees, from membership fees, free of charge, or still to decide"),
  .none_found_title = N_("No Matching Services"),
  .search_placeholder = N_("Search services"),
  .search_tooltip = N_("Search names, frequencies and descriptions (Ctrl+F)"),
  .filter_tooltip = N_("Show Only Some Services"),
  .add_label = N_("_Add Service"),
  .add_tooltip = N_("Add a Service to the Portfolio"),
  .item_removed = N_("You can undo this."),
};

/* The filter menu */

static void
funding_change_state (GSimpleAction *action,
                      GVariant      *state,
                      gpointer       user_data)
{
  g_simple_action_set_state (action, state);
  VIEW (user_data)->funding = g_variant_get_int32 (state);
  trellis_register_refilter (TRELLIS_REGISTER (user_data));
}

static void
review_change_state (GSimpleAction *action,
                     GVariant      *state,
                     gpointer       user_data)
{
  g_simple_action_set_state (action, state);
  VIEW (user_data)->review_only = g_variant_get_boolean (state);
  trellis_register_refilter (TRELLIS_REGISTER (user_data));
}

static const GActionEntry action_entries[] = {
  { "filter-funding", NULL, "i", "-1", funding_change_state },
  { "filter-review", NULL, NULL, "false", review_change_state },
};

static GMenuModel *
build_filter_menu (void)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) funding = g_menu_new ();
  g_autoptr(GMenu) toggles = g_menu_new ();
  g_autoptr(GMenuItem) any = g_menu_item_new (_("Any Funding"), NULL);

  g_menu_item_set_action_and_target_value (any, "register.filter-funding", g_variant_new_int32 (-1));
  g_menu_append_item (funding, any);
  for (guint i = 0; i < G_N_ELEMENTS (group_order); i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (trellis_enum_label (TRELLIS_TYPE_FUNDING, group_order[i]), NULL);

      g_menu_item_set_action_and_target_value (item, "register.filter-funding",
                                               g_variant_new_int32 (group_order[i]));
      g_menu_append_item (funding, item);
    }
  g_menu_append_section (menu, NULL, G_MENU_MODEL (funding));
  g_menu_append (toggles, _("Only Services to _Review"), "register.filter-review");
  g_menu_append (toggles, _("_Clear Filters"), "register.clear-filters");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (toggles));
  return G_MENU_MODEL (menu);
}

/* The groups' counts: “Fee-based 3 · Membership 5 · …” */
static char *
describe_groups (TrellisProject *project)
{
  GListModel *services = trellis_project_get_items (project, TRELLIS_TYPE_SERVICE);
  guint counts[G_N_ELEMENTS (group_order) + 1] = { 0 };
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (services); i++)
    {
      g_autoptr(TrellisService) service = g_list_model_get_item (services, i);

      counts[group_of (service)]++;
    }
  for (guint i = 0; i < G_N_ELEMENTS (group_order); i++)
    {
      if (counts[i] == 0)
        continue;
      if (text->len > 0)
        g_string_append (text, " · ");
      /* translators: a kind of funding and how many services it pays for, such as “Fee-based 3” */
      g_string_append_printf (text, _("%s %u"), trellis_enum_label (TRELLIS_TYPE_FUNDING, group_order[i]), counts[i]);
    }
  return g_string_free (text, FALSE);
}

/* The register's class functions */

static gboolean
contains (const char *haystack,
          const char *needle)
{
  g_autofree char *folded = haystack != NULL ? g_utf8_casefold (haystack, -1) : NULL;

  return folded != NULL && strstr (folded, needle) != NULL;
}

static gboolean
match (TrellisRegister *view,
       TrellisItem     *item)
{
  TrellisServicesView *self = VIEW (view);
  TrellisService *service = TRELLIS_SERVICE (item);

  if (self->funding >= 0 && (int) trellis_service_get_funding (service) != self->funding)
    return FALSE;
  if (self->review_only && !trellis_rules_service_needs_review (service))
    return FALSE;
  return self->search == NULL ||
         contains (trellis_service_get_name (service), self->search) ||
         contains (trellis_service_get_frequency (service), self->search) ||
         contains (trellis_service_get_description (service), self->search);
}

static void
set_search (TrellisRegister *view,
            const char      *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  g_clear_pointer (&VIEW (view)->search, g_free);
  if (*stripped != '\0')
    VIEW (view)->search = g_utf8_casefold (stripped, -1);
}

static gboolean
is_restricted (TrellisRegister *view)
{
  return VIEW (view)->funding >= 0 || VIEW (view)->review_only;
}

static gboolean
is_filtered (TrellisRegister *view)
{
  return is_restricted (view) || VIEW (view)->search != NULL;
}

static void
clear_filters (TrellisRegister *view)
{
  gtk_widget_activate_action (GTK_WIDGET (view), "register.filter-funding", "i", -1);
  if (VIEW (view)->review_only)
    gtk_widget_activate_action (GTK_WIDGET (view), "register.filter-review", NULL);
}

/* “New service”, or “New service 2” if that name is taken. */
static char *
new_name (TrellisProject *project)
{
  GListModel *services = trellis_project_get_items (project, TRELLIS_TYPE_SERVICE);
  const char *base = _("New service");
  char *name = g_strdup (base);

  for (guint n = 2;; n++)
    {
      gboolean taken = FALSE;

      for (guint i = 0; i < g_list_model_get_n_items (services) && !taken; i++)
        {
          g_autoptr(TrellisService) service = g_list_model_get_item (services, i);

          taken = g_strcmp0 (trellis_service_get_name (service), name) == 0;
        }
      if (!taken)
        return name;
      g_free (name);
      /* translators: the name of a new service when “New service” is taken, such as “New service 2” */
      name = g_strdup_printf (_("%s %u"), base, n);
    }
}

/* It takes the funding the filter shows; one undo step. */
static TrellisItem *
add_item (TrellisRegister *view)
{
  TrellisProject *project = trellis_register_get_project (view);
  g_autofree char *name = new_name (project);
  g_autoptr(TrellisService) service = trellis_service_new (name);
  TrellisHistory *history = trellis_project_get_history (project);

  if (VIEW (view)->funding >= 0)
    trellis_service_set_funding (service, VIEW (view)->funding);
  trellis_history_begin_group (history, _("Add Service"));
  trellis_project_add_item (project, service);
  trellis_history_end_group (history);
  return TRELLIS_ITEM (service);
}

static char *
describe_count (TrellisRegister *view,
                guint            shown,
                guint            total)
{
  g_autofree char *groups = NULL;
  g_autofree char *count = NULL;

  if (is_filtered (view))
    /* translators: shown of all, such as “4 of 13 services” */
    return g_strdup_printf (ngettext ("%u of %u service", "%u of %u services", total), shown, total);

  /* translators: the size of the service portfolio */
  count = g_strdup_printf (ngettext ("%u service", "%u services", total), total);
  groups = describe_groups (trellis_register_get_project (view));
  if (*groups == '\0')
    return g_steal_pointer (&count);
  /* translators: the size of the portfolio, then its groups, such as “6 services: Fee-based 2 · Free of charge 4” */
  return g_strdup_printf (_("%s: %s"), count, groups);
}

static int
compare_groups (TrellisRegister *view,
                TrellisItem     *a,
                TrellisItem     *b)
{
  return (int) group_of (TRELLIS_SERVICE (a)) - (int) group_of (TRELLIS_SERVICE (b));
}

/* GObject */

static void
trellis_services_view_finalize (GObject *object)
{
  g_clear_pointer (&VIEW (object)->search, g_free);

  G_OBJECT_CLASS (trellis_services_view_parent_class)->finalize (object);
}

static void
trellis_services_view_class_init (TrellisServicesViewClass *klass)
{
  static TrellisRegisterInfo class_info;
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TrellisRegisterClass *register_class = TRELLIS_REGISTER_CLASS (klass);

  object_class->finalize = trellis_services_view_finalize;

  class_info = info;
  class_info.item_type = TRELLIS_TYPE_SERVICE;
  register_class->info = &class_info;
  register_class->match = match;
  register_class->set_search = set_search;
  register_class->is_filtered = is_filtered;
  register_class->is_restricted = is_restricted;
  register_class->clear_filters = clear_filters;
  register_class->add_item = add_item;
  register_class->describe_count = describe_count;
  register_class->compare_groups = compare_groups;

  g_type_ensure (TRELLIS_TYPE_SERVICE_PANEL);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/trellis/Trellis/ui/trellis-services-view.ui");
}

static void
trellis_services_view_init (TrellisServicesView *self)
{
  g_autoptr(GMenuModel) menu = build_filter_menu ();

  self->funding = -1;
  gtk_widget_init_template (GTK_WIDGET (self));
  trellis_register_add_actions (TRELLIS_REGISTER (self), action_entries, G_N_ELEMENTS (action_entries));
  trellis_register_set_filter_menu (TRELLIS_REGISTER (self), menu);
  gtk_widget_add_css_class (GTK_WIDGET (trellis_register_get_column_view (TRELLIS_REGISTER (self))), "grouped");
}

/**
 * trellis_services_view_new:
 *
 * Returns: (transfer floating): the service portfolio of @project
 */
GtkWidget *
trellis_services_view_new (TrellisProject *project)
{
  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);

  return g_object_new (TRELLIS_TYPE_SERVICES_VIEW, "project", project, NULL);
}
