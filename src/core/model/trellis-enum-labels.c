/* trellis-enum-labels.c: the words people read for the values of the model's enumerations
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The file stores nicks ("strength", "critical"); people read these labels,
 * in the application, in the command line and in reports alike.
 */

#define G_LOG_DOMAIN "trellis-enum-labels"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-enum-labels.h"
#include "trellis-enum-types.h"

typedef struct
{
  GType     (*get_type) (void);
  const char *labels[12];   /* by value, NULL-terminated */
} EnumLabels;

/* Every enumeration's values are 0, 1, 2, … in order (checked by the tests). */
static const EnumLabels enum_labels[] = {
  { trellis_stage_get_type,
    { N_("Initiation"), N_("Establishment"), N_("Operationalisation"), N_("Transformation"), NULL } },
  { trellis_approach_get_type,
    { N_("Not decided"), N_("Top-down"), N_("Bottom-up"), N_("Hybrid"), NULL } },
  { trellis_step_get_type,
    { N_("No step"), N_("Potentials"), N_("Actors"), N_("Value"), N_("Strategy"), NULL } },
  { trellis_quadrant_get_type,
    { N_("Strengths"), N_("Weaknesses"), N_("Opportunities"), N_("Threats"), NULL } },
  { trellis_source_kind_get_type,
    { N_("Free"), N_("Value chain"), N_("Competitive force"), N_("Diamond factor"), NULL } },
  { trellis_score_get_type,
    { N_("Not scored"), N_("+"), N_("−"), N_("±"), NULL } },
  { trellis_tows_type_get_type,
    { N_("SO: use strengths to seize opportunities"),
      N_("ST: use strengths to counter threats"),
      N_("WO: overcome weaknesses through opportunities"),
      N_("WT: reduce weaknesses and avoid threats"), NULL } },
  { trellis_helix_get_type,
    { N_("Business"), N_("Research and education"), N_("Government"),
      N_("Intermediary or civil society"), NULL } },
  { trellis_attitude_get_type,
    { N_("Neutral"), N_("Positive"), N_("Critical"), NULL } },
  { trellis_level_get_type,
    { N_("Low"), N_("Medium"), N_("High"), NULL } },
  { trellis_role_get_type,
    { N_("No role"), N_("Decision-making"), N_("Coordination"), N_("Implementation"),
      N_("Advisory"), NULL } },
  { trellis_champion_get_type,
    { N_("Not a champion"), N_("Business champion"), N_("Visionary"), N_("Policy champion"),
      N_("Donor"), N_("Intermediary"), N_("Research champion"), NULL } },
  { trellis_canvas_box_get_type,
    { N_("Key Partners"), N_("Key Activities"), N_("Key Resources"), N_("Value Propositions"),
      N_("Member Relationships"), N_("Member Segments"), N_("Member Pain Points"),
      N_("Key Challenges"), N_("Cost Structure"), N_("Revenue Streams"), NULL } },
  { trellis_service_area_get_type,
    { N_("Other"), N_("Innovation"), N_("Business opportunities"), N_("Entrepreneurship"),
      N_("Education and training"), N_("Marketing and visibility"), N_("Framework conditions"),
      N_("Cluster development"), N_("Internationalisation"), NULL } },
  { trellis_indicator_kind_get_type,
    { N_("Input"), N_("Output"), N_("Outcome"), N_("Impact"), NULL } },
  { trellis_direction_get_type,
    { N_("Higher is better"), N_("Lower is better"), NULL } },
  { trellis_action_status_get_type,
    { N_("Planned"), N_("In progress"), N_("Done"), N_("On hold"), N_("Cancelled"), NULL } },
  { trellis_light_get_type,
    { N_("Not enough data"), N_("Green"), N_("Amber"), N_("Red"), NULL } },
  { trellis_funding_get_type,
    { N_("To review"), N_("Fee-based"), N_("Membership"), N_("Free of charge"), NULL } },
  { trellis_check_result_get_type,
    { N_("Unknown"), N_("Met"), N_("Not met"), NULL } },
  { trellis_parking_kind_get_type,
    { N_("Question"), N_("Idea"), NULL } },
};

static const EnumLabels *
find_labels (GType enum_type)
{
  for (guint i = 0; i < G_N_ELEMENTS (enum_labels); i++)
    if (enum_labels[i].get_type () == enum_type)
      return &enum_labels[i];
  return NULL;
}

/**
 * trellis_enum_n_values:
 *
 * Returns: how many values @enum_type has, labelled 0 … n − 1
 */
guint
trellis_enum_n_values (GType enum_type)
{
  const EnumLabels *labels = find_labels (enum_type);
  guint n = 0;

  g_return_val_if_fail (labels != NULL, 0);

  while (labels->labels[n] != NULL)
    n++;
  return n;
}

/**
 * trellis_enum_label:
 * @enum_type: an enumeration of trellis-types.h
 *
 * Returns: (transfer none): the translated label of @value, or %NULL if
 *   @value is out of range
 */
const char *
trellis_enum_label (GType enum_type,
                    int   value)
{
  const EnumLabels *labels = find_labels (enum_type);

  g_return_val_if_fail (labels != NULL, NULL);

  if (value < 0 || (guint) value >= trellis_enum_n_values (enum_type))
    return NULL;
  return _(labels->labels[value]);
}

/**
 * trellis_enum_label_for_nick:
 * @nick: (nullable): a value as files and the registry store it ("initiation")
 *
 * Returns: (transfer none) (nullable): the translated label, %NULL for no
 *   or an unknown nick (a file written by a newer Trellis)
 */
const char *
trellis_enum_label_for_nick (GType       enum_type,
                             const char *nick)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *value;

  if (nick == NULL)
    return NULL;

  klass = g_type_class_ref (enum_type);
  value = g_enum_get_value_by_nick (klass, nick);
  return value != NULL ? trellis_enum_label (enum_type, value->value) : NULL;
}
