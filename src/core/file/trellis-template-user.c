/* trellis-template-user.c: templates the user saves from a project
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A facilitator who has run one cluster initiative saves its structure as
 * a template for the next: the SWOT prompts, the goals and their
 * indicators, the action plan's shape, the canvas, the services, the key
 * questions.  What belongs to the old initiative's people and numbers
 * stays behind.  A template is an ordinary .trellis file in
 * g_get_user_data_dir ()/trellis/templates (TRELLIS_TEMPLATE_DIR overrides
 * it, for tests) whose header names the template and describes it.
 *
 * What a template keeps is decided once, in kept_kinds[] below, as a list
 * of what is KEPT: a kind of item or a field not listed there is dropped,
 * so a field added later stays out of templates until someone decides it
 * is structure.  Dropped, and why:
 *
 *  - whole kinds: stakeholders (people: names, organisations, contacts),
 *    measurements (numbers), milestones (dates), reviews (a dated note by a
 *    reviewer), status overrides (an author's judgement of the old
 *    project), snapshots and their entries (the old project's state);
 *    references to these from kept items are cleared.
 *  - header: cluster, region, website and facilitator (who and where), the
 *    stage (the new project starts where it starts), management start
 *    (a date), created, modified and revision (set afresh); the name and
 *    description become the template's.  Kept: sector, approach and the
 *    status thresholds (the rules the lights follow).
 *  - key questions: the answer and whether it was settled.
 *  - SWOT notes: votes, score (the old workshop's judgement) and source
 *    (often a person or a firm).
 *  - canvas versions: the date.
 *  - indicators: baseline and target, with their dates.
 *  - actions: owner and owner name, start, due, status, progress,
 *    planned and spent budget, currency.
 *  - services: the members' appreciation.
 *  - self-checks: the result and its evidence.
 *  - anything a newer version wrote that this one does not know.
 */

#define G_LOG_DOMAIN "trellis-templates"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "trellis.h"
#include "trellis-item-private.h"
#include "trellis-project-private.h"
#include "trellis-templates.h"

#define END G_MAXUINT

typedef struct
{
  GType (*get_type) (void);
  guint   kept[12];   /* field indexes, END-terminated */
} KeptKind;

static const KeptKind kept_header = {
  trellis_header_get_type,
  { TRELLIS_HEADER_FIELD_NAME, TRELLIS_HEADER_FIELD_SECTOR, TRELLIS_HEADER_FIELD_APPROACH,
    TRELLIS_HEADER_FIELD_DESCRIPTION, TRELLIS_HEADER_FIELD_CREATED, TRELLIS_HEADER_FIELD_MODIFIED,
    TRELLIS_HEADER_FIELD_STATUS_WARN_DAYS, TRELLIS_HEADER_FIELD_STATUS_BEHIND_POINTS,
    TRELLIS_HEADER_FIELD_STATUS_BUDGET_AMBER_POINTS, TRELLIS_HEADER_FIELD_STATUS_BUDGET_RED_POINTS,
    TRELLIS_HEADER_FIELD_STATUS_INDICATOR_RED_SHARE, END },
};

/* The last status threshold does not fit above; it is kept as well. */
#define HEADER_ALSO_KEPT TRELLIS_HEADER_FIELD_STATUS_PROJECT_RED_SHARE

/* In the order of the summary ("10 key questions, 12 SWOT notes, …"). */
static const KeptKind kept_kinds[] = {
  { trellis_key_question_get_type,
    { TRELLIS_KEY_QUESTION_FIELD_STEP, TRELLIS_KEY_QUESTION_FIELD_QUESTION, END } },
  { trellis_swot_item_get_type,
    { TRELLIS_SWOT_ITEM_FIELD_QUADRANT, TRELLIS_SWOT_ITEM_FIELD_SOURCE_KIND,
      TRELLIS_SWOT_ITEM_FIELD_TEXT, TRELLIS_SWOT_ITEM_FIELD_NOTE, END } },
  { trellis_tows_strategy_get_type,
    { TRELLIS_TOWS_STRATEGY_FIELD_TOWS_TYPE, TRELLIS_TOWS_STRATEGY_FIELD_TITLE,
      TRELLIS_TOWS_STRATEGY_FIELD_ITEMS, TRELLIS_TOWS_STRATEGY_FIELD_GOAL,
      TRELLIS_TOWS_STRATEGY_FIELD_DESCRIPTION, END } },
  { trellis_canvas_version_get_type, { TRELLIS_CANVAS_VERSION_FIELD_NAME, END } },
  { trellis_canvas_note_get_type,
    { TRELLIS_CANVAS_NOTE_FIELD_BOX, TRELLIS_CANVAS_NOTE_FIELD_VERSION,
      TRELLIS_CANVAS_NOTE_FIELD_COLOR, TRELLIS_CANVAS_NOTE_FIELD_TEXT, END } },
  { trellis_goal_get_type,
    { TRELLIS_GOAL_FIELD_TITLE, TRELLIS_GOAL_FIELD_AREA, TRELLIS_GOAL_FIELD_SOURCES,
      TRELLIS_GOAL_FIELD_DESCRIPTION, TRELLIS_GOAL_FIELD_NEED, END } },
  { trellis_indicator_get_type,
    { TRELLIS_INDICATOR_FIELD_GOAL, TRELLIS_INDICATOR_FIELD_NAME, TRELLIS_INDICATOR_FIELD_UNIT,
      TRELLIS_INDICATOR_FIELD_KIND, TRELLIS_INDICATOR_FIELD_DIRECTION, END } },
  { trellis_action_get_type,
    { TRELLIS_ACTION_FIELD_TITLE, TRELLIS_ACTION_FIELD_GOAL, TRELLIS_ACTION_FIELD_QUICK_WIN,
      TRELLIS_ACTION_FIELD_AREA, TRELLIS_ACTION_FIELD_DEPENDS_ON,
      TRELLIS_ACTION_FIELD_DESCRIPTION, TRELLIS_ACTION_FIELD_DELIVERABLE, END } },
  { trellis_service_get_type,
    { TRELLIS_SERVICE_FIELD_NAME, TRELLIS_SERVICE_FIELD_AREA, TRELLIS_SERVICE_FIELD_FREQUENCY,
      TRELLIS_SERVICE_FIELD_EFFORT, TRELLIS_SERVICE_FIELD_FUNDING,
      TRELLIS_SERVICE_FIELD_DESCRIPTION, END } },
  { trellis_self_check_get_type, { TRELLIS_SELF_CHECK_FIELD_REQUIREMENT, END } },
};

G_DEFINE_QUARK (trellis-template-error-quark, trellis_template_error)

static const KeptKind *
find_kept_kind (GType item_type)
{
  if (item_type == TRELLIS_TYPE_HEADER)
    return &kept_header;
  for (guint i = 0; i < G_N_ELEMENTS (kept_kinds); i++)
    if (kept_kinds[i].get_type () == item_type)
      return &kept_kinds[i];
  return NULL;
}

/**
 * trellis_template_keeps_kind:
 *
 * Returns: %TRUE if a template keeps the items of @item_type (some of
 *   their fields), %FALSE if it leaves them all out
 */
gboolean
trellis_template_keeps_kind (GType item_type)
{
  return item_type != TRELLIS_TYPE_HEADER && find_kept_kind (item_type) != NULL;
}

/**
 * trellis_template_keeps_field:
 * @field: the field's index, such as %TRELLIS_ACTION_FIELD_DUE
 *
 * Returns: %TRUE if a template keeps this field of the items of
 *   @item_type (or of the header), %FALSE if it is people or numbers
 */
gboolean
trellis_template_keeps_field (GType item_type,
                              guint field)
{
  const KeptKind *kind = find_kept_kind (item_type);

  if (kind == NULL)
    return FALSE;
  if (kind == &kept_header && field == HEADER_ALSO_KEPT)
    return TRUE;
  for (guint i = 0; kind->kept[i] != END; i++)
    if (kind->kept[i] == field)
      return TRUE;
  return FALSE;
}

/**
 * trellis_template_get_dir:
 *
 * Returns: (transfer full): the folder of the user's templates;
 *   `TRELLIS_TEMPLATE_DIR` overrides it
 */
GFile *
trellis_template_get_dir (void)
{
  const char *dir = g_getenv ("TRELLIS_TEMPLATE_DIR");

  if (dir != NULL && *dir != '\0')
    return g_file_new_for_path (dir);
  return g_file_new_build_filename (g_get_user_data_dir (), "trellis", "templates", NULL);
}

static void
reset_dropped_fields (TrellisItem *item)
{
  TrellisItemClass *klass = TRELLIS_ITEM_GET_CLASS (item);
  GType type = G_TYPE_FROM_INSTANCE (item);
  guint n_fields = trellis_item_class_get_n_fields (klass);

  for (guint i = 0; i < n_fields; i++)
    {
      GParamSpec *pspec = trellis_item_class_get_field (klass, i)->pspec;
      g_auto(GValue) value = G_VALUE_INIT;

      if (trellis_template_keeps_field (type, i))
        continue;
      g_value_init (&value, G_PARAM_SPEC_VALUE_TYPE (pspec));
      g_param_value_set_default (pspec, &value);
      _trellis_item_set_field (item, i, &value);
    }
  _trellis_item_take_extra (item, NULL);
}

static void
strip_kind (TrellisProject *project,
            GType           item_type)
{
  GListModel *items = trellis_project_get_items (project, item_type);
  gboolean keep = trellis_template_keeps_kind (item_type);

  _trellis_project_take_extra (project,
                               trellis_item_class_get_section_name (g_type_class_peek (item_type)),
                               NULL);
  for (guint i = g_list_model_get_n_items (items); i > 0; i--)
    {
      g_autoptr(TrellisItem) item = g_list_model_get_item (items, i - 1);

      /* Removing an item may remove what it owns: look again. */
      if (i > g_list_model_get_n_items (items))
        continue;
      if (keep)
        reset_dropped_fields (item);
      else
        trellis_project_remove_item (project, item);
    }
}

static gboolean
check_template_name (const char  *name,
                     GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (name != NULL ? name : ""));

  if (*stripped != '\0')
    return TRUE;
  g_set_error (error, TRELLIS_TEMPLATE_ERROR, TRELLIS_TEMPLATE_ERROR_NAME,
               _("A template needs a name"));
  return FALSE;
}

/**
 * trellis_project_dup_as_template:
 * @name: the template's name
 * @description: (nullable): what the template is for
 *
 * Copies @project without its people and numbers (see the table at the
 * top of trellis-template-user.c); @project itself is not changed.
 *
 * Returns: (transfer full) (nullable): the template, a project with
 *   nothing to undo
 */
TrellisProject *
trellis_project_dup_as_template (TrellisProject  *project,
                                 const char      *name,
                                 const char      *description,
                                 GError         **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(TrellisProject) copy = NULL;
  const GType *types;
  TrellisHeader *header;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);

  if (!check_template_name (name, error))
    return NULL;
  bytes = trellis_project_to_bytes (project);
  copy = trellis_project_load_from_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                         trellis_project_get_name (project), error);
  if (copy == NULL)
    return NULL;

  types = trellis_project_get_item_types (NULL);
  for (guint i = 0; types[i] != G_TYPE_INVALID; i++)
    strip_kind (copy, types[i]);
  _trellis_project_take_extra (copy, "", NULL);
  reset_dropped_fields (TRELLIS_ITEM (trellis_project_get_header (copy)));
  _trellis_project_reset_identity (copy, name);
  header = trellis_project_get_header (copy);
  trellis_header_set_description (header, description != NULL && *description != '\0'
                                          ? description : NULL);
  _trellis_project_forget_history (copy);
  return g_steal_pointer (&copy);
}

static char *
file_name_for (const char *name)
{
  g_autofree char *ascii = g_str_to_ascii (name, NULL);
  g_autoptr(GString) slug = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (slug, g_ascii_tolower (*p));
      else if (slug->len > 0 && slug->str[slug->len - 1] != '-')
        g_string_append_c (slug, '-');
    }
  while (slug->len > 0 && slug->str[slug->len - 1] == '-')
    g_string_truncate (slug, slug->len - 1);
  if (slug->len == 0)
    g_string_append (slug, "template");
  g_string_append (slug, ".trellis");
  return g_string_free (g_steal_pointer (&slug), FALSE);
}

/* "Cluster start-up" → cluster-start-up.trellis, or -2, -3 … if taken. */
static GFile *
free_file_for (GFile      *dir,
               const char *name)
{
  g_autofree char *slug = file_name_for (name);
  GFile *file = g_file_get_child (dir, slug);

  slug[strlen (slug) - strlen (".trellis")] = '\0';
  for (guint i = 2; g_file_query_exists (file, NULL); i++)
    {
      g_autofree char *basename = g_strdup_printf ("%s-%u.trellis", slug, i);

      g_object_unref (file);
      file = g_file_get_child (dir, basename);
    }
  return file;
}

static TrellisTemplateInfo *find_user_template (const char *name);

/**
 * trellis_project_save_as_template:
 * @name: the template's name; a template of the same name is replaced
 * @description: (nullable): what the template is for
 *
 * Writes @project, without its people and numbers, as a template into
 * trellis_template_get_dir ().
 *
 * Returns: (transfer full) (nullable): the template's file
 */
GFile *
trellis_project_save_as_template (TrellisProject  *project,
                                  const char      *name,
                                  const char      *description,
                                  GError         **error)
{
  g_autoptr(TrellisProject) template_ = NULL;
  g_autoptr(GFile) dir = trellis_template_get_dir ();
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(TrellisTemplateInfo) existing = NULL;
  g_autoptr(GError) local_error = NULL;

  template_ = trellis_project_dup_as_template (project, name, description, error);
  if (template_ == NULL)
    return NULL;
  existing = find_user_template (trellis_project_get_name (template_));
  if (existing != NULL)
    file = g_object_ref (trellis_template_info_get_file (existing));
  else
    file = free_file_for (dir, trellis_project_get_name (template_));
  if (!g_file_make_directory_with_parents (dir, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  bytes = trellis_project_to_bytes (template_);
  if (!trellis_write_file_atomically (file, bytes, FALSE, error))
    return NULL;
  return g_steal_pointer (&file);
}

static char *
describe_contents (TrellisProject *project,
                   guint          *out_n_items)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n_items = 0;

  for (guint i = 0; i < G_N_ELEMENTS (kept_kinds); i++)
    {
      GType type = kept_kinds[i].get_type ();
      guint n = trellis_project_count_items (project, type);
      g_autofree char *part = NULL;

      n_items += n;
      if (n == 0 || (part = trellis_template_describe_count (type, n)) == NULL)
        continue;
      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, part);
    }
  *out_n_items = n_items;
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static TrellisTemplateInfo *
read_user_template (GFile *file)
{
  g_autofree char *id = g_file_get_basename (file);
  g_autoptr(TrellisProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TrellisTemplateInfo) info = NULL;
  g_autofree char *summary = NULL;
  guint n_items;

  project = trellis_project_load (file, &error);
  if (project == NULL)
    {
      info = trellis_template_info_new (id, id, NULL, file);
      trellis_template_info_set_problem (info, error->message);
      return g_steal_pointer (&info);
    }
  info = trellis_template_info_new (id, trellis_project_get_name (project),
                                    trellis_header_get_description (trellis_project_get_header (project)),
                                    file);
  summary = describe_contents (project, &n_items);
  trellis_template_info_set_summary (info, summary);
  trellis_template_info_set_n_items (info, n_items);
  return g_steal_pointer (&info);
}

static int
compare_by_name (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  g_autofree char *key_a = g_utf8_collate_key (trellis_template_info_get_name ((gpointer) a), -1);
  g_autofree char *key_b = g_utf8_collate_key (trellis_template_info_get_name ((gpointer) b), -1);

  return strcmp (key_a, key_b);
}

static void
add_user_templates (GListStore *store)
{
  g_autoptr(GFile) dir = trellis_template_get_dir ();
  g_autoptr(GFileEnumerator) children = NULL;
  g_autoptr(GListStore) found = g_list_store_new (TRELLIS_TYPE_TEMPLATE_INFO);
  GFileInfo *child;

  children = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                        G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                        G_FILE_QUERY_INFO_NONE, NULL, NULL);
  while (children != NULL &&
         (child = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      const char *basename = g_file_info_get_name (child);

      if (g_file_info_get_file_type (child) == G_FILE_TYPE_REGULAR &&
          g_str_has_suffix (basename, ".trellis"))
        {
          g_autoptr(GFile) file = g_file_get_child (dir, basename);
          g_autoptr(TrellisTemplateInfo) info = read_user_template (file);

          g_list_store_insert_sorted (found, info, compare_by_name, NULL);
        }
      g_object_unref (child);
    }
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (found)); i++)
    {
      g_autoptr(TrellisTemplateInfo) info = g_list_model_get_item (G_LIST_MODEL (found), i);

      g_list_store_append (store, info);
    }
}

/**
 * trellis_template_list_user:
 *
 * Returns: (transfer full) (element-type TrellisTemplateInfo): the
 *   user's templates by name; a file that does not load is listed with
 *   its problem (trellis_template_info_get_problem ())
 */
GListModel *
trellis_template_list_user (void)
{
  GListStore *store = g_list_store_new (TRELLIS_TYPE_TEMPLATE_INFO);

  add_user_templates (store);
  return G_LIST_MODEL (store);
}

/**
 * trellis_template_list:
 *
 * Returns: (transfer full) (element-type TrellisTemplateInfo): the
 *   built-in templates, then the user's by name
 */
GListModel *
trellis_template_list (void)
{
  GListStore *store = g_list_store_new (TRELLIS_TYPE_TEMPLATE_INFO);

  for (guint i = TRELLIS_TEMPLATE_BLANK; i <= TRELLIS_TEMPLATE_SAMPLE; i++)
    {
      g_autoptr(TrellisTemplateInfo) info = trellis_template_info_new_builtin (i);

      g_list_store_append (store, info);
    }
  add_user_templates (store);
  return G_LIST_MODEL (store);
}

static TrellisTemplateInfo *
find_user_template (const char *name)
{
  g_autoptr(GListModel) user = trellis_template_list_user ();
  g_autofree char *wanted = g_utf8_casefold (name, -1);

  for (guint i = 0; i < g_list_model_get_n_items (user); i++)
    {
      g_autoptr(TrellisTemplateInfo) info = g_list_model_get_item (user, i);
      g_autofree char *folded = g_utf8_casefold (trellis_template_info_get_name (info), -1);

      if (g_strcmp0 (folded, wanted) == 0 ||
          g_strcmp0 (trellis_template_info_get_id (info), name) == 0)
        return g_steal_pointer (&info);
    }
  return NULL;
}

/**
 * trellis_template_find:
 * @name: "blank", "guided", "sample", or the name (any case) or file name
 *   of a user template
 *
 * Returns: (transfer full) (nullable): the template
 */
TrellisTemplateInfo *
trellis_template_find (const char *name)
{
  TrellisTemplate builtin;

  g_return_val_if_fail (name != NULL, NULL);

  if (trellis_template_from_string (name, &builtin))
    return trellis_template_info_new_builtin (builtin);
  return find_user_template (name);
}

/**
 * trellis_project_new_from_template_file:
 * @name: the new project's name
 * @file: a template saved by trellis_project_save_as_template ()
 *
 * Returns: (transfer full) (nullable): a new project (a UUID and dates of
 *   its own, nothing to undo), or %NULL with a
 *   %TRELLIS_TEMPLATE_ERROR_BROKEN error naming the template's problem
 */
TrellisProject *
trellis_project_new_from_template_file (const char  *name,
                                        GFile       *file,
                                        GError     **error)
{
  g_autoptr(TrellisProject) project = NULL;
  g_autoptr(GError) load_error = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  project = trellis_project_load (file, &load_error);
  if (project == NULL)
    {
      g_autofree char *path = g_file_get_parse_name (file);

      /* translators: %s is a file; a list of problems follows on the next lines */
      g_set_error (error, TRELLIS_TEMPLATE_ERROR, TRELLIS_TEMPLATE_ERROR_BROKEN,
                   _("The template %s cannot be used:\n%s"), path, load_error->message);
      return NULL;
    }
  _trellis_project_reset_identity (project, name);
  trellis_header_set_description (trellis_project_get_header (project), NULL);
  _trellis_project_forget_history (project);
  return g_steal_pointer (&project);
}

/**
 * trellis_project_new_from_template_info:
 * @name: the new project's name
 *
 * Returns: (transfer full) (nullable): a new project from a built-in or a
 *   user template
 */
TrellisProject *
trellis_project_new_from_template_info (const char           *name,
                                        TrellisTemplateInfo  *info,
                                        GError              **error)
{
  TrellisTemplate builtin;

  g_return_val_if_fail (TRELLIS_IS_TEMPLATE_INFO (info), NULL);

  if (trellis_template_info_is_user (info))
    return trellis_project_new_from_template_file (name, trellis_template_info_get_file (info), error);
  if (!trellis_template_from_string (trellis_template_info_get_id (info), &builtin))
    g_return_val_if_reached (NULL);
  return trellis_project_new_from_template (name, builtin, error);
}

/**
 * trellis_project_new_from_template_name:
 * @name: the new project's name
 * @template_name: as for trellis_template_find ()
 *
 * Returns: (transfer full) (nullable): a new project, or %NULL with
 *   %TRELLIS_TEMPLATE_ERROR_NOT_FOUND if there is no such template
 */
TrellisProject *
trellis_project_new_from_template_name (const char  *name,
                                        const char  *template_name,
                                        GError     **error)
{
  g_autoptr(TrellisTemplateInfo) info = trellis_template_find (template_name);

  if (info == NULL)
    {
      g_set_error (error, TRELLIS_TEMPLATE_ERROR, TRELLIS_TEMPLATE_ERROR_NOT_FOUND,
                   /* translators: %s is what was asked for */
                   _("There is no template “%s”: use blank, guided, sample or the name of one "
                     "of your templates (trellis-cli template list)"), template_name);
      return NULL;
    }
  return trellis_project_new_from_template_info (name, info, error);
}

/**
 * trellis_template_delete:
 *
 * Deletes a user template's file; built-in templates cannot be deleted.
 */
gboolean
trellis_template_delete (TrellisTemplateInfo  *info,
                         GError              **error)
{
  g_return_val_if_fail (TRELLIS_IS_TEMPLATE_INFO (info), FALSE);
  g_return_val_if_fail (trellis_template_info_is_user (info), FALSE);

  return g_file_delete (trellis_template_info_get_file (info), NULL, error);
}
