/* trellis-review-log.c: periodic reviews of the plan, and what changed since
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A review records when the steering group looked at the plan and who
 * did.  To tell later what changed since, each review keeps a compact
 * fingerprint of the plan as it stood: its "fingerprints" field holds a
 * first line "plan-fingerprints 1" (the format's version; it also tells an
 * empty plan from no fingerprint), then one line per action and milestone,
 *
 *     action <uuid> <hash> <title>
 *
 * where <hash> is the first 16 hex digits of the SHA-256 of the item's
 * fields as the file writes them ("name=value" lines, defaults left out,
 * so a field added in a later version does not make every item look
 * changed).  The title, with line breaks turned to spaces, is only there
 * to name an item that has been removed since.  Comparing the plan with
 * these lines gives the items added, changed and removed; a change undone
 * again is no change.  Reviews from files written before this (no
 * fingerprints) load as they are; changes are known from the next one on.
 */

#define G_LOG_DOMAIN "trellis-review-log"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "trellis.h"
#include "trellis-field-value.h"
#include "trellis-item-private.h"
#include "trellis-review-log.h"

#define HASH_LENGTH 16
#define FINGERPRINTS_HEADER "plan-fingerprints 1"

/* The kinds of items a review keeps track of, in the order listed. */
static GType
tracked_type (guint index)
{
  switch (index)
    {
    case 0:
      return TRELLIS_TYPE_ACTION;
    case 1:
      return TRELLIS_TYPE_MILESTONE;
    default:
      return G_TYPE_INVALID;
    }
}

static GType
type_for_element (const char *element)
{
  for (guint t = 0; tracked_type (t) != G_TYPE_INVALID; t++)
    {
      TrellisItemClass *klass = g_type_class_peek (tracked_type (t));

      if (klass != NULL && g_strcmp0 (trellis_item_class_get_element_name (klass), element) == 0)
        return tracked_type (t);
    }
  return G_TYPE_INVALID;
}

static char *
hash_item (TrellisItem *item)
{
  TrellisItemClass *klass = TRELLIS_ITEM_GET_CLASS (item);
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);

  for (guint i = 0; i < trellis_item_class_get_n_fields (klass); i++)
    {
      const TrellisField *field = trellis_item_class_get_field (klass, i);
      const GValue *value = _trellis_item_get_slot (item, i);
      g_autofree char *text = value != NULL ? _trellis_field_to_string (field, value) : NULL;

      if (text == NULL)
        continue;
      g_checksum_update (checksum, (const guchar *) field->pspec->name, -1);
      g_checksum_update (checksum, (const guchar *) "=", 1);
      g_checksum_update (checksum, (const guchar *) text, -1);
      g_checksum_update (checksum, (const guchar *) "\n", 1);
    }

  return g_strndup (g_checksum_get_string (checksum), HASH_LENGTH);
}

static char *
one_line_title (TrellisItem *item)
{
  char *title = trellis_item_dup_label (item);

  for (char *p = title; p != NULL && *p != '\0'; p++)
    if (*p == '\n' || *p == '\r' || *p == '\t')
      *p = ' ';
  return title;
}

/**
 * trellis_review_log_fingerprint:
 *
 * Returns: (transfer full): the fingerprint of the plan as it stands, the
 *   text a review recorded now keeps (see the top of this file)
 */
char *
trellis_review_log_fingerprint (TrellisProject *project)
{
  GString *text = g_string_new (FINGERPRINTS_HEADER "\n");

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);

  for (guint t = 0; tracked_type (t) != G_TYPE_INVALID; t++)
    {
      GListModel *items = trellis_project_get_items (project, tracked_type (t));

      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(TrellisItem) item = g_list_model_get_item (items, i);
          g_autofree char *hash = hash_item (item);
          g_autofree char *title = one_line_title (item);

          g_string_append_printf (text, "%s %s %s %s\n",
                                  trellis_item_class_get_element_name (TRELLIS_ITEM_GET_CLASS (item)),
                                  trellis_item_get_uuid (item), hash, title);
        }
    }

  return g_string_free (text, FALSE);
}

/**
 * trellis_project_record_review:
 * @date: (nullable): the review's date (YYYY-MM-DD), %NULL for today
 *   (trellis_date_today())
 * @reviewer: (nullable): who reviewed
 * @note: (nullable): what was decided
 *
 * Adds a review of the plan as it stands now, as one undo step.
 *
 * Returns: (transfer none): the review, owned by @project
 */
TrellisReview *
trellis_project_record_review (TrellisProject *project,
                               const char     *date,
                               const char     *reviewer,
                               const char     *note)
{
  TrellisHistory *history;
  g_autoptr(TrellisReview) review = NULL;
  g_autofree char *fingerprints = NULL;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);

  fingerprints = trellis_review_log_fingerprint (project);
  review = trellis_review_new (date != NULL && date[0] != '\0' ? trellis_date_parse (date) : trellis_date_today ());
  trellis_review_set_reviewer (review, reviewer != NULL && reviewer[0] != '\0' ? reviewer : NULL);
  trellis_review_set_note (review, note != NULL && note[0] != '\0' ? note : NULL);
  trellis_review_set_fingerprints (review, fingerprints);

  history = trellis_project_get_history (project);
  /* translators: an undo step */
  trellis_history_begin_group (history, _("Record Review"));
  trellis_project_add_item (project, review);
  trellis_history_end_group (history);
  return review;
}

/**
 * trellis_project_get_last_review:
 *
 * Returns: (transfer none) (nullable): the review with the latest date (of
 *   two on one day, the later in the file), %NULL if there is none
 */
TrellisReview *
trellis_project_get_last_review (TrellisProject *project)
{
  GListModel *reviews;
  TrellisReview *last = NULL;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);

  reviews = trellis_project_get_items (project, TRELLIS_TYPE_REVIEW);
  for (guint i = 0; i < g_list_model_get_n_items (reviews); i++)
    {
      g_autoptr(TrellisReview) review = g_list_model_get_item (reviews, i);

      if (last == NULL || trellis_review_get_date (review) >= trellis_review_get_date (last))
        last = review;
    }

  return last;
}

/**
 * trellis_review_has_fingerprints:
 *
 * Returns: whether @review knows the plan as it stood, so that what
 *   changed since can be listed (reviews from older files do not)
 */
gboolean
trellis_review_has_fingerprints (TrellisReview *review)
{
  const char *text;

  g_return_val_if_fail (TRELLIS_IS_REVIEW (review), FALSE);

  text = trellis_review_get_fingerprints (review);
  return text != NULL && text[0] != '\0';
}

typedef struct
{
  GType  type;
  char  *uuid;
  char  *hash;
  char  *title;
} Entry;

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  g_free (entry->uuid);
  g_free (entry->hash);
  g_free (entry->title);
  g_free (entry);
}

/* Reads the lines back; lines it does not understand are skipped. */
static GPtrArray *
parse_fingerprints (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text != NULL ? text : "", "\n", -1);
  GPtrArray *entries = g_ptr_array_new_with_free_func (entry_free);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (g_strstrip (lines[i]), " ", 4);
      Entry *entry;

      if (g_strv_length (parts) < 3 || type_for_element (parts[0]) == G_TYPE_INVALID)
        continue;
      entry = g_new0 (Entry, 1);
      entry->type = type_for_element (parts[0]);
      entry->uuid = g_strdup (parts[1]);
      entry->hash = g_strdup (parts[2]);
      entry->title = g_strdup (parts[3] != NULL ? parts[3] : "");
      g_ptr_array_add (entries, entry);
    }

  return entries;
}

static void
add_change (GPtrArray               *changes,
            TrellisReviewChangeKind  kind,
            GType                    type,
            const char              *uuid,
            TrellisItem             *item,
            char                    *title)
{
  TrellisReviewChange *change = g_new0 (TrellisReviewChange, 1);

  change->kind = kind;
  change->item_type = type;
  change->uuid = g_strdup (uuid);
  change->item = item != NULL ? g_object_ref (item) : NULL;
  change->title = title;
  g_ptr_array_add (changes, change);
}

static void
review_change_free (gpointer data)
{
  TrellisReviewChange *change = data;

  g_free (change->uuid);
  g_clear_object (&change->item);
  g_free (change->title);
  g_free (change);
}

static void
list_type_changes (TrellisProject *project,
                   GType           type,
                   GPtrArray      *entries,
                   GHashTable     *by_uuid,
                   GPtrArray      *changes)
{
  GListModel *items = trellis_project_get_items (project, type);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(TrellisItem) item = g_list_model_get_item (items, i);
      Entry *entry = g_hash_table_lookup (by_uuid, trellis_item_get_uuid (item));
      g_autofree char *hash = NULL;

      if (entry == NULL || entry->type != type)
        add_change (changes, TRELLIS_REVIEW_ADDED, type, trellis_item_get_uuid (item), item,
                    trellis_item_dup_label (item));
      else if (hash = hash_item (item), !g_str_equal (hash, entry->hash))
        add_change (changes, TRELLIS_REVIEW_CHANGED, type, entry->uuid, item,
                    trellis_item_dup_label (item));
    }

  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = entries->pdata[i];
      TrellisItem *now = trellis_project_lookup (project, entry->uuid);

      if (entry->type == type && (now == NULL || G_OBJECT_TYPE (now) != type))
        add_change (changes, TRELLIS_REVIEW_REMOVED, type, entry->uuid, NULL, g_strdup (entry->title));
    }
}

/**
 * trellis_review_list_changes:
 * @review: a review of @project
 *
 * Compares the plan as it stands with the plan as it stood at @review.
 *
 * Returns: (transfer full) (element-type TrellisReviewChange): the actions,
 *   then the milestones, added or changed since (in the plan's order) and
 *   removed since (in the review's order); empty if @review has no
 *   fingerprints (see trellis_review_has_fingerprints())
 */
GPtrArray *
trellis_review_list_changes (TrellisProject *project,
                             TrellisReview  *review)
{
  GPtrArray *changes = g_ptr_array_new_with_free_func (review_change_free);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GHashTable) by_uuid = NULL;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), changes);
  g_return_val_if_fail (TRELLIS_IS_REVIEW (review), changes);

  if (!trellis_review_has_fingerprints (review))
    return changes;

  entries = parse_fingerprints (trellis_review_get_fingerprints (review));
  by_uuid = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < entries->len; i++)
    g_hash_table_insert (by_uuid, ((Entry *) entries->pdata[i])->uuid, entries->pdata[i]);
  for (guint t = 0; tracked_type (t) != G_TYPE_INVALID; t++)
    list_type_changes (project, tracked_type (t), entries, by_uuid, changes);

  return changes;
}
