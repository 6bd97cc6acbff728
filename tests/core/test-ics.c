/* test-ics.c: the iCalendar file, read back by a small parser
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "trellis.h"
#include "trellis-ics.h"
#include "trellis-test-utils.h"

/* Checks the physical lines (CRLF only, at most 75 octets, each valid
 * UTF-8, so no character is cut) and returns the unfolded content lines. */
static GPtrArray *
parse_lines (const char *text)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) physical = NULL;
  gsize length = strlen (text);

  g_assert_true (g_str_has_suffix (text, "\r\n"));
  for (const char *p = text; *p != '\0'; p++)
    if (*p == '\n')
      g_assert_true (p > text && p[-1] == '\r');
    else if (*p == '\r')
      g_assert_true (p[1] == '\n');

  physical = g_strsplit (text, "\r\n", -1);
  g_assert_cmpstr (physical[g_strv_length (physical) - 1], ==, "");
  for (guint i = 0; physical[i + 1] != NULL; i++)
    {
      g_assert_cmpuint (strlen (physical[i]), <=, 75);
      g_assert_true (g_utf8_validate (physical[i], -1, NULL));
      if (physical[i][0] == ' ')
        {
          char *last = g_ptr_array_index (lines, lines->len - 1);

          g_ptr_array_index (lines, lines->len - 1) = g_strconcat (last, physical[i] + 1, NULL);
          g_free (last);
        }
      else
        g_ptr_array_add (lines, g_strdup (physical[i]));
    }
  g_assert_cmpuint (length, >, 0);
  return g_steal_pointer (&lines);
}

static char *
unescape (const char *value)
{
  GString *out = g_string_new (NULL);

  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '\\' && p[1] != '\0')
        {
          p++;
          g_string_append_c (out, *p == 'n' || *p == 'N' ? '\n' : *p);
        }
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/* The value of NAME in the component whose UID is @uid */
static char *
find_value (GPtrArray  *lines,
            const char *uid,
            const char *name)
{
  g_autofree char *uid_line = g_strdup_printf ("UID:%s@trellis.github.io", uid);
  g_autofree char *prefix = g_strconcat (name, ":", NULL);
  gboolean inside = FALSE;

  for (guint i = 0; i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);

      if (g_str_has_prefix (line, "BEGIN:V") && !g_str_equal (line, "BEGIN:VCALENDAR"))
        inside = FALSE;
      if (g_str_equal (line, uid_line))
        inside = TRUE;
      else if (inside && g_str_has_prefix (line, prefix))
        return unescape (line + strlen (prefix));
    }
  return NULL;
}

static GPtrArray *
list_uids (GPtrArray *lines)
{
  GPtrArray *uids = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < lines->len; i++)
    if (g_str_has_prefix (g_ptr_array_index (lines, i), "UID:"))
      g_ptr_array_add (uids, g_strdup (g_ptr_array_index (lines, i)));
  return uids;
}

static void
test_sample (void)
{
  g_autoptr(TrellisProject) project = trellis_test_load_sample ();
  g_autoptr(GDateTime) first_stamp = g_date_time_new_utc (2027, 3, 15, 9, 0, 0);
  g_autoptr(GDateTime) second_stamp = g_date_time_new_utc (2027, 4, 1, 17, 30, 0);
  g_autofree char *first = trellis_ics_to_string (project, first_stamp);
  g_autofree char *second = trellis_ics_to_string (project, second_stamp);
  g_autoptr(GPtrArray) lines = parse_lines (first);
  g_autoptr(GPtrArray) lines2 = parse_lines (second);
  g_autoptr(GPtrArray) uids = list_uids (lines);
  g_autoptr(GPtrArray) uids2 = list_uids (lines2);
  GListModel *milestones = trellis_project_get_items (project, TRELLIS_TYPE_MILESTONE);
  GListModel *actions = trellis_project_get_items (project, TRELLIS_TYPE_ACTION);
  guint n_due = 0;

  g_assert_cmpstr (g_ptr_array_index (lines, 0), ==, "BEGIN:VCALENDAR");
  g_assert_true (g_ptr_array_find_with_equal_func (lines, "VERSION:2.0", g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (lines, "DTSTAMP:20270315T090000Z", g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (lines2, "DTSTAMP:20270401T173000Z", g_str_equal, NULL));

  for (guint i = 0; i < g_list_model_get_n_items (milestones); i++)
    {
      g_autoptr(TrellisMilestone) milestone = g_list_model_get_item (milestones, i);
      const char *uuid = trellis_item_get_uuid (TRELLIS_ITEM (milestone));
      g_autofree char *summary = find_value (lines, uuid, "SUMMARY");
      g_autofree char *start = find_value (lines, uuid, "DTSTART;VALUE=DATE");
      g_autofree char *date = trellis_date_format (trellis_milestone_get_date (milestone));
      g_autofree char *compact = g_strdup_printf ("%.4s%.2s%.2s", date, date + 5, date + 8);

      g_assert_cmpstr (summary, ==, trellis_milestone_get_title (milestone));
      g_assert_cmpstr (start, ==, compact);
    }
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(TrellisAction) action = g_list_model_get_item (actions, i);
      const char *uuid = trellis_item_get_uuid (TRELLIS_ITEM (action));
      g_autofree char *summary = find_value (lines, uuid, "SUMMARY");
      g_autofree char *description = find_value (lines, uuid, "DESCRIPTION");
      g_autofree char *status = find_value (lines, uuid, "STATUS");
      TrellisGoal *goal = trellis_action_get_goal (action);

      if (trellis_action_get_due (action) == TRELLIS_DAY_NONE)
        continue;
      n_due++;
      g_assert_cmpstr (summary, ==, trellis_action_get_title (action));
      if (goal != NULL)
        g_assert_nonnull (strstr (description, trellis_goal_get_title (goal)));
      if (trellis_action_get_status (action) == TRELLIS_STATUS_DONE)
        g_assert_cmpstr (status, ==, "COMPLETED");
    }

  /* Stable UIDs: the same in both exports, one per item. */
  g_assert_cmpuint (uids->len, ==, g_list_model_get_n_items (milestones) + n_due);
  g_assert_cmpuint (uids->len, ==, uids2->len);
  for (guint i = 0; i < uids->len; i++)
    g_assert_cmpstr (g_ptr_array_index (uids, i), ==, g_ptr_array_index (uids2, i));
}

/* Escaping and folding: long text of two- and three-byte characters,
 * every special character, line breaks. */
static void
test_escape_and_fold (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Fold");
  g_autoptr(TrellisMilestone) milestone = trellis_milestone_new ("x", trellis_date_parse ("2027-06-30"));
  g_autoptr(TrellisAction) action = trellis_action_new ("Ä long title with ünïcödé — repeated: ");
  g_autoptr(GString) title = g_string_new (NULL);
  const char *special = "Commas, semicolons; backslash \\ and\r\nline breaks\nand € signs";
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *description = NULL;
  g_autofree char *start = NULL;
  g_autofree char *due = NULL;

  for (guint i = 0; i < 12; i++)
    g_string_append (title, "Ä long title with ünïcödé — € 日本 ");
  trellis_milestone_set_title (milestone, title->str);
  trellis_milestone_set_note (milestone, special);
  trellis_project_add_item (project, milestone);
  trellis_action_set_due (action, trellis_date_parse ("2027-07-01"));
  trellis_action_set_start (action, trellis_date_parse ("2027-08-01"));
  trellis_project_add_item (project, action);

  text = trellis_ics_to_string (project, NULL);
  lines = parse_lines (text);
  summary = find_value (lines, trellis_item_get_uuid (TRELLIS_ITEM (milestone)), "SUMMARY");
  description = find_value (lines, trellis_item_get_uuid (TRELLIS_ITEM (milestone)), "DESCRIPTION");
  g_assert_cmpstr (summary, ==, title->str);
  g_assert_cmpstr (description, ==, "Commas, semicolons; backslash \\ and\nline breaks\nand € signs");
  g_assert_nonnull (strstr (text, "Commas\\, semicolons\\; backslash \\\\ and\\nline"));
  /* A to-do that would start after it is due has no start. */
  start = find_value (lines, trellis_item_get_uuid (TRELLIS_ITEM (action)), "DTSTART;VALUE=DATE");
  due = find_value (lines, trellis_item_get_uuid (TRELLIS_ITEM (action)), "DUE;VALUE=DATE");
  g_assert_null (start);
  g_assert_cmpstr (due, ==, "20270701");
}

static void
test_fold_boundaries (void)
{
  /* 74 ASCII octets then "é" (2 octets): the é goes to the next line whole. */
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *line = g_strconcat ("SUMMARY:", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                                       "é", NULL);
  g_auto(GStrv) physical = NULL;

  g_assert_cmpuint (strlen (line), ==, 76);
  trellis_ics_append_line (out, line);
  physical = g_strsplit (out->str, "\r\n", -1);
  g_assert_cmpuint (strlen (physical[0]), ==, 74);
  g_assert_cmpstr (physical[1], ==, " é");

  g_string_truncate (out, 0);
  trellis_ics_append_line (out, "SHORT:75");
  g_assert_cmpstr (out->str, ==, "SHORT:75\r\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/ics/sample", test_sample);
  g_test_add_func ("/core/ics/escape-and-fold", test_escape_and_fold);
  g_test_add_func ("/core/ics/fold-boundaries", test_fold_boundaries);

  return g_test_run ();
}
