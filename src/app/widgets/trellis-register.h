/* trellis-register.h: a table of one kind of item, with search, filters, details and bulk edits
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "trellis.h"
#include "trellis-register-column.h"
#include "trellis-register-panel.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_REGISTER (trellis_register_get_type ())

G_DECLARE_DERIVABLE_TYPE (TrellisRegister, trellis_register, TRELLIS, REGISTER, GtkWidget)

/**
 * TrellisRegisterInfo:
 * @item_type: the items listed
 * @multiple: several rows can be selected, for the bulk bar
 * @columns: (array length=n_columns): the columns, in their order
 * @icon_name: the icon of the empty register
 * @empty_title: the title of the empty register, and @empty_description
 *   what to do; @none_found_title when the search finds nothing
 * @search_placeholder: the search entry's text, and @search_tooltip
 * @filter_tooltip: the filter button's tooltip
 * @add_label: the add button's label with its mnemonic, and @add_tooltip
 * @item_removed: the text of the confirmation of a delete, after the
 *   list of what refers to the item
 *
 * The strings are marked with N_() and translated by the register.
 */
typedef struct
{
  GType                        item_type;
  gboolean                     multiple;
  const TrellisRegisterColumn *columns;
  guint                        n_columns;
  const char                  *icon_name;
  const char                  *empty_title;
  const char                  *empty_description;
  const char                  *none_found_title;
  const char                  *search_placeholder;
  const char                  *search_tooltip;
  const char                  *filter_tooltip;
  const char                  *add_label;
  const char                  *add_tooltip;
  const char                  *item_removed;
} TrellisRegisterInfo;

/**
 * TrellisRegisterClass:
 * @info: what the register lists and says; set in class_init
 * @match: whether @item passes the search and the filters
 * @set_search: the search entry's text changed
 * @is_filtered: whether a search or a filter is on
 * @is_restricted: whether the filter menu hides some items
 * @clear_filters: sets every filter of the menu back to "any"
 * @add_item: adds a new item to the project, and returns it
 * @describe_count: "12 of 30 stakeholders" (@shown is @total unfiltered)
 * @describe_selection: (nullable): "3 actions selected", for the bulk bar
 * @describe_referrers: (nullable): what refers to @item, asked about
 *   before deleting; %NULL to delete at once
 * @compare: the order of two items by @field (default: by value)
 * @compare_groups: (nullable): the order of groups, before the columns'
 * @project_changed: an item of the project changed (menus of names)
 * @update_state: after the register updated its count and actions
 * @build_filter_menu: (nullable): the filter menu as it is now, built
 *   when the menu is opened (else the one of
 *   trellis_register_set_filter_menu ())
 */
struct _TrellisRegisterClass
{
  GtkWidgetClass              parent_class;

  const TrellisRegisterInfo  *info;

  gboolean     (*match)              (TrellisRegister *self,
                                      TrellisItem     *item);
  void         (*set_search)         (TrellisRegister *self,
                                      const char      *text);
  gboolean     (*is_filtered)        (TrellisRegister *self);
  gboolean     (*is_restricted)      (TrellisRegister *self);
  void         (*clear_filters)      (TrellisRegister *self);
  TrellisItem *(*add_item)           (TrellisRegister *self);
  char        *(*describe_count)     (TrellisRegister *self,
                                      guint            shown,
                                      guint            total);
  char        *(*describe_selection) (TrellisRegister *self,
                                      guint            n_selected);
  char        *(*describe_referrers) (TrellisRegister *self,
                                      TrellisItem     *item);
  int          (*compare)            (TrellisRegister *self,
                                      TrellisItem     *a,
                                      TrellisItem     *b,
                                      guint            field);
  int          (*compare_groups)     (TrellisRegister *self,
                                      TrellisItem     *a,
                                      TrellisItem     *b);
  void         (*project_changed)    (TrellisRegister *self,
                                      TrellisItem     *item);
  void         (*update_state)       (TrellisRegister *self);
  GMenuModel  *(*build_filter_menu)  (TrellisRegister *self);
};

TrellisProject       *trellis_register_get_project     (TrellisRegister     *self);
gboolean              trellis_register_get_editable    (TrellisRegister     *self);
TrellisRegisterPanel *trellis_register_get_panel       (TrellisRegister     *self);
GtkColumnView        *trellis_register_get_column_view (TrellisRegister     *self);
GtkColumnViewColumn  *trellis_register_find_column     (TrellisRegister     *self,
                                                        guint                field,
                                                        guint               *position);
void                  trellis_register_add_actions     (TrellisRegister     *self,
                                                        const GActionEntry  *entries,
                                                        guint                n_entries);
void                  trellis_register_enable_action   (TrellisRegister     *self,
                                                        const char          *name,
                                                        gboolean             enabled);
void                  trellis_register_set_filter_menu (TrellisRegister     *self,
                                                        GMenuModel          *menu);
void                  trellis_register_invalidate_filter_menu (TrellisRegister *self);
void                  trellis_register_refilter        (TrellisRegister     *self);
void                  trellis_register_regroup         (TrellisRegister     *self);
void                  trellis_register_clear_search    (TrellisRegister     *self);
GPtrArray            *trellis_register_get_selected    (TrellisRegister     *self);
gboolean              trellis_register_select          (TrellisRegister     *self,
                                                        TrellisItem         *item);
void                  trellis_register_show_error      (TrellisRegister     *self,
                                                        const char          *message);
gboolean              trellis_register_commit_pending  (TrellisRegister     *self);

G_END_DECLS
