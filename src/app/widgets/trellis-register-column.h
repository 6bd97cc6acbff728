/* trellis-register-column.h: the columns of a register, described per item type
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "trellis.h"

G_BEGIN_DECLS

typedef struct _TrellisRegister TrellisRegister;

/**
 * TrellisCellKind:
 * @TRELLIS_CELL_TEXT: a text edited in place (a #GtkEditableLabel, made
 *   when the cell is first used: see trellis-register-slot.c)
 * @TRELLIS_CELL_LABEL: a text shown on one line, in full in its tooltip
 * @TRELLIS_CELL_ENUM: an enumeration, chosen with a drop-down
 * @TRELLIS_CELL_LEVEL: a #TrellisLevel (low, medium, high), with a drop-down
 * @TRELLIS_CELL_CHECK: a yes/no field, a check button
 * @TRELLIS_CELL_DATE: a #TrellisDay edited in place as YYYY-MM-DD
 * @TRELLIS_CELL_PERCENT: a number from 0 to 100, a spin button
 * @TRELLIS_CELL_MONEY: an amount, shown by the column's format function
 * @TRELLIS_CELL_CUSTOM: built and refreshed by the column's own functions
 */
typedef enum
{
  TRELLIS_CELL_TEXT,
  TRELLIS_CELL_LABEL,
  TRELLIS_CELL_ENUM,
  TRELLIS_CELL_LEVEL,
  TRELLIS_CELL_CHECK,
  TRELLIS_CELL_DATE,
  TRELLIS_CELL_PERCENT,
  TRELLIS_CELL_MONEY,
  TRELLIS_CELL_CUSTOM,
} TrellisCellKind;

typedef struct _TrellisRegisterColumn TrellisRegisterColumn;

/* One cell of a column while it exists; bound to an item or not. */
typedef struct
{
  const TrellisRegisterColumn *column;
  TrellisRegister             *view;
  TrellisItem                 *item;     /* while bound */
  GtkWidget                   *widget;   /* what edits the value, once made */
  GtkWidget                   *label;    /* the value until then, or when read-only */
  GtkWidget                   *slot;     /* holds the label, then the editor */
  GtkWidget                   *icon;     /* the column's flag */
  gulong                       notify_id;
  gulong                       changed_id;
  gboolean                     updating;
} TrellisRegisterCell;

/**
 * TrellisRegisterColumn:
 * @field: the field's index (%TRELLIS_ACTION_FIELD_DUE …): the value, the
 *   sort key and the cell's name ("register-" and the field's name)
 * @title: the column's title, marked with N_()
 * @kind: how the cell shows and edits the field
 * @width: its width in pixels
 * @expand: whether it takes the spare width
 * @required: a text that may not be emptied
 * @format: the text of a LABEL or MONEY cell (else the field's text)
 * @flag: why the item is marked (a warning before the text, or
 *   @flag_class on a date), or %NULL when it is not
 * @flag_icon: the flag's icon; %NULL marks the value with @flag_class
 * @flag_class: the flag's style class ("warning", "error", "overdue")
 * @watch_project: also refresh when other items change (names of goals)
 * @create: a CUSTOM cell's widgets; sets @cell->widget, or @cell->label
 *   and @cell->slot for an editor made on first use (trellis-register-slot.c)
 * @refresh: shows a CUSTOM cell's item
 *
 * A plain cell follows "notify" of its own field only; a cell with a flag
 * or a format function follows every field of its item, since what it
 * shows comes from several.
 */
struct _TrellisRegisterColumn
{
  guint            field;
  const char      *title;
  TrellisCellKind  kind;
  int              width;
  gboolean         expand;
  gboolean         required;
  char          *(*format)  (TrellisRegisterCell *cell);
  char          *(*flag)    (TrellisItem         *item);
  const char      *flag_icon;
  const char      *flag_class;
  gboolean         watch_project;
  GtkWidget     *(*create)  (TrellisRegisterCell *cell);
  void           (*refresh) (TrellisRegisterCell *cell);
};

GtkColumnViewColumn *trellis_register_column_new        (TrellisRegister             *view,
                                                         const TrellisRegisterColumn *column);
GtkWidget           *trellis_register_cell_label_new    (void);
void                 trellis_register_column_renew      (TrellisRegister             *view,
                                                         GtkColumnViewColumn         *column);
char                *trellis_register_strip_mnemonic    (const char                  *label);
void                 trellis_register_cell_set_text     (GtkWidget                   *widget,
                                                         const char                  *text);
GtkWidget           *trellis_register_cell_get_editor   (GtkWidget                   *cell);

G_END_DECLS
