/* trellis-voting-bar.c: running a round of dot voting on a board
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A bar under the page: with no round open on its board it asks for the
 * question, the dots per participant and the participants (names, or a
 * number of anonymous voters) and starts one; with a round open it shows
 * the question, who is placing dots (a chooser and "next participant"),
 * the dots left, Reset and Close Round.  The notes' badges give dots
 * through the window (win.voting-give-dot), which hands them to
 * trellis_voting_bar_give_dot () so the participant chosen here gives
 * them.  Every rule is in src/core/rules/trellis-voting.c; refusals become
 * toasts (win.toast).
 */

#define G_LOG_DOMAIN "trellis-voting-bar"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-voting-bar.h"

#include "trellis-tool-view.h"
#include "trellis-tools.h"

struct _TrellisVotingBar
{
  GtkWidget       parent_instance;

  TrellisProject *project;
  GType           kind;
  char           *round_uuid;     /* the round whose participants are listed */
  GtkStringList  *participants;

  GtkStack       *stack;
  GtkLabel       *board_label;
  GtkEditable    *question_entry;
  GtkSpinButton  *dots_spin;
  GtkEditable    *participants_entry;
  GtkSpinButton  *voters_spin;
  GtkLabel       *question_label;
  GtkDropDown    *participant_dropdown;
  GtkWidget      *next_button;
  GtkLabel       *left_label;
  GtkWidget      *hide_button;
};

G_DEFINE_FINAL_TYPE (TrellisVotingBar, trellis_voting_bar, GTK_TYPE_WIDGET)

static const char *
get_board_title (GType kind)
{
  if (kind == TRELLIS_TYPE_SWOT_ITEM)
    return _("SWOT");
  if (kind == TRELLIS_TYPE_CANVAS_NOTE)
    return _("Canvas");
  if (kind == TRELLIS_TYPE_TOWS_STRATEGY)
    return _("TOWS");
  return _("Goals");
}

static void
toast (TrellisVotingBar *self,
       const char       *message)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s", message);
}

static TrellisVoteRound *
get_round (TrellisVotingBar *self)
{
  if (self->project == NULL || self->kind == G_TYPE_INVALID)
    return NULL;
  return trellis_voting_get_open_round (self->project, self->kind);
}

/* The chooser lists the round's participants; kept while the round is. */
static void
list_participants (TrellisVotingBar *self,
                   TrellisVoteRound *round)
{
  const char *uuid = trellis_item_get_uuid (TRELLIS_ITEM (round));
  g_auto(GStrv) names = NULL;

  if (g_strcmp0 (self->round_uuid, uuid) == 0)
    return;
  g_free (self->round_uuid);
  self->round_uuid = g_strdup (uuid);
  names = trellis_voting_round_dup_participants (round);
  gtk_string_list_splice (self->participants, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->participants)),
                          (const char * const *) names);
  gtk_drop_down_set_selected (self->participant_dropdown, 0);
}

static void
show_dots_left (TrellisVotingBar *self,
                TrellisVoteRound *round)
{
  const char *participant = trellis_voting_bar_get_participant (self);
  guint left = trellis_voting_get_dots_left (self->project, round, participant);
  guint all = participant != NULL ? (guint) trellis_vote_round_get_dots (round)
                                  : trellis_voting_round_get_budget (round);
  g_autofree char *text = NULL;

  /* translators: dots a participant (or the room) can still place, such as “2 of 3 dots left” */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u dot left", "%u of %u dots left", all),
                          left, all);
  gtk_label_set_label (self->left_label, text);
}

static void
refresh (TrellisVotingBar *self)
{
  TrellisVoteRound *round = get_round (self);
  g_autofree char *title = NULL;
  gboolean anonymous;

  if (round == NULL)
    {
      g_clear_pointer (&self->round_uuid, g_free);
      /* translators: %s is a board, such as “SWOT”: what a new round of dot voting is held on */
      title = g_strdup_printf (_("%s:"), get_board_title (self->kind));
      gtk_label_set_label (self->board_label, title);
      gtk_stack_set_visible_child_name (self->stack, "setup");
      return;
    }
  list_participants (self, round);
  anonymous = trellis_voting_round_is_anonymous (round);
  gtk_widget_set_visible (GTK_WIDGET (self->participant_dropdown), !anonymous);
  gtk_widget_set_visible (self->next_button, !anonymous);
  /* translators: the first %s is a board (“SWOT”), the second the round's question */
  title = g_strdup_printf (_("%s: %s"), get_board_title (self->kind),
                           trellis_vote_round_get_question (round));
  gtk_label_set_label (self->question_label, title);
  show_dots_left (self, round);
  gtk_stack_set_visible_child_name (self->stack, "running");
}

static void
on_project_changed_cb (TrellisVotingBar *self,
                       TrellisItem      *item)
{
  if ((TRELLIS_IS_VOTE (item) || TRELLIS_IS_VOTE_ROUND (item)) && gtk_widget_get_visible (GTK_WIDGET (self)))
    refresh (self);
}

/**
 * trellis_voting_bar_get_participant:
 *
 * Returns: (nullable): who places dots now; %NULL in an anonymous round
 *   or with no round open
 */
const char *
trellis_voting_bar_get_participant (TrellisVotingBar *self)
{
  TrellisVoteRound *round;
  guint selected;

  g_return_val_if_fail (TRELLIS_IS_VOTING_BAR (self), NULL);

  round = get_round (self);
  if (round == NULL || trellis_voting_round_is_anonymous (round))
    return NULL;
  selected = gtk_drop_down_get_selected (self->participant_dropdown);
  if (selected >= g_list_model_get_n_items (G_LIST_MODEL (self->participants)))
    return NULL;
  return gtk_string_list_get_string (self->participants, selected);
}

/**
 * trellis_voting_bar_show_board:
 * @kind: a kind of item votes can be held on
 *
 * Shows the bar for the board of @kind: its open round, or the fields to
 * start one.
 */
void
trellis_voting_bar_show_board (TrellisVotingBar *self,
                               GType             kind)
{
  g_return_if_fail (TRELLIS_IS_VOTING_BAR (self));
  g_return_if_fail (trellis_voting_kind_is_votable (kind));

  self->kind = kind;
  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
  refresh (self);
}

GType
trellis_voting_bar_get_kind (TrellisVotingBar *self)
{
  g_return_val_if_fail (TRELLIS_IS_VOTING_BAR (self), G_TYPE_INVALID);

  return self->kind;
}

typedef gboolean (*VoteFunc) (TrellisProject *, TrellisVoteRound *, TrellisItem *, const char *, GError **);

static gboolean
vote (TrellisVotingBar *self,
      const char       *uuid,
      VoteFunc          func)
{
  TrellisItem *item = self->project != NULL ? trellis_project_lookup (self->project, uuid) : NULL;
  g_autoptr(GError) error = NULL;
  TrellisVoteRound *round;

  if (item == NULL || !trellis_voting_kind_is_votable (G_OBJECT_TYPE (item)))
    return FALSE;
  if (G_OBJECT_TYPE (item) != self->kind || !gtk_widget_get_visible (GTK_WIDGET (self)))
    trellis_voting_bar_show_board (self, G_OBJECT_TYPE (item));
  round = get_round (self);
  if (round == NULL)
    return FALSE;
  if (!func (self->project, round, item, trellis_voting_bar_get_participant (self), &error))
    {
      toast (self, error->message);
      return FALSE;
    }
  return TRUE;
}

/**
 * trellis_voting_bar_give_dot:
 * @uuid: the item's UUID
 *
 * Gives the item a dot of the participant chosen in the bar (in an
 * anonymous round, of the room's pool); a refusal is a toast.
 *
 * Returns: whether a dot was given
 */
gboolean
trellis_voting_bar_give_dot (TrellisVotingBar *self,
                             const char       *uuid)
{
  g_return_val_if_fail (TRELLIS_IS_VOTING_BAR (self), FALSE);

  return vote (self, uuid, trellis_voting_give_dot);
}

/**
 * trellis_voting_bar_take_dot:
 * @uuid: the item's UUID
 *
 * Takes back one of the dots the chosen participant gave the item.
 *
 * Returns: whether a dot was taken back
 */
gboolean
trellis_voting_bar_take_dot (TrellisVotingBar *self,
                             const char       *uuid)
{
  g_return_val_if_fail (TRELLIS_IS_VOTING_BAR (self), FALSE);

  return vote (self, uuid, trellis_voting_take_dot);
}

/**
 * trellis_voting_bar_kind_for_view:
 *
 * Returns: the kind of item voted on in the tool on screen (SWOT notes,
 *   canvas notes, TOWS strategies or goals), or %G_TYPE_INVALID when that
 *   tool has nothing to vote on
 */
GType
trellis_voting_bar_kind_for_view (TrellisProjectView *view)
{
  const char *page = trellis_project_view_get_page (view);
  const TrellisAppTool *tools;
  guint n_tools;

  tools = trellis_app_get_tools (&n_tools);
  for (guint i = 0; i < n_tools; i++)
    {
      g_autofree char *path = trellis_app_tool_dup_path (&tools[i]);
      GtkWidget *tool;

      if (g_strcmp0 (tools[i].page_name, page) != 0)
        continue;
      tool = trellis_project_view_peek_tool_view (view, path);
      if (tool == NULL || !gtk_widget_get_mapped (tool))
        continue;
      for (guint k = 0; k < TRELLIS_APP_TOOL_MAX_ITEM_TYPES && tools[i].item_types[k] != NULL; k++)
        if (trellis_voting_kind_is_votable (tools[i].item_types[k] ()))
          return tools[i].item_types[k] ();
    }
  return G_TYPE_INVALID;
}

/* Actions */

static GStrv
split_names (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, ",", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    if (*g_strstrip (parts[i]) != '\0')
      g_strv_builder_add (builder, parts[i]);
  return g_strv_builder_end (builder);
}

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TrellisVotingBar *self = TRELLIS_VOTING_BAR (widget);
  g_auto(GStrv) names = split_names (gtk_editable_get_text (self->participants_entry));
  g_autoptr(GError) error = NULL;

  if (self->project == NULL)
    return;
  if (!trellis_voting_open_round (self->project, self->kind, gtk_editable_get_text (self->question_entry),
                                  (guint) gtk_spin_button_get_value_as_int (self->dots_spin),
                                  names[0] != NULL ? (const char * const *) names : NULL,
                                  names[0] != NULL ? 0 : (guint) gtk_spin_button_get_value_as_int (self->voters_spin),
                                  &error))
    {
      toast (self, error->message);
      return;
    }
  refresh (self);
}

static void
next_participant_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  TrellisVotingBar *self = TRELLIS_VOTING_BAR (widget);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->participants));

  if (n == 0)
    return;
  gtk_drop_down_set_selected (self->participant_dropdown,
                              (gtk_drop_down_get_selected (self->participant_dropdown) + 1) % n);
}

static void
close_round_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TrellisVotingBar *self = TRELLIS_VOTING_BAR (widget);
  TrellisVoteRound *round = get_round (self);
  g_autoptr(GPtrArray) ranking = NULL;
  g_autofree char *message = NULL;

  if (round == NULL || !trellis_voting_close_round (self->project, round, NULL))
    return;
  ranking = trellis_voting_rank (self->project, round);
  if (ranking->len > 0)
    {
      g_autofree char *label = trellis_item_dup_label (ranking->pdata[0]);
      guint dots = trellis_voting_count_dots (self->project, round, ranking->pdata[0], NULL);

      /* translators: %s is the item with most dots, such as a SWOT note's text */
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Round closed: “%s” leads with %u dot",
                                              "Round closed: “%s” leads with %u dots", dots), label, dots);
    }
  toast (self, message != NULL ? message : _("Round closed without dots"));
  refresh (self);
}

static void
reset_round_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TrellisVotingBar *self = TRELLIS_VOTING_BAR (widget);
  TrellisVoteRound *round = get_round (self);

  if (round != NULL)
    trellis_voting_reset_round (self->project, round, NULL);
}

static void
hide_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  gtk_widget_set_visible (widget, FALSE);
}

/* A project saved during a workshop opens with its round running. */
static void
show_open_round (TrellisVotingBar *self)
{
  const GType kinds[] = { TRELLIS_TYPE_SWOT_ITEM, TRELLIS_TYPE_TOWS_STRATEGY,
                          TRELLIS_TYPE_GOAL, TRELLIS_TYPE_CANVAS_NOTE };

  for (guint i = 0; self->project != NULL && i < G_N_ELEMENTS (kinds); i++)
    if (trellis_voting_get_open_round (self->project, kinds[i]) != NULL)
      {
        trellis_voting_bar_show_board (self, kinds[i]);
        return;
      }
}

/**
 * trellis_voting_bar_set_project:
 *
 * Sets the project the rounds are held in; the bar shows its open round,
 * if any, and otherwise hides until asked for.
 */
void
trellis_voting_bar_set_project (TrellisVotingBar *self,
                                TrellisProject   *project)
{
  g_return_if_fail (TRELLIS_IS_VOTING_BAR (self));
  g_return_if_fail (project == NULL || TRELLIS_IS_PROJECT (project));

  if (self->project == project)
    return;
  if (self->project != NULL)
    g_signal_handlers_disconnect_by_func (self->project, on_project_changed_cb, self);
  g_set_object (&self->project, project);
  if (project != NULL)
    g_signal_connect_object (project, "changed", G_CALLBACK (on_project_changed_cb), self,
                             G_CONNECT_SWAPPED);
  g_clear_pointer (&self->round_uuid, g_free);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  show_open_round (self);
}

static void
on_participant_selected_cb (TrellisVotingBar *self)
{
  TrellisVoteRound *round = get_round (self);

  if (round != NULL)
    show_dots_left (self, round);
}

/**
 * trellis_voting_bar_new:
 *
 * Returns: (transfer floating): a hidden voting bar
 */
GtkWidget *
trellis_voting_bar_new (void)
{
  return g_object_new (TRELLIS_TYPE_VOTING_BAR, NULL);
}

static void
trellis_voting_bar_dispose (GObject *object)
{
  TrellisVotingBar *self = TRELLIS_VOTING_BAR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TRELLIS_TYPE_VOTING_BAR);
  if (self->project != NULL)
    g_signal_handlers_disconnect_by_func (self->project, on_project_changed_cb, self);
  g_clear_object (&self->project);
  g_clear_object (&self->participants);
  g_clear_pointer (&self->round_uuid, g_free);

  G_OBJECT_CLASS (trellis_voting_bar_parent_class)->dispose (object);
}

static void
trellis_voting_bar_class_init (TrellisVotingBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trellis_voting_bar_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/trellis/Trellis/ui/trellis-voting-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, TrellisVotingBar, stack);
  gtk_widget_class_bind_template_child (widget_class, TrellisVotingBar, board_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisVotingBar, question_entry);
  gtk_widget_class_bind_template_child (widget_class, TrellisVotingBar, dots_spin);
  gtk_widget_class_bind_template_child (widget_class, TrellisVotingBar, participants_entry);
  gtk_widget_class_bind_template_child (widget_class, TrellisVotingBar, voters_spin);
  gtk_widget_class_bind_template_child (widget_class, TrellisVotingBar, question_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisVotingBar, participant_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TrellisVotingBar, next_button);
  gtk_widget_class_bind_template_child (widget_class, TrellisVotingBar, left_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisVotingBar, hide_button);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "votingbar");

  gtk_widget_class_install_action (widget_class, "voting.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "voting.next-participant", NULL, next_participant_action);
  gtk_widget_class_install_action (widget_class, "voting.close-round", NULL, close_round_action);
  gtk_widget_class_install_action (widget_class, "voting.reset-round", NULL, reset_round_action);
  gtk_widget_class_install_action (widget_class, "voting.hide", NULL, hide_action);
}

static void
trellis_voting_bar_init (TrellisVotingBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), 6);
  self->kind = TRELLIS_TYPE_SWOT_ITEM;
  self->participants = gtk_string_list_new (NULL);
  gtk_drop_down_set_model (self->participant_dropdown, G_LIST_MODEL (self->participants));
  g_signal_connect_object (self->participant_dropdown, "notify::selected",
                           G_CALLBACK (on_participant_selected_cb), self, G_CONNECT_SWAPPED);
}
