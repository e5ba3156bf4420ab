import { describe, expect, it } from 'vitest';
import { applyPrivacy, defaultProjectOptions, replaceClientNames } from '../../electron/core/export/privacy';
import type { Project } from '../../shared/types';

const project: Project = {
  id: 'p1',
  title: 'Acme Corp billing platform',
  summary: 'Rebuilt the Acme billing API. ACME Corp now bills 2M invoices a month; acme-tools were retired.',
  kinds: [],
  tags: [
    { name: 'PostgreSQL', techId: 'postgresql', source: 'manual', evidence: null, state: 'accepted' },
    { name: 'Acme SDK', techId: null, source: 'manual', evidence: null, state: 'accepted' },
  ],
  highlights: ['Acme’s auditors signed off', 'Worked with the Acme team on migration'],
  results: ['Invoices for Acme 3× faster'],
  links: [
    { type: 'repository', url: 'https://github.com/acme-corp/billing' },
    { type: 'demo', url: 'https://billing.example.com', label: 'Acme demo' },
    { type: 'docs', url: 'https://acmecorp.example.com/docs' },
  ],
  startDate: '2024-01',
  endDate: null,
  status: 'shipped',
  showcased: true,
  notes: 'Client: Acme Corp (NDA)',
  createdAt: '',
  updatedAt: '',
};

describe('replaceClientNames', () => {
  it('replaces every whole-word occurrence, longest name first, any case', () => {
    expect(replaceClientNames('Acme Corp and ACME and acme', ['Acme', 'Acme Corp'])).toBe('A client and a client and a client');
  });
  it('does not touch words that merely contain the name', () => {
    expect(replaceClientNames('Acmeology at Acme', ['Acme'])).toBe('Acmeology at a client');
  });
  it('merges with an article and capitalises at a sentence start', () => {
    expect(replaceClientNames('For the Acme team. Acme paid.', ['Acme'])).toBe('For the client team. A client paid.');
    expect(replaceClientNames('Built for Acme', ['Acme'], 'a fintech company')).toBe('Built for a fintech company');
  });
  it('treats names literally (no regex injection)', () => {
    expect(replaceClientNames('C++ Inc (.*) shipped', ['C++ Inc (.*)'])).toBe('A client shipped');
  });
});

describe('applyPrivacy', () => {
  it('returns the project as is with default options', () => {
    expect(applyPrivacy(project, defaultProjectOptions('p1'))).toBe(project);
  });
  it('hides repository links only', () => {
    const out = applyPrivacy(project, { ...defaultProjectOptions('p1'), hideRepositoryLink: true });
    expect(out.links.map((l) => l.type)).toEqual(['demo', 'docs']);
    expect(out.title).toBe(project.title);
  });
  it('removes the client name from every exported field and drops links that name it', () => {
    const out = applyPrivacy(project, { ...defaultProjectOptions('p1'), anonymizeClient: true, clientNames: ['Acme Corp', 'Acme'] });
    const exported = JSON.stringify({ ...out, notes: '' });
    expect(exported).not.toMatch(/acme/i);
    expect(out.title).toBe('A client billing platform');
    expect(out.summary).toBe('Rebuilt the client billing API. A client now bills 2M invoices a month; acme-tools were retired.'.replace('acme-tools', 'a client-tools'));
    expect(out.links.map((l) => l.url)).toEqual(['https://billing.example.com']);
    expect(out.links[0].label).toBe('A client demo');
    expect(out.tags.map((t) => t.name)).toEqual(['PostgreSQL', 'A client SDK']);
  });
  it('uses the anonymous title when given', () => {
    const out = applyPrivacy(project, { ...defaultProjectOptions('p1'), anonymizeClient: true, clientNames: ['Acme'], anonymousTitle: 'Billing platform for a retailer' });
    expect(out.title).toBe('Billing platform for a retailer');
  });
});
