/* test-paste.c: pasted text as one note per line, paths /core/paste/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "trellis-paste.h"

/* The notes of @text joined with "|" */
static char *
split (const char *text)
{
  g_auto(GStrv) lines = trellis_paste_split_lines (text);

  g_assert_nonnull (lines);
  return g_strjoinv ("|", lines);
}

#define assert_split(text, expected) \
  G_STMT_START { \
    g_autofree char *got_ = split (text); \
    g_assert_cmpstr (got_, ==, expected); \
  } G_STMT_END

static void
test_lines (void)
{
  assert_split ("One\nTwo\nThree", "One|Two|Three");
  /* Windows and old Mac line ends, blanks around, blank lines */
  assert_split ("  One \r\n\r\n\tTwo\t\r\rThree\n\n", "One|Two|Three");
  assert_split ("Single note", "Single note");
}

static void
test_empty (void)
{
  g_auto(GStrv) none = trellis_paste_split_lines (NULL);
  g_auto(GStrv) blank = trellis_paste_split_lines (" \n\t\r\n  ");
  g_auto(GStrv) markers = trellis_paste_split_lines ("-\n* \n•\na)\n");

  g_assert_nonnull (none);
  g_assert_cmpuint (g_strv_length (none), ==, 0);
  g_assert_cmpuint (g_strv_length (blank), ==, 0);
  /* A marker alone is an empty item of a list. */
  g_assert_cmpuint (g_strv_length (markers), ==, 0);
}

static void
test_bullets (void)
{
  assert_split ("- Partners\n* Funding\n• Training", "Partners|Funding|Training");
  assert_split ("  -   indented bullet", "indented bullet");
  assert_split ("1. First\n2. Second\n10. Tenth\n3) Third", "First|Second|Tenth|Third");
  assert_split ("a) Alpha\nb) Beta\nC) Gamma", "Alpha|Beta|Gamma");
  /* Only one marker goes: the rest is the note's. */
  assert_split ("- - dash inside", "- dash inside");
}

static void
test_not_markers (void)
{
  /* A marker is followed by a blank; otherwise it is text. */
  assert_split ("-5 % energy costs", "-5 % energy costs");
  assert_split ("1.5 million in fees", "1.5 million in fees");
  assert_split ("*Important*", "*Important*");
  assert_split ("2027 plan", "2027 plan");
  assert_split ("ab) two letters", "ab) two letters");
  assert_split ("a)no blank", "a)no blank");
  assert_split ("R&D with universities", "R&D with universities");
}

static void
test_unicode (void)
{
  g_auto(GStrv) bad = NULL;

  assert_split ("• Fördermittel\n• Université", "Fördermittel|Université");
  /* Invalid UTF-8 becomes valid text, never a note that cannot be saved. */
  bad = trellis_paste_split_lines ("Caf\xe9 network\nOK");
  g_assert_cmpuint (g_strv_length (bad), ==, 2);
  g_assert_true (g_utf8_validate (bad[0], -1, NULL));
  g_assert_cmpstr (bad[1], ==, "OK");
}

static void
test_many (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_auto(GStrv) lines = NULL;

  for (guint i = 0; i < 10000; i++)
    g_string_append_printf (text, "%u. Note %u\r\n\r\n", i + 1, i);
  lines = trellis_paste_split_lines (text->str);
  g_assert_cmpuint (g_strv_length (lines), ==, 10000);
  g_assert_cmpstr (lines[0], ==, "Note 0");
  g_assert_cmpstr (lines[9999], ==, "Note 9999");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/paste/lines", test_lines);
  g_test_add_func ("/core/paste/empty", test_empty);
  g_test_add_func ("/core/paste/bullets", test_bullets);
  g_test_add_func ("/core/paste/not-markers", test_not_markers);
  g_test_add_func ("/core/paste/unicode", test_unicode);
  g_test_add_func ("/core/paste/many", test_many);

  return g_test_run ();
}
