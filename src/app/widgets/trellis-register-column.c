/* trellis-register-column.c: the columns of a register, described per item type
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A column is a field and a kind of cell.  The cell reads and writes the
 * field through its property (found by the field's index, never by a
 * name in a string), so every change goes through the project's history,
 * never through the widgets' own undo.  Texts and dates are edited in
 * place (GtkEditableLabel, committed when editing stops; an empty
 * required text or a date that is not YYYY-MM-DD is refused and the
 * register shows why), enumerations with a choice button (a light drop-down,
 * trellis-register-choice.c), yes/no fields with
 * a check button, percentages with a spin button.  Those editors but the
 * check button are made when a cell is first used (trellis-register-slot.c):
 * until then, and in a read-only register, the cell is a label.
 *
 * A cell follows "notify" of its field while it is bound, so an undo from
 * the window shows at once and a change touches only the cells of that
 * field of that item.  A cell takes the register's "editable" as it is
 * made, not through a binding (a thousand bindings on the register cost
 * their weak references' upkeep, growing one at a time); when it changes
 * the register makes its cells again (trellis_register_column_renew()).  Every control is named after its column, for
 * screen readers.
 */

#define G_LOG_DOMAIN "trellis-register"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-app-utils.h"
#include "trellis-register.h"
#include "trellis-register-choice.h"
#include "trellis-locale-format.h"
#include "trellis-register-slot.h"

/**
 * trellis_register_strip_mnemonic:
 * @label: a label that may hold a mnemonic, such as "_Add Action"
 *
 * Returns: (transfer full): @label without its underscores, as an
 *   accessible name ("__" stays one "_")
 */
char *
trellis_register_strip_mnemonic (const char *label)
{
  GString *name = g_string_new (NULL);

  for (const char *p = label != NULL ? label : ""; *p != '\0'; p++)
    {
      if (*p == '_')
        {
          if (p[1] != '_')
            continue;
          p++;
        }
      g_string_append_c (name, *p);
    }
  return g_string_free (name, FALSE);
}

static GParamSpec *
column_pspec (TrellisRegisterCell *cell)
{
  TrellisItemClass *klass = g_type_class_peek (TRELLIS_REGISTER_GET_CLASS (cell->view)->info->item_type);

  return trellis_item_class_get_field (klass, cell->column->field)->pspec;
}

static void
get_value (TrellisRegisterCell *cell,
           GValue              *value)
{
  GParamSpec *pspec = column_pspec (cell);

  g_value_init (value, pspec->value_type);
  g_object_get_property (G_OBJECT (cell->item), pspec->name, value);
}

static void
set_value (TrellisRegisterCell *cell,
           const GValue        *value)
{
  g_object_set_property (G_OBJECT (cell->item), column_pspec (cell)->name, value);
}

static void
cell_free (gpointer data)
{
  TrellisRegisterCell *cell = data;

  if (cell->item != NULL)
    g_clear_signal_handler (&cell->notify_id, cell->item);
  if (cell->changed_id != 0)
    g_clear_signal_handler (&cell->changed_id, trellis_register_get_project (cell->view));
  g_clear_object (&cell->item);
  g_free (cell);
}

/* The whole text of a cell, asked for when the pointer rests on it:
 * setting a tooltip on every cell as it is bound costs more than the
 * rest of the cell (GTK also updates its accessible description). */
static gboolean
on_cell_query_tooltip_cb (GtkWidget  *widget,
                          int         x,
                          int         y,
                          gboolean    keyboard,
                          GtkTooltip *tooltip,
                          gpointer    user_data)
{
  const char *text;

  if (GTK_IS_EDITABLE (widget))
    text = gtk_editable_get_text (GTK_EDITABLE (widget));
  else
    text = gtk_label_get_label (GTK_LABEL (widget));
  if (text == NULL || *text == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/**
 * trellis_register_cell_set_text:
 * @widget: a #GtkEditable or a #GtkLabel
 *
 * Shows @text in @widget, in full in its tooltip.
 */
void
trellis_register_cell_set_text (GtkWidget  *widget,
                                const char *text)
{
  static GQuark tooltip_quark;

  if (tooltip_quark == 0)
    tooltip_quark = g_quark_from_static_string ("trellis-register-tooltip");
  if (GTK_IS_EDITABLE (widget))
    gtk_editable_set_text (GTK_EDITABLE (widget), text != NULL ? text : "");
  else
    gtk_label_set_label (GTK_LABEL (widget), text != NULL ? text : "");
  if (g_object_get_qdata (G_OBJECT (widget), tooltip_quark) == NULL)
    {
      g_object_set_qdata (G_OBJECT (widget), tooltip_quark, GINT_TO_POINTER (TRUE));
      gtk_widget_set_has_tooltip (widget, TRUE);
      g_signal_connect (widget, "query-tooltip", G_CALLBACK (on_cell_query_tooltip_cb), NULL);
    }
}

/* The text of a text, label or date cell. */
static char *
cell_text (TrellisRegisterCell *cell)
{
  g_auto(GValue) value = G_VALUE_INIT;

  if (cell->column->format != NULL)
    return cell->column->format (cell);
  get_value (cell, &value);
  if (G_VALUE_HOLDS_UINT (&value))
    {
      g_autofree char *date = trellis_format_date (g_value_get_uint (&value));

      return g_strdup (date != NULL ? date : "");
    }
  return g_strdup (g_value_get_string (&value));
}

static void
refresh_flag (TrellisRegisterCell *cell)
{
  g_autofree char *reason = cell->column->flag (cell->item);

  if (cell->icon != NULL)
    {
      gtk_widget_set_visible (cell->icon, reason != NULL);
      gtk_widget_set_tooltip_text (cell->icon, reason);
      gtk_accessible_update_property (GTK_ACCESSIBLE (cell->icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      reason != NULL ? reason : "", -1);
    }
  else
    for (guint i = 0; i < 2; i++)
      {
        GtkWidget *shown = i == 0 ? cell->widget : cell->label;

        if (shown == NULL)
          continue;
        if (reason != NULL)
          gtk_widget_add_css_class (shown, cell->column->flag_class);
        else
          gtk_widget_remove_css_class (shown, cell->column->flag_class);
      }
}

static void
refresh_choice (TrellisRegisterCell *cell)
{
  g_auto(GValue) value = G_VALUE_INIT;
  g_autofree char *text = NULL;

  get_value (cell, &value);
  switch (cell->column->kind)
    {
    case TRELLIS_CELL_ENUM:
    case TRELLIS_CELL_LEVEL:
      trellis_register_cell_set_text (cell->label, trellis_enum_label (G_VALUE_TYPE (&value),
                                                                       g_value_get_enum (&value)));
      if (cell->widget != NULL)
        trellis_register_choice_set_selected (TRELLIS_REGISTER_CHOICE (cell->widget), g_value_get_enum (&value));
      break;
    case TRELLIS_CELL_CHECK:
      gtk_check_button_set_active (GTK_CHECK_BUTTON (cell->widget), g_value_get_boolean (&value));
      break;
    case TRELLIS_CELL_PERCENT:
      if (cell->widget != NULL)
        gtk_spin_button_set_value (GTK_SPIN_BUTTON (cell->widget), g_value_get_int (&value));
      /* Translators: a percentage, such as "45 %" */
      text = g_strdup_printf (_("%d %%"), g_value_get_int (&value));
      trellis_register_cell_set_text (cell->label, text);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
refresh_cell (TrellisRegisterCell *cell)
{
  g_autofree char *text = NULL;

  if (cell->item == NULL)
    return;

  cell->updating = TRUE;
  switch (cell->column->kind)
    {
    case TRELLIS_CELL_TEXT:
    case TRELLIS_CELL_DATE:
      text = cell_text (cell);
      trellis_register_cell_set_text (cell->label, text);
      if (cell->widget != NULL)
        {
          trellis_register_cell_set_text (cell->widget, text);
          gtk_widget_remove_css_class (cell->widget, "error");
        }
      break;
    case TRELLIS_CELL_LABEL:
    case TRELLIS_CELL_MONEY:
      text = cell_text (cell);
      trellis_register_cell_set_text (cell->widget, text);
      break;
    case TRELLIS_CELL_CUSTOM:
      cell->column->refresh (cell);
      break;
    default:
      refresh_choice (cell);
    }
  if (cell->column->flag != NULL)
    refresh_flag (cell);
  cell->updating = FALSE;
}

/* Editing stopped: keep the text, unless a required text would be empty
 * or a date is not a date. */
static void
on_editable_notify_editing_cb (GtkEditableLabel    *label,
                               GParamSpec          *pspec,
                               TrellisRegisterCell *cell)
{
  g_autofree char *text = NULL;
  g_autofree char *current = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;

  if (cell->updating || cell->item == NULL || gtk_editable_label_get_editing (label))
    return;

  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (label))));
  current = cell_text (cell);
  if (g_strcmp0 (text, current != NULL ? current : "") == 0)
    return;

  if (cell->column->required && *text == '\0')
    {
      refresh_cell (cell);
      return;
    }
  if (cell->column->kind == TRELLIS_CELL_DATE && !trellis_action_check_date (text, &error))
    {
      refresh_cell (cell);
      gtk_widget_add_css_class (cell->widget, "error");
      trellis_register_show_error (cell->view, error->message);
      return;
    }
  g_value_init (&value, column_pspec (cell)->value_type);
  if (cell->column->kind == TRELLIS_CELL_DATE)
    g_value_set_uint (&value, trellis_parse_date (text));
  else
    g_value_set_string (&value, *text == '\0' ? NULL : text);
  set_value (cell, &value);
}

static void
on_choice_notify_selected_cb (TrellisRegisterChoice *choice,
                              GParamSpec            *pspec,
                              TrellisRegisterCell   *cell)
{
  guint selected = trellis_register_choice_get_selected (choice);
  g_auto(GValue) value = G_VALUE_INIT;

  if (cell->updating || cell->item == NULL)
    return;

  g_value_init (&value, column_pspec (cell)->value_type);
  g_value_set_enum (&value, selected);
  set_value (cell, &value);
}

static void
on_spin_value_changed_cb (GtkSpinButton       *spin,
                          TrellisRegisterCell *cell)
{
  g_auto(GValue) value = G_VALUE_INIT;

  if (cell->updating || cell->item == NULL)
    return;

  g_value_init (&value, G_TYPE_INT);
  g_value_set_int (&value, gtk_spin_button_get_value_as_int (spin));
  set_value (cell, &value);
}

static void
on_check_toggled_cb (GtkCheckButton      *check,
                     TrellisRegisterCell *cell)
{
  g_auto(GValue) value = G_VALUE_INIT;

  if (cell->updating || cell->item == NULL)
    return;

  g_value_init (&value, G_TYPE_BOOLEAN);
  g_value_set_boolean (&value, gtk_check_button_get_active (check));
  set_value (cell, &value);
}

/* A text cell edited in place (with GTK 4.8's focus-out workaround). */
static GtkWidget *
create_editable (TrellisRegisterCell *cell)
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
  if (cell->column->kind == TRELLIS_CELL_DATE)
    {
      gtk_editable_set_width_chars (GTK_EDITABLE (label), 10);
      gtk_widget_add_css_class (label, "numeric");
    }
  g_signal_connect (label, "notify::editing", G_CALLBACK (on_editable_notify_editing_cb), cell);
  trellis_app_fix_editable_label (GTK_EDITABLE_LABEL (label));
  return label;
}

/**
 * trellis_register_cell_label_new:
 *
 * Returns: (transfer floating): a label for a cell: at the start, on one
 *   line, ellipsized
 */
GtkWidget *
trellis_register_cell_label_new (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  return label;
}

/* A light menu button, not a GtkDropDown: see trellis-register-choice.c. */
static GtkWidget *
create_enum (TrellisRegisterCell *cell)
{
  cell->widget = trellis_register_choice_new (column_pspec (cell)->value_type);
  gtk_widget_set_hexpand (cell->widget, TRUE);
  g_signal_connect (cell->widget, "notify::selected", G_CALLBACK (on_choice_notify_selected_cb), cell);
  return cell->widget;
}

static GtkWidget *
create_percent (TrellisRegisterCell *cell)
{
  cell->widget = gtk_spin_button_new_with_range (0, 100, 5);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (cell->widget), TRUE);
  gtk_editable_set_enable_undo (GTK_EDITABLE (cell->widget), FALSE);
  g_signal_connect (cell->widget, "value-changed", G_CALLBACK (on_spin_value_changed_cb), cell);
  return cell->widget;
}

/* The editor of a slot, made on first use, named after its column. */
static GtkWidget *
build_editor (TrellisRegisterSlot *slot,
              gpointer             user_data)
{
  TrellisRegisterCell *cell = user_data;
  g_autofree char *title = trellis_register_strip_mnemonic (_(cell->column->title));

  switch (cell->column->kind)
    {
    case TRELLIS_CELL_TEXT:
    case TRELLIS_CELL_DATE:
      cell->widget = create_editable (cell);
      gtk_accessible_update_property (GTK_ACCESSIBLE (cell->widget), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
      break;
    case TRELLIS_CELL_ENUM:
    case TRELLIS_CELL_LEVEL:
      create_enum (cell);
      trellis_register_choice_set_title (TRELLIS_REGISTER_CHOICE (cell->widget), title);
      break;
    case TRELLIS_CELL_PERCENT:
      create_percent (cell);
      gtk_accessible_update_property (GTK_ACCESSIBLE (cell->widget), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
      break;
    default:
      g_assert_not_reached ();
    }
  refresh_cell (cell);
  return cell->widget;
}

static void
start_editor (GtkWidget *editor,
              gpointer   user_data)
{
  if (GTK_IS_EDITABLE_LABEL (editor))
    gtk_editable_label_start_editing (GTK_EDITABLE_LABEL (editor));
  else if (TRELLIS_IS_REGISTER_CHOICE (editor))
    trellis_register_choice_popup (TRELLIS_REGISTER_CHOICE (editor));
}

/* A label until the cell is first used, then its editor; only the label
 * when the register is read-only. */
static GtkWidget *
create_lazy (TrellisRegisterCell *cell)
{
  TrellisCellKind kind = cell->column->kind;

  cell->label = trellis_register_cell_label_new ();
  if (kind == TRELLIS_CELL_DATE || kind == TRELLIS_CELL_PERCENT)
    gtk_widget_add_css_class (cell->label, "numeric");
  if (!trellis_register_get_editable (cell->view))
    return cell->label;
  cell->slot = trellis_register_slot_new (cell->label, kind == TRELLIS_CELL_ENUM || kind == TRELLIS_CELL_LEVEL,
                                          build_editor, start_editor, cell);
  return cell->slot;
}

static GtkWidget *
create_check (TrellisRegisterCell *cell)
{
  cell->widget = gtk_check_button_new ();
  gtk_widget_set_halign (cell->widget, GTK_ALIGN_CENTER);
  /* Not greyed out when read-only: it just takes no input. */
  gtk_widget_set_can_target (cell->widget, trellis_register_get_editable (cell->view));
  gtk_widget_set_can_focus (cell->widget, trellis_register_get_editable (cell->view));
  g_signal_connect (cell->widget, "toggled", G_CALLBACK (on_check_toggled_cb), cell);
  return cell->widget;
}

static GtkWidget *
create_value (TrellisRegisterCell *cell)
{
  switch (cell->column->kind)
    {
    case TRELLIS_CELL_TEXT:
    case TRELLIS_CELL_DATE:
    case TRELLIS_CELL_ENUM:
    case TRELLIS_CELL_LEVEL:
    case TRELLIS_CELL_PERCENT:
      return create_lazy (cell);
    case TRELLIS_CELL_LABEL:
    case TRELLIS_CELL_MONEY:
      cell->widget = trellis_register_cell_label_new ();
      if (cell->column->kind == TRELLIS_CELL_MONEY)
        gtk_widget_add_css_class (cell->widget, "numeric");
      return cell->widget;
    case TRELLIS_CELL_CHECK:
      return create_check (cell);
    case TRELLIS_CELL_CUSTOM:
      return cell->column->create (cell);
    default:
      g_assert_not_reached ();
    }
}

/* The value, after the flag's icon if the column has one. */
static GtkWidget *
create_cell (TrellisRegisterCell *cell)
{
  GtkWidget *value = create_value (cell);
  GtkWidget *box;

  if (cell->column->flag == NULL || cell->column->flag_icon == NULL)
    return value;

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  cell->icon = gtk_image_new_from_icon_name (cell->column->flag_icon);
  gtk_widget_add_css_class (cell->icon, cell->column->flag_class);
  gtk_widget_set_visible (cell->icon, FALSE);
  gtk_box_append (GTK_BOX (box), cell->icon);
  gtk_box_append (GTK_BOX (box), value);
  return box;
}

static void
on_factory_setup_cb (GtkSignalListItemFactory    *factory,
                     GtkListItem                 *list_item,
                     const TrellisRegisterColumn *column)
{
  TrellisRegisterCell *cell = g_new0 (TrellisRegisterCell, 1);
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  GtkWidget *child;

  cell->column = column;
  cell->view = g_object_get_data (G_OBJECT (factory), "register");
  child = create_cell (cell);
  /* Named after the field, for tests and the inspector. */
  name = g_strconcat ("register-", column_pspec (cell)->name, NULL);
  gtk_widget_set_name (child, name);
  title = trellis_register_strip_mnemonic (_(column->title));
  /* A read-only cell's label speaks its value; a control its column. */
  if (cell->slot != NULL || cell->widget != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (cell->slot != NULL ? cell->slot : cell->widget),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  g_object_set_data_full (G_OBJECT (child), "trellis-cell", cell, cell_free);
  gtk_list_item_set_child (list_item, child);
}

/**
 * trellis_register_cell_get_editor:
 * @cell: the widget of a register's cell (named "register-" and its field)
 *
 * Makes the cell's editor, as a first click on it would without starting
 * an edit: for tests and for code that edits a cell.
 *
 * Returns: (transfer none) (nullable): the editor, or %NULL when the cell
 *   has none (a read-only register, a label, a check button or a cell of
 *   its column's own)
 */
GtkWidget *
trellis_register_cell_get_editor (GtkWidget *cell)
{
  g_return_val_if_fail (GTK_IS_WIDGET (cell), NULL);

  if (TRELLIS_IS_REGISTER_SLOT (cell))
    return trellis_register_slot_ensure_editor (TRELLIS_REGISTER_SLOT (cell));
  for (GtkWidget *child = gtk_widget_get_first_child (cell); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (TRELLIS_IS_REGISTER_SLOT (child))
      return trellis_register_slot_ensure_editor (TRELLIS_REGISTER_SLOT (child));
  return NULL;
}

static void
on_project_changed_cb (TrellisRegisterCell *cell,
                       TrellisItem         *item)
{
  if (G_OBJECT_TYPE (item) != TRELLIS_REGISTER_GET_CLASS (cell->view)->info->item_type)
    refresh_cell (cell);
}

static void
on_factory_bind_cb (GtkSignalListItemFactory    *factory,
                    GtkListItem                 *list_item,
                    const TrellisRegisterColumn *column)
{
  TrellisRegisterCell *cell = g_object_get_data (G_OBJECT (gtk_list_item_get_child (list_item)), "trellis-cell");
  g_autofree char *signal = NULL;

  g_set_object (&cell->item, gtk_list_item_get_item (list_item));
  /* Derived texts and flags read several fields; a plain cell one. */
  if (column->flag != NULL || column->format != NULL || column->kind == TRELLIS_CELL_CUSTOM)
    signal = g_strdup ("notify");
  else
    signal = g_strconcat ("notify::", column_pspec (cell)->name, NULL);
  cell->notify_id = g_signal_connect_swapped (cell->item, signal, G_CALLBACK (refresh_cell), cell);
  /* The names of other items (goals, owners) show at once, too. */
  if (column->watch_project)
    cell->changed_id = g_signal_connect_swapped (trellis_register_get_project (cell->view), "changed",
                                                 G_CALLBACK (on_project_changed_cb), cell);
  refresh_cell (cell);
}

static void
on_factory_unbind_cb (GtkSignalListItemFactory    *factory,
                      GtkListItem                 *list_item,
                      const TrellisRegisterColumn *column)
{
  TrellisRegisterCell *cell = g_object_get_data (G_OBJECT (gtk_list_item_get_child (list_item)), "trellis-cell");

  if (cell->item != NULL)
    g_clear_signal_handler (&cell->notify_id, cell->item);
  if (cell->changed_id != 0)
    g_clear_signal_handler (&cell->changed_id, trellis_register_get_project (cell->view));
  g_clear_object (&cell->item);
}

static int
compare_items (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  GtkColumnViewColumn *column = user_data;
  TrellisRegister *view = g_object_get_data (G_OBJECT (column), "register");
  guint field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (column), "trellis-field")) - 1;

  return TRELLIS_REGISTER_GET_CLASS (view)->compare (view, (TrellisItem *) a, (TrellisItem *) b, field);
}

/* The header's sort arrow, its padding and its spacing, beside the title. */
#define TITLE_EXTRA_WIDTH 44

/* Widens @column where its title, in bold, would not fit in its width
 * (longer words in a translation: "Budget (ausgegeben / geplant)"). */
static void
fit_title (TrellisRegister     *view,
           GtkColumnViewColumn *column)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (view),
                                                                  gtk_column_view_column_get_title (column));
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();
  int text_width = 0;

  pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_layout_set_attributes (layout, attrs);
  pango_layout_get_pixel_size (layout, &text_width, NULL);
  if (text_width + TITLE_EXTRA_WIDTH > gtk_column_view_column_get_fixed_width (column))
    gtk_column_view_column_set_fixed_width (column, text_width + TITLE_EXTRA_WIDTH);
}

/**
 * trellis_register_column_new:
 * @view: the register the column belongs to
 * @column: what the column shows; kept, so static
 *
 * Returns: (transfer full): a sortable, resizable column with its field's
 *   index + 1 as "trellis-field" data
 */
static GtkListItemFactory *
create_factory (TrellisRegister             *view,
                const TrellisRegisterColumn *column)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_object_set_data (G_OBJECT (factory), "register", view);
  g_signal_connect (factory, "setup", G_CALLBACK (on_factory_setup_cb), (gpointer) column);
  g_signal_connect (factory, "bind", G_CALLBACK (on_factory_bind_cb), (gpointer) column);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_factory_unbind_cb), (gpointer) column);
  return factory;
}

/**
 * trellis_register_column_renew:
 * @column: a column of @view
 *
 * Makes the cells of @column again, for the register's "editable" now,
 * if trellis_register_column_new () made it.
 */
void
trellis_register_column_renew (TrellisRegister     *view,
                               GtkColumnViewColumn *column)
{
  const TrellisRegisterColumn *info = g_object_get_data (G_OBJECT (column), "trellis-column");
  g_autoptr(GtkListItemFactory) factory = NULL;

  if (info == NULL)
    return;  /* not a column of fields */
  factory = create_factory (view, info);
  gtk_column_view_column_set_factory (column, factory);
}

/* The widest day of the year as shown (ISO or the locale's form), in bold
 * as an overdue one is, in pixels. */
static int
widest_date (GtkWidget *widget,
             gboolean   iso)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, NULL);
  PangoAttrList *attrs = pango_attr_list_new ();
  int widest = 0;

  pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  for (unsigned month = 1; month <= 12; month++)
    {
      TrellisDay day = trellis_date_from_dmy (28, month, 2027);
      g_autofree char *text = iso ? trellis_date_format (day) : trellis_format_date (day);
      int width;

      pango_layout_set_text (layout, text, -1);
      pango_layout_get_pixel_size (layout, &width, NULL);
      widest = MAX (widest, width);
    }
  return widest;
}

GtkColumnViewColumn *
trellis_register_column_new (TrellisRegister             *view,
                             const TrellisRegisterColumn *column)
{
  GtkListItemFactory *factory = create_factory (view, column);
  GtkColumnViewColumn *result;
  GtkSorter *sorter;

  result = gtk_column_view_column_new (_(column->title), factory);
  g_object_set_data (G_OBJECT (result), "trellis-column", (gpointer) column);
  g_object_set_data (G_OBJECT (result), "trellis-field", GUINT_TO_POINTER (column->field + 1));
  g_object_set_data (G_OBJECT (result), "register", view);
  sorter = GTK_SORTER (gtk_custom_sorter_new (compare_items, result, NULL));
  gtk_column_view_column_set_sorter (result, sorter);
  g_object_unref (sorter);
  /* The widths are set for ISO days; a longer form of the locale ("28 sept. 2027") widens it. */
  if (column->kind == TRELLIS_CELL_DATE)
    gtk_column_view_column_set_fixed_width (result, column->width + MAX (0, widest_date (GTK_WIDGET (view), FALSE)
                                                                           - widest_date (GTK_WIDGET (view), TRUE)));
  else
    gtk_column_view_column_set_fixed_width (result, column->width);
  gtk_column_view_column_set_expand (result, column->expand);
  gtk_column_view_column_set_resizable (result, TRUE);
  fit_title (view, result);
  return result;
}
