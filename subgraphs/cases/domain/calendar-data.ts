/**
 * The parts of the Latvian calendar that are decided year by year, as data. Everything here was checked against a
 * published source, named beside each entry. Operators add what comes later (the next Cabinet order, a new one-off
 * holiday) without a release, through the `setCalendarDay` mutation (table cases.calendar_days), which overrides
 * this file day by day.
 *
 * Covered: transferred working days of 2023, 2024, 2025 and 2026; one-off holidays and the Song and Dance Festival
 * closing day of 2023. Years before 2023 are computed from the law's fixed holidays only.
 */

export interface TransferredWorkingDay {
  /** The weekday that becomes a day off. */
  dayOff: string;
  /** The Saturday that becomes a working day in exchange. */
  workingDay: string;
  source: string;
}

/**
 * Working days moved to a Saturday by the Cabinet (Darba likums, 133. panta ceturtā daļa: "Par darba dienu
 * pārcelšanu <gads>. gadā"), binding on institutions financed from the state budget, i.e. on the institutions
 * whose cases these are.
 */
export const TRANSFERRED_WORKING_DAYS: Record<number, TransferredWorkingDay[]> = {
  2023: [
    // Order text quoted by nra.lv ("pārcelt darba dienu no piektdienas, 2023. gada 5. maija, uz sestdienu, 2023. gada 20. maiju").
    { dayOff: '2023-05-05', workingDay: '2023-05-20', source: 'MK rīkojums "Par darba dienas pārcelšanu 2023. gadā"' },
  ],
  2024: [
    // MK 13.06.2023. rīkojums Nr. 348, as cited by labadavana.lv and delfi.lv.
    { dayOff: '2024-12-23', workingDay: '2024-12-14', source: 'MK 13.06.2023. rīkojums Nr. 348' },
    { dayOff: '2024-12-30', workingDay: '2024-12-28', source: 'MK 13.06.2023. rīkojums Nr. 348' },
  ],
  2025: [
    // The November transfer is quoted from the order's 1st point by la.lv; the May one is reported by nasha.la.lv.
    { dayOff: '2025-05-02', workingDay: '2025-05-10', source: 'MK 30.04.2024. rīkojums Nr. 332' },
    { dayOff: '2025-11-17', workingDay: '2025-11-08', source: 'MK 30.04.2024. rīkojums Nr. 332, 1. punkts' },
  ],
  2026: [
    // Adopted by the Cabinet on 10.06.2025 (la.lv); 17.01.2026 confirmed as the transferred working day (jauns.lv).
    { dayOff: '2026-01-02', workingDay: '2026-01-17', source: 'MK rīkojums "Par darba dienu pārcelšanu 2026. gadā" (10.06.2025)' },
    { dayOff: '2026-06-22', workingDay: '2026-06-27', source: 'MK rīkojums "Par darba dienu pārcelšanu 2026. gadā" (10.06.2025)' },
  ],
};

/**
 * Closing days of the General Latvian Song and Dance Festival: a public holiday since the 2022 amendment of the law
 * "Par svētku, atceres un atzīmējamām dienām", with the same weekend rule as 4 May and 18 November. The festival is
 * held every five years; the next date is added when it is set.
 */
export const SONG_FESTIVAL_CLOSING_DAYS: Record<number, string> = {
  // 9 July 2023 was a Sunday, so Monday 10 July was a day off (vtmec.gov.lv).
  2023: '2023-07-09',
};

/** Public holidays set by law for one year only. */
export const ONE_OFF_HOLIDAYS: { date: string; name: string; source: string }[] = [
  { date: '2023-05-29', name: 'Hokeja bronzas medaļas ieguves diena', source: 'Saeimas 28.05.2023. grozījumi likumā "Par svētku, atceres un atzīmējamām dienām"' },
];
