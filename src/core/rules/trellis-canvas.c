/* trellis-canvas.c: the Cluster Business Canvas: notes in boxes, versions and their differences
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The notes of every box and every version live in one list; a box shows
 * its notes in that list's order.  Notes without a version are the
 * canvas as it is ("as-is"); a named, dated version (a "to-be" canvas, a
 * later revision) owns its notes, so deleting it deletes them.
 *
 * Two versions are compared box by box, by the notes' text (ignoring case
 * and surrounding spaces), as a multiset: a note written twice in one and
 * once in the other counts once as added or removed.
 */

#define G_LOG_DOMAIN "trellis-canvas"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-canvas.h"
#include "trellis-enum-labels.h"
#include "trellis-history.h"

static gboolean
in_group (TrellisItem          *note,
          TrellisCanvasVersion *version,
          TrellisCanvasBox      box)
{
  const char *ref = trellis_canvas_note_get_version_uuid (TRELLIS_CANVAS_NOTE (note));
  const char *uuid = version != NULL ? trellis_item_get_uuid (TRELLIS_ITEM (version)) : NULL;

  if (ref != NULL && ref[0] == '\0')
    ref = NULL;
  return trellis_canvas_note_get_box (TRELLIS_CANVAS_NOTE (note)) == box && g_strcmp0 (ref, uuid) == 0;
}

/**
 * trellis_canvas_list_notes:
 * @version: (nullable): a version, %NULL for the as-is canvas
 *
 * Returns: (transfer container) (element-type TrellisCanvasNote): the notes
 *   of @box in @version, in their order
 */
GPtrArray *
trellis_canvas_list_notes (TrellisProject       *project,
                           TrellisCanvasVersion *version,
                           TrellisCanvasBox      box)
{
  GListModel *notes = trellis_project_get_items (project, TRELLIS_TYPE_CANVAS_NOTE);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
    {
      g_autoptr(TrellisItem) note = g_list_model_get_item (notes, i);

      if (in_group (note, version, box))
        g_ptr_array_add (found, g_steal_pointer (&note));
    }

  return found;
}

/* The position in the whole list for the @index-th place of a box: before
 * its @index-th note, or after its last one (at the end if it has none).
 * @skip is left out of the counting (the note being moved). */
static guint
list_position (TrellisProject       *project,
               TrellisCanvasVersion *version,
               TrellisCanvasBox      box,
               guint                 index,
               TrellisItem          *skip)
{
  GListModel *notes = trellis_project_get_items (project, TRELLIS_TYPE_CANVAS_NOTE);
  guint n = g_list_model_get_n_items (notes);
  guint seen = 0, after_last = n;
  gboolean skipped = FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrellisItem) note = g_list_model_get_item (notes, i);

      if (note == skip)
        {
          skipped = TRUE;
          continue;
        }
      if (!in_group (note, version, box))
        continue;
      /* Positions count without @skip: it is removed before the insertion. */
      if (seen == index)
        return skipped ? i - 1 : i;
      seen++;
      after_last = skipped ? i : i + 1;
    }

  return skip != NULL && after_last == n ? n - 1 : after_last;
}

/**
 * trellis_canvas_add_note:
 * @version: (nullable): a version, %NULL for the as-is canvas
 * @index: its place among the notes of @box (%G_MAXUINT: last)
 *
 * Returns: (transfer none): the new note, added as one undo step
 */
TrellisCanvasNote *
trellis_canvas_add_note (TrellisProject       *project,
                         TrellisCanvasVersion *version,
                         TrellisCanvasBox      box,
                         const char           *text,
                         guint                 index)
{
  g_autoptr(TrellisCanvasNote) note = NULL;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (version == NULL || TRELLIS_IS_CANVAS_VERSION (version), NULL);
  g_return_val_if_fail (text != NULL && text[0] != '\0', NULL);

  note = trellis_canvas_note_new (box, text);
  if (version != NULL)
    trellis_canvas_note_set_version (note, version);
  trellis_project_insert_item (project, note, list_position (project, version, box, index, NULL));
  return note;
}

/**
 * trellis_canvas_add_notes:
 * @version: (nullable): a version, %NULL for the as-is canvas
 * @texts: (array zero-terminated=1): the notes' texts, such as
 *   trellis_paste_split_lines() gives; empty ones are skipped
 * @index: the place of the first among the notes of @box (%G_MAXUINT: last)
 *
 * Adds a note for each of @texts, in their order, as one undo step.
 *
 * Returns: how many notes were added
 */
guint
trellis_canvas_add_notes (TrellisProject       *project,
                          TrellisCanvasVersion *version,
                          TrellisCanvasBox      box,
                          const char * const   *texts,
                          guint                 index)
{
  TrellisHistory *history;
  guint added = 0;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), 0);
  g_return_val_if_fail (texts != NULL, 0);

  history = trellis_project_get_history (project);
  /* translators: an undo step: notes pasted into a box of the canvas */
  trellis_history_begin_group (history, _("Paste Notes"));
  for (guint i = 0; texts[i] != NULL; i++)
    if (texts[i][0] != '\0')
      {
        trellis_canvas_add_note (project, version, box, texts[i], index == G_MAXUINT ? G_MAXUINT : index + added);
        added++;
      }
  trellis_history_end_group (history);
  return added;
}

/**
 * trellis_canvas_move_note:
 * @index: its new place among the notes of @box (%G_MAXUINT: last)
 *
 * Moves @note to another place in its box or into another box of the same
 * version, as one undo step.
 */
void
trellis_canvas_move_note (TrellisProject    *project,
                          TrellisCanvasNote *note,
                          TrellisCanvasBox   box,
                          guint              index)
{
  TrellisHistory *history;
  TrellisCanvasVersion *version;
  guint position;

  g_return_if_fail (TRELLIS_IS_PROJECT (project));
  g_return_if_fail (TRELLIS_IS_CANVAS_NOTE (note));

  version = trellis_canvas_note_get_version (note);
  position = list_position (project, version, box, index, TRELLIS_ITEM (note));

  history = trellis_project_get_history (project);
  /* translators: an undo step */
  trellis_history_begin_group (history, _("Move Note"));
  trellis_canvas_note_set_box (note, box);
  trellis_project_move_item (project, note, position);
  trellis_history_end_group (history);
}

/**
 * trellis_canvas_add_version:
 * @date: (nullable): its ISO 8601 date
 * @copy_notes: whether the new version starts with the notes of @copy_of
 * @copy_of: (nullable): the version to copy, %NULL for the as-is canvas
 *
 * Returns: (transfer none): the new version, added as one undo step
 */
TrellisCanvasVersion *
trellis_canvas_add_version (TrellisProject       *project,
                            const char           *name,
                            const char           *date,
                            gboolean              copy_notes,
                            TrellisCanvasVersion *copy_of)
{
  g_autoptr(TrellisCanvasVersion) version = NULL;
  TrellisHistory *history;
  g_autofree char *label = NULL;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (name != NULL && name[0] != '\0', NULL);

  version = trellis_canvas_version_new (name);
  trellis_canvas_version_set_date (version, trellis_date_parse (date));

  history = trellis_project_get_history (project);
  /* translators: an undo step; %s is a canvas version's name */
  label = g_strdup_printf (_("Add Canvas Version “%s”"), name);
  trellis_history_begin_group (history, label);
  trellis_project_add_item (project, version);
  if (copy_notes)
    {
      for (guint b = 0; b < trellis_enum_n_values (TRELLIS_TYPE_CANVAS_BOX); b++)
        {
          g_autoptr(GPtrArray) notes = trellis_canvas_list_notes (project, copy_of, b);

          for (guint i = 0; i < notes->len; i++)
            {
              TrellisCanvasNote *note = notes->pdata[i];
              TrellisCanvasNote *copy = trellis_canvas_add_note (project, version, b,
                                                                 trellis_canvas_note_get_text (note),
                                                                 G_MAXUINT);

              trellis_canvas_note_set_color (copy, trellis_canvas_note_get_color (note));
            }
        }
    }
  trellis_history_end_group (history);
  return version;
}

static void
canvas_change_free (gpointer data)
{
  TrellisCanvasChange *change = data;

  g_free (change->text);
  g_free (change);
}

static char *
comparable_text (TrellisItem *note)
{
  g_autofree char *stripped = g_strstrip (g_strdup (trellis_canvas_note_get_text (TRELLIS_CANVAS_NOTE (note))));

  return g_utf8_casefold (stripped, -1);
}

/* Adds to @changes the notes of @notes that @others has fewer of. */
static void
add_unmatched (GPtrArray        *changes,
               GPtrArray        *notes,
               GPtrArray        *others,
               TrellisCanvasBox  box,
               gboolean          added)
{
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < others->len; i++)
    {
      char *key = comparable_text (others->pdata[i]);
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, key));

      g_hash_table_insert (counts, key, GUINT_TO_POINTER (count + 1));
    }

  for (guint i = 0; i < notes->len; i++)
    {
      g_autofree char *key = comparable_text (notes->pdata[i]);
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, key));

      if (count > 0)
        g_hash_table_insert (counts, g_steal_pointer (&key), GUINT_TO_POINTER (count - 1));
      else
        {
          TrellisCanvasChange *change = g_new0 (TrellisCanvasChange, 1);

          change->box = box;
          change->text = g_strdup (trellis_canvas_note_get_text (notes->pdata[i]));
          change->added = added;
          g_ptr_array_add (changes, change);
        }
    }
}

/**
 * trellis_canvas_diff:
 * @from: (nullable): the earlier version, %NULL for the as-is canvas
 * @to: (nullable): the later version, %NULL for the as-is canvas
 *
 * Returns: (transfer full) (element-type TrellisCanvasChange): what @to
 *   adds to and removes from @from, box by box in the canvas's order;
 *   within a box the removed notes first, each in its version's order
 */
GPtrArray *
trellis_canvas_diff (TrellisProject       *project,
                     TrellisCanvasVersion *from,
                     TrellisCanvasVersion *to)
{
  GPtrArray *changes = g_ptr_array_new_with_free_func (canvas_change_free);

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), changes);

  for (guint b = 0; b < trellis_enum_n_values (TRELLIS_TYPE_CANVAS_BOX); b++)
    {
      g_autoptr(GPtrArray) before = trellis_canvas_list_notes (project, from, b);
      g_autoptr(GPtrArray) after = trellis_canvas_list_notes (project, to, b);

      add_unmatched (changes, before, after, b, FALSE);
      add_unmatched (changes, after, before, b, TRUE);
    }

  return changes;
}

/* The usual poster: five columns over a band of challenges, with costs and
 * revenues at the bottom.  Columns, left to right: partners; activities
 * over resources; value propositions; pain points over relationships;
 * segments. */
static const TrellisCanvasRect box_rects[] = {
  [TRELLIS_BOX_KEY_PARTNERS]         = { 0.0, 0.0,  0.2, 0.6 },
  [TRELLIS_BOX_KEY_ACTIVITIES]       = { 0.2, 0.0,  0.2, 0.3 },
  [TRELLIS_BOX_KEY_RESOURCES]        = { 0.2, 0.3,  0.2, 0.3 },
  [TRELLIS_BOX_VALUE_PROPOSITIONS]   = { 0.4, 0.0,  0.2, 0.6 },
  [TRELLIS_BOX_MEMBER_PAIN_POINTS]   = { 0.6, 0.0,  0.2, 0.3 },
  [TRELLIS_BOX_MEMBER_RELATIONSHIPS] = { 0.6, 0.3,  0.2, 0.3 },
  [TRELLIS_BOX_MEMBER_SEGMENTS]      = { 0.8, 0.0,  0.2, 0.6 },
  [TRELLIS_BOX_KEY_CHALLENGES]       = { 0.0, 0.6,  1.0, 0.16 },
  [TRELLIS_BOX_COST_STRUCTURE]       = { 0.0, 0.76, 0.5, 0.24 },
  [TRELLIS_BOX_REVENUE_STREAMS]      = { 0.5, 0.76, 0.5, 0.24 },
};

/**
 * trellis_canvas_box_get_rect:
 * @rect: (out): where @box sits, as fractions of the poster below its header
 */
void
trellis_canvas_box_get_rect (TrellisCanvasBox   box,
                             TrellisCanvasRect *rect)
{
  g_return_if_fail ((guint) box < G_N_ELEMENTS (box_rects));

  *rect = box_rects[box];
}

/* Prompts written for Trellis from the guiding questions of the method. */
static const char *box_prompts[][4] = {
  [TRELLIS_BOX_KEY_PARTNERS] = {
    N_("Which partners do we rely on, and what do they do for the cluster?"),
    N_("Which resources come from partners?"), NULL },
  [TRELLIS_BOX_KEY_ACTIVITIES] = {
    N_("Which activities do our value propositions depend on?"),
    N_("Which services will we offer the cluster’s actors?"), NULL },
  [TRELLIS_BOX_KEY_RESOURCES] = {
    N_("Which resources do our value propositions need?"),
    N_("How can the cluster provide them?"), NULL },
  [TRELLIS_BOX_VALUE_PROPOSITIONS] = {
    N_("What do members gain from the cluster?"),
    N_("Which results do members hope to see?"), NULL },
  [TRELLIS_BOX_MEMBER_RELATIONSHIPS] = {
    N_("What relationship do actors expect with us, and with each other?"),
    N_("How do actors take part in cluster activities?"), NULL },
  [TRELLIS_BOX_MEMBER_SEGMENTS] = {
    N_("Which kinds of actors does the cluster have?"),
    N_("How can they be grouped: by size, needs, readiness for the market?"), NULL },
  [TRELLIS_BOX_MEMBER_PAIN_POINTS] = {
    N_("What are the members’ biggest problems?"),
    N_("Which jobs do members need done?"), NULL },
  [TRELLIS_BOX_KEY_CHALLENGES] = {
    N_("What will challenge the cluster organisation in the next three years?"),
    N_("And what will challenge its actors?"), NULL },
  [TRELLIS_BOX_COST_STRUCTURE] = {
    N_("Which costs matter most to the cluster organisation?"),
    N_("Which resources and activities cost the most?"), NULL },
  [TRELLIS_BOX_REVENUE_STREAMS] = {
    N_("Which services would actors pay for?"),
    N_("How can actors or others contribute?"),
    N_("Which other funding is there, such as public support?"), NULL },
};

/**
 * trellis_canvas_box_get_prompts:
 *
 * Returns: (transfer none) (array zero-terminated=1): the guiding prompts
 *   of @box, untranslated: pass each through gettext
 */
const char * const *
trellis_canvas_box_get_prompts (TrellisCanvasBox box)
{
  g_return_val_if_fail ((guint) box < G_N_ELEMENTS (box_prompts), NULL);

  return box_prompts[box];
}

/* Note colours: light enough for dark text, in the poster and the app. */
static const struct
{
  const char *name;
  double      rgb[3];
} note_colors[] = {
  { "yellow", { 0.992, 0.933, 0.620 } },
  { "green",  { 0.769, 0.918, 0.706 } },
  { "blue",   { 0.733, 0.851, 0.969 } },
  { "pink",   { 0.973, 0.792, 0.851 } },
  { "orange", { 0.996, 0.843, 0.651 } },
  { "purple", { 0.863, 0.808, 0.957 } },
};

/**
 * trellis_canvas_list_colors:
 *
 * Returns: (transfer none): the names of the note colours, the default first
 */
const char * const *
trellis_canvas_list_colors (void)
{
  static const char *names[G_N_ELEMENTS (note_colors) + 1];

  if (names[0] == NULL)
    for (guint i = 0; i < G_N_ELEMENTS (note_colors); i++)
      names[i] = note_colors[i].name;
  return names;
}

/**
 * trellis_canvas_color_parse:
 * @color: (nullable): a note's colour ("green"), %NULL for the default
 *
 * Gives the colour of a note; an unknown name (a newer Trellis) is drawn
 * in the default colour.
 *
 * Returns: %FALSE if @color is not a known name
 */
gboolean
trellis_canvas_color_parse (const char *color,
                            double     *red,
                            double     *green,
                            double     *blue)
{
  guint found = 0;

  for (guint i = 0; color != NULL && i < G_N_ELEMENTS (note_colors); i++)
    if (g_str_equal (color, note_colors[i].name))
      found = i;

  *red = note_colors[found].rgb[0];
  *green = note_colors[found].rgb[1];
  *blue = note_colors[found].rgb[2];
  return color == NULL || found > 0 || g_strcmp0 (color, note_colors[0].name) == 0;
}

/**
 * trellis_canvas_list_added:
 * @from: (nullable): the earlier version, %NULL for the as-is canvas
 * @to: (nullable): the later version, %NULL for the as-is canvas
 *
 * The notes behind the "added" changes of trellis_canvas_diff() in @box,
 * so that a view can mark them: of notes with the same text, the first
 * ones are matched with @from and the later ones are new.
 *
 * Returns: (transfer container) (element-type TrellisCanvasNote): the
 *   notes of @box in @to that @from does not have, in their order
 */
GPtrArray *
trellis_canvas_list_added (TrellisProject       *project,
                           TrellisCanvasVersion *from,
                           TrellisCanvasVersion *to,
                           TrellisCanvasBox      box)
{
  g_autoptr(GPtrArray) before = trellis_canvas_list_notes (project, from, box);
  g_autoptr(GPtrArray) after = trellis_canvas_list_notes (project, to, box);
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *added = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < before->len; i++)
    {
      char *key = comparable_text (before->pdata[i]);
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, key));

      g_hash_table_insert (counts, key, GUINT_TO_POINTER (count + 1));
    }

  for (guint i = 0; i < after->len; i++)
    {
      g_autofree char *key = comparable_text (after->pdata[i]);
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, key));

      if (count > 0)
        g_hash_table_insert (counts, g_steal_pointer (&key), GUINT_TO_POINTER (count - 1));
      else
        g_ptr_array_add (added, g_object_ref (after->pdata[i]));
    }

  return added;
}

/**
 * trellis_canvas_date_is_valid:
 *
 * Returns: whether @date is an ISO 8601 day ("2026-10-15"), as a
 *   version's date must be
 */
gboolean
trellis_canvas_date_is_valid (const char *date)
{
  return trellis_date_parse (date) != TRELLIS_DAY_NONE;
}
