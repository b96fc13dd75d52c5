// The one contract between the renderer and the main process: channel name → input schema and result type.
// Electron IPC, the preload bridge, the browser-mode HTTP endpoint and the tests are all driven by this map.
import type { z } from 'zod';
import type { ChannelName } from './channel-names';
import type {
  Delegation,
  ItineraryItem,
  Leg,
  Member,
  Place,
  Settings,
  Site,
  StoreCheck,
  Visit,
  VisitDetail,
  VisitSummary,
  WorkspaceState,
  SearchHit,
  SiteUse,
} from './entities';
import type { Conflict } from '../domain/conflicts';
import type { HistoryState } from './history-state';
import {
  byIdInput,
  byDelegationInput,
  byVisitInput,
  delegationFields,
  emptyInput,
  itemFields,
  languageInput,
  legFields,
  listQuery,
  memberFields,
  patchOf,
  placeFields,
  siteFields,
  visitFields,
  workspaceNameInput,
  bufferInput,
  duplicateDayInput,
  duplicateItemInput,
  moveItemInput,
  reorderDelegationsInput,
  reorderMembersInput,
  searchInput,
  shiftInput,
  workspacePathInput,
} from './schemas';
import { programmeExportInput, type ProgrammeCheck, type ProgrammePdf } from './export-schemas';
import { saveAsInput, type SaveAsResult } from './file-schemas';
import {
  backupRestoreInput,
  calendarExportInput,
  membersCommitInput,
  membersPreviewInput,
  participantsExportInput,
  visitPackageExportInput,
  visitPackageImportInput,
  type BackupInfo,
  type BackupRestore,
  type CalendarExport,
  type MembersImportPreview,
  type MembersImportResult,
  type ParticipantsExport,
  type VisitPackageExport,
  type VisitPackageImport,
} from './exchange-schemas';

interface ChannelSpec<I extends z.ZodType, R> {
  input: I;
  /** Phantom: carries the result type only. */
  result?: R;
}
const channel =
  <R>() =>
  <I extends z.ZodType>(input: I): ChannelSpec<I, R> => ({ input });

const deleted = channel<{ id: string }>();

export const contract = {
  'app.check': channel<StoreCheck>()(emptyInput),
  'settings.get': channel<Settings>()(emptyInput),
  'settings.setLanguage': channel<Settings>()(languageInput),

  'places.list': channel<Place[]>()(listQuery),
  'places.create': channel<Place>()(placeFields),
  'places.update': channel<Place>()(patchOf(placeFields)),
  'places.delete': deleted(byIdInput),

  'visits.list': channel<VisitSummary[]>()(emptyInput),
  'visits.get': channel<VisitDetail>()(byIdInput),
  'visits.create': channel<Visit>()(visitFields),
  'visits.update': channel<Visit>()(patchOf(visitFields)),
  'visits.delete': deleted(byIdInput),

  'legs.list': channel<Leg[]>()(byVisitInput),
  'legs.create': channel<Leg>()(legFields),
  'legs.update': channel<Leg>()(patchOf(legFields.omit({ visitId: true }))),
  'legs.delete': deleted(byIdInput),

  'delegations.list': channel<Delegation[]>()(byVisitInput),
  'delegations.create': channel<Delegation>()(delegationFields),
  'delegations.update': channel<Delegation>()(patchOf(delegationFields.omit({ visitId: true }))),
  'delegations.delete': deleted(byIdInput),

  'members.list': channel<Member[]>()(byDelegationInput),
  'members.create': channel<Member>()(memberFields),
  'members.update': channel<Member>()(patchOf(memberFields)),
  'members.delete': deleted(byIdInput),

  'sites.list': channel<Site[]>()(listQuery),
  'sites.create': channel<Site>()(siteFields),
  'sites.update': channel<Site>()(patchOf(siteFields)),
  'sites.delete': deleted(byIdInput),

  'items.list': channel<ItineraryItem[]>()(byVisitInput),
  'items.create': channel<ItineraryItem>()(itemFields),
  'items.update': channel<ItineraryItem>()(patchOf(itemFields)),
  'items.delete': deleted(byIdInput),

  'workspaces.list': channel<WorkspaceState>()(emptyInput),
  'workspaces.create': channel<WorkspaceState>()(workspaceNameInput),
  'workspaces.open': channel<WorkspaceState>()(workspacePathInput),
  'workspaces.rename': channel<WorkspaceState>()(workspaceNameInput),
  'demo.load': channel<WorkspaceState>()(emptyInput),

  'settings.setBuffer': channel<Settings>()(bufferInput),
  'history.state': channel<HistoryState>()(emptyInput),
  'history.undo': channel<HistoryState>()(emptyInput),
  'history.redo': channel<HistoryState>()(emptyInput),
  'conflicts.forVisit': channel<Conflict[]>()(byVisitInput),
  'search.query': channel<SearchHit[]>()(searchInput),
  'sites.usage': channel<SiteUse[]>()(byIdInput),
  'items.move': channel<ItineraryItem>()(moveItemInput),
  'items.duplicate': channel<ItineraryItem>()(duplicateItemInput),
  'items.duplicateDay': channel<ItineraryItem[]>()(duplicateDayInput),
  'visits.shift': channel<VisitDetail>()(shiftInput),
  'legs.shift': channel<Leg>()(shiftInput),
  'members.reorder': channel<Member[]>()(reorderMembersInput),
  'delegations.reorder': channel<Delegation[]>()(reorderDelegationsInput),

  'export.programmeCheck': channel<ProgrammeCheck>()(programmeExportInput),
  'export.programmePdf': channel<ProgrammePdf>()(programmeExportInput),

  'files.saveAs': channel<SaveAsResult>()(saveAsInput),

  // Exchange (exchange-schemas.ts): member import, participant lists, calendars, visit packages, backups.
  'import.membersPreview': channel<MembersImportPreview>()(membersPreviewInput),
  'import.membersCommit': channel<MembersImportResult>()(membersCommitInput),
  'export.participants': channel<ParticipantsExport>()(participantsExportInput),
  'export.calendar': channel<CalendarExport>()(calendarExportInput),
  'export.visitPackage': channel<VisitPackageExport>()(visitPackageExportInput),
  'import.visitPackage': channel<VisitPackageImport>()(visitPackageImportInput),
  'backups.list': channel<BackupInfo[]>()(emptyInput),
  'backups.create': channel<BackupInfo>()(emptyInput),
  'backups.restore': channel<BackupRestore>()(backupRestoreInput),
} satisfies Record<ChannelName, ChannelSpec<z.ZodType, unknown>>;

export type Contract = typeof contract;
/** What the caller sends (defaults may be left out). */
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
/** What the handler receives after validation (defaults filled in). */
export type ParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
export type ChannelResult<C extends ChannelName> = NonNullable<Contract[C]['result']>;
export type { ChannelName };
