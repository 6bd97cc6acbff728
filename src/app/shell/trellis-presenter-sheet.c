/* trellis-presenter-sheet.c: one board fitted to the screen, in large type, page by page
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sheet lays a board's sections out as a grid of cells (the board says
 * how many columns), each a heading over its notes, flowed top to bottom in
 * one to four columns. Every note is a wrapping label, so nothing is cut:
 * the sheet measures each label at a candidate type size and keeps the
 * largest size, down to a floor, at which every section fits its cell. When
 * even the floor does not fit, the sheet paginates: the sections are grouped
 * into as many rows of cells as fit, and a section's notes that overflow its
 * cell go on to the next page ("2 / 3"), each note on exactly one page.
 *
 * Setting a label's type size queues a resize, which must not happen while
 * the sheet allocates: the fit is computed when the board is set (if the
 * sheet is shown) or, after a change of size, in the next frame's update
 * phase, and the allocation only places the labels as the last fit said.
 */

#define G_LOG_DOMAIN "trellis-presenter-sheet"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-presenter-measurer.h"
#include "trellis-presenter-sheet.h"

#define MAX_NOTE_COLUMNS 4
#define MAX_ROWS         32
#define NOTE_COLUMN_EMS  14   /* the least width of a column of notes, in type sizes */
#define HEADING_SCALE    1.2
#define DETAIL_SCALE     0.85

typedef struct
{
  guint group;  /* which sections */
  guint chunk;  /* which of their notes */
} PageRef;

typedef struct
{
  guint columns, rows, total_rows;
  int   cell_width, gap;
  int   inner_width, pad;  /* inside a cell's outline */
  int   row_height[MAX_ROWS];
} Grid;

struct _TrellisPresenterSheet
{
  GtkWidget              parent_instance;

  TrellisPresenterBoard *board;
  GPtrArray             *headings;  /* a label per section */
  GPtrArray             *notes;     /* per section, a GPtrArray of labels */
  GArray                *cells;     /* graphene_rect_t of the cells shown */
  GArray                *pages;     /* PageRef */
  GArray                *heading_heights;  /* per section, at the fit's size */
  GPtrArray             *note_heights;     /* per section, a GArray of int */
  Grid                   grid;
  int                    font_size; /* applied to the labels, in pixels */
  int                    fit_width;
  int                    fit_height;
  gboolean               fit_valid;
  guint                  fit_tick;
  guint                  page;
};

G_DEFINE_FINAL_TYPE (TrellisPresenterSheet, trellis_presenter_sheet, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PAGE,
  PROP_N_PAGES,
  PROP_FONT_SIZE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static int
floor_size (int height)
{
  return MAX (14, height / 42);
}

static void
set_label_size (GtkWidget *label,
                int        size,
                double     scale,
                gboolean   bold)
{
  guint detail = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (label), "detail-start"));
  PangoAttrList *attrs = pango_attr_list_new ();
  PangoAttribute *attr = pango_attr_size_new_absolute (size * scale * PANGO_SCALE);

  pango_attr_list_insert (attrs, attr);
  if (bold)
    pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  if (detail > 0)
    {
      attr = pango_attr_size_new_absolute (size * scale * DETAIL_SCALE * PANGO_SCALE);
      attr->start_index = detail;
      pango_attr_list_insert (attrs, attr);
    }
  gtk_label_set_attributes (GTK_LABEL (label), attrs);
  pango_attr_list_unref (attrs);
}

static void
apply_font_size (TrellisPresenterSheet *self,
                 int                    size)
{
  if (size == self->font_size)
    return;
  self->font_size = size;
  for (guint s = 0; s < self->headings->len; s++)
    {
      GPtrArray *notes = self->notes->pdata[s];

      set_label_size (self->headings->pdata[s], size, HEADING_SCALE, TRUE);
      for (guint i = 0; i < notes->len; i++)
        set_label_size (notes->pdata[i], size, 1.0, FALSE);
    }
}

static int
measure_height (GtkWidget *label,
                int        width)
{
  int natural = 0;

  gtk_widget_measure (label, GTK_ORIENTATION_VERTICAL, width, NULL, &natural, NULL, NULL);
  return natural;
}

static void
set_equal_rows (Grid *grid,
                int   height)
{
  for (guint r = 0; r < grid->rows; r++)
    grid->row_height[r] = MAX (1, (height - (int) (grid->rows - 1) * grid->gap) / (int) grid->rows);
}

/* Equal rows, as many as fit with room for a heading and two notes each. */
static void
compute_grid (TrellisPresenterSheet *self,
              int                    width,
              int                    height,
              int                    size,
              Grid                  *grid)
{
  guint n = MAX (self->headings->len, 1);
  int least_cell = size * 5 + 24;

  grid->gap = MAX (8, size / 2);
  grid->pad = 8;
  grid->columns = MIN (self->board != NULL ? self->board->n_columns : 1, n);
  grid->total_rows = (n + grid->columns - 1) / grid->columns;
  grid->rows = CLAMP ((height + grid->gap) / (least_cell + grid->gap), 1,
                      (int) MIN (grid->total_rows, MAX_ROWS));
  grid->cell_width = MAX (1, (width - (int) (grid->columns - 1) * grid->gap) / (int) grid->columns);
  grid->inner_width = MAX (1, grid->cell_width - 2 * grid->pad);
  set_equal_rows (grid, height);
}

static void
place_child (GtkWidget *child,
             gboolean   shown,
             int        x,
             int        y,
             int        width,
             int        height)
{
  if (gtk_widget_get_child_visible (child) != shown)
    gtk_widget_set_child_visible (child, shown);
  if (shown)
    gtk_widget_size_allocate (child, &(GtkAllocation) { x, y, width, height }, -1);
}

static int
count_note_columns (TrellisPresenterSheet *self,
                    int                   *col_width)
{
  int n_cols = CLAMP (self->grid.inner_width / (self->font_size * NOTE_COLUMN_EMS), 1, MAX_NOTE_COLUMNS);

  *col_width = (self->grid.inner_width - (n_cols - 1) * self->grid.gap) / n_cols;
  return n_cols;
}

/* Flows section @s's notes, in columns, under its heading into a cell of
 * @cell_height. When @place, shows the notes of @chunk there at (@x, @y)
 * (hides the others, and all and the heading when @chunk is -1). Returns
 * the number of cells full of notes the section needs; *overflow is set when
 * a single note is taller than the cell. */
static guint
flow_section (TrellisPresenterSheet *self,
              guint                  s,
              int                    cell_height,
              gboolean               place,
              int                    chunk,
              int                    x,
              int                    y,
              gboolean              *overflow)
{
  const Grid *grid = &self->grid;
  GPtrArray *notes = self->notes->pdata[s];
  GArray *heights = self->note_heights->pdata[s];
  int note_gap = grid->gap / 2;
  int heading = place ? measure_height (self->headings->pdata[s], grid->inner_width)
                      : g_array_index (self->heading_heights, int, s);
  int avail = cell_height - 2 * grid->pad - heading - note_gap;
  int col_width, n_cols = count_note_columns (self, &col_width);
  int col = 0, cy = 0;
  guint n_chunks = 1;

  if (place)
    place_child (self->headings->pdata[s], chunk >= 0, x, y, grid->inner_width, heading);
  for (guint i = 0; i < notes->len; i++)
    {
      int height = place ? measure_height (notes->pdata[i], col_width) : g_array_index (heights, int, i);

      if (cy > 0 && cy + height > avail)
        {
          cy = 0;
          if (++col == n_cols)
            {
              col = 0;
              n_chunks++;
            }
        }
      if (height > avail && overflow != NULL)
        *overflow = TRUE;
      if (place)
        place_child (notes->pdata[i], chunk == (int) n_chunks - 1,
                     x + col * (col_width + grid->gap), y + heading + note_gap + cy, col_width, height);
      cy += height + note_gap;
    }
  return n_chunks;
}

/* Measures every label once at the type size and widths of the grid: the
 * searches below then only add numbers. */
static void
measure_all (TrellisPresenterSheet *self)
{
  TrellisPresenterMeasurer headings = { NULL }, notes_m = { NULL };
  int col_width;

  count_note_columns (self, &col_width);
  g_array_set_size (self->heading_heights, self->headings->len);
  g_ptr_array_set_size (self->note_heights, 0);
  for (guint s = 0; s < self->headings->len; s++)
    {
      GPtrArray *notes = self->notes->pdata[s];
      GArray *heights = g_array_sized_new (FALSE, FALSE, sizeof (int), notes->len);

      if (headings.layout == NULL)
        _trellis_presenter_measurer_init (&headings, self->headings->pdata[s], self->grid.inner_width);
      g_array_index (self->heading_heights, int, s) = _trellis_presenter_measurer_height (&headings, self->headings->pdata[s]);
      for (guint i = 0; i < notes->len; i++)
        {
          int height;

          if (notes_m.layout == NULL)
            _trellis_presenter_measurer_init (&notes_m, notes->pdata[i], col_width);
          height = _trellis_presenter_measurer_height (&notes_m, notes->pdata[i]);
          g_array_append_val (heights, height);
        }
      g_ptr_array_add (self->note_heights, heights);
    }
  _trellis_presenter_measurer_clear (&headings);
  _trellis_presenter_measurer_clear (&notes_m);
}

/* The least cell height at which section @s fits in one cell (a binary
 * search: the flow needs fewer cells as the cell grows). */
static int
least_cell_height (TrellisPresenterSheet *self,
                   guint                  s)
{
  GArray *heights = self->note_heights->pdata[s];
  int lo = self->grid.gap, hi = 2 * self->grid.pad + self->grid.gap;

  hi += g_array_index (self->heading_heights, int, s);
  for (guint i = 0; i < heights->len; i++)
    hi += g_array_index (heights, int, i) + self->grid.gap / 2;
  while (lo < hi)
    {
      int mid = (lo + hi) / 2;
      gboolean overflow = FALSE;

      if (flow_section (self, s, mid, FALSE, -1, 0, 0, &overflow) == 1 && !overflow)
        hi = mid;
      else
        lo = mid + 1;
    }
  return hi;
}

/* Whether the whole board fits on one page at @size; if it does, the rows
 * share the height in proportion to what they need. */
static gboolean
fits (TrellisPresenterSheet *self,
      int                    width,
      int                    height,
      int                    size)
{
  Grid *grid = &self->grid;
  int need = 0, extra;

  apply_font_size (self, size);
  compute_grid (self, width, height, size, grid);
  if (grid->rows < grid->total_rows)
    return FALSE;
  measure_all (self);
  for (guint r = 0; r < grid->rows; r++)
    {
      grid->row_height[r] = 1;
      for (guint s = r * grid->columns; s < MIN (self->headings->len, (r + 1) * grid->columns); s++)
        grid->row_height[r] = MAX (grid->row_height[r], least_cell_height (self, s));
      need += grid->row_height[r];
    }
  extra = height - (int) (grid->rows - 1) * grid->gap - need;
  if (extra < 0)
    return FALSE;
  for (guint r = 0; r < grid->rows; r++)
    grid->row_height[r] += extra / (int) grid->rows;
  return TRUE;
}

static void
paginate (TrellisPresenterSheet *self)
{
  guint per_group = self->grid.rows * self->grid.columns;
  guint n = self->headings->len;

  g_array_set_size (self->pages, 0);
  for (guint group = 0; group * per_group < MAX (n, 1); group++)
    {
      guint n_chunks = 1;

      for (guint s = group * per_group; s < MIN (n, (group + 1) * per_group); s++)
        {
          int cell_height = self->grid.row_height[(s - group * per_group) / self->grid.columns];

          n_chunks = MAX (n_chunks, flow_section (self, s, cell_height, FALSE, -1, 0, 0, NULL));
        }
      for (guint chunk = 0; chunk < n_chunks; chunk++)
        g_array_append_val (self->pages, ((PageRef) { group, chunk }));
    }
}

/* Even the floor does not fit: as many equal rows of cells a page as leave
 * room for each section's heading and tallest note, and pages. */
static void
grid_for_pages (TrellisPresenterSheet *self,
                int                    width,
                int                    height,
                int                    size)
{
  Grid *grid = &self->grid;

  apply_font_size (self, size);
  compute_grid (self, width, height, size, grid);
  measure_all (self);
  for (; grid->rows > 1; grid->rows--)
    {
      gboolean overflow = FALSE;

      set_equal_rows (grid, height);
      for (guint s = 0; s < self->headings->len && !overflow; s++)
        flow_section (self, s, grid->row_height[0], FALSE, -1, 0, 0, &overflow);
      if (!overflow)
        return;
    }
  set_equal_rows (grid, height);
}

/* The largest type size, from a twelfth of the height down to the floor, at
 * which everything fits (a binary search over sizes 8 % apart). */
static void
fit (TrellisPresenterSheet *self,
     int                    width,
     int                    height)
{
  int sizes[64] = { 0 };
  int least = floor_size (height);
  guint n_sizes = 0;
  int lo, hi, best = -1;
  guint n_pages = self->pages->len;
  int font_size = self->font_size;
  gint64 start = g_get_monotonic_time ();

  for (double size = MIN (64, height / 12); (int) size > least && n_sizes < G_N_ELEMENTS (sizes) - 1;
       size *= 0.92)
    sizes[n_sizes++] = (int) size;
  sizes[n_sizes++] = least;
  for (lo = 0, hi = n_sizes - 1; lo <= hi;)
    {
      int mid = (lo + hi) / 2;

      if (fits (self, width, height, sizes[mid]))
        best = hi = mid, hi--;
      else
        lo = mid + 1;
    }
  if (best < 0 || !fits (self, width, height, sizes[best]))
    grid_for_pages (self, width, height, sizes[n_sizes - 1]);
  paginate (self);
  g_debug ("%s at %d×%d: %d px, %u page(s), %u labels, fitted in %.1f ms",
           self->board != NULL ? self->board->id : "(none)", width, height, self->font_size,
           self->pages->len, self->headings->len + (self->board != NULL ? trellis_presenter_board_count_notes (self->board) : 0),
           (g_get_monotonic_time () - start) / 1000.0);
  self->fit_width = width;
  self->fit_height = height;
  self->fit_valid = TRUE;
  if (self->page >= self->pages->len)
    {
      self->page = self->pages->len - 1;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
    }
  if (n_pages != self->pages->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
  if (font_size != self->font_size)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FONT_SIZE]);
}

static gboolean
fit_tick_cb (GtkWidget     *widget,
             GdkFrameClock *frame_clock,
             gpointer       user_data)
{
  TrellisPresenterSheet *self = TRELLIS_PRESENTER_SHEET (widget);

  self->fit_tick = 0;
  fit (self, gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  gtk_widget_queue_allocate (widget);
  return G_SOURCE_REMOVE;
}

static void
hide_all (TrellisPresenterSheet *self)
{
  g_array_set_size (self->cells, 0);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_get_child_visible (child))
      gtk_widget_set_child_visible (child, FALSE);
}

static void
trellis_presenter_sheet_size_allocate (GtkWidget *widget,
                                       int        width,
                                       int        height,
                                       int        baseline)
{
  TrellisPresenterSheet *self = TRELLIS_PRESENTER_SHEET (widget);
  const PageRef *ref;
  guint per_group;

  if ((!self->fit_valid || width != self->fit_width || height != self->fit_height) && self->fit_tick == 0)
    self->fit_tick = gtk_widget_add_tick_callback (widget, fit_tick_cb, NULL, NULL);
  if (!self->fit_valid)
    {
      hide_all (self);
      return;
    }
  ref = &g_array_index (self->pages, PageRef, self->page);
  per_group = self->grid.rows * self->grid.columns;
  g_array_set_size (self->cells, 0);
  for (guint s = 0; s < self->headings->len; s++)
    {
      gboolean shown = s >= ref->group * per_group && s < (ref->group + 1) * per_group;
      guint index = shown ? s - ref->group * per_group : 0;
      guint row = index / self->grid.columns;
      int x = (index % self->grid.columns) * (self->grid.cell_width + self->grid.gap);
      int y = row * self->grid.gap;
      graphene_rect_t cell;

      for (guint r = 0; r < row; r++)
        y += self->grid.row_height[r];
      cell = GRAPHENE_RECT_INIT (x, y, self->grid.cell_width, self->grid.row_height[row]);
      if (shown)
        g_array_append_val (self->cells, cell);
      flow_section (self, s, self->grid.row_height[row], TRUE, shown ? (int) ref->chunk : -1,
                    x + self->grid.pad, y + self->grid.pad, NULL);
    }
}

static void
trellis_presenter_sheet_snapshot (GtkWidget   *widget,
                                  GtkSnapshot *snapshot)
{
  TrellisPresenterSheet *self = TRELLIS_PRESENTER_SHEET (widget);
  GdkRGBA color;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS
  color.alpha = 0.35;
  for (guint i = 0; i < self->cells->len; i++)
    {
      GskRoundedRect outline;
      graphene_rect_t *cell = &g_array_index (self->cells, graphene_rect_t, i);

      gsk_rounded_rect_init_from_rect (&outline, cell, 8);
      gtk_snapshot_append_border (snapshot, &outline, (float[4]) { 1, 1, 1, 1 },
                                  (GdkRGBA[4]) { color, color, color, color });
    }
  GTK_WIDGET_CLASS (trellis_presenter_sheet_parent_class)->snapshot (widget, snapshot);
}

static void
trellis_presenter_sheet_measure (GtkWidget      *widget,
                                 GtkOrientation  orientation,
                                 int             for_size,
                                 int            *minimum,
                                 int            *natural,
                                 int            *minimum_baseline,
                                 int            *natural_baseline)
{
  /* The sheet takes the space it is given and fits the board into it. */
  *minimum = *natural = 0;
}

static GtkWidget *
new_label (const char *text,
           const char *detail,
           const char *css_class,
           const char *style)
{
  g_autofree char *full = detail != NULL ? g_strconcat (text, "\n", detail, NULL) : g_strdup (text);
  GtkWidget *label = gtk_label_new (full);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, css_class);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  if (detail != NULL)
    g_object_set_data (G_OBJECT (label), "detail-start", GUINT_TO_POINTER (strlen (text) + 1));
  return label;
}

static void
clear_children (TrellisPresenterSheet *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_ptr_array_set_size (self->headings, 0);
  g_ptr_array_set_size (self->notes, 0);
  g_array_set_size (self->cells, 0);
}

static void
trellis_presenter_sheet_dispose (GObject *object)
{
  TrellisPresenterSheet *self = TRELLIS_PRESENTER_SHEET (object);

  clear_children (self);
  g_clear_pointer (&self->board, trellis_presenter_board_free);
  if (self->fit_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->fit_tick);
  self->fit_tick = 0;
  G_OBJECT_CLASS (trellis_presenter_sheet_parent_class)->dispose (object);
}

static void
trellis_presenter_sheet_finalize (GObject *object)
{
  TrellisPresenterSheet *self = TRELLIS_PRESENTER_SHEET (object);

  g_ptr_array_unref (self->headings);
  g_ptr_array_unref (self->notes);
  g_array_unref (self->cells);
  g_array_unref (self->pages);
  g_array_unref (self->heading_heights);
  g_ptr_array_unref (self->note_heights);
  G_OBJECT_CLASS (trellis_presenter_sheet_parent_class)->finalize (object);
}

static void
trellis_presenter_sheet_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  TrellisPresenterSheet *self = TRELLIS_PRESENTER_SHEET (object);

  switch (prop_id)
    {
    case PROP_PAGE:
      g_value_set_uint (value, trellis_presenter_sheet_get_page (self));
      break;
    case PROP_N_PAGES:
      g_value_set_uint (value, trellis_presenter_sheet_get_n_pages (self));
      break;
    case PROP_FONT_SIZE:
      g_value_set_int (value, trellis_presenter_sheet_get_font_size (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trellis_presenter_sheet_class_init (TrellisPresenterSheetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trellis_presenter_sheet_dispose;
  object_class->finalize = trellis_presenter_sheet_finalize;
  object_class->get_property = trellis_presenter_sheet_get_property;
  widget_class->measure = trellis_presenter_sheet_measure;
  widget_class->size_allocate = trellis_presenter_sheet_size_allocate;
  widget_class->snapshot = trellis_presenter_sheet_snapshot;

  properties[PROP_PAGE] =
    g_param_spec_uint ("page", NULL, NULL, 0, G_MAXUINT, 0, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_N_PAGES] =
    g_param_spec_uint ("n-pages", NULL, NULL, 1, G_MAXUINT, 1,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_FONT_SIZE] =
    g_param_spec_int ("font-size", NULL, NULL, 0, G_MAXINT, 0,
                      (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_widget_class_set_css_name (widget_class, "presentersheet");
}

static void
trellis_presenter_sheet_init (TrellisPresenterSheet *self)
{
  self->headings = g_ptr_array_new ();
  self->notes = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->cells = g_array_new (FALSE, FALSE, sizeof (graphene_rect_t));
  self->pages = g_array_new (FALSE, FALSE, sizeof (PageRef));
  self->heading_heights = g_array_new (FALSE, TRUE, sizeof (int));
  self->note_heights = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_array_append_val (self->pages, ((PageRef) { 0, 0 }));
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
}

/**
 * trellis_presenter_sheet_new:
 *
 * Returns: (transfer floating): an empty sheet
 */
GtkWidget *
trellis_presenter_sheet_new (void)
{
  return g_object_new (TRELLIS_TYPE_PRESENTER_SHEET, NULL);
}

/**
 * trellis_presenter_sheet_set_board:
 * @board: (transfer full) (nullable): the board to show
 *
 * Shows @board from its first page, or on the same page when it is the
 * same board again (after an edit).
 */
void
trellis_presenter_sheet_set_board (TrellisPresenterSheet *self,
                                   TrellisPresenterBoard *board)
{
  gboolean same;

  g_return_if_fail (TRELLIS_IS_PRESENTER_SHEET (self));

  same = board != NULL && self->board != NULL && g_str_equal (board->id, self->board->id);
  clear_children (self);
  g_clear_pointer (&self->board, trellis_presenter_board_free);
  self->board = board;
  for (guint s = 0; board != NULL && s < board->sections->len; s++)
    {
      TrellisPresenterSection *section = board->sections->pdata[s];
      GPtrArray *labels = g_ptr_array_new ();
      GtkWidget *heading = new_label (section->heading, NULL, "presenter-heading", section->style);

      gtk_widget_set_parent (heading, GTK_WIDGET (self));
      g_ptr_array_add (self->headings, heading);
      for (guint i = 0; i < section->notes->len; i++)
        {
          TrellisPresenterNote *note = section->notes->pdata[i];
          GtkWidget *label = new_label (note->text, note->detail, "presenter-note",
                                        note->style != NULL ? note->style : section->style);

          gtk_widget_set_parent (label, GTK_WIDGET (self));
          g_ptr_array_add (labels, label);
        }
      g_ptr_array_add (self->notes, labels);
    }
  self->font_size = 0;
  self->fit_valid = FALSE;
  if (!same)
    {
      g_array_set_size (self->pages, 1);
      trellis_presenter_sheet_set_page (self, 0);
    }
  /* Fit now when shown, so an edit does not blank the sheet for a frame. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) && gtk_widget_get_width (GTK_WIDGET (self)) > 0)
    fit (self, gtk_widget_get_width (GTK_WIDGET (self)), gtk_widget_get_height (GTK_WIDGET (self)));
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/**
 * trellis_presenter_sheet_get_board:
 *
 * Returns: (transfer none) (nullable): the board shown
 */
TrellisPresenterBoard *
trellis_presenter_sheet_get_board (TrellisPresenterSheet *self)
{
  g_return_val_if_fail (TRELLIS_IS_PRESENTER_SHEET (self), NULL);

  return self->board;
}

/**
 * trellis_presenter_sheet_get_page:
 *
 * Returns: the page shown, from 0
 */
guint
trellis_presenter_sheet_get_page (TrellisPresenterSheet *self)
{
  g_return_val_if_fail (TRELLIS_IS_PRESENTER_SHEET (self), 0);

  return self->page;
}

/**
 * trellis_presenter_sheet_set_page:
 * @page: a page, from 0; past the last, the last
 */
void
trellis_presenter_sheet_set_page (TrellisPresenterSheet *self,
                                  guint                  page)
{
  g_return_if_fail (TRELLIS_IS_PRESENTER_SHEET (self));

  page = MIN (page, self->pages->len - 1);
  if (page == self->page)
    return;
  self->page = page;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

/**
 * trellis_presenter_sheet_get_n_pages:
 *
 * Returns: the pages the board needs at the sheet's size (1 until it is laid out)
 */
guint
trellis_presenter_sheet_get_n_pages (TrellisPresenterSheet *self)
{
  g_return_val_if_fail (TRELLIS_IS_PRESENTER_SHEET (self), 1);

  return self->pages->len;
}

/**
 * trellis_presenter_sheet_get_font_size:
 *
 * Returns: the size of the notes' type, in pixels (0 before the first layout)
 */
int
trellis_presenter_sheet_get_font_size (TrellisPresenterSheet *self)
{
  g_return_val_if_fail (TRELLIS_IS_PRESENTER_SHEET (self), 0);

  return self->font_size;
}

/**
 * trellis_presenter_sheet_get_floor_size:
 *
 * Returns: the least type size at the sheet's height, below which it paginates
 */
int
trellis_presenter_sheet_get_floor_size (TrellisPresenterSheet *self)
{
  g_return_val_if_fail (TRELLIS_IS_PRESENTER_SHEET (self), 0);

  return floor_size (gtk_widget_get_height (GTK_WIDGET (self)));
}
