#!/usr/bin/env python3
# gen-item-accessors.py: typed getters and setters for every field of every item type
#
# Copyright 2026 The Trellis developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Each TrellisItem subclass declares its fields once, in its class_init, with
# trellis_item_class_add_<kind> (item_class, "name", ...).  This script reads
# those calls from the item sources and writes, for every field, a typed
# getter and setter that reach the value by its index, not by its name:
#
#   trellis_action_get_due ()        -> TrellisDay        (dates as day numbers)
#   trellis_action_get_goal ()       -> TrellisGoal *     (references resolved)
#   trellis_action_get_goal_uuid ()  -> const char *
#   trellis_action_list_depends_on () -> GPtrArray of TrellisAction
#   TRELLIS_ACTION_PROP_DUE          "due", the property's name, for
#                                    bindings and "notify::" signals
#
# Setters go through the item's undo history like any other edit.  The
# generated table _trellis_item_accessor_fields lets a test check that every
# index still names the field it was generated for.
#
# TRELLIS_ACTION_FIELD_DUE and its kin name every field's index: a typed
# identity of a field, for a table column that sorts by it or core code
# that sets a field outside the undo history (the save stamp).
#
# Usage: gen-item-accessors.py OUT.h OUT.c trellis-action.c ...

import os
import re
import sys

ADD_CALL = re.compile(r'trellis_item_class_add_(\w+)\s*\(\s*item_class\s*,\s*"([^"]+)"\s*,?(.*?)\)\s*;',
                      re.S)
DEFINE = re.compile(r'G_DEFINE_FINAL_TYPE\s*\(\s*(\w+)\s*,\s*(\w+)\s*,\s*TRELLIS_TYPE_ITEM\s*\)')

# Accessor names that would clash with GObject's own functions.
RENAMES = {('TrellisTowsStrategy', 'type'): 'tows_type'}


def camel(type_macro):
    """TRELLIS_TYPE_ACTION_STATUS -> TrellisActionStatus"""
    words = type_macro[len('TRELLIS_TYPE_'):].split('_')
    return 'Trellis' + ''.join(w.capitalize() for w in words)


def is_macro(type_name):
    """TrellisSwotItem -> TRELLIS_IS_SWOT_ITEM"""
    words = re.findall(r'[A-Z][a-z0-9]*', type_name)[1:]
    return 'TRELLIS_IS_' + '_'.join(w.upper() for w in words)


def type_macro(type_name):
    words = re.findall(r'[A-Z][a-z0-9]*', type_name)[1:]
    return 'TRELLIS_TYPE_' + '_'.join(w.upper() for w in words)


class Field:
    def __init__(self, owner, prefix, index, kind, name, args):
        self.owner = owner
        self.prefix = prefix
        self.index = index
        self.name = name
        self.cname = RENAMES.get((owner, name), name.replace('-', '_'))
        self.args = [a.strip() for a in args.split(',') if a.strip()] if args else []
        flags = args or ''
        self.kind = kind
        if kind == 'string':
            if 'TRELLIS_FIELD_DATETIME' in flags:
                self.kind = 'datetime'
            elif 'TRELLIS_FIELD_DATE' in flags:
                sys.exit('%s: a date is declared with trellis_item_class_add_date ()' % name)
        if kind in ('ref', 'reflist'):
            ref = self.args[-1]
            self.ref_macro = ref if ref != 'G_TYPE_INVALID' else 'TRELLIS_TYPE_ITEM'
            self.ref_type = camel(self.ref_macro)
        if kind == 'enum':
            self.enum_macro = self.args[0]
            self.enum_type = camel(self.enum_macro)


def parse(path):
    text = open(path, encoding='utf-8').read()
    define = DEFINE.search(text)
    if define is None:
        return None
    owner, prefix = define.group(1), define.group(2)
    init = text[text.index(prefix + '_class_init'):]
    init = init[:init.index('\n}\n')]
    fields = []
    for match in ADD_CALL.finditer(init):
        kind, name, args = match.group(1), match.group(2), match.group(3)
        if kind == 'int_full':
            kind = 'int'
        if kind not in ('string', 'date', 'ref', 'reflist', 'enum', 'int', 'double', 'boolean'):
            sys.exit('%s: unknown field kind trellis_item_class_add_%s' % (path, kind))
        fields.append(Field(owner, prefix, len(fields), kind, name, args))
    if init.count('trellis_item_class_add_') != len(fields):
        sys.exit('%s: a field of %s could not be read' % (path, owner))
    return owner, prefix, fields


def doc(out, name, text):
    out.append('/**\n * %s:\n *\n * %s\n */' % (name, text))


def getter(f):
    """(return type, name suffix, body, doc) of the getter(s) of field f."""
    self_arg = '%s *self' % f.owner
    check = '  g_return_val_if_fail (%s (self), %%s);\n' % is_macro(f.owner)
    slot = 'SLOT (self, %d)' % f.index
    quoted = '“%s”' % f.name
    if f.kind in ('string', 'datetime'):
        what = 'an ISO 8601 UTC time, ' if f.kind == 'datetime' else ''
        return [('const char *', 'get_' + f.cname, check % 'NULL' +
                 '  return g_value_get_string (%s);' % slot,
                 'Returns: (nullable) (transfer none): the %s field, %sor %%NULL' % (quoted, what))]
    if f.kind == 'date':
        return [('TrellisDay', 'get_' + f.cname, check % 'TRELLIS_DAY_NONE' +
                 '  return _trellis_item_get_day (TRELLIS_ITEM (self), %d);' % f.index,
                 'Returns: the %s date, %%TRELLIS_DAY_NONE if it has none' % quoted)]
    if f.kind == 'int':
        return [('int', 'get_' + f.cname, check % '0' + '  return g_value_get_int (%s);' % slot,
                 'Returns: the %s field' % quoted)]
    if f.kind == 'double':
        return [('double', 'get_' + f.cname, check % 'NAN' + '  return g_value_get_double (%s);' % slot,
                 'Returns: the %s number, NaN if it is not set (trellis_double_is_set())' % quoted)]
    if f.kind == 'boolean':
        return [('gboolean', 'get_' + f.cname, check % 'FALSE' +
                 '  return g_value_get_boolean (%s);' % slot, 'Returns: the %s flag' % quoted)]
    if f.kind == 'enum':
        return [(f.enum_type, 'get_' + f.cname, check % '0' +
                 '  return (%s) g_value_get_enum (%s);' % (f.enum_type, slot),
                 'Returns: the %s field' % quoted)]
    if f.kind == 'ref':
        return [('const char *', 'get_%s_uuid' % f.cname, check % 'NULL' +
                 '  return g_value_get_string (%s);' % slot,
                 'Returns: (nullable) (transfer none): the UUID the %s reference holds' % quoted),
                ('%s *' % f.ref_type, 'get_' + f.cname, check % 'NULL' +
                 '  return _trellis_item_resolve (TRELLIS_ITEM (self), %d, %s);' % (f.index, f.ref_macro),
                 'Returns: (nullable) (transfer none): the %s the %s reference names, through the '
                 'item\'s project; %%NULL if none, if the project has no such item, or outside a project'
                 % (f.ref_type, quoted))]
    if f.kind == 'reflist':
        return [('const char * const *', 'get_%s_uuids' % f.cname, check % 'NULL' +
                 '  return g_value_get_boxed (%s);' % slot,
                 'Returns: (nullable) (transfer none) (array zero-terminated=1): the UUIDs of %s' % quoted),
                ('GPtrArray *', 'list_' + f.cname, check % 'NULL' +
                 '  return _trellis_item_resolve_list (TRELLIS_ITEM (self), %d, %s);' % (f.index, f.ref_macro),
                 'Returns: (transfer container) (element-type %s): the items of %s that the project '
                 'knows, in order' % (f.ref_type, quoted))]
    raise AssertionError(f.kind)


def setters(f):
    """(argument, name suffix, GType, set statement, doc) of the setter(s) of field f."""
    quoted = '“%s”' % f.name
    plain = {
        'string': ('const char *value', 'G_TYPE_STRING', 'g_value_set_string (&value, new_value);'),
        'datetime': ('const char *value', 'G_TYPE_STRING', 'g_value_set_string (&value, new_value);'),
        'int': ('int value', 'G_TYPE_INT', 'g_value_set_int (&value, new_value);'),
        'double': ('double value', 'G_TYPE_DOUBLE', 'g_value_set_double (&value, new_value);'),
        'boolean': ('gboolean value', 'G_TYPE_BOOLEAN', 'g_value_set_boolean (&value, new_value);'),
    }
    if f.kind in plain:
        arg, gtype, stmt = plain[f.kind]
        extra = ' (NaN clears it)' if f.kind == 'double' else ''
        return [(arg, 'set_' + f.cname, gtype, stmt, 'Sets %s%s, as one undoable edit.' % (quoted, extra))]
    if f.kind == 'date':
        return [('TrellisDay value', 'set_' + f.cname, None,
                 '_trellis_item_set_day (TRELLIS_ITEM (self), %d, new_value);' % f.index,
                 'Sets the %s date (%%TRELLIS_DAY_NONE clears it), as one undoable edit.' % quoted)]
    if f.kind == 'enum':
        return [('%s value' % f.enum_type, 'set_' + f.cname, f.enum_macro,
                 'g_value_set_enum (&value, new_value);', 'Sets %s, as one undoable edit.' % quoted)]
    if f.kind == 'ref':
        return [('const char *value', 'set_%s_uuid' % f.cname, 'G_TYPE_STRING',
                 'g_value_set_string (&value, new_value);',
                 'Sets the UUID the %s reference holds (%%NULL clears it), as one undoable edit.' % quoted),
                ('%s *value' % f.ref_type, 'set_' + f.cname, 'G_TYPE_STRING',
                 'g_value_set_string (&value, new_value != NULL ? trellis_item_get_uuid (TRELLIS_ITEM (new_value)) : NULL);',
                 'Makes %s refer to @value (%%NULL clears it), as one undoable edit.' % quoted)]
    if f.kind == 'reflist':
        return [('const char * const *value', 'set_%s_uuids' % f.cname, 'G_TYPE_STRV',
                 'g_value_set_boxed (&value, new_value);',
                 'Sets the UUIDs of %s (%%NULL or empty clears it), as one undoable edit.' % quoted)]
    raise AssertionError(f.kind)


def list_by(h, c, f):
    """trellis_action_list_by_goal (project, goal): the items whose field f refers to a target."""
    fname = '%s_list_by_%s' % (f.prefix, f.cname)
    h.append('GPtrArray *%s (TrellisProject *project, %s *target);' % (fname, f.ref_type))
    verb = 'holds' if f.kind == 'reflist' else 'refers to'
    doc(c, fname, '@target: (nullable): the item referred to; %%NULL for the items whose “%s” is not set\n *\n'
        ' * Returns: (transfer container) (element-type %s): the %s items of @project whose “%s” %s @target, '
        'in their order; the array holds a reference on each' % (f.name, f.owner, f.owner, f.name, verb))
    c.append('GPtrArray *\n%s (TrellisProject *project,\n%s%s *target)\n{\n'
             '  return _trellis_project_list_by_field (project, %s, %d, (TrellisItem *) target);\n}\n'
             % (fname, ' ' * (len(fname) + 2), f.ref_type, type_macro(f.owner), f.index))


def arg_split(arg):
    """'const char *value' -> ('const char *', 'new_value')"""
    head, name = re.match(r'(.*?)(\w+)$', arg).groups()
    return head, 'new_' + name


def main():
    out_h, out_c, sources = sys.argv[1], sys.argv[2], sys.argv[3:]
    classes = [c for c in (parse(p) for p in sources) if c is not None]

    h = ['/* trellis-item-accessors.h: generated by build-aux/gen-item-accessors.py; do not edit */',
         '', '#pragma once', '', '#include <glib-object.h>', '', '#include "trellis-date.h"',
         '#include "trellis-types.h"', '', 'G_BEGIN_DECLS', '']
    h.append('typedef struct _TrellisProject TrellisProject;')
    for owner, prefix, fields in classes:
        h.append('typedef struct _%s %s;' % (owner, owner))
    h.append('')
    c = ['/* trellis-item-accessors.c: generated by build-aux/gen-item-accessors.py; do not edit */',
         '', '#include "config.h"', '', '#include <math.h>', '', '#include "trellis.h"',
         '#include "trellis-item-private.h"', '#include "trellis-project-private.h"', '',
         '#define SLOT(self, index) _trellis_item_get_slot (TRELLIS_ITEM (self), index)', '']
    table = ['const TrellisAccessorField _trellis_item_accessor_fields[] = {']

    for owner, prefix, fields in classes:
        h.append('/* %s */' % owner)
        h.append('enum')
        h.append('{')
        for f in fields:
            h.append('  %s_FIELD_%s = %d,' % (type_macro(owner).replace('_TYPE_', '_', 1), f.cname.upper(), f.index))
        h.append('};')
        for f in fields:
            h.append('#define %s_PROP_%s "%s"' % (type_macro(owner).replace('_TYPE_', '_', 1), f.cname.upper(), f.name))
        for f in fields:
            table.append('  { "%s", "%s", %d },' % (owner, f.name, f.index))
            for rtype, suffix, body, text in getter(f):
                fname = '%s_%s' % (prefix, suffix)
                h.append('%s %s (%s *self);' % (rtype, fname, owner))
                doc(c, fname, text)
                c.append('%s\n%s (%s *self)\n{\n%s\n}\n' % (rtype, fname, owner, body))
            for arg, suffix, gtype, stmt, text in setters(f):
                fname = '%s_%s' % (prefix, suffix)
                ptype, pname = arg_split(arg)
                h.append('void %s (%s *self, %s%s);' % (fname, owner, ptype, pname))
                doc(c, fname, text)
                body = '  g_return_if_fail (%s (self));\n' % is_macro(owner)
                if f.kind == 'ref' and not suffix.endswith('_uuid'):
                    body += '  g_return_if_fail (new_value == NULL || %s (new_value));\n' % is_macro(f.ref_type) \
                        if f.ref_type != 'TrellisItem' else \
                        '  g_return_if_fail (new_value == NULL || TRELLIS_IS_ITEM (new_value));\n'
                if gtype is None:
                    body += '  %s' % stmt
                else:
                    body += ('  {\n    g_auto(GValue) value = G_VALUE_INIT;\n\n'
                             '    g_value_init (&value, %s);\n    %s\n'
                             '    _trellis_item_set_field (TRELLIS_ITEM (self), %d, &value);\n  }'
                             % (gtype, stmt, f.index))
                c.append('void\n%s (%s *self,\n%s%s%s)\n{\n%s\n}\n'
                         % (fname, owner, ' ' * (len(fname) + 2), ptype, pname, body))
            if f.kind in ('ref', 'reflist'):
                list_by(h, c, f)
        h.append('')
    table.append('  { NULL, NULL, 0 }')
    table.append('};')

    h += ['typedef struct', '{', '  const char *type_name;', '  const char *field;', '  guint       index;',
          '} TrellisAccessorField;', '',
          '/* Every field an accessor was generated for, and its index; ends with NULLs. */',
          'extern const TrellisAccessorField _trellis_item_accessor_fields[];', '', 'G_END_DECLS', '']
    c += table + ['']
    for path, lines in ((out_h, h), (out_c, c)):
        with open(path, 'w', encoding='utf-8') as out:
            out.write('\n'.join(lines))


if __name__ == '__main__':
    main()
