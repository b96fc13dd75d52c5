// What the user chose in the export dialog, and the channel input it makes.
import type {
  BilingualLayout,
  PaperSize,
  ProgrammeExportInput,
  ProgrammeLanguage,
} from '../../../../src-main/shared/contract/export-schemas';

export const SCOPES = ['visit', 'leg', 'delegation', 'member'] as const;
export type ScopeKind = (typeof SCOPES)[number];

export interface ExportChoices {
  scope: ScopeKind;
  /** The chosen leg, delegation and member; '' until the user picks one (the first one is used). */
  legId: string;
  delegationId: string;
  memberId: string;
  language: ProgrammeLanguage;
  layout: BilingualLayout;
  paper: PaperSize;
  participants: boolean;
  addresses: boolean;
  dayBreaks: boolean;
}

type Remembered = Pick<ExportChoices, 'language' | 'layout' | 'paper' | 'participants' | 'addresses' | 'dayBreaks'>;

/** The format options of the last export, for the next one (while the page lives); the scope is per visit. */
let remembered: Remembered = {
  language: 'bilingual',
  layout: 'columns',
  paper: 'a4',
  participants: false,
  addresses: false,
  dayBreaks: false,
};

export function initialChoices(): ExportChoices {
  return { scope: 'visit', legId: '', delegationId: '', memberId: '', ...remembered };
}

export function rememberChoices(choices: ExportChoices): void {
  const { language, layout, paper, participants, addresses, dayBreaks } = choices;
  remembered = { language, layout, paper, participants, addresses, dayBreaks };
}

/** The ids in effect: the chosen ones while they exist, else the first of each list. */
export interface ResolvedScope {
  legId: string;
  delegationId: string;
  memberId: string;
}

/** The input for export.programmeCheck / export.programmePdf, or null while the scope has no record chosen. */
export function toInput(visitId: string, choices: ExportChoices, scope: ResolvedScope): ProgrammeExportInput | null {
  const input: ProgrammeExportInput = {
    visitId,
    language: choices.language,
    paper: choices.paper,
    participants: choices.participants,
    addresses: choices.addresses,
    dayBreaks: choices.dayBreaks,
  };
  if (choices.language === 'bilingual') input.layout = choices.layout;
  switch (choices.scope) {
    case 'leg':
      if (!scope.legId) return null;
      return { ...input, legId: scope.legId };
    case 'delegation':
      if (!scope.delegationId) return null;
      return { ...input, delegationId: scope.delegationId };
    case 'member':
      if (!scope.memberId) return null;
      return { ...input, memberId: scope.memberId };
    default:
      return input;
  }
}
