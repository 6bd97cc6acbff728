/* trellis-cli-parking.c: `trellis-cli parking`, a project's parking lot
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Lists the questions and ideas parked during workshops, in the lot's
 * order: the kind, the day parked, the text, and for those dealt with
 * what they became (the same words as the app's rows, from the core).
 */

#define G_LOG_DOMAIN "trellis-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-cli.h"
#include "trellis-locale-format.h"

static const char parking_description[] =
  N_("Lists the questions and ideas parked in a project’s parking lot during\n"
     "workshops, in their order: whether each is a question or an idea, the day it\n"
     "was parked, its text and, once it was dealt with, what it became (a SWOT\n"
     "note, a canvas note, an action or a key question) with that item’s UUID.\n"
     "With --open, only those not dealt with yet.\n"
     "\n"
     "Examples:\n"
     "  trellis-cli parking plan.trellis\n"
     "  trellis-cli parking plan.trellis --open --json");

static gboolean
is_open (TrellisParkingItem *item)
{
  const char *became = trellis_parking_item_get_became_uuid (item);

  return became == NULL || *became == '\0';
}

static void
write_item (TrellisCliJson     *json,
            TrellisParkingItem *item)
{
  TrellisItem *target = trellis_parking_item_get_became (item);
  TrellisDay created = trellis_parking_item_get_created (item);

  trellis_cli_json_begin_object (json);
  trellis_cli_json_key (json, "uuid");
  trellis_cli_json_string (json, trellis_item_get_uuid (TRELLIS_ITEM (item)));
  trellis_cli_json_key (json, "kind");
  trellis_cli_json_string (json, trellis_cli_enum_nick (TRELLIS_TYPE_PARKING_KIND,
                                                        trellis_parking_item_get_kind (item)));
  trellis_cli_json_key (json, "created");
  if (created != 0)
    {
      g_autofree char *day = trellis_date_format (created);

      trellis_cli_json_string (json, day);
    }
  else
    trellis_cli_json_null (json);
  trellis_cli_json_key (json, "text");
  trellis_cli_json_string (json, trellis_parking_item_get_text (item));
  trellis_cli_json_key (json, "became");
  if (target != NULL)
    {
      g_autofree char *words = trellis_parking_lot_describe_target (target);

      trellis_cli_json_begin_object (json);
      trellis_cli_json_key (json, "uuid");
      trellis_cli_json_string (json, trellis_item_get_uuid (target));
      trellis_cli_json_key (json, "element");
      trellis_cli_json_string (json, trellis_item_class_get_element_name (TRELLIS_ITEM_GET_CLASS (target)));
      trellis_cli_json_key (json, "description");
      trellis_cli_json_string (json, words);
      trellis_cli_json_end_object (json);
    }
  else
    trellis_cli_json_null (json);
  trellis_cli_json_end_object (json);
}

static void
append_item (GString            *out,
             TrellisParkingItem *item)
{
  TrellisItem *target = trellis_parking_item_get_became (item);
  TrellisDay created = trellis_parking_item_get_created (item);
  g_autofree char *day = created != 0 ? trellis_format_date (created) : g_strdup ("");
  const char *kind = trellis_enum_label (TRELLIS_TYPE_PARKING_KIND, trellis_parking_item_get_kind (item));

  g_string_append (out, "  ");
  trellis_cli_append_padded (out, kind, MAX (trellis_cli_text_width (_("Question")),
                                             trellis_cli_text_width (_("Idea"))) + 2);
  trellis_cli_append_padded (out, day, 12);
  g_string_append_printf (out, "%s\n", trellis_parking_item_get_text (item));
  if (target != NULL)
    {
      g_autofree char *words = trellis_parking_lot_describe_target (target);

      g_string_append_printf (out, "      → %s (%s)\n", words, trellis_item_get_uuid (target));
    }
}

static void
list_parking (TrellisProject *project,
              gboolean        only_open,
              gboolean        json_output)
{
  GListModel *items = trellis_project_get_items (project, TRELLIS_TYPE_PARKING_ITEM);
  guint n = g_list_model_get_n_items (items);
  guint n_open = trellis_parking_lot_count_open (project);
  g_autoptr(TrellisCliJson) json = trellis_cli_json_new ();
  g_autoptr(GString) out = g_string_new (NULL);

  trellis_cli_json_begin_array (json);
  /* translators: the first line of `trellis-cli parking`: NAME, then counts */
  g_string_append_printf (out, ngettext ("%s: %u parked, %u open\n", "%s: %u parked, %u open\n", n),
                          trellis_project_get_name (project), n, n_open);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrellisParkingItem) item = g_list_model_get_item (items, i);

      if (only_open && !is_open (item))
        continue;
      write_item (json, item);
      append_item (out, item);
    }
  trellis_cli_json_end_array (json);
  if (json_output)
    trellis_cli_print_json (g_steal_pointer (&json));
  else
    g_print ("%s", out->str);
}

int
trellis_cli_parking (TrellisCli  *cli,
                     char       **args)
{
  gboolean json = FALSE;
  gboolean only_open = FALSE;
  GOptionEntry entries[] = {
    { "open", 0, 0, G_OPTION_ARG_NONE, &only_open, N_("Only the questions and ideas not dealt with yet"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Write the parking lot as a JSON array"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = trellis_cli_context_new (cli, _(parking_description), entries);
  g_autoptr(TrellisProject) project = NULL;

  if (!trellis_cli_parse (cli, context, &args))
    return TRELLIS_CLI_EXIT_USAGE;
  if (args[1] == NULL || args[2] != NULL)
    return trellis_cli_usage_error (cli, _("give one FILE"));

  project = trellis_cli_open_project (args[1]);
  if (project == NULL)
    return TRELLIS_CLI_EXIT_FAILED;

  list_parking (project, only_open, json);
  return TRELLIS_CLI_EXIT_OK;
}
