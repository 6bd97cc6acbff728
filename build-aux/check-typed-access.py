#!/usr/bin/env python3
# check-typed-access.py: no code in src/ reaches an item's field by its name
#
# Copyright 2026 The Trellis developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Items have typed accessors (trellis_action_get_due (), generated from the
# field tables); a field named in a string is a runtime error waiting for a
# typo.  This check fails on:
#   - the removed by-name getters (trellis_item_get_string (item, "due"), …);
#   - g_object_new (TRELLIS_TYPE_<ITEM>, "field", …);
#   - g_object_set / g_object_get / g_object_set_property /
#     g_object_get_property / g_object_bind_property, "notify::" signals and
#     trellis_app_bind_text/_enum on a value whose name says it is an item,
#     with a literal name that is one of the item fields: bindings and
#     signals use the generated TRELLIS_<TYPE>_PROP_<FIELD> names, which the
#     compiler checks.
# The generic field table (reading, writing, undo, validation) lives in the
# files listed in GENERIC and is exempt.
#
# Usage: check-typed-access.py SRCDIR ITEM_SOURCES...

import os
import re
import sys

GENERIC = {'trellis-item.c', 'trellis-field-value.c', 'trellis-project-file.c',
           'trellis-project-file-save.c', 'trellis-history.c'}

BY_NAME = re.compile(r'\btrellis_item_(?:get|peek)_(?:string|int|double|boolean|enum|strv|value)\s*\('
                     r'|\btrellis_item_reset_field\s*\(')
NEW = re.compile(r'\bg_object_new\s*\(\s*TRELLIS_TYPE_(\w+)\s*,([^;]*);', re.S)
SET = re.compile(r'\b(?:g_object_(?:set|get|set_property|get_property|bind_property(?:_full)?)|g_signal_connect\w*|'
                 r'trellis_app_bind_\w+)\s*\(\s*([^,]+),([^;]*);', re.S)
FIELD = re.compile(r'trellis_item_class_add_\w+\s*\(\s*item_class\s*,\s*"([^"]+)"')
DEFINE = re.compile(r'G_DEFINE_FINAL_TYPE\s*\(\s*Trellis(\w+)\s*,\s*\w+\s*,\s*TRELLIS_TYPE_ITEM\s*\)')
# Expressions that hold an item: the common names and casts.
ITEM_EXPR = re.compile(r'\b(item|action|goal|indicator|milestone|measurement|stakeholder|note|strategy|'
                       r'swot_item|header|version|snapshot|entry|override|review|service|question|check)\b'
                       r'|TRELLIS_(?:ITEM|ACTION|GOAL|INDICATOR|MILESTONE|MEASUREMENT|STAKEHOLDER|'
                       r'CANVAS_NOTE|CANVAS_VERSION|SWOT_ITEM|TOWS_STRATEGY|HEADER|SNAPSHOT|SNAPSHOT_ENTRY|'
                       r'STATUS_OVERRIDE|REVIEW|SERVICE|KEY_QUESTION|SELF_CHECK)\s*\(')


def item_types_and_fields(sources):
    types, fields = set(), set()
    for path in sources:
        text = open(path, encoding='utf-8').read()
        define = DEFINE.search(text)
        if define is None:
            continue
        types.add(re.sub(r'(?<!^)(?=[A-Z])', '_', define.group(1)).upper())
        fields.update(FIELD.findall(text))
    return types, fields


def line_of(text, offset):
    return text.count('\n', 0, offset) + 1


def check_file(path, types, fields):
    text = open(path, encoding='utf-8').read()
    problems = []
    for match in BY_NAME.finditer(text):
        problems.append((line_of(text, match.start()), 'a field read or reset by its name'))
    for match in NEW.finditer(text):
        if match.group(1) in types and set(re.findall(r'"([^"]+)"', match.group(2))) & fields:
            problems.append((line_of(text, match.start()), 'g_object_new () of an item with field names'))
    for match in SET.finditer(text):
        # The name is the second argument: a literal there is a field name.
        literal = re.match(r'\s*"([^"]+)"', match.group(2))
        names = {re.sub(r'^notify::', '', literal.group(1))} if literal else set()
        if ITEM_EXPR.search(match.group(1)) and names & fields:
            problems.append((line_of(text, match.start()),
                             'field “%s” reached by its name' % sorted(names & fields)[0]))
    return ['%s:%d: %s' % (path, line, what) for line, what in problems]


def main():
    srcdir, sources = sys.argv[1], sys.argv[2:]
    types, fields = item_types_and_fields(sources)
    if not fields:
        sys.exit('no item fields found in %s' % ' '.join(sources))
    problems = []
    for root, _, files in os.walk(srcdir):
        for name in sorted(files):
            if name.endswith(('.c', '.h')) and name not in GENERIC:
                problems += check_file(os.path.join(root, name), types, fields)
    for problem in problems:
        print(problem)
    print('%d item types, %d field names; %d by-name accesses in %s' % (len(types), len(fields), len(problems), srcdir))
    sys.exit(1 if problems else 0)


if __name__ == '__main__':
    main()
