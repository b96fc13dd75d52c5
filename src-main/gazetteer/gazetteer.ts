// The bilingual gazetteer shipped in resources/: IURC pilot cities and regions (Chinese names exactly
// as the programme brochure gives them) plus the other host and delegation places of the study visits.
import type { PlaceKind, PlaceSide } from '../shared/domain/vocabulary';
import entries from '../../resources/gazetteer/places.json';

export interface GazetteerEntry {
  key: string;
  name: { en: string; zh: string };
  kind: PlaceKind;
  country: string;
  side: PlaceSide;
  timeZone: string;
  pilot: boolean;
  /** "unreviewed" when no source document gives the Chinese name. */
  zhSource: string;
  zhNote?: string;
}

export const GAZETTEER: readonly GazetteerEntry[] = entries as GazetteerEntry[];
