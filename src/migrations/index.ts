import * as migration_20261129_090000_extensions from './20261129_090000_extensions';
import * as migration_20261129_092349_initial from './20261129_092349_initial';

export const migrations = [
  {
    up: migration_20261129_090000_extensions.up,
    down: migration_20261129_090000_extensions.down,
    name: '20261129_090000_extensions',
  },
  {
    up: migration_20261129_092349_initial.up,
    down: migration_20261129_092349_initial.down,
    name: '20261129_092349_initial'
  },
];
