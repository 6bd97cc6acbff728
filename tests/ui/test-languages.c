/* test-languages.c: the window in German, French or Italian, paths /ui/languages/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `test-languages [-k] LANG` (de, fr or it; or TRELLIS_TEST_LANG=LANG) runs the
 * real window on the sample with LANGUAGE=LANG and LC_ALL=LANG_CC.UTF-8,
 * the catalogues read from $TRELLIS_LOCALEDIR (the build's po/ folder, set
 * by tests/meson.build). It shows the main pages of the table of tools and
 * checks that:
 *  - the sidebar, the page titles and the tool switchers show the
 *    catalogue's words (they differ from the English msgid and are what
 *    g_dgettext () answers: no word of any language is written here);
 *  - no label is clipped at 1366×768 and 1280×720: every mapped GtkLabel
 *    that neither ellipsizes nor wraps gets at least its natural width,
 *    and the window is no wider than the size asked.
 * Every offender is listed with its text and page. Without the locale the
 * cases are skipped, saying so, and meson (TAP) reports the test as skipped
 * (build-aux/deps.sh generates the locales). With
 * TRELLIS_LANG_SHOTS=DIR each page is saved as DIR/LANG-PAGE-WxH.png;
 * TRELLIS_LANG_PAGES=all checks every tool of the table, not only the
 * main pages.
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gi18n.h>

#include "trellis-i18n.h"
#include "trellis-overview-page.h"
#include "trellis-project-view.h"
#include "trellis-tool-page.h"
#include "trellis-tools.h"
#include "trellis-window.h"
#include "trellis-test-utils.h"
#include "ui-test-utils.h"

typedef struct
{
  const char *language;
  const char *locale;
} Language;

static const Language languages[] = {
  { "de", "de_DE.UTF-8" },
  { "fr", "fr_FR.UTF-8" },
  { "it", "it_IT.UTF-8" },
};

typedef struct
{
  int width;
  int height;
} Size;

static const Size sizes[] = { { 1366, 768 }, { 1280, 720 } };

/* The main pages; a page without a tool shows its first one. */
static const char *main_pages[] = {
  "overview", "potentials/swot", "actors", "value", "strategy/plan", "dashboard",
};

static TrellisApplication *app;
static char *tmpdir;
static const Language *language;
static gboolean locale_missing;

/* Helpers */

static const Language *
pick_language (int   *argc,
               char **argv)
{
  const char *name = g_getenv ("TRELLIS_TEST_LANG");

  /* The language may come last on the command line (tests/ui/meson.build). */
  if (*argc > 1 && argv[*argc - 1][0] != '-')
    name = argv[--(*argc)];
  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (languages); i++)
    if (g_str_equal (languages[i].language, name))
      return &languages[i];
  return NULL;
}

/* Sets the environment the window reads, before GTK is initialised. */
static void
use_language (const Language *lang)
{
  locale_t probe = newlocale (LC_ALL_MASK, lang->locale, (locale_t) 0);

  locale_missing = probe == (locale_t) 0;
  if (!locale_missing)
    freelocale (probe);
  g_setenv ("LANGUAGE", lang->language, TRUE);
  g_setenv ("LC_ALL", lang->locale, TRUE);
  trellis_i18n_init ();
  gtk_disable_setlocale ();
}

static gboolean
skip_without_locale (void)
{
  if (!locale_missing)
    return FALSE;
  g_test_skip_printf ("the locale %s is not installed: generate it (build-aux/deps.sh does)",
                      language->locale);
  return TRUE;
}

/* The pages to check: the main ones, or every tool of the table. */
static GPtrArray *
list_pages (void)
{
  GPtrArray *pages = g_ptr_array_new_with_free_func (g_free);
  const TrellisAppTool *tools;
  guint n_tools;

  if (g_strcmp0 (g_getenv ("TRELLIS_LANG_PAGES"), "all") != 0)
    {
      for (guint i = 0; i < G_N_ELEMENTS (main_pages); i++)
        {
          const TrellisAppTool *tool = strchr (main_pages[i], '/') == NULL
                                       ? trellis_app_find_tool (main_pages[i], NULL) : NULL;

          g_ptr_array_add (pages, tool != NULL ? trellis_app_tool_dup_path (tool) : g_strdup (main_pages[i]));
        }
      return pages;
    }
  g_ptr_array_add (pages, g_strdup ("overview"));
  tools = trellis_app_get_tools (&n_tools);
  for (guint i = 0; i < n_tools; i++)
    g_ptr_array_add (pages, trellis_app_tool_dup_path (&tools[i]));
  return pages;
}

/* A stack in its crossfade, or a flap sliding in or out. */
static gboolean
is_in_transition (GtkWidget     *widget,
                  gconstpointer  data)
{
  double progress;

  if (GTK_IS_STACK (widget))
    return gtk_stack_get_transition_running (GTK_STACK (widget));
  if (!ADW_IS_FLAP (widget))
    return FALSE;
  progress = adw_flap_get_reveal_progress (ADW_FLAP (widget));
  return progress > 0.001 && progress < 0.999;
}

/* Shows @path ("overview" or "page/tool") and waits until it is drawn and
 * still: the page it replaced gone (a crossfade maps both for a while), its
 * side panels in place. */
static GtkWidget *
show_page (TrellisWindow *window,
           const char    *path)
{
  TrellisProjectView *view = TRELLIS_PROJECT_VIEW (trellis_window_get_project_view (window));
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  GtkWidget *shown;

  g_assert_true (trellis_project_view_set_page (view, path));
  ui_test_iterate_pending ();
  if (g_str_equal (path, "overview"))
    shown = ui_test_find_descendant (GTK_WIDGET (view), TRELLIS_TYPE_OVERVIEW_PAGE);
  else
    shown = trellis_project_view_peek_tool_view (view, path);
  g_assert_nonnull (shown);
  ui_test_iterate_until_mapped (shown);
  ui_test_wait (200);
  while (ui_test_find (GTK_WIDGET (window), is_in_transition, NULL) != NULL &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  return shown;
}

static void
resize (TrellisWindow *window,
        const Size    *size)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  gtk_window_set_default_size (GTK_WINDOW (window), size->width, size->height);
  while (ABS (gtk_widget_get_width (GTK_WIDGET (window)) - size->width) > 30 &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  ui_test_wait (200);
}

static void
save_png (GtkWidget  *window,
          const char *path,
          const Size *size)
{
  const char *dir = g_getenv ("TRELLIS_LANG_SHOTS");
  g_autofree char *page = NULL;
  g_autofree char *name = NULL;
  g_autofree char *file = NULL;

  if (dir == NULL || *dir == '\0')
    return;
  page = g_strdelimit (g_strdup (path), "/", '-');
  name = g_strdup_printf ("%s-%s-%dx%d.png", language->language, page, size->width, size->height);
  file = g_build_filename (dir, name, NULL);
  g_mkdir_with_parents (dir, 0755);
  ui_test_save_png (window, file);
  g_test_message ("saved %s", file);
}

/* Translated titles */

/* The messages of the catalogue, msgid → msgstr (the first form), read
 * from its .mo file: a word may rightly be the same in both languages,
 * which g_dgettext () cannot tell from a missing translation, and a
 * process where gettext found no catalogue would pass unnoticed. */
static GHashTable *
read_catalogue (void)
{
  g_autofree char *path = g_build_filename (trellis_i18n_get_localedir (), language->language,
                                            "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  g_autoptr(GMappedFile) file = g_mapped_file_new (path, FALSE, NULL);
  GHashTable *msgids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  const guint32 *words;
  gsize size;
  guint32 n, originals, translations;

  g_assert_nonnull (file);
  size = g_mapped_file_get_length (file);
  words = (const guint32 *) g_mapped_file_get_contents (file);
  /* Written by msgfmt on this machine: its byte order, magic 0x950412de. */
  g_assert_true (size >= 28 && words[0] == 0x950412de);
  n = words[2];
  originals = words[3];
  translations = words[4];
  g_assert_cmpuint (originals + 8 * (gsize) n, <=, size);
  g_assert_cmpuint (translations + 8 * (gsize) n, <=, size);
  for (guint32 i = 0; i < n; i++)
    {
      const guint32 *original = words + originals / 4 + 2 * i;
      const guint32 *translation = words + translations / 4 + 2 * i;

      g_assert_cmpuint ((gsize) original[1] + original[0], <, size);
      g_assert_cmpuint ((gsize) translation[1] + translation[0], <, size);
      if (original[0] > 0)
        g_hash_table_insert (msgids, g_strdup ((const char *) words + original[1]),
                             g_strdup ((const char *) words + translation[1]));
    }
  return msgids;
}

/* Returns: (nullable): the catalogue's translation of @msgid */
static const char *
catalogue_lookup (const char *msgid)
{
  static GHashTable *msgids;

  if (msgids == NULL)
    msgids = read_catalogue ();
  return g_hash_table_lookup (msgids, msgid);
}

static gboolean
is_mapped_label_reading (GtkWidget     *widget,
                         gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

/* Checks that @msgid has a translation and that @root shows it;
 * appends what is wrong to @problems. */
static void
expect_translated (GString    *problems,
                   GtkWidget  *root,
                   const char *where,
                   const char *msgid)
{
  const char *translated = g_dgettext (GETTEXT_PACKAGE, msgid);
  const char *in_catalogue = catalogue_lookup (msgid);

  if (in_catalogue == NULL)
    g_string_append_printf (problems, "  %s: “%s” has no %s translation\n", where, msgid,
                            language->language);
  else if (!g_str_equal (translated, in_catalogue))
    g_string_append_printf (problems, "  %s: g_dgettext () gives “%s” for “%s”, the catalogue “%s”\n",
                            where, translated, msgid, in_catalogue);
  else if (ui_test_find (root, is_mapped_label_reading, translated) == NULL)
    g_string_append_printf (problems, "  %s: “%s” is not shown (its translation of “%s”)\n",
                            where, translated, msgid);
}

/* The sidebar row of each step, and the title and switcher of its page. */
static void
check_step (GString              *problems,
            TrellisWindow        *window,
            const TrellisAppStep *step)
{
  GtkWidget *row = ui_test_find_named (GTK_WIDGET (window), step->page_name);
  const TrellisAppTool *tools, *first;
  g_autofree char *sidebar = g_strdup_printf ("sidebar row %s", step->page_name);
  g_autofree char *path = NULL;
  GtkWidget *page;
  guint n_tools;

  g_assert_nonnull (row);
  expect_translated (problems, row, sidebar, step->title);
  expect_translated (problems, row, sidebar, step->question);
  first = trellis_app_find_tool (step->page_name, NULL);
  if (first == NULL)
    return;

  path = trellis_app_tool_dup_path (first);
  page = gtk_widget_get_ancestor (show_page (window, path), TRELLIS_TYPE_TOOL_PAGE);
  g_assert_nonnull (page);
  expect_translated (problems, page, step->page_name, step->title);
  tools = trellis_app_get_tools (&n_tools);
  for (guint i = 0; i < n_tools; i++)
    if (g_str_equal (tools[i].page_name, step->page_name))
      expect_translated (problems, page, step->page_name, tools[i].title);
}

static void
test_translated (void)
{
  TrellisWindow *window;
  const TrellisAppStep *steps;
  g_autoptr(GString) problems = g_string_new (NULL);
  guint n_steps;

  if (skip_without_locale ())
    return;
  window = ui_test_open_sample (G_APPLICATION (app), tmpdir);
  steps = trellis_app_get_steps (&n_steps);
  for (guint i = 0; i < n_steps; i++)
    check_step (problems, window, &steps[i]);
  if (problems->len > 0)
    g_test_fail_printf ("In %s, the window shows English where it should not:\n%s",
                        language->language, problems->str);
}

/* Clipped labels */

/* The widget's margins and its CSS margin, border and padding, across. */
static int
horizontal_extra (GtkWidget *widget)
{
  GtkStyleContext *style = gtk_widget_get_style_context (widget);
  GtkBorder margin, border, padding;

  gtk_style_context_get_margin (style, &margin);
  gtk_style_context_get_border (style, &border);
  gtk_style_context_get_padding (style, &padding);
  return gtk_widget_get_margin_start (widget) + gtk_widget_get_margin_end (widget) +
         margin.left + margin.right + border.left + border.right + padding.left + padding.right;
}

/* The first ancestor of @widget that cuts off what @widget needs past its
 * edges: one whose overflow is hidden, or the window, up to the first
 * scrollable (what a scrollable hides, it scrolls to). */
static GtkWidget *
find_clipping_ancestor (GtkWidget *widget,
                        int        needed,
                        int       *x)
{
  for (GtkWidget *ancestor = gtk_widget_get_parent (widget);
       ancestor != NULL && !GTK_IS_SCROLLABLE (ancestor);
       ancestor = gtk_widget_get_parent (ancestor))
    {
      graphene_rect_t bounds;

      if (gtk_widget_get_overflow (ancestor) != GTK_OVERFLOW_HIDDEN && !GTK_IS_WINDOW (ancestor))
        continue;
      if (!gtk_widget_compute_bounds (widget, ancestor, &bounds))
        continue;
      *x = (int) bounds.origin.x;
      if (bounds.origin.x < -0.5 || bounds.origin.x + needed > gtk_widget_get_width (ancestor) + 0.5)
        return ancestor;
    }
  return NULL;
}

static void
check_label (GtkLabel   *label,
             const char *page,
             GString    *offenders)
{
  const char *text = gtk_label_get_text (label);
  GtkWidget *ancestor;
  int natural, width, x = 0;

  if (gtk_label_get_ellipsize (label) != PANGO_ELLIPSIZE_NONE || gtk_label_get_wrap (label) ||
      text == NULL || *text == '\0')
    return;
  gtk_widget_measure (GTK_WIDGET (label), GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  natural -= horizontal_extra (GTK_WIDGET (label));
  width = gtk_widget_get_width (GTK_WIDGET (label));
  if (natural > width)
    {
      g_string_append_printf (offenders, "  %s: “%s” needs %d px, has %d (in %s)\n", page, text,
                              natural, width,
                              G_OBJECT_TYPE_NAME (gtk_widget_get_parent (GTK_WIDGET (label))));
      return;
    }
  ancestor = find_clipping_ancestor (GTK_WIDGET (label), natural, &x);
  if (ancestor != NULL)
    g_string_append_printf (offenders, "  %s: “%s” (%d px at x = %d) is cut off by its %s (%d px wide)\n",
                            page, text, natural, x, G_OBJECT_TYPE_NAME (ancestor),
                            gtk_widget_get_width (ancestor));
}

static void
collect_clipped (GtkWidget  *widget,
                 const char *page,
                 GString    *offenders)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (GTK_IS_LABEL (widget))
    check_label (GTK_LABEL (widget), page, offenders);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_clipped (child, page, offenders);
}

/* The check finds a label given less than its width (a paned that may
 * shrink its side), and passes it once it ellipsizes. */
static void
test_clipping_detector (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *paned = gtk_paned_new (GTK_ORIENTATION_HORIZONTAL);
  GtkWidget *label = gtk_label_new ("A label far too long for the twenty pixels it gets");
  g_autoptr(GString) offenders = g_string_new (NULL);

  /* Skipped too, so that meson reports the program as skipped. */
  if (skip_without_locale ())
    {
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }
  gtk_paned_set_start_child (GTK_PANED (paned), label);
  gtk_paned_set_end_child (GTK_PANED (paned), gtk_label_new ("end"));
  gtk_paned_set_shrink_start_child (GTK_PANED (paned), TRUE);
  gtk_paned_set_position (GTK_PANED (paned), 20);
  gtk_window_set_child (GTK_WINDOW (window), paned);
  gtk_window_set_default_size (GTK_WINDOW (window), 400, 100);
  gtk_window_present (GTK_WINDOW (window));
  ui_test_iterate_until_mapped (label);

  collect_clipped (window, "detector", offenders);
  g_assert_nonnull (strstr (offenders->str, "detector: “A label far too long"));

  g_string_truncate (offenders, 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  ui_test_iterate_pending ();
  collect_clipped (window, "detector", offenders);
  g_assert_cmpstr (offenders->str, ==, "");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_clipping (gconstpointer data)
{
  const Size *size = data;
  TrellisWindow *window;
  g_autoptr(GPtrArray) pages = list_pages ();
  g_autoptr(GString) offenders = g_string_new (NULL);

  if (skip_without_locale ())
    return;
  window = ui_test_open_sample (G_APPLICATION (app), tmpdir);
  resize (window, size);
  for (guint i = 0; i < pages->len; i++)
    {
      const char *path = g_ptr_array_index (pages, i);
      int window_width;

      g_test_message ("%s %s at %d×%d", language->language, path, size->width, size->height);
      show_page (window, path);
      collect_clipped (GTK_WIDGET (window), path, offenders);
      window_width = gtk_widget_get_width (GTK_WIDGET (window));
      if (window_width > size->width + 30)
        g_string_append_printf (offenders, "  %s: the window is %d px wide, more than %d\n", path,
                                window_width, size->width);
      save_png (GTK_WIDGET (window), path, size);
    }
  if (offenders->len > 0)
    g_test_fail_printf ("In %s at %d×%d, these labels are clipped:\n%s", language->language,
                        size->width, size->height, offenders->str);
}

int
main (int   argc,
      char *argv[])
{
  language = pick_language (&argc, argv);
  if (language == NULL)
    {
      g_printerr ("Usage: test-languages de|fr|it (or TRELLIS_TEST_LANG=de)\n");
      return 2;
    }
  use_language (language);
  app = ui_test_init (&argc, &argv, &tmpdir);
  if (locale_missing)
    g_printerr ("The locale %s is not installed: the cases are skipped\n", language->locale);

  g_test_add_func ("/ui/languages/translated", test_translated);
  g_test_add_func ("/ui/languages/clipping-detector", test_clipping_detector);
  g_test_add_data_func ("/ui/languages/clipping/1366x768", &sizes[0], test_clipping);
  g_test_add_data_func ("/ui/languages/clipping/1280x720", &sizes[1], test_clipping);
  return ui_test_run (app, tmpdir);
}
