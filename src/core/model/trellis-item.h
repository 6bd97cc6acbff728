/* trellis-item.h: the base of every identifiable thing in a project
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * TrellisFieldFlags:
 * @TRELLIS_FIELD_ATTRIBUTE: a plain value, written as an XML attribute
 * @TRELLIS_FIELD_REQUIRED: a file without it is refused
 * @TRELLIS_FIELD_ELEMENT: free text, written as a child element
 * @TRELLIS_FIELD_DATE: a #TrellisDay (a guint), written as an ISO 8601 date (YYYY-MM-DD)
 * @TRELLIS_FIELD_DATETIME: a string holding an ISO 8601 UTC time (YYYY-MM-DDTHH:MM:SSZ)
 * @TRELLIS_FIELD_REF: a string holding the UUID of another item
 * @TRELLIS_FIELD_REFLIST: a #GStrv of UUIDs of other items
 * @TRELLIS_FIELD_WEAK: with REF: the target may be gone (history such as snapshots)
 * @TRELLIS_FIELD_OWNER: with REF: the target owns this item; deleting the
 *   target deletes this item too (otherwise the reference is cleared)
 *
 * How a property of an item is stored, checked and kept consistent.
 */
typedef enum
{
  TRELLIS_FIELD_ATTRIBUTE = 0,
  TRELLIS_FIELD_REQUIRED  = 1 << 0,
  TRELLIS_FIELD_ELEMENT   = 1 << 1,
  TRELLIS_FIELD_DATE      = 1 << 2,
  TRELLIS_FIELD_DATETIME  = 1 << 3,
  TRELLIS_FIELD_REF       = 1 << 4,
  TRELLIS_FIELD_REFLIST   = 1 << 5,
  TRELLIS_FIELD_WEAK      = 1 << 6,
  TRELLIS_FIELD_OWNER     = 1 << 7,
} TrellisFieldFlags;

typedef struct
{
  GParamSpec        *pspec;
  TrellisFieldFlags  flags;
  GType              ref_type;   /* G_TYPE_INVALID: any item */
  GType             *ref_types;  /* if set, the kinds it may name instead, 0-terminated */
} TrellisField;

#define TRELLIS_TYPE_ITEM (trellis_item_get_type ())

G_DECLARE_DERIVABLE_TYPE (TrellisItem, trellis_item, TRELLIS, ITEM, GObject)

struct _TrellisItemClass
{
  GObjectClass parent_class;

  /*< private >*/
  const char *element_name;
  const char *section_name;
  const char *label_property;
  GPtrArray  *fields;
  gboolean    section_optional;
};

void                trellis_item_class_set_names   (TrellisItemClass  *klass,
                                                    const char        *element_name,
                                                    const char        *section_name,
                                                    const char        *label_property);
void                trellis_item_class_add_field   (TrellisItemClass  *klass,
                                                    GParamSpec        *pspec,
                                                    TrellisFieldFlags  flags,
                                                    GType              ref_type);
void                trellis_item_class_add_string  (TrellisItemClass  *klass,
                                                    const char        *name,
                                                    TrellisFieldFlags  flags);
void                trellis_item_class_add_ref     (TrellisItemClass  *klass,
                                                    const char        *name,
                                                    TrellisFieldFlags  flags,
                                                    GType              ref_type);
void                trellis_item_class_add_reflist (TrellisItemClass  *klass,
                                                    const char        *name,
                                                    GType              ref_type);
void                trellis_item_class_limit_refs  (TrellisItemClass  *klass,
                                                    const char        *name,
                                                    GType              first_type,
                                                    ...);
gboolean            trellis_field_accepts          (const TrellisField *field,
                                                    TrellisItem        *target);
char               *trellis_field_describe_kinds   (const TrellisField *field);
void                trellis_item_class_add_enum    (TrellisItemClass  *klass,
                                                    const char        *name,
                                                    GType              enum_type,
                                                    int                default_value,
                                                    TrellisFieldFlags  flags);
void                trellis_item_class_add_int     (TrellisItemClass  *klass,
                                                    const char        *name,
                                                    int                minimum,
                                                    int                maximum);
void                trellis_item_class_add_int_full (TrellisItemClass *klass,
                                                    const char       *name,
                                                    int               minimum,
                                                    int               maximum,
                                                    int               default_value);
void                trellis_item_class_add_double  (TrellisItemClass  *klass,
                                                    const char        *name,
                                                    TrellisFieldFlags  flags);
void                trellis_item_class_add_date    (TrellisItemClass  *klass,
                                                    const char        *name,
                                                    TrellisFieldFlags  flags);
void                trellis_item_class_add_boolean (TrellisItemClass  *klass,
                                                    const char        *name);
void                trellis_item_class_set_section_optional (TrellisItemClass *klass);
gboolean            trellis_item_class_get_section_optional (TrellisItemClass *klass);
const char         *trellis_item_class_get_element_name (TrellisItemClass *klass);
const char         *trellis_item_class_get_section_name (TrellisItemClass *klass);
guint               trellis_item_class_get_n_fields     (TrellisItemClass *klass);
const TrellisField *trellis_item_class_get_field        (TrellisItemClass *klass,
                                                         guint             index);
const TrellisField *trellis_item_class_find_field       (TrellisItemClass *klass,
                                                         const char       *name);

const char         *trellis_item_get_uuid         (TrellisItem *self);
char               *trellis_item_dup_label        (TrellisItem *self);
char               *trellis_item_dup_full_label   (TrellisItem *self);
gboolean            trellis_item_equal            (TrellisItem *a,
                                                   TrellisItem *b);
int                 trellis_item_compare_dates    (gconstpointer a,
                                                   gconstpointer b);

gboolean            trellis_value_equal           (const GValue *a,
                                                   const GValue *b);

/* An optional number: a double property whose default is "not set". */
GParamSpec         *trellis_param_spec_optional_double (const char *name);
gboolean            trellis_double_is_set              (double      value);

G_END_DECLS

#include "trellis-item-accessors.h"
