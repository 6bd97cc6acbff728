/* test-field-labels.c: every field's label, paths /core/field-labels/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "trellis.h"
#include "trellis-import.h"

/* Each field of each type (the header too) has a label of its own in the
 * table: not empty, not the file's name for it, not shared with another
 * field of the type, and the same through every lookup. */
static void
check_type (GType type)
{
  g_autoptr(GTypeClass) ref = g_type_class_ref (type);
  TrellisItemClass *klass = TRELLIS_ITEM_CLASS (ref);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_fields = trellis_item_class_get_n_fields (klass);

  g_assert_cmpuint (n_fields, >, 0);
  for (guint i = 0; i < n_fields; i++)
    {
      const TrellisField *field = trellis_item_class_get_field (klass, i);
      const char *english = trellis_item_class_get_field_label_english (klass, i);
      char *folded;

      g_test_message ("%s.%s: %s", g_type_name (type), field->pspec->name, english);
      g_assert_nonnull (english);
      g_assert_cmpstr (english, !=, "");
      g_assert_cmpstr (english, !=, field->pspec->name);
      g_assert_true (g_unichar_isupper (g_utf8_get_char (english)));
      g_assert_cmpstr (trellis_item_class_get_field_label (klass, i), ==, english);
      g_assert_cmpstr (trellis_field_get_label (field), ==, english);
      folded = g_utf8_casefold (english, -1);
      g_assert_false (g_hash_table_contains (seen, folded));
      g_hash_table_add (seen, folded);
    }
}

static void
test_every_field (void)
{
  guint n_types = 0;
  const GType *types = trellis_project_get_item_types (&n_types);

  g_assert_cmpuint (n_types, >, 20);
  check_type (TRELLIS_TYPE_HEADER);
  for (guint t = 0; t < n_types; t++)
    check_type (types[t]);
}

static void
test_known_labels (void)
{
  g_autoptr(TrellisAction) action = g_object_new (TRELLIS_TYPE_ACTION, NULL);
  g_autoptr(GTypeClass) ref = g_type_class_ref (TRELLIS_TYPE_ACTION);
  const TrellisField *field = trellis_item_class_find_field (TRELLIS_ITEM_CLASS (ref), "budget-planned");

  g_assert_cmpstr (trellis_item_get_field_label (TRELLIS_ITEM (action), TRELLIS_ACTION_FIELD_DUE), ==, "Due");
  g_assert_cmpstr (trellis_item_get_field_label (TRELLIS_ITEM (action), TRELLIS_ACTION_FIELD_TITLE), ==, "Action");
  g_assert_nonnull (field);
  g_assert_cmpstr (trellis_field_get_label (field), ==, "Planned Budget");
  /* The CSV import still knows the label a spreadsheet column may carry. */
  g_assert_cmpstr (trellis_import_field_label (TRELLIS_TYPE_ACTION, TRELLIS_ACTION_FIELD_BUDGET_PLANNED), ==,
                   "Planned Budget");
  g_assert_true (trellis_import_field_matches (TRELLIS_TYPE_ACTION, TRELLIS_ACTION_FIELD_DUE, "Due"));
  g_assert_true (trellis_import_field_matches (TRELLIS_TYPE_ACTION, TRELLIS_ACTION_FIELD_QUICK_WIN, "quick win"));
  g_assert_false (trellis_import_field_matches (TRELLIS_TYPE_ACTION, TRELLIS_ACTION_FIELD_DUE, "Start"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/field-labels/every-field", test_every_field);
  g_test_add_func ("/core/field-labels/known-labels", test_known_labels);

  return g_test_run ();
}
