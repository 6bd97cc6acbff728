/* trellis-i18n.c: where the translations are and which language to use
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The application, trellis-cli and the test programs start with
 * trellis_i18n_init (): the catalogues come from $TRELLIS_LOCALEDIR when it
 * is set (the build's po/ folder, so that a build can be run and tested in
 * another language without installing it), else from the installed
 * LOCALEDIR.
 *
 * glibc ignores LANGUAGE while the messages locale is "C", so
 * `LANGUAGE=de trellis` in a shell whose LANG is C or unset would show
 * English. When LANGUAGE is set and the messages locale is C, the messages
 * (and the character set, if it is C too) use C.UTF-8 instead, which glibc
 * does not treat as "C": the words follow LANGUAGE, while dates and
 * numbers stay as LANG says.
 */

#define G_LOG_DOMAIN "trellis-i18n"

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "trellis-i18n.h"

/**
 * trellis_i18n_get_localedir:
 *
 * Returns: the folder the catalogues are read from: $TRELLIS_LOCALEDIR
 *   when it is set and not empty, else the installed LOCALEDIR
 */
const char *
trellis_i18n_get_localedir (void)
{
  const char *dir = g_getenv ("TRELLIS_LOCALEDIR");

  return dir != NULL && *dir != '\0' ? dir : LOCALEDIR;
}

/* Whether @category is the C locale, where glibc ignores LANGUAGE for
 * messages and converts the text printed to ASCII. */
static gboolean
locale_is_c (int category)
{
  const char *current = setlocale (category, NULL);

  return current == NULL || g_str_equal (current, "C") || g_str_equal (current, "POSIX");
}

/**
 * trellis_i18n_init:
 *
 * Sets the locale from the environment and binds the text domain of
 * Trellis to trellis_i18n_get_localedir (), in UTF-8. With LANGUAGE set
 * and a C messages locale, the messages (and a C character set) use
 * C.UTF-8 so that LANGUAGE is followed (glibc ignores it in the C locale).
 * Call it first in main (); programs with GTK then call
 * gtk_disable_setlocale (), or gtk_init () would undo that.
 *
 * Returns: the folder the catalogues are read from
 */
const char *
trellis_i18n_init (void)
{
  const char *dir = trellis_i18n_get_localedir ();
  const char *language = g_getenv ("LANGUAGE");

  setlocale (LC_ALL, "");
  if (language != NULL && *language != '\0' && locale_is_c (LC_MESSAGES))
    {
      setlocale (LC_MESSAGES, "C.UTF-8");
      /* The translations printed on a terminal, not question marks. */
      if (locale_is_c (LC_CTYPE))
        setlocale (LC_CTYPE, "C.UTF-8");
    }
  bindtextdomain (GETTEXT_PACKAGE, dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  return dir;
}
