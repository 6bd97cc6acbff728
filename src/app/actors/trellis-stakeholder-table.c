/* trellis-stakeholder-table.c: the stakeholder register
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A view of a step's tool page (TrellisToolPage), with the "editable"
 * property every such view has.  A TrellisRegister of the project's
 * stakeholders: one column per field, in the order of
 * trellis_stakeholder_compare(); the filter menu restricts by helix,
 * attitude, influence, membership and commitment
 * (trellis_stakeholder_filter_matches()); the panel at the right shows
 * every field of the selected one (trellis-stakeholder-panel.c).
 *
 * Deleting asks first when actions or other items refer to the stakeholder;
 * undo brings it back, with the same UUID.
 */

#define G_LOG_DOMAIN "trellis-stakeholder-table"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-stakeholder-panel.h"
#include "trellis-stakeholder-table.h"

struct _TrellisStakeholderTable
{
  TrellisRegister           parent_instance;

  TrellisStakeholderFilter *filter;
};

G_DEFINE_FINAL_TYPE (TrellisStakeholderTable, trellis_stakeholder_table, TRELLIS_TYPE_REGISTER)

static char *
attention (TrellisItem *item)
{
  if (!trellis_stakeholder_needs_attention (TRELLIS_STAKEHOLDER (item)))
    return NULL;
  return g_strdup (_("Critical and highly influential: engage them early"));
}

#define COLUMN(FIELD, title, kind, width, expand) \
  { TRELLIS_STAKEHOLDER_FIELD_##FIELD, title, TRELLIS_CELL_##kind, width, expand }

/* The long texts show on one line, in full in their tooltip, and are
 * edited in the side panel. */
static const TrellisRegisterColumn columns[] = {
  { TRELLIS_STAKEHOLDER_FIELD_NAME, N_("Name"), TRELLIS_CELL_TEXT, 230, TRUE, .required = TRUE,
    .flag = attention, .flag_icon = "dialog-warning-symbolic", .flag_class = "warning" },
  COLUMN (ORGANISATION, N_("Organisation"), TEXT, 190, TRUE),
  COLUMN (HELIX, N_("Helix"), ENUM, 200, FALSE),
  COLUMN (INTERNAL, N_("Member"), CHECK, 84, FALSE),
  COLUMN (ATTITUDE, N_("Attitude"), ENUM, 112, FALSE),
  COLUMN (INFLUENCE, N_("Influence"), LEVEL, 108, FALSE),
  COLUMN (INTEREST, N_("Interest"), LEVEL, 100, FALSE),
  COLUMN (ROLE, N_("Role"), ENUM, 164, FALSE),
  COLUMN (CHAMPION, N_("Champion"), ENUM, 184, FALSE),
  COLUMN (COMMITTED, N_("Committed"), CHECK, 100, FALSE),
  COLUMN (DESCRIPTION, N_("Description"), LABEL, 240, TRUE),
  COLUMN (MEASURE, N_("Engagement Measure"), LABEL, 240, TRUE),
  COLUMN (CONTACT, N_("Contact"), LABEL, 220, FALSE),
};

#undef COLUMN

static const TrellisRegisterInfo info = {
  .item_type = G_TYPE_INVALID,   /* set in class_init: not a constant */
  .columns = columns,
  .n_columns = G_N_ELEMENTS (columns),
  .icon_name = "system-users-symbolic",
  .empty_title = N_("No Stakeholders Yet"),
  .empty_description = N_("Add the firms, universities and public bodies to involve"),
  .none_found_title = N_("No Matching Stakeholders"),
  .search_placeholder = N_("Search stakeholders"),
  .search_tooltip = N_("Search names, organisations, descriptions, measures and contacts (Ctrl+F)"),
  .filter_tooltip = N_("Show Only Some Stakeholders"),
  .add_label = N_("_Add Stakeholder"),
  .add_tooltip = N_("Add a Stakeholder to the Register"),
  .item_removed = N_("They will no longer refer to this stakeholder. You can undo this."),
};

/* The filter menu: a submenu per restriction; "any" is -1. */
typedef struct
{
  const char *action;   /* in the "register" group */
  guint       field;    /* TRELLIS_STAKEHOLDER_FIELD_… */
  const char *title;
  const char *any;
  const char *yes;   /* booleans only */
  const char *no;
} FilterMenu;

static const FilterMenu filter_menus[] = {
  { "filter-helix", TRELLIS_STAKEHOLDER_FIELD_HELIX, N_("_Helix"), N_("Any Helix"), NULL, NULL },
  { "filter-attitude", TRELLIS_STAKEHOLDER_FIELD_ATTITUDE, N_("_Attitude"), N_("Any Attitude"),
    NULL, NULL },
  { "filter-influence", TRELLIS_STAKEHOLDER_FIELD_INFLUENCE, N_("_Influence"), N_("Any Influence"),
    NULL, NULL },
  { "filter-internal", TRELLIS_STAKEHOLDER_FIELD_INTERNAL, N_("_Membership"),
    N_("Members and External Actors"), N_("Cluster Members"), N_("External Actors") },
  { "filter-committed", TRELLIS_STAKEHOLDER_FIELD_COMMITTED, N_("_Commitment"), N_("Committed or Not"),
    N_("Committed Members"), N_("Not Committed") },
};

static void
restriction_change_state (GSimpleAction *action,
                          GVariant      *state,
                          gpointer       user_data)
{
  TrellisStakeholderTable *self = user_data;
  const char *name = g_action_get_name (G_ACTION (action));

  g_simple_action_set_state (action, state);
  for (guint i = 0; i < G_N_ELEMENTS (filter_menus); i++)
    if (g_str_equal (filter_menus[i].action, name))
      trellis_stakeholder_filter_set_restriction (self->filter, filter_menus[i].field,
                                                  g_variant_get_int32 (state));
  trellis_register_refilter (TRELLIS_REGISTER (self));
}

static const GActionEntry action_entries[] = {
  { "filter-helix", NULL, "i", "-1", restriction_change_state },
  { "filter-attitude", NULL, "i", "-1", restriction_change_state },
  { "filter-influence", NULL, "i", "-1", restriction_change_state },
  { "filter-internal", NULL, "i", "-1", restriction_change_state },
  { "filter-committed", NULL, "i", "-1", restriction_change_state },
};

static void
append_choice (GMenu      *menu,
               const char *label,
               const char *action,
               int         value)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, g_variant_new_int32 (value));
  g_menu_append_item (menu, item);
}

static GMenuModel *
build_filter_menu (void)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) submenus = g_menu_new ();
  g_autoptr(GMenu) clear = g_menu_new ();
  TrellisItemClass *klass = g_type_class_ref (TRELLIS_TYPE_STAKEHOLDER);

  for (guint i = 0; i < G_N_ELEMENTS (filter_menus); i++)
    {
      const FilterMenu *menu_info = &filter_menus[i];
      GType type = trellis_item_class_get_field (klass, menu_info->field)->pspec->value_type;
      g_autofree char *action = g_strconcat ("register.", menu_info->action, NULL);
      g_autoptr(GMenu) submenu = g_menu_new ();

      append_choice (submenu, _(menu_info->any), action, -1);
      if (type == G_TYPE_BOOLEAN)
        {
          append_choice (submenu, _(menu_info->yes), action, 1);
          append_choice (submenu, _(menu_info->no), action, 0);
        }
      else
        {
          for (guint v = 0; v < trellis_enum_n_values (type); v++)
            append_choice (submenu, trellis_enum_label (type, v), action, v);
        }
      g_menu_append_submenu (submenus, _(menu_info->title), G_MENU_MODEL (submenu));
    }
  g_menu_append_section (menu, NULL, G_MENU_MODEL (submenus));
  g_menu_append (clear, _("_Clear Filters"), "register.clear-filters");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (clear));
  g_type_class_unref (klass);
  return G_MENU_MODEL (menu);
}

/* The register's class functions */

static gboolean
match (TrellisRegister *view,
       TrellisItem     *item)
{
  return trellis_stakeholder_filter_matches (TRELLIS_STAKEHOLDER_TABLE (view)->filter, TRELLIS_STAKEHOLDER (item));
}

static void
set_search (TrellisRegister *view,
            const char      *text)
{
  trellis_stakeholder_filter_set_search (TRELLIS_STAKEHOLDER_TABLE (view)->filter, text);
}

static gboolean
is_filtered (TrellisRegister *view)
{
  return !trellis_stakeholder_filter_is_empty (TRELLIS_STAKEHOLDER_TABLE (view)->filter);
}

static gboolean
is_restricted (TrellisRegister *view)
{
  return trellis_stakeholder_filter_is_restricted (TRELLIS_STAKEHOLDER_TABLE (view)->filter);
}

static void
clear_filters (TrellisRegister *view)
{
  for (guint i = 0; i < G_N_ELEMENTS (filter_menus); i++)
    {
      g_autofree char *action = g_strconcat ("register.", filter_menus[i].action, NULL);

      gtk_widget_activate_action (GTK_WIDGET (view), action, "i", -1);
    }
}

/* It takes the filter's restrictions. */
static TrellisItem *
add_item (TrellisRegister *view)
{
  return TRELLIS_ITEM (trellis_project_add_stakeholder (trellis_register_get_project (view), NULL,
                                                        TRELLIS_STAKEHOLDER_TABLE (view)->filter));
}

static char *
describe_count (TrellisRegister *view,
                guint            shown,
                guint            total)
{
  if (shown == total && !is_filtered (view))
    /* translators: the size of the register */
    return g_strdup_printf (ngettext ("%u stakeholder", "%u stakeholders", total), total);
  /* translators: shown of all, such as “12 of 30 stakeholders” */
  return g_strdup_printf (ngettext ("%u of %u stakeholder", "%u of %u stakeholders", total), shown, total);
}

static char *
describe_referrers (TrellisRegister *view,
                    TrellisItem     *item)
{
  return trellis_stakeholder_describe_referrers (trellis_register_get_project (view), TRELLIS_STAKEHOLDER (item));
}

static int
compare (TrellisRegister *view,
         TrellisItem     *a,
         TrellisItem     *b,
         guint            field)
{
  return trellis_stakeholder_compare (TRELLIS_STAKEHOLDER (a), TRELLIS_STAKEHOLDER (b), field);
}

/* GObject */

static void
trellis_stakeholder_table_finalize (GObject *object)
{
  TrellisStakeholderTable *self = TRELLIS_STAKEHOLDER_TABLE (object);

  g_clear_pointer (&self->filter, trellis_stakeholder_filter_free);

  G_OBJECT_CLASS (trellis_stakeholder_table_parent_class)->finalize (object);
}

static void
trellis_stakeholder_table_class_init (TrellisStakeholderTableClass *klass)
{
  static TrellisRegisterInfo class_info;
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TrellisRegisterClass *register_class = TRELLIS_REGISTER_CLASS (klass);

  object_class->finalize = trellis_stakeholder_table_finalize;

  class_info = info;
  class_info.item_type = TRELLIS_TYPE_STAKEHOLDER;
  register_class->info = &class_info;
  register_class->match = match;
  register_class->set_search = set_search;
  register_class->is_filtered = is_filtered;
  register_class->is_restricted = is_restricted;
  register_class->clear_filters = clear_filters;
  register_class->add_item = add_item;
  register_class->describe_count = describe_count;
  register_class->describe_referrers = describe_referrers;
  register_class->compare = compare;

  g_type_ensure (TRELLIS_TYPE_STAKEHOLDER_PANEL);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/trellis/Trellis/ui/trellis-stakeholder-table.ui");
}

static void
trellis_stakeholder_table_init (TrellisStakeholderTable *self)
{
  g_autoptr(GMenuModel) menu = build_filter_menu ();

  self->filter = trellis_stakeholder_filter_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  trellis_register_add_actions (TRELLIS_REGISTER (self), action_entries, G_N_ELEMENTS (action_entries));
  trellis_register_set_filter_menu (TRELLIS_REGISTER (self), menu);
}

/**
 * trellis_stakeholder_table_new:
 *
 * Returns: (transfer floating): the view of @project
 */
GtkWidget *
trellis_stakeholder_table_new (TrellisProject *project)
{
  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);

  return g_object_new (TRELLIS_TYPE_STAKEHOLDER_TABLE, "project", project, NULL);
}
