/* trellis-history.c: the undo/redo history of a project
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every edit of a project is a command recorded here before it is applied,
 * so undo and redo work the same for every view and for scripts.  Commands
 * are gathered into steps (one step is undone at a time); a step is a
 * group opened with trellis_history_begin_group() or a single edit.  There
 * is no cap on the number of steps kept in a session.
 */

#define G_LOG_DOMAIN "trellis-history"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-history.h"
#include "trellis-item-private.h"
#include "trellis-project-private.h"

typedef enum
{
  COMMAND_SET,
  COMMAND_INSERT,
  COMMAND_REMOVE,
  COMMAND_MOVE,
} CommandKind;

typedef struct
{
  CommandKind  kind;
  TrellisItem *item;
  GParamSpec  *pspec;
  GValue       old_value;
  GValue       new_value;
  guint        from;
  guint        to;
} Command;

typedef struct
{
  guint64    serial;
  char      *label;
  GPtrArray *commands;
  gint64     time;
} Step;

struct _TrellisHistory
{
  GObject         parent_instance;

  TrellisProject *project;   /* unowned: the project owns the history */
  GPtrArray      *steps;     /* steps[0 .. position) are done, the rest undone */
  guint           position;
  Step           *open_step; /* while a group is open */
  guint           depth;
  guint64         next_serial;
  guint64         saved_serial;
  GTimeSpan       merge_window;
  gboolean        sealed;
};

G_DEFINE_FINAL_TYPE (TrellisHistory, trellis_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  PROP_DIRTY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
command_free (Command *command)
{
  g_clear_object (&command->item);
  if (G_IS_VALUE (&command->old_value))
    g_value_unset (&command->old_value);
  if (G_IS_VALUE (&command->new_value))
    g_value_unset (&command->new_value);
  g_free (command);
}

static Step *
step_new (TrellisHistory *self,
          const char     *label)
{
  Step *step = g_new0 (Step, 1);

  step->serial = ++self->next_serial;
  step->label = g_strdup (label);
  step->commands = g_ptr_array_new_with_free_func ((GDestroyNotify) command_free);
  step->time = g_get_monotonic_time ();

  return step;
}

static void
step_free (Step *step)
{
  g_free (step->label);
  g_ptr_array_unref (step->commands);
  g_free (step);
}

static guint64
done_serial (TrellisHistory *self)
{
  if (self->position == 0)
    return 0;
  return ((Step *) g_ptr_array_index (self->steps, self->position - 1))->serial;
}

static void
apply_command (TrellisHistory *self,
               Command        *command,
               gboolean        forward)
{
  switch (command->kind)
    {
    case COMMAND_SET:
      _trellis_item_apply_value (command->item, command->pspec,
                                 forward ? &command->new_value : &command->old_value);
      break;

    case COMMAND_INSERT:
      if (forward)
        _trellis_project_insert_raw (self->project, command->item, command->to);
      else
        _trellis_project_remove_raw (self->project, command->item);
      break;

    case COMMAND_REMOVE:
      if (forward)
        _trellis_project_remove_raw (self->project, command->item);
      else
        _trellis_project_insert_raw (self->project, command->item, command->from);
      break;

    case COMMAND_MOVE:
      _trellis_project_move_raw (self->project, command->item,
                                 forward ? command->to : command->from);
      break;

    default:
      g_assert_not_reached ();
    }
}

/* After every step, undo and redo all five properties may have changed;
 * notify them together (few listeners: the window's actions and title). */
static void
notify_state (TrellisHistory *self)
{
  GObject *object = G_OBJECT (self);

  g_object_freeze_notify (object);
  for (guint i = PROP_CAN_UNDO; i < N_PROPS; i++)
    g_object_notify_by_pspec (object, properties[i]);
  g_object_thaw_notify (object);
}

static void
drop_redo (TrellisHistory *self)
{
  if (self->position < self->steps->len)
    g_ptr_array_remove_range (self->steps, self->position, self->steps->len - self->position);
}

static gboolean
try_merge (TrellisHistory *self,
           Command        *command)
{
  Step *top;
  Command *last;

  if (self->merge_window <= 0 || self->sealed || self->position == 0 ||
      self->position != self->steps->len || command->kind != COMMAND_SET)
    return FALSE;

  top = g_ptr_array_index (self->steps, self->position - 1);
  if (top->serial == self->saved_serial || top->commands->len != 1 ||
      g_get_monotonic_time () - top->time > self->merge_window)
    return FALSE;

  last = g_ptr_array_index (top->commands, 0);
  if (last->kind != COMMAND_SET || last->item != command->item || last->pspec != command->pspec)
    return FALSE;

  g_value_copy (&command->new_value, g_value_reset (&last->new_value));
  top->time = g_get_monotonic_time ();
  return TRUE;
}

/* Records @command (taking it) and applies it. */
static void
record (TrellisHistory *self,
        Command        *command,
        const char     *label)
{
  gboolean merged = FALSE;

  drop_redo (self);

  if (self->open_step != NULL)
    g_ptr_array_add (self->open_step->commands, command);
  else if (!(merged = try_merge (self, command)))
    {
      Step *step = step_new (self, label);

      g_ptr_array_add (step->commands, command);
      g_ptr_array_add (self->steps, step);
      self->position = self->steps->len;
    }

  self->sealed = FALSE;
  apply_command (self, command, TRUE);

  if (merged)
    command_free (command);
  if (self->open_step == NULL)
    notify_state (self);
}

static Command *
command_new (CommandKind  kind,
             TrellisItem *item)
{
  Command *command = g_new0 (Command, 1);

  command->kind = kind;
  command->item = g_object_ref (item);

  return command;
}

/* The name of a one-edit step in the Undo menu. */
static char *
label_for (CommandKind  kind,
           TrellisItem *item)
{
  g_autofree char *name = trellis_item_dup_label (item);

  switch (kind)
    {
    case COMMAND_SET:
      /* translators: an undo step; %s names the item, such as a SWOT note */
      return g_strdup_printf (_("Edit “%s”"), name);
    case COMMAND_INSERT:
      /* translators: an undo step; %s names the item */
      return g_strdup_printf (_("Add “%s”"), name);
    case COMMAND_REMOVE:
      /* translators: an undo step; %s names the item */
      return g_strdup_printf (_("Delete “%s”"), name);
    case COMMAND_MOVE:
      /* translators: an undo step; %s names the item */
      return g_strdup_printf (_("Move “%s”"), name);
    default:
      g_assert_not_reached ();
    }
}

void
_trellis_history_record_set (TrellisHistory *self,
                             TrellisItem    *item,
                             GParamSpec     *pspec,
                             const GValue   *value)
{
  Command *command = command_new (COMMAND_SET, item);
  g_autofree char *label = label_for (COMMAND_SET, item);

  command->pspec = pspec;
  g_value_init (&command->old_value, pspec->value_type);
  g_value_copy (_trellis_item_get_slot (item, pspec->param_id - 1), &command->old_value);
  g_value_init (&command->new_value, pspec->value_type);
  g_value_copy (value, &command->new_value);

  record (self, command, label);
}

/* Inserts, removals and moves differ only in the positions they keep. */
static void
record_positioned (TrellisHistory *self,
                   CommandKind     kind,
                   TrellisItem    *item,
                   guint           from,
                   guint           to)
{
  Command *command = command_new (kind, item);
  g_autofree char *label = label_for (kind, item);

  command->from = from;
  command->to = to;
  record (self, command, label);
}

void
_trellis_history_record_insert (TrellisHistory *self,
                                TrellisItem    *item,
                                guint           position)
{
  record_positioned (self, COMMAND_INSERT, item, 0, position);
}

void
_trellis_history_record_remove (TrellisHistory *self,
                                TrellisItem    *item,
                                guint           position)
{
  record_positioned (self, COMMAND_REMOVE, item, position, 0);
}

void
_trellis_history_record_move (TrellisHistory *self,
                              TrellisItem    *item,
                              guint           from,
                              guint           to)
{
  record_positioned (self, COMMAND_MOVE, item, from, to);
}

/**
 * trellis_history_begin_group:
 * @label: what the step is called in the Undo menu, such as "Delete Goal"
 *
 * Gathers the edits until the matching trellis_history_end_group() into
 * one step.  Groups nest; the outermost label wins.
 */
void
trellis_history_begin_group (TrellisHistory *self,
                             const char     *label)
{
  g_return_if_fail (TRELLIS_IS_HISTORY (self));

  if (self->depth++ == 0)
    self->open_step = step_new (self, label);
}

/**
 * trellis_history_end_group:
 *
 * Closes the group opened by trellis_history_begin_group().  When the
 * outermost group closes, its edits (already applied) become one step; a
 * group without edits leaves no step.
 */
void
trellis_history_end_group (TrellisHistory *self)
{
  Step *step;

  g_return_if_fail (TRELLIS_IS_HISTORY (self));
  g_return_if_fail (self->depth > 0);

  if (--self->depth > 0)
    return;

  step = g_steal_pointer (&self->open_step);
  if (step->commands->len == 0)
    {
      step_free (step);
      return;
    }

  /* Commands were applied as they came; only the step is new. */
  g_ptr_array_add (self->steps, step);
  self->position = self->steps->len;
  self->sealed = TRUE;
  notify_state (self);
}

/**
 * trellis_history_seal:
 *
 * Ends merging: the next edit starts a new step even if it changes the same
 * property again within the merge window (views call it on focus-out).
 */
void
trellis_history_seal (TrellisHistory *self)
{
  g_return_if_fail (TRELLIS_IS_HISTORY (self));

  self->sealed = TRUE;
}

/**
 * trellis_history_set_merge_window:
 * @window: microseconds; 0 (the default) never merges
 *
 * Consecutive changes of the same property of the same item within @window
 * of each other become one step, so that typing a word is one undo.
 */
void
trellis_history_set_merge_window (TrellisHistory *self,
                                  GTimeSpan       window)
{
  g_return_if_fail (TRELLIS_IS_HISTORY (self));

  self->merge_window = window;
}

/**
 * trellis_history_undo:
 *
 * Reverts the last step, its edits in reverse order.  Not allowed while a
 * group is open.
 *
 * Returns: %FALSE if there was nothing to undo
 */
gboolean
trellis_history_undo (TrellisHistory *self)
{
  Step *step;

  g_return_val_if_fail (TRELLIS_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (self->depth == 0, FALSE);

  if (self->position == 0)
    return FALSE;

  step = g_ptr_array_index (self->steps, --self->position);
  for (guint i = step->commands->len; i > 0; i--)
    apply_command (self, g_ptr_array_index (step->commands, i - 1), FALSE);

  self->sealed = TRUE;
  notify_state (self);
  return TRUE;
}

/**
 * trellis_history_redo:
 *
 * Applies the last undone step again, its edits in their order.  Not
 * allowed while a group is open.
 *
 * Returns: %FALSE if there was nothing to redo
 */
gboolean
trellis_history_redo (TrellisHistory *self)
{
  Step *step;

  g_return_val_if_fail (TRELLIS_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (self->depth == 0, FALSE);

  if (self->position == self->steps->len)
    return FALSE;

  step = g_ptr_array_index (self->steps, self->position++);
  for (guint i = 0; i < step->commands->len; i++)
    apply_command (self, g_ptr_array_index (step->commands, i), TRUE);

  self->sealed = TRUE;
  notify_state (self);
  return TRUE;
}

/**
 * trellis_history_get_can_undo:
 *
 * Returns: whether there is a step to undo
 */
gboolean
trellis_history_get_can_undo (TrellisHistory *self)
{
  g_return_val_if_fail (TRELLIS_IS_HISTORY (self), FALSE);

  return self->position > 0;
}

/**
 * trellis_history_get_can_redo:
 *
 * Returns: whether there is an undone step to redo
 */
gboolean
trellis_history_get_can_redo (TrellisHistory *self)
{
  g_return_val_if_fail (TRELLIS_IS_HISTORY (self), FALSE);

  return self->position < self->steps->len;
}

/**
 * trellis_history_get_undo_label:
 *
 * Returns: (nullable): the name of the step that undo would revert
 */
const char *
trellis_history_get_undo_label (TrellisHistory *self)
{
  g_return_val_if_fail (TRELLIS_IS_HISTORY (self), NULL);

  if (self->position == 0)
    return NULL;
  return ((Step *) g_ptr_array_index (self->steps, self->position - 1))->label;
}

/**
 * trellis_history_get_redo_label:
 *
 * Returns: (nullable): the name of the step that redo would apply again
 */
const char *
trellis_history_get_redo_label (TrellisHistory *self)
{
  g_return_val_if_fail (TRELLIS_IS_HISTORY (self), NULL);

  if (self->position == self->steps->len)
    return NULL;
  return ((Step *) g_ptr_array_index (self->steps, self->position))->label;
}

/**
 * trellis_history_get_n_undo:
 *
 * Returns: the number of steps that can be undone
 */
guint
trellis_history_get_n_undo (TrellisHistory *self)
{
  g_return_val_if_fail (TRELLIS_IS_HISTORY (self), 0);

  return self->position;
}

/**
 * trellis_history_get_n_redo:
 *
 * Returns: the number of undone steps that can be redone
 */
guint
trellis_history_get_n_redo (TrellisHistory *self)
{
  g_return_val_if_fail (TRELLIS_IS_HISTORY (self), 0);

  return self->steps->len - self->position;
}

/**
 * trellis_history_get_dirty:
 *
 * Returns: %TRUE if the project differs from what was last saved
 */
gboolean
trellis_history_get_dirty (TrellisHistory *self)
{
  g_return_val_if_fail (TRELLIS_IS_HISTORY (self), FALSE);

  return done_serial (self) != self->saved_serial;
}

/**
 * trellis_history_mark_saved:
 *
 * Records that the project as it is now is what was saved: it is clean
 * until the next edit, undo or redo, and the next edit starts a new step.
 */
void
trellis_history_mark_saved (TrellisHistory *self)
{
  g_return_if_fail (TRELLIS_IS_HISTORY (self));

  self->saved_serial = done_serial (self);
  self->sealed = TRUE;
  notify_state (self);
}

/**
 * trellis_history_mark_unsaved:
 *
 * Marks the project as differing from its file, whatever undo and redo do
 * (a project restored from a recovery copy).
 */
void
trellis_history_mark_unsaved (TrellisHistory *self)
{
  g_return_if_fail (TRELLIS_IS_HISTORY (self));

  self->saved_serial = G_MAXUINT64;
  notify_state (self);
}

static void
trellis_history_finalize (GObject *object)
{
  TrellisHistory *self = TRELLIS_HISTORY (object);

  g_clear_pointer (&self->steps, g_ptr_array_unref);
  g_clear_pointer (&self->open_step, step_free);

  G_OBJECT_CLASS (trellis_history_parent_class)->finalize (object);
}

static void
trellis_history_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TrellisHistory *self = TRELLIS_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, trellis_history_get_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, trellis_history_get_can_redo (self));
      break;

    case PROP_UNDO_LABEL:
      g_value_set_string (value, trellis_history_get_undo_label (self));
      break;

    case PROP_REDO_LABEL:
      g_value_set_string (value, trellis_history_get_redo_label (self));
      break;

    case PROP_DIRTY:
      g_value_set_boolean (value, trellis_history_get_dirty (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trellis_history_class_init (TrellisHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = trellis_history_finalize;
  object_class->get_property = trellis_history_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_UNDO_LABEL] =
    g_param_spec_string ("undo-label", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_REDO_LABEL] =
    g_param_spec_string ("redo-label", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_DIRTY] =
    g_param_spec_boolean ("dirty", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
trellis_history_init (TrellisHistory *self)
{
  self->steps = g_ptr_array_new_with_free_func ((GDestroyNotify) step_free);
}

TrellisHistory *
_trellis_history_new (TrellisProject *project)
{
  TrellisHistory *self = g_object_new (TRELLIS_TYPE_HISTORY, NULL);

  self->project = project;

  return self;
}
