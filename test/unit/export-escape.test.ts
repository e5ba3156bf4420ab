import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeMarkdown, markdownLink, safeWebUrl, mailtoUrl, oneLine } from '../../electron/core/export/escape';
import { formatPeriod } from '../../electron/core/export/document';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads';

describe('escapeHtml', () => {
  it('escapes every character that could open a tag or leave an attribute', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&\``)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&#96;');
  });
  it('leaves no raw < > " \' in any payload', () => {
    for (const p of XSS_PAYLOADS) expect(escapeHtml(p)).not.toMatch(/[<>"'`]/);
  });
  it('drops control characters and lone surrogates, keeps emoji', () => {
    expect(escapeHtml('a\u0000b\u0007c\ud800d😀')).toBe('abcd😀');
  });
});

describe('safeWebUrl', () => {
  it('keeps http(s) and drops every other scheme', () => {
    expect(safeWebUrl('https://example.com/a b')).toBe('https://example.com/a%20b');
    expect(safeWebUrl('http://example.com')).toBe('http://example.com/');
    for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', '//evil.example', 'mailto:a@b.c', '', 'not a url']) {
      expect(safeWebUrl(bad)).toBeNull();
    }
  });
  it('strips credentials', () => {
    expect(safeWebUrl('https://user:pass@example.com/')).toBe('https://example.com/');
  });
  it('mailto only for a real email address', () => {
    expect(mailtoUrl('sam@example.com')).toBe('mailto:sam@example.com');
    expect(mailtoUrl('x"><script>@a.b')).toBeNull();
  });
});

describe('escapeMarkdown', () => {
  it('neutralises links, images, HTML, code, tables and emphasis', () => {
    expect(escapeMarkdown('[x](javascript:alert(1))')).toBe('\\[x\\](javascript:alert(1))');
    expect(escapeMarkdown('![](https://e.x/t.png)')).toBe('\\!\\[\\](https://e.x/t.png)');
    expect(escapeMarkdown('<img src=x>')).toBe('\\<img src=x\\>');
    expect(escapeMarkdown('`a` | *b* _c_ ~d~')).toBe('\\`a\\` \\| \\*b\\* \\_c\\_ \\~d\\~');
  });
  it('keeps user text from starting a block', () => {
    expect(escapeMarkdown('# H')).toBe('\\# H');
    expect(escapeMarkdown('1. item')).toBe('1\\. item');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('+ item')).toBe('\\+ item');
    expect(escapeMarkdown('> quote')).toBe('\\> quote');
    expect(escapeMarkdown('a\n# b\n\n[c]')).toBe('a \\# b \\[c\\]');
  });
  it('leaves no unescaped [ ] < > ` | in any payload', () => {
    for (const p of XSS_PAYLOADS) {
      const out = escapeMarkdown(p);
      expect(out).not.toMatch(/(^|[^\\])[[\]<>`|]/);
      expect(out).not.toMatch(/\n/);
    }
  });
  it('writes links only to web addresses, encoding what could end the destination', () => {
    expect(markdownLink('x', 'javascript:alert(1)')).toBe('x');
    // `_` means nothing inside a link destination: it stays as written (GitHub shows the address as given).
    expect(markdownLink('[a]', 'https://e.x/a_(b) c')).toBe('[\\[a\\]](https://e.x/a_%28b%29%20c)');
  });
  it('oneLine collapses white space', () => {
    expect(oneLine('  a\r\n\tb  ')).toBe('a b');
  });
});

describe('formatPeriod', () => {
  it('words dates the same way for every format', () => {
    expect(formatPeriod('2023-02', '2023-05', 'shipped')).toBe('Feb 2023 – May 2023');
    expect(formatPeriod('2024-07', null, 'in-progress')).toBe('Jul 2024 – present');
    expect(formatPeriod('2024-07-03', '2024-07-30', 'shipped')).toBe('Jul 2024');
    expect(formatPeriod(null, null, 'idea')).toBe('');
  });
});
