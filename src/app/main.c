/* main.c: starts the Trellis application
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-application.h"
#include "trellis-i18n.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(TrellisApplication) app = NULL;

  trellis_i18n_init ();
  /* GTK would set the locale again, undoing the C.UTF-8 of trellis_i18n_init(). */
  gtk_disable_setlocale ();

  app = trellis_application_new (APP_ID, G_APPLICATION_HANDLES_OPEN);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
