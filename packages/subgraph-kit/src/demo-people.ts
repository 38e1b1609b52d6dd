/**
 * Fictional demo clients, shared by the demo data of several subgraphs (each keeps only the identifiers here).
 * Personal codes carry valid check digits; company numbers are made up.
 */
export const DEMO_PEOPLE = {
  janis: { personalCode: '150385-12346', name: 'Jānis Bērziņš' },
  anna: { personalCode: '220790-14568', name: 'Anna Kalniņa' },
  peteris: { personalCode: '010150-17898', name: 'Pēteris Ozols' },
  liga: { personalCode: '120488-13210', name: 'Līga Liepiņa' },
  emilija: { personalCode: '051026-21119', name: 'Emīlija Liepiņa' },
  martins: { personalCode: '320123-45679', name: 'Mārtiņš Kļaviņš' },
} as const;

export const DEMO_COMPANIES = {
  darznieciba: { registrationNumber: '40203123456', name: 'SIA "Zaļā Dārzniecība"' },
  koks: { registrationNumber: '40103987654', name: 'SIA "Baltijas Koks"' },
} as const;
