#!/usr/bin/env python3
# check-merged.py: the installed desktop file and metainfo carry the translations
#
# Copyright 2026 The Trellis developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   build-aux/check-merged.py ROOT BUILT.desktop BUILT.metainfo.xml SCHEMA.gschema.xml DOMAIN
#
# i18n.merge_file builds the desktop file and the metainfo from their .in
# files and the catalogues (msgfmt --desktop / --xml). For each language
# of po/LINGUAS and each translatable text of the .in files (Name,
# GenericName, Comment and Keywords; the metainfo's name, summary and
# paragraphs), when po/XX.po translates it, the built file must hold the
# translation: Name[de]=… in the desktop file, xml:lang="de" in the
# metainfo. A text not translated yet is counted, not failed (the
# catalogues test fails on it). The GSettings schema must name the text
# domain (gettext-domain="DOMAIN"), or its summaries are never translated.

import importlib.util
import os
import re
import sys
import xml.etree.ElementTree as ElementTree

DESKTOP_KEYS = ('Name', 'GenericName', 'Comment', 'Keywords')
XML_LANG = '{http://www.w3.org/XML/1998/namespace}lang'


def load_catalogues_module(root):
    path = os.path.join(root, 'build-aux', 'check-catalogues.py')
    spec = importlib.util.spec_from_file_location('check_catalogues', path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def translations(catalogues, po):
    """{msgid: msgstr} of the translated, not fuzzy, messages without context."""
    found = {}
    for entry in catalogues.parse_po(po):
        msgstr = entry['msgstr'].get('0', '')
        if msgstr and not entry['fuzzy'] and 'msgctxt' not in entry:
            found[entry['msgid']] = msgstr
    return found


def desktop_texts(path):
    """{key: value} of the translatable keys of a desktop file."""
    texts = {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            key, sep, value = line.rstrip('\n').partition('=')
            if sep and key in DESKTOP_KEYS:
                texts[key] = value
    return texts


def metainfo_texts(path):
    """The texts of the metainfo that msgfmt --xml translates: (tag, text)."""
    tree = ElementTree.parse(path)
    texts = []
    for element in tree.getroot().iter():
        if element.tag in ('name', 'summary', 'p', 'li') and XML_LANG not in element.attrib:
            texts.append((element.tag, ' '.join((element.text or '').split())))
    return texts


def metainfo_langs(path):
    """{(tag, lang)} of the translated elements of the built metainfo."""
    tree = ElementTree.parse(path)
    return {(e.tag, e.attrib[XML_LANG]) for e in tree.getroot().iter() if XML_LANG in e.attrib}


def check_language(lang, done, desktop_in, desktop, metainfo_in, metainfo):
    """Prints what is missing for @lang; returns (problems, checked, waiting)."""
    problems, checked, waiting = 0, 0, 0
    for key, value in desktop_texts(desktop_in).items():
        if value not in done:
            waiting += 1
        elif not re.search(rf'^{key}\[{re.escape(lang)}\]=', desktop, re.M):
            print(f'{lang}: po/{lang}.po translates {key}= "{value}" but the built desktop file has '
                  f'no {key}[{lang}]=: is data/…desktop.in merged with i18n.merge_file (type desktop)?')
            problems += 1
        else:
            checked += 1
    built = metainfo_langs(metainfo)
    for tag, text in metainfo_texts(metainfo_in):
        if text not in done:
            waiting += 1
        elif (tag, lang) not in built:
            print(f'{lang}: po/{lang}.po translates <{tag}> "{text[:50]}" but the built metainfo has no '
                  f'<{tag} xml:lang="{lang}">: is it merged with i18n.merge_file (type xml)?')
            problems += 1
        else:
            checked += 1
    return problems, checked, waiting


def main():
    if len(sys.argv) != 6:
        sys.exit(__doc__)
    root, desktop_path, metainfo_path, schema_path, domain = sys.argv[1:]
    catalogues = load_catalogues_module(root)
    problems = 0
    with open(schema_path, encoding='utf-8') as f:
        if not re.search(rf'<schemalist[^>]*gettext-domain="{re.escape(domain)}"', f.read()):
            print(f'{schema_path}: <schemalist> has no gettext-domain="{domain}": '
                  'its summaries and descriptions would stay in English')
            problems += 1
    with open(desktop_path, encoding='utf-8') as f:
        desktop = f.read()
    data = os.path.join(root, 'data')
    desktop_in = os.path.join(data, os.path.basename(desktop_path) + '.in')
    metainfo_in = os.path.join(data, os.path.basename(metainfo_path) + '.in')
    for lang in catalogues.linguas(root):
        done = translations(catalogues, os.path.join(root, 'po', lang + '.po'))
        found, checked, waiting = check_language(lang, done, desktop_in, desktop, metainfo_in, metainfo_path)
        problems += found
        print(f'{lang}: {checked} translated texts found in the built desktop file and metainfo, '
              f'{waiting} not translated in po/{lang}.po yet')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
