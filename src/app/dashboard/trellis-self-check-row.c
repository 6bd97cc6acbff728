/* trellis-self-check-row.c: one minimum requirement of the excellence self-check
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The requirement's number and title, a badge with the result (a colour, an
 * icon and a word), the reason and where the result comes from.  Where the
 * manager's answer can count (requirements the data cannot answer, or can not
 * answer yet) an edit button shows a result chooser and an evidence entry;
 * each change is one undo step through trellis_excellence_set_answer().
 */

#define G_LOG_DOMAIN "trellis-self-check-row"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-self-check-row.h"

struct _TrellisSelfCheckRow
{
  AdwPreferencesRow         parent_instance;

  TrellisProject           *project;
  const TrellisRequirement *requirement;

  GtkWidget                *reason_label;
  GtkWidget                *source_icon;
  GtkWidget                *source_label;
  GtkWidget                *answer_label;
  GtkWidget                *badge;
  GtkWidget                *badge_icon;
  GtkWidget                *badge_label;
  GtkWidget                *edit_button;
  GtkWidget                *editor;
  GtkWidget                *result_dropdown;
  GtkWidget                *evidence_entry;

  guint                     editable : 1;
  guint                     can_answer : 1;
  guint                     updating : 1;
  guint                     dirty : 1;
};

G_DEFINE_FINAL_TYPE (TrellisSelfCheckRow, trellis_self_check_row, ADW_TYPE_PREFERENCES_ROW)

static const char *badge_classes[] = { "unknown", "met", "not-met" };
static const char *badge_icons[] = { "dialog-question-symbolic", "emblem-ok-symbolic", "window-close-symbolic" };

static TrellisCheckResult
get_chosen_result (TrellisSelfCheckRow *self)
{
  guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->result_dropdown));

  return selected <= TRELLIS_CHECK_NOT_MET ? (TrellisCheckResult) selected : TRELLIS_CHECK_UNKNOWN;
}

static void
save_answer (TrellisSelfCheckRow *self,
             gboolean             with_evidence)
{
  const char *evidence = NULL;

  if (!gtk_widget_is_sensitive (self->result_dropdown))
    return;
  if (with_evidence || self->dirty)
    evidence = gtk_editable_get_text (GTK_EDITABLE (self->evidence_entry));
  self->dirty = FALSE;
  /* The project's "changed" signal makes the view update this row. */
  trellis_excellence_set_answer (self->project, self->requirement->id, get_chosen_result (self), evidence);
}

static void
on_result_dropdown_notify_selected_cb (TrellisSelfCheckRow *self)
{
  if (!self->updating)
    save_answer (self, FALSE);
}

static void
on_evidence_entry_activate_cb (TrellisSelfCheckRow *self)
{
  save_answer (self, TRUE);
}

static void
on_evidence_entry_changed_cb (TrellisSelfCheckRow *self)
{
  if (!self->updating)
    self->dirty = TRUE;
}

static void
on_evidence_focus_leave_cb (TrellisSelfCheckRow *self)
{
  /* Not while the window goes away: closing is no edit. */
  if (self->dirty && gtk_widget_get_mapped (GTK_WIDGET (self)))
    save_answer (self, TRUE);
}

static void
trellis_self_check_row_dispose (GObject *object)
{
  TrellisSelfCheckRow *self = TRELLIS_SELF_CHECK_ROW (object);

  g_clear_object (&self->project);

  G_OBJECT_CLASS (trellis_self_check_row_parent_class)->dispose (object);
}

static void
trellis_self_check_row_class_init (TrellisSelfCheckRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = trellis_self_check_row_dispose;
}

static GtkWidget *
new_label (const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
build_editor (TrellisSelfCheckRow *self)
{
  const char *results[TRELLIS_CHECK_NOT_MET + 2] = { NULL, };
  GtkWidget *editor = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkEventController *focus = gtk_event_controller_focus_new ();

  for (int i = TRELLIS_CHECK_UNKNOWN; i <= TRELLIS_CHECK_NOT_MET; i++)
    results[i] = trellis_enum_label (TRELLIS_TYPE_CHECK_RESULT, i);
  self->result_dropdown = gtk_drop_down_new_from_strings (results);
  gtk_widget_set_valign (self->result_dropdown, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (self->result_dropdown, _("The manager's answer"));
  g_signal_connect_swapped (self->result_dropdown, "notify::selected",
                            G_CALLBACK (on_result_dropdown_notify_selected_cb), self);

  self->evidence_entry = gtk_entry_new ();
  gtk_widget_set_hexpand (self->evidence_entry, TRUE);
  /* Narrow windows: the entry may shrink to a few characters. */
  gtk_editable_set_width_chars (GTK_EDITABLE (self->evidence_entry), 4);
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->evidence_entry), FALSE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->evidence_entry),
                                  _("Evidence, such as a document, a decision or a figure"));
  gtk_widget_set_tooltip_text (self->evidence_entry, _("Press Enter to keep the evidence"));
  g_signal_connect_swapped (self->evidence_entry, "activate", G_CALLBACK (on_evidence_entry_activate_cb), self);
  g_signal_connect_swapped (self->evidence_entry, "changed", G_CALLBACK (on_evidence_entry_changed_cb), self);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_evidence_focus_leave_cb), self);
  gtk_widget_add_controller (self->evidence_entry, focus);

  gtk_box_append (GTK_BOX (editor), self->result_dropdown);
  gtk_box_append (GTK_BOX (editor), self->evidence_entry);
  gtk_widget_set_margin_top (editor, 4);
  /* Hidden, not only unrevealed: a closed editor adds no width to the view. */
  gtk_widget_set_visible (editor, FALSE);
  return editor;
}

static void
on_edit_button_toggled_cb (TrellisSelfCheckRow *self)
{
  gboolean active = gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->edit_button));

  gtk_widget_set_visible (self->editor, active);
  if (active)
    gtk_widget_grab_focus (self->result_dropdown);
}

static GtkWidget *
build_badge (TrellisSelfCheckRow *self)
{
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *content;

  self->edit_button = gtk_toggle_button_new ();
  gtk_widget_set_name (self->edit_button, "self-check-edit");
  gtk_button_set_icon_name (GTK_BUTTON (self->edit_button), "document-edit-symbolic");
  gtk_widget_set_tooltip_text (self->edit_button, _("Answer"));
  gtk_widget_set_halign (self->edit_button, GTK_ALIGN_END);
  gtk_widget_add_css_class (self->edit_button, "flat");
  gtk_widget_add_css_class (self->edit_button, "circular");
  g_signal_connect_swapped (self->edit_button, "toggled", G_CALLBACK (on_edit_button_toggled_cb), self);

  self->badge = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  content = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  gtk_widget_set_hexpand (content, TRUE);
  gtk_widget_set_halign (content, GTK_ALIGN_CENTER);
  self->badge_icon = gtk_image_new ();
  self->badge_label = gtk_label_new (NULL);
  gtk_box_append (GTK_BOX (content), self->badge_icon);
  gtk_box_append (GTK_BOX (content), self->badge_label);
  gtk_box_append (GTK_BOX (self->badge), content);
  /* Centred inside, but the badge takes no more room than it needs. */
  gtk_widget_set_hexpand (self->badge, FALSE);
  gtk_widget_add_css_class (self->badge, "self-check-badge");
  gtk_widget_set_halign (self->badge, GTK_ALIGN_END);

  gtk_box_append (GTK_BOX (column), self->badge);
  gtk_box_append (GTK_BOX (column), self->edit_button);
  gtk_widget_set_valign (column, GTK_ALIGN_START);
  return column;
}

static void
trellis_self_check_row_init (TrellisSelfCheckRow *self)
{
  self->editable = TRUE;
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self), "self-check-row");
}

static void
build_row (TrellisSelfCheckRow *self)
{
  GtkWidget *columns = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *source = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *id_label = new_label ("self-check-id");
  GtkWidget *title_label = new_label ("heading");

  gtk_label_set_text (GTK_LABEL (id_label), self->requirement->id);
  gtk_label_set_wrap (GTK_LABEL (id_label), FALSE);
  gtk_label_set_width_chars (GTK_LABEL (id_label), 5);
  gtk_widget_set_valign (id_label, GTK_ALIGN_START);
  gtk_widget_add_css_class (id_label, "numeric");
  gtk_label_set_text (GTK_LABEL (title_label), trellis_requirement_get_title (self->requirement));
  gtk_widget_set_hexpand (text, TRUE);

  self->reason_label = new_label ("self-check-reason");
  self->source_icon = gtk_image_new ();
  self->source_label = new_label ("caption");
  /* One line: GTK 4.8 measures a wrapping label beside an icon in a box
   * over and over (200,000 text shapings for this view's 16 rows, most of
   * its first frame); the whole text is in the tooltip. */
  gtk_label_set_wrap (GTK_LABEL (self->source_label), FALSE);
  gtk_label_set_ellipsize (GTK_LABEL (self->source_label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (source, "dim-label");
  gtk_widget_set_valign (self->source_icon, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (source), self->source_icon);
  gtk_box_append (GTK_BOX (source), self->source_label);
  self->answer_label = new_label ("caption");
  gtk_widget_add_css_class (self->answer_label, "dim-label");
  self->editor = build_editor (self);

  gtk_box_append (GTK_BOX (text), title_label);
  gtk_box_append (GTK_BOX (text), self->reason_label);
  gtk_box_append (GTK_BOX (text), source);
  gtk_box_append (GTK_BOX (text), self->answer_label);
  gtk_box_append (GTK_BOX (text), self->editor);
  gtk_box_append (GTK_BOX (columns), id_label);
  gtk_box_append (GTK_BOX (columns), text);
  gtk_box_append (GTK_BOX (columns), build_badge (self));
  gtk_widget_set_margin_top (columns, 10);
  gtk_widget_set_margin_bottom (columns, 10);
  gtk_widget_set_margin_start (columns, 12);
  gtk_widget_set_margin_end (columns, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), columns);
}

/**
 * trellis_self_check_row_new:
 *
 * Returns: (transfer floating): the row of @requirement; call
 *   trellis_self_check_row_update() to show its result
 */
GtkWidget *
trellis_self_check_row_new (TrellisProject           *project,
                            const TrellisRequirement *requirement)
{
  TrellisSelfCheckRow *self;
  g_autofree char *title = NULL;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (requirement != NULL, NULL);

  /* translators: a requirement's number, then its title */
  title = g_strdup_printf (_("%s %s"), requirement->id, trellis_requirement_get_title (requirement));
  self = g_object_new (TRELLIS_TYPE_SELF_CHECK_ROW, "title", title, NULL);
  self->project = g_object_ref (project);
  self->requirement = requirement;
  build_row (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->edit_button), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  return GTK_WIDGET (self);
}

const TrellisRequirement *
trellis_self_check_row_get_requirement (TrellisSelfCheckRow *self)
{
  g_return_val_if_fail (TRELLIS_IS_SELF_CHECK_ROW (self), NULL);

  return self->requirement;
}

static void
update_badge (TrellisSelfCheckRow *self,
              TrellisCheckResult   result)
{
  for (guint i = 0; i < G_N_ELEMENTS (badge_classes); i++)
    gtk_widget_remove_css_class (self->badge, badge_classes[i]);
  gtk_widget_add_css_class (self->badge, badge_classes[result]);
  gtk_image_set_from_icon_name (GTK_IMAGE (self->badge_icon), badge_icons[result]);
  gtk_label_set_text (GTK_LABEL (self->badge_label), trellis_enum_label (TRELLIS_TYPE_CHECK_RESULT, result));
}

static void
update_source (TrellisSelfCheckRow           *self,
               const TrellisExcellenceResult *result)
{
  const char *source;

  if (result->source == TRELLIS_EXCELLENCE_COMPUTED)
    source = trellis_requirement_get_basis (self->requirement);
  else if (result->source == TRELLIS_EXCELLENCE_ANSWERED)
    source = trellis_requirement_is_computable (self->requirement)
               ? _("Answered by the manager, as the project's data cannot tell yet")
               : _("Answered by the manager");
  else
    source = _("To be answered by the manager");
  gtk_label_set_text (GTK_LABEL (self->source_label), source);
  gtk_widget_set_tooltip_text (self->source_label, source);
  gtk_image_set_from_icon_name (GTK_IMAGE (self->source_icon),
                                result->source == TRELLIS_EXCELLENCE_COMPUTED ? "computer-symbolic"
                                                                              : "avatar-default-symbolic");
}

/* What stands beside the result that counts: the manager's answer to a
 * computed requirement, or the data's reason behind an answered one. */
static void
update_aside (TrellisSelfCheckRow           *self,
              const TrellisExcellenceResult *result)
{
  g_autofree char *aside = NULL;

  if (result->source == TRELLIS_EXCELLENCE_ANSWERED && result->computed_reason != NULL)
    /* translators: %s is why the project's data cannot answer a requirement */
    aside = g_strdup_printf (_("From the data: %s"), result->computed_reason);
  else if (result->source == TRELLIS_EXCELLENCE_COMPUTED && result->answer != NULL)
    {
      TrellisSelfCheck *answer = result->answer;
      const char *evidence = trellis_self_check_get_evidence (answer);

      /* translators: a result such as "Met", then the manager's evidence */
      aside = g_strdup_printf (_("The manager's answer, kept as evidence: %s — %s"),
                               trellis_enum_label (TRELLIS_TYPE_CHECK_RESULT,
                                                   trellis_self_check_get_result (answer)),
                               evidence != NULL && evidence[0] != '\0' ? evidence : _("no evidence"));
    }
  gtk_label_set_text (GTK_LABEL (self->answer_label), aside);
  gtk_widget_set_visible (self->answer_label, aside != NULL);
}

/* The answer can be edited where it can count, in an editable project. */
static void
update_edit_button (TrellisSelfCheckRow *self)
{
  gboolean visible = self->can_answer && self->editable;

  gtk_widget_set_visible (self->edit_button, visible);
  if (!visible)
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->edit_button), FALSE);
}

static void
update_editor (TrellisSelfCheckRow           *self,
               const TrellisExcellenceResult *result)
{
  TrellisSelfCheck *answer = result->answer;
  const char *evidence = answer != NULL ? trellis_self_check_get_evidence (answer) : NULL;

  self->can_answer = result->source != TRELLIS_EXCELLENCE_COMPUTED || result->computed == TRELLIS_CHECK_UNKNOWN;
  update_edit_button (self);
  self->updating = TRUE;
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->result_dropdown),
                              answer != NULL ? (guint) trellis_self_check_get_result (answer)
                                             : TRELLIS_CHECK_UNKNOWN);
  /* Text being typed stays until it is kept (Enter or leaving the entry). */
  if (!self->dirty &&
      g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->evidence_entry)), evidence ? evidence : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->evidence_entry), evidence ? evidence : "");
  self->updating = FALSE;
}

/**
 * trellis_self_check_row_update:
 * @result: the requirement's outcome
 *
 * Shows @result, and the manager's answer in the editor.
 */
void
trellis_self_check_row_update (TrellisSelfCheckRow           *self,
                               const TrellisExcellenceResult *result)
{
  g_return_if_fail (TRELLIS_IS_SELF_CHECK_ROW (self));
  g_return_if_fail (result != NULL && result->requirement == self->requirement);

  gtk_label_set_text (GTK_LABEL (self->reason_label), result->reason);
  update_badge (self, result->result);
  update_source (self, result);
  update_aside (self, result);
  update_editor (self, result);
}

/**
 * trellis_self_check_row_set_editable:
 *
 * Whether the manager's answer can be changed here.
 */
void
trellis_self_check_row_set_editable (TrellisSelfCheckRow *self,
                                     gboolean             editable)
{
  g_return_if_fail (TRELLIS_IS_SELF_CHECK_ROW (self));

  gtk_widget_set_sensitive (self->result_dropdown, editable);
  gtk_editable_set_editable (GTK_EDITABLE (self->evidence_entry), editable);
  gtk_widget_set_sensitive (self->evidence_entry, editable);
  self->editable = editable;
  update_edit_button (self);
}
