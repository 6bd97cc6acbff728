/* test-import.c: CSV files into a project, previewed, all or nothing, one undo step
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "trellis.h"
#include "trellis-csv.h"
#include "trellis-csv-export.h"
#include "trellis-import.h"
#include "trellis-test-utils.h"

#define GOAL "Make recycled polymers fit for demanding parts"
#define OWNER "APRI Alpine Polymer Research Institute"

static TrellisImport *
import_text (TrellisProject *project,
             const char     *kind,
             const char     *csv)
{
  TrellisImport *import = trellis_import_new (project, trellis_import_kind_to_type (kind));
  g_autoptr(GError) error = NULL;

  trellis_import_load_data (import, "data.csv", csv, strlen (csv), &error);
  g_assert_no_error (error);
  return import;
}

static gpointer
find_item (TrellisProject *project,
           GType           type,
           const char     *label)
{
  GListModel *items = trellis_project_get_items (project, type);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(TrellisItem) item = g_list_model_get_item (items, i);
      g_autofree char *text = trellis_item_dup_full_label (item);

      if (g_strcmp0 (text, label) == 0)
        return item;
    }
  return NULL;
}

static void
assert_contains (const char *text,
                 const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("“%s” does not say “%s”", text, part);
}

/* Nothing changes, and the error names the file, row, column, value and what is accepted. */
static void
assert_refused (const char         *kind,
                const char         *csv,
                const char * const *parts)
{
  g_autoptr(TrellisProject) project = trellis_test_load_sample ();
  g_autoptr(TrellisProject) original = trellis_test_load_sample ();
  g_autoptr(TrellisImport) import = import_text (project, kind, csv);
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (trellis_import_get_n_problems (import), >, 0);
  g_assert_false (trellis_import_apply (import, &error));
  g_assert_error (error, TRELLIS_IMPORT_ERROR, TRELLIS_IMPORT_ERROR_INVALID);
  for (guint i = 0; parts[i] != NULL; i++)
    assert_contains (error->message, parts[i]);
  g_assert_true (trellis_project_equal (project, original));
  g_assert_cmpuint (trellis_history_get_n_undo (trellis_project_get_history (project)), ==, 0);
  g_assert_false (trellis_project_get_dirty (project));
}

#define PARTS(...) ((const char * const[]) { __VA_ARGS__, NULL })

static void
test_new_and_updated (void)
{
  g_autoptr(TrellisProject) project = trellis_test_load_sample ();
  g_autoptr(TrellisProject) original = trellis_test_load_sample ();
  g_autoptr(TrellisImport) import = NULL;
  g_autoptr(GError) error = NULL;
  TrellisHistory *history = trellis_project_get_history (project);
  guint n_before = trellis_project_count_items (project, TRELLIS_TYPE_STAKEHOLDER);
  TrellisStakeholder *added, *updated;

  /* Labels as titles, any case; labels of enumerations; yes/no. */
  import = import_text (project, "stakeholders",
                        "NAME;Organisation;attitude;Influence;Member;Helix\n"
                        "Mara Keller;Valdor Bank;Critical;high;yes;Business\n"
                        OWNER ";;positive;HIGH;no;research\n");
  g_assert_cmpuint (trellis_import_get_n_problems (import), ==, 0);
  g_assert_cmpint (trellis_import_get_separator (import), ==, ';');
  g_assert_cmpuint (trellis_import_get_n_new (import), ==, 1);
  g_assert_cmpuint (trellis_import_get_n_updated (import), ==, 1);
  g_assert_cmpint (trellis_import_get_column_field (import, 4), ==, TRELLIS_STAKEHOLDER_FIELD_INTERNAL);
  /* The preview changed nothing. */
  g_assert_true (trellis_project_equal (project, original));

  g_assert_true (trellis_import_apply (import, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_STAKEHOLDER), ==, n_before + 1);
  added = find_item (project, TRELLIS_TYPE_STAKEHOLDER, "Mara Keller");
  g_assert_nonnull (added);
  g_assert_cmpstr (trellis_stakeholder_get_organisation (added), ==, "Valdor Bank");
  g_assert_cmpint (trellis_stakeholder_get_attitude (added), ==, TRELLIS_ATTITUDE_CRITICAL);
  g_assert_cmpint (trellis_stakeholder_get_influence (added), ==, TRELLIS_LEVEL_HIGH);
  g_assert_true (trellis_stakeholder_get_internal (added));
  updated = find_item (project, TRELLIS_TYPE_STAKEHOLDER, OWNER);
  g_assert_cmpint (trellis_stakeholder_get_attitude (updated), ==, TRELLIS_ATTITUDE_POSITIVE);
  g_assert_null (trellis_stakeholder_get_organisation (updated));

  /* One undo step takes it all back. */
  g_assert_cmpuint (trellis_history_get_n_undo (history), ==, 1);
  g_assert_cmpstr (trellis_history_get_undo_label (history), ==, "Import “data.csv”");
  g_assert_true (trellis_history_undo (history));
  g_assert_true (trellis_project_equal (project, original));
}

static void
test_references (void)
{
  g_autoptr(TrellisProject) project = trellis_test_load_sample ();
  g_autoptr(TrellisImport) import = NULL;
  g_autoptr(GError) error = NULL;
  TrellisAction *first, *second;
  g_autoptr(GPtrArray) depends = NULL;

  /* A goal by title, owners in and outside the register, a dependency on
   * a row further down, a user mapping, a percentage and a formula. */
  import = import_text (project, "actions",
                        "Action,Goal,Responsible,Due,Progress,Depends on,Notes,description\n"
                        "Write the funding bid,  " GOAL " ," OWNER ",2027-05-31,40 %,Draft the bid outline,x,"
                        "=SUM(A1)\n"
                        "Draft the bid outline,,Jane Outside,2027-04-30,0,,y,\n");
  /* "Responsible" is no field's name: left out until mapped. */
  g_assert_cmpint (trellis_import_get_column_field (import, 2), ==, -1);
  g_assert_true (trellis_import_map (import, "Responsible=owner", &error));
  g_assert_true (trellis_import_map (import, "Notes=", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (trellis_import_get_n_problems (import), ==, 0);
  g_assert_cmpint (trellis_import_get_column_field (import, 6), ==, -1);
  g_assert_true (trellis_import_apply (import, &error));
  g_assert_no_error (error);

  first = find_item (project, TRELLIS_TYPE_ACTION, "Write the funding bid");
  second = find_item (project, TRELLIS_TYPE_ACTION, "Draft the bid outline");
  g_assert_cmpstr (trellis_goal_get_title (trellis_action_get_goal (first)), ==, GOAL);
  g_assert_cmpstr (trellis_stakeholder_get_name (trellis_action_get_owner (first)), ==, OWNER);
  g_assert_null (trellis_action_get_owner_name (first));
  g_assert_cmpint (trellis_action_get_progress (first), ==, 40);
  g_assert_cmpuint (trellis_action_get_due (first), ==, trellis_date_parse ("2027-05-31"));
  g_assert_cmpstr (trellis_action_get_description (first), ==, "=SUM(A1)");
  depends = trellis_action_list_depends_on (first);
  g_assert_cmpuint (depends->len, ==, 1);
  g_assert_true (g_ptr_array_index (depends, 0) == (gpointer) second);
  g_assert_null (trellis_action_get_owner (second));
  g_assert_cmpstr (trellis_action_get_owner_name (second), ==, "Jane Outside");
}

/* A measurement is its indicator's value on a day: a re-import with the
 * same indicator and day updates it. */
static void
test_measurement_key (void)
{
  g_autoptr(TrellisProject) project = trellis_test_load_sample ();
  g_autoptr(TrellisImport) import = NULL;
  g_autoptr(GError) error = NULL;
  guint n_before = trellis_project_count_items (project, TRELLIS_TYPE_MEASUREMENT);

  import = import_text (project, "measurements",
                        "indicator,date,value\n"
                        "Committed members,2026-09-30,15\n"
                        "Committed members,2027-01-31,19.5%\n");
  g_assert_cmpuint (trellis_import_get_n_problems (import), ==, 0);
  g_assert_cmpuint (trellis_import_get_n_updated (import), ==, 1);
  g_assert_cmpuint (trellis_import_get_n_new (import), ==, 1);
  g_assert_true (trellis_import_apply (import, &error));
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_MEASUREMENT), ==, n_before + 1);
}

/* The preview as the window shows it: cells as read, columns mapped by
 * hand, problems with their row and column. */
static void
test_preview (void)
{
  g_autoptr(TrellisProject) project = trellis_test_load_sample ();
  g_autoptr(TrellisProject) original = trellis_test_load_sample ();
  g_autoptr(TrellisImport) import = NULL;
  const char *message;
  guint row, column;

  import = import_text (project, "milestones",
                        "Milestone\tWhen\tAction\n"
                        "Bid sent\t2027-06-01\tRecyclate test day in the APRI lab\n"
                        "\t\t\n"
                        "Kick-off\tsoon\t\n");
  g_assert_cmpint (trellis_import_get_separator (import), ==, '\t');
  g_assert_cmpuint (trellis_import_get_n_columns (import), ==, 3);
  g_assert_cmpuint (trellis_import_get_n_rows (import), ==, 3);
  g_assert_cmpstr (trellis_import_get_column_title (import, 1), ==, "When");
  g_assert_cmpint (trellis_import_get_column_field (import, 0), ==, TRELLIS_MILESTONE_FIELD_TITLE);
  g_assert_cmpint (trellis_import_get_column_field (import, 1), ==, -1);
  g_assert_cmpint (trellis_import_get_column_field (import, 2), ==, TRELLIS_MILESTONE_FIELD_ACTION);
  g_assert_cmpstr (trellis_import_get_cell (import, 2, 1), ==, "soon");
  /* New milestones need a date: "When" is not known yet. */
  message = trellis_import_get_problem (import, 0, &row, &column);
  g_assert_nonnull (message);
  assert_contains (message, "needs “date”");

  g_assert_true (trellis_import_set_column_field (import, 1, TRELLIS_MILESTONE_FIELD_DATE));
  g_assert_cmpuint (trellis_import_get_n_problems (import), ==, 1);
  message = trellis_import_get_problem (import, 0, &row, &column);
  g_assert_cmpuint (row, ==, 4);
  g_assert_cmpuint (column, ==, 2);
  assert_contains (message, "data.csv: row 4, column “When”: “soon” is not accepted");
  g_assert_null (trellis_import_get_problem (import, 1, NULL, NULL));
  g_assert_cmpuint (trellis_import_get_n_new (import), ==, 2);
  g_assert_false (trellis_import_set_column_field (import, 1, 99));
  g_assert_true (trellis_project_equal (project, original));
}

/* Rows shorter than the header (a spreadsheet's copy ends at the last
 * filled cell) read the missing cells as empty. */
static void
test_short_rows (void)
{
  g_autoptr(TrellisProject) project = trellis_test_load_sample ();
  g_autoptr(TrellisImport) import = NULL;
  g_autoptr(GError) error = NULL;
  TrellisStakeholder *added;

  import = import_text (project, "stakeholders",
                        "name\torganisation\thelix\tinternal\tattitude\tinfluence\tinterest\tcontact\n"
                        "Plastics Lab\tValdor Institute\tresearch\n"
                        "Mould Makers Ltd\n");
  g_assert_cmpuint (trellis_import_get_n_problems (import), ==, 0);
  g_assert_cmpstr (trellis_import_get_cell (import, 1, 7), ==, "");
  g_assert_true (trellis_import_apply (import, &error));
  g_assert_no_error (error);
  added = find_item (project, TRELLIS_TYPE_STAKEHOLDER, "Plastics Lab");
  g_assert_nonnull (added);
  g_assert_cmpstr (trellis_stakeholder_get_organisation (added), ==, "Valdor Institute");
  g_assert_null (trellis_stakeholder_get_contact (added));
  g_assert_nonnull (find_item (project, TRELLIS_TYPE_STAKEHOLDER, "Mould Makers Ltd"));
}

/* Names match whatever their case and spacing, in any script. */
static void
test_name_folding (void)
{
  g_autoptr(TrellisProject) project = trellis_test_load_sample ();
  g_autoptr(TrellisImport) first = import_text (project, "stakeholders", "name\nCafé  Müller Straße\n");
  g_autoptr(TrellisImport) again = NULL;
  g_autoptr(TrellisImport) ascii = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (trellis_import_apply (first, &error));
  again = import_text (project, "stakeholders", "name,contact\n  CAFÉ MÜLLER STRASSE ,x\n");
  g_assert_cmpuint (trellis_import_get_n_new (again), ==, 0);
  g_assert_cmpuint (trellis_import_get_n_updated (again), ==, 1);
  ascii = import_text (project, "stakeholders", "NAME\napri\talpine polymer RESEARCH institute\n");
  g_assert_cmpuint (trellis_import_get_n_new (ascii), ==, 0);
  g_assert_cmpuint (trellis_import_get_n_updated (ascii), ==, 1);
}

/* The project changes between the preview and the import: the import
 * checks again, and refuses what the preview had accepted. */
static void
test_stale_preview (void)
{
  g_autoptr(TrellisProject) project = trellis_test_load_sample ();
  g_autoptr(TrellisImport) import = NULL;
  g_autoptr(GError) error = NULL;
  TrellisGoal *goal = find_item (project, TRELLIS_TYPE_GOAL, GOAL);
  guint n_actions = trellis_project_count_items (project, TRELLIS_TYPE_ACTION);

  import = import_text (project, "actions", "title,goal\nNew action,\"" GOAL "\"\n");
  g_assert_cmpuint (trellis_import_get_n_problems (import), ==, 0);
  trellis_project_remove_item (project, goal);
  g_assert_false (trellis_import_apply (import, &error));
  assert_contains (error->message, "row 2, column “goal”");
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_ACTION), ==, n_actions);
}

/* An owner cell decides who owns an action; left empty, nobody does. */
static void
test_owner_cleared (void)
{
  g_autoptr(TrellisProject) project = trellis_test_load_sample ();
  g_autoptr(TrellisImport) import = NULL;
  g_autoptr(GError) error = NULL;
  TrellisAction *outside, *inside;

  import = import_text (project, "actions",
                        "title,owner\n"
                        "Needs survey and ranking workshop,\n"
                        "Visit every interested firm for a needs talk,\n");
  outside = find_item (project, TRELLIS_TYPE_ACTION, "Needs survey and ranking workshop");
  inside = find_item (project, TRELLIS_TYPE_ACTION, "Visit every interested firm for a needs talk");
  g_assert_nonnull (trellis_action_get_owner_name (outside));
  g_assert_nonnull (trellis_action_get_owner (inside));
  g_assert_true (trellis_import_apply (import, &error));
  g_assert_null (trellis_action_get_owner_name (outside));
  g_assert_null (trellis_action_get_owner (inside));
}

static void
test_hostile (void)
{
  assert_refused ("actions", "title,goal\nA new action,No such goal\n",
                  PARTS ("data.csv: row 2, column “goal”", "“No such goal”",
                         "use the title or name of a goal"));
  assert_refused ("actions", "title,status\nFirst,planned\nSecond,finished\n",
                  PARTS ("data.csv: row 3, column “status”", "“finished” is not accepted",
                         "use one of planned", "in-progress (In progress)"));
  assert_refused ("actions", "title,due\nOne,2027-01-01\nTwo,2027-01-02\n one ,2027-01-03\n",
                  PARTS ("row 4, column “title”", "already in row 2"));
  assert_refused ("actions", "title,due,budget-planned\nOne,31/03/2027,1\nTwo,,1,5\n",
                  PARTS ("row 2, column “due”", "YYYY-MM-DD", "row 3", "more cells"));
  assert_refused ("actions", "title,progress,quick-win\nOne,120,maybe\n",
                  PARTS ("column “progress”", "from 0 to 100", "column “quick-win”",
                         "yes, no, true, false, 1 or 0"));
  assert_refused ("swot", "text\nA note without quadrant\n",
                  PARTS ("row 2", "needs “quadrant”"));
  assert_refused ("actions", "due\n2027-01-01\n", PARTS ("no column gives the “title”"));
  assert_refused ("actions", "title,Due,due\nOne,2027-01-01,2027-01-02\n",
                  PARTS ("row 1, column “due”", "both give “due”"));
  assert_refused ("tows", "title,type,items\nNew strategy,so,Nothing like this | Or that\n",
                  PARTS ("“Nothing like this” is not known"));
  /* A goal's sources are SWOT items or TOWS strategies, never a stakeholder. */
  assert_refused ("goals", "title,sources\nNew goal,\"" OWNER "\"\n",
                  PARTS ("row 2, column “sources”",
                         "use the title or name of a swot-item or tows-strategy"));
}

static void
test_unreadable (void)
{
  g_autoptr(TrellisProject) project = trellis_test_load_sample ();
  g_autoptr(TrellisProject) original = trellis_test_load_sample ();
  g_autoptr(TrellisImport) import = trellis_import_new (project, TRELLIS_TYPE_ACTION);
  const char latin1[] = "title,description\nCaf\xe9 meeting,x\n";
  const char unbalanced[] = "title,description\nOne,\"never closed\nTwo,x\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) error2 = NULL;
  g_autoptr(GError) error3 = NULL;

  g_assert_false (trellis_import_load_data (import, "latin1.csv", latin1, strlen (latin1), &error));
  g_assert_error (error, TRELLIS_CSV_ERROR, TRELLIS_CSV_ERROR_ENCODING);
  assert_contains (error->message, "latin1.csv: row 2, column 1");
  g_assert_false (trellis_import_load_data (import, "quotes.csv", unbalanced, strlen (unbalanced), &error2));
  g_assert_error (error2, TRELLIS_CSV_ERROR, TRELLIS_CSV_ERROR_QUOTES);
  assert_contains (error2->message, "quotes.csv: row 2, column 2");
  g_assert_false (trellis_import_apply (import, &error3));
  g_assert_error (error3, TRELLIS_IMPORT_ERROR, TRELLIS_IMPORT_ERROR_NOTHING);
  g_assert_true (trellis_project_equal (project, original));
}

/* Exporting a kind and importing it back changes nothing: no undo step. */
static void
test_round_trip_in_place (void)
{
  const char * const *kinds = trellis_import_list_kinds ();

  for (guint k = 0; kinds[k] != NULL; k++)
    {
      g_autoptr(TrellisProject) project = trellis_test_load_sample ();
      g_autoptr(TrellisProject) original = trellis_test_load_sample ();
      GType type = trellis_import_kind_to_type (kinds[k]);
      g_autofree char *csv = trellis_csv_export_to_string (project, type);
      g_autoptr(TrellisImport) import = import_text (project, kinds[k], csv);
      g_autoptr(GError) error = NULL;

      g_test_message ("%s", kinds[k]);
      g_assert_cmpuint (trellis_import_get_n_problems (import), ==, 0);
      g_assert_cmpuint (trellis_import_get_n_new (import), ==, 0);
      g_assert_cmpuint (trellis_import_get_n_updated (import), ==,
                        trellis_project_count_items (project, type));
      g_assert_true (trellis_import_apply (import, &error));
      g_assert_no_error (error);
      g_assert_true (trellis_project_equal (project, original));
      g_assert_cmpuint (trellis_history_get_n_undo (trellis_project_get_history (project)), ==, 0);
    }
}

static void
import_kind (TrellisProject *project,
             TrellisProject *from,
             const char     *kind,
             const char     *left_out)
{
  g_autofree char *csv = trellis_csv_export_to_string (from, trellis_import_kind_to_type (kind));
  g_autoptr(TrellisImport) import = import_text (project, kind, csv);
  g_autoptr(GError) error = NULL;

  if (left_out != NULL)
    g_assert_true (trellis_import_map (import, left_out, &error));
  if (!trellis_import_apply (import, &error))
    g_error ("%s: %s", kind, error->message);
}

/* Every kind exported from the sample and imported into an empty project
 * gives the same CSV again: every field and reference survives. */
static void
test_round_trip_empty (void)
{
  g_autoptr(TrellisProject) sample = trellis_test_load_sample ();
  g_autoptr(TrellisProject) project = trellis_project_new ("Copy");
  GListModel *versions = trellis_project_get_items (sample, TRELLIS_TYPE_CANVAS_VERSION);
  const char * const *kinds = trellis_import_list_kinds ();
  const char * const order[] = { "stakeholders", "canvas", "goals", "tows", "indicators",
                                 "measurements", "actions", "milestones", "services", NULL };

  /* Canvas versions are not imported: the notes name them. */
  for (guint i = 0; i < g_list_model_get_n_items (versions); i++)
    {
      g_autoptr(TrellisCanvasVersion) version = g_list_model_get_item (versions, i);
      g_autoptr(TrellisCanvasVersion) copy = trellis_canvas_version_new (trellis_canvas_version_get_name (version));

      trellis_project_add_item (project, copy);
    }
  /* A TOWS strategy names its goal, and a goal its sources: TOWS twice. */
  import_kind (project, sample, "swot", NULL);
  import_kind (project, sample, "tows", "goal=");
  for (guint k = 0; order[k] != NULL; k++)
    import_kind (project, sample, order[k], NULL);

  for (guint k = 0; kinds[k] != NULL; k++)
    {
      GType type = trellis_import_kind_to_type (kinds[k]);
      g_autofree char *expected = trellis_csv_export_to_string (sample, type);
      g_autofree char *actual = trellis_csv_export_to_string (project, type);

      g_test_message ("%s", kinds[k]);
      g_assert_cmpstr (actual, ==, expected);
    }
}

static char *
make_actions (guint       n,
              const char *last_row)
{
  GString *csv = g_string_new ("title,goal,owner,due,status,progress,budget-planned\r\n");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (csv, "Action %u,\"" GOAL "\",%s,2027-%02u-%02u,%s,%u,%u.5\r\n", i,
                            i % 3 == 0 ? OWNER : "Someone outside", 1 + i % 12, 1 + i % 28,
                            i % 2 ? "in-progress" : "planned", i % 101, i);
  if (last_row != NULL)
    g_string_append (csv, last_row);
  return g_string_free (csv, FALSE);
}

/* Under AddressSanitizer (build-aux/test's second pass) every access is
 * several times slower: fewer rows, and the time bound is for real builds. */
#ifdef __SANITIZE_ADDRESS__
#define LARGE_ROWS 10000
#else
#define LARGE_ROWS 100000
#endif

/* 100,000 rows: previewed and applied quickly, one undo step; with one bad
 * row at the end, nothing changes. */
static void
test_large (void)
{
  g_autoptr(TrellisProject) project = trellis_test_load_sample ();
  g_autoptr(TrellisProject) original = trellis_test_load_sample ();
  g_autofree char *csv = make_actions (LARGE_ROWS, NULL);
  g_autofree char *bad = make_actions (LARGE_ROWS, "Last,No such goal,,2027-01-01,planned,0,1\r\n");
  g_autofree char *bad_row = g_strdup_printf ("row %u, column “goal”", LARGE_ROWS + 2);
  g_autoptr(TrellisImport) refused = NULL;
  g_autoptr(TrellisImport) import = NULL;
  g_autoptr(GError) error = NULL;
  guint n_before = trellis_project_count_items (project, TRELLIS_TYPE_ACTION);
  gint64 start = g_get_monotonic_time ();
  double preview, apply;

  refused = import_text (project, "actions", bad);
  g_assert_cmpuint (trellis_import_get_n_problems (refused), ==, 1);
  g_assert_false (trellis_import_apply (refused, &error));
  assert_contains (error->message, bad_row);
  g_assert_true (trellis_project_equal (project, original));
  g_clear_error (&error);

  start = g_get_monotonic_time ();
  import = import_text (project, "actions", csv);
  preview = (g_get_monotonic_time () - start) / 1e6;
  g_assert_cmpuint (trellis_import_get_n_problems (import), ==, 0);
  start = g_get_monotonic_time ();
  g_assert_true (trellis_import_apply (import, &error));
  apply = (g_get_monotonic_time () - start) / 1e6;
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_ACTION), ==, n_before + LARGE_ROWS);
  g_assert_cmpuint (trellis_history_get_n_undo (trellis_project_get_history (project)), ==, 1);
  g_test_message ("%u actions: read and previewed in %.2f s, applied in %.2f s", LARGE_ROWS,
                   preview, apply);
#ifndef __SANITIZE_ADDRESS__
  g_assert_cmpfloat (preview + apply, <, 60.0);
#endif
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/import/new-and-updated", test_new_and_updated);
  g_test_add_func ("/core/import/references", test_references);
  g_test_add_func ("/core/import/measurement-key", test_measurement_key);
  g_test_add_func ("/core/import/preview", test_preview);
  g_test_add_func ("/core/import/short-rows", test_short_rows);
  g_test_add_func ("/core/import/owner-cleared", test_owner_cleared);
  g_test_add_func ("/core/import/stale-preview", test_stale_preview);
  g_test_add_func ("/core/import/name-folding", test_name_folding);
  g_test_add_func ("/core/import/hostile", test_hostile);
  g_test_add_func ("/core/import/unreadable", test_unreadable);
  g_test_add_func ("/core/import/round-trip-in-place", test_round_trip_in_place);
  g_test_add_func ("/core/import/round-trip-empty", test_round_trip_empty);
  g_test_add_func ("/core/import/large", test_large);

  return g_test_run ();
}
