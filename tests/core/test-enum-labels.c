/* test-enum-labels.c: the labels of the model's enumerations, paths /core/enum-labels/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "trellis.h"

static GType
enum_type (guint i)
{
  GType types[] = {
    TRELLIS_TYPE_STAGE, TRELLIS_TYPE_APPROACH, TRELLIS_TYPE_STEP, TRELLIS_TYPE_QUADRANT,
    TRELLIS_TYPE_SOURCE_KIND, TRELLIS_TYPE_SCORE, TRELLIS_TYPE_TOWS_TYPE, TRELLIS_TYPE_HELIX,
    TRELLIS_TYPE_ATTITUDE, TRELLIS_TYPE_LEVEL, TRELLIS_TYPE_ROLE, TRELLIS_TYPE_CHAMPION,
    TRELLIS_TYPE_CANVAS_BOX, TRELLIS_TYPE_SERVICE_AREA, TRELLIS_TYPE_INDICATOR_KIND,
    TRELLIS_TYPE_DIRECTION, TRELLIS_TYPE_ACTION_STATUS, TRELLIS_TYPE_LIGHT,
    TRELLIS_TYPE_FUNDING, TRELLIS_TYPE_CHECK_RESULT, G_TYPE_INVALID,
  };

  return types[i];
}

/* Every value of every enumeration has a label of its own, and no more. */
static void
test_every_value (void)
{
  for (guint t = 0; enum_type (t) != G_TYPE_INVALID; t++)
    {
      GType type = enum_type (t);
      g_autoptr(GEnumClass) klass = g_type_class_ref (type);
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

      g_assert_cmpuint (trellis_enum_n_values (type), ==, klass->n_values);
      for (guint i = 0; i < klass->n_values; i++)
        {
          const char *label;

          g_assert_cmpint (klass->values[i].value, ==, i);
          label = trellis_enum_label (type, i);
          g_assert_nonnull (label);
          g_assert_cmpstr (label, !=, "");
          g_assert_false (g_hash_table_contains (seen, label));
          g_hash_table_add (seen, (gpointer) label);
          g_assert_cmpstr (trellis_enum_label_for_nick (type, klass->values[i].value_nick), ==, label);
        }
      g_assert_null (trellis_enum_label (type, klass->n_values));
      g_assert_null (trellis_enum_label (type, -1));
    }
}

static void
test_nicks (void)
{
  g_assert_cmpstr (trellis_enum_label_for_nick (TRELLIS_TYPE_STAGE, "establishment"), ==, "Establishment");
  g_assert_cmpstr (trellis_enum_label (TRELLIS_TYPE_ATTITUDE, TRELLIS_ATTITUDE_CRITICAL), ==, "Critical");
  g_assert_cmpstr (trellis_enum_label (TRELLIS_TYPE_QUADRANT, TRELLIS_QUADRANT_THREAT), ==, "Threats");
  /* A file from a newer Trellis may hold a value this one does not know. */
  g_assert_null (trellis_enum_label_for_nick (TRELLIS_TYPE_STAGE, "renewal"));
  g_assert_null (trellis_enum_label_for_nick (TRELLIS_TYPE_STAGE, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/enum-labels/every-value", test_every_value);
  g_test_add_func ("/core/enum-labels/nicks", test_nicks);

  return g_test_run ();
}
