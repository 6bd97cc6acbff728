/* trellis-workshop-minutes.c: a workshop's log as Markdown minutes
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The minutes group a session's lines by step of the method (where the
 * facilitator will look for them), then by kind of item and change:
 * "Added 12 SWOT notes: …", "Changed action “Visit firms”: due date, status".
 * Additions and removals of one kind are one line each; every changed item
 * is a line of its own, naming its changed fields.
 */

#define G_LOG_DOMAIN "trellis-workshop-minutes"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "trellis.h"
#include "trellis-locale-format.h"
#include "trellis-workshop-log.h"
#include "trellis-workshop-minutes.h"

typedef struct
{
  const char  *heading;          /* N_() */
  GType      (*types[8]) (void); /* NULL-terminated */
} Group;

static const Group groups[] = {
  { N_("Key questions"), { trellis_key_question_get_type, NULL } },
  { N_("Step 1: Potentials"), { trellis_swot_item_get_type, trellis_tows_strategy_get_type, NULL } },
  { N_("Step 2: Actors"), { trellis_stakeholder_get_type, NULL } },
  { N_("Step 3: Value"), { trellis_goal_get_type, trellis_indicator_get_type,
                           trellis_service_get_type, NULL } },
  { N_("Step 4: Strategy"), { trellis_canvas_version_get_type, trellis_canvas_note_get_type,
                              trellis_action_get_type, trellis_milestone_get_type, NULL } },
  { N_("Follow-up"), { trellis_measurement_get_type, trellis_review_get_type,
                       trellis_status_override_get_type, trellis_snapshot_get_type,
                       trellis_snapshot_entry_get_type, trellis_self_check_get_type, NULL } },
};

/* "12 SWOT notes" */
static char *
count_items (GType type,
             guint n)
{
  if (type == TRELLIS_TYPE_KEY_QUESTION)
    return g_strdup_printf (ngettext ("%u key question", "%u key questions", n), n);
  if (type == TRELLIS_TYPE_SWOT_ITEM)
    return g_strdup_printf (ngettext ("%u SWOT note", "%u SWOT notes", n), n);
  if (type == TRELLIS_TYPE_TOWS_STRATEGY)
    return g_strdup_printf (ngettext ("%u TOWS strategy", "%u TOWS strategies", n), n);
  if (type == TRELLIS_TYPE_STAKEHOLDER)
    return g_strdup_printf (ngettext ("%u stakeholder", "%u stakeholders", n), n);
  if (type == TRELLIS_TYPE_CANVAS_VERSION)
    return g_strdup_printf (ngettext ("%u canvas version", "%u canvas versions", n), n);
  if (type == TRELLIS_TYPE_CANVAS_NOTE)
    return g_strdup_printf (ngettext ("%u canvas note", "%u canvas notes", n), n);
  if (type == TRELLIS_TYPE_GOAL)
    return g_strdup_printf (ngettext ("%u goal", "%u goals", n), n);
  if (type == TRELLIS_TYPE_INDICATOR)
    return g_strdup_printf (ngettext ("%u indicator", "%u indicators", n), n);
  if (type == TRELLIS_TYPE_ACTION)
    return g_strdup_printf (ngettext ("%u action", "%u actions", n), n);
  if (type == TRELLIS_TYPE_MILESTONE)
    return g_strdup_printf (ngettext ("%u milestone", "%u milestones", n), n);
  if (type == TRELLIS_TYPE_SERVICE)
    return g_strdup_printf (ngettext ("%u service", "%u services", n), n);
  /* translators: %u items of a kind without a word of its own (measurements, reviews …) */
  return g_strdup_printf (ngettext ("%u follow-up item", "%u follow-up items", n), n);
}

/**
 * trellis_workshop_describe_kind:
 *
 * Returns: (transfer none): the kind of item of a log line in words
 *   ("SWOT note"), for a list of lines
 */
const char *
trellis_workshop_describe_kind (GType type)
{
  static const struct { GType (*get_type) (void); const char *word; } words[] = {
    { trellis_key_question_get_type, N_("Key question") },
    { trellis_swot_item_get_type, N_("SWOT note") },
    { trellis_tows_strategy_get_type, N_("TOWS strategy") },
    { trellis_stakeholder_get_type, N_("Stakeholder") },
    { trellis_canvas_version_get_type, N_("Canvas version") },
    { trellis_canvas_note_get_type, N_("Canvas note") },
    { trellis_goal_get_type, N_("Goal") },
    { trellis_indicator_get_type, N_("Indicator") },
    { trellis_action_get_type, N_("Action") },
    { trellis_milestone_get_type, N_("Milestone") },
    { trellis_service_get_type, N_("Service") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (words[i].get_type () == type)
      return _(words[i].word);
  return _("Follow-up item");
}

static char *
escape (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    {
      if (strchr ("\\`*_[]<>|#", *p) != NULL)
        g_string_append_c (out, '\\');
      g_string_append_c (out, (*p == '\r' || *p == '\n') ? ' ' : *p);
    }
  return g_string_free (out, FALSE);
}

/* "“a”, “b”, “c”" */
static char *
join_titles (GPtrArray *changes)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < changes->len; i++)
    {
      g_autofree char *title = escape (trellis_workshop_change_get_title (g_ptr_array_index (changes, i)));

      if (i > 0)
        g_string_append (out, ", ");
      /* translators: a title quoted in a list of titles */
      g_string_append_printf (out, _("“%s”"), title);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static GPtrArray *
select_changes (GPtrArray  *all,
                GType       type,
                const char *kind)
{
  GPtrArray *selected = g_ptr_array_new ();

  for (guint i = 0; i < all->len; i++)
    {
      TrellisWorkshopChange *change = g_ptr_array_index (all, i);

      if (trellis_workshop_change_get_item_type (change) == type &&
          g_strcmp0 (trellis_workshop_change_get_change (change), kind) == 0)
        g_ptr_array_add (selected, change);
    }
  return selected;
}

static void
append_kind (GString   *out,
             GPtrArray *all,
             GType      type)
{
  g_autoptr(GPtrArray) added = select_changes (all, type, TRELLIS_WORKSHOP_ADDED);
  g_autoptr(GPtrArray) changed = select_changes (all, type, TRELLIS_WORKSHOP_CHANGED);
  g_autoptr(GPtrArray) removed = select_changes (all, type, TRELLIS_WORKSHOP_REMOVED);

  if (added->len > 0)
    {
      g_autofree char *count = count_items (type, added->len);
      g_autofree char *titles = join_titles (added);

      /* translators: "Added 12 SWOT notes: “a”, “b”." */
      g_string_append_printf (out, _("- Added %s: %s.\n"), count, titles);
    }
  for (guint i = 0; i < changed->len; i++)
    {
      TrellisWorkshopChange *change = g_ptr_array_index (changed, i);
      g_autofree char *what = count_items (type, 1);
      g_autofree char *title = escape (trellis_workshop_change_get_title (change));
      g_autofree char *fields = trellis_workshop_change_describe_fields (change);
      g_autofree char *escaped = escape (fields);

      /* translators: "Changed 1 action “Visit firms”: due date, status." */
      g_string_append_printf (out, _("- Changed %s “%s”: %s.\n"), what, title, escaped);
    }
  if (removed->len > 0)
    {
      g_autofree char *count = count_items (type, removed->len);
      g_autofree char *titles = join_titles (removed);

      /* translators: "Removed 2 goals: “a”, “b”." */
      g_string_append_printf (out, _("- Removed %s: %s.\n"), count, titles);
    }
}

static gboolean
group_has_changes (const Group *group,
                   GPtrArray   *all)
{
  for (guint i = 0; i < all->len; i++)
    for (guint t = 0; group->types[t] != NULL; t++)
      if (trellis_workshop_change_get_item_type (g_ptr_array_index (all, i)) == group->types[t] ())
        return TRUE;
  return FALSE;
}

static void
append_header (GString                *out,
               TrellisProject         *project,
               TrellisWorkshopSession *session,
               guint                   n_changes)
{
  g_autofree char *name = escape (trellis_workshop_session_get_name (session));
  g_autofree char *project_name = escape (trellis_project_get_name (project));
  g_autofree char *started = trellis_format_timestamp (trellis_workshop_session_get_started (session));
  g_autofree char *ended = trellis_format_timestamp (trellis_workshop_session_get_ended (session));

  /* translators: the heading of the minutes; %s is the workshop's name */
  g_string_append_printf (out, _("# Minutes: %s\n\n"), name);
  g_string_append_printf (out, "- **%s** %s\n", _("Project:"), project_name);
  g_string_append_printf (out, "- **%s** %s\n", _("Started:"), started);
  if (ended != NULL)
    g_string_append_printf (out, "- **%s** %s\n", _("Ended:"), ended);
  g_string_append_printf (out, "- **%s** %u\n", _("Items added, changed or removed:"), n_changes);
}

/**
 * trellis_workshop_minutes_to_string:
 *
 * Returns: (transfer full): what @session added, changed and removed, as
 *   Markdown, grouped by step and kind of item
 */
char *
trellis_workshop_minutes_to_string (TrellisProject         *project,
                                    TrellisWorkshopSession *session)
{
  g_autoptr(GPtrArray) all = NULL;
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (TRELLIS_IS_WORKSHOP_SESSION (session), NULL);

  all = trellis_workshop_list_changes (project, session);
  append_header (out, project, session, all->len);
  if (all->len == 0)
    g_string_append_printf (out, "\n%s\n", _("Nothing was added, changed or removed."));
  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    {
      if (!group_has_changes (&groups[g], all))
        continue;
      g_string_append_printf (out, "\n## %s\n\n", _(groups[g].heading));
      for (guint t = 0; groups[g].types[t] != NULL; t++)
        append_kind (out, all, groups[g].types[t] ());
    }
  return g_string_free (out, FALSE);
}

/**
 * trellis_workshop_minutes_write_file:
 *
 * Writes the minutes of @session to @file (replacing it).
 */
gboolean
trellis_workshop_minutes_write_file (TrellisProject          *project,
                                     TrellisWorkshopSession  *session,
                                     GFile                   *file,
                                     GError                 **error)
{
  g_autofree char *text = trellis_workshop_minutes_to_string (project, session);
  g_autoptr(GBytes) bytes = g_bytes_new_take (g_steal_pointer (&text), strlen (text));

  return trellis_write_file_atomically (file, bytes, FALSE, error);
}
