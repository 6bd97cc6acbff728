/* trellis-register-exchange.c: a register's menu of import and export
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A register lists one kind of item; its menu imports a spreadsheet of
 * that kind and exports that kind as one, through the window's actions
 * (win.import and win.export take the kind), so that the register never
 * reaches up to the window.  A read-only window disables the import.
 */

#define G_LOG_DOMAIN "trellis-register"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-import.h"
#include "trellis-register-private.h"

static GMenuModel *
new_exchange_menu (const char *kind)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenuItem) import = g_menu_item_new (_("_Import Spreadsheet…"), NULL);
  g_autoptr(GMenuItem) export = g_menu_item_new (_("_Export as Spreadsheet…"), NULL);

  g_menu_item_set_action_and_target_value (import, "win.import", g_variant_new_string (kind));
  g_menu_item_set_action_and_target_value (export, "win.export", g_variant_new_string (kind));
  g_menu_append_item (menu, import);
  g_menu_append_item (menu, export);
  return G_MENU_MODEL (menu);
}

/* At the end of the toolbar, for the kinds a spreadsheet holds. */
void
_trellis_register_add_exchange_menu (TrellisRegister *self)
{
  const char *kind = trellis_import_type_to_kind (INFO (self)->item_type);
  GtkWidget *toolbar = gtk_widget_get_parent (GTK_WIDGET (PRIV (self)->toolbar_slot));
  g_autoptr(GMenuModel) menu = NULL;
  GtkWidget *button;

  if (kind == NULL)
    return;
  menu = new_exchange_menu (kind);
  button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), menu);
  gtk_widget_set_name (button, "exchange-menu");
  gtk_widget_set_tooltip_text (button, _("Import and Export"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Import and Export"), -1);
  gtk_box_append (GTK_BOX (toolbar), button);
}
