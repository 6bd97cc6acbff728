/* trellis-item.c: the base of every identifiable thing in a project
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A TrellisItem subclass describes its data once, as a list of fields
 * (a GParamSpec plus how it is stored in a file).  The base class keeps
 * the values, implements the properties with explicit notify, and routes
 * every change of an item that belongs to a project through the project's
 * undo history.  The file reader and writer and the reference checks
 * work on the same field list, so a new field needs no code elsewhere.
 */

#define G_LOG_DOMAIN "trellis-item"

#include "config.h"

#include <string.h>

#include <math.h>
#include <glib/gi18n.h>
#include <libxml/tree.h>

#include "trellis-date.h"
#include "trellis-field-value.h"
#include "trellis-item-private.h"
#include "trellis-project-private.h"

typedef struct
{
  char           *uuid;
  TrellisProject *project;   /* unowned: the project owns us */
  GValue         *values;
  guint           n_values;
  xmlNodePtr      extra;
} TrellisItemPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (TrellisItem, trellis_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_UUID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GValue *
ensure_values (TrellisItem *self)
{
  TrellisItemPrivate *priv = trellis_item_get_instance_private (self);
  TrellisItemClass *klass = TRELLIS_ITEM_GET_CLASS (self);

  if (priv->values == NULL && klass->fields != NULL)
    {
      priv->n_values = klass->fields->len;
      priv->values = g_new0 (GValue, priv->n_values);
      for (guint i = 0; i < priv->n_values; i++)
        {
          const TrellisField *field = g_ptr_array_index (klass->fields, i);

          g_value_init (&priv->values[i], field->pspec->value_type);
          g_param_value_set_default (field->pspec, &priv->values[i]);
        }
    }

  return priv->values;
}

GValue *
_trellis_item_get_slot (TrellisItem *self,
                        guint        index)
{
  TrellisItemPrivate *priv = trellis_item_get_instance_private (self);

  ensure_values (self);
  g_return_val_if_fail (index < priv->n_values, NULL);

  return &priv->values[index];
}

/**
 * trellis_double_is_set:
 *
 * Returns: whether an optional number holds a value (it is not NaN)
 */
gboolean
trellis_double_is_set (double value)
{
  return !isnan (value);
}

/**
 * trellis_value_equal:
 *
 * Compares two values of the same type the way a user would: strings by
 * content (NULL equals ""), string lists element by element, numbers
 * exactly (two unset optional numbers are equal).
 */
gboolean
trellis_value_equal (const GValue *a,
                     const GValue *b)
{
  GType type = G_VALUE_TYPE (a);

  g_return_val_if_fail (type == G_VALUE_TYPE (b), FALSE);

  if (type == G_TYPE_STRING)
    {
      const char *sa = g_value_get_string (a);
      const char *sb = g_value_get_string (b);
      return g_strcmp0 (sa ? sa : "", sb ? sb : "") == 0;
    }
  if (type == G_TYPE_STRV)
    {
      const char * const *va = g_value_get_boxed (a);
      const char * const *vb = g_value_get_boxed (b);
      const char * const empty[] = { NULL };
      return g_strv_equal ((const char **) (va ? va : empty), (const char **) (vb ? vb : empty));
    }
  if (type == G_TYPE_DOUBLE)
    {
      double da = g_value_get_double (a);
      double db = g_value_get_double (b);
      if (isnan (da) || isnan (db))
        return isnan (da) && isnan (db);
      return da == db;
    }
  if (type == G_TYPE_INT)
    return g_value_get_int (a) == g_value_get_int (b);
  if (type == G_TYPE_UINT)
    return g_value_get_uint (a) == g_value_get_uint (b);
  if (type == G_TYPE_BOOLEAN)
    return g_value_get_boolean (a) == g_value_get_boolean (b);
  if (G_TYPE_IS_ENUM (type))
    return g_value_get_enum (a) == g_value_get_enum (b);

  g_return_val_if_reached (FALSE);
}

void
_trellis_item_apply_value (TrellisItem  *self,
                           GParamSpec   *pspec,
                           const GValue *value)
{
  TrellisItemPrivate *priv = trellis_item_get_instance_private (self);
  GValue *slot = _trellis_item_get_slot (self, pspec->param_id - 1);

  g_value_copy (value, g_value_reset (slot));
  /* An empty list of references is stored as no list. */
  if (G_VALUE_HOLDS (slot, G_TYPE_STRV) && g_value_get_boxed (slot) != NULL &&
      ((char **) g_value_get_boxed (slot))[0] == NULL)
    g_value_set_boxed (slot, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), pspec);

  if (priv->project != NULL)
    _trellis_project_item_changed (priv->project, self);
}

/* Applies a value to the field @index without recording it in the undo
 * history: for the file code's own stamps only. */
void
_trellis_item_apply_field (TrellisItem  *self,
                           guint         index,
                           const GValue *value)
{
  const TrellisField *field = trellis_item_class_get_field (TRELLIS_ITEM_GET_CLASS (self), index);

  _trellis_item_apply_value (self, field->pspec, value);
}

static void
trellis_item_get_field_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  g_value_copy (_trellis_item_get_slot (TRELLIS_ITEM (object), prop_id - 1), value);
}

/* Dates, times and references must have their file syntax, or the saved
 * file would not load again; views check user input before setting it. */
static gboolean
value_fits_field (TrellisItem  *self,
                  guint         index,
                  const GValue *value)
{
  const TrellisField *field = trellis_item_class_get_field (TRELLIS_ITEM_GET_CLASS (self), index);
  g_auto(GValue) parsed = G_VALUE_INIT;
  g_autofree char *text = NULL;
  g_autofree char *problem = NULL;

  if (!(field->flags & (TRELLIS_FIELD_DATE | TRELLIS_FIELD_DATETIME | TRELLIS_FIELD_REF |
                        TRELLIS_FIELD_REFLIST)))
    return TRUE;

  text = _trellis_field_to_string (field, value);
  if (text == NULL || *text == '\0')
    return TRUE;

  g_value_init (&parsed, G_VALUE_TYPE (value));
  if (_trellis_field_from_string (field, text, &parsed, &problem))
    return TRUE;

  g_critical ("“%s” of %s %s, not “%s”", field->pspec->name, G_OBJECT_TYPE_NAME (self), problem, text);
  return FALSE;
}

/**
 * _trellis_item_set_field:
 * @index: the field's index in its class
 *
 * Sets a field, as the typed setters and the property do: nothing happens
 * for an equal value or one the file could not hold, and an item inside a
 * project changes only through its undo history.
 */
void
_trellis_item_set_field (TrellisItem  *self,
                         guint         index,
                         const GValue *value)
{
  TrellisItemPrivate *priv = trellis_item_get_instance_private (self);
  const TrellisField *field = trellis_item_class_get_field (TRELLIS_ITEM_GET_CLASS (self), index);

  if (trellis_value_equal (_trellis_item_get_slot (self, index), value))
    return;
  if (!value_fits_field (self, index, value))
    return;

  if (priv->project != NULL)
    _trellis_project_record_set (priv->project, self, field->pspec, value);
  else
    _trellis_item_apply_value (self, field->pspec, value);
}

static void
trellis_item_set_field_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  _trellis_item_set_field (TRELLIS_ITEM (object), prop_id - 1, value);
}

static void
trellis_item_constructed (GObject *object)
{
  TrellisItem *self = TRELLIS_ITEM (object);
  TrellisItemPrivate *priv = trellis_item_get_instance_private (self);

  G_OBJECT_CLASS (trellis_item_parent_class)->constructed (object);

  if (priv->uuid == NULL)
    priv->uuid = g_uuid_string_random ();
  ensure_values (self);
}

static void
trellis_item_finalize (GObject *object)
{
  TrellisItem *self = TRELLIS_ITEM (object);
  TrellisItemPrivate *priv = trellis_item_get_instance_private (self);

  for (guint i = 0; i < priv->n_values; i++)
    g_value_unset (&priv->values[i]);
  g_clear_pointer (&priv->values, g_free);
  g_clear_pointer (&priv->uuid, g_free);
  g_clear_pointer (&priv->extra, xmlFreeNode);

  G_OBJECT_CLASS (trellis_item_parent_class)->finalize (object);
}

static void
trellis_item_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  TrellisItem *self = TRELLIS_ITEM (object);

  switch (prop_id)
    {
    case PROP_UUID:
      g_value_set_string (value, trellis_item_get_uuid (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trellis_item_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  TrellisItem *self = TRELLIS_ITEM (object);
  TrellisItemPrivate *priv = trellis_item_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_UUID:
      g_free (priv->uuid);
      priv->uuid = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trellis_item_class_init (TrellisItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = trellis_item_constructed;
  object_class->finalize = trellis_item_finalize;
  object_class->get_property = trellis_item_get_property;
  object_class->set_property = trellis_item_set_property;

  /**
   * TrellisItem:uuid:
   *
   * The stable identity of the item; references between items use it.
   */
  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
trellis_item_init (TrellisItem *self)
{
}

/**
 * trellis_item_class_set_names:
 * @element_name: the XML element of one item, such as "swot-item"
 * @section_name: (nullable): the XML element that holds the collection
 * @label_property: the property that names an item to a person
 */
void
trellis_item_class_set_names (TrellisItemClass *klass,
                              const char       *element_name,
                              const char       *section_name,
                              const char       *label_property)
{
  klass->element_name = element_name;
  klass->section_name = section_name;
  klass->label_property = label_property;
}

/**
 * trellis_item_class_add_field:
 * @pspec: (transfer full): the property; its id is assigned here
 *
 * Installs @pspec as a property of @klass, in file order.  Only direct
 * subclasses of TrellisItem have fields.
 */
void
trellis_item_class_add_field (TrellisItemClass  *klass,
                              GParamSpec        *pspec,
                              TrellisFieldFlags  flags,
                              GType              ref_type)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  TrellisField *field;

  g_return_if_fail (G_TYPE_FROM_CLASS (klass) != TRELLIS_TYPE_ITEM);

  if (klass->fields == NULL)
    klass->fields = g_ptr_array_new ();

  object_class->get_property = trellis_item_get_field_property;
  object_class->set_property = trellis_item_set_field_property;

  field = g_new0 (TrellisField, 1);
  field->pspec = pspec;
  field->flags = flags;
  field->ref_type = ref_type;
  g_ptr_array_add (klass->fields, field);

  pspec->flags |= G_PARAM_EXPLICIT_NOTIFY;
  g_object_class_install_property (object_class, klass->fields->len, pspec);
}

/**
 * trellis_item_class_set_section_optional:
 *
 * Leaves the section of this kind out of a file when it has no items, so
 * that a kind most projects never hold (merge conflicts) does not change
 * the bytes of every file saved again.
 */
void
trellis_item_class_set_section_optional (TrellisItemClass *klass)
{
  klass->section_optional = TRUE;
}

/**
 * trellis_item_class_get_section_optional:
 *
 * Returns: whether an empty section of this kind is left out of a file
 */
gboolean
trellis_item_class_get_section_optional (TrellisItemClass *klass)
{
  return klass->section_optional;
}

/**
 * trellis_item_class_get_element_name:
 *
 * Returns: (transfer none): the XML element of one item, such as "action"
 */
const char *
trellis_item_class_get_element_name (TrellisItemClass *klass)
{
  return klass->element_name;
}

/**
 * trellis_item_class_get_section_name:
 *
 * Returns: (transfer none) (nullable): the XML element that holds the
 *   collection, such as "actions"; %NULL for the header
 */
const char *
trellis_item_class_get_section_name (TrellisItemClass *klass)
{
  return klass->section_name;
}

/**
 * trellis_item_class_get_n_fields:
 *
 * Returns: how many fields @klass declares
 */
guint
trellis_item_class_get_n_fields (TrellisItemClass *klass)
{
  return klass->fields != NULL ? klass->fields->len : 0;
}

/**
 * trellis_item_class_get_field:
 * @index: from 0 to trellis_item_class_get_n_fields() - 1, in file order
 *
 * Returns: (transfer none): the field at @index
 */
const TrellisField *
trellis_item_class_get_field (TrellisItemClass *klass,
                              guint             index)
{
  g_return_val_if_fail (index < trellis_item_class_get_n_fields (klass), NULL);

  return g_ptr_array_index (klass->fields, index);
}

/**
 * trellis_item_class_find_field:
 *
 * Returns: (nullable): the field called @name
 */
const TrellisField *
trellis_item_class_find_field (TrellisItemClass *klass,
                               const char       *name)
{
  for (guint i = 0; i < trellis_item_class_get_n_fields (klass); i++)
    {
      const TrellisField *field = g_ptr_array_index (klass->fields, i);

      if (g_strcmp0 (field->pspec->name, name) == 0)
        return field;
    }

  return NULL;
}

/**
 * trellis_item_get_uuid:
 *
 * Returns: (transfer none): the item's stable identity, by which other
 *   items refer to it
 */
const char *
trellis_item_get_uuid (TrellisItem *self)
{
  TrellisItemPrivate *priv = trellis_item_get_instance_private (self);

  g_return_val_if_fail (TRELLIS_IS_ITEM (self), NULL);

  return priv->uuid;
}

/**
 * trellis_item_dup_label:
 *
 * Returns: (transfer full): a short name for the item, for messages
 */
char *
trellis_item_dup_label (TrellisItem *self)
{
  g_autofree char *label = trellis_item_dup_full_label (self);

  if (g_utf8_strlen (label, -1) <= 60)
    return g_steal_pointer (&label);

  /* Cut at a word where there is one, and say it was cut. */
  {
    g_autofree char *cut = g_utf8_substring (label, 0, 59);
    char *space = strrchr (cut, ' ');

    if (space != NULL && space - cut > 40)
      *space = '\0';
    return g_strconcat (g_strchomp (cut), "…", NULL);
  }
}
/**
 * trellis_item_dup_full_label:
 *
 * Returns: (transfer full): the item's whole label (its title or name),
 *   however long; its kind if it has none
 */
char *
trellis_item_dup_full_label (TrellisItem *self)
{
  TrellisItemClass *klass = TRELLIS_ITEM_GET_CLASS (self);
  const TrellisField *field = NULL;
  g_autofree char *label = NULL;

  if (klass->label_property != NULL)
    field = trellis_item_class_find_field (klass, klass->label_property);
  if (field != NULL)
    label = _trellis_field_to_string (field, _trellis_item_get_slot (self, field->pspec->param_id - 1));
  if (label == NULL || *label == '\0')
    return g_strdup (klass->element_name);
  return g_steal_pointer (&label);
}
/**
 * trellis_item_equal:
 *
 * Returns: %TRUE if @a and @b have the same type, UUID and field values
 */
gboolean
trellis_item_equal (TrellisItem *a,
                    TrellisItem *b)
{
  guint n_fields;

  if (G_OBJECT_TYPE (a) != G_OBJECT_TYPE (b))
    return FALSE;
  if (g_strcmp0 (trellis_item_get_uuid (a), trellis_item_get_uuid (b)) != 0)
    return FALSE;

  n_fields = trellis_item_class_get_n_fields (TRELLIS_ITEM_GET_CLASS (a));
  for (guint i = 0; i < n_fields; i++)
    if (!trellis_value_equal (_trellis_item_get_slot (a, i), _trellis_item_get_slot (b, i)))
      return FALSE;

  return TRUE;
}

/**
 * trellis_param_spec_optional_double:
 *
 * Returns: a double property whose default is NaN, meaning "not set"
 */
GParamSpec *
trellis_param_spec_optional_double (const char *name)
{
  GParamSpec *pspec = g_param_spec_double (name, NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                                           (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS));

  /* g_param_spec_double() refuses a NaN default, so set it afterwards. */
  G_PARAM_SPEC_DOUBLE (pspec)->default_value = NAN;

  return pspec;
}

void
_trellis_item_attach (TrellisItem    *self,
                      TrellisProject *project)
{
  TrellisItemPrivate *priv = trellis_item_get_instance_private (self);

  priv->project = project;
}

TrellisProject *
_trellis_item_get_project (TrellisItem *self)
{
  TrellisItemPrivate *priv = trellis_item_get_instance_private (self);

  return priv->project;
}

gpointer
_trellis_item_get_extra (TrellisItem *self)
{
  TrellisItemPrivate *priv = trellis_item_get_instance_private (self);

  return priv->extra;
}

void
_trellis_item_take_extra (TrellisItem *self,
                          gpointer     extra)
{
  TrellisItemPrivate *priv = trellis_item_get_instance_private (self);

  g_clear_pointer (&priv->extra, xmlFreeNode);
  priv->extra = extra;
}

#define FIELD_PARAM_FLAGS (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS)

/* Shorthands for subclasses: a property and its field in one call.
 * Names must be static strings (G_PARAM_STATIC_STRINGS). */

/**
 * trellis_item_class_add_string:
 * @name: the field's name, a static string
 * @flags: %TRELLIS_FIELD_ATTRIBUTE or %TRELLIS_FIELD_ELEMENT, with
 *   %TRELLIS_FIELD_REQUIRED or %TRELLIS_FIELD_DATETIME where they apply
 *
 * Declares a text field (a string property); %NULL is "not set".
 */
void
trellis_item_class_add_string (TrellisItemClass  *klass,
                               const char        *name,
                               TrellisFieldFlags  flags)
{
  trellis_item_class_add_field (klass,
                                g_param_spec_string (name, NULL, NULL, NULL, FIELD_PARAM_FLAGS),
                                flags, G_TYPE_INVALID);
}

/**
 * trellis_item_class_add_ref:
 * @flags: with %TRELLIS_FIELD_OWNER when the target owns this item, or
 *   %TRELLIS_FIELD_WEAK when the target may be gone
 * @ref_type: the type of item it may name, %G_TYPE_INVALID for any
 *
 * Declares a reference to another item, held as its UUID; the generated
 * getter resolves it through the project.
 */
void
trellis_item_class_add_ref (TrellisItemClass  *klass,
                            const char        *name,
                            TrellisFieldFlags  flags,
                            GType              ref_type)
{
  trellis_item_class_add_field (klass,
                                g_param_spec_string (name, NULL, NULL, NULL, FIELD_PARAM_FLAGS),
                                flags | TRELLIS_FIELD_REF, ref_type);
}

/**
 * trellis_item_class_limit_refs:
 * @name: a reference or reference list of @klass declared for any item
 * @first_type: the first kind of item it may name
 * @...: more kinds, then %G_TYPE_INVALID
 *
 * Narrows a reference to "any item" to a few kinds: a goal's sources are
 * SWOT items or TOWS strategies.  The loader refuses the others.
 */
void
trellis_item_class_limit_refs (TrellisItemClass *klass,
                               const char       *name,
                               GType             first_type,
                               ...)
{
  g_autoptr(GArray) types = g_array_new (TRUE, TRUE, sizeof (GType));
  TrellisField *field = NULL;
  va_list args;

  for (guint i = 0; klass->fields != NULL && i < klass->fields->len; i++)
    if (g_str_equal (((TrellisField *) klass->fields->pdata[i])->pspec->name, name))
      field = klass->fields->pdata[i];
  g_return_if_fail (field != NULL && (field->flags & (TRELLIS_FIELD_REF | TRELLIS_FIELD_REFLIST)));

  va_start (args, first_type);
  for (GType type = first_type; type != G_TYPE_INVALID; type = va_arg (args, GType))
    g_array_append_val (types, type);
  va_end (args);
  g_free (field->ref_types);
  field->ref_types = (GType *) (gpointer) g_array_free (g_steal_pointer (&types), FALSE);
}

/**
 * trellis_field_accepts:
 * @field: a reference or reference list
 * @target: an item
 *
 * Returns: whether @field may name @target
 */
gboolean
trellis_field_accepts (const TrellisField *field,
                       TrellisItem        *target)
{
  g_return_val_if_fail (TRELLIS_IS_ITEM (target), FALSE);

  if (field->ref_types != NULL)
    {
      for (guint i = 0; field->ref_types[i] != G_TYPE_INVALID; i++)
        if (G_TYPE_CHECK_INSTANCE_TYPE (target, field->ref_types[i]))
          return TRUE;
      return FALSE;
    }
  return field->ref_type == G_TYPE_INVALID || G_TYPE_CHECK_INSTANCE_TYPE (target, field->ref_type);
}

/**
 * trellis_field_describe_kinds:
 * @field: a reference or reference list
 *
 * Returns: (transfer full): the elements it may name, "<swot-item> or
 *   <tows-strategy>", for messages
 */
char *
trellis_field_describe_kinds (const TrellisField *field)
{
  g_autoptr(GString) text = g_string_new (NULL);
  GType single[] = { field->ref_type, G_TYPE_INVALID };
  const GType *types = field->ref_types != NULL ? field->ref_types : single;

  for (guint i = 0; types[i] != G_TYPE_INVALID; i++)
    {
      g_autoptr(GTypeClass) klass = g_type_class_ref (types[i]);

      if (i > 0)
        /* translators: between the kinds of item a reference may name */
        g_string_append (text, types[i + 1] == G_TYPE_INVALID ? _(" or ") : ", ");
      g_string_append_printf (text, "<%s>", trellis_item_class_get_element_name (TRELLIS_ITEM_CLASS (klass)));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * trellis_item_class_add_reflist:
 * @ref_type: the type of item it may name, %G_TYPE_INVALID for any
 *
 * Declares a list of references, held as a #GStrv of UUIDs (an empty list
 * is %NULL) and written as UUIDs separated by spaces.
 */
void
trellis_item_class_add_reflist (TrellisItemClass *klass,
                                const char       *name,
                                GType             ref_type)
{
  trellis_item_class_add_field (klass,
                                g_param_spec_boxed (name, NULL, NULL, G_TYPE_STRV, FIELD_PARAM_FLAGS),
                                TRELLIS_FIELD_REFLIST, ref_type);
}

/**
 * trellis_item_class_add_enum:
 * @enum_type: a #GEnum type; the file holds the value's nick
 * @default_value: the value of a new item, left out of the file
 *
 * Declares a choice among the values of @enum_type.
 */
void
trellis_item_class_add_enum (TrellisItemClass  *klass,
                             const char        *name,
                             GType              enum_type,
                             int                default_value,
                             TrellisFieldFlags  flags)
{
  trellis_item_class_add_field (klass,
                                g_param_spec_enum (name, NULL, NULL, enum_type, default_value,
                                                   FIELD_PARAM_FLAGS),
                                flags, G_TYPE_INVALID);
}

/**
 * trellis_item_class_add_int:
 *
 * Declares a whole number from @minimum to @maximum; @minimum is the
 * default, left out of the file.
 */
void
trellis_item_class_add_int (TrellisItemClass *klass,
                            const char       *name,
                            int               minimum,
                            int               maximum)
{
  trellis_item_class_add_field (klass,
                                g_param_spec_int (name, NULL, NULL, minimum, maximum, minimum,
                                                  FIELD_PARAM_FLAGS),
                                TRELLIS_FIELD_ATTRIBUTE, G_TYPE_INVALID);
}

/**
 * trellis_item_class_add_double:
 *
 * Declares an optional number: NaN is "not set" and is left out of the
 * file (trellis_double_is_set()).
 */
void
trellis_item_class_add_double (TrellisItemClass  *klass,
                               const char        *name,
                               TrellisFieldFlags  flags)
{
  trellis_item_class_add_field (klass, trellis_param_spec_optional_double (name),
                                flags, G_TYPE_INVALID);
}

/**
 * trellis_item_class_add_date:
 * @flags: %TRELLIS_FIELD_ATTRIBUTE or %TRELLIS_FIELD_REQUIRED
 *
 * A date: held as a #TrellisDay (a guint property, 0 for none), written
 * in the file as YYYY-MM-DD.
 */
void
trellis_item_class_add_date (TrellisItemClass  *klass,
                             const char        *name,
                             TrellisFieldFlags  flags)
{
  trellis_item_class_add_field (klass,
                                g_param_spec_uint (name, NULL, NULL, 0, G_MAXUINT32, 0, FIELD_PARAM_FLAGS),
                                flags | TRELLIS_FIELD_DATE, G_TYPE_INVALID);
}

/**
 * trellis_item_class_add_boolean:
 *
 * Declares a yes/no field; %FALSE is the default, left out of the file.
 */
void
trellis_item_class_add_boolean (TrellisItemClass *klass,
                                const char       *name)
{
  trellis_item_class_add_field (klass,
                                g_param_spec_boolean (name, NULL, NULL, FALSE, FIELD_PARAM_FLAGS),
                                TRELLIS_FIELD_ATTRIBUTE, G_TYPE_INVALID);
}

/* The day in the field "date" of @item's class, which every dated kind of
 * item (measurement, milestone, review, snapshot, …) has. */
static TrellisDay
item_date (TrellisItem *item)
{
  TrellisItemClass *klass = TRELLIS_ITEM_GET_CLASS (item);

  for (guint i = 0; i < trellis_item_class_get_n_fields (klass); i++)
    {
      const TrellisField *field = g_ptr_array_index (klass->fields, i);

      if (field->flags & TRELLIS_FIELD_DATE && strcmp (field->pspec->name, "date") == 0)
        return _trellis_item_get_day (item, i);
    }
  g_return_val_if_reached (TRELLIS_DAY_NONE);
}

/**
 * trellis_item_compare_dates:
 * @a: a pointer to a TrellisItem with a "date" field
 * @b: another
 *
 * For g_ptr_array_sort(): items by their "date" (no date first);
 * the sort is stable, so items of one day keep their order.
 */
int
trellis_item_compare_dates (gconstpointer a,
                            gconstpointer b)
{
  TrellisDay day_a = item_date (*(TrellisItem **) a);
  TrellisDay day_b = item_date (*(TrellisItem **) b);

  return (day_a > day_b) - (day_a < day_b);
}

/**
 * trellis_item_class_add_int_full:
 * @default_value: the value of a new item, left out of the file
 */
void
trellis_item_class_add_int_full (TrellisItemClass *klass,
                                 const char       *name,
                                 int               minimum,
                                 int               maximum,
                                 int               default_value)
{
  trellis_item_class_add_field (klass,
                                g_param_spec_int (name, NULL, NULL, minimum, maximum, default_value,
                                                  FIELD_PARAM_FLAGS),
                                TRELLIS_FIELD_ATTRIBUTE, G_TYPE_INVALID);
}

/* The typed accessors (trellis-item-accessors.c, generated) reach fields by
 * their index through these. */

TrellisDay
_trellis_item_get_day (TrellisItem *self,
                       guint        index)
{
  return g_value_get_uint (_trellis_item_get_slot (self, index));
}

void
_trellis_item_set_day (TrellisItem *self,
                       guint        index,
                       TrellisDay   day)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_UINT);
  g_value_set_uint (&value, day);
  _trellis_item_set_field (self, index, &value);
}

static TrellisItem *
lookup_typed (TrellisProject *project,
              const char     *uuid,
              GType           type)
{
  TrellisItem *item;

  if (project == NULL || uuid == NULL)
    return NULL;
  item = trellis_project_lookup (project, uuid);
  return item != NULL && G_TYPE_CHECK_INSTANCE_TYPE (item, type) ? item : NULL;
}

gpointer
_trellis_item_resolve (TrellisItem *self,
                       guint        index,
                       GType        type)
{
  TrellisItemPrivate *priv = trellis_item_get_instance_private (self);

  return lookup_typed (priv->project, g_value_get_string (_trellis_item_get_slot (self, index)), type);
}

GPtrArray *
_trellis_item_resolve_list (TrellisItem *self,
                            guint        index,
                            GType        type)
{
  TrellisItemPrivate *priv = trellis_item_get_instance_private (self);
  const char * const *uuids = g_value_get_boxed (_trellis_item_get_slot (self, index));
  GPtrArray *items = g_ptr_array_new ();

  for (guint i = 0; uuids != NULL && uuids[i] != NULL; i++)
    {
      TrellisItem *item = lookup_typed (priv->project, uuids[i], type);

      if (item != NULL)
        g_ptr_array_add (items, item);
    }
  return items;
}
