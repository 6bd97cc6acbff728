/* trellis-paste.c: pasted text as one note per line
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A facilitator pastes the notes of a workshop from a mail, a document or
 * a chat: one note a line, often as a list.  Each line is trimmed, blank
 * lines are skipped, and a list's marker is taken off: a bullet ("- ",
 * "* ", "• "), a number ("1. ", "12) ") or a letter ("a) ", "B) ").  A
 * marker must be followed by a blank, so "1.5 million" and "-5 %" keep
 * their text.
 */

#define G_LOG_DOMAIN "trellis-paste"

#include "config.h"

#include <string.h>

#include "trellis-paste.h"

/* The length of the list marker that starts @line (trimmed), 0 if none. */
static gsize
marker_length (const char *line)
{
  static const char * const bullets[] = { "-", "*", "\xe2\x80\xa2" /* • */ };
  gsize n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (bullets); i++)
    if (g_str_has_prefix (line, bullets[i]))
      n = strlen (bullets[i]);

  if (n == 0)
    {
      while (g_ascii_isdigit (line[n]))
        n++;
      if (n > 0 && (line[n] == '.' || line[n] == ')'))
        n++;
      else if (n == 0 && g_ascii_isalpha (line[0]) && line[1] == ')')
        n = 2;
      else
        n = 0;
    }

  return n > 0 && (g_ascii_isspace (line[n]) || line[n] == '\0') ? n : 0;
}

/**
 * trellis_paste_split_lines:
 * @text: (nullable): pasted text, UTF-8, with any line ends
 *
 * Splits pasted text into the texts of notes: one a line, trimmed, blank
 * lines skipped and list markers ("- ", "* ", "• ", "1. ", "a) ")
 * removed.  Invalid UTF-8 is replaced, so every text can go in a project.
 *
 * Returns: (transfer full): the texts, in their order; empty if there are none
 */
GStrv
trellis_paste_split_lines (const char *text)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *valid = NULL;
  g_auto(GStrv) lines = NULL;

  if (text == NULL)
    return g_strv_builder_end (builder);

  valid = g_utf8_make_valid (text, -1);
  lines = g_strsplit_set (valid, "\r\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);

      line = g_strchug (line + marker_length (line));
      if (*line != '\0')
        g_strv_builder_add (builder, line);
    }

  return g_strv_builder_end (builder);
}
