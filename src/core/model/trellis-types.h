/* trellis-types.h: enumerations of the cluster-development model
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every enumeration is registered as a GEnum by glib-mkenums; its value
 * nicks ("initiation", "strength", ...) are the words written to .trellis
 * files, so never rename a value once it has shipped.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Maturity stages of a cluster initiative. */
typedef enum
{
  TRELLIS_STAGE_INITIATION,
  TRELLIS_STAGE_ESTABLISHMENT,
  TRELLIS_STAGE_OPERATIONALISATION,
  TRELLIS_STAGE_TRANSFORMATION,
} TrellisStage;

/* How the initiative was started. */
typedef enum
{
  TRELLIS_APPROACH_UNKNOWN,
  TRELLIS_APPROACH_TOP_DOWN,
  TRELLIS_APPROACH_BOTTOM_UP,
  TRELLIS_APPROACH_HYBRID,
} TrellisApproach;

/* The four initiation steps. */
typedef enum
{
  TRELLIS_STEP_NONE,
  TRELLIS_STEP_POTENTIALS,
  TRELLIS_STEP_ACTORS,
  TRELLIS_STEP_VALUE,
  TRELLIS_STEP_STRATEGY,
} TrellisStep;

typedef enum
{
  TRELLIS_QUADRANT_STRENGTH,
  TRELLIS_QUADRANT_WEAKNESS,
  TRELLIS_QUADRANT_OPPORTUNITY,
  TRELLIS_QUADRANT_THREAT,
} TrellisQuadrant;

/* Where a SWOT item came from. */
typedef enum
{
  TRELLIS_SOURCE_FREE,
  TRELLIS_SOURCE_VALUE_CHAIN,
  TRELLIS_SOURCE_FORCE,
  TRELLIS_SOURCE_DIAMOND,
} TrellisSourceKind;

/* The score of a diamond factor. */
typedef enum
{
  TRELLIS_SCORE_NONE,
  TRELLIS_SCORE_PLUS,
  TRELLIS_SCORE_MINUS,
  TRELLIS_SCORE_MIXED,
} TrellisScore;

typedef enum
{
  TRELLIS_TOWS_SO,
  TRELLIS_TOWS_ST,
  TRELLIS_TOWS_WO,
  TRELLIS_TOWS_WT,
} TrellisTowsType;

typedef enum
{
  TRELLIS_HELIX_BUSINESS,
  TRELLIS_HELIX_RESEARCH,
  TRELLIS_HELIX_GOVERNMENT,
  TRELLIS_HELIX_INTERMEDIARY,
} TrellisHelix;

typedef enum
{
  TRELLIS_ATTITUDE_NEUTRAL,
  TRELLIS_ATTITUDE_POSITIVE,
  TRELLIS_ATTITUDE_CRITICAL,
} TrellisAttitude;

/* Influence, interest, effort, appreciation. */
typedef enum
{
  TRELLIS_LEVEL_LOW,
  TRELLIS_LEVEL_MEDIUM,
  TRELLIS_LEVEL_HIGH,
} TrellisLevel;

typedef enum
{
  TRELLIS_ROLE_NONE,
  TRELLIS_ROLE_DECISION_MAKING,
  TRELLIS_ROLE_COORDINATION,
  TRELLIS_ROLE_IMPLEMENTATION,
  TRELLIS_ROLE_ADVISORY,
} TrellisRole;

typedef enum
{
  TRELLIS_CHAMPION_NONE,
  TRELLIS_CHAMPION_BUSINESS,
  TRELLIS_CHAMPION_VISIONARY,
  TRELLIS_CHAMPION_POLICY,
  TRELLIS_CHAMPION_DONOR,
  TRELLIS_CHAMPION_INTERMEDIARY,
  TRELLIS_CHAMPION_RESEARCH,
} TrellisChampion;

/* The ten boxes of the Cluster Business Canvas. */
typedef enum
{
  TRELLIS_BOX_KEY_PARTNERS,
  TRELLIS_BOX_KEY_ACTIVITIES,
  TRELLIS_BOX_KEY_RESOURCES,
  TRELLIS_BOX_VALUE_PROPOSITIONS,
  TRELLIS_BOX_MEMBER_RELATIONSHIPS,
  TRELLIS_BOX_MEMBER_SEGMENTS,
  TRELLIS_BOX_MEMBER_PAIN_POINTS,
  TRELLIS_BOX_KEY_CHALLENGES,
  TRELLIS_BOX_COST_STRUCTURE,
  TRELLIS_BOX_REVENUE_STREAMS,
} TrellisCanvasBox;

/* The nine strategic areas of member services. */
typedef enum
{
  TRELLIS_AREA_OTHER,
  TRELLIS_AREA_INNOVATION,
  TRELLIS_AREA_BUSINESS_OPPORTUNITIES,
  TRELLIS_AREA_ENTREPRENEURSHIP,
  TRELLIS_AREA_EDUCATION,
  TRELLIS_AREA_MARKETING,
  TRELLIS_AREA_FRAMEWORK_CONDITIONS,
  TRELLIS_AREA_CLUSTER_DEVELOPMENT,
  TRELLIS_AREA_INTERNATIONALISATION,
} TrellisServiceArea;

typedef enum
{
  TRELLIS_INDICATOR_INPUT,
  TRELLIS_INDICATOR_OUTPUT,
  TRELLIS_INDICATOR_OUTCOME,
  TRELLIS_INDICATOR_IMPACT,
} TrellisIndicatorKind;

/* Which way an indicator should move. */
typedef enum
{
  TRELLIS_DIRECTION_HIGHER,
  TRELLIS_DIRECTION_LOWER,
} TrellisDirection;

typedef enum
{
  TRELLIS_STATUS_PLANNED,
  TRELLIS_STATUS_IN_PROGRESS,
  TRELLIS_STATUS_DONE,
  TRELLIS_STATUS_ON_HOLD,
  TRELLIS_STATUS_CANCELLED,
} TrellisActionStatus;

/**
 * TrellisPlanWarningKind:
 * @TRELLIS_PLAN_GOAL_WITHOUT_ACTION: a goal no action serves
 * @TRELLIS_PLAN_ACTION_WITHOUT_GOAL: an action that serves no goal
 * @TRELLIS_PLAN_ACTION_WITHOUT_OWNER: nobody is responsible for an action
 * @TRELLIS_PLAN_ACTION_WITHOUT_DUE: an action without a due date
 * @TRELLIS_PLAN_ACTION_ENDS_BEFORE_START: an action due before it starts
 * @TRELLIS_PLAN_STARTS_BEFORE_DEPENDENCY: an action starts before an action it depends on is due
 * @TRELLIS_PLAN_MILESTONE_AFTER_ACTION: a milestone dated after its action's due date
 * @TRELLIS_PLAN_DEPENDENCY_CYCLE: actions that depend on each other in a circle
 * @TRELLIS_PLAN_CRITICAL_OWNER: an action owned by a critical stakeholder
 * @TRELLIS_PLAN_BUDGET_OVERRUN: an action that has spent more than its planned budget

 *
 * Their nicks ("goal-without-action", …) name them in trellis-cli's output.
 */
typedef enum
{
  TRELLIS_PLAN_GOAL_WITHOUT_ACTION,
  TRELLIS_PLAN_ACTION_WITHOUT_GOAL,
  TRELLIS_PLAN_ACTION_WITHOUT_OWNER,
  TRELLIS_PLAN_ACTION_WITHOUT_DUE,
  TRELLIS_PLAN_ACTION_ENDS_BEFORE_START,
  TRELLIS_PLAN_STARTS_BEFORE_DEPENDENCY,
  TRELLIS_PLAN_MILESTONE_AFTER_ACTION,
  TRELLIS_PLAN_DEPENDENCY_CYCLE,
  TRELLIS_PLAN_CRITICAL_OWNER,
  TRELLIS_PLAN_BUDGET_OVERRUN,
} TrellisPlanWarningKind;

/* A traffic light; grey means not enough data. */
typedef enum
{
  TRELLIS_LIGHT_GREY,
  TRELLIS_LIGHT_GREEN,
  TRELLIS_LIGHT_AMBER,
  TRELLIS_LIGHT_RED,
} TrellisLight;

/* How a service is paid for. */
typedef enum
{
  TRELLIS_FUNDING_TO_REVIEW,
  TRELLIS_FUNDING_FEE_BASED,
  TRELLIS_FUNDING_MEMBERSHIP,
  TRELLIS_FUNDING_FREE,
} TrellisFunding;

/* The answer to one excellence minimum requirement. */
typedef enum
{
  TRELLIS_CHECK_UNKNOWN,
  TRELLIS_CHECK_MET,
  TRELLIS_CHECK_NOT_MET,
} TrellisCheckResult;

/* What a parking-lot entry is (trellis-parking-item.c). */
typedef enum
{
  TRELLIS_PARKING_QUESTION,
  TRELLIS_PARKING_IDEA,
} TrellisParkingKind;

G_END_DECLS
