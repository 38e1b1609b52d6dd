import type { LocalizedText } from '@public-service-graph/subgraph-kit/i18n';
import type { EuEventRef } from './model.ts';

/**
 * The first-level concepts of the CPSV-AP "Life Event" and "Business Event" controlled vocabularies (ISA Action 1.3,
 * deliverable D04.01 "Controlled Vocabularies", 2016) that this graph's life situations map to. Codes are the English
 * labels in lower case with hyphens, as CPSV-AP-NO publishes them (data.norge.no/vocabulary/business-event-type
 * #starting-business); the EU gives these concepts no URIs of its own. English labels are the vocabulary's
 * ("Losing/leaving a job" is spelt correctly here), Latvian ones this graph's translation.
 */
export const EU_EVENTS: Record<EuEventRef['scheme'], Record<string, LocalizedText>> = {
  LIFE_EVENT: {
    'having-a-child': { lv: 'Bērna gaidīšana un piedzimšana', en: 'Having a child' },
    'getting-educated': { lv: 'Izglītības iegūšana', en: 'Getting educated' },
    'losing-leaving-a-job': { lv: 'Darba zaudēšana vai aiziešana no darba', en: 'Losing/leaving a job' },
    'finding-a-place-to-live': { lv: 'Mājokļa atrašana', en: 'Finding a place to live' },
    'changing-residence': { lv: 'Dzīvesvietas maiņa', en: 'Changing residence' },
    'changing-relationship-status': { lv: 'Ģimenes stāvokļa maiņa', en: 'Changing relationship status' },
    'driving-a-vehicle': { lv: 'Transportlīdzekļa vadīšana', en: 'Driving a vehicle' },
    'moving-to-from-the-country': { lv: 'Pārcelšanās uz valsti vai no tās', en: 'Moving to/from the country' },
    retiring: { lv: 'Pensionēšanās', en: 'Retiring' },
    'dealing-with-decease-and-inheritance': { lv: 'Nāve un mantošana', en: 'Dealing with decease and inheritance' },
  },
  BUSINESS_EVENT: {
    'starting-business': { lv: 'Uzņēmējdarbības uzsākšana', en: 'Starting business' },
    'doing-business': { lv: 'Uzņēmējdarbības veikšana', en: 'Doing business' },
    'closing-business': { lv: 'Uzņēmējdarbības izbeigšana', en: 'Closing business' },
  },
};

/** The label of a concept; null for a code the vocabulary does not have (demo data is checked against it). */
export const euEventLabel = (ref: EuEventRef): LocalizedText | null => EU_EVENTS[ref.scheme][ref.code] ?? null;
