import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADD_EVENT, REGISTER, registerCase, testPersonalCode, TIMELINE, UPDATE_STATUS, updateStatus } from './support/cases.ts';
import { DEMO_PEOPLE, errorCodes, startTestGraph, type TestGraph } from './support/platform.ts';

let graph: TestGraph;
let pmlp: string;
let operator: string;
beforeAll(async () => {
  graph = await startTestGraph();
  pmlp = await graph.token({ institution: 'PMLP' });
  operator = await graph.token({ operator: 'ops' });
});
afterAll(() => graph?.stop());

const PURPOSE = 'pieteikuma izskatīšana';

describe('a case through its lifecycle', () => {
  it('is registered, processed, decided, completed, rated, and the person sees every step', async () => {
    const personalCode = testPersonalCode(2);
    const created = await registerCase(graph, pmlp, {
      reference: 'PMLP-2026/900001', personalCode, applicationChannel: 'CLIENT_SERVICE_CENTRE', deliveryChannel: 'IN_PERSON',
      submittedAt: '2026-03-02T09:00:00Z', processingTime: 'P10D',
      extendedStatus: [{ language: 'lv', value: 'Saņemts' }, { language: 'en', value: 'Received' }],
      note: [{ language: 'lv', value: 'Pieteikums saņemts VPVKAC Cēsīs' }],
    });
    expect(created).toMatchObject({ reference: 'PMLP-2026/900001', version: 1, status: 'SUBMITTED', dueDate: '2026-03-16', kind: 'APPLICATION' });

    let version = created.version;
    for (const status of ['REGISTERED', 'IN_PROGRESS', 'AWAITING_CLIENT', 'IN_PROGRESS']) {
      const payload = await updateStatus(graph, pmlp, { caseId: created.id, expectedVersion: version, status, at: '2026-03-05T10:00:00Z' });
      expect(payload.errors).toEqual([]);
      expect(payload.case).toMatchObject({ status, version: version + 1 });
      version = payload.case.version;
    }
    const docs = await graph.gql(ADD_EVENT, {
      input: { caseId: created.id, idempotencyKey: randomUUID(), expectedVersion: version, type: 'DOCUMENT_REQUEST', at: '2026-03-06T10:00:00Z', note: [{ language: 'lv', value: 'Iesniedziet foto' }, { language: 'en', value: 'Send a photo' }] },
    }, { token: pmlp });
    expect(docs.data.addCaseEvent).toMatchObject({ errors: [], event: { type: 'DOCUMENT_REQUEST', note: 'Send a photo', actorKind: 'INSTITUTION', institutionCode: 'PMLP' }, case: { version: version + 1 } });
    version++;
    const progress = await graph.gql(ADD_EVENT, {
      input: { caseId: created.id, idempotencyKey: randomUUID(), expectedVersion: version, type: 'PROGRESS', at: '2026-03-09T10:00:00Z', progress: 80, extendedStatus: [{ language: 'lv', value: 'Pase tiek drukāta' }] },
    }, { token: pmlp });
    expect(progress.data.addCaseEvent.case).toMatchObject({ progress: 80, extendedStatus: 'Pase tiek drukāta', version: version + 1 });
    version++;

    const decided = await updateStatus(graph, pmlp, {
      caseId: created.id, expectedVersion: version, status: 'DECIDED', at: '2026-03-12T12:00:00Z', decision: 'GRANTED',
      result: [{ language: 'lv', value: 'Pase izgatavota' }, { language: 'en', value: 'Passport made' }],
    });
    expect(decided.case).toMatchObject({ status: 'DECIDED', decision: 'GRANTED', result: 'Passport made', resolvedAt: '2026-03-12T12:00:00.000Z', resolvedOnTime: true, allowedNextStatuses: ['COMPLETED'] });
    const completed = await updateStatus(graph, pmlp, { caseId: created.id, expectedVersion: decided.case.version, status: 'COMPLETED', at: '2026-03-13T08:00:00Z' });
    expect(completed.case).toMatchObject({ status: 'COMPLETED', allowedNextStatuses: [], resolvedAt: '2026-03-12T12:00:00.000Z' });

    const person = await graph.token({ person: personalCode });
    const rated = await graph.gql('mutation($input: RateCaseInput!) { rateCase(input: $input) { case { feedback { rating comment } } errors { code } } }', { input: { caseId: created.id, rating: 4, comment: 'Labi' } }, { token: person });
    expect(rated.data.rateCase).toEqual({ case: { feedback: { rating: 4, comment: 'Labi' } }, errors: [] });

    const mine = await graph.gql(`{ me { cases { totalCount nodes { reference status applicationChannel deliveryChannel dueDate overdue extendedStatus(language: "en") progress feedback { rating }
      statusHistory { status } timeline { totalCount nodes { type status note(language: "en") } } } } } }`, {}, { token: person });
    expect(mine.errors).toBeUndefined();
    expect(mine.data.me.cases.totalCount).toBe(1);
    const seen = mine.data.me.cases.nodes[0];
    expect(seen).toMatchObject({ reference: 'PMLP-2026/900001', status: 'COMPLETED', applicationChannel: 'CLIENT_SERVICE_CENTRE', deliveryChannel: 'IN_PERSON', dueDate: '2026-03-16', overdue: false, extendedStatus: 'Pase tiek drukāta', progress: 80, feedback: { rating: 4 } });
    expect(seen.statusHistory.map((s: { status: string }) => s.status)).toEqual(['SUBMITTED', 'REGISTERED', 'IN_PROGRESS', 'AWAITING_CLIENT', 'IN_PROGRESS', 'DECIDED', 'COMPLETED']);
    expect(seen.timeline.totalCount).toBe(9);
    expect(seen.timeline.nodes.map((e: { type: string }) => e.type)).toEqual([
      'STATUS_CHANGE', 'STATUS_CHANGE', 'STATUS_CHANGE', 'STATUS_CHANGE', 'STATUS_CHANGE', 'DOCUMENT_REQUEST', 'PROGRESS', 'STATUS_CHANGE', 'STATUS_CHANGE',
    ]);
    expect(seen.timeline.nodes[5].note).toBe('Send a photo');
  });

  it('pages the timeline with cursors', async () => {
    const created = await registerCase(graph, pmlp);
    let version = 1;
    for (const status of ['REGISTERED', 'IN_PROGRESS', 'DECIDED']) version = (await updateStatus(graph, pmlp, { caseId: created.id, expectedVersion: version, status })).case.version;
    const q = 'query($id: ID!, $after: String) { case(id: $id, purpose: "p") { timeline(first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { status } } } }';
    const first = (await graph.gql(q, { id: created.id }, { token: pmlp })).data.case.timeline;
    expect(first).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
    const second = (await graph.gql(q, { id: created.id, after: first.pageInfo.endCursor }, { token: pmlp })).data.case.timeline;
    expect(second).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: false }, nodes: [{ status: 'DECIDED' }] });
    const third = (await graph.gql(q, { id: created.id, after: second.pageInfo.endCursor }, { token: pmlp })).data.case.timeline;
    expect(third).toMatchObject({ totalCount: 4, nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('refuses an illegal transition and names the allowed next statuses; nothing is written', async () => {
    const created = await registerCase(graph, pmlp, { status: 'IN_PROGRESS' });
    const back = await updateStatus(graph, pmlp, { caseId: created.id, expectedVersion: 1, status: 'REGISTERED' });
    expect(back.case).toBeNull();
    expect(back.errors).toEqual([{
      __typename: 'UpdateCaseStatusIllegalTransition', code: 'ILLEGAL_TRANSITION', from: 'IN_PROGRESS', to: 'REGISTERED',
      allowedNext: ['AWAITING_CLIENT', 'DECIDED', 'COMPLETED', 'REJECTED', 'WITHDRAWN'],
      message: 'A case cannot go from IN_PROGRESS to REGISTERED; from IN_PROGRESS it may go to AWAITING_CLIENT, DECIDED, COMPLETED, REJECTED, WITHDRAWN.',
    }]);
    const rejected = await updateStatus(graph, pmlp, { caseId: created.id, expectedVersion: 1, status: 'REJECTED' });
    expect(rejected.case).toMatchObject({ status: 'REJECTED', decision: 'REFUSED', version: 2 });
    const reopened = await updateStatus(graph, pmlp, { caseId: created.id, expectedVersion: 2, status: 'IN_PROGRESS' });
    expect(reopened.errors[0]).toMatchObject({ code: 'ILLEGAL_TRANSITION', allowedNext: [], message: 'A case in REJECTED is closed: it cannot change status any more.' });
    const timeline = await graph.gql(TIMELINE, { id: created.id, purpose: PURPOSE }, { token: pmlp });
    expect(timeline.data.case).toMatchObject({ version: 2, status: 'REJECTED', timeline: { totalCount: 2 } });
  });

  it('rejects bad input with BAD_USER_INPUT and writes nothing', async () => {
    const base = { idempotencyKey: randomUUID(), reference: 'BAD-1', serviceCode: 'PMLP-PASE', applicationChannel: 'E_SERVICE', submittedAt: '2026-03-02T09:00:00Z', client: { personalCode: testPersonalCode(3) } };
    const bad: [string, Record<string, unknown>][] = [
      ['a personal code with a wrong check digit', { client: { personalCode: '150385-12345' } }],
      ['an impossible birth date', { client: { personalCode: '320285-1234' } }],
      ['both identifiers', { client: { personalCode: testPersonalCode(3), registrationNumber: '40203123456' } }],
      ['a short registration number', { client: { registrationNumber: '4020312345' } }],
      ['a processing time that is no duration', { processingTime: '10 days' }],
      ['a future submission', { submittedAt: '2099-01-01T00:00:00Z' }],
      ['a starting status past processing', { status: 'COMPLETED' }],
      ['an extended status without Latvian', { extendedStatus: [{ language: 'en', value: 'Received' }] }],
      ['progress over 100', { progress: 120 }],
      ['an idempotency key with spaces', { idempotencyKey: 'not a key' }],
      ['an empty reference', { reference: '  ' }],
    ];
    for (const [what, change] of bad) {
      const res = await graph.gql(REGISTER, { input: { ...base, ...change } }, { token: pmlp });
      expect(errorCodes(res), what).toEqual(['BAD_USER_INPUT']);
      expect(JSON.stringify(res.errors)).not.toMatch(/select |insert |stack/i);
    }
    const list = await graph.gql('{ institutionCases(purpose: "check", filter: { reference: "BAD-1" }) { totalCount } }', {}, { token: pmlp });
    expect(list.data.institutionCases.totalCount).toBe(0);
    const statusBad = await graph.gql(UPDATE_STATUS, { input: { caseId: 'nope', idempotencyKey: randomUUID(), expectedVersion: 1, status: 'REGISTERED' } }, { token: pmlp });
    expect(errorCodes(statusBad)).toEqual(['BAD_USER_INPUT']);
    const early = { caseId: (await registerCase(graph, pmlp)).id, idempotencyKey: randomUUID(), expectedVersion: 1, status: 'REGISTERED', decision: 'GRANTED' };
    expect(errorCodes(await graph.gql(UPDATE_STATUS, { input: early }, { token: pmlp }))).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses a second case with the same reference, pointing at the first', async () => {
    const first = await registerCase(graph, pmlp, { reference: 'PMLP-2026/900777' });
    const again = await graph.gql(REGISTER, { input: { idempotencyKey: randomUUID(), reference: 'PMLP-2026/900777', serviceCode: 'PMLP-PASE', applicationChannel: 'POST', submittedAt: '2026-03-02T09:00:00Z', client: { personalCode: testPersonalCode(4) } } }, { token: pmlp });
    expect(again.data.registerCase).toMatchObject({ case: null, errors: [{ __typename: 'RegisterCaseDuplicateReference', code: 'DUPLICATE_REFERENCE', existingCaseId: first.id }] });
    // Another institution may use the same reference for its own case.
    const vid = await graph.token({ institution: 'VID' });
    expect((await registerCase(graph, vid, { reference: 'PMLP-2026/900777', serviceCode: 'VID-GID' })).reference).toBe('PMLP-2026/900777');
  });
});

describe('idempotent retries', () => {
  it('the same status change sent three times makes one event and one version', async () => {
    const created = await registerCase(graph, pmlp);
    const input = { caseId: created.id, idempotencyKey: randomUUID(), expectedVersion: 1, status: 'REGISTERED', note: [{ language: 'lv', value: 'Reģistrēts' }] };
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push((await graph.gql(UPDATE_STATUS, { input }, { token: pmlp })).data.updateCaseStatus);
    for (const answer of answers) expect(answer).toMatchObject({ errors: [], case: { status: 'REGISTERED', version: 2 } });
    const timeline = await graph.gql(TIMELINE, { id: created.id, purpose: PURPOSE }, { token: pmlp });
    expect(timeline.data.case.timeline.nodes.map((e: { status: string }) => e.status)).toEqual(['SUBMITTED', 'REGISTERED']);
  });

  it('the same registration and the same event sent three times make one case and one event', async () => {
    const input = { idempotencyKey: randomUUID(), reference: `R-${randomUUID().slice(0, 6)}`, serviceCode: 'PMLP-PASE', applicationChannel: 'E_SERVICE', submittedAt: '2026-03-02T09:00:00Z', client: { personalCode: testPersonalCode(5) } };
    const ids = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const res = await graph.gql(REGISTER, { input }, { token: pmlp });
      expect(res.data.registerCase.errors).toEqual([]);
      ids.add(res.data.registerCase.case.id);
    }
    expect(ids.size).toBe(1);
    const [id] = ids;
    const event = { caseId: id, idempotencyKey: randomUUID(), expectedVersion: 1, type: 'MESSAGE', note: [{ language: 'lv', value: 'Sveiki' }] };
    const eventIds = new Set<string>();
    for (let i = 0; i < 3; i++) eventIds.add((await graph.gql(ADD_EVENT, { input: event }, { token: pmlp })).data.addCaseEvent.event.id);
    expect(eventIds.size).toBe(1);
    const timeline = await graph.gql(TIMELINE, { id, purpose: PURPOSE }, { token: pmlp });
    expect(timeline.data.case).toMatchObject({ version: 2, timeline: { totalCount: 2 } });
  });

  it('the same key with a different request is refused', async () => {
    const created = await registerCase(graph, pmlp);
    const key = randomUUID();
    await updateStatus(graph, pmlp, { caseId: created.id, idempotencyKey: key, expectedVersion: 1, status: 'REGISTERED' });
    const other = await graph.gql(UPDATE_STATUS, { input: { caseId: created.id, idempotencyKey: key, expectedVersion: 2, status: 'IN_PROGRESS' } }, { token: pmlp });
    expect(errorCodes(other)).toEqual(['BAD_USER_INPUT']);
    expect(other.errors![0].message).toMatch(/idempotencyKey was used before/);
  });

  it('a stale write gets CONFLICT with the current version, and nothing is lost', async () => {
    const created = await registerCase(graph, pmlp);
    await updateStatus(graph, pmlp, { caseId: created.id, expectedVersion: 1, status: 'REGISTERED' });
    const stale = await updateStatus(graph, pmlp, { caseId: created.id, expectedVersion: 1, status: 'IN_PROGRESS' });
    expect(stale).toMatchObject({ case: null, errors: [{ __typename: 'UpdateCaseStatusConflict', code: 'CONFLICT', currentVersion: 2 }] });
    const staleEvent = await graph.gql(ADD_EVENT, { input: { caseId: created.id, idempotencyKey: randomUUID(), expectedVersion: 1, type: 'MESSAGE', note: [{ language: 'lv', value: 'x' }] } }, { token: pmlp });
    expect(staleEvent.data.addCaseEvent).toMatchObject({ case: null, event: null, errors: [{ code: 'CONFLICT', currentVersion: 2 }] });
    const timeline = await graph.gql(TIMELINE, { id: created.id, purpose: PURPOSE }, { token: pmlp });
    expect(timeline.data.case).toMatchObject({ version: 2, status: 'REGISTERED', timeline: { totalCount: 2 } });
  });
});

describe('event-only deliveries', () => {
  const RECORD = 'mutation($input: RecordServiceDeliveriesInput!) { recordServiceDeliveries(input: $input) { recorded alreadyRecorded } }';
  const delivery = (reference: string, personalCode: string) => ({ reference, serviceCode: 'PMLP-DZIVESVIETA', client: { personalCode }, channel: 'E_SERVICE', deliveredAt: '2026-02-10T10:00:00Z' });

  it('records many at once, skips the ones recorded before, and replays a retry', async () => {
    const codes = [testPersonalCode(6), testPersonalCode(7), testPersonalCode(8)];
    const first = { idempotencyKey: randomUUID(), deliveries: [delivery('D-1', codes[0]), delivery('D-2', codes[1])] };
    expect((await graph.gql(RECORD, { input: first }, { token: pmlp })).data.recordServiceDeliveries).toEqual({ recorded: 2, alreadyRecorded: [] });
    expect((await graph.gql(RECORD, { input: first }, { token: pmlp })).data.recordServiceDeliveries).toEqual({ recorded: 2, alreadyRecorded: [] });
    const overlapping = { idempotencyKey: randomUUID(), deliveries: [delivery('D-2', codes[1]), delivery('D-3', codes[2])] };
    expect((await graph.gql(RECORD, { input: overlapping }, { token: pmlp })).data.recordServiceDeliveries).toEqual({ recorded: 1, alreadyRecorded: ['D-2'] });

    const person = await graph.token({ person: codes[1] });
    const mine = await graph.gql('{ me { completedServiceCodes cases { nodes { reference kind status allowedNextStatuses timeline { nodes { type status } } } } } }', {}, { token: person });
    expect(mine.data.me).toEqual({
      completedServiceCodes: ['PMLP-DZIVESVIETA'],
      cases: { nodes: [{ reference: 'D-2', kind: 'EVENT_ONLY', status: 'COMPLETED', allowedNextStatuses: [], timeline: { nodes: [{ type: 'DELIVERY', status: 'COMPLETED' }] } }] },
    });
  });

  it('refuses the whole batch when one item is bad, naming it', async () => {
    const input = { idempotencyKey: randomUUID(), deliveries: [delivery('D-10', testPersonalCode(9)), delivery('D-11', '010101-00001')] };
    const res = await graph.gql(RECORD, { input }, { token: pmlp });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0].message).toContain('input.deliveries[1].client');
    const list = await graph.gql('{ institutionCases(purpose: "check", filter: { reference: "D-10" }) { totalCount } }', {}, { token: pmlp });
    expect(list.data.institutionCases.totalCount).toBe(0);
    const twice = await graph.gql(RECORD, { input: { idempotencyKey: randomUUID(), deliveries: [delivery('D-12', testPersonalCode(9)), delivery('D-12', testPersonalCode(9))] } }, { token: pmlp });
    expect(errorCodes(twice)).toEqual(['BAD_USER_INPUT']);
    const empty = await graph.gql(RECORD, { input: { idempotencyKey: randomUUID(), deliveries: [] } }, { token: pmlp });
    expect(errorCodes(empty)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('feedback and complaints', () => {
  const RATE = 'mutation($input: RateCaseInput!) { rateCase(input: $input) { case { feedback { rating comment } } errors { __typename code ... on RateCaseNotCompleted { status } ... on RateCaseAlreadyRated { feedback { rating } } } } }';
  const COMPLAIN = 'mutation($input: SubmitCaseComplaintInput!) { submitCaseComplaint(input: $input) { case { complaintCount timeline { nodes { type actorKind note } } } } }';

  it('rates only a completed case, once; the same rating again is a no-op', async () => {
    const personalCode = testPersonalCode(10);
    const person = await graph.token({ person: personalCode });
    const created = await registerCase(graph, pmlp, { personalCode });
    expect((await graph.gql(RATE, { input: { caseId: created.id, rating: 5 } }, { token: person })).data.rateCase.errors).toEqual([{ __typename: 'RateCaseNotCompleted', code: 'NOT_COMPLETED', status: 'SUBMITTED' }]);
    await updateStatus(graph, pmlp, { caseId: created.id, expectedVersion: 1, status: 'COMPLETED' });
    expect((await graph.gql(RATE, { input: { caseId: created.id, rating: 5, comment: 'Super' } }, { token: person })).data.rateCase).toEqual({ case: { feedback: { rating: 5, comment: 'Super' } }, errors: [] });
    expect((await graph.gql(RATE, { input: { caseId: created.id, rating: 5, comment: 'Super' } }, { token: person })).data.rateCase.errors).toEqual([]);
    expect((await graph.gql(RATE, { input: { caseId: created.id, rating: 1 } }, { token: person })).data.rateCase.errors).toEqual([{ __typename: 'RateCaseAlreadyRated', code: 'ALREADY_RATED', feedback: { rating: 5 } }]);
    expect(errorCodes(await graph.gql(RATE, { input: { caseId: created.id, rating: 6 } }, { token: person }))).toEqual(['BAD_USER_INPUT']);
    // Nobody else rates it: not another person, not the institution.
    const other = await graph.token({ person: DEMO_PEOPLE.anna.personalCode });
    expect(errorCodes(await graph.gql(RATE, { input: { caseId: created.id, rating: 1 } }, { token: other }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await graph.gql(RATE, { input: { caseId: created.id, rating: 1 } }, { token: pmlp }))).toEqual(['FORBIDDEN']);
  });

  it('records complaints by the client and by the institution, once per idempotency key', async () => {
    const personalCode = testPersonalCode(11);
    const person = await graph.token({ person: personalCode });
    const created = await registerCase(graph, pmlp, { personalCode });
    const input = { caseId: created.id, idempotencyKey: randomUUID(), text: 'Neviens neatbild uz zvaniem.' };
    await graph.gql(COMPLAIN, { input }, { token: person });
    const again = await graph.gql(COMPLAIN, { input }, { token: person });
    expect(again.data.submitCaseComplaint.case).toMatchObject({ complaintCount: 1, timeline: { nodes: [{ type: 'STATUS_CHANGE' }, { type: 'COMPLAINT', actorKind: 'CLIENT', note: 'Neviens neatbild uz zvaniem.' }] } });
    const byInstitution = await graph.gql(ADD_EVENT, { input: { caseId: created.id, idempotencyKey: randomUUID(), expectedVersion: 1, type: 'COMPLAINT', note: [{ language: 'lv', value: 'Sūdzība pa tālruni' }] } }, { token: pmlp });
    expect(byInstitution.data.addCaseEvent.case).toMatchObject({ complaintCount: 2, version: 2 });
    expect(errorCodes(await graph.gql(COMPLAIN, { input: { ...input, idempotencyKey: randomUUID() } }, { token: pmlp }))).toEqual(['FORBIDDEN']);
  });
});

describe('due dates in Latvian working days', () => {
  const DUE = 'query($at: DateTime!, $time: String!, $working: Boolean) { caseDueDate(submittedAt: $at, processingTime: $time, processingDaysAreWorkingDays: $working) }';

  it('skips the Līgo holidays and the transferred day off, and counts the transferred working Saturday', async () => {
    // Friday 19 June 2026: 22 June is a day off (moved to Saturday 27 June), 23 and 24 June are Līgo and Jāņi.
    const created = await registerCase(graph, pmlp, { submittedAt: '2026-06-19T10:00:00+03:00', processingTime: 'P3D' });
    expect(created.dueDate).toBe('2026-06-27');
    expect((await graph.gql(DUE, { at: '2026-06-19T10:00:00+03:00', time: 'P4D' })).data.caseDueDate).toBe('2026-06-29');
  });

  it('skips Christmas and New Year, and Easter', async () => {
    expect((await graph.gql(DUE, { at: '2026-12-22T12:00:00Z', time: 'P3D' })).data.caseDueDate).toBe('2026-12-29');
    expect((await graph.gql(DUE, { at: '2026-04-01T12:00:00Z', time: 'P2D' })).data.caseDueDate).toBe('2026-04-07');
    expect((await graph.gql(DUE, { at: '2026-06-13T12:00:00Z', time: 'P10D', working: false })).data.caseDueDate).toBe('2026-06-25');
    expect(errorCodes(await graph.gql(DUE, { at: '2026-06-13T12:00:00Z', time: 'ten days' }))).toEqual(['BAD_USER_INPUT']);
  });

  it('follows a day an operator records, and only operators may record one', async () => {
    const SET = 'mutation($input: SetCalendarDayInput!) { setCalendarDay(input: $input) { date working } }';
    // Suppose the Cabinet moves Monday 3 May 2027 to Saturday 8 May 2027.
    expect((await graph.gql(DUE, { at: '2027-04-29T12:00:00Z', time: 'P2D' })).data.caseDueDate).toBe('2027-05-03');
    const off = await graph.gql(SET, { input: { date: '2027-05-03', kind: 'DAY_OFF', source: 'MK rīkojums (piemērs)' } }, { token: operator });
    expect(off.data.setCalendarDay).toEqual({ date: '2027-05-03', working: false });
    await graph.gql(SET, { input: { date: '2027-05-08', kind: 'WORKING_DAY', source: 'MK rīkojums (piemērs)' } }, { token: operator });
    expect((await graph.gql(DUE, { at: '2027-04-29T12:00:00Z', time: 'P2D' })).data.caseDueDate).toBe('2027-05-05');
    expect((await graph.gql(DUE, { at: '2027-05-06T12:00:00Z', time: 'P2D' })).data.caseDueDate).toBe('2027-05-08');
    await graph.gql(SET, { input: { date: '2027-05-03', kind: 'DEFAULT' } }, { token: operator });
    await graph.gql(SET, { input: { date: '2027-05-08', kind: 'DEFAULT' } }, { token: operator });
    expect((await graph.gql(DUE, { at: '2027-04-29T12:00:00Z', time: 'P2D' })).data.caseDueDate).toBe('2027-05-03');
    expect(errorCodes(await graph.gql(SET, { input: { date: '2027-05-03', kind: 'DAY_OFF', source: 'x' } }, { token: pmlp }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graph.gql(SET, { input: { date: '2027-05-03', kind: 'DAY_OFF' } }, { token: operator }))).toEqual(['BAD_USER_INPUT']);
  });

  it('flags a case past its due date as overdue until it is decided', async () => {
    const created = await registerCase(graph, pmlp, { submittedAt: '2025-09-01T09:00:00Z', processingTime: 'P5D', status: 'REGISTERED' });
    expect(created).toMatchObject({ dueDate: '2025-09-08', overdue: true });
    const overdue = await graph.gql('{ institutionCases(purpose: "kontrole", filter: { overdue: true }, first: 100) { nodes { id overdue } } }', {}, { token: pmlp });
    expect(overdue.data.institutionCases.nodes).toContainEqual({ id: created.id, overdue: true });
    const decided = await updateStatus(graph, pmlp, { caseId: created.id, expectedVersion: 1, status: 'DECIDED', at: '2025-09-10T09:00:00Z' });
    expect(decided.case).toMatchObject({ resolvedOnTime: false });
    const after = await graph.gql(TIMELINE.replace('version status', 'version status overdue'), { id: created.id, purpose: PURPOSE }, { token: pmlp });
    expect(after.data.case.overdue).toBe(false);
  });
});

describe('reading lists costs a constant number of statements', () => {
  it('a person’s page of cases with timelines and history', async () => {
    const personalCode = testPersonalCode(12);
    const person = await graph.token({ person: personalCode });
    const q = '{ me { cases(first: 50) { nodes { reference statusHistory { status } timeline(first: 5) { totalCount nodes { type } } service { code } } } } }';
    const count = async () => {
      const before = graph.statementCount();
      const res = await graph.gql(q, {}, { token: person });
      expect(res.errors).toBeUndefined();
      return { statements: graph.requestStatementsSince(before), cases: res.data.me.cases.nodes.length };
    };
    await graph.gql('{ me { id } }', {}, { token: person }); // the clients subgraph creates the profile on first sight
    for (let i = 0; i < 2; i++) await registerCase(graph, pmlp, { personalCode });
    const few = await count();
    for (let i = 0; i < 8; i++) await registerCase(graph, pmlp, { personalCode });
    const more = await count();
    expect([few.cases, more.cases]).toEqual([2, 10]);
    expect(more.statements).toBe(few.statements);
  });
});
