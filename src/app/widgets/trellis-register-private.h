/* trellis-register-private.h: what the register's files share
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-register.h"

G_BEGIN_DECLS

typedef struct
{
  TrellisProject       *project;
  gboolean              editable;
  GtkFilter            *filter;
  GtkFilterListModel   *filter_model;
  GtkSorter            *group_sorter;
  GtkSliceListModel    *rows;              /* the first rows, as shown: see set_up_models () */
  GtkSelectionModel    *selection;         /* of rows */
  GSimpleActionGroup   *actions;
  guint                 refresh_id;
  gboolean              refresh_pending;   /* a change while unmapped */
  TrellisRegisterPanel *panel;
  GMenuModel           *filter_menu;

  /* Template widgets */
  GtkSearchEntry       *search_entry;
  GtkMenuButton        *filter_button;
  GtkBox               *toolbar_slot;
  GtkLabel             *count_label;
  GtkButton            *add_button;
  AdwButtonContent     *add_content;
  GtkButton            *add_button_short;
  GtkToggleButton      *details_button;
  GtkRevealer          *error_revealer;
  GtkLabel             *error_label;
  GtkStack             *stack;
  AdwStatusPage        *empty_page;
  GtkButton            *empty_add_button;
  GtkStack             *table_stack;
  AdwStatusPage        *none_found_page;
  AdwFlap              *flap;
  GtkColumnView        *column_view;
  GtkActionBar         *selection_bar;
  GtkLabel             *selection_label;
  GtkBox               *bulk_slot;
} TrellisRegisterPrivate;

#define PRIV(self) (_trellis_register_get_private (self))
#define INFO(self) (TRELLIS_REGISTER_GET_CLASS (self)->info)

TrellisRegisterPrivate *_trellis_register_get_private  (TrellisRegister *self);
gboolean                _trellis_register_in_project   (TrellisRegister *self,
                                                        TrellisItem     *item);
TrellisItem            *_trellis_register_shown_item   (TrellisRegister *self);
void                    _trellis_register_update_state (TrellisRegister *self);
void                    _trellis_register_stop_search  (TrellisRegister *self);
void                    _trellis_register_setup_actions (TrellisRegister *self);
void                    _trellis_register_setup_clipboard (TrellisRegister *self);
gboolean                _trellis_register_paste_text   (TrellisRegister *self,
                                                        const char      *text);
void                    _trellis_register_add_exchange_menu (TrellisRegister *self);

G_END_DECLS
