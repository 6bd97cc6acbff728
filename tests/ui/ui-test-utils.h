/* ui-test-utils.h: helpers shared by the tests that drive real windows
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "trellis-application.h"
#include "trellis-window.h"

G_BEGIN_DECLS

/**
 * UiTestMatchFunc:
 * @widget: a widget under the root of the search, or the root itself
 * @data: the data given to ui_test_find()
 *
 * Returns: whether @widget is the one looked for
 */
typedef gboolean (*UiTestMatchFunc) (GtkWidget     *widget,
                                     gconstpointer  data);

void              ui_test_iterate_pending      (void);
void              ui_test_iterate_until_mapped (GtkWidget  *widget);
void              ui_test_wait                 (guint       msec);
void              ui_test_save_png             (GtkWidget  *widget,
                                                const char *path);
void              ui_test_destroy_all_windows  (void);
void              ui_test_destroy_app_windows  (GApplication *app);

/* Finding widgets */
GtkWidget        *ui_test_find                 (GtkWidget       *root,
                                                UiTestMatchFunc  match,
                                                gconstpointer    data);
GtkWidget        *ui_test_find_mapped          (GtkWidget       *root,
                                                UiTestMatchFunc  match,
                                                gconstpointer    data);
GPtrArray        *ui_test_find_all             (GtkWidget       *root,
                                                UiTestMatchFunc  match,
                                                gconstpointer    data);
GtkWidget        *ui_test_find_descendant      (GtkWidget  *widget,
                                                GType       type);
GtkWidget        *ui_test_find_named           (GtkWidget  *root,
                                                const char *name);
GtkWidget        *ui_test_find_with_class      (GtkWidget  *root,
                                                const char *css_class);
GtkWidget        *ui_test_find_label           (GtkWidget  *root,
                                                const char *text);
GtkWidget        *ui_test_find_button          (GtkWidget  *root,
                                                const char *label);
GtkWidget        *ui_test_find_mapped_button   (GtkWidget  *root,
                                                const char *label);
GtkWidget        *ui_test_find_toggle          (GtkWidget  *root,
                                                const char *label);
GtkWidget        *ui_test_find_action_button   (GtkWidget  *root,
                                                const char *action_name);
GtkWidget        *ui_test_find_mapped_action_button (GtkWidget  *root,
                                                     const char *action_name);
GtkWidget        *ui_test_find_row             (GtkWidget  *widget,
                                                const char *title);
gboolean          ui_test_shows_label          (GtkWidget  *widget,
                                                const char *text);
gpointer          ui_test_get_controller       (GtkWidget  *widget,
                                                GType       type);

/* Driving a window */
void              ui_test_activate             (GtkWidget     *widget,
                                                const char    *action);
gboolean          ui_test_press_shortcut       (GtkWidget     *focus,
                                                const char    *accelerator);
void              ui_test_undo                 (TrellisWindow *window);
void              ui_test_redo                 (TrellisWindow *window);
guint             ui_test_n_undo               (TrellisWindow *window);
AdwMessageDialog *ui_test_find_message_dialog  (void);
void              ui_test_set_clipboard        (GtkWidget  *widget,
                                                const char *text);
GtkWindow        *ui_test_find_toplevel        (GType       type);

/* The set-up every program driving real windows shares */
TrellisApplication *ui_test_init               (int            *argc,
                                                char         ***argv,
                                                char          **tmpdir);
int               ui_test_run                  (TrellisApplication *app,
                                                char               *tmpdir);
GFile            *ui_test_write_project        (const char     *tmpdir,
                                                const char     *basename,
                                                TrellisProject *project);
TrellisWindow    *ui_test_open_window          (GApplication   *app,
                                                GFile          *file);
TrellisWindow    *ui_test_open_sample          (GApplication   *app,
                                                const char     *tmpdir);
GtkWidget        *ui_test_show_page            (TrellisWindow  *window,
                                                const char     *page,
                                                GType           type);
GtkPopover       *ui_test_popup                (GtkMenuButton  *button);
AdwMessageDialog *ui_test_expect_dialog        (const char     *heading_part);
void              ui_test_respond              (AdwMessageDialog *dialog,
                                                const char       *response);
void              ui_test_write_foreign_lock   (GFile          *file);
TrellisWindow    *ui_test_open_read_only       (GApplication   *app,
                                                GFile          *file);

G_END_DECLS
