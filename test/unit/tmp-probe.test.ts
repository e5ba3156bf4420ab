import { it } from 'vitest';
import { analyzeDocumentation } from '../../shared/doc-status';
it('probe', () => {
  const readme = [
      'Environment variables',
      '- `DB_HOST` : Hostname or IP address of the database to be connected from this application',
      '    - Default : `127.0.0.1`',
      '- `DB_PORT` : The port of the database to be connected from this application',
      '    - Default : `3306`',
      '- `DB_NAME` : The name of the database used in this application',
      '    - Default : `todo`',
      '- `DB_USER` : The user to connect the database',
      '    - Default : `root`',
    ].join('\n');
  console.log(JSON.stringify(analyzeDocumentation({ readme, licence: null, homepage: null, rootEntries: [] })));
});
