import { describe, expect, it } from 'vitest';
import { AppError } from '../../electron/core/errors';
import { parseJsonText, positionOf } from '../../electron/core/import/json-text';
import { isoFromText, readDate, readUrl } from '../../electron/core/import/resume-values';
import { readKeyword } from '../../shared/keywords';

function refusal(text: string): string {
  try {
    parseJsonText(text, 'r.json');
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return (e as AppError).message;
  }
  throw new Error('expected a refusal');
}

describe('JSON text', () => {
  it('counts lines and columns as an editor shows them (characters, not UTF-16 units)', () => {
    const text = '{\n  "a": "🚀🚀", b }';
    expect(positionOf(text, text.indexOf('b'))).toEqual({ line: 2, column: 14 });
    expect(refusal(text)).toBe('r.json is not valid JSON at line 2, column 14: this is not JSON (names and texts are written in double quotes). Nothing was imported.');
    expect(refusal('')).toBe('r.json is empty; nothing was imported.');
    expect(refusal('{"a": 1} {"b": 2}')).toMatch(/line 1, column 10: the JSON value ended but more text follows/);
  });

  it('reads strict JSON as JSON.parse does, with a byte-order mark and without notes', () => {
    expect(parseJsonText('\ufeff{"a": [1, "x // not a comment", {}]}', 'r.json')).toEqual({ data: { a: [1, 'x // not a comment', {}] }, notes: [] });
    expect(parseJsonText('[1, 2,]', 'r.json')).toEqual({ data: [1, 2], notes: ['line 1, column 6: a trailing comma was ignored'] });
  });
});

describe('dates as people write them', () => {
  it('reads partial, unpadded and month-name dates at the precision written', () => {
    const cases: Array<[string, string | null]> = [
      ['2023', '2023'], ['2023-09', '2023-09'], ['2023-9', '2023-09'], ['2023-9-8', '2023-09-08'], ['2023/09/28', '2023-09-28'],
      ['09/2020', '2020-09'], ['Sep 2020', '2020-09'], ['September 2020', '2020-09'], ['sept. 2020', '2020-09'], ['28 Sep 2020', '2020-09-28'],
      ['2019-03-15T00:00:00Z', '2019-03-15'], ['2023/02/30', null], ['2023-13', null], ['Summer 2019', null], ['Foo 2020', null],
    ];
    for (const [text, iso] of cases) expect(isoFromText(text), text).toBe(iso);
  });

  it('reads "Present", "current", null and "" as no date, and says what it did', () => {
    expect(readDate('Present', 'work[2].endDate', true)).toEqual({ value: null, note: 'work[2].endDate "Present" read as ongoing' });
    expect(readDate('Current', 'x.endDate', true).value).toBeNull();
    expect(readDate(null, 'x.endDate', true)).toEqual({ value: null });
    expect(readDate('', 'x.endDate', true)).toEqual({ value: null });
    expect(readDate('2021-04', 'x', false)).toEqual({ value: '2021-04' });
    expect(readDate({ year: 2020 }, 'x.startDate', false)).toEqual({ unreadable: true, note: 'x.startDate {"year":2020} is not a date; kept as written' });
  });
});

describe('addresses', () => {
  it('keeps an address that is not a web link as text and says why', () => {
    expect(readUrl('https://a.example/x', 'u')).toEqual({ value: 'https://a.example/x' });
    expect(readUrl('a.example/x', 'u').note).toBe('u "a.example/x" has no https:// in front; kept as text, not as a link');
    expect(readUrl('../x.html', 'u').note).toMatch(/is a relative address/);
    expect(readUrl('mailto:a@b.example', 'u').note).toMatch(/is not a web address/);
    expect(readUrl('', 'u')).toEqual({ value: '' });
  });
});

describe('keywords', () => {
  it('reads a keyword as the technology it names, except a word that is not always one', () => {
    expect(readKeyword('Express JS', [])).toEqual({ name: 'Express', techId: 'express' });
    expect(readKeyword('Postgres', [])).toEqual({ name: 'PostgreSQL', techId: 'postgresql' });
    expect(readKeyword('ECS', ['typescript'])).toEqual({ name: 'ECS', techId: null, keptAsWritten: 'Amazon ECS' });
    expect(readKeyword('ECS', ['aws'])).toEqual({ name: 'Amazon ECS', techId: 'ecs' });
    expect(readKeyword('ECS', ['kubernetes'])).toEqual({ name: 'Amazon ECS', techId: 'ecs' });
    expect(readKeyword('Amazon ECS', [])).toEqual({ name: 'Amazon ECS', techId: 'ecs' });
    expect(readKeyword('Procedural generation', [])).toEqual({ name: 'Procedural generation', techId: null });
  });
});
