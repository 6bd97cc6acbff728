/* trellis-import-dialog.c: a CSV file previewed, mapped and imported as one undo step
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The file is chosen first; then the dialog shows what the import would
 * do before anything changes: the kind of item the rows become, the
 * separator found, the field each column goes to (changeable, "Ignore"
 * included), the rows as they will be read, how many items are new and
 * how many are updated, and every problem with its row and column.  The
 * Import button waits until there is none; the import is one undo step,
 * and a toast of the window says what it did.
 *
 * The preview is a GtkColumnView over a model that makes a row only when
 * it is shown (TrellisImportRows): a file of 100,000 rows costs a
 * screenful of widgets.  The cells that have a problem are marked; the
 * marks of the cells on screen follow each change of the mapping.
 */

#define G_LOG_DOMAIN "trellis-import-dialog"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "trellis-csv.h"
#include "trellis-exchange.h"
#include "trellis-import-dialog.h"
#include "trellis-import-rows.h"
#include "trellis-window.h"

/* The problems listed under the preview; the rest are counted. */
#define MAX_LISTED_PROBLEMS 100

struct _TrellisImportDialog
{
  AdwWindow            parent_instance;

  TrellisProject      *project;
  GtkWindow           *parent;          /* weak */
  GBytes              *contents;
  char                *display_name;
  TrellisImport       *import;
  const char          *kind;            /* of trellis_import_list_kinds () */
  TrellisImportRows   *rows;
  GPtrArray           *column_rows;     /* an AdwComboRow per column of the file */
  GHashTable          *problem_cells;   /* "row:column" -> the problem, in words */
  GHashTable          *bound_cells;     /* the cells on screen */
  gboolean             updating;

  /* Template widgets */
  AdwWindowTitle      *window_title;
  GtkWidget           *import_button;
  AdwComboRow         *kind_row;
  AdwActionRow        *separator_row;
  AdwPreferencesGroup *columns_group;
  GtkLabel            *summary_label;
  GtkScrolledWindow   *preview_scroller;
  GtkColumnView       *column_view;
  GtkWidget           *problems_box;
  GtkLabel            *problems_label;
  GtkListBox          *problems_list;
};

G_DEFINE_FINAL_TYPE (TrellisImportDialog, trellis_import_dialog, ADW_TYPE_WINDOW)

/* The mapping and the cells */

static char *
cell_key (guint row,
          guint column)
{
  return g_strdup_printf ("%u:%u", row, column);
}

/* @column is from 1, 0 for the row number; @row is the file's (header = 1). */
static void
mark_cell (TrellisImportDialog *self,
           GtkWidget           *cell)
{
  guint row = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), "trellis-row"));
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), "trellis-column"));
  g_autofree char *key = cell_key (row, column);
  const char *problem = g_hash_table_lookup (self->problem_cells, key);

  if (problem != NULL)
    gtk_widget_add_css_class (cell, "error");
  else
    gtk_widget_remove_css_class (cell, "error");
  gtk_widget_set_tooltip_text (cell, problem);
}

static void
on_cell_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  gpointer                  user_data)
{
  GtkWidget *cell = gtk_inscription_new (NULL);

  gtk_inscription_set_xalign (GTK_INSCRIPTION (cell), 0);
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (cell), 3);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (cell), 14);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (cell), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_list_item_set_child (list_item, cell);
}

static void
on_cell_bind_cb (TrellisImportDialog      *self,
                 GtkListItem              *list_item,
                 GtkSignalListItemFactory *factory)
{
  GtkWidget *cell = gtk_list_item_get_child (list_item);
  guint row = trellis_import_rows_get_row (gtk_list_item_get_item (list_item));
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "trellis-column"));

  if (column == 0)
    gtk_inscription_set_text (GTK_INSCRIPTION (cell),
                              gtk_string_object_get_string (gtk_list_item_get_item (list_item)));
  else
    gtk_inscription_set_text (GTK_INSCRIPTION (cell), trellis_import_get_cell (self->import, row, column - 1));
  g_object_set_data (G_OBJECT (cell), "trellis-row", GUINT_TO_POINTER (row + 2));
  g_object_set_data (G_OBJECT (cell), "trellis-column", GUINT_TO_POINTER (column));
  g_hash_table_add (self->bound_cells, cell);
  mark_cell (self, cell);
}

static void
on_cell_unbind_cb (TrellisImportDialog      *self,
                   GtkListItem              *list_item,
                   GtkSignalListItemFactory *factory)
{
  /* The column view may let its cells go after the dialog's dispose. */
  if (self->bound_cells != NULL)
    g_hash_table_remove (self->bound_cells, gtk_list_item_get_child (list_item));
}

static GtkColumnViewColumn *
new_column (TrellisImportDialog *self,
            guint                column)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *view_column = gtk_column_view_column_new (NULL, factory);

  g_object_set_data (G_OBJECT (factory), "trellis-column", GUINT_TO_POINTER (column));
  g_signal_connect (factory, "setup", G_CALLBACK (on_cell_setup_cb), NULL);
  g_signal_connect_object (factory, "bind", G_CALLBACK (on_cell_bind_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (on_cell_unbind_cb), self, G_CONNECT_SWAPPED);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_column_set_fixed_width (view_column, column == 0 ? 64 : 170);
  return view_column;
}

/* The field's label, as the rest of the window shows it ("Organisation"). */
static char *
dup_field_title (GType item_type,
                 guint field)
{
  return g_strdup (trellis_import_field_label (item_type, field));
}

/* "Name", or "Column 3" for a column without a title. */
static char *
dup_column_title (TrellisImportDialog *self,
                  guint                column)
{
  const char *title = trellis_import_get_column_title (self->import, column);

  if (title != NULL && *title != '\0')
    return g_strdup (title);
  /* translators: a column of a file without a title; %u is its number */
  return g_strdup_printf (_("Column %u"), column + 1);
}

/* "Name → Name", "Org (ignored)": the preview's header says where a column goes. */
static char *
dup_view_column_title (TrellisImportDialog *self,
                       guint                column)
{
  g_autofree char *title = dup_column_title (self, column);
  g_autofree char *field_title = NULL;
  int field = trellis_import_get_column_field (self->import, column);
  GType item_type = trellis_import_kind_to_type (trellis_import_dialog_get_kind (self));

  if (field < 0)
    /* translators: the title of a column of the file that is not imported */
    return g_strdup_printf (_("%s (ignored)"), title);
  field_title = dup_field_title (item_type, field);
  if (g_utf8_collate (title, field_title) == 0)
    return g_steal_pointer (&title);
  /* translators: a column of the file, then the field it goes to */
  return g_strdup_printf (_("%s → %s"), title, field_title);
}

static void
on_column_row_selected_cb (TrellisImportDialog *self,
                           GParamSpec          *pspec,
                           AdwComboRow         *row);

static GtkWidget *
new_column_row (TrellisImportDialog *self,
                guint                column,
                GType                item_type)
{
  g_autoptr(GtkStringList) fields = gtk_string_list_new (NULL);
  g_autofree char *title = dup_column_title (self, column);
  guint n_fields = trellis_item_class_get_n_fields (g_type_class_peek (item_type));
  GtkWidget *row = adw_combo_row_new ();

  /* translators: a column of the file that is not imported */
  gtk_string_list_append (fields, _("Ignore"));
  for (guint f = 0; f < n_fields; f++)
    {
      g_autofree char *field_title = dup_field_title (item_type, f);

      gtk_string_list_append (fields, field_title);
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), FALSE);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (fields));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), trellis_import_get_column_field (self->import, column) + 1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  g_object_set_data (G_OBJECT (row), "trellis-column", GUINT_TO_POINTER (column));
  g_signal_connect_object (row, "notify::selected", G_CALLBACK (on_column_row_selected_cb), self,
                           G_CONNECT_SWAPPED);
  return row;
}

/* A row and a column per column of the file, for the kind chosen. */
static void
build_columns (TrellisImportDialog *self)
{
  g_autoptr(GListModel) columns = g_object_ref (gtk_column_view_get_columns (self->column_view));
  GType item_type = trellis_import_kind_to_type (trellis_import_dialog_get_kind (self));
  guint n_columns = trellis_import_get_n_columns (self->import);

  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 0);

      gtk_column_view_remove_column (self->column_view, column);
    }
  for (guint i = 0; i < self->column_rows->len; i++)
    adw_preferences_group_remove (self->columns_group, g_ptr_array_index (self->column_rows, i));
  g_ptr_array_set_size (self->column_rows, 0);

  for (guint c = 0; c <= n_columns; c++)
    {
      g_autoptr(GtkColumnViewColumn) column = new_column (self, c);

      gtk_column_view_append_column (self->column_view, column);
      if (c == 0)
        /* translators: the column of the preview with each row's number in the file */
        gtk_column_view_column_set_title (column, _("Row"));
      else
        {
          GtkWidget *row = new_column_row (self, c - 1, item_type);

          g_ptr_array_add (self->column_rows, row);
          adw_preferences_group_add (self->columns_group, row);
        }
    }
}

/* The summary and the problems */

static const char *
separator_name (char separator)
{
  switch (separator)
    {
    case ';':
      return _("Semicolon");
    case '\t':
      return _("Tab");
    default:
      return _("Comma");
    }
}

static void
update_summary (TrellisImportDialog *self)
{
  guint n_new = trellis_import_get_n_new (self->import);
  guint n_updated = trellis_import_get_n_updated (self->import);
  g_autofree char *added = NULL;
  g_autofree char *updated = NULL;
  g_autofree char *summary = NULL;

  if (trellis_import_get_n_rows (self->import) == 0)
    {
      gtk_label_set_text (self->summary_label, _("The file has no rows after its header."));
      return;
    }
  /* translators: part of "12 new, 3 updated" */
  added = g_strdup_printf (ngettext ("%u new", "%u new", n_new), n_new);
  /* translators: part of "12 new, 3 updated" */
  updated = g_strdup_printf (ngettext ("%u updated", "%u updated", n_updated), n_updated);
  /* translators: how many items an import adds, then how many it updates */
  summary = g_strdup_printf (_("%s, %s"), added, updated);
  gtk_label_set_text (self->summary_label, summary);
}

static GtkWidget *
new_problem_row (TrellisImportDialog *self,
                 const char          *message,
                 guint                row,
                 guint                column)
{
  GtkWidget *list_row = gtk_list_box_row_new ();
  gsize name_length = strlen (self->display_name);
  GtkWidget *label;

  /* Every problem starts with the file's name, which the title shows. */
  if (strncmp (message, self->display_name, name_length) == 0 && g_str_has_prefix (message + name_length, ": "))
    message += name_length + 2;
  label = gtk_label_new (message);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (list_row), label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (list_row), row >= 2);
  g_object_set_data (G_OBJECT (list_row), "trellis-row", GUINT_TO_POINTER (row));
  g_object_set_data (G_OBJECT (list_row), "trellis-column", GUINT_TO_POINTER (column));
  return list_row;
}

static void
clear_problems (TrellisImportDialog *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->problems_list))) != NULL)
    gtk_list_box_remove (self->problems_list, child);
  g_hash_table_remove_all (self->problem_cells);
}

static void
update_problems (TrellisImportDialog *self)
{
  guint n_problems = trellis_import_get_n_problems (self->import);
  g_autofree char *heading = NULL;
  const char *message;
  guint row, column;

  clear_problems (self);
  gtk_widget_set_visible (self->problems_box, n_problems > 0);
  /* translators: above the list of problems of an import */
  heading = g_strdup_printf (ngettext ("%u problem to fix before anything is imported",
                                       "%u problems to fix before anything is imported", n_problems),
                             n_problems);
  gtk_label_set_text (self->problems_label, heading);

  for (guint i = 0; (message = trellis_import_get_problem (self->import, i, &row, &column)) != NULL; i++)
    {
      g_hash_table_insert (self->problem_cells, cell_key (row, column), (gpointer) message);
      if (i < MAX_LISTED_PROBLEMS)
        gtk_list_box_append (self->problems_list, new_problem_row (self, message, row, column));
    }
  if (n_problems > MAX_LISTED_PROBLEMS)
    {
      g_autofree char *more = NULL;

      /* translators: at the end of a list of problems */
      more = g_strdup_printf (ngettext ("… and %u more", "… and %u more", n_problems - MAX_LISTED_PROBLEMS),
                              n_problems - MAX_LISTED_PROBLEMS);
      gtk_list_box_append (self->problems_list, new_problem_row (self, more, 0, 0));
    }
}

/* Everything that follows the mapping: titles, summary, problems, marks. */
static void
refresh (TrellisImportDialog *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->column_view);
  GHashTableIter iter;
  gpointer cell;

  for (guint c = 1; c < g_list_model_get_n_items (columns); c++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, c);
      g_autofree char *title = dup_view_column_title (self, c - 1);

      gtk_column_view_column_set_title (column, title);
    }
  adw_action_row_set_subtitle (self->separator_row,
                               separator_name (trellis_import_get_separator (self->import)));
  update_summary (self);
  update_problems (self);
  g_hash_table_iter_init (&iter, self->bound_cells);
  while (g_hash_table_iter_next (&iter, &cell, NULL))
    mark_cell (self, cell);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.apply",
                                 trellis_import_get_n_problems (self->import) == 0 &&
                                 trellis_import_get_n_new (self->import) +
                                 trellis_import_get_n_updated (self->import) > 0);
}

static void
on_column_row_selected_cb (TrellisImportDialog *self,
                           GParamSpec          *pspec,
                           AdwComboRow         *row)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "trellis-column"));
  guint selected = adw_combo_row_get_selected (row);

  if (self->updating || selected == GTK_INVALID_LIST_POSITION)
    return;
  trellis_import_set_column_field (self->import, column, (int) selected - 1);
  refresh (self);
}

/* Reads the file again as the kind of item @kind. */
static gboolean
load_as (TrellisImportDialog  *self,
         const char           *kind,
         GError              **error)
{
  g_autoptr(TrellisImport) import = trellis_import_new (self->project, trellis_import_kind_to_type (kind));
  gsize length;
  const char *data = g_bytes_get_data (self->contents, &length);

  if (!trellis_import_load_data (import, self->display_name, data, length, error))
    return FALSE;
  g_set_object (&self->import, import);
  self->kind = trellis_import_list_kinds ()[trellis_exchange_kind_index (kind)];
  trellis_import_rows_set_n_rows (self->rows, trellis_import_get_n_rows (import));
  build_columns (self);
  self->updating = TRUE;
  adw_combo_row_set_selected (self->kind_row, trellis_exchange_kind_index (kind));
  self->updating = FALSE;
  adw_window_title_set_title (self->window_title, trellis_exchange_kind_title (kind));
  refresh (self);
  return TRUE;
}

static void
on_kind_row_selected_cb (TrellisImportDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->kind_row);
  const char * const *kinds = trellis_import_list_kinds ();

  if (self->updating || self->import == NULL || selected >= g_strv_length ((char **) kinds))
    return;
  trellis_import_dialog_set_kind (self, kinds[selected]);
}

/* Selects the row of a problem in the preview, and scrolls to it. */
static void
on_problems_list_row_activated_cb (TrellisImportDialog *self,
                                   GtkListBoxRow       *list_row)
{
  guint row = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (list_row), "trellis-row"));
  guint n_rows = trellis_import_get_n_rows (self->import);
  GtkSelectionModel *selection = gtk_column_view_get_model (self->column_view);
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->column_view));
  double upper, page;

  if (row < 2 || row - 2 >= n_rows)
    return;
  gtk_selection_model_select_item (selection, row - 2, TRUE);
  /* GTK 4.8 has no gtk_column_view_scroll_to (): the rows are of one
   * height, so the row's share of the whole places it. */
  upper = gtk_adjustment_get_upper (adjustment);
  page = gtk_adjustment_get_page_size (adjustment);
  gtk_adjustment_set_value (adjustment, upper * (row - 2) / n_rows - page / 3);
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

/* Importing */

static char *
describe_import (TrellisImportDialog *self)
{
  guint n_new = trellis_import_get_n_new (self->import);
  guint n_updated = trellis_import_get_n_updated (self->import);
  g_autofree char *added = NULL;
  g_autofree char *updated = NULL;

  /* translators: part of the toast "“people.csv” imported: 12 added, 3 updated" */
  added = g_strdup_printf (ngettext ("%u added", "%u added", n_new), n_new);
  /* translators: part of the toast "“people.csv” imported: 12 added, 3 updated" */
  updated = g_strdup_printf (ngettext ("%u updated", "%u updated", n_updated), n_updated);
  /* translators: a toast; the file imported, how many items it added, how many it updated */
  return g_strdup_printf (_("“%s” imported: %s, %s"), self->display_name, added, updated);
}

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TrellisImportDialog *self = TRELLIS_IMPORT_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = describe_import (self);

  if (!trellis_import_apply (self->import, &error))
    {
      /* The project changed under the dialog: show what is wrong now. */
      refresh (self);
      gtk_label_set_text (self->problems_label, error->message);
      gtk_widget_set_visible (self->problems_box, TRUE);
      return;
    }
  if (TRELLIS_IS_WINDOW (self->parent))
    trellis_window_add_toast (TRELLIS_WINDOW (self->parent), message);
  gtk_window_close (GTK_WINDOW (self));
}

/* The class */

static void
trellis_import_dialog_dispose (GObject *object)
{
  TrellisImportDialog *self = TRELLIS_IMPORT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TRELLIS_TYPE_IMPORT_DIALOG);
  g_clear_object (&self->project);
  g_clear_object (&self->import);
  g_clear_object (&self->rows);
  g_clear_weak_pointer (&self->parent);
  g_clear_pointer (&self->contents, g_bytes_unref);
  g_clear_pointer (&self->display_name, g_free);
  g_clear_pointer (&self->column_rows, g_ptr_array_unref);
  g_clear_pointer (&self->problem_cells, g_hash_table_unref);
  g_clear_pointer (&self->bound_cells, g_hash_table_unref);

  G_OBJECT_CLASS (trellis_import_dialog_parent_class)->dispose (object);
}

static void
trellis_import_dialog_class_init (TrellisImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trellis_import_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/trellis/Trellis/ui/trellis-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TrellisImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, TrellisImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, TrellisImportDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, TrellisImportDialog, separator_row);
  gtk_widget_class_bind_template_child (widget_class, TrellisImportDialog, columns_group);
  gtk_widget_class_bind_template_child (widget_class, TrellisImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisImportDialog, preview_scroller);
  gtk_widget_class_bind_template_child (widget_class, TrellisImportDialog, column_view);
  gtk_widget_class_bind_template_child (widget_class, TrellisImportDialog, problems_box);
  gtk_widget_class_bind_template_child (widget_class, TrellisImportDialog, problems_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisImportDialog, problems_list);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_problems_list_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "import.apply", NULL, apply_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
trellis_import_dialog_init (TrellisImportDialog *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  const char * const *names = trellis_import_list_kinds ();
  g_autoptr(GtkSingleSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->column_rows = g_ptr_array_new ();
  self->problem_cells = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->bound_cells = g_hash_table_new (NULL, NULL);
  self->rows = trellis_import_rows_new (0);
  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->rows)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));

  self->updating = TRUE;
  for (guint i = 0; names[i] != NULL; i++)
    gtk_string_list_append (kinds, trellis_exchange_kind_title (names[i]));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  self->updating = FALSE;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->kind_row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Import As"), -1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.apply", FALSE);
}

/* Opening */

static GBytes *
load_contents (GFile   *file,
               GError **error)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *name = g_filename_display_name (basename);
  g_autoptr(GFileInfo) info = NULL;
  char *contents = NULL;
  gsize length;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, NULL, error);
  if (info == NULL)
    return NULL;
  if (g_file_info_get_size (info) > TRELLIS_CSV_MAX_SIZE)
    {
      /* translators: %s is a file's name, %u a size */
      g_set_error (error, TRELLIS_CSV_ERROR, TRELLIS_CSV_ERROR_TOO_LARGE,
                   _("%s: the file is larger than %u MiB"), name, TRELLIS_CSV_MAX_SIZE / 1024 / 1024);
      return NULL;
    }
  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, error))
    return NULL;
  return g_bytes_new_take (contents, length);
}

/**
 * trellis_import_dialog_new:
 * @parent: the window the dialog belongs to, and whose toast says what was imported
 * @file: the CSV file
 * @kind: the kind of item its rows become at first ("stakeholders")
 *
 * Reads @file and previews it.
 *
 * Returns: (transfer none) (nullable): the dialog, not shown yet;
 *   %NULL with @error set if @file cannot be read as CSV
 */
GtkWidget *
trellis_import_dialog_new (GtkWindow       *parent,
                           TrellisProject  *project,
                           GFile           *file,
                           const char      *kind,
                           GError         **error)
{
  TrellisImportDialog *self;
  g_autofree char *basename = NULL;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (trellis_exchange_kind_index (kind) != GTK_INVALID_LIST_POSITION, NULL);

  self = g_object_new (TRELLIS_TYPE_IMPORT_DIALOG, "transient-for", parent, NULL);
  self->project = g_object_ref (project);
  g_set_weak_pointer (&self->parent, parent);
  basename = g_file_get_basename (file);
  self->display_name = g_filename_display_name (basename);
  adw_window_title_set_subtitle (self->window_title, self->display_name);
  self->contents = load_contents (file, error);
  if (self->contents == NULL || !load_as (self, kind, error))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return NULL;
    }
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->kind_row));
  return GTK_WIDGET (self);
}

/**
 * trellis_import_dialog_get_import:
 *
 * Returns: (transfer none): the import previewed
 */
TrellisImport *
trellis_import_dialog_get_import (TrellisImportDialog *self)
{
  g_return_val_if_fail (TRELLIS_IS_IMPORT_DIALOG (self), NULL);

  return self->import;
}

/**
 * trellis_import_dialog_get_kind:
 *
 * Returns: (transfer none): the kind of item the rows become
 */
const char *
trellis_import_dialog_get_kind (TrellisImportDialog *self)
{
  g_return_val_if_fail (TRELLIS_IS_IMPORT_DIALOG (self), NULL);

  return self->kind;
}

/**
 * trellis_import_dialog_set_kind:
 * @kind: a kind of trellis_import_list_kinds()
 *
 * Reads the file again as items of @kind, with the columns mapped anew.
 *
 * Returns: %FALSE if the file cannot be read as that kind (the dialog
 *   then says why and keeps the kind it had)
 */
gboolean
trellis_import_dialog_set_kind (TrellisImportDialog *self,
                                const char          *kind)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (TRELLIS_IS_IMPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (trellis_exchange_kind_index (kind) != GTK_INVALID_LIST_POSITION, FALSE);

  if (load_as (self, kind, &error))
    return TRUE;
  gtk_label_set_text (self->problems_label, error->message);
  gtk_widget_set_visible (self->problems_box, TRUE);
  return FALSE;
}

/**
 * trellis_import_dialog_get_column_row:
 * @column: a column of the file, from 0
 *
 * Returns: (transfer none) (nullable): the #AdwComboRow that maps @column
 */
GtkWidget *
trellis_import_dialog_get_column_row (TrellisImportDialog *self,
                                      guint                column)
{
  g_return_val_if_fail (TRELLIS_IS_IMPORT_DIALOG (self), NULL);

  return column < self->column_rows->len ? g_ptr_array_index (self->column_rows, column) : NULL;
}
