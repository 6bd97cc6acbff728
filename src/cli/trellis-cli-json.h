/* trellis-cli-json.h: a small JSON writer for trellis-cli
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _TrellisCliJson TrellisCliJson;

TrellisCliJson *trellis_cli_json_new          (void);
void            trellis_cli_json_free         (TrellisCliJson *self);
char           *trellis_cli_json_steal        (TrellisCliJson *self);
void            trellis_cli_json_begin_object (TrellisCliJson *self);
void            trellis_cli_json_end_object   (TrellisCliJson *self);
void            trellis_cli_json_begin_array  (TrellisCliJson *self);
void            trellis_cli_json_end_array    (TrellisCliJson *self);
void            trellis_cli_json_key          (TrellisCliJson *self,
                                               const char     *key);
void            trellis_cli_json_string       (TrellisCliJson *self,
                                               const char     *value);
void            trellis_cli_json_int          (TrellisCliJson *self,
                                               gint64          value);
void            trellis_cli_json_boolean      (TrellisCliJson *self,
                                               gboolean        value);
void            trellis_cli_json_null         (TrellisCliJson *self);
void            trellis_cli_json_value        (TrellisCliJson *self,
                                               const GValue   *value);
void            trellis_cli_json_escape       (GString        *out,
                                               const char     *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrellisCliJson, trellis_cli_json_free)

G_END_DECLS
