/* trellis-ics.c: milestones and due actions as an iCalendar file (RFC 5545)
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A milestone is an all-day VEVENT on its date; an action with a due date
 * is a VTODO due that day (DUE;VALUE=DATE), its description naming its
 * owner and goal, its STATUS from the action's.  Each UID is made of the
 * item's UUID, so writing the file again updates a calendar that
 * subscribed to it instead of adding every event twice.  Lines end with
 * CRLF and are folded at 75 octets, never inside a UTF-8 character; text
 * escapes \ ; , and line breaks as the RFC asks.
 */

#define G_LOG_DOMAIN "trellis-ics"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "trellis.h"
#include "trellis-ics.h"

#define MAX_OCTETS 75

/**
 * trellis_ics_append_line:
 * @line: one content line, without its line end
 *
 * Appends @line to @out folded at 75 octets (a continuation starts with a
 * space, which counts), cutting only between UTF-8 characters, each
 * physical line ended with CRLF.
 */
void
trellis_ics_append_line (GString    *out,
                         const char *line)
{
  const char *p = line;
  guint room = MAX_OCTETS;

  while (*p != '\0')
    {
      const char *next = g_utf8_next_char (p);

      if ((guint) (next - p) > room)
        {
          g_string_append (out, "\r\n ");
          room = MAX_OCTETS - 1;
        }
      g_string_append_len (out, p, next - p);
      room -= next - p;
      p = next;
    }
  g_string_append (out, "\r\n");
}

/**
 * trellis_ics_escape_text:
 *
 * Returns: (transfer full): @text as an iCalendar TEXT value: \ ; and ,
 *   escaped with a backslash, line breaks as \n, other control
 *   characters dropped
 */
char *
trellis_ics_escape_text (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    {
      if (*p == '\\' || *p == ';' || *p == ',')
        g_string_append_printf (out, "\\%c", *p);
      else if (*p == '\r' && p[1] == '\n')
        continue;
      else if (*p == '\n' || *p == '\r')
        g_string_append (out, "\\n");
      else if ((guchar) *p >= 0x20 || *p == '\t')
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static void
append_property (GString    *out,
                 const char *name,
                 const char *text)
{
  g_autofree char *escaped = trellis_ics_escape_text (text);
  g_autofree char *line = g_strconcat (name, ":", escaped, NULL);

  trellis_ics_append_line (out, line);
}

static char *
format_day (TrellisDay day)
{
  g_autoptr(GDate) date = g_date_new_julian (day);

  return g_strdup_printf ("%04u%02u%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

static void
append_day (GString    *out,
            const char *name,
            TrellisDay  day)
{
  g_autofree char *text = format_day (day);
  g_autofree char *line = g_strdup_printf ("%s;VALUE=DATE:%s", name, text);

  trellis_ics_append_line (out, line);
}

static void
append_uid (GString     *out,
            TrellisItem *item)
{
  g_autofree char *line = g_strdup_printf ("UID:%s@trellis.github.io", trellis_item_get_uuid (item));

  trellis_ics_append_line (out, line);
}

/* Adds "Label: value" (or the value alone) as a line of a description;
 * nothing for a value that is not set. */
static void
append_paragraph (GString    *text,
                  const char *label,
                  const char *value)
{
  if (value == NULL || *value == '\0')
    return;
  if (text->len > 0)
    g_string_append_c (text, '\n');
  if (label != NULL)
    /* translators: a line of a calendar entry's description, "Owner: Jane Doe" */
    g_string_append_printf (text, _("%s: %s"), label, value);
  else
    g_string_append (text, value);
}

static void
append_milestone (GString          *out,
                  TrellisMilestone *milestone,
                  const char       *stamp)
{
  TrellisDay date = trellis_milestone_get_date (milestone);
  TrellisAction *action = trellis_milestone_get_action (milestone);
  TrellisGoal *goal = trellis_milestone_get_goal (milestone);
  g_autoptr(GString) description = g_string_new (NULL);

  if (action != NULL)
    append_paragraph (description, _("Action"), trellis_action_get_title (action));
  if (goal != NULL)
    append_paragraph (description, _("Goal"), trellis_goal_get_title (goal));
  append_paragraph (description, NULL, trellis_milestone_get_note (milestone));

  trellis_ics_append_line (out, "BEGIN:VEVENT");
  append_uid (out, TRELLIS_ITEM (milestone));
  trellis_ics_append_line (out, stamp);
  append_day (out, "DTSTART", date);
  append_day (out, "DTEND", date + 1);
  append_property (out, "SUMMARY", trellis_milestone_get_title (milestone));
  if (description->len > 0)
    append_property (out, "DESCRIPTION", description->str);
  trellis_ics_append_line (out, "TRANSP:TRANSPARENT");
  trellis_ics_append_line (out, "END:VEVENT");
}

static const char *
status_word (TrellisActionStatus status)
{
  switch (status)
    {
    case TRELLIS_STATUS_IN_PROGRESS:
      return "IN-PROCESS";
    case TRELLIS_STATUS_DONE:
      return "COMPLETED";
    case TRELLIS_STATUS_CANCELLED:
      return "CANCELLED";
    case TRELLIS_STATUS_PLANNED:
    case TRELLIS_STATUS_ON_HOLD:
    default:
      return "NEEDS-ACTION";
    }
}

static char *
describe_action (TrellisAction *action)
{
  TrellisStakeholder *owner = trellis_action_get_owner (action);
  TrellisGoal *goal = trellis_action_get_goal (action);
  GString *description = g_string_new (NULL);

  append_paragraph (description, _("Owner"),
                    owner != NULL ? trellis_stakeholder_get_name (owner)
                                  : trellis_action_get_owner_name (action));
  if (goal != NULL)
    append_paragraph (description, _("Goal"), trellis_goal_get_title (goal));
  append_paragraph (description, NULL, trellis_action_get_description (action));
  return g_string_free (description, FALSE);
}

static void
append_action (GString       *out,
               TrellisAction *action,
               const char    *stamp)
{
  TrellisDay start = trellis_action_get_start (action);
  TrellisDay due = trellis_action_get_due (action);
  g_autofree char *description = describe_action (action);
  g_autofree char *status = g_strdup_printf ("STATUS:%s",
                                             status_word (trellis_action_get_status (action)));

  trellis_ics_append_line (out, "BEGIN:VTODO");
  append_uid (out, TRELLIS_ITEM (action));
  trellis_ics_append_line (out, stamp);
  /* RFC 5545 wants a to-do to start no later than it is due. */
  if (start != TRELLIS_DAY_NONE && start <= due)
    append_day (out, "DTSTART", start);
  append_day (out, "DUE", due);
  append_property (out, "SUMMARY", trellis_action_get_title (action));
  if (*description != '\0')
    append_property (out, "DESCRIPTION", description);
  trellis_ics_append_line (out, status);
  if (trellis_action_get_progress (action) > 0)
    {
      g_autofree char *percent = g_strdup_printf ("PERCENT-COMPLETE:%d",
                                                  trellis_action_get_progress (action));

      trellis_ics_append_line (out, percent);
    }
  trellis_ics_append_line (out, "END:VTODO");
}

static void
append_items (GString        *out,
              TrellisProject *project,
              const char     *stamp)
{
  GListModel *milestones = trellis_project_get_items (project, TRELLIS_TYPE_MILESTONE);
  GListModel *actions = trellis_project_get_items (project, TRELLIS_TYPE_ACTION);

  for (guint i = 0; i < g_list_model_get_n_items (milestones); i++)
    {
      g_autoptr(TrellisMilestone) milestone = g_list_model_get_item (milestones, i);

      if (trellis_milestone_get_date (milestone) != TRELLIS_DAY_NONE)
        append_milestone (out, milestone, stamp);
    }
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(TrellisAction) action = g_list_model_get_item (actions, i);

      if (trellis_action_get_due (action) != TRELLIS_DAY_NONE)
        append_action (out, action, stamp);
    }
}

/**
 * trellis_ics_to_string:
 * @stamp: (nullable): the time of writing, for DTSTAMP; %NULL for now
 *
 * Returns: (transfer full): the project's milestones and due actions as
 *   an iCalendar object
 */
char *
trellis_ics_to_string (TrellisProject *project,
                       GDateTime      *stamp)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) utc = g_date_time_to_utc (stamp != NULL ? stamp : now);
  g_autofree char *dtstamp = g_date_time_format (utc, "DTSTAMP:%Y%m%dT%H%M%SZ");
  GString *out;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);

  out = g_string_new (NULL);
  trellis_ics_append_line (out, "BEGIN:VCALENDAR");
  trellis_ics_append_line (out, "VERSION:2.0");
  trellis_ics_append_line (out, "PRODID:-//Trellis//Trellis " PACKAGE_VERSION "//EN");
  trellis_ics_append_line (out, "CALSCALE:GREGORIAN");
  trellis_ics_append_line (out, "METHOD:PUBLISH");
  append_property (out, "X-WR-CALNAME", trellis_project_get_name (project));
  append_items (out, project, dtstamp);
  trellis_ics_append_line (out, "END:VCALENDAR");
  return g_string_free (out, FALSE);
}

/**
 * trellis_ics_write_file:
 *
 * Writes trellis_ics_to_string() to @file, replacing it at once.
 *
 * Returns: %FALSE with @error set if it could not be written
 */
gboolean
trellis_ics_write_file (TrellisProject  *project,
                        GFile           *file,
                        GError         **error)
{
  g_autofree char *text = trellis_ics_to_string (project, NULL);
  gsize length = strlen (text);
  g_autoptr(GBytes) bytes = g_bytes_new_take (g_steal_pointer (&text), length);

  return trellis_write_file_atomically (file, bytes, FALSE, error);
}
