/* trellis-project-file-save.c: writing .trellis files, without losing data
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The output is stable so that teams can keep projects in git: the same
 * project always gives the same bytes (fixed element and attribute order,
 * two-space indentation, defaults left out).  Saving writes a temporary
 * file beside the target, syncs it, keeps the previous version as
 * NAME.trellis~ and renames the new file over the old one; if anything
 * fails the original is untouched.
 */

#define G_LOG_DOMAIN "trellis-project-file"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <libxml/tree.h>

#include "trellis.h"
#include "trellis-field-value.h"
#include "trellis-file-metadata-private.h"
#include "trellis-item-private.h"
#include "trellis-project-file.h"
#include "trellis-project-file-private.h"
#include "trellis-project-private.h"

/* The output is what xmlDocDumpFormatMemoryEnc() made of the document
 * this writer used to build, byte for byte, but written straight into one
 * buffer: known fields are escaped here as libxml2 escapes them, and only
 * what was kept unknown goes through libxml2's serialiser (see
 * trellis-project-file-keep.c). */

typedef struct
{
  GString           *out;
  TrellisXmlScratch *scratch;
} Writer;

#define MAX_INDENT_LEVEL 30  /* libxml2 indents at most 60 spaces */

static void
indent (GString  *out,
        int       level,
        gboolean  format)
{
  static const char spaces[] = "                                                            ";

  if (format)
    g_string_append_len (out, spaces, 2 * MIN (level, MAX_INDENT_LEVEL));
}

static void
newline (GString  *out,
         gboolean  format)
{
  if (format)
    g_string_append_c (out, '\n');
}

/* As libxml2 escapes text (xmlEscapeContent) or, with @attribute, an
 * attribute value (xmlBufAttrSerializeTxtContent), UTF-8 left as it is. */
static void
append_escaped (GString    *out,
                const char *text,
                gboolean    attribute)
{
  /* strcspn() looks for several bytes at once. */
  const char *special = attribute ? "<>&\r\"\n\t" : "<>&\r";
  const char *p = text;

  for (;;)
    {
      gsize run = strcspn (p, special);
      const char *entity;

      g_string_append_len (out, p, run);
      p += run;
      switch (*p)
        {
        case '\0': return;
        case '<': entity = "&lt;"; break;
        case '>': entity = "&gt;"; break;
        case '&': entity = "&amp;"; break;
        case '\r': entity = "&#13;"; break;
        case '"': entity = "&quot;"; break;
        case '\n': entity = "&#10;"; break;
        default: entity = "&#9;"; break;
        }
      g_string_append (out, entity);
      p++;
    }
}

static void
append_tag (GString    *out,
            const char *opening,
            const char *name)
{
  g_string_append (out, opening);
  g_string_append (out, name);
  g_string_append_c (out, '>');
}

static void
append_attribute (GString    *out,
                  const char *name,
                  const char *value)
{
  g_string_append_c (out, ' ');
  g_string_append (out, name);
  g_string_append (out, "=\"");
  append_escaped (out, value, TRUE);
  g_string_append_c (out, '"');
}

/* Whether a text field kept whole for its markup still says what the
 * field holds: then it is written instead of the plain text. */
static gboolean
kept_field_is_current (xmlNodePtr  kept,
                       const char *text)
{
  xmlChar *content = xmlNodeGetContent (kept);
  gboolean current = g_strcmp0 ((const char *) content, text) == 0;

  xmlFree (content);
  return current;
}

/* Adds the fields of @item to @node, attributes first, then elements; a
 * text field kept with its markup (in @extra) is left to the extra, unless
 * the text was changed since: then @stale collects the kept element. */
static void
build_item (xmlNodePtr   node,
            xmlNsPtr     ns,
            TrellisItem *item,
            xmlNodePtr   extra,
            GPtrArray   *stale)
{
  TrellisItemClass *klass = TRELLIS_ITEM_GET_CLASS (item);
  guint n_fields = trellis_item_class_get_n_fields (klass);

  xmlNewProp (node, (const xmlChar *) "uuid", (const xmlChar *) trellis_item_get_uuid (item));
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n_fields; i++)
      {
        const TrellisField *field = trellis_item_class_get_field (klass, i);
        gboolean element = (field->flags & TRELLIS_FIELD_ELEMENT) != 0;
        g_autofree char *text = NULL;
        xmlNodePtr kept;

        if (element != (pass == 1))
          continue;
        text = _trellis_field_to_string (field, _trellis_item_get_slot (item, i));
        kept = element ? _trellis_xml_find_kept_field (extra, field->pspec->name) : NULL;
        if (kept != NULL && kept_field_is_current (kept, text))
          continue;
        if (kept != NULL)
          g_ptr_array_add (stale, kept);
        if (text == NULL)
          continue;
        if (element)
          xmlNewTextChild (node, ns, (const xmlChar *) field->pspec->name, (const xmlChar *) text);
        else
          xmlNewProp (node, (const xmlChar *) field->pspec->name, (const xmlChar *) text);
      }
}

/* An item with something kept unknown: built as a node and printed by libxml2. */
static void
write_item_with_extra (Writer      *writer,
                       TrellisItem *item,
                       int          level,
                       gboolean     format)
{
  const char *name = trellis_item_class_get_element_name (TRELLIS_ITEM_GET_CLASS (item));
  xmlNodePtr node = _trellis_xml_scratch_element (writer->scratch, name);
  xmlNodePtr extra = _trellis_item_get_extra (item);
  g_autoptr(GPtrArray) stale = g_ptr_array_new ();

  build_item (node, node->ns, item, extra, stale);
  /* Kept markup of a text changed since is left out of this save, and
   * kept in the item, so that undo finds it again. */
  _trellis_xml_scratch_add_extra_except (writer->scratch, node, extra, stale);
  indent (writer->out, level, format);
  _trellis_xml_scratch_dump (writer->scratch, writer->out, node, level, format);
  newline (writer->out, format);
  _trellis_xml_scratch_drop (writer->scratch, node);
}

/* Writes the fields of @item that are attributes or, with @elements, the
 * text elements, each in field order; the start tag is closed before the
 * first element.  Returns: whether there was an element. */
static gboolean
write_fields (GString     *out,
              TrellisItem *item,
              gboolean     elements,
              int          level,
              gboolean     format)
{
  TrellisItemClass *klass = TRELLIS_ITEM_GET_CLASS (item);
  guint n_fields = trellis_item_class_get_n_fields (klass);
  gboolean open = FALSE;

  for (guint i = 0; i < n_fields; i++)
    {
      const TrellisField *field = trellis_item_class_get_field (klass, i);
      g_autofree char *text = NULL;

      if (((field->flags & TRELLIS_FIELD_ELEMENT) != 0) != elements ||
          !(text = _trellis_field_to_string (field, _trellis_item_get_slot (item, i))))
        continue;
      if (!elements)
        {
          append_attribute (out, field->pspec->name, text);
          continue;
        }
      if (!open)
        g_string_append_c (out, '>');
      newline (out, format && !open);
      open = TRUE;
      indent (out, level + 1, format);
      append_tag (out, "<", field->pspec->name);
      append_escaped (out, text, FALSE);
      append_tag (out, "</", field->pspec->name);
      newline (out, format);
    }

  return open;
}

static void
write_item (Writer      *writer,
            TrellisItem *item,
            int          level,
            gboolean     format)
{
  const char *name = trellis_item_class_get_element_name (TRELLIS_ITEM_GET_CLASS (item));
  GString *out = writer->out;

  if (_trellis_item_get_extra (item) != NULL)
    {
      write_item_with_extra (writer, item, level, format);
      return;
    }

  indent (out, level, format);
  g_string_append_c (out, '<');
  g_string_append (out, name);
  append_attribute (out, "uuid", trellis_item_get_uuid (item));
  write_fields (out, item, FALSE, level, format);
  if (write_fields (out, item, TRUE, level, format))
    {
      indent (out, level, format);
      append_tag (out, "</", name);
    }
  else
    g_string_append (out, "/>");
  newline (out, format);
}

/* Writes the children kept in @extra, each as libxml2 prints it. */
static void
write_extra_children (Writer     *writer,
                      xmlNodePtr  element,
                      int         level,
                      gboolean    format)
{
  for (xmlNodePtr child = element->children; child != NULL; child = child->next)
    {
      indent (writer->out, level, format);
      _trellis_xml_scratch_dump (writer->scratch, writer->out, child, level, format);
      newline (writer->out, format);
    }
}

static void
write_section (Writer         *writer,
               TrellisProject *project,
               GType           type,
               gboolean        format)
{
  const char *name = trellis_item_class_get_section_name (g_type_class_peek (type));
  GListModel *items = trellis_project_get_items (project, type);
  guint n = g_list_model_get_n_items (items);
  xmlNodePtr extra = _trellis_project_get_extra (project, name);
  /* An element holding text is printed without indentation inside. */
  gboolean inner_format = format && !_trellis_xml_has_text_child (extra);
  xmlNodePtr node;

  if (n == 0 && extra == NULL && trellis_item_class_get_section_optional (g_type_class_peek (type)))
    return;
  node = _trellis_xml_scratch_element (writer->scratch, name);
  _trellis_xml_scratch_add_extra (writer->scratch, node, extra);
  indent (writer->out, 1, format);
  if (n == 0 && node->children == NULL)
    _trellis_xml_scratch_dump (writer->scratch, writer->out, node, 1, format);
  else
    {
      _trellis_xml_scratch_dump_start_tag (writer->scratch, writer->out, node);
      newline (writer->out, inner_format);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(TrellisItem) item = g_list_model_get_item (items, i);
          write_item (writer, item, 2, inner_format);
        }
      write_extra_children (writer, node, 2, inner_format);
      indent (writer->out, 1, inner_format);
      append_tag (writer->out, "</", name);
    }
  newline (writer->out, format);
  _trellis_xml_scratch_drop (writer->scratch, node);
}

/**
 * trellis_project_to_bytes:
 *
 * Returns: (transfer full): the project as the text of a .trellis file
 */
GBytes *
trellis_project_to_bytes (TrellisProject *project)
{
  xmlNodePtr root_extra;
  const GType *types;
  g_autoptr(GString) body = NULL;
  g_autoptr(TrellisXmlScratch) scratch = NULL;
  Writer writer;
  xmlNodePtr root;
  gboolean format;
  GString *out;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);

  root_extra = _trellis_project_get_extra (project, "");
  format = !_trellis_xml_has_text_child (root_extra);
  types = trellis_project_get_item_types (NULL);
  scratch = _trellis_xml_scratch_new (root_extra);
  body = g_string_sized_new (1 << 20);
  writer = (Writer) { body, scratch };

  write_item (&writer, TRELLIS_ITEM (trellis_project_get_header (project)), 1, format);
  for (guint t = 0; types[t] != G_TYPE_INVALID; t++)
    write_section (&writer, project, types[t], format);

  /* The root last: attributes copied on the way may have declared namespaces on it. */
  root = _trellis_xml_scratch_root (scratch);
  _trellis_xml_scratch_add_extra (scratch, root, root_extra);
  write_extra_children (&writer, root, 1, format);
  out = g_string_sized_new (body->len + 1024);
  g_string_append (out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  _trellis_xml_scratch_dump_start_tag (scratch, out, root);
  newline (out, format);
  g_string_append_len (out, body->str, body->len);
  g_string_append (out, "</trellis>\n");

  return g_string_free_to_bytes (out);
}

static gboolean
set_save_error (GError     **error,
                const char  *path,
                const char  *what,
                int          saved_errno)
{
  g_autofree char *name = g_path_get_basename (path);

  /* translators: “plan.trellis”, then what failed, then the system's reason */
  g_set_error (error, TRELLIS_FILE_ERROR, TRELLIS_FILE_ERROR_SAVE,
               _("Could not save “%s”: %s: %s. The file on disk is unchanged."),
               name, what, g_strerror (saved_errno));
  return FALSE;
}

static gboolean
write_all (int           fd,
           const guint8 *data,
           gsize         length)
{
  while (length > 0)
    {
      gssize written = write (fd, data, length);

      if (written < 0 && errno == EINTR)
        continue;
      if (written == 0)
        errno = ENOSPC;  /* a regular file takes nothing more: the disk is full */
      if (written <= 0)
        return FALSE;
      data += written;
      length -= written;
    }

  return TRUE;
}

static gboolean
fill_temporary (int          fd,
                const char  *from,
                GBytes      *contents,
                int          mode,
                const char **what)
{
  gsize length;
  const guint8 *data = g_bytes_get_data (contents, &length);

  *what = _("cannot keep the file's permissions and extended attributes");
  if (!_trellis_file_copy_metadata (fd, from, mode))
    return FALSE;
  *what = _("cannot write the new version");
  return write_all (fd, data, length) && fsync (fd) == 0;
}

/* Writes @contents to a new file made from @template, with the
 * permissions, owner and extended attributes of @from, the file it will
 * replace.  Returns: 0, or the errno of the step that failed (described
 * in @what), and then nothing is left behind. */
static int
write_temporary (const char  *from,
                 char        *template,
                 GBytes      *contents,
                 int          mode,
                 const char **what)
{
  int fd = g_mkstemp_full (template, O_RDWR | O_CLOEXEC, 0600);
  int saved_errno;
  gboolean written;

  *what = _("cannot create a file in its folder");
  if (fd < 0)
    return errno;

  written = fill_temporary (fd, from, contents, mode, what);
  saved_errno = errno;
  /* close() releases the descriptor even when it fails: never twice. */
  if (close (fd) != 0 && written)
    {
      saved_errno = errno;
      written = FALSE;
    }
  if (written)
    return 0;
  g_unlink (template);
  return saved_errno;
}

/* Links @path to a new name .BASE.XXXXXX beside it, put in @template. */
static gboolean
link_temporary (const char *path,
                char       *template)
{
  static const char letters[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  char *x = template + strlen (template) - 6;

  for (guint attempt = 0; attempt < 100; attempt++)
    {
      for (guint i = 0; i < 6; i++)
        x[i] = letters[g_random_int_range (0, sizeof letters - 1)];
      if (link (path, template) == 0)
        return TRUE;
      if (errno != EEXIST)
        return FALSE;
    }

  return FALSE;
}

/* The previous version survives as NAME~: a hard link when the file
 * system has them, else a copy with the same metadata.  Either is made
 * under a temporary name and renamed, so that NAME~ is always a complete
 * version.  Returns: 0, or the errno of the step that failed. */
static int
keep_backup_of (const char  *path,
                const char  *pattern,
                const char **what)
{
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *template = g_strdup (pattern);
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize length;
  int saved_errno;

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return 0;

  *what = _("cannot keep the previous version as a backup");
  if (!link_temporary (path, template))
    {
      g_free (template);
      template = g_strdup (pattern);
      if (!g_file_get_contents (path, &contents, &length, NULL))
        return errno != 0 ? errno : EIO;
      bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
      if ((saved_errno = write_temporary (path, template, bytes, -1, what)) != 0)
        return saved_errno;
    }
  *what = _("cannot keep the previous version as a backup");
  if (g_rename (template, backup) == 0)
    return 0;
  saved_errno = errno;
  g_unlink (template);
  return saved_errno;
}

static void
sync_directory (const char *directory)
{
  int fd = open (directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
}

/* A file its owner made read-only is not replaced, even where the folder
 * would allow it (and even for root, who may write anything). */
static gboolean
check_writable (const char  *path,
                GError     **error)
{
  struct stat original;
  g_autofree char *name = NULL;

  if (g_stat (path, &original) != 0 || (original.st_mode & S_IWUSR) != 0)
    return TRUE;
  name = g_path_get_basename (path);
  g_set_error (error, TRELLIS_FILE_ERROR, TRELLIS_FILE_ERROR_SAVE,
               _("Could not save “%s”: the file is read-only. It was left unchanged; "
                 "save a copy under another name, or make the file writable first."), name);
  return FALSE;
}

/* A save killed between writing its temporary and renaming it leaves
 * .NAME.XXXXXX behind: the next save of NAME removes those older than a
 * minute (a younger one may be another save's, in progress). */
static void
remove_stale_temporaries (const char *directory,
                          const char *base)
{
  g_autofree char *prefix = g_strdup_printf (".%s.", base);
  g_autoptr(GDir) dir = g_dir_open (directory, 0, NULL);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      struct stat st;

      if (!g_str_has_prefix (name, prefix) || strlen (name) != strlen (prefix) + 6)
        continue;
      path = g_build_filename (directory, name, NULL);
      if (g_lstat (path, &st) == 0 && S_ISREG (st.st_mode) && now - st.st_mtime > 60 &&
          g_unlink (path) == 0)
        g_debug ("Removed %s, left by a save that did not finish", path);
    }
}

/**
 * trellis_write_file_atomically:
 * @keep_backup: keep the previous version as NAME~
 *
 * Replaces @file with @contents so that, whatever happens, the file on disk
 * is either the old or the new version, complete.  The new version keeps the
 * replaced file's permissions, owner and extended attributes; a read-only
 * file is not replaced.
 */
gboolean
trellis_write_file_atomically (GFile    *file,
                               GBytes   *contents,
                               gboolean  keep_backup,
                               GError  **error)
{
  return trellis_write_file_atomically_with_mode (file, contents, keep_backup, -1, error);
}

/**
 * trellis_write_file_atomically_with_mode:
 * @keep_backup: keep the previous version as NAME~
 * @mode: the permissions of a new file (0600), or -1 for the umask's default
 *
 * Like trellis_write_file_atomically(); a file that already exists keeps
 * its own permissions and extended attributes.
 */
gboolean
trellis_write_file_atomically_with_mode (GFile    *file,
                                         GBytes   *contents,
                                         gboolean  keep_backup,
                                         int       mode,
                                         GError  **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *directory = NULL;
  g_autofree char *base = NULL;
  g_autofree char *template = NULL;
  g_autofree char *pattern = NULL;
  const char *what;
  int saved_errno;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (path == NULL)
    {
      g_set_error (error, TRELLIS_FILE_ERROR, TRELLIS_FILE_ERROR_SAVE,
                   _("Could not save: Trellis saves projects only to local folders."));
      return FALSE;
    }

  directory = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  template = g_strdup_printf ("%s/.%s.XXXXXX", directory, base);

  if (!check_writable (path, error))
    return FALSE;
  pattern = g_strdup (template);
  if ((saved_errno = write_temporary (path, template, contents, mode, &what)) != 0)
    return set_save_error (error, path, what, saved_errno);

  if (keep_backup && (saved_errno = keep_backup_of (path, pattern, &what)) != 0)
    {
      g_unlink (template);
      return set_save_error (error, path, what, saved_errno);
    }

  if (g_rename (template, path) != 0)
    {
      saved_errno = errno;
      g_unlink (template);
      return set_save_error (error, path, _("cannot replace the file"), saved_errno);
    }

  sync_directory (directory);
  remove_stale_temporaries (directory, base);
  return TRUE;
}

/* Stamps the header as saved now, outside the undo history. */
static void
stamp_header (TrellisHeader *header,
              const char    *modified,
              int            revision)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, modified);
  _trellis_item_apply_field (TRELLIS_ITEM (header), TRELLIS_HEADER_FIELD_MODIFIED, &value);
  g_value_unset (&value);
  g_value_init (&value, G_TYPE_INT);
  g_value_set_int (&value, revision);
  _trellis_item_apply_field (TRELLIS_ITEM (header), TRELLIS_HEADER_FIELD_REVISION, &value);
}

/**
 * trellis_project_save:
 *
 * Saves @project to @file, keeping the previous version as a backup.  A
 * project with changes gets a new modification time and revision; saving
 * an unchanged project writes the same bytes again.
 */
gboolean
trellis_project_save (TrellisProject *project,
                      GFile          *file,
                      GError        **error)
{
  TrellisHeader *header = trellis_project_get_header (project);
  g_autofree char *old_modified = g_strdup (trellis_header_get_modified (header));
  int old_revision = trellis_header_get_revision (header);
  gboolean dirty = trellis_project_get_dirty (project);
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (dirty)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
      g_autofree char *modified = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");

      stamp_header (header, modified, old_revision + 1);
    }

  bytes = trellis_project_to_bytes (project);
  if (!trellis_write_file_atomically (file, bytes, TRUE, error))
    {
      if (dirty)
        stamp_header (header, old_modified, old_revision);
      return FALSE;
    }

  trellis_project_mark_saved (project);
  return TRUE;
}

/**
 * trellis_project_save_copy:
 *
 * Writes @project to @file as it is (an export): no backup, and the
 * project stays dirty if it was.
 */
gboolean
trellis_project_save_copy (TrellisProject *project,
                           GFile          *file,
                           GError        **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), FALSE);

  bytes = trellis_project_to_bytes (project);
  return trellis_write_file_atomically (file, bytes, FALSE, error);
}
