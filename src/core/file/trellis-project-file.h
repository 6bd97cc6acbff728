/* trellis-project-file.h: reading and writing .trellis files
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "trellis-project.h"

G_BEGIN_DECLS

#define TRELLIS_FILE_NAMESPACE      "https://trellis.github.io/ns/project/1"
#define TRELLIS_FILE_FORMAT_VERSION "1.0"
#define TRELLIS_FILE_MAX_SIZE       (64 * 1024 * 1024)

#define TRELLIS_FILE_ERROR (trellis_file_error_quark ())

/**
 * TrellisFileError:
 * @TRELLIS_FILE_ERROR_TOO_LARGE: over %TRELLIS_FILE_MAX_SIZE
 * @TRELLIS_FILE_ERROR_NOT_WELL_FORMED: not XML at all, or broken XML
 * @TRELLIS_FILE_ERROR_FORBIDDEN: a DOCTYPE, entity or other construct refused for safety
 * @TRELLIS_FILE_ERROR_NOT_A_PROJECT: XML, but not a Trellis project
 * @TRELLIS_FILE_ERROR_NEWER_VERSION: written by a newer, incompatible Trellis
 * @TRELLIS_FILE_ERROR_INVALID: a wrong type, a missing value, a dangling reference
 * @TRELLIS_FILE_ERROR_SAVE: the file could not be written; the original is intact
 */
typedef enum
{
  TRELLIS_FILE_ERROR_TOO_LARGE,
  TRELLIS_FILE_ERROR_NOT_WELL_FORMED,
  TRELLIS_FILE_ERROR_FORBIDDEN,
  TRELLIS_FILE_ERROR_NOT_A_PROJECT,
  TRELLIS_FILE_ERROR_NEWER_VERSION,
  TRELLIS_FILE_ERROR_INVALID,
  TRELLIS_FILE_ERROR_SAVE,
} TrellisFileError;

GQuark          trellis_file_error_quark        (void);

TrellisProject *trellis_project_load            (GFile           *file,
                                                 GError         **error);
TrellisProject *trellis_project_load_from_data  (const char      *data,
                                                 gsize            length,
                                                 const char      *display_name,
                                                 GError         **error);
GBytes         *trellis_project_to_bytes        (TrellisProject  *project);
gboolean        trellis_project_save            (TrellisProject  *project,
                                                 GFile           *file,
                                                 GError         **error);
gboolean        trellis_project_save_copy       (TrellisProject  *project,
                                                 GFile           *file,
                                                 GError         **error);
gboolean        trellis_write_file_atomically   (GFile           *file,
                                                 GBytes          *contents,
                                                 gboolean         keep_backup,
                                                 GError         **error);
gboolean        trellis_write_file_atomically_with_mode (GFile   *file,
                                                 GBytes          *contents,
                                                 gboolean         keep_backup,
                                                 int              mode,
                                                 GError         **error);

G_END_DECLS
