import * as migration_20261129_092349_initial from './20261129_092349_initial'
import * as migration_20261129_092350_search_extensions from './20261129_092350_search_extensions'
import * as migration_20261129_120000_search_index from './20261129_120000_search_index'
import * as migration_20261129_130000_search_rank_facets from './20261129_130000_search_rank_facets'
import * as migration_20261129_140000_search_compounds_facet_filters from './20261129_140000_search_compounds_facet_filters'
import * as migration_20261129_150000_search_generation from './20261129_150000_search_generation'
import * as migration_20261129_160000_search_text_inline from './20261129_160000_search_text_inline'
import * as migration_20261201_211440_content_schedule_related from './20261201_211440_content_schedule_related'
import * as migration_20261201_211732_accounts from './20261201_211732_accounts'
import * as migration_20261201_213000_outbox_alleen_zelf from './20261201_213000_outbox_alleen_zelf'
import * as migration_20261201_222000_downloads from './20261201_222000_downloads'
import * as migration_20261201_215110_suggesties_notities from './20261201_215110_suggesties_notities'
import * as migration_20261201_220238_schema_samengevoegd from './20261201_220238_schema_samengevoegd'
import * as migration_20261201_222758_favorieten from './20261201_222758_favorieten'
import * as migration_20261202_090000_queue_jobs from './20261202_090000_queue_jobs'

export const migrations = [
  {
    up: migration_20261129_092349_initial.up,
    down: migration_20261129_092349_initial.down,
    name: '20261129_092349_initial',
  },
  {
    up: migration_20261129_092350_search_extensions.up,
    down: migration_20261129_092350_search_extensions.down,
    name: '20261129_092350_search_extensions',
  },
  {
    up: migration_20261129_120000_search_index.up,
    down: migration_20261129_120000_search_index.down,
    name: '20261129_120000_search_index',
  },
  {
    up: migration_20261129_130000_search_rank_facets.up,
    down: migration_20261129_130000_search_rank_facets.down,
    name: '20261129_130000_search_rank_facets',
  },
  {
    up: migration_20261129_140000_search_compounds_facet_filters.up,
    down: migration_20261129_140000_search_compounds_facet_filters.down,
    name: '20261129_140000_search_compounds_facet_filters',
  },
  {
    up: migration_20261129_150000_search_generation.up,
    down: migration_20261129_150000_search_generation.down,
    name: '20261129_150000_search_generation',
  },
  {
    up: migration_20261129_160000_search_text_inline.up,
    down: migration_20261129_160000_search_text_inline.down,
    name: '20261129_160000_search_text_inline',
  },
  {
    up: migration_20261201_211440_content_schedule_related.up,
    down: migration_20261201_211440_content_schedule_related.down,
    name: '20261201_211440_content_schedule_related',
  },
  {
    up: migration_20261201_211732_accounts.up,
    down: migration_20261201_211732_accounts.down,
    name: '20261201_211732_accounts',
  },
  {
    up: migration_20261201_213000_outbox_alleen_zelf.up,
    down: migration_20261201_213000_outbox_alleen_zelf.down,
    name: '20261201_213000_outbox_alleen_zelf',
  },
  {
    up: migration_20261201_215110_suggesties_notities.up,
    down: migration_20261201_215110_suggesties_notities.down,
    name: '20261201_215110_suggesties_notities',
  },
  {
    up: migration_20261201_220238_schema_samengevoegd.up,
    down: migration_20261201_220238_schema_samengevoegd.down,
    name: '20261201_220238_schema_samengevoegd',
  },
  {
    up: migration_20261201_222758_favorieten.up,
    down: migration_20261201_222758_favorieten.down,
    name: '20261201_222758_favorieten',
  },
  {
    up: migration_20261201_222000_downloads.up,
    down: migration_20261201_222000_downloads.down,
    name: '20261201_222000_downloads',
  },
  {
    up: migration_20261202_090000_queue_jobs.up,
    down: migration_20261202_090000_queue_jobs.down,
    name: '20261202_090000_queue_jobs',
  },
]
