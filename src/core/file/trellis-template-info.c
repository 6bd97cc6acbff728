/* trellis-template-info.c: one template a new project can start from
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the New Project dialog and `trellis-cli template list` show of a
 * template: a built-in one (blank, guided, sample; no file) or one the user
 * saved (a .trellis file in the templates folder).  Read-only properties so
 * that list rows can bind them.
 */

#define G_LOG_DOMAIN "trellis-templates"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-template-info.h"

struct _TrellisTemplateInfo
{
  GObject  parent_instance;

  char    *id;
  char    *name;
  char    *description;
  GFile   *file;
  char    *summary;
  guint    n_items;
  char    *problem;
};

G_DEFINE_FINAL_TYPE (TrellisTemplateInfo, trellis_template_info, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_SUMMARY,
  PROP_USER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
trellis_template_info_finalize (GObject *object)
{
  TrellisTemplateInfo *self = TRELLIS_TEMPLATE_INFO (object);

  g_free (self->id);
  g_free (self->name);
  g_free (self->description);
  g_clear_object (&self->file);
  g_free (self->summary);
  g_free (self->problem);

  G_OBJECT_CLASS (trellis_template_info_parent_class)->finalize (object);
}

static void
trellis_template_info_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  TrellisTemplateInfo *self = TRELLIS_TEMPLATE_INFO (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    case PROP_USER:
      g_value_set_boolean (value, self->file != NULL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trellis_template_info_class_init (TrellisTemplateInfoClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = trellis_template_info_finalize;
  object_class->get_property = trellis_template_info_get_property;

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, flags);
  properties[PROP_SUMMARY] = g_param_spec_string ("summary", NULL, NULL, NULL, flags);
  properties[PROP_USER] = g_param_spec_boolean ("user", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
trellis_template_info_init (TrellisTemplateInfo *self)
{
}

/**
 * trellis_template_info_new:
 * @id: "blank", "guided", "sample" or, for a user template, its file's name
 * @file: (nullable): the template's file; %NULL for a built-in template
 *
 * Returns: (transfer full): a description of one template
 */
TrellisTemplateInfo *
trellis_template_info_new (const char *id,
                           const char *name,
                           const char *description,
                           GFile      *file)
{
  TrellisTemplateInfo *self = g_object_new (TRELLIS_TYPE_TEMPLATE_INFO, NULL);

  self->id = g_strdup (id);
  self->name = g_strdup (name);
  self->description = g_strdup (description != NULL ? description : "");
  self->file = file != NULL ? g_object_ref (file) : NULL;
  self->summary = g_strdup ("");

  return self;
}

/**
 * trellis_template_info_get_id:
 *
 * Returns: "blank", "guided", "sample", or a user template's file name
 */
const char *
trellis_template_info_get_id (TrellisTemplateInfo *self)
{
  g_return_val_if_fail (TRELLIS_IS_TEMPLATE_INFO (self), NULL);
  return self->id;
}

/**
 * trellis_template_info_get_name:
 *
 * Returns: the name shown to people
 */
const char *
trellis_template_info_get_name (TrellisTemplateInfo *self)
{
  g_return_val_if_fail (TRELLIS_IS_TEMPLATE_INFO (self), NULL);
  return self->name;
}

/**
 * trellis_template_info_get_description:
 *
 * Returns: what the template is for, possibly empty
 */
const char *
trellis_template_info_get_description (TrellisTemplateInfo *self)
{
  g_return_val_if_fail (TRELLIS_IS_TEMPLATE_INFO (self), NULL);
  return self->description;
}

/**
 * trellis_template_info_get_file:
 *
 * Returns: (transfer none) (nullable): the file of a user template
 */
GFile *
trellis_template_info_get_file (TrellisTemplateInfo *self)
{
  g_return_val_if_fail (TRELLIS_IS_TEMPLATE_INFO (self), NULL);
  return self->file;
}

/**
 * trellis_template_info_is_user:
 *
 * Returns: %TRUE for a template the user saved (which can be deleted)
 */
gboolean
trellis_template_info_is_user (TrellisTemplateInfo *self)
{
  g_return_val_if_fail (TRELLIS_IS_TEMPLATE_INFO (self), FALSE);
  return self->file != NULL;
}

/**
 * trellis_template_info_get_summary:
 *
 * Returns: what the template holds in words ("10 key questions, 12 SWOT
 *   notes"), possibly empty
 */
const char *
trellis_template_info_get_summary (TrellisTemplateInfo *self)
{
  g_return_val_if_fail (TRELLIS_IS_TEMPLATE_INFO (self), NULL);
  return self->summary;
}

/**
 * trellis_template_info_set_summary:
 *
 * Sets what the template holds, in words.
 */
void
trellis_template_info_set_summary (TrellisTemplateInfo *self,
                                   const char          *summary)
{
  g_return_if_fail (TRELLIS_IS_TEMPLATE_INFO (self));
  if (g_strcmp0 (self->summary, summary) == 0)
    return;
  g_free (self->summary);
  self->summary = g_strdup (summary);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
}

/**
 * trellis_template_info_get_n_items:
 *
 * Returns: how many items the template holds
 */
guint
trellis_template_info_get_n_items (TrellisTemplateInfo *self)
{
  g_return_val_if_fail (TRELLIS_IS_TEMPLATE_INFO (self), 0);
  return self->n_items;
}

/**
 * trellis_template_info_set_n_items:
 *
 * Sets how many items the template holds.
 */
void
trellis_template_info_set_n_items (TrellisTemplateInfo *self,
                                   guint                n_items)
{
  g_return_if_fail (TRELLIS_IS_TEMPLATE_INFO (self));
  self->n_items = n_items;
}

/**
 * trellis_template_info_get_problem:
 *
 * Returns: (nullable): why a user template's file cannot be used, or %NULL
 */
const char *
trellis_template_info_get_problem (TrellisTemplateInfo *self)
{
  g_return_val_if_fail (TRELLIS_IS_TEMPLATE_INFO (self), NULL);
  return self->problem;
}

/**
 * trellis_template_info_set_problem:
 * @problem: (nullable): why the file cannot be used
 *
 * Marks a user template whose file does not load.
 */
void
trellis_template_info_set_problem (TrellisTemplateInfo *self,
                                   const char          *problem)
{
  g_return_if_fail (TRELLIS_IS_TEMPLATE_INFO (self));
  g_free (self->problem);
  self->problem = g_strdup (problem);
}
