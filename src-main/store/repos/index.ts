// All SQL of the app lives in these repositories; services compose them inside transactions.
import type { Database } from 'better-sqlite3';
import { delegationsRepo } from './delegations';
import { healthRepo } from './health';
import { itemsRepo } from './items';
import { legsRepo } from './legs';
import { membersRepo } from './members';
import { placesRepo } from './places';
import { searchRepo } from './search';
import { settingsRepo } from './settings';
import { sitesRepo } from './sites';
import { visitsRepo } from './visits';

export function createRepos(db: Database) {
  return {
    places: placesRepo(db),
    visits: visitsRepo(db),
    legs: legsRepo(db),
    delegations: delegationsRepo(db),
    members: membersRepo(db),
    sites: sitesRepo(db),
    items: itemsRepo(db),
    settings: settingsRepo(db),
    health: healthRepo(db),
    search: searchRepo(db),
  };
}
export type Repos = ReturnType<typeof createRepos>;
