#!/usr/bin/env python3
# check-potfiles.py: po/POTFILES.in lists every file with translatable strings
#
# Copyright 2026 The Trellis developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Looks through src/, ui/ and data/ for files whose strings go to the
# translators: C with _ ("…"), C_ (), N_ (), NC_ (), ngettext (), g_dngettext (),
# g_dpgettext2 () on a string literal, outside comments; .ui and other XML with
# translatable="yes"; the desktop file and metainfo that i18n.merge_file
# translates (*.desktop.in, *.metainfo.xml.in); GSettings schemas with a
# gettext-domain. Each such file must be a line of po/POTFILES.in, and each
# line must name a file that exists. Prints one line per problem, saying
# which file and what to do, and exits 1 if there is any; exits 0 with a
# count otherwise.
#
#   build-aux/check-potfiles.py [--root DIR]
#   build-aux/check-potfiles.py --self-test    (checks the checker)

import argparse
import io
import os
import re
import sys
import tempfile
from contextlib import redirect_stdout

FOLDERS = ('src', 'ui', 'data')
# A marker on a string literal: `_ (info->title)` translates a string
# marked elsewhere and gives xgettext nothing to extract here.
C_MARK = re.compile(r'(?<![A-Za-z0-9_])(_|C_|N_|NC_|ngettext|g_dngettext|g_dpgettext2)\s*\(\s*'
                    r'(?:[A-Za-z_][A-Za-z0-9_]*\s*,\s*)?"')
C_COMMENT = re.compile(r'/\*.*?\*/|//[^\n]*', re.S)
XML_MARK = re.compile(r'translatable\s*=\s*["\']yes["\']')
XML_COMMENT = re.compile(r'<!--.*?-->', re.S)
SCHEMA_DOMAIN = re.compile(r'<schemalist[^>]*gettext-domain\s*=')


def blank_comments(text, pattern):
    """Comments replaced by as many newlines, so line numbers stay right."""
    return pattern.sub(lambda m: '\n' * m.group(0).count('\n'), text)


def translatable_mark(path, text):
    """What makes the file translatable and the line it is on, or None."""
    name = os.path.basename(path)
    if name.endswith(('.desktop.in', '.metainfo.xml.in', '.appdata.xml.in')):
        return 'a file i18n.merge_file translates', 1
    if name.endswith(('.c', '.h')):
        match = C_MARK.search(blank_comments(text, C_COMMENT))
        code = blank_comments(text, C_COMMENT)
        if match:
            return match.group(1) + ' ()', code.count('\n', 0, match.start()) + 1
        return None
    if name.endswith(('.ui', '.xml')):
        code = blank_comments(text, XML_COMMENT)
        match = XML_MARK.search(code) or SCHEMA_DOMAIN.search(code)
        if match:
            what = 'translatable="yes"' if 'translatable' in match.group(0) else 'a gettext-domain'
            return what, code.count('\n', 0, match.start()) + 1
    return None


def read_potfiles(path):
    """The files POTFILES.in lists, with their line numbers."""
    listed = {}
    with open(path, encoding='utf-8') as f:
        for number, line in enumerate(f, 1):
            line = line.strip()
            if line and not line.startswith('#'):
                listed[line] = number
    return listed


def translatable_files(root):
    """Every file under FOLDERS with translatable strings: {path: (mark, line)}."""
    found = {}
    for folder in FOLDERS:
        for directory, dirs, files in os.walk(os.path.join(root, folder)):
            dirs[:] = sorted(d for d in dirs if not d.startswith(('.', '_build')))
            for name in sorted(files):
                path = os.path.join(directory, name)
                try:
                    with open(path, encoding='utf-8') as f:
                        text = f.read()
                except (UnicodeDecodeError, OSError):
                    continue
                mark = translatable_mark(path, text)
                if mark:
                    found[os.path.relpath(path, root)] = mark
    return found


def check(root):
    """Prints the problems; returns their number."""
    potfiles = os.path.join(root, 'po', 'POTFILES.in')
    listed = read_potfiles(potfiles)
    found = translatable_files(root)
    problems = 0
    for path, (mark, line) in sorted(found.items()):
        if path not in listed:
            print(f'{path}: has translatable strings ({mark}, line {line}) but is not in '
                  f'po/POTFILES.in: add the line "{path}" to po/POTFILES.in')
            problems += 1
    for path, line in sorted(listed.items(), key=lambda item: item[1]):
        if not os.path.isfile(os.path.join(root, path)):
            print(f'po/POTFILES.in:{line}: lists {path}, which does not exist: remove the line '
                  f'or correct the path')
            problems += 1
    if problems == 0:
        print(f'po/POTFILES.in lists all {len(found)} files with translatable strings '
              f'({len(listed)} lines)')
    return problems


def self_test():
    """Builds small trees and checks what the checker says about them."""
    cases = [
        ({'src/a.c': 'x = _("A");'}, 'src/a.c\n', 0, None),
        ({'src/a.c': 'x = _("A");', 'src/b.c': 'n = ngettext ("a", "b", n);'}, 'src/a.c\n', 1, 'src/b.c: has'),
        ({'src/a.c': '/* call _() here */ int foo_ (int x);'}, '', 0, None),
        ({'src/a.c': 'label = _(info->title);'}, '', 0, None),
        ({'src/a.c': 'x = g_dngettext (NULL, "a", "b", n);'}, '', 1, 'src/a.c: has'),
        ({'src/a.c': 'x = _(\n    "A long one");'}, '', 1, 'src/a.c: has'),
        ({'ui/w.ui': '<property name="label" translatable="yes">A</property>'}, '', 1, 'ui/w.ui: has'),
        ({'ui/w.ui': '<!-- translatable="yes" --><object/>'}, '', 0, None),
        ({'data/x.desktop.in': '[Desktop Entry]\nName=X\n'}, '', 1, 'x.desktop.in: has'),
        ({'data/s.gschema.xml': '<schemalist gettext-domain="t"></schemalist>'}, '', 1, 'a gettext-domain'),
        ({'src/a.c': 'int a;'}, 'src/gone.c\n', 1, 'which does not exist'),
        ({'src/a.c': 'x = C_("ctx", "A");'}, '# comment\n\nsrc/a.c\n', 0, None),
    ]
    failures = 0
    for number, (files, potfiles, expected, needle) in enumerate(cases, 1):
        with tempfile.TemporaryDirectory() as root:
            for path, text in files.items():
                os.makedirs(os.path.dirname(os.path.join(root, path)), exist_ok=True)
                with open(os.path.join(root, path), 'w', encoding='utf-8') as f:
                    f.write(text)
            os.makedirs(os.path.join(root, 'po'), exist_ok=True)
            with open(os.path.join(root, 'po', 'POTFILES.in'), 'w', encoding='utf-8') as f:
                f.write(potfiles)
            out = io.StringIO()
            with redirect_stdout(out):
                got = check(root)
            if got != expected or (needle and needle not in out.getvalue()):
                print(f'self-test case {number}: expected {expected} problem(s)'
                      f'{" saying " + repr(needle) if needle else ""}, got {got}:\n{out.getvalue()}')
                failures += 1
    print(f'{len(cases) - failures} of {len(cases)} self-test cases pass')
    return failures


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument('--root', default=os.path.join(os.path.dirname(__file__), '..'))
    parser.add_argument('--self-test', action='store_true')
    args = parser.parse_args()
    if args.self_test:
        return 1 if self_test() else 0
    return 1 if check(os.path.abspath(args.root)) else 0


if __name__ == '__main__':
    sys.exit(main())
