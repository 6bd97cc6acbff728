/* trellis-stakeholder-filter.c: searching, sorting and editing the stakeholder register
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules of the register live here, so the application, the command
 * line and the tests share them: which stakeholders a search and the
 * restrictions let through (case and accents do not matter: “muller”
 * finds “Müller” and “ecole” finds “École”),
 * the order of each column, what a new stakeholder starts with, and what
 * to tell people before they delete one that others refer to.
 */

#define G_LOG_DOMAIN "trellis-stakeholder-filter"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-enum-types.h"
#include "trellis-action.h"
#include "trellis-stakeholder-filter.h"

/* The fields a filter can restrict: enumerations and booleans, known to
 * callers by their names. */
typedef enum
{
  CHOICE_HELIX,
  CHOICE_ATTITUDE,
  CHOICE_INFLUENCE,
  CHOICE_INTEREST,
  CHOICE_ROLE,
  CHOICE_CHAMPION,
  CHOICE_INTERNAL,
  CHOICE_COMMITTED,
} Choice;

static const guint restrictable[] = {
  [CHOICE_HELIX] = TRELLIS_STAKEHOLDER_FIELD_HELIX,
  [CHOICE_ATTITUDE] = TRELLIS_STAKEHOLDER_FIELD_ATTITUDE,
  [CHOICE_INFLUENCE] = TRELLIS_STAKEHOLDER_FIELD_INFLUENCE,
  [CHOICE_INTEREST] = TRELLIS_STAKEHOLDER_FIELD_INTEREST,
  [CHOICE_ROLE] = TRELLIS_STAKEHOLDER_FIELD_ROLE,
  [CHOICE_CHAMPION] = TRELLIS_STAKEHOLDER_FIELD_CHAMPION,
  [CHOICE_INTERNAL] = TRELLIS_STAKEHOLDER_FIELD_INTERNAL,
  [CHOICE_COMMITTED] = TRELLIS_STAKEHOLDER_FIELD_COMMITTED,
};

/* The free-text fields a search looks through and a column sorts by. */
typedef enum
{
  TEXT_NAME,
  TEXT_ORGANISATION,
  TEXT_DESCRIPTION,
  TEXT_MEASURE,
  TEXT_CONTACT,
} Text;

static const guint searchable[] = {
  [TEXT_NAME] = TRELLIS_STAKEHOLDER_FIELD_NAME,
  [TEXT_ORGANISATION] = TRELLIS_STAKEHOLDER_FIELD_ORGANISATION,
  [TEXT_DESCRIPTION] = TRELLIS_STAKEHOLDER_FIELD_DESCRIPTION,
  [TEXT_MEASURE] = TRELLIS_STAKEHOLDER_FIELD_MEASURE,
  [TEXT_CONTACT] = TRELLIS_STAKEHOLDER_FIELD_CONTACT,
};

struct _TrellisStakeholderFilter
{
  char  *search;
  GStrv  words;                                 /* folded, never NULL */
  int    restrictions[G_N_ELEMENTS (restrictable)];   /* -1: any value */
};

G_DEFINE_BOXED_TYPE (TrellisStakeholderFilter, trellis_stakeholder_filter,
                     trellis_stakeholder_filter_copy, trellis_stakeholder_filter_free)

/**
 * trellis_stakeholder_filter_fold:
 * @text: (nullable): a text
 *
 * Returns: (transfer full): @text without case and accents, for comparing
 *   what people type with what is stored
 */
char *
trellis_stakeholder_filter_fold (const char *text)
{
  g_autofree char *decomposed = NULL;
  g_autofree char *folded = NULL;
  GString *bare;

  if (text == NULL)
    return g_strdup ("");

  folded = g_utf8_casefold (text, -1);
  decomposed = g_utf8_normalize (folded, -1, G_NORMALIZE_ALL);
  if (decomposed == NULL)   /* not valid UTF-8 */
    return g_strdup (folded);

  bare = g_string_sized_new (strlen (decomposed));
  for (const char *c = decomposed; *c != '\0'; c = g_utf8_next_char (c))
    {
      gunichar ch = g_utf8_get_char (c);

      if (!g_unichar_ismark (ch))
        g_string_append_unichar (bare, ch);
    }

  return g_string_free (bare, FALSE);
}

/**
 * trellis_stakeholder_filter_split_words:
 * @text: (nullable): what was typed into a search entry
 *
 * Returns: (transfer full): the folded words of @text (see
 *   trellis_stakeholder_filter_fold()), without empty ones; never %NULL
 */
GStrv
trellis_stakeholder_filter_split_words (const char *text)
{
  g_autofree char *folded = trellis_stakeholder_filter_fold (text);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) words = g_strsplit_set (folded, " \t\n", -1);

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_strv_builder_add (builder, words[i]);
  return g_strv_builder_end (builder);
}

static int
field_index (const guint *fields,
             guint        n_fields,
             guint        field)
{
  for (guint i = 0; i < n_fields; i++)
    if (fields[i] == field)
      return i;

  return -1;
}

static int
restriction_index (guint field)
{
  return field_index (restrictable, G_N_ELEMENTS (restrictable), field);
}

static int
text_index (guint field)
{
  return field_index (searchable, G_N_ELEMENTS (searchable), field);
}

/* A choice of @stakeholder as a number: an enumeration's value, 0 or 1 for a flag. */
static int
choice_get (TrellisStakeholder *stakeholder,
            Choice              choice)
{
  switch (choice)
    {
    case CHOICE_HELIX:     return trellis_stakeholder_get_helix (stakeholder);
    case CHOICE_ATTITUDE:  return trellis_stakeholder_get_attitude (stakeholder);
    case CHOICE_INFLUENCE: return trellis_stakeholder_get_influence (stakeholder);
    case CHOICE_INTEREST:  return trellis_stakeholder_get_interest (stakeholder);
    case CHOICE_ROLE:      return trellis_stakeholder_get_role (stakeholder);
    case CHOICE_CHAMPION:  return trellis_stakeholder_get_champion (stakeholder);
    case CHOICE_INTERNAL:  return trellis_stakeholder_get_internal (stakeholder) ? 1 : 0;
    case CHOICE_COMMITTED: return trellis_stakeholder_get_committed (stakeholder) ? 1 : 0;
    default:               g_return_val_if_reached (-1);
    }
}

static void
choice_set (TrellisStakeholder *stakeholder,
            Choice              choice,
            int                 value)
{
  switch (choice)
    {
    case CHOICE_HELIX:     trellis_stakeholder_set_helix (stakeholder, value); break;
    case CHOICE_ATTITUDE:  trellis_stakeholder_set_attitude (stakeholder, value); break;
    case CHOICE_INFLUENCE: trellis_stakeholder_set_influence (stakeholder, value); break;
    case CHOICE_INTEREST:  trellis_stakeholder_set_interest (stakeholder, value); break;
    case CHOICE_ROLE:      trellis_stakeholder_set_role (stakeholder, value); break;
    case CHOICE_CHAMPION:  trellis_stakeholder_set_champion (stakeholder, value); break;
    case CHOICE_INTERNAL:  trellis_stakeholder_set_internal (stakeholder, value != 0); break;
    case CHOICE_COMMITTED: trellis_stakeholder_set_committed (stakeholder, value != 0); break;
    default:               g_return_if_reached ();
    }
}

static const char *
text_get (TrellisStakeholder *stakeholder,
          Text                text)
{
  switch (text)
    {
    case TEXT_NAME:         return trellis_stakeholder_get_name (stakeholder);
    case TEXT_ORGANISATION: return trellis_stakeholder_get_organisation (stakeholder);
    case TEXT_DESCRIPTION:  return trellis_stakeholder_get_description (stakeholder);
    case TEXT_MEASURE:      return trellis_stakeholder_get_measure (stakeholder);
    case TEXT_CONTACT:      return trellis_stakeholder_get_contact (stakeholder);
    default:                g_return_val_if_reached (NULL);
    }
}

/**
 * trellis_stakeholder_filter_new:
 *
 * Returns: (transfer full): a filter that lets every stakeholder through
 */
TrellisStakeholderFilter *
trellis_stakeholder_filter_new (void)
{
  TrellisStakeholderFilter *self = g_new0 (TrellisStakeholderFilter, 1);

  self->words = g_new0 (char *, 1);
  for (guint i = 0; i < G_N_ELEMENTS (restrictable); i++)
    self->restrictions[i] = -1;
  return self;
}

/**
 * trellis_stakeholder_filter_copy:
 *
 * Returns: (transfer full): a filter with the same search and restrictions
 */
TrellisStakeholderFilter *
trellis_stakeholder_filter_copy (const TrellisStakeholderFilter *self)
{
  TrellisStakeholderFilter *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = trellis_stakeholder_filter_new ();
  trellis_stakeholder_filter_set_search (copy, self->search);
  memcpy (copy->restrictions, self->restrictions, sizeof self->restrictions);
  return copy;
}

/**
 * trellis_stakeholder_filter_free:
 * @self: (nullable): a filter
 *
 * Frees @self; %NULL is ignored.
 */
void
trellis_stakeholder_filter_free (TrellisStakeholderFilter *self)
{
  if (self == NULL)
    return;

  g_free (self->search);
  g_strfreev (self->words);
  g_free (self);
}

/**
 * trellis_stakeholder_filter_set_search:
 * @text: (nullable): words that must all occur in a stakeholder's texts
 */
void
trellis_stakeholder_filter_set_search (TrellisStakeholderFilter *self,
                                       const char               *text)
{
  g_return_if_fail (self != NULL);

  g_free (self->search);
  self->search = g_strdup (text);
  g_strfreev (self->words);
  self->words = trellis_stakeholder_filter_split_words (text);
}

/**
 * trellis_stakeholder_filter_get_search:
 *
 * Returns: (nullable): the search text as it was typed, %NULL if none
 */
const char *
trellis_stakeholder_filter_get_search (const TrellisStakeholderFilter *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->search;
}

/**
 * trellis_stakeholder_filter_set_restriction:
 * @field: an enumeration or boolean field: %TRELLIS_STAKEHOLDER_FIELD_HELIX,
 *   _ATTITUDE, _INFLUENCE, _INTEREST, _ROLE, _CHAMPION, _INTERNAL or _COMMITTED
 * @value: the value stakeholders must have (0 or 1 for booleans), -1 for any
 */
void
trellis_stakeholder_filter_set_restriction (TrellisStakeholderFilter *self,
                                            guint                     field,
                                            int                       value)
{
  int index = restriction_index (field);

  g_return_if_fail (self != NULL);
  g_return_if_fail (index >= 0);
  g_return_if_fail (value >= -1);

  self->restrictions[index] = value;
}

/**
 * trellis_stakeholder_filter_get_restriction:
 * @field: one of the fields trellis_stakeholder_filter_set_restriction()
 *   accepts
 *
 * Returns: the value stakeholders must have in @field, -1 for any
 */
int
trellis_stakeholder_filter_get_restriction (const TrellisStakeholderFilter *self,
                                            guint                           field)
{
  int index = restriction_index (field);

  g_return_val_if_fail (self != NULL, -1);
  g_return_val_if_fail (index >= 0, -1);

  return self->restrictions[index];
}

/**
 * trellis_stakeholder_filter_is_restricted:
 *
 * Returns: whether any restriction is set; the search does not count
 */
gboolean
trellis_stakeholder_filter_is_restricted (const TrellisStakeholderFilter *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (restrictable); i++)
    if (self->restrictions[i] >= 0)
      return TRUE;

  return FALSE;
}

/**
 * trellis_stakeholder_filter_is_empty:
 *
 * Returns: whether the filter lets every stakeholder through: no search
 *   words and no restriction
 */
gboolean
trellis_stakeholder_filter_is_empty (const TrellisStakeholderFilter *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  return self->words[0] == NULL && !trellis_stakeholder_filter_is_restricted (self);
}

/**
 * trellis_stakeholder_filter_clear:
 *
 * Removes the search and every restriction.
 */
void
trellis_stakeholder_filter_clear (TrellisStakeholderFilter *self)
{
  g_return_if_fail (self != NULL);

  trellis_stakeholder_filter_set_search (self, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (restrictable); i++)
    self->restrictions[i] = -1;
}

static gboolean
matches_search (const TrellisStakeholderFilter *self,
                TrellisStakeholder             *stakeholder)
{
  g_autoptr(GString) haystack = g_string_new (NULL);

  if (self->words[0] == NULL)
    return TRUE;

  /* One line per field, so a word never spans two of them. */
  for (guint i = 0; i < G_N_ELEMENTS (searchable); i++)
    {
      g_autofree char *folded =
        trellis_stakeholder_filter_fold (text_get (stakeholder, i));

      g_string_append (haystack, folded);
      g_string_append_c (haystack, '\n');
    }

  for (guint i = 0; self->words[i] != NULL; i++)
    if (strstr (haystack->str, self->words[i]) == NULL)
      return FALSE;

  return TRUE;
}

/**
 * trellis_stakeholder_filter_matches:
 *
 * Returns: whether @stakeholder has every restricted value and every
 *   search word occurs (without regard to case and accents) in its name,
 *   organisation, description, measure or contact
 */
gboolean
trellis_stakeholder_filter_matches (const TrellisStakeholderFilter *self,
                                    TrellisStakeholder             *stakeholder)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (TRELLIS_IS_STAKEHOLDER (stakeholder), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (restrictable); i++)
    if (self->restrictions[i] >= 0 && choice_get (stakeholder, i) != self->restrictions[i])
      return FALSE;

  return matches_search (self, stakeholder);
}

/* Supporters first, critics last; other enumerations in their own order. */
static int
choice_rank (Choice choice,
             int    value)
{
  static const int attitude_rank[] = {
    [TRELLIS_ATTITUDE_POSITIVE] = 0, [TRELLIS_ATTITUDE_NEUTRAL] = 1, [TRELLIS_ATTITUDE_CRITICAL] = 2,
  };

  if (choice == CHOICE_ATTITUDE && value >= 0 && value < (int) G_N_ELEMENTS (attitude_rank))
    return attitude_rank[value];
  return value;
}

static int
compare_strings (const char *a,
                 const char *b)
{
  g_autofree char *fa = NULL;
  g_autofree char *fb = NULL;

  /* Empty cells go last, whatever the direction people would expect. */
  if (a == NULL || *a == '\0' || b == NULL || *b == '\0')
    return (a == NULL || *a == '\0') - (b == NULL || *b == '\0');

  fa = trellis_stakeholder_filter_fold (a);
  fb = trellis_stakeholder_filter_fold (b);
  return g_utf8_collate (fa, fb);
}

/**
 * trellis_stakeholder_compare:
 * @field: a field of the stakeholders (%TRELLIS_STAKEHOLDER_FIELD_NAME …)
 *
 * The order of a register column: texts alphabetically without regard to
 * case and accents, attitudes from positive to critical, levels from low
 * to high, “no” before “yes”.
 *
 * Returns: a negative number if @a comes first, 0 if they are level
 */
int
trellis_stakeholder_compare (TrellisStakeholder *a,
                             TrellisStakeholder *b,
                             guint               field)
{
  int text = text_index (field);
  int choice = restriction_index (field);

  g_return_val_if_fail (TRELLIS_IS_STAKEHOLDER (a), 0);
  g_return_val_if_fail (TRELLIS_IS_STAKEHOLDER (b), 0);

  if (text >= 0)
    return compare_strings (text_get (a, text), text_get (b, text));
  if (choice >= 0)
    return choice_rank (choice, choice_get (a, choice)) - choice_rank (choice, choice_get (b, choice));

  g_return_val_if_reached (0);
}

/**
 * trellis_stakeholder_needs_attention:
 *
 * Returns: whether @stakeholder is critical of the initiative and highly
 *   influential: the actors a cluster must not underestimate
 */
gboolean
trellis_stakeholder_needs_attention (TrellisStakeholder *stakeholder)
{
  g_return_val_if_fail (TRELLIS_IS_STAKEHOLDER (stakeholder), FALSE);

  return trellis_stakeholder_get_attitude (stakeholder) == TRELLIS_ATTITUDE_CRITICAL &&
         trellis_stakeholder_get_influence (stakeholder) == TRELLIS_LEVEL_HIGH;
}

static gboolean
name_taken (TrellisProject *project,
            const char     *name)
{
  GListModel *model = trellis_project_get_items (project, TRELLIS_TYPE_STAKEHOLDER);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(TrellisStakeholder) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (trellis_stakeholder_get_name (item), name) == 0)
        return TRUE;
    }

  return FALSE;
}

static char *
unique_name (TrellisProject *project)
{
  char *name = g_strdup (_("New stakeholder"));

  for (guint n = 2; name_taken (project, name); n++)
    {
      g_free (name);
      /* translators: the name of a new stakeholder when “New stakeholder” is taken */
      name = g_strdup_printf (_("New stakeholder %u"), n);
    }

  return name;
}

/**
 * trellis_project_add_stakeholder:
 * @name: (nullable): its name, or %NULL for “New stakeholder” (numbered if taken)
 * @filter: (nullable): the register's filter: the new stakeholder takes its
 *   restrictions, so it shows in the filtered register
 *
 * Adds a stakeholder at the end of the register as one undo step. It starts
 * neutral, of medium influence and interest, without a role, and as an
 * external business actor unless @filter says otherwise.
 *
 * Returns: (transfer none): the new stakeholder, owned by @project
 */
TrellisStakeholder *
trellis_project_add_stakeholder (TrellisProject                 *project,
                                 const char                     *name,
                                 const TrellisStakeholderFilter *filter)
{
  g_autoptr(TrellisStakeholder) stakeholder = NULL;
  g_autofree char *fallback = NULL;
  TrellisHistory *history;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);

  if (name == NULL || *name == '\0')
    {
      fallback = unique_name (project);
      name = fallback;
    }
  stakeholder = trellis_stakeholder_new (name);

  /* Set before it joins the project: these are its defaults, not edits. */
  for (guint i = 0; filter != NULL && i < G_N_ELEMENTS (restrictable); i++)
    if (filter->restrictions[i] >= 0)
      choice_set (stakeholder, i, filter->restrictions[i]);

  history = trellis_project_get_history (project);
  trellis_history_begin_group (history, _("Add Stakeholder"));
  trellis_project_add_item (project, stakeholder);
  trellis_history_end_group (history);
  return stakeholder;
}

/* “A”, “B”, “C” and 2 more */
static char *
join_labels (GPtrArray *items)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const guint shown = MIN (items->len, 3);

  for (guint i = 0; i < shown; i++)
    {
      g_autofree char *label = trellis_item_dup_label (g_ptr_array_index (items, i));

      if (i > 0)
        g_string_append (text, _(", "));
      /* translators: an item's name in a list */
      g_string_append_printf (text, _("“%s”"), label);
    }
  if (items->len > shown)
    {
      guint more = items->len - shown;

      g_string_append_c (text, ' ');
      /* translators: ends a list of names, such as: “A”, “B”, “C” and 2 more */
      g_string_append_printf (text, ngettext ("and %u more", "and %u more", more), more);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * trellis_stakeholder_describe_referrers:
 *
 * What deleting @stakeholder would touch, for the question asked first:
 * the actions it is responsible for and any other item referring to it,
 * one sentence each.
 *
 * Returns: (transfer full) (nullable): the description, %NULL if nothing
 *   refers to @stakeholder
 */
char *
trellis_stakeholder_describe_referrers (TrellisProject     *project,
                                        TrellisStakeholder *stakeholder)
{
  g_autoptr(GPtrArray) referrers = NULL;
  g_autoptr(GPtrArray) actions = g_ptr_array_new ();
  g_autoptr(GPtrArray) others = g_ptr_array_new ();
  g_autoptr(GString) text = g_string_new (NULL);
  const char *uuid;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (TRELLIS_IS_STAKEHOLDER (stakeholder), NULL);

  uuid = trellis_item_get_uuid (TRELLIS_ITEM (stakeholder));
  referrers = trellis_project_list_referrers (project, TRELLIS_ITEM (stakeholder));
  for (guint i = 0; i < referrers->len; i++)
    {
      TrellisItem *item = g_ptr_array_index (referrers, i);

      if (TRELLIS_IS_ACTION (item) && g_strcmp0 (trellis_action_get_owner_uuid (TRELLIS_ACTION (item)), uuid) == 0)
        g_ptr_array_add (actions, item);
      else
        g_ptr_array_add (others, item);
    }

  if (referrers->len == 0)
    return NULL;

  if (actions->len > 0)
    {
      g_autofree char *list = join_labels (actions);

      /* translators: %u counts actions, %s lists their titles */
      g_string_append_printf (text, ngettext ("Owns %u action: %s.", "Owns %u actions: %s.",
                                              actions->len),
                              actions->len, list);
    }
  if (others->len > 0)
    {
      g_autofree char *list = join_labels (others);

      if (text->len > 0)
        g_string_append_c (text, '\n');
      /* translators: %u counts items such as goals, %s lists their names */
      g_string_append_printf (text, ngettext ("Referred to by %u other item: %s.",
                                              "Referred to by %u other items: %s.", others->len),
                              others->len, list);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}
