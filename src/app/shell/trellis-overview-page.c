/* trellis-overview-page.c: the project's details, stage, key questions and progress
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every field is bound both ways to the project's header, so an edit here
 * goes through the project's history and an undo shows here at once.
 */

#define G_LOG_DOMAIN "trellis-overview-page"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-accessible.h"
#include "trellis-app-utils.h"
#include "trellis-overview-page.h"

struct _TrellisOverviewPage
{
  GtkWidget       parent_instance;

  TrellisProject *project;
  gulong          changed_handler;
  gboolean        progress_stale;
  gulong          questions_handler;

  /* Template widgets */
  GtkWidget      *scroller;
  GtkLabel       *name_label;
  AdwEntryRow    *name_row;
  AdwEntryRow    *cluster_row;
  AdwEntryRow    *region_row;
  AdwEntryRow    *sector_row;
  AdwEntryRow    *facilitator_row;
  AdwEntryRow    *website_row;
  AdwComboRow    *stage_row;
  AdwComboRow    *approach_row;
  GtkTextView    *description_view;
  GtkListBox     *progress_list;
  GtkListBox     *questions_list;
  GtkWidget      *add_questions_button;
  GtkWidget      *details_group;
  GtkWidget      *description_frame;
};

G_DEFINE_FINAL_TYPE (TrellisOverviewPage, trellis_overview_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PROJECT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
create_progress_row (TrellisProject       *project,
                     const TrellisAppStep *info)
{
  g_autoptr(GPtrArray) checks = trellis_project_check_step (project, info->step);
  g_autoptr(GString) missing = g_string_new (NULL);
  g_autofree char *title = NULL;
  g_autofree char *count = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *level = gtk_level_bar_new_for_interval (0, checks->len);
  guint n_done = 0;

  for (guint i = 0; i < checks->len; i++)
    {
      TrellisStepCheck *check = checks->pdata[i];

      n_done += check->done;
      if (!check->done)
        /* translators: joins the things a step still lacks */
        g_string_append_printf (missing, missing->len > 0 ? _(", %s") : "%s", check->label);
    }

  /* translators: "1 · Potentials": the step's number and name */
  title = g_strdup_printf (_("%d · %s"), info->step, _(info->title));
  /* translators: how many of a step's checks are done, "3 of 5" */
  count = g_strdup_printf (_("%u of %u"), n_done, checks->len);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               missing->len > 0 ? missing->str : _("Everything this step asks for is there"));
  gtk_widget_set_tooltip_text (row, _(info->question));
  gtk_level_bar_set_value (GTK_LEVEL_BAR (level), n_done);
  gtk_widget_set_size_request (level, 96, -1);
  gtk_widget_set_valign (level, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_label_new (count));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), level);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "page-name", (gpointer) info->page_name);

  return row;
}

static void
update_progress (TrellisOverviewPage *self)
{
  const TrellisAppStep *steps;
  GtkWidget *child;
  guint n_steps;

  self->progress_stale = FALSE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->progress_list))) != NULL)
    gtk_list_box_remove (self->progress_list, child);
  if (self->project == NULL)
    return;

  steps = trellis_app_get_steps (&n_steps);
  for (guint i = 0; i < n_steps; i++)
    {
      if (steps[i].step != TRELLIS_STEP_NONE)
        gtk_list_box_append (self->progress_list, create_progress_row (self->project, &steps[i]));
    }
}

static void
update_name (TrellisOverviewPage *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  gboolean empty = text[0] == '\0';

  gtk_label_set_label (self->name_label, self->project ? trellis_project_get_name (self->project) : "");
  if (empty)
    gtk_widget_add_css_class (GTK_WIDGET (self->name_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");
}

static void
on_project_changed_cb (TrellisOverviewPage *self,
                       TrellisItem         *item)
{
  /* Hidden, the page counts again when it is shown. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    update_progress (self);
  else
    self->progress_stale = TRUE;
  update_name (self);
}

static void
trellis_overview_page_map (GtkWidget *widget)
{
  TrellisOverviewPage *self = TRELLIS_OVERVIEW_PAGE (widget);

  GTK_WIDGET_CLASS (trellis_overview_page_parent_class)->map (widget);
  if (self->progress_stale && self->project != NULL)
    update_progress (self);
}

static void
on_progress_list_row_activated_cb (TrellisOverviewPage *self,
                                   GtkListBoxRow       *row)
{
  const char *page_name = g_object_get_data (G_OBJECT (row), "page-name");

  g_assert (TRELLIS_IS_OVERVIEW_PAGE (self));

  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-page", "s", page_name);
}

static void
on_add_questions_button_clicked_cb (TrellisOverviewPage *self)
{
  g_assert (TRELLIS_IS_OVERVIEW_PAGE (self));

  if (self->project != NULL)
    trellis_project_add_key_questions (self->project);
}

/* Both controls of a question say which question they are about, and
 * follow its edits. */
static void
name_question_controls (GtkWidget          *check,
                        GParamSpec         *pspec,
                        TrellisKeyQuestion *item)
{
  GtkWidget *notes = gtk_frame_get_child (GTK_FRAME (gtk_widget_get_next_sibling (check)));
  const char *question = trellis_key_question_get_question (item);
  g_autofree char *settled = NULL;
  g_autofree char *notes_name = NULL;

  /* translators: the accessible name of a key question's check box; %s is the question */
  settled = g_strdup_printf (_("Key question settled: %s"), question != NULL ? question : "");
  /* translators: the accessible name of the notes on a key question; %s is the question */
  notes_name = g_strdup_printf (_("Notes on the key question: %s"), question != NULL ? question : "");
  trellis_accessible_set_label (check, settled);
  trellis_accessible_set_label (notes, notes_name);
}

static GtkWidget *
create_question_row (gpointer item,
                     gpointer user_data)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *notes = gtk_text_view_new ();

  gtk_widget_set_margin_top (box, 9);
  gtk_widget_set_margin_bottom (box, 9);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_check_button_set_child (GTK_CHECK_BUTTON (check), label);
  gtk_widget_set_tooltip_text (check, _("Settled"));
  g_object_bind_property (item, TRELLIS_KEY_QUESTION_PROP_QUESTION, label, "label", G_BINDING_SYNC_CREATE);
  g_object_bind_property (item, TRELLIS_KEY_QUESTION_PROP_DONE, check, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (notes), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (notes), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (notes), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (notes), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (notes), 6);
  gtk_widget_set_margin_start (frame, 30);
  gtk_widget_add_css_class (frame, "view");
  gtk_widget_set_tooltip_text (notes, _("Notes on this question"));
  gtk_frame_set_child (GTK_FRAME (frame), notes);
  trellis_app_bind_text (item, TRELLIS_KEY_QUESTION_PROP_ANSWER, gtk_text_view_get_buffer (GTK_TEXT_VIEW (notes)), FALSE);

  gtk_box_append (GTK_BOX (box), check);
  gtk_box_append (GTK_BOX (box), frame);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  name_question_controls (check, NULL, item);
  g_signal_connect_object (item, "notify::" TRELLIS_KEY_QUESTION_PROP_QUESTION,
                           G_CALLBACK (name_question_controls), check, G_CONNECT_SWAPPED);
  return row;
}

static void
on_questions_items_changed_cb (TrellisOverviewPage *self,
                               guint                position,
                               guint                removed,
                               guint                added,
                               GListModel          *model)
{
  gtk_widget_set_visible (self->add_questions_button, g_list_model_get_n_items (model) == 0);
}

static void
bind_header (TrellisOverviewPage *self)
{
  TrellisHeader *header = trellis_project_get_header (self->project);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->description_view);

  trellis_app_bind_text (header, TRELLIS_HEADER_PROP_NAME, self->name_row, TRUE);
  trellis_app_bind_text (header, TRELLIS_HEADER_PROP_CLUSTER, self->cluster_row, FALSE);
  trellis_app_bind_text (header, TRELLIS_HEADER_PROP_REGION, self->region_row, FALSE);
  trellis_app_bind_text (header, TRELLIS_HEADER_PROP_SECTOR, self->sector_row, FALSE);
  trellis_app_bind_text (header, TRELLIS_HEADER_PROP_FACILITATOR, self->facilitator_row, FALSE);
  trellis_app_bind_text (header, TRELLIS_HEADER_PROP_WEBSITE, self->website_row, FALSE);
  trellis_app_bind_text (header, TRELLIS_HEADER_PROP_DESCRIPTION, buffer, FALSE);
  trellis_app_bind_enum (header, TRELLIS_HEADER_PROP_STAGE, self->stage_row);
  trellis_app_bind_enum (header, TRELLIS_HEADER_PROP_APPROACH, self->approach_row);
}

static void
connect_project (TrellisOverviewPage *self)
{
  GListModel *questions = trellis_project_get_items (self->project, TRELLIS_TYPE_KEY_QUESTION);

  bind_header (self);
  /* A name left empty is not taken: the row says so while it is. */
  g_signal_connect_object (self->name_row, "changed", G_CALLBACK (update_name),
                           self, G_CONNECT_SWAPPED);
  gtk_list_box_bind_model (self->questions_list, questions, create_question_row, self, NULL);
  self->questions_handler = g_signal_connect_object (questions, "items-changed",
                                                     G_CALLBACK (on_questions_items_changed_cb),
                                                     self, G_CONNECT_SWAPPED);
  self->changed_handler = g_signal_connect_object (self->project, "changed",
                                                   G_CALLBACK (on_project_changed_cb),
                                                   self, G_CONNECT_SWAPPED);
  on_questions_items_changed_cb (self, 0, 0, 0, questions);
  on_project_changed_cb (self, NULL);
}

static void
trellis_overview_page_dispose (GObject *object)
{
  TrellisOverviewPage *self = TRELLIS_OVERVIEW_PAGE (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), TRELLIS_TYPE_OVERVIEW_PAGE);
  /* The template's top child has no id, so disposing the template leaves it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (trellis_overview_page_parent_class)->dispose (object);
}

static void
trellis_overview_page_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  TrellisOverviewPage *self = TRELLIS_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trellis_overview_page_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  TrellisOverviewPage *self = TRELLIS_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      trellis_overview_page_set_project (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trellis_overview_page_class_init (TrellisOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trellis_overview_page_dispose;
  object_class->get_property = trellis_overview_page_get_property;
  object_class->set_property = trellis_overview_page_set_property;
  widget_class->map = trellis_overview_page_map;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, TRELLIS_TYPE_PROJECT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/trellis/Trellis/ui/trellis-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TrellisOverviewPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, TrellisOverviewPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisOverviewPage, name_row);
  gtk_widget_class_bind_template_child (widget_class, TrellisOverviewPage, cluster_row);
  gtk_widget_class_bind_template_child (widget_class, TrellisOverviewPage, region_row);
  gtk_widget_class_bind_template_child (widget_class, TrellisOverviewPage, sector_row);
  gtk_widget_class_bind_template_child (widget_class, TrellisOverviewPage, facilitator_row);
  gtk_widget_class_bind_template_child (widget_class, TrellisOverviewPage, website_row);
  gtk_widget_class_bind_template_child (widget_class, TrellisOverviewPage, stage_row);
  gtk_widget_class_bind_template_child (widget_class, TrellisOverviewPage, approach_row);
  gtk_widget_class_bind_template_child (widget_class, TrellisOverviewPage, description_view);
  gtk_widget_class_bind_template_child (widget_class, TrellisOverviewPage, progress_list);
  gtk_widget_class_bind_template_child (widget_class, TrellisOverviewPage, questions_list);
  gtk_widget_class_bind_template_child (widget_class, TrellisOverviewPage, add_questions_button);
  gtk_widget_class_bind_template_child (widget_class, TrellisOverviewPage, details_group);
  gtk_widget_class_bind_template_child (widget_class, TrellisOverviewPage, description_frame);
  gtk_widget_class_bind_template_callback (widget_class, on_progress_list_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_questions_button_clicked_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
trellis_overview_page_init (TrellisOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

TrellisProject *
trellis_overview_page_get_project (TrellisOverviewPage *self)
{
  g_return_val_if_fail (TRELLIS_IS_OVERVIEW_PAGE (self), NULL);

  return self->project;
}

/**
 * trellis_overview_page_set_project:
 *
 * Shows @project; a page shows one project for its whole life.
 */
void
trellis_overview_page_set_project (TrellisOverviewPage *self,
                                   TrellisProject      *project)
{
  g_return_if_fail (TRELLIS_IS_OVERVIEW_PAGE (self));
  g_return_if_fail (TRELLIS_IS_PROJECT (project));
  g_return_if_fail (self->project == NULL || self->project == project);

  if (self->project == project)
    return;

  self->project = g_object_ref (project);
  connect_project (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

/**
 * trellis_overview_page_set_editable:
 *
 * Whether the fields take edits; the progress rows work either way.
 */
void
trellis_overview_page_set_editable (TrellisOverviewPage *self,
                                    gboolean             editable)
{
  g_return_if_fail (TRELLIS_IS_OVERVIEW_PAGE (self));

  gtk_widget_set_sensitive (self->details_group, editable);
  gtk_widget_set_sensitive (self->description_frame, editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->questions_list), editable);
  gtk_widget_set_sensitive (self->add_questions_button, editable);
}
