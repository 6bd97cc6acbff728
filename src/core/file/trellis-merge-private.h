/* trellis-merge-private.h: what the merge files share
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-merge.h"

G_BEGIN_DECLS

struct _TrellisMergeChange
{
  GObject                 parent_instance;

  TrellisMergeChangeKind  kind;
  GType                   item_type;
  char                   *uuid;           /* NULL for MOVED */
  int                     field;          /* index in the item's class, -1: the whole item */
  char                   *title;          /* the item's label */
  char                   *texts[3];       /* file text of each TrellisMergeVersion (nullable) */
  char                   *display[3];     /* the same, for people */
  gboolean                ours_deleted;   /* CONFLICT: which side deleted the item */
  gboolean                theirs_deleted;
  TrellisItem            *theirs_item;    /* ADDED, CHANGED, CONFLICT: their version */
  gboolean                accepted;
};

struct _TrellisMerge
{
  GObject         parent_instance;

  TrellisProject *versions[3];   /* base, ours, theirs */
  TrellisProject *result;
  GListStore     *changes;
  gboolean        done;
};

TrellisMergeChange *_trellis_merge_change_new     (TrellisMergeChangeKind  kind,
                                                   GType                   item_type,
                                                   const char             *uuid,
                                                   int                     field);
void                _trellis_merge_change_set_values (TrellisMergeChange *self,
                                                      TrellisMerge       *merge,
                                                      TrellisItem        *items[3]);

char        *_trellis_merge_display_value (TrellisProject     *project,
                                           const TrellisField *field,
                                           const GValue       *value);
char        *_trellis_merge_display_text  (TrellisProject     *project,
                                           const TrellisField *field,
                                           const char         *text);
gboolean     _trellis_merge_parse_text    (TrellisProject     *project,
                                           const TrellisField *field,
                                           const char         *text,
                                           GValue             *value);
TrellisItem *_trellis_merge_clone_item    (TrellisItem        *item);
gboolean     _trellis_merge_is_stamp      (TrellisItem        *item,
                                           guint               index);

/* trellis-merge-refs.c: keeping references valid */
void         _trellis_merge_check_references (TrellisMerge *self);
void         _trellis_merge_drop_dangling    (TrellisProject *project);

/* trellis-merge-apply.c */
void         _trellis_merge_apply            (TrellisMerge   *self,
                                              TrellisProject *project,
                                              GHashTable     *accepted,
                                              gboolean        record_conflicts);

G_END_DECLS
