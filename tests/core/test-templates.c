/* test-templates.c: projects saved as templates, and new projects from them
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "trellis.h"
#include "trellis-test-utils.h"

static char *
use_template_dir (void)
{
  char *dir = trellis_test_make_tmpdir ();

  g_setenv ("TRELLIS_TEMPLATE_DIR", dir, TRUE);
  return dir;
}

static gboolean
is_default (GParamSpec   *pspec,
            const GValue *value)
{
  /* GLib finds NaN, an optional number's default, equal to every number. */
  if (G_VALUE_HOLDS_DOUBLE (value))
    return !trellis_double_is_set (g_value_get_double (value));
  return g_param_value_defaults (pspec, value);
}

/* Every string a value holds, for the search of the written template. */
static void
collect_text (const TrellisField *field,
              const GValue       *value,
              GPtrArray          *texts)
{
  /* A dropped item's reference to a kept one may well be in the file. */
  if ((field->flags & (TRELLIS_FIELD_REF | TRELLIS_FIELD_REFLIST)) != 0)
    return;
  if (G_VALUE_HOLDS_STRING (value) && g_value_get_string (value) != NULL &&
      strlen (g_value_get_string (value)) >= 4)
    g_ptr_array_add (texts, g_value_dup_string (value));
}

typedef struct
{
  GPtrArray  *dropped_texts;   /* strings that must not be in the template */
  GHashTable *dropped_kinds;   /* value GTypes of dropped, non-default fields seen */
  GHashTable *kept_texts;      /* strings of kept fields, which may repeat a dropped one */
  guint       n_dropped;
  guint       n_kept;
} Seen;

static void
check_field (TrellisItem *original,
             TrellisItem *copy,
             guint        index,
             Seen        *seen)
{
  GType type = G_TYPE_FROM_INSTANCE (original);
  const TrellisField *field = trellis_item_class_get_field (TRELLIS_ITEM_GET_CLASS (original), index);
  g_auto(GValue) before = G_VALUE_INIT;
  g_auto(GValue) after = G_VALUE_INIT;

  g_object_get_property (G_OBJECT (original), field->pspec->name, &before);
  g_object_get_property (G_OBJECT (copy), field->pspec->name, &after);
  if (trellis_template_keeps_field (type, index))
    {
      /* A kept reference may have lost a target the template leaves out. */
      if ((field->flags & (TRELLIS_FIELD_REF | TRELLIS_FIELD_REFLIST)) == 0)
        g_assert_true (trellis_value_equal (&before, &after));
      if (G_VALUE_HOLDS_STRING (&before) && g_value_get_string (&before) != NULL)
        g_hash_table_add (seen->kept_texts, g_value_dup_string (&before));
      seen->n_kept++;
      return;
    }
  g_assert_true (is_default (field->pspec, &after));
  if (is_default (field->pspec, &before))
    return;
  seen->n_dropped++;
  g_hash_table_add (seen->dropped_kinds, GSIZE_TO_POINTER (G_VALUE_TYPE (&before)));
  collect_text (field, &before, seen->dropped_texts);
}

static void
check_item (TrellisProject *template_,
            TrellisItem    *original,
            Seen           *seen)
{
  GType type = G_TYPE_FROM_INSTANCE (original);
  TrellisItemClass *klass = TRELLIS_ITEM_GET_CLASS (original);
  TrellisItem *copy = trellis_project_lookup (template_, trellis_item_get_uuid (original));

  if (!trellis_template_keeps_kind (type))
    {
      g_assert_null (copy);
      for (guint i = 0; i < trellis_item_class_get_n_fields (klass); i++)
        {
          const TrellisField *field = trellis_item_class_get_field (klass, i);
          g_auto(GValue) value = G_VALUE_INIT;

          g_object_get_property (G_OBJECT (original), field->pspec->name, &value);
          collect_text (field, &value, seen->dropped_texts);
        }
      seen->n_dropped++;
      return;
    }
  g_assert_nonnull (copy);
  for (guint i = 0; i < trellis_item_class_get_n_fields (klass); i++)
    check_field (original, copy, i, seen);
}

static void
test_nothing_personal (void)
{
  g_autoptr(TrellisProject) project = trellis_test_build_full_project ();
  g_autoptr(TrellisProject) template_ = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) kinds = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) kept = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Seen seen = { texts, kinds, kept, 0, 0 };
  const GType *types = trellis_project_get_item_types (NULL);
  const char *text;

  template_ = trellis_project_dup_as_template (project, "Start-up", "For the next one", &error);
  g_assert_no_error (error);

  for (guint t = 0; types[t] != G_TYPE_INVALID; t++)
    {
      GListModel *items = trellis_project_get_items (project, types[t]);

      if (!trellis_template_keeps_kind (types[t]))
        g_assert_cmpuint (trellis_project_count_items (template_, types[t]), ==, 0);
      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(TrellisItem) item = g_list_model_get_item (items, i);

          check_item (template_, item, &seen);
        }
    }
  /* The header: its name and description become the template's. */
  {
    TrellisItem *header = TRELLIS_ITEM (trellis_project_get_header (project));
    TrellisItem *copy = TRELLIS_ITEM (trellis_project_get_header (template_));

    for (guint i = 0; i < trellis_item_class_get_n_fields (TRELLIS_ITEM_GET_CLASS (header)); i++)
      if (i != TRELLIS_HEADER_FIELD_NAME && i != TRELLIS_HEADER_FIELD_DESCRIPTION &&
          i != TRELLIS_HEADER_FIELD_CREATED && i != TRELLIS_HEADER_FIELD_MODIFIED)
        check_field (header, copy, i, &seen);
    g_assert_cmpstr (trellis_project_get_name (template_), ==, "Start-up");
    g_assert_cmpstr (trellis_header_get_description (trellis_project_get_header (template_)), ==,
                     "For the next one");
    g_assert_cmpstr (trellis_project_get_uuid (template_), !=, trellis_project_get_uuid (project));
  }

  /* The full project sets dropped fields of every kind of value. */
  g_assert_cmpuint (seen.n_dropped, >=, 30);
  g_assert_cmpuint (seen.n_kept, >=, 20);
  g_assert_true (g_hash_table_contains (kinds, GSIZE_TO_POINTER (G_TYPE_STRING)));
  g_assert_true (g_hash_table_contains (kinds, GSIZE_TO_POINTER (G_TYPE_UINT)));   /* dates */
  g_assert_true (g_hash_table_contains (kinds, GSIZE_TO_POINTER (G_TYPE_DOUBLE)));
  g_assert_true (g_hash_table_contains (kinds, GSIZE_TO_POINTER (G_TYPE_INT)));
  g_assert_true (g_hash_table_contains (kinds, GSIZE_TO_POINTER (G_TYPE_BOOLEAN)));
  g_assert_true (g_hash_table_contains (kinds, GSIZE_TO_POINTER (TRELLIS_TYPE_STAGE)));

  /* Nor is any of their text anywhere in the file. */
  bytes = trellis_project_to_bytes (template_);
  text = g_bytes_get_data (bytes, NULL);
  for (guint i = 0; i < texts->len; i++)
    if (!g_hash_table_contains (kept, g_ptr_array_index (texts, i)) &&
        strstr (text, g_ptr_array_index (texts, i)) != NULL)
      g_error ("“%s” is in the template:\n%s", (char *) g_ptr_array_index (texts, i), text);

  /* The project itself is untouched. */
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_STAKEHOLDER), >, 0);
}

static void
test_people_and_numbers (void)
{
  g_autoptr(TrellisProject) sample = trellis_test_load_sample ();
  g_autoptr(TrellisProject) template_ = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *actions, *swot;

  template_ = trellis_project_dup_as_template (sample, "Plastics", NULL, &error);
  g_assert_no_error (error);
  actions = trellis_project_get_items (template_, TRELLIS_TYPE_ACTION);
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==,
                    trellis_project_count_items (sample, TRELLIS_TYPE_ACTION));
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(TrellisAction) action = g_list_model_get_item (actions, i);
      TrellisAction *original = (TrellisAction *) trellis_project_lookup (sample,
                                                        trellis_item_get_uuid (TRELLIS_ITEM (action)));

      g_assert_null (trellis_action_get_owner (action));
      g_assert_null (trellis_action_get_owner_name (action));
      g_assert_cmpuint (trellis_action_get_due (action), ==, 0);
      g_assert_cmpuint (trellis_action_get_start (action), ==, 0);
      g_assert_cmpint (trellis_action_get_progress (action), ==, 0);
      g_assert_false (trellis_double_is_set (trellis_action_get_budget_planned (action)));
      g_assert_false (trellis_double_is_set (trellis_action_get_budget_spent (action)));
      g_assert_cmpstr (trellis_action_get_title (action), ==, trellis_action_get_title (original));
      g_assert_cmpstr (trellis_action_get_goal_uuid (action), ==, trellis_action_get_goal_uuid (original));
    }
  swot = trellis_project_get_items (template_, TRELLIS_TYPE_SWOT_ITEM);
  for (guint i = 0; i < g_list_model_get_n_items (swot); i++)
    {
      g_autoptr(TrellisSwotItem) note = g_list_model_get_item (swot, i);

      g_assert_cmpint (trellis_swot_item_get_votes (note), ==, 0);
      g_assert_nonnull (trellis_swot_item_get_text (note));
    }
  g_assert_cmpuint (trellis_project_count_items (template_, TRELLIS_TYPE_STAKEHOLDER), ==, 0);
  g_assert_cmpuint (trellis_project_count_items (template_, TRELLIS_TYPE_MEASUREMENT), ==, 0);
  g_assert_cmpuint (trellis_project_count_items (template_, TRELLIS_TYPE_SNAPSHOT), ==, 0);
  g_assert_null (trellis_header_get_facilitator (trellis_project_get_header (template_)));
  g_assert_cmpuint (trellis_project_count_items (template_, TRELLIS_TYPE_TOWS_STRATEGY), ==,
                    trellis_project_count_items (sample, TRELLIS_TYPE_TOWS_STRATEGY));
  g_assert_false (trellis_history_get_can_undo (trellis_project_get_history (template_)));
}

static TrellisTemplateInfo *
find_in_list (GListModel *list,
              const char *name)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(TrellisTemplateInfo) info = g_list_model_get_item (list, i);

      if (g_strcmp0 (trellis_template_info_get_name (info), name) == 0)
        return g_steal_pointer (&info);
    }
  return NULL;
}

static void
test_round_trip (void)
{
  g_autofree char *dir = use_template_dir ();
  g_autoptr(TrellisProject) sample = trellis_test_load_sample ();
  g_autoptr(TrellisProject) project = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) again = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(TrellisTemplateInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *out = g_build_filename (dir, "..", "new-from-template.trellis", NULL);
  g_autoptr(GFile) out_file = g_file_new_for_path (out);

  file = trellis_project_save_as_template (sample, "Regional Start-up", "Our first year", &error);
  g_assert_no_error (error);
  path = g_file_get_path (file);
  g_assert_true (g_str_has_prefix (path, dir));
  trellis_test_assert_valid_file (path);

  list = trellis_template_list ();
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 4);
  info = find_in_list (list, "Regional Start-up");
  g_assert_nonnull (info);
  g_assert_true (trellis_template_info_is_user (info));
  g_assert_cmpstr (trellis_template_info_get_description (info), ==, "Our first year");
  g_assert_nonnull (strstr (trellis_template_info_get_summary (info), "10 key questions"));
  g_assert_nonnull (strstr (trellis_template_info_get_summary (info), "5 goals"));
  g_assert_null (trellis_template_info_get_problem (info));

  project = trellis_project_new_from_template_name ("Lakeside Cluster", "regional start-up", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (trellis_project_get_name (project), ==, "Lakeside Cluster");
  g_assert_null (trellis_header_get_description (trellis_project_get_header (project)));
  g_assert_cmpstr (trellis_project_get_uuid (project), !=, trellis_project_get_uuid (sample));
  g_assert_cmpint (trellis_header_get_revision (trellis_project_get_header (project)), ==, 0);
  g_assert_false (trellis_history_get_can_undo (trellis_project_get_history (project)));
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_GOAL), ==,
                    trellis_project_count_items (sample, TRELLIS_TYPE_GOAL));
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_CANVAS_NOTE), ==,
                    trellis_project_count_items (sample, TRELLIS_TYPE_CANVAS_NOTE));
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_STAKEHOLDER), ==, 0);
  g_assert_true (trellis_project_save (project, out_file, &error));
  g_assert_no_error (error);
  trellis_test_assert_valid_file (out);

  /* Saving under the same name replaces it; deleting removes it. */
  again = trellis_project_save_as_template (sample, "regional START-UP", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_equal (again, file));
  g_clear_object (&list);
  list = trellis_template_list_user ();
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_clear_object (&info);
  info = g_list_model_get_item (list, 0);
  g_assert_true (trellis_template_delete (info, &error));
  g_assert_no_error (error);
  g_clear_object (&list);
  list = trellis_template_list ();
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
  g_unlink (out);
  trellis_test_remove_tree (dir);
}

static void
test_names (void)
{
  g_autofree char *dir = use_template_dir ();
  g_autoptr(TrellisProject) project = trellis_project_new ("Small");
  g_autoptr(GFile) first = NULL;
  g_autoptr(GFile) second = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = NULL;

  g_assert_null (trellis_project_save_as_template (project, "  ", NULL, &error));
  g_assert_error (error, TRELLIS_TEMPLATE_ERROR, TRELLIS_TEMPLATE_ERROR_NAME);
  g_clear_error (&error);

  /* Two names with the same file name get two files. */
  first = trellis_project_save_as_template (project, "A/B", NULL, &error);
  g_assert_no_error (error);
  second = trellis_project_save_as_template (project, "A B", NULL, &error);
  g_assert_no_error (error);
  g_assert_false (g_file_equal (first, second));
  list = trellis_template_list_user ();
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);

  g_assert_null (trellis_project_new_from_template_name ("X", "no such template", &error));
  g_assert_error (error, TRELLIS_TEMPLATE_ERROR, TRELLIS_TEMPLATE_ERROR_NOT_FOUND);
  trellis_test_remove_tree (dir);
}

static void
test_broken (void)
{
  g_autofree char *dir = use_template_dir ();
  g_autofree char *path = g_build_filename (dir, "half-written.trellis", NULL);
  g_autoptr(GListModel) list = NULL;
  g_autoptr(TrellisTemplateInfo) info = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "<?xml version=\"1.0\"?>\n<trellis xmlns=\"https://"
                                      "trellis.github.io/ns/project/1\" format-version=\"1.0\">\n"
                                      "  <header uuid=\"oops\"", -1, NULL));
  list = trellis_template_list_user ();
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  info = g_list_model_get_item (list, 0);
  g_assert_nonnull (trellis_template_info_get_problem (info));
  g_assert_cmpstr (trellis_template_info_get_name (info), ==, "half-written.trellis");

  g_assert_null (trellis_project_new_from_template_name ("X", "half-written.trellis", &error));
  g_assert_error (error, TRELLIS_TEMPLATE_ERROR, TRELLIS_TEMPLATE_ERROR_BROKEN);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, "half-written.trellis:"));
  g_test_message ("%s", error->message);
  trellis_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/templates/nothing-personal", test_nothing_personal);
  g_test_add_func ("/core/templates/people-and-numbers", test_people_and_numbers);
  g_test_add_func ("/core/templates/round-trip", test_round_trip);
  g_test_add_func ("/core/templates/names", test_names);
  g_test_add_func ("/core/templates/broken", test_broken);

  return g_test_run ();
}
