/* trellis-register-panel.h: every field of one item, beside its register
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "trellis.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_REGISTER_PANEL (trellis_register_panel_get_type ())

G_DECLARE_DERIVABLE_TYPE (TrellisRegisterPanel, trellis_register_panel, TRELLIS, REGISTER_PANEL, GtkWidget)

/**
 * TrellisRegisterPanelClass:
 * @icon_name: the icon shown while no item is
 * @none_title: the title shown while no item is, marked with N_()
 * @build: appends the rows of the item shown to @box
 * @clear: the rows are going; forget pointers into them
 */
struct _TrellisRegisterPanelClass
{
  GtkWidgetClass parent_class;

  const char    *icon_name;
  const char    *none_title;

  void         (*build) (TrellisRegisterPanel *self,
                         GtkBox               *box);
  void         (*clear) (TrellisRegisterPanel *self);
};

TrellisItem    *trellis_register_panel_get_item      (TrellisRegisterPanel *self);
void            trellis_register_panel_set_item      (TrellisRegisterPanel *self,
                                                      TrellisItem          *item);
TrellisProject *trellis_register_panel_get_project   (TrellisRegisterPanel *self);
void            trellis_register_panel_set_project   (TrellisRegisterPanel *self,
                                                      TrellisProject       *project);
gboolean        trellis_register_panel_get_editable  (TrellisRegisterPanel *self);
void            trellis_register_panel_set_editable  (TrellisRegisterPanel *self,
                                                      gboolean              editable);
void            trellis_register_panel_focus_first   (TrellisRegisterPanel *self);
gboolean        trellis_register_panel_commit        (TrellisRegisterPanel *self);

/* For the panels of each item type, in their build () */
GtkWidget      *trellis_register_panel_add_header    (TrellisRegisterPanel *self,
                                                      GtkBox               *box,
                                                      const char           *property);
GtkWidget      *trellis_register_panel_add_flag      (TrellisRegisterPanel *self,
                                                      GtkBox               *box,
                                                      char               *(*reason) (TrellisItem *item));
GtkWidget      *trellis_register_panel_add_group     (TrellisRegisterPanel *self,
                                                      GtkBox               *box,
                                                      const char           *title,
                                                      const char           *description);
GtkWidget      *trellis_register_panel_add_entry     (TrellisRegisterPanel *self,
                                                      GtkWidget            *group,
                                                      const char           *title,
                                                      const char           *property,
                                                      gboolean              required);
GtkWidget      *trellis_register_panel_add_combo     (TrellisRegisterPanel *self,
                                                      GtkWidget            *group,
                                                      const char           *title,
                                                      const char           *property);
GtkWidget      *trellis_register_panel_add_switch    (TrellisRegisterPanel *self,
                                                      GtkWidget            *group,
                                                      const char           *title,
                                                      const char           *subtitle,
                                                      const char           *property);
GtkWidget      *trellis_register_panel_add_text      (TrellisRegisterPanel *self,
                                                      GtkWidget            *group,
                                                      const char           *property,
                                                      const char           *accessible_label);
GtkWidget      *trellis_register_panel_add_checked   (TrellisRegisterPanel *self,
                                                      GtkWidget            *group,
                                                      const char           *title,
                                                      const char           *property);
GtkWidget      *trellis_register_panel_add_delete    (TrellisRegisterPanel *self,
                                                      GtkBox               *box,
                                                      const char           *label);
void            trellis_register_panel_show_error    (GtkWidget            *group,
                                                      const char           *message);

G_END_DECLS
