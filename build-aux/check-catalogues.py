#!/usr/bin/env python3
# check-catalogues.py: every language of po/LINGUAS is complete for the current sources
#
# Copyright 2026 The Trellis developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# For each language XX of po/LINGUAS:
#  - `msgfmt -c` accepts po/XX.po (headers, plural forms, c-format);
#  - against a template extracted now from the files of po/POTFILES.in
#    (xgettext with the arguments of meson's 'glib' preset, in a temporary
#    folder: po/ is not written), po/XX.po merged with msgmerge has no
#    untranslated and no fuzzy message: the merge finds the strings that
#    changed since the catalogue was last updated;
#  - po/glossary-XX.md exists (the terms the translation keeps to).
# Prints, per language, the counts and the first msgids that need work,
# and exits 1 if any language is incomplete.
#
#   build-aux/check-catalogues.py [--root DIR] [--po FILE.po]...
#   build-aux/check-catalogues.py --self-test    (checks the checker)
#
# --po checks those files (their language from their name, "de.po") instead
# of the languages of LINGUAS, against the same template: to try a
# translator's work in progress without touching po/.

import argparse
import io
import os
import re
import subprocess
import sys
import tempfile
from contextlib import redirect_stdout

# meson's i18n.gettext (preset: 'glib'), mesonbuild/modules/i18n.py, plus
# the -k_ its potgen adds.
XGETTEXT_ARGS = [
    '--from-code=UTF-8', '--add-comments', '-k_',
    '--keyword=_', '--keyword=N_', '--keyword=C_:1c,2', '--keyword=NC_:1c,2',
    '--keyword=g_dcgettext:2', '--keyword=g_dngettext:2,3', '--keyword=g_dpgettext2:2c,3',
    '--flag=N_:1:pass-c-format', '--flag=C_:2:pass-c-format', '--flag=NC_:2:pass-c-format',
    '--flag=g_dngettext:2:pass-c-format', '--flag=g_strdup_printf:1:c-format',
    '--flag=g_string_printf:2:c-format', '--flag=g_string_append_printf:2:c-format',
    '--flag=g_error_new:3:c-format', '--flag=g_set_error:4:c-format',
    '--flag=g_markup_printf_escaped:1:c-format', '--flag=g_log:3:c-format',
    '--flag=g_print:1:c-format', '--flag=g_printerr:1:c-format', '--flag=g_printf:1:c-format',
    '--flag=g_fprintf:2:c-format', '--flag=g_sprintf:2:c-format', '--flag=g_snprintf:3:c-format',
]
SHOWN = 5
ESCAPE = re.compile(r'\\(.)')


def run(args, **kwargs):
    return subprocess.run(args, capture_output=True, text=True, **kwargs)


def extract_template(root, tmp):
    """The template of the current sources, written in @tmp."""
    pot = os.path.join(tmp, 'trellis.pot')
    result = run(['xgettext', '--package-name=trellis', '-f', os.path.join(root, 'po', 'POTFILES.in'),
                  '-D', root, '-o', pot] + XGETTEXT_ARGS)
    if result.returncode != 0:
        sys.exit(f'xgettext could not extract the template from po/POTFILES.in:\n{result.stderr}')
    return pot


def unquote(line):
    """The text of a PO string line ("..." with C escapes)."""
    escapes = {'n': '\n', 't': '\t', '"': '"', '\\': '\\'}
    return ESCAPE.sub(lambda m: escapes.get(m.group(1), m.group(0)), line.strip()[1:-1])


def parse_po(path):
    """The live entries of a PO file: dicts with msgid, msgctxt, msgstr list, fuzzy."""
    entries, entry, field = [], None, None
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#~'):
                if entry is not None and 'msgid' in entry:
                    entries.append(entry)
                entry, field = None, None
                continue
            if entry is None:
                entry = {'fuzzy': False, 'msgstr': {}}
            if line.startswith('#,') and 'fuzzy' in line:
                entry['fuzzy'] = True
            elif line.startswith('#'):
                continue
            elif line.startswith('"'):
                if field[0] == 'msgstr':
                    entry['msgstr'][field[1]] += unquote(line)
                else:
                    entry[field[0]] += unquote(line)
            else:
                keyword, _, rest = line.partition(' ')
                if keyword.startswith('msgstr'):
                    index = keyword[7:-1] if '[' in keyword else '0'
                    field = ('msgstr', index)
                    entry['msgstr'][index] = unquote(rest)
                else:
                    field = (keyword, None)
                    entry[keyword] = unquote(rest)
    if entry is not None and 'msgid' in entry:
        entries.append(entry)
    return [e for e in entries if e['msgid'] != '' or 'msgctxt' in e]


def describe(entry):
    context = f'{entry["msgctxt"]}|' if 'msgctxt' in entry else ''
    text = (context + entry['msgid']).replace('\n', '\\n')
    return '"' + (text if len(text) <= 60 else text[:57] + '…') + '"'


def check_language(root, lang, po, pot, tmp):
    """Prints what is wrong with @po; returns whether it is complete."""
    problems = []
    result = run(['msgfmt', '-c', '-o', os.devnull, po])
    if result.returncode != 0:
        problems.append(f'msgfmt -c rejects it:\n{result.stderr.strip()}')
    merged = os.path.join(tmp, lang + '.po')
    result = run(['msgmerge', '--quiet', '--previous', '-o', merged, po, pot])
    if result.returncode != 0:
        problems.append(f'msgmerge cannot merge it with the template:\n{result.stderr.strip()}')
    else:
        entries = parse_po(merged)
        untranslated = [e for e in entries if not e['fuzzy'] and any(s == '' for s in e['msgstr'].values())]
        fuzzy = [e for e in entries if e['fuzzy']]
        for name, found in (('untranslated', untranslated), ('fuzzy', fuzzy)):
            if found:
                first = ', '.join(describe(e) for e in found[:SHOWN])
                problems.append(f'{len(found)} of {len(entries)} messages are {name}, first {first}')
    # Next to the catalogue (a scratch copy with --po), else in po/.
    glossary = os.path.join(os.path.dirname(po), f'glossary-{lang}.md')
    if not os.path.isfile(glossary):
        glossary = os.path.join(root, 'po', f'glossary-{lang}.md')
    if not os.path.isfile(glossary):
        problems.append(f'po/glossary-{lang}.md is missing: write down the terms the translation uses')
    if problems:
        print(f'{lang} ({os.path.relpath(po, root)}) is not complete:')
        for problem in problems:
            print('  ' + problem.replace('\n', '\n    '))
        print(f'  To update it: ninja -C _build trellis-update-po, translate, then '
              f'msgfmt -c --statistics -o /dev/null po/{lang}.po')
        return False
    print(f'{lang}: complete, {len(entries)} messages, msgfmt -c clean, glossary present')
    return True


def self_test(root):
    """A catalogue filled by msgen passes; a fuzzy or untranslated message,
    a broken format or a missing glossary fails it. Returns the failures."""
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        pot = extract_template(root, tmp)
        po = os.path.join(tmp, 'xx.po')
        run(['msginit', '--no-translator', '-l', 'de_DE.UTF-8', '-i', pot, '-o', po + '.new'], check=True)
        run(['msgen', '-o', po, po + '.new'], check=True)
        with open(po, encoding='utf-8') as f:
            complete = f.read()
        first = complete.index('\nmsgid "', complete.index('msgstr ""') + 1) + 1
        cases = [
            ('complete', complete, True, True),
            ('no glossary', complete, False, False),
            ('fuzzy', complete[:first] + '#, fuzzy\n' + complete[first:], True, False),
            ('untranslated', re.sub(r'msgstr "[^"\n]+"', 'msgstr ""', complete, count=3), True, False),
            ('broken format', re.sub(r'(#, c-format\nmsgid "[^\n]*"\nmsgstr ")', r'\1%d %d %d ', complete, count=1),
             True, False),
        ]
        for name, text, glossary, expected in cases:
            with open(po, 'w', encoding='utf-8') as f:
                f.write(text)
            path = os.path.join(tmp, 'glossary-xx.md')
            if glossary:
                open(path, 'w').close()
            elif os.path.exists(path):
                os.remove(path)
            with redirect_stdout(io.StringIO()) as out:
                got = check_language(root, 'xx', po, pot, tmp)
            if got != expected:
                print(f'self-test "{name}": expected {"complete" if expected else "incomplete"}:\n{out.getvalue()}')
                failures += 1
    print(f'{len(cases) - failures} of {len(cases)} self-test cases pass')
    return failures


def linguas(root):
    with open(os.path.join(root, 'po', 'LINGUAS'), encoding='utf-8') as f:
        return [w for line in f for w in line.split('#')[0].split()]


def main():
    parser = argparse.ArgumentParser(description='Checks the translations of po/LINGUAS')
    parser.add_argument('--root', default=os.path.join(os.path.dirname(__file__), '..'))
    parser.add_argument('--po', action='append', default=[], help='check this file instead')
    parser.add_argument('--self-test', action='store_true', help='check the checker')
    args = parser.parse_args()
    root = os.path.abspath(args.root)
    if args.self_test:
        return 1 if self_test(root) else 0
    if args.po:
        catalogues = [(os.path.basename(p)[:-3], os.path.abspath(p)) for p in args.po]
    else:
        catalogues = [(lang, os.path.join(root, 'po', lang + '.po')) for lang in linguas(root)]
    if not catalogues:
        print('po/LINGUAS lists no language')
        return 0
    complete = True
    with tempfile.TemporaryDirectory() as tmp:
        pot = extract_template(root, tmp)
        for lang, po in catalogues:
            if not os.path.isfile(po):
                print(f'{lang}: po/LINGUAS lists it but {os.path.relpath(po, root)} does not exist: '
                      f'create it with msginit (README, "Languages")')
                complete = False
                continue
            complete = check_language(root, lang, po, pot, tmp) and complete
    return 0 if complete else 1


if __name__ == '__main__':
    sys.exit(main())
