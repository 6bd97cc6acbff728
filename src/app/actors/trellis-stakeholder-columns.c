/* trellis-stakeholder-columns.c: the columns of the stakeholder register
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One column per field of a stakeholder, each sortable in the order of
 * trellis_stakeholder_compare(). The name and organisation are edited in
 * place (GtkEditableLabel, committed when editing stops), enumerations
 * with a drop-down and yes/no fields with a check button; the long texts
 * are shown on one line, in full in their tooltip, and edited in the
 * side panel.
 *
 * A cell follows its stakeholder's "notify" while it is bound, so an undo
 * from the window shows at once, and every change goes through the
 * project's history, never through the widgets' own undo.
 */

#define G_LOG_DOMAIN "trellis-stakeholder-columns"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-app-utils.h"
#include "trellis-stakeholder-columns.h"

typedef enum
{
  CELL_NAME,    /* editable, required, with the warning for critics of high influence */
  CELL_ENTRY,   /* editable text */
  CELL_TEXT,    /* text shown on one line */
  CELL_ENUM,
  CELL_CHECK,
} CellKind;

typedef enum
{
  FIELD_HELIX,
  FIELD_ATTITUDE,
  FIELD_INFLUENCE,
  FIELD_INTEREST,
  FIELD_ROLE,
  FIELD_CHAMPION,
} EnumField;

/* A column reads and writes its field through the typed accessors: texts
 * and yes/no fields through their getter and setter, enumerations through
 * get_enum() and set_enum() by @enum_field. */
typedef struct
{
  guint       field;      /* TRELLIS_STAKEHOLDER_FIELD_…: the sort key; its name names the cell */
  const char *title;
  CellKind    kind;
  int         width;
  gboolean    expand;
  const char *(*get_text) (TrellisStakeholder *self);
  void        (*set_text) (TrellisStakeholder *self,
                           const char         *value);
  gboolean    (*get_check) (TrellisStakeholder *self);
  void        (*set_check) (TrellisStakeholder *self,
                            gboolean            value);
  EnumField   enum_field;
  GType       (*enum_type) (void);
} ColumnInfo;

#define TEXT_COLUMN(field, FIELD, title, kind, width, expand) \
  { TRELLIS_STAKEHOLDER_FIELD_##FIELD, title, kind, width, expand, \
    .get_text = trellis_stakeholder_get_##field, .set_text = trellis_stakeholder_set_##field }
#define ENUM_COLUMN(FIELD, title, width, id, type_func) \
  { TRELLIS_STAKEHOLDER_FIELD_##FIELD, title, CELL_ENUM, width, FALSE, .enum_field = id, .enum_type = type_func }
#define CHECK_COLUMN(field, FIELD, title, width) \
  { TRELLIS_STAKEHOLDER_FIELD_##FIELD, title, CELL_CHECK, width, FALSE, \
    .get_check = trellis_stakeholder_get_##field, .set_check = trellis_stakeholder_set_##field }

static const ColumnInfo columns[] = {
  TEXT_COLUMN (name, NAME, N_("Name"), CELL_NAME, 230, TRUE),
  TEXT_COLUMN (organisation, ORGANISATION, N_("Organisation"), CELL_ENTRY, 190, TRUE),
  ENUM_COLUMN (HELIX, N_("Helix"), 200, FIELD_HELIX, trellis_helix_get_type),
  CHECK_COLUMN (internal, INTERNAL, N_("Member"), 84),
  ENUM_COLUMN (ATTITUDE, N_("Attitude"), 112, FIELD_ATTITUDE, trellis_attitude_get_type),
  ENUM_COLUMN (INFLUENCE, N_("Influence"), 108, FIELD_INFLUENCE, trellis_level_get_type),
  ENUM_COLUMN (INTEREST, N_("Interest"), 100, FIELD_INTEREST, trellis_level_get_type),
  ENUM_COLUMN (ROLE, N_("Role"), 164, FIELD_ROLE, trellis_role_get_type),
  ENUM_COLUMN (CHAMPION, N_("Champion"), 184, FIELD_CHAMPION, trellis_champion_get_type),
  CHECK_COLUMN (committed, COMMITTED, N_("Committed"), 100),
  TEXT_COLUMN (description, DESCRIPTION, N_("Description"), CELL_TEXT, 240, TRUE),
  TEXT_COLUMN (measure, MEASURE, N_("Engagement Measure"), CELL_TEXT, 240, TRUE),
  TEXT_COLUMN (contact, CONTACT, N_("Contact"), CELL_TEXT, 220, FALSE),
};

static int
get_enum (TrellisStakeholder *stakeholder,
          EnumField           field)
{
  switch (field)
    {
    case FIELD_HELIX:
      return trellis_stakeholder_get_helix (stakeholder);
    case FIELD_ATTITUDE:
      return trellis_stakeholder_get_attitude (stakeholder);
    case FIELD_INFLUENCE:
      return trellis_stakeholder_get_influence (stakeholder);
    case FIELD_INTEREST:
      return trellis_stakeholder_get_interest (stakeholder);
    case FIELD_ROLE:
      return trellis_stakeholder_get_role (stakeholder);
    case FIELD_CHAMPION:
      return trellis_stakeholder_get_champion (stakeholder);
    default:
      g_return_val_if_reached (0);
    }
}

static void
set_enum (TrellisStakeholder *stakeholder,
          EnumField           field,
          int                 value)
{
  switch (field)
    {
    case FIELD_HELIX:
      trellis_stakeholder_set_helix (stakeholder, value);
      break;
    case FIELD_ATTITUDE:
      trellis_stakeholder_set_attitude (stakeholder, value);
      break;
    case FIELD_INFLUENCE:
      trellis_stakeholder_set_influence (stakeholder, value);
      break;
    case FIELD_INTEREST:
      trellis_stakeholder_set_interest (stakeholder, value);
      break;
    case FIELD_ROLE:
      trellis_stakeholder_set_role (stakeholder, value);
      break;
    case FIELD_CHAMPION:
      trellis_stakeholder_set_champion (stakeholder, value);
      break;
    default:
      g_return_if_reached ();
    }
}

typedef struct
{
  const ColumnInfo *info;
  GtkWidget        *widget;   /* what shows the value and edits it */
  GtkWidget        *label;    /* CELL_ENUM: the value when not editable */
  GtkWidget        *icon;     /* CELL_NAME: the warning */
  TrellisStakeholder *item;   /* while bound */
  gulong            notify_id;
  gboolean          updating;
} Cell;

static void
cell_free (gpointer data)
{
  Cell *cell = data;

  if (cell->item != NULL)
    g_clear_signal_handler (&cell->notify_id, cell->item);
  g_clear_object (&cell->item);
  g_free (cell);
}

/* One line, whatever the text holds. */
static char *
single_line (const char *text)
{
  char *line = g_strdup (text != NULL ? text : "");

  g_strdelimit (line, "\r\n\t", ' ');
  return line;
}

static void
refresh_cell (Cell *cell)
{
  const ColumnInfo *info = cell->info;

  if (cell->item == NULL)
    return;

  cell->updating = TRUE;
  switch (cell->info->kind)
    {
    case CELL_NAME:
      gtk_widget_set_visible (cell->icon,
                              trellis_stakeholder_needs_attention (cell->item));
      G_GNUC_FALLTHROUGH;
    case CELL_ENTRY:
      {
        const char *text = info->get_text (cell->item);

        gtk_editable_set_text (GTK_EDITABLE (cell->widget), text != NULL ? text : "");
        gtk_widget_set_tooltip_text (cell->widget, text);
        break;
      }
    case CELL_TEXT:
      {
        const char *text = info->get_text (cell->item);
        g_autofree char *line = single_line (text);

        gtk_label_set_label (GTK_LABEL (cell->widget), line);
        gtk_widget_set_tooltip_text (cell->widget, text != NULL && *text != '\0' ? text : NULL);
        break;
      }
    case CELL_ENUM:
      {
        int value = get_enum (cell->item, info->enum_field);
        const char *label = trellis_enum_label (info->enum_type (), value);

        gtk_drop_down_set_selected (GTK_DROP_DOWN (cell->widget), value);
        gtk_label_set_label (GTK_LABEL (cell->label), label);
        gtk_widget_set_tooltip_text (cell->widget, label);
        gtk_widget_set_tooltip_text (cell->label, label);
        break;
      }
    case CELL_CHECK:
      gtk_check_button_set_active (GTK_CHECK_BUTTON (cell->widget),
                                   info->get_check (cell->item));
      break;
    default:
      g_assert_not_reached ();
    }
  cell->updating = FALSE;
}

/* Editing stopped: keep the text, unless a required field would be empty. */
static void
on_editable_notify_editing_cb (GtkEditableLabel *label,
                               GParamSpec       *pspec,
                               Cell             *cell)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (label));
  const char *current;
  g_autofree char *stripped = NULL;

  if (cell->updating || cell->item == NULL || gtk_editable_label_get_editing (label))
    return;

  current = cell->info->get_text (cell->item);
  if (g_strcmp0 (text, current != NULL ? current : "") == 0)
    return;

  stripped = g_strstrip (g_strdup (text));
  if (*stripped == '\0' && cell->info->kind == CELL_NAME)
    refresh_cell (cell);
  else
    cell->info->set_text (cell->item, *stripped == '\0' ? NULL : text);
}

static void
on_drop_down_notify_selected_cb (GtkDropDown *drop_down,
                                 GParamSpec  *pspec,
                                 Cell        *cell)
{
  guint selected = gtk_drop_down_get_selected (drop_down);

  if (cell->updating || cell->item == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;

  set_enum (cell->item, cell->info->enum_field, (int) selected);
}

static void
on_check_toggled_cb (GtkCheckButton *check,
                     Cell           *cell)
{
  if (cell->updating || cell->item == NULL)
    return;

  cell->info->set_check (cell->item, gtk_check_button_get_active (check));
}

static GtkWidget *
create_editable (Cell    *cell,
                 GObject *editable_source)
{
  GtkWidget *label = gtk_editable_label_new ("");
  GtkWidget *stack = gtk_widget_get_first_child (label);

  /* Its label (inside a stack, before the text) ellipsizes in a narrow column. */
  for (GtkWidget *child = stack != NULL ? gtk_widget_get_first_child (stack) : NULL;
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LABEL (child))
      gtk_label_set_ellipsize (GTK_LABEL (child), PANGO_ELLIPSIZE_END);
  gtk_editable_set_enable_undo (GTK_EDITABLE (label), FALSE);
  gtk_widget_set_hexpand (label, TRUE);
  g_object_bind_property (editable_source, "editable", label, "editable", G_BINDING_SYNC_CREATE);
  g_signal_connect (label, "notify::editing", G_CALLBACK (on_editable_notify_editing_cb), cell);
  trellis_app_fix_editable_label (GTK_EDITABLE_LABEL (label));
  return label;
}

static void
on_value_setup_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (list_item, label);
}

static void
on_value_bind_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item)
{
  GtkStringObject *value = gtk_list_item_get_item (list_item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (list_item)), gtk_string_object_get_string (value));
}

/* The drop-down's button ellipsizes the value to the column's width. */
static GtkListItemFactory *
create_value_factory (void)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (on_value_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_value_bind_cb), NULL);
  return factory;
}

static GtkWidget *
create_enum (Cell    *cell,
             GObject *editable_source)
{
  GType type = cell->info->enum_type ();
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) factory = create_value_factory ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  for (guint i = 0; i < trellis_enum_n_values (type); i++)
    gtk_string_list_append (labels, trellis_enum_label (type, i));

  cell->widget = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&labels)), NULL);
  gtk_widget_set_hexpand (cell->widget, TRUE);
  gtk_drop_down_set_factory (GTK_DROP_DOWN (cell->widget), factory);
  g_signal_connect (cell->widget, "notify::selected", G_CALLBACK (on_drop_down_notify_selected_cb), cell);
  cell->label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (cell->label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (cell->label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (cell->label, TRUE);
  /* Read-only projects show the value, not a button. */
  g_object_bind_property (editable_source, "editable", cell->widget, "visible", G_BINDING_SYNC_CREATE);
  g_object_bind_property (editable_source, "editable", cell->label, "visible",
                          G_BINDING_SYNC_CREATE | G_BINDING_INVERT_BOOLEAN);
  gtk_box_append (GTK_BOX (box), cell->widget);
  gtk_box_append (GTK_BOX (box), cell->label);
  return box;
}

static GtkWidget *
create_cell_widgets (Cell    *cell,
                     GObject *editable_source)
{
  GtkWidget *box;

  switch (cell->info->kind)
    {
    case CELL_NAME:
      box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      cell->icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
      gtk_widget_add_css_class (cell->icon, "warning");
      gtk_widget_set_tooltip_text (cell->icon, _("Critical and highly influential: engage them early"));
      cell->widget = create_editable (cell, editable_source);
      gtk_box_append (GTK_BOX (box), cell->icon);
      gtk_box_append (GTK_BOX (box), cell->widget);
      return box;
    case CELL_ENTRY:
      return cell->widget = create_editable (cell, editable_source);
    case CELL_TEXT:
      cell->widget = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (cell->widget), 0);
      gtk_label_set_ellipsize (GTK_LABEL (cell->widget), PANGO_ELLIPSIZE_END);
      return cell->widget;
    case CELL_ENUM:
      return create_enum (cell, editable_source);
    case CELL_CHECK:
      cell->widget = gtk_check_button_new ();
      gtk_widget_set_halign (cell->widget, GTK_ALIGN_CENTER);
      /* Not greyed out when read-only: it just takes no input. */
      g_object_bind_property (editable_source, "editable", cell->widget, "can-target", G_BINDING_SYNC_CREATE);
      g_object_bind_property (editable_source, "editable", cell->widget, "can-focus", G_BINDING_SYNC_CREATE);
      g_signal_connect (cell->widget, "toggled", G_CALLBACK (on_check_toggled_cb), cell);
      return cell->widget;
    default:
      g_assert_not_reached ();
    }
}

static void
on_factory_setup_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     const ColumnInfo         *info)
{
  GObject *editable_source = g_object_get_data (G_OBJECT (factory), "editable-source");
  TrellisItemClass *klass = g_type_class_peek (TRELLIS_TYPE_STAKEHOLDER);
  g_autofree char *name = g_strconcat ("register-", trellis_item_class_get_field (klass, info->field)->pspec->name,
                                       NULL);
  Cell *cell = g_new0 (Cell, 1);
  GtkWidget *child;

  cell->info = info;
  child = create_cell_widgets (cell, editable_source);
  /* Named after the field, for tests and the inspector. */
  gtk_widget_set_name (child, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell->widget),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _(info->title), -1);
  g_object_set_data_full (G_OBJECT (child), "trellis-cell", cell, cell_free);
  gtk_list_item_set_child (list_item, child);
}

static void
on_factory_bind_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    const ColumnInfo         *info)
{
  Cell *cell = g_object_get_data (G_OBJECT (gtk_list_item_get_child (list_item)), "trellis-cell");

  g_set_object (&cell->item, gtk_list_item_get_item (list_item));
  cell->notify_id = g_signal_connect_swapped (cell->item, "notify", G_CALLBACK (refresh_cell), cell);
  refresh_cell (cell);
}

static void
on_factory_unbind_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *list_item,
                      const ColumnInfo         *info)
{
  Cell *cell = g_object_get_data (G_OBJECT (gtk_list_item_get_child (list_item)), "trellis-cell");

  if (cell->item != NULL)
    g_clear_signal_handler (&cell->notify_id, cell->item);
  g_clear_object (&cell->item);
}

static int
compare_stakeholders (gconstpointer a,
                      gconstpointer b,
                      gpointer      field)
{
  return trellis_stakeholder_compare ((TrellisStakeholder *) a, (TrellisStakeholder *) b, GPOINTER_TO_UINT (field));
}

/**
 * trellis_stakeholder_columns_add:
 * @column_view: the register's column view, over #TrellisStakeholder items
 * @editable_source: an object whose boolean "editable" property says
 *   whether the cells take edits
 *
 * Appends a sortable column for every field of a stakeholder.
 */
void
trellis_stakeholder_columns_add (GtkColumnView *column_view,
                                 GObject       *editable_source)
{
  g_return_if_fail (GTK_IS_COLUMN_VIEW (column_view));

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      const ColumnInfo *info = &columns[i];
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;
      GtkSorter *sorter;

      g_object_set_data (G_OBJECT (factory), "editable-source", editable_source);
      g_signal_connect (factory, "setup", G_CALLBACK (on_factory_setup_cb), (gpointer) info);
      g_signal_connect (factory, "bind", G_CALLBACK (on_factory_bind_cb), (gpointer) info);
      g_signal_connect (factory, "unbind", G_CALLBACK (on_factory_unbind_cb), (gpointer) info);

      column = gtk_column_view_column_new (_(info->title), factory);
      sorter = GTK_SORTER (gtk_custom_sorter_new (compare_stakeholders, GUINT_TO_POINTER (info->field), NULL));
      gtk_column_view_column_set_sorter (column, sorter);
      g_object_unref (sorter);
      gtk_column_view_column_set_fixed_width (column, info->width);
      gtk_column_view_column_set_expand (column, info->expand);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_append_column (column_view, column);
      g_object_unref (column);
    }
}
