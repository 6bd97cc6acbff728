/* trellis-import-private.h: what the import's files share
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-import.h"
#include "trellis-item.h"

G_BEGIN_DECLS

typedef struct
{
  const char *kind;           /* as on the command line: the section's name */
  GType     (*get_type) (void);
  guint       key_field;      /* the field that names an item: re-import matches it */
} TrellisImportKind;

const TrellisImportKind *_trellis_import_find_kind       (GType               item_type);
int                      _trellis_import_owner_field     (GType               item_type);
int                      _trellis_import_outside_field   (GType               item_type,
                                                          guint               ref_field);
char                    *_trellis_import_fold_title      (const char         *title);
char                    *_trellis_import_fold_name       (const char         *name);
gboolean                 _trellis_import_parse_value     (const TrellisField *field,
                                                          const char         *text,
                                                          GValue             *value,
                                                          char              **accepted);
char                    *_trellis_import_format_value    (const TrellisField *field,
                                                          const GValue       *value);

/* More than this many problems are counted, not kept. */
#define MAX_PROBLEMS 500

typedef struct
{
  guint  row;      /* from 1, the header being row 1 */
  guint  column;   /* from 1; 0 for the whole row */
  char  *message;
} Problem;

typedef struct
{
  char *title;
  int   field;     /* -1: leave the column out */
} Mapping;

struct _TrellisImport
{
  GObject                  parent_instance;

  TrellisProject          *project;
  GType                    item_type;
  TrellisItemClass        *item_class;
  const TrellisImportKind *kind;
  int                      owner_field;
  guint                    n_fields;

  char                    *display_name;
  char                     separator;
  GPtrArray               *rows;        /* of GStrv, the header first */
  GArray                  *columns;     /* int per column: a field, or -1 */
  GPtrArray               *mappings;    /* of Mapping, what the user said */

  GPtrArray               *problems;    /* of Problem */
  guint                    n_problems;
  GPtrArray               *targets;     /* per row: the item's UUID, or NULL */
  GArray                  *is_new;      /* gboolean per row */
  GHashTable              *row_names;   /* folded name → UUID, of the file's rows */
  GHashTable              *names;       /* field → (folded name → UUID or ambiguous) */
  guint                    n_new;
  guint                    n_updated;
  gboolean                 up_to_date;  /* no edit of the project since the preview */
};

typedef struct
{
  guint     n_fields;
  GValue   *values;   /* per field */
  gboolean *set;      /* per field: a column sets it */
  gboolean *forced;   /* per field: set from another column, which wins */
} RowValues;


const TrellisField *_trellis_import_get_field         (TrellisImport *self,
                                                       guint          index);
const char         *_trellis_import_cell_at           (TrellisImport *self,
                                                       guint          row,
                                                       guint          column);
void                _trellis_import_check             (TrellisImport *self);
RowValues          *_trellis_import_row_values_new    (TrellisImport *self);
void                _trellis_import_row_values_free   (RowValues     *values);
gboolean            _trellis_import_convert_row       (TrellisImport *self,
                                                       guint          row,
                                                       RowValues     *out,
                                                       gboolean       report);

G_END_DECLS
