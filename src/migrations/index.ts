import * as migration_20261129_092349_initial from './20261129_092349_initial';
import * as migration_20261129_092350_search_extensions from './20261129_092350_search_extensions';

export const migrations = [
  {
    up: migration_20261129_092349_initial.up,
    down: migration_20261129_092349_initial.down,
    name: '20261129_092349_initial'
  },
  {
    up: migration_20261129_092350_search_extensions.up,
    down: migration_20261129_092350_search_extensions.down,
    name: '20261129_092350_search_extensions'
  },
];
