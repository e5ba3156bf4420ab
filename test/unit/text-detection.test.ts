import { describe, expect, it } from 'vitest';
import { detectKindsInText } from '../../shared/text-detection';

const kinds = (text: string) => detectKindsInText(text).map((k) => k.kind);

describe('detectKindsInText', () => {
  it('recognises each kind with the phrase as evidence', () => {
    expect(detectKindsInText('A simple CRUD app for notes')).toEqual([{ kind: 'crud', evidence: 'description mentions "CRUD"' }]);
    expect(detectKindsInText('An online shop for books')).toEqual([{ kind: 'ecommerce', evidence: 'description mentions "online shop"' }]);
    for (const t of ['e-commerce platform', 'ecommerce backend', 'online store', 'shopping cart service', 'Stripe checkout']) expect(kinds(t), t).toEqual(['ecommerce']);
    for (const t of ['A headless CMS', 'content management system']) expect(kinds(t), t).toEqual(['cms']);
    for (const t of ['two microservices', 'a microservice', 'micro-services demo']) expect(kinds(t), t).toEqual(['microservices']);
    for (const t of ['A REST API for tasks', 'public API', 'GraphQL API']) expect(kinds(t), t).toEqual(['api']);
    for (const t of ['A CLI to sync stock', 'command-line tool', 'command line helper']) expect(kinds(t), t).toEqual(['cli']);
    for (const t of ['A parsing library', 'Python SDK for the service']) expect(kinds(t), t).toEqual(['library']);
  });

  it('finds several kinds, in the app’s kind order', () => {
    expect(kinds('Command-line client and REST API for an online store built as microservices')).toEqual(['ecommerce', 'microservices', 'api', 'cli']);
  });

  it('does not read look-alikes as kinds', () => {
    expect(kinds('Keeps API keys in the OS keychain')).toEqual([]);
    expect(kinds('A library management system')).toEqual([]);
    expect(kinds('A weather dashboard')).toEqual([]);
    expect(kinds('')).toEqual([]);
  });

  it('reads what a project is, not what it uses or mentions', () => {
    expect(detectKindsInText('Lets authors create, read, update, and delete posts')).toEqual([{ kind: 'crud', evidence: 'description mentions "create, read, update, and delete"' }]);
    for (const t of ['Integrated the Spotify Web API to fetch plays', 'Uses the Google Maps API', 'Anthropic API', 'Turns API responses into alerts', 'Consuming a third-party REST API']) expect(kinds(t), t).toEqual([]);
    for (const t of ['An API for payments', 'Built a GraphQL API', 'Exposes a versioned API.']) expect(kinds(t), t).toEqual(['api']);
    expect(kinds('Task Tracker API')).toEqual([]);
    expect(detectKindsInText('Task Tracker API', 'name').map((k) => k.kind)).toEqual(['api']);
    for (const t of ['A generated endless library where every book is a level', 'The town library reopened']) expect(kinds(t), t).toEqual([]);
    for (const t of ['A Python library for retries', 'a library for parsing TOML', 'Published as an npm package']) expect(kinds(t), t).toEqual(['library']);
  });

  it('names the field it read', () => {
    expect(detectKindsInText('A CMS', 'README')).toEqual([{ kind: 'cms', evidence: 'README mentions "CMS"' }]);
  });
});
