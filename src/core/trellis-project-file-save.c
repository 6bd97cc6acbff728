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
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <libxml/tree.h>

#include "trellis.h"
#include "trellis-field-value.h"
#include "trellis-item-private.h"
#include "trellis-project-file.h"
#include "trellis-project-file-private.h"
#include "trellis-project-private.h"

/* A copied node may declare again a namespace its new parent already has
 * in scope; point its subtree at the parent's declaration and drop the
 * duplicate, so unknown elements read back exactly as they were. */
static void
replace_ns (xmlNodePtr node,
            xmlNsPtr   from,
            xmlNsPtr   to)
{
  if (node->type != XML_ELEMENT_NODE)
    return;
  if (node->ns == from)
    node->ns = to;
  for (xmlAttrPtr attr = node->properties; attr != NULL; attr = attr->next)
    if (attr->ns == from)
      attr->ns = to;
  for (xmlNodePtr child = node->children; child != NULL; child = child->next)
    replace_ns (child, from, to);
}

static void
drop_redundant_ns (xmlDocPtr  doc,
                   xmlNodePtr parent,
                   xmlNodePtr node)
{
  xmlNsPtr *link = &node->nsDef;

  while (*link != NULL)
    {
      xmlNsPtr ns = *link;
      xmlNsPtr outer = xmlSearchNs (doc, parent, ns->prefix);

      if (outer != NULL && xmlStrEqual (outer->href, ns->href))
        {
          replace_ns (node, ns, outer);
          *link = ns->next;
          ns->next = NULL;
          xmlFreeNs (ns);
        }
      else
        link = &ns->next;
    }
}

static void
write_extra (xmlNodePtr parent,
             xmlNodePtr extra)
{
  if (extra == NULL)
    return;

  for (xmlAttrPtr attr = extra->properties; attr != NULL; attr = attr->next)
    _trellis_xml_copy_attribute (parent, attr);
  for (xmlNodePtr child = extra->children; child != NULL; child = child->next)
    {
      xmlNodePtr copy = xmlDocCopyNode (child, parent->doc, 1);

      xmlAddChild (parent, copy);
      if (copy->type == XML_ELEMENT_NODE)
        drop_redundant_ns (parent->doc, parent, copy);
    }
}

static void
write_item (xmlNodePtr   parent,
            xmlNsPtr     ns,
            TrellisItem *item)
{
  TrellisItemClass *klass = TRELLIS_ITEM_GET_CLASS (item);
  guint n_fields = trellis_item_class_get_n_fields (klass);
  xmlNodePtr node = xmlNewChild (parent, ns,
                                 (const xmlChar *) trellis_item_class_get_element_name (klass),
                                 NULL);

  xmlNewProp (node, (const xmlChar *) "uuid", (const xmlChar *) trellis_item_get_uuid (item));

  /* Attributes first, then the text elements, each in field order. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n_fields; i++)
      {
        const TrellisField *field = trellis_item_class_get_field (klass, i);
        gboolean element = (field->flags & TRELLIS_FIELD_ELEMENT) != 0;
        g_autofree char *text = NULL;

        if (element != (pass == 1))
          continue;
        text = _trellis_field_to_string (field, _trellis_item_get_slot (item, i));
        if (text == NULL)
          continue;
        if (element)
          xmlNewTextChild (node, ns, (const xmlChar *) field->pspec->name, (const xmlChar *) text);
        else
          xmlNewProp (node, (const xmlChar *) field->pspec->name, (const xmlChar *) text);
      }

  write_extra (node, _trellis_item_get_extra (item));
}

static void
write_sections (TrellisProject *project,
                xmlNodePtr      root,
                xmlNsPtr        ns)
{
  const GType *types = trellis_project_get_item_types (NULL);

  for (guint t = 0; types[t] != G_TYPE_INVALID; t++)
    {
      const char *name = trellis_item_class_get_section_name (g_type_class_peek (types[t]));
      GListModel *items = trellis_project_get_items (project, types[t]);
      guint n = g_list_model_get_n_items (items);
      xmlNodePtr section = xmlNewChild (root, ns, (const xmlChar *) name, NULL);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(TrellisItem) item = g_list_model_get_item (items, i);
          write_item (section, ns, item);
        }
      write_extra (section, _trellis_project_get_extra (project, name));
    }
}

/**
 * trellis_project_to_bytes:
 *
 * Returns: (transfer full): the project as the text of a .trellis file
 */
GBytes *
trellis_project_to_bytes (TrellisProject *project)
{
  xmlDocPtr doc = xmlNewDoc ((const xmlChar *) "1.0");
  xmlNodePtr root = xmlNewNode (NULL, (const xmlChar *) "trellis");
  xmlNodePtr root_extra = _trellis_project_get_extra (project, "");
  xmlNsPtr ns = xmlNewNs (root, (const xmlChar *) TRELLIS_FILE_NAMESPACE, NULL);
  xmlChar *buffer = NULL;
  int length = 0;
  GBytes *bytes;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);

  xmlSetNs (root, ns);
  xmlDocSetRootElement (doc, root);
  if (root_extra != NULL)
    for (xmlNsPtr other = root_extra->nsDef; other != NULL; other = other->next)
      xmlNewNs (root, other->href, other->prefix);
  xmlNewProp (root, (const xmlChar *) "format-version",
              (const xmlChar *) TRELLIS_FILE_FORMAT_VERSION);

  write_item (root, ns, TRELLIS_ITEM (trellis_project_get_header (project)));
  write_sections (project, root, ns);
  write_extra (root, root_extra);

  xmlDocDumpFormatMemoryEnc (doc, &buffer, &length, "UTF-8", 1);
  bytes = g_bytes_new (buffer, length);
  xmlFree (buffer);
  xmlFreeDoc (doc);

  return bytes;
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
      if (written <= 0)
        return FALSE;
      data += written;
      length -= written;
    }

  return TRUE;
}

/* The previous version survives as NAME~: a hard link when the file
 * system has them, else a copy. */
static gboolean
keep_backup_of (const char *path)
{
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *contents = NULL;
  gsize length;

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return TRUE;

  if (g_unlink (backup) != 0 && errno != ENOENT)
    return FALSE;
  if (link (path, backup) == 0)
    return TRUE;

  return g_file_get_contents (path, &contents, &length, NULL) &&
         g_file_set_contents (backup, contents, length, NULL);
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

static gboolean
write_temporary (const char  *path,
                 char        *template,
                 GBytes      *contents,
                 GError     **error)
{
  gsize length;
  const guint8 *data = g_bytes_get_data (contents, &length);
  struct stat original;
  int fd = g_mkstemp_full (template, O_RDWR | O_CLOEXEC, 0666);
  int saved_errno;

  if (fd < 0)
    return set_save_error (error, path, _("cannot create a file in its folder"), errno);

  /* Keep the permissions of the file we replace. */
  if (g_stat (path, &original) == 0)
    fchmod (fd, original.st_mode & 0777);
  else
    {
      mode_t mask = umask (0);
      umask (mask);
      fchmod (fd, 0666 & ~mask);
    }

  if (write_all (fd, data, length) && fsync (fd) == 0 && close (fd) == 0)
    return TRUE;

  saved_errno = errno;
  close (fd);
  g_unlink (template);
  return set_save_error (error, path, _("cannot write the new version"), saved_errno);
}

/**
 * trellis_write_file_atomically:
 * @keep_backup: keep the previous version as NAME~
 *
 * Replaces @file with @contents so that, whatever happens, the file on disk
 * is either the old or the new version, complete.
 */
gboolean
trellis_write_file_atomically (GFile    *file,
                               GBytes   *contents,
                               gboolean  keep_backup,
                               GError  **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *directory = NULL;
  g_autofree char *base = NULL;
  g_autofree char *template = NULL;
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

  if (!write_temporary (path, template, contents, error))
    return FALSE;

  if (keep_backup && !keep_backup_of (path))
    {
      saved_errno = errno;
      g_unlink (template);
      return set_save_error (error, path, _("cannot keep the previous version as a backup"),
                             saved_errno);
    }

  if (g_rename (template, path) != 0)
    {
      saved_errno = errno;
      g_unlink (template);
      return set_save_error (error, path, _("cannot replace the file"), saved_errno);
    }

  sync_directory (directory);
  return TRUE;
}

/* Stamps the header as saved now, outside the undo history. */
static void
stamp_header (TrellisHeader *header,
              const char    *modified,
              int            revision)
{
  GObjectClass *klass = G_OBJECT_GET_CLASS (header);
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, modified);
  _trellis_item_apply_value (TRELLIS_ITEM (header), g_object_class_find_property (klass, "modified"),
                             &value);
  g_value_unset (&value);
  g_value_init (&value, G_TYPE_INT);
  g_value_set_int (&value, revision);
  _trellis_item_apply_value (TRELLIS_ITEM (header), g_object_class_find_property (klass, "revision"),
                             &value);
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
  TrellisItem *header = TRELLIS_ITEM (trellis_project_get_header (project));
  g_autofree char *old_modified = g_strdup (trellis_item_get_string (header, "modified"));
  int old_revision = trellis_item_get_int (header, "revision");
  gboolean dirty = trellis_project_get_dirty (project);
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (dirty)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
      g_autofree char *modified = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");

      stamp_header (TRELLIS_HEADER (header), modified, old_revision + 1);
    }

  bytes = trellis_project_to_bytes (project);
  if (!trellis_write_file_atomically (file, bytes, TRUE, error))
    {
      if (dirty)
        stamp_header (TRELLIS_HEADER (header), old_modified, old_revision);
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
