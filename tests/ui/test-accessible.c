/* test-accessible.c: every control has an accessible name, paths /ui/accessible/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opens the sample in a real window, shows every page and every tool of
 * the steps table, then the dialogs, and walks each widget tree. A button,
 * toggle, check box, switch, drop-down, spin button, menu button, entry,
 * text view or scale fails the walk when it has no accessible name, or
 * when its name shows a mnemonic underscore ("_Add").
 *
 * GTK 4.8 has no public call that returns the name an assistive
 * technology reads, so the walk computes it the way GTK 4.8's
 * gtk_at_context_get_name () does: the LABEL property, then the LABEL of
 * each widget of the LABELLED_BY relation. Nothing else counts in 4.8: a
 * tooltip is the description, a button's own child (an icon, a box with a
 * label) names it only when GTK made that child its label through the
 * relation (gtk_button_set_label () and AdwButtonContent do, a child set
 * with gtk_button_set_child () does not). Both are read back with the
 * testing API, which only records them with GTK_A11Y=test.
 *
 * The pages and tools come from the steps table and each page's switcher,
 * so a new tool is walked without a change here.
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "trellis-app-utils.h"
#include "trellis-export-options-dialog.h"
#include "trellis-import-dialog.h"
#include "trellis-override-dialog.h"
#include "trellis-preferences-window.h"
#include "trellis-project-view.h"
#include "trellis-snapshot-dialog.h"
#include "trellis-tool-page.h"
#include "trellis-test-utils.h"
#include "ui-test-utils.h"

static TrellisApplication *app;
static char *tmpdir;

/* Pages that other branches of issue 15 rebuild, naming their own
 * controls (wip-swot: the SWOT board and TOWS; wip-register: the
 * registers and the service portfolio; wip-shell: "shell", the header
 * bar, the sidebar and each step's switcher and guide button). Their
 * offenders are printed, not failed. TODO(#15): the lead empties this
 * list when those branches are merged; every other page must pass. */
static const char *const pending_pages[] = {
  NULL,
};

typedef struct
{
  const char *area;         /* the page, tool or dialog walked */
  gboolean    pending;      /* reported, not failed */
  GHashTable *widgets;      /* every widget of the window: resolves relations */
  GHashTable *seen;         /* controls already checked on an earlier walk */
  GString    *failures;
  GString    *pending_report;
  guint       n_checked;
  guint       n_failed;
  guint       n_pending;
} Walk;

/* Reading accessible attributes back */

static char *
read_label (GtkWidget *widget)
{
  GtkAccessible *accessible = GTK_ACCESSIBLE (widget);

  if (!gtk_test_accessible_has_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL))
    return NULL;
  /* Checked against a value no label has, the call returns the value it
   * holds: the only way to read it in GTK 4.8. */
  return gtk_test_accessible_check_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL, "\x01");
}

static gboolean
is_hidden (GtkWidget *widget)
{
  GtkAccessible *accessible = GTK_ACCESSIBLE (widget);
  g_autofree char *value = NULL;

  if (!gtk_test_accessible_has_state (accessible, GTK_ACCESSIBLE_STATE_HIDDEN))
    return FALSE;
  value = gtk_test_accessible_check_state (accessible, GTK_ACCESSIBLE_STATE_HIDDEN, FALSE);
  return value != NULL;
}

/* The widgets of the LABELLED_BY relation. The testing API prints a
 * reference list as "GtkLabel<0x…> GtkImage<0x…>"; each pointer is looked
 * up among the window's widgets before it is used. */
static GPtrArray *
read_labelled_by (Walk      *walk,
                  GtkWidget *widget)
{
  GtkAccessible *accessible = GTK_ACCESSIBLE (widget);
  GPtrArray *refs = g_ptr_array_new ();
  g_autofree char *text = NULL;
  const char *p;

  if (!gtk_test_accessible_has_relation (accessible, GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    return refs;
  text = gtk_test_accessible_check_relation (accessible, GTK_ACCESSIBLE_RELATION_LABELLED_BY, NULL);
  for (p = text != NULL ? strchr (text, '<') : NULL; p != NULL; p = strchr (p + 1, '<'))
    {
      void *pointer = NULL;

      if (sscanf (p, "<%p>", &pointer) == 1 && g_hash_table_contains (walk->widgets, pointer))
        g_ptr_array_add (refs, pointer);
    }
  return refs;
}

/* The name GTK 4.8 gives @widget (gtk_at_context_get_name ()). */
static char *
compute_name (Walk      *walk,
              GtkWidget *widget)
{
  g_autoptr(GPtrArray) refs = read_labelled_by (walk, widget);
  g_autoptr(GString) name = g_string_new (NULL);
  g_autofree char *own = read_label (widget);

  if (own != NULL && *own != '\0')
    g_string_append (name, own);
  for (guint i = 0; i < refs->len; i++)
    {
      g_autofree char *label = read_label (g_ptr_array_index (refs, i));

      if (label == NULL || *label == '\0')
        continue;
      if (name->len > 0)
        g_string_append_c (name, ' ');
      g_string_append (name, label);
    }
  if (name->len == 0 && is_hidden (widget))
    return NULL;
  return name->len > 0 ? g_string_free (g_steal_pointer (&name), FALSE) : NULL;
}

/* "_Add", "Save _As": an underscore that starts a word. */
static gboolean
shows_mnemonic (const char *name)
{
  for (const char *c = strchr (name, '_'); c != NULL; c = strchr (c + 1, '_'))
    {
      gboolean starts_word = c == name || !g_ascii_isalnum (c[-1]);

      if (starts_word && g_ascii_isalnum (c[1]))
        return TRUE;
    }
  return FALSE;
}

/* What to check */

/* The widget whose name an assistive technology reads for @widget: a menu
 * button's inner button (labelled by the menu button, or by its label). */
static GtkWidget *
named_part (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget) && gtk_widget_get_first_child (widget) != NULL)
    return gtk_widget_get_first_child (widget);
  return widget;
}

/* An entry's text is named through the entry; an editable row's too. */
static gboolean
is_delegate_text (GtkWidget *widget)
{
  GtkWidget *ancestor = gtk_widget_get_parent (widget);

  for (guint depth = 0; ancestor != NULL && depth < 6; depth++)
    {
      if (GTK_IS_EDITABLE (ancestor) && gtk_editable_get_delegate (GTK_EDITABLE (ancestor)) != NULL)
        return TRUE;
      ancestor = gtk_widget_get_parent (ancestor);
    }
  return FALSE;
}

static gboolean
is_control (GtkWidget *widget)
{
  if (GTK_IS_TEXT (widget))
    return !is_delegate_text (widget);
  return GTK_IS_BUTTON (widget) || GTK_IS_CHECK_BUTTON (widget) || GTK_IS_SWITCH (widget) ||
         GTK_IS_DROP_DOWN (widget) || GTK_IS_SPIN_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget) ||
         GTK_IS_ENTRY (widget) || GTK_IS_SEARCH_ENTRY (widget) || GTK_IS_PASSWORD_ENTRY (widget) ||
         ADW_IS_ENTRY_ROW (widget) || GTK_IS_TEXT_VIEW (widget) || GTK_IS_SCALE (widget) ||
         /* a widget of our own that acts as a button (a register's cell before its first use) */
         (gtk_widget_get_focusable (widget) &&
          gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget)) == GTK_ACCESSIBLE_ROLE_BUTTON);
}

/* A control's own parts (a drop-down's button, a spin button's arrows)
 * are named by GTK or not reachable on their own. */
static gboolean
is_composite (GtkWidget *widget)
{
  return is_control (widget) && !GTK_IS_BUTTON (widget);
}

/* Reporting */

static char *
first_label_text (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      char *text;

      if (GTK_IS_LABEL (child) && gtk_widget_get_visible (child) &&
          *gtk_label_get_text (GTK_LABEL (child)) != '\0')
        return g_strdup (gtk_label_get_text (GTK_LABEL (child)));
      if ((text = first_label_text (child)) != NULL)
        return text;
    }
  return NULL;
}

/* Where @widget is: its nearest ancestor with a name or a label. */
static char *
describe_place (Walk      *walk,
                GtkWidget *widget)
{
  for (GtkWidget *ancestor = gtk_widget_get_parent (widget);
       ancestor != NULL;
       ancestor = gtk_widget_get_parent (ancestor))
    {
      g_autofree char *name = compute_name (walk, ancestor);
      g_autofree char *text = NULL;

      if (name != NULL)
        return g_strdup_printf ("in %s “%s”", G_OBJECT_TYPE_NAME (ancestor), name);
      if ((text = first_label_text (ancestor)) != NULL)
        return g_strdup_printf ("in %s near “%s”", G_OBJECT_TYPE_NAME (ancestor), text);
    }
  return g_strdup ("at the top");
}

static char *
describe_control (Walk      *walk,
                  GtkWidget *widget,
                  const char *name)
{
  g_autofree char *place = describe_place (walk, widget);
  g_autofree char *classes = NULL;
  g_auto(GStrv) css = gtk_widget_get_css_classes (widget);
  const char *icon = NULL;
  const char *tooltip = gtk_widget_get_tooltip_text (widget);

  if (GTK_IS_BUTTON (widget))
    icon = gtk_button_get_icon_name (GTK_BUTTON (widget));
  else if (GTK_IS_MENU_BUTTON (widget))
    icon = gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (widget));
  classes = g_strjoinv (".", css);
  return g_strdup_printf ("%s%s%s%s%s%s%s%s %s%s%s", G_OBJECT_TYPE_NAME (widget),
                          *classes != '\0' ? "." : "", classes,
                          icon != NULL ? " icon " : "", icon != NULL ? icon : "",
                          tooltip != NULL ? " tooltip “" : "", tooltip != NULL ? tooltip : "",
                          tooltip != NULL ? "”" : "", place,
                          name != NULL ? " name " : "", name != NULL ? name : "");
}

static void
check_control (Walk      *walk,
               GtkWidget *widget)
{
  g_autofree char *name = NULL;
  g_autofree char *line = NULL;
  const char *problem;

  if (!g_hash_table_add (walk->seen, widget))
    return;
  walk->n_checked++;
  name = compute_name (walk, named_part (widget));
  /* The mnemonic is mended as a control is mapped (trellis_accessible_init
   * ()): in a closed popover, only the name is checked. */
  if (name == NULL)
    problem = "no name";
  else if (shows_mnemonic (name) && gtk_widget_get_mapped (widget))
    problem = "mnemonic underscore";
  else
    return;

  line = describe_control (walk, widget, name);
  if (walk->pending)
    {
      walk->n_pending++;
      g_string_append_printf (walk->pending_report, "  %s: %s: %s\n", walk->area, problem, line);
    }
  else
    {
      walk->n_failed++;
      g_string_append_printf (walk->failures, "  %s: %s: %s\n", walk->area, problem, line);
    }
}

/* Walking */

static void
collect_widgets (GtkWidget  *widget,
                 GHashTable *widgets)
{
  g_hash_table_add (widgets, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_widgets (child, widgets);
}

/* Visible widgets only, but into popovers, which are hidden until opened
 * and hold controls (GTK's own menus hold model buttons, not checked). */
static void
walk_tree (Walk      *walk,
           GtkWidget *widget)
{
  if (is_control (widget))
    {
      check_control (walk, widget);
      if (is_composite (widget) || GTK_IS_MENU_BUTTON (widget))
        {
          GtkPopover *popover = GTK_IS_MENU_BUTTON (widget) ?
            gtk_menu_button_get_popover (GTK_MENU_BUTTON (widget)) : NULL;

          if (popover != NULL && !GTK_IS_POPOVER_MENU (popover))
            walk_tree (walk, GTK_WIDGET (popover));
          return;
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      gboolean shown = gtk_widget_get_visible (child) && gtk_widget_get_child_visible (child);

      if (shown || (GTK_IS_POPOVER (child) && !GTK_IS_POPOVER_MENU (child)))
        walk_tree (walk, child);
    }
}

static gboolean
is_pending (const char *area)
{
  return g_strv_contains ((const char *const *) pending_pages, area);
}

static void
walk_area (Walk       *walk,
           const char *area,
           GtkWidget  *root)
{
  g_autoptr(GHashTable) widgets = g_hash_table_new (NULL, NULL);

  collect_widgets (GTK_WIDGET (gtk_widget_get_root (root)), widgets);
  walk->widgets = widgets;
  walk->area = area;
  walk->pending = is_pending (area);
  walk_tree (walk, root);
  walk->widgets = NULL;
}

static void
walk_init (Walk *walk)
{
  memset (walk, 0, sizeof *walk);
  walk->seen = g_hash_table_new (NULL, NULL);
  walk->failures = g_string_new (NULL);
  walk->pending_report = g_string_new (NULL);
}

static void
walk_clear (Walk *walk)
{
  g_hash_table_unref (walk->seen);
  g_string_free (walk->failures, TRUE);
  g_string_free (walk->pending_report, TRUE);
}

/* Prints what was found and fails on the offenders outside pending pages. */
static void
walk_assert (Walk       *walk,
             const char *what)
{
  g_test_message ("%s: %u controls checked, %u without a usable name, %u more on pending pages",
                  what, walk->n_checked, walk->n_failed, walk->n_pending);
  if (walk->n_pending > 0)
    g_printerr ("%s: on pages rebuilt by other branches (reported, not failed):\n%s",
                what, walk->pending_report->str);
  if (walk->n_failed > 0)
    g_printerr ("%s: controls without a usable accessible name:\n%s", what, walk->failures->str);
  g_assert_cmpuint (walk->n_failed, ==, 0);
}

/* Opening things */

static TrellisWindow *
open_sample (void)
{
  g_autoptr(TrellisProject) project = trellis_test_load_sample ();
  g_autoptr(GFile) file = ui_test_write_project (tmpdir, "sample.trellis", project);

  return ui_test_open_window (G_APPLICATION (app), file);
}

/* Lets a page lay itself out (a leaflet unfolds, a view fills its detail). */
static void
settle (void)
{
  gint64 deadline = g_get_monotonic_time () + G_USEC_PER_SEC / 4;

  while (g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
has_page (GtkWidget     *widget,
          gconstpointer  name)
{
  return GTK_IS_STACK (widget) && gtk_stack_get_child_by_name (GTK_STACK (widget), name) != NULL;
}

/* The page @page_name of the project view: a tool page, the overview. */
static GtkWidget *
find_page (TrellisWindow *window,
           const char    *page_name)
{
  GtkWidget *view = trellis_window_get_project_view (window);
  GtkWidget *stack = ui_test_find (view, has_page, page_name);

  g_assert_nonnull (stack);
  return gtk_stack_get_child_by_name (GTK_STACK (stack), page_name);
}

/* Shows @path ("strategy/timeline", "overview") and returns what it
 * shows: the tool, or the page. */
static GtkWidget *
show (TrellisWindow *window,
      const char    *path)
{
  TrellisProjectView *view = TRELLIS_PROJECT_VIEW (trellis_window_get_project_view (window));
  g_auto(GStrv) parts = g_strsplit (path, "/", 2);
  GtkWidget *shown;

  g_assert_true (trellis_project_view_set_page (view, path));
  shown = find_page (window, parts[0]);
  if (parts[1] != NULL)
    shown = trellis_tool_page_get_view (TRELLIS_TOOL_PAGE (shown), parts[1]);
  g_assert_nonnull (shown);
  ui_test_iterate_until_mapped (shown);
  settle ();
  return shown;
}

/* The tools of @page_name in the order of its switcher; none for a page
 * without tools. */
static GPtrArray *
list_tools (TrellisWindow *window,
            const char    *page_name)
{
  GPtrArray *tools = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GtkSelectionModel) pages = NULL;
  GtkWidget *page = find_page (window, page_name);
  GtkWidget *stack;

  if (!TRELLIS_IS_TOOL_PAGE (page))
    return tools;
  stack = ui_test_find_descendant (page, ADW_TYPE_VIEW_STACK);
  g_assert_nonnull (stack);
  pages = adw_view_stack_get_pages (ADW_VIEW_STACK (stack));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
    {
      g_autoptr(AdwViewStackPage) stack_page = g_list_model_get_item (G_LIST_MODEL (pages), i);

      g_ptr_array_add (tools, g_strdup_printf ("%s/%s", page_name,
                                               adw_view_stack_page_get_name (stack_page)));
    }
  return tools;
}

/* The test of the walk itself: it finds what it must find */

static void
test_walker (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *icon_only = gtk_button_new_from_icon_name ("list-add-symbolic");
  GtkWidget *named_icon = gtk_button_new_from_icon_name ("list-add-symbolic");
  GtkWidget *mnemonic = gtk_button_new_with_mnemonic ("_Add");
  GtkWidget *mended = gtk_button_new_with_mnemonic ("_Remove");
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *menu = gtk_menu_button_new ();
  GtkWidget *label = gtk_label_new_with_mnemonic ("_Title");
  GtkWidget *entry = gtk_entry_new ();
  Walk walk;

  gtk_widget_set_tooltip_text (icon_only, "Add");   /* a tooltip is no name in GTK 4.8 */
  gtk_accessible_update_property (GTK_ACCESSIBLE (named_icon), GTK_ACCESSIBLE_PROPERTY_LABEL, "Add", -1);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu), "open-menu-symbolic");
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), entry);
  gtk_box_append (GTK_BOX (box), icon_only);
  gtk_box_append (GTK_BOX (box), named_icon);
  gtk_box_append (GTK_BOX (box), mnemonic);
  gtk_box_append (GTK_BOX (box), mended);
  gtk_box_append (GTK_BOX (box), check);
  gtk_box_append (GTK_BOX (box), menu);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
  ui_test_iterate_until_mapped (window);
  /* What GTK 4.8 leaves on a button with a mnemonic until it is mended
   * (trellis_accessible_init (), which mended "_Remove" as it was shown). */
  gtk_accessible_update_property (GTK_ACCESSIBLE (mnemonic), GTK_ACCESSIBLE_PROPERTY_LABEL, "_Add", -1);
  g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (mended), GTK_ACCESSIBLE_PROPERTY_LABEL));

  walk_init (&walk);
  walk_area (&walk, "walker", box);
  g_assert_cmpuint (walk.n_checked, ==, 7);
  g_assert_cmpuint (walk.n_failed, ==, 4);   /* the icon, "_Add", the check box, the menu */
  g_assert_nonnull (strstr (walk.failures->str, "no name: GtkButton.image-button icon list-add-symbolic"));
  g_assert_nonnull (strstr (walk.failures->str, "mnemonic underscore: GtkButton"));
  g_assert_nonnull (strstr (walk.failures->str, "no name: GtkCheckButton"));
  g_assert_nonnull (strstr (walk.failures->str, "no name: GtkMenuButton"));

  /* Named, each passes. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon_only), GTK_ACCESSIBLE_PROPERTY_LABEL, "Add", -1);
  gtk_accessible_reset_property (GTK_ACCESSIBLE (mnemonic), GTK_ACCESSIBLE_PROPERTY_LABEL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, "Done", -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (menu), GTK_ACCESSIBLE_PROPERTY_LABEL, "Menu", -1);
  walk_clear (&walk);
  walk_init (&walk);
  walk_area (&walk, "walker", box);
  g_assert_cmpuint (walk.n_failed, ==, 0);
  walk_clear (&walk);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The pages */

static void
test_pages (void)
{
  TrellisWindow *window = open_sample ();
  const TrellisAppStep *steps;
  guint n_steps;
  Walk walk;

  walk_init (&walk);
  steps = trellis_app_get_steps (&n_steps);
  for (guint i = 0; i < n_steps; i++)
    {
      g_autoptr(GPtrArray) tools = list_tools (window, steps[i].page_name);

      if (tools->len == 0)
        {
          walk_area (&walk, steps[i].page_name, show (window, steps[i].page_name));
          walk_area (&walk, "shell", GTK_WIDGET (window));
          continue;
        }
      for (guint t = 0; t < tools->len; t++)
        {
          const char *path = g_ptr_array_index (tools, t);
          GtkWidget *tool = show (window, path);

          /* The tool first, so that its controls count for it, then
           * what is around it (header, sidebar, switcher). */
          walk_area (&walk, path, tool);
          walk_area (&walk, "shell", GTK_WIDGET (window));
        }
    }
  g_assert_cmpuint (walk.n_checked, >, 100);
  walk_assert (&walk, "pages of the sample");
  walk_clear (&walk);
}

/* The dialogs */

static void
walk_toplevel (Walk       *walk,
               const char *area,
               GType       type)
{
  GtkWindow *dialog = ui_test_find_toplevel (type);

  g_assert_nonnull (dialog);
  ui_test_iterate_until_mapped (GTK_WIDGET (dialog));
  walk_area (walk, area, GTK_WIDGET (dialog));
  gtk_window_destroy (dialog);
  ui_test_iterate_pending ();
}

static void
test_dialogs (void)
{
  TrellisWindow *window = open_sample ();
  TrellisProject *project = trellis_window_get_project (window);
  g_autoptr(TrellisAction) action = g_list_model_get_item (trellis_project_get_items (project,
                                                                                       TRELLIS_TYPE_ACTION), 0);
  g_autofree char *today = trellis_date_format (trellis_date_today ());
  g_autofree char *csv_path = g_build_filename (tmpdir, "people.csv", NULL);
  g_autoptr(GFile) csv = g_file_new_for_path (csv_path);
  Walk walk;

  walk_init (&walk);

  g_action_group_activate_action (G_ACTION_GROUP (app), "new-project", NULL);
  ui_test_iterate_pending ();
  walk_toplevel (&walk, "new project", g_type_from_name ("TrellisNewProjectDialog"));

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  walk_toplevel (&walk, "preferences", TRELLIS_TYPE_PREFERENCES_WINDOW);

  ui_test_activate (GTK_WIDGET (window), "win.status-rules");
  walk_toplevel (&walk, "status rules", g_type_from_name ("TrellisStatusRulesDialog"));

  trellis_snapshot_dialog_present (GTK_WINDOW (window), project);
  walk_toplevel (&walk, "snapshot", TRELLIS_TYPE_SNAPSHOT_DIALOG);

  trellis_override_dialog_present (GTK_WIDGET (window), project, TRELLIS_ITEM (action), today);
  walk_toplevel (&walk, "override", TRELLIS_TYPE_OVERRIDE_DIALOG);

  g_file_set_contents (csv_path, "Name,Company,Helix\nMara Keller,Valdor Bank,spaceship\n", -1, NULL);
  g_assert_nonnull (trellis_import_dialog_open (GTK_WINDOW (window), project, csv, "stakeholders"));
  walk_toplevel (&walk, "import", TRELLIS_TYPE_IMPORT_DIALOG);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", "s", ""));
  walk_toplevel (&walk, "export", TRELLIS_TYPE_EXPORT_OPTIONS_DIALOG);

  g_assert_cmpuint (walk.n_checked, >, 10);
  walk_assert (&walk, "dialogs");
  walk_clear (&walk);
}

int
main (int   argc,
      char *argv[])
{
  /* Only the testing backend records the attributes read back here. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  app = ui_test_init (&argc, &argv, &tmpdir);
  if (app == NULL)
    return 77;

  g_test_add_func ("/ui/accessible/walker", test_walker);
  g_test_add_func ("/ui/accessible/pages", test_pages);
  g_test_add_func ("/ui/accessible/dialogs", test_dialogs);

  return ui_test_run (app, tmpdir);
}
