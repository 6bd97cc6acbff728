#!/usr/bin/env python3
# Writes the generated part of the hostile corpus, tests/data/bad/gen-*.trellis:
# a small valid project holding one item of every kind, mutated one value at a
# time (a wrong value for each attribute's type, references that dangle or
# name the wrong kind), truncated after every element, and damaged in its
# bytes.  Every file must be refused by the loader with "file:line: problem"
# (tests/core/test-project-file.c, /core/project-file/bad-corpus).
#
# Run from the source root after changing the format:
#   python3 build-aux/gen-hostile-corpus.py
import os
import re
import sys

U = {k: '%s-%s-4%s-8%s-%s' % (c * 8, c * 4, c * 3, c * 3, c * 12) for k, c in [
    ('header', '1'), ('swot', '2'), ('stakeholder', '3'), ('goal', '4'), ('tows', '5'),
    ('indicator', '6'), ('measurement', '7'), ('action', '8'), ('action2', '9'),
    ('milestone', 'a'), ('service', 'b'), ('version', 'c'), ('note', 'd'), ('question', 'e')]}

BASE = '''<?xml version="1.0" encoding="UTF-8"?>
<trellis xmlns="https://trellis.github.io/ns/project/1" format-version="1.0">
  <header uuid="{header}" name="Hostile" stage="initiation" created="2026-01-01T00:00:00Z" revision="3" management-start="2026-02-01"/>
  <key-questions>
    <key-question uuid="{question}" step="actors" done="true">
      <question>Who takes part?</question>
    </key-question>
  </key-questions>
  <swot>
    <swot-item uuid="{swot}" quadrant="strength" votes="2">
      <text>Skilled workforce</text>
    </swot-item>
  </swot>
  <tows>
    <tows-strategy uuid="{tows}" type="so" title="Use the skills" items="{swot}" goal="{goal}"/>
  </tows>
  <stakeholders>
    <stakeholder uuid="{stakeholder}" name="Firm" helix="business" attitude="positive" influence="high" interest="low" internal="true" committed="false"/>
  </stakeholders>
  <canvas-versions>
    <canvas-version uuid="{version}" name="As-is" date="2026-03-01"/>
  </canvas-versions>
  <canvas>
    <canvas-note uuid="{note}" box="key-partners" version="{version}">
      <text>The university</text>
    </canvas-note>
  </canvas>
  <goals>
    <goal uuid="{goal}" title="Grow" area="innovation" sources="{swot} {tows}"/>
  </goals>
  <indicators>
    <indicator uuid="{indicator}" goal="{goal}" name="Projects" kind="output" direction="higher" baseline="0" baseline-date="2026-01-01" target="4" target-date="2027-12-31"/>
  </indicators>
  <measurements>
    <measurement uuid="{measurement}" indicator="{indicator}" date="2026-06-30" value="1"/>
  </measurements>
  <actions>
    <action uuid="{action}" title="Visit firms" goal="{goal}" owner="{stakeholder}" start="2026-02-01" due="2026-06-30" status="in-progress" progress="40" budget-planned="6000" budget-spent="2000" currency="EUR" quick-win="true"/>
    <action uuid="{action2}" title="Write the plan" depends-on="{action}" due="2026-09-30"/>
  </actions>
  <milestones>
    <milestone uuid="{milestone}" title="Kick-off" date="2026-03-24" reached="2026-03-24" action="{action}" goal="{goal}"/>
  </milestones>
  <services>
    <service uuid="{service}" name="Visits" area="cluster-development" effort="high" appreciation="low" funding="free"/>
  </services>
  <reviews/>
  <overrides/>
  <snapshots/>
  <snapshot-entries/>
  <self-checks/>
</trellis>
'''.format(**U)

WRONG_KIND = U['note']   # a canvas note: no reference may name one
DANGLING = '0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f'

# (element, attribute): values that must all be refused
BAD = {
    'enum': ['not-a-value', 'Strength', ' strength', '0'],
    'date': ['2026-13-01', '2026-02-30', '+999-01-01', '20260101', '2026-1-5', 'today', '0000-00-00'],
    'datetime': ['yesterday', '2026-01-01 00:00'],
    'int': ['abc', '1.5', '99999999999999999999', '-1', '0x10'],
    'double': ['NaN', 'inf', '-inf', '1,5', '1e999', 'twelve'],
    'boolean': ['maybe', 'yes', '2'],
    'ref': [DANGLING, WRONG_KIND, 'not-a-uuid'],
    'uuid': ['not-a-uuid', '11111111-1111-4111-8111-11111111111', DANGLING.upper() + 'x'],
}
ATTRS = [
    ('header', 'stage', 'enum'), ('header', 'created', 'datetime'), ('header', 'revision', 'int'),
    ('header', 'management-start', 'date'),
    ('key-question', 'step', 'enum'), ('key-question', 'done', 'boolean'),
    ('swot-item', 'quadrant', 'enum'), ('swot-item', 'votes', 'int'),
    ('tows-strategy', 'type', 'enum'), ('tows-strategy', 'items', 'ref'), ('tows-strategy', 'goal', 'ref'),
    ('stakeholder', 'helix', 'enum'), ('stakeholder', 'influence', 'enum'), ('stakeholder', 'internal', 'boolean'),
    ('canvas-version', 'date', 'date'), ('canvas-note', 'box', 'enum'), ('canvas-note', 'version', 'ref'),
    ('goal', 'area', 'enum'), ('goal', 'sources', 'ref'),
    ('indicator', 'goal', 'ref'), ('indicator', 'kind', 'enum'), ('indicator', 'baseline', 'double'),
    ('indicator', 'target-date', 'date'),
    ('measurement', 'indicator', 'ref'), ('measurement', 'date', 'date'), ('measurement', 'value', 'double'),
    ('action', 'goal', 'ref'), ('action', 'owner', 'ref'), ('action', 'due', 'date'), ('action', 'status', 'enum'),
    ('action', 'progress', 'int'), ('action', 'budget-planned', 'double'), ('action', 'quick-win', 'boolean'),
    ('action', 'depends-on', 'ref'),
    ('milestone', 'date', 'date'), ('milestone', 'action', 'ref'),
    ('service', 'effort', 'enum'), ('service', 'funding', 'enum'),
    ('swot-item', 'uuid', 'uuid'), ('action', 'uuid', 'uuid'),
]


def set_attribute(text, element, attribute, value):
    """Sets (or adds) @attribute on the first <element> of @text."""
    start = text.index('<%s ' % element)
    end = text.index('>', start)
    tag = text[start:end]
    pattern = re.compile(r'\s%s="[^"]*"' % re.escape(attribute))
    if pattern.search(tag):
        tag = pattern.sub(' %s="%s"' % (attribute, value), tag, count=1)
    else:
        tag = tag.rstrip('/') + ' %s="%s"' % (attribute, value) + ('/' if tag.endswith('/') else '')
    return text[:start] + tag + text[end:]


def mutations():
    for element, attribute, kind in ATTRS:
        for i, value in enumerate(BAD[kind]):
            if kind == 'ref' and attribute == 'depends-on' and value == WRONG_KIND:
                value = U['goal']
            yield ('%s-%s-%d' % (element, attribute, i), set_attribute(BASE, element, attribute, value).encode())
    # truncated after every closing tag but the last, and inside tags
    closings = [m.end() for m in re.finditer(r'</[a-z-]+>|/>', BASE)][:-1]
    for n, at in enumerate(closings[::2]):
        yield ('truncated-%02d' % n, BASE[:at].encode())
    for n, at in enumerate([BASE.index('<actions>') + 12, BASE.index('quadrant=') + 5]):
        yield ('truncated-in-tag-%d' % n, BASE[:at].encode())
    # bytes: invalid UTF-8 in an attribute, a text, a name; a NUL; Latin-1
    raw = BASE.encode()
    yield ('bytes-invalid-utf8-attribute', raw.replace(b'name="Firm"', b'name="F\xffrm"'))
    yield ('bytes-invalid-utf8-text', raw.replace(b'Skilled workforce', b'Skilled \xc3\x28workforce'))
    yield ('bytes-overlong-utf8', raw.replace(b'Visit firms', b'Visit \xc0\xafirms'))
    yield ('bytes-nul', raw.replace(b'Grow', b'Gr\x00ow'))
    yield ('bytes-latin1-declared-utf8', raw.replace(b'The university', 'Die Universit\u00e4t'.encode('latin-1')))
    yield ('bytes-control-character', raw.replace(b'Kick-off', b'Kick\x01off'))
    # structure
    yield ('namespace-version-2', raw.replace(b'ns/project/1"', b'ns/project/2"'))
    yield ('namespace-http', raw.replace(b'https://trellis', b'http://trellis'))
    yield ('duplicate-uuid-across-kinds', raw.replace(U['service'].encode(), U['action'].encode()))
    yield ('element-twice-text', raw.replace(b'<text>Skilled workforce</text>',
                                             b'<text>Skilled workforce</text><text>again</text>'))
    yield ('attribute-twice', raw.replace(b'name="Firm"', b'name="Firm" name="Other"'))
    yield ('missing-required-date', raw.replace(b' date="2026-06-30" value="1"', b' value="1"'))
    yield ('missing-required-text', raw.replace(b'<text>The university</text>', b''))
    yield ('version-text', raw.replace(b'format-version="1.0"', b'format-version="one"'))
    yield ('version-negative', raw.replace(b'format-version="1.0"', b'format-version="-1.0"'))
    yield ('version-huge', raw.replace(b'format-version="1.0"', b'format-version="99999999999999999999.0"'))
    yield ('entity-in-attribute', raw.replace(b'name="Firm"', b'name="&firm;"'))


def main():
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'tests', 'data', 'bad')
    for name in os.listdir(root):
        if name.startswith('gen-'):
            os.remove(os.path.join(root, name))
    n = 0
    for name, data in mutations():
        with open(os.path.join(root, 'gen-%s.trellis' % name), 'wb') as f:
            f.write(data)
        n += 1
    print('%d files' % n)


if __name__ == '__main__':
    sys.exit(main())
