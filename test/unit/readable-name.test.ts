import { describe, expect, it } from 'vitest';
import { readableName } from '../../shared/readable-name';

describe('a repository name made readable as a project title', () => {
  it.each([
    ['ledger-api', 'Ledger API'],
    ['todo-api', 'Todo API'],
    ['shop-services', 'Shop Services'],
    ['orderService', 'Order Service'],
    ['graphql_gateway', 'GraphQL Gateway'],
    ['my-go-cli', 'My Go CLI'],
    ['state-of-the-art', 'State of the Art'],
    ['iOS-app', 'iOS App'],
    ['k8s-operator', 'K8s Operator'],
    ['redis', 'Redis'],
    ['payments.v2', 'Payments V2'],
  ])('%s → %s', (name, title) => {
    expect(readableName(name)).toBe(title);
  });

  it('keeps a name with no words as it is', () => {
    expect(readableName('--')).toBe('--');
  });
});
