/* trellis-field-labels.c: the label people read for each field of each kind of item
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One table for the whole application: the merge and conflict dialogs,
 * `trellis-cli merge`, the CSV import (which also accepts a column titled
 * with the label, in English or translated) and the workshop log show a
 * field by this label, never by its name in the file ("budget-planned").
 */

#define G_LOG_DOMAIN "trellis-model"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis.h"
#include "trellis-field-labels.h"

/* Marked with the context "field label": "Due", "Status" or "Target" as a
 * field's name may need another word than the same English elsewhere. */
static const struct
{
  GType     (*get_type) (void);
  guint       field;
  const char *label;
} field_labels[] = {
  { trellis_header_get_type, TRELLIS_HEADER_FIELD_NAME, NC_("field label", "Project Name") },
  { trellis_header_get_type, TRELLIS_HEADER_FIELD_CLUSTER, NC_("field label", "Cluster") },
  { trellis_header_get_type, TRELLIS_HEADER_FIELD_REGION, NC_("field label", "Region") },
  { trellis_header_get_type, TRELLIS_HEADER_FIELD_SECTOR, NC_("field label", "Sector") },
  { trellis_header_get_type, TRELLIS_HEADER_FIELD_STAGE, NC_("field label", "Stage") },
  { trellis_header_get_type, TRELLIS_HEADER_FIELD_APPROACH, NC_("field label", "Approach") },
  { trellis_header_get_type, TRELLIS_HEADER_FIELD_FACILITATOR, NC_("field label", "Facilitator") },
  { trellis_header_get_type, TRELLIS_HEADER_FIELD_CREATED, NC_("field label", "Created") },
  { trellis_header_get_type, TRELLIS_HEADER_FIELD_MODIFIED, NC_("field label", "Modified") },
  { trellis_header_get_type, TRELLIS_HEADER_FIELD_REVISION, NC_("field label", "Revision") },
  { trellis_header_get_type, TRELLIS_HEADER_FIELD_MANAGEMENT_START, NC_("field label", "Management Start") },
  { trellis_header_get_type, TRELLIS_HEADER_FIELD_WEBSITE, NC_("field label", "Website") },
  { trellis_header_get_type, TRELLIS_HEADER_FIELD_DESCRIPTION, NC_("field label", "Description") },
  { trellis_header_get_type, TRELLIS_HEADER_FIELD_STATUS_WARN_DAYS, NC_("field label", "Warning Days") },
  { trellis_header_get_type, TRELLIS_HEADER_FIELD_STATUS_BEHIND_POINTS, NC_("field label", "Behind Threshold (Points)") },
  { trellis_header_get_type, TRELLIS_HEADER_FIELD_STATUS_BUDGET_AMBER_POINTS, NC_("field label", "Budget Amber Threshold (Points)") },
  { trellis_header_get_type, TRELLIS_HEADER_FIELD_STATUS_BUDGET_RED_POINTS, NC_("field label", "Budget Red Threshold (Points)") },
  { trellis_header_get_type, TRELLIS_HEADER_FIELD_STATUS_INDICATOR_RED_SHARE, NC_("field label", "Indicator Red Share") },
  { trellis_header_get_type, TRELLIS_HEADER_FIELD_STATUS_PROJECT_RED_SHARE, NC_("field label", "Project Red Share") },

  { trellis_key_question_get_type, TRELLIS_KEY_QUESTION_FIELD_STEP, NC_("field label", "Step") },
  { trellis_key_question_get_type, TRELLIS_KEY_QUESTION_FIELD_DONE, NC_("field label", "Answered") },
  { trellis_key_question_get_type, TRELLIS_KEY_QUESTION_FIELD_QUESTION, NC_("field label", "Question") },
  { trellis_key_question_get_type, TRELLIS_KEY_QUESTION_FIELD_ANSWER, NC_("field label", "Answer") },

  { trellis_swot_item_get_type, TRELLIS_SWOT_ITEM_FIELD_QUADRANT, NC_("field label", "Quadrant") },
  { trellis_swot_item_get_type, TRELLIS_SWOT_ITEM_FIELD_SOURCE_KIND, NC_("field label", "Source Kind") },
  { trellis_swot_item_get_type, TRELLIS_SWOT_ITEM_FIELD_SOURCE, NC_("field label", "Source") },
  { trellis_swot_item_get_type, TRELLIS_SWOT_ITEM_FIELD_SCORE, NC_("field label", "Score") },
  { trellis_swot_item_get_type, TRELLIS_SWOT_ITEM_FIELD_VOTES, NC_("field label", "Votes") },
  { trellis_swot_item_get_type, TRELLIS_SWOT_ITEM_FIELD_TEXT, NC_("field label", "Text") },
  { trellis_swot_item_get_type, TRELLIS_SWOT_ITEM_FIELD_NOTE, NC_("field label", "Note") },

  { trellis_tows_strategy_get_type, TRELLIS_TOWS_STRATEGY_FIELD_TOWS_TYPE, NC_("field label", "Strategy Type") },
  { trellis_tows_strategy_get_type, TRELLIS_TOWS_STRATEGY_FIELD_TITLE, NC_("field label", "Title") },
  { trellis_tows_strategy_get_type, TRELLIS_TOWS_STRATEGY_FIELD_ITEMS, NC_("field label", "SWOT Items") },
  { trellis_tows_strategy_get_type, TRELLIS_TOWS_STRATEGY_FIELD_GOAL, NC_("field label", "Goal") },
  { trellis_tows_strategy_get_type, TRELLIS_TOWS_STRATEGY_FIELD_DESCRIPTION, NC_("field label", "Description") },

  { trellis_stakeholder_get_type, TRELLIS_STAKEHOLDER_FIELD_NAME, NC_("field label", "Name") },
  { trellis_stakeholder_get_type, TRELLIS_STAKEHOLDER_FIELD_ORGANISATION, NC_("field label", "Organisation") },
  { trellis_stakeholder_get_type, TRELLIS_STAKEHOLDER_FIELD_HELIX, NC_("field label", "Helix") },
  { trellis_stakeholder_get_type, TRELLIS_STAKEHOLDER_FIELD_INTERNAL, NC_("field label", "Member") },
  { trellis_stakeholder_get_type, TRELLIS_STAKEHOLDER_FIELD_ATTITUDE, NC_("field label", "Attitude") },
  { trellis_stakeholder_get_type, TRELLIS_STAKEHOLDER_FIELD_INFLUENCE, NC_("field label", "Influence") },
  { trellis_stakeholder_get_type, TRELLIS_STAKEHOLDER_FIELD_INTEREST, NC_("field label", "Interest") },
  { trellis_stakeholder_get_type, TRELLIS_STAKEHOLDER_FIELD_ROLE, NC_("field label", "Role") },
  { trellis_stakeholder_get_type, TRELLIS_STAKEHOLDER_FIELD_CHAMPION, NC_("field label", "Champion") },
  { trellis_stakeholder_get_type, TRELLIS_STAKEHOLDER_FIELD_COMMITTED, NC_("field label", "Committed") },
  { trellis_stakeholder_get_type, TRELLIS_STAKEHOLDER_FIELD_CONTACT, NC_("field label", "Contact") },
  { trellis_stakeholder_get_type, TRELLIS_STAKEHOLDER_FIELD_DESCRIPTION, NC_("field label", "Description") },
  { trellis_stakeholder_get_type, TRELLIS_STAKEHOLDER_FIELD_MEASURE, NC_("field label", "Engagement Measure") },

  { trellis_canvas_version_get_type, TRELLIS_CANVAS_VERSION_FIELD_NAME, NC_("field label", "Name") },
  { trellis_canvas_version_get_type, TRELLIS_CANVAS_VERSION_FIELD_DATE, NC_("field label", "Date") },

  { trellis_canvas_note_get_type, TRELLIS_CANVAS_NOTE_FIELD_BOX, NC_("field label", "Box") },
  { trellis_canvas_note_get_type, TRELLIS_CANVAS_NOTE_FIELD_VERSION, NC_("field label", "Version") },
  { trellis_canvas_note_get_type, TRELLIS_CANVAS_NOTE_FIELD_COLOR, NC_("field label", "Colour") },
  { trellis_canvas_note_get_type, TRELLIS_CANVAS_NOTE_FIELD_TEXT, NC_("field label", "Note") },

  { trellis_goal_get_type, TRELLIS_GOAL_FIELD_TITLE, NC_("field label", "Goal") },
  { trellis_goal_get_type, TRELLIS_GOAL_FIELD_AREA, NC_("field label", "Service Area") },
  { trellis_goal_get_type, TRELLIS_GOAL_FIELD_SOURCES, NC_("field label", "Sources") },
  { trellis_goal_get_type, TRELLIS_GOAL_FIELD_DESCRIPTION, NC_("field label", "Description") },
  { trellis_goal_get_type, TRELLIS_GOAL_FIELD_NEED, NC_("field label", "Need") },

  { trellis_indicator_get_type, TRELLIS_INDICATOR_FIELD_GOAL, NC_("field label", "Goal") },
  { trellis_indicator_get_type, TRELLIS_INDICATOR_FIELD_NAME, NC_("field label", "Indicator") },
  { trellis_indicator_get_type, TRELLIS_INDICATOR_FIELD_UNIT, NC_("field label", "Unit") },
  { trellis_indicator_get_type, TRELLIS_INDICATOR_FIELD_KIND, NC_("field label", "Kind") },
  { trellis_indicator_get_type, TRELLIS_INDICATOR_FIELD_DIRECTION, NC_("field label", "Direction") },
  { trellis_indicator_get_type, TRELLIS_INDICATOR_FIELD_BASELINE, NC_("field label", "Baseline") },
  { trellis_indicator_get_type, TRELLIS_INDICATOR_FIELD_BASELINE_DATE, NC_("field label", "Baseline Date") },
  { trellis_indicator_get_type, TRELLIS_INDICATOR_FIELD_TARGET, NC_("field label", "Target") },
  { trellis_indicator_get_type, TRELLIS_INDICATOR_FIELD_TARGET_DATE, NC_("field label", "Target Date") },

  { trellis_measurement_get_type, TRELLIS_MEASUREMENT_FIELD_INDICATOR, NC_("field label", "Indicator") },
  { trellis_measurement_get_type, TRELLIS_MEASUREMENT_FIELD_DATE, NC_("field label", "Date") },
  { trellis_measurement_get_type, TRELLIS_MEASUREMENT_FIELD_VALUE, NC_("field label", "Value") },
  { trellis_measurement_get_type, TRELLIS_MEASUREMENT_FIELD_NOTE, NC_("field label", "Note") },

  { trellis_action_get_type, TRELLIS_ACTION_FIELD_TITLE, NC_("field label", "Action") },
  { trellis_action_get_type, TRELLIS_ACTION_FIELD_GOAL, NC_("field label", "Goal") },
  { trellis_action_get_type, TRELLIS_ACTION_FIELD_OWNER, NC_("field label", "Owner") },
  { trellis_action_get_type, TRELLIS_ACTION_FIELD_OWNER_NAME, NC_("field label", "Outside Owner") },
  { trellis_action_get_type, TRELLIS_ACTION_FIELD_START, NC_("field label", "Start") },
  { trellis_action_get_type, TRELLIS_ACTION_FIELD_DUE, NC_("field label", "Due") },
  { trellis_action_get_type, TRELLIS_ACTION_FIELD_STATUS, NC_("field label", "Status") },
  { trellis_action_get_type, TRELLIS_ACTION_FIELD_PROGRESS, NC_("field label", "Progress") },
  { trellis_action_get_type, TRELLIS_ACTION_FIELD_BUDGET_PLANNED, NC_("field label", "Planned Budget") },
  { trellis_action_get_type, TRELLIS_ACTION_FIELD_BUDGET_SPENT, NC_("field label", "Spent Budget") },
  { trellis_action_get_type, TRELLIS_ACTION_FIELD_CURRENCY, NC_("field label", "Currency") },
  { trellis_action_get_type, TRELLIS_ACTION_FIELD_QUICK_WIN, NC_("field label", "Quick Win") },
  { trellis_action_get_type, TRELLIS_ACTION_FIELD_AREA, NC_("field label", "Service Area") },
  { trellis_action_get_type, TRELLIS_ACTION_FIELD_DEPENDS_ON, NC_("field label", "Depends On") },
  { trellis_action_get_type, TRELLIS_ACTION_FIELD_DESCRIPTION, NC_("field label", "Description") },
  { trellis_action_get_type, TRELLIS_ACTION_FIELD_DELIVERABLE, NC_("field label", "Deliverable") },

  { trellis_milestone_get_type, TRELLIS_MILESTONE_FIELD_TITLE, NC_("field label", "Milestone") },
  { trellis_milestone_get_type, TRELLIS_MILESTONE_FIELD_DATE, NC_("field label", "Date") },
  { trellis_milestone_get_type, TRELLIS_MILESTONE_FIELD_REACHED, NC_("field label", "Reached") },
  { trellis_milestone_get_type, TRELLIS_MILESTONE_FIELD_ACTION, NC_("field label", "Action") },
  { trellis_milestone_get_type, TRELLIS_MILESTONE_FIELD_GOAL, NC_("field label", "Goal") },
  { trellis_milestone_get_type, TRELLIS_MILESTONE_FIELD_NOTE, NC_("field label", "Note") },

  { trellis_service_get_type, TRELLIS_SERVICE_FIELD_NAME, NC_("field label", "Service") },
  { trellis_service_get_type, TRELLIS_SERVICE_FIELD_AREA, NC_("field label", "Service Area") },
  { trellis_service_get_type, TRELLIS_SERVICE_FIELD_FREQUENCY, NC_("field label", "Frequency") },
  { trellis_service_get_type, TRELLIS_SERVICE_FIELD_EFFORT, NC_("field label", "Effort") },
  { trellis_service_get_type, TRELLIS_SERVICE_FIELD_APPRECIATION, NC_("field label", "Appreciation") },
  { trellis_service_get_type, TRELLIS_SERVICE_FIELD_FUNDING, NC_("field label", "Funding") },
  { trellis_service_get_type, TRELLIS_SERVICE_FIELD_DESCRIPTION, NC_("field label", "Description") },

  { trellis_review_get_type, TRELLIS_REVIEW_FIELD_DATE, NC_("field label", "Date") },
  { trellis_review_get_type, TRELLIS_REVIEW_FIELD_REVIEWER, NC_("field label", "Reviewer") },
  { trellis_review_get_type, TRELLIS_REVIEW_FIELD_NOTE, NC_("field label", "Note") },
  { trellis_review_get_type, TRELLIS_REVIEW_FIELD_FINGERPRINTS, NC_("field label", "Reviewed Content") },

  { trellis_status_override_get_type, TRELLIS_STATUS_OVERRIDE_FIELD_TARGET, NC_("field label", "Target") },
  { trellis_status_override_get_type, TRELLIS_STATUS_OVERRIDE_FIELD_LIGHT, NC_("field label", "Light") },
  { trellis_status_override_get_type, TRELLIS_STATUS_OVERRIDE_FIELD_AUTHOR, NC_("field label", "Author") },
  { trellis_status_override_get_type, TRELLIS_STATUS_OVERRIDE_FIELD_DATE, NC_("field label", "Date") },
  { trellis_status_override_get_type, TRELLIS_STATUS_OVERRIDE_FIELD_REASON, NC_("field label", "Reason") },

  { trellis_snapshot_get_type, TRELLIS_SNAPSHOT_FIELD_DATE, NC_("field label", "Date") },
  { trellis_snapshot_get_type, TRELLIS_SNAPSHOT_FIELD_TITLE, NC_("field label", "Title") },
  { trellis_snapshot_get_type, TRELLIS_SNAPSHOT_FIELD_NOTE, NC_("field label", "Note") },

  { trellis_snapshot_entry_get_type, TRELLIS_SNAPSHOT_ENTRY_FIELD_SNAPSHOT, NC_("field label", "Snapshot") },
  { trellis_snapshot_entry_get_type, TRELLIS_SNAPSHOT_ENTRY_FIELD_TARGET, NC_("field label", "Target") },
  { trellis_snapshot_entry_get_type, TRELLIS_SNAPSHOT_ENTRY_FIELD_LABEL, NC_("field label", "Label") },
  { trellis_snapshot_entry_get_type, TRELLIS_SNAPSHOT_ENTRY_FIELD_LIGHT, NC_("field label", "Light") },
  { trellis_snapshot_entry_get_type, TRELLIS_SNAPSHOT_ENTRY_FIELD_VALUE, NC_("field label", "Value") },

  { trellis_self_check_get_type, TRELLIS_SELF_CHECK_FIELD_REQUIREMENT, NC_("field label", "Requirement") },
  { trellis_self_check_get_type, TRELLIS_SELF_CHECK_FIELD_RESULT, NC_("field label", "Result") },
  { trellis_self_check_get_type, TRELLIS_SELF_CHECK_FIELD_EVIDENCE, NC_("field label", "Evidence") },

  { trellis_parking_item_get_type, TRELLIS_PARKING_ITEM_FIELD_KIND, NC_("field label", "Kind") },
  { trellis_parking_item_get_type, TRELLIS_PARKING_ITEM_FIELD_CREATED, NC_("field label", "Created") },
  { trellis_parking_item_get_type, TRELLIS_PARKING_ITEM_FIELD_BECAME, NC_("field label", "Became") },
  { trellis_parking_item_get_type, TRELLIS_PARKING_ITEM_FIELD_TEXT, NC_("field label", "Text") },

  { trellis_vote_round_get_type, TRELLIS_VOTE_ROUND_FIELD_BOARD, NC_("field label", "Board") },
  { trellis_vote_round_get_type, TRELLIS_VOTE_ROUND_FIELD_OPENED, NC_("field label", "Opened") },
  { trellis_vote_round_get_type, TRELLIS_VOTE_ROUND_FIELD_CLOSED, NC_("field label", "Closed") },
  { trellis_vote_round_get_type, TRELLIS_VOTE_ROUND_FIELD_DOTS, NC_("field label", "Dots per Voter") },
  { trellis_vote_round_get_type, TRELLIS_VOTE_ROUND_FIELD_VOTERS, NC_("field label", "Voters") },
  { trellis_vote_round_get_type, TRELLIS_VOTE_ROUND_FIELD_QUESTION, NC_("field label", "Question") },
  { trellis_vote_round_get_type, TRELLIS_VOTE_ROUND_FIELD_PARTICIPANTS, NC_("field label", "Participants") },

  { trellis_vote_get_type, TRELLIS_VOTE_FIELD_ROUND, NC_("field label", "Round") },
  { trellis_vote_get_type, TRELLIS_VOTE_FIELD_ITEM, NC_("field label", "Item") },
  { trellis_vote_get_type, TRELLIS_VOTE_FIELD_PARTICIPANT, NC_("field label", "Participant") },
  { trellis_vote_get_type, TRELLIS_VOTE_FIELD_DOTS, NC_("field label", "Dots") },

  { trellis_merge_conflict_get_type, TRELLIS_MERGE_CONFLICT_FIELD_ITEM, NC_("field label", "Item") },
  { trellis_merge_conflict_get_type, TRELLIS_MERGE_CONFLICT_FIELD_FIELD, NC_("field label", "Field") },
  { trellis_merge_conflict_get_type, TRELLIS_MERGE_CONFLICT_FIELD_OURS_DELETED, NC_("field label", "Deleted in Ours") },
  { trellis_merge_conflict_get_type, TRELLIS_MERGE_CONFLICT_FIELD_THEIRS_DELETED, NC_("field label", "Deleted in Theirs") },
  { trellis_merge_conflict_get_type, TRELLIS_MERGE_CONFLICT_FIELD_BASE, NC_("field label", "Base") },
  { trellis_merge_conflict_get_type, TRELLIS_MERGE_CONFLICT_FIELD_OURS, NC_("field label", "Ours") },
  { trellis_merge_conflict_get_type, TRELLIS_MERGE_CONFLICT_FIELD_THEIRS, NC_("field label", "Theirs") },

  { trellis_workshop_session_get_type, TRELLIS_WORKSHOP_SESSION_FIELD_NAME, NC_("field label", "Name") },
  { trellis_workshop_session_get_type, TRELLIS_WORKSHOP_SESSION_FIELD_STARTED, NC_("field label", "Started") },
  { trellis_workshop_session_get_type, TRELLIS_WORKSHOP_SESSION_FIELD_ENDED, NC_("field label", "Ended") },

  { trellis_workshop_change_get_type, TRELLIS_WORKSHOP_CHANGE_FIELD_SESSION, NC_("field label", "Session") },
  { trellis_workshop_change_get_type, TRELLIS_WORKSHOP_CHANGE_FIELD_TIME, NC_("field label", "Time") },
  { trellis_workshop_change_get_type, TRELLIS_WORKSHOP_CHANGE_FIELD_CHANGE, NC_("field label", "Change") },
  { trellis_workshop_change_get_type, TRELLIS_WORKSHOP_CHANGE_FIELD_KIND, NC_("field label", "Kind") },
  { trellis_workshop_change_get_type, TRELLIS_WORKSHOP_CHANGE_FIELD_TARGET, NC_("field label", "Target") },
  { trellis_workshop_change_get_type, TRELLIS_WORKSHOP_CHANGE_FIELD_FIELDS, NC_("field label", "Fields") },
  { trellis_workshop_change_get_type, TRELLIS_WORKSHOP_CHANGE_FIELD_TITLE, NC_("field label", "Title") },

};

/**
 * trellis_item_class_get_field_label_english:
 * @klass: an item class
 * @index: the field's index in @klass
 *
 * Returns: (transfer none): the field's label, untranslated; the field's
 *   name in the file if the table lacks it (the core tests check it never does)
 */
const char *
trellis_item_class_get_field_label_english (TrellisItemClass *klass,
                                            guint             index)
{
  GType item_type;

  g_return_val_if_fail (TRELLIS_IS_ITEM_CLASS (klass), NULL);
  g_return_val_if_fail (index < trellis_item_class_get_n_fields (klass), NULL);

  item_type = G_TYPE_FROM_CLASS (klass);
  for (guint i = 0; i < G_N_ELEMENTS (field_labels); i++)
    if (field_labels[i].field == index && field_labels[i].get_type () == item_type)
      return field_labels[i].label;
  return trellis_item_class_get_field (klass, index)->pspec->name;
}

/**
 * trellis_item_class_get_field_label:
 * @klass: an item class
 * @index: the field's index in @klass, such as %TRELLIS_ACTION_FIELD_DUE
 *
 * Returns: (transfer none): the field's label in the user's language,
 *   such as "Planned Budget" for the field "budget-planned"
 */
const char *
trellis_item_class_get_field_label (TrellisItemClass *klass,
                                    guint             index)
{
  const char *english = trellis_item_class_get_field_label_english (klass, index);

  g_return_val_if_fail (english != NULL, NULL);

  return g_dpgettext2 (GETTEXT_PACKAGE, "field label", english);
}

/**
 * trellis_item_get_field_label:
 * @self: an item
 * @index: the field's index in @self's class
 *
 * Returns: (transfer none): the field's label in the user's language
 */
const char *
trellis_item_get_field_label (TrellisItem *self,
                              guint        index)
{
  g_return_val_if_fail (TRELLIS_IS_ITEM (self), NULL);

  return trellis_item_class_get_field_label (TRELLIS_ITEM_GET_CLASS (self), index);
}

/**
 * trellis_field_get_label:
 * @field: a field, from trellis_item_class_get_field () or
 *   trellis_item_class_find_field ()
 *
 * Returns: (transfer none): the field's label in the user's language
 */
const char *
trellis_field_get_label (const TrellisField *field)
{
  TrellisItemClass *klass;

  g_return_val_if_fail (field != NULL, NULL);

  klass = g_type_class_peek (field->pspec->owner_type);
  return trellis_item_class_get_field_label (klass, field->pspec->param_id - 1);
}
