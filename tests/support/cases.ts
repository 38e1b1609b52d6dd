import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { withCheckDigit } from '@public-service-graph/subgraph-kit/personal-code';
import type { TestGraph } from './platform.ts';

/** Operations the case tests share. */
export const REGISTER = `mutation($input: RegisterCaseInput!) {
  registerCase(input: $input) {
    case { id reference version status dueDate overdue kind }
    errors { __typename code message ... on RegisterCaseDuplicateReference { existingCaseId } }
  }
}`;

export const UPDATE_STATUS = `mutation($input: UpdateCaseStatusInput!) {
  updateCaseStatus(input: $input) {
    case { id version status allowedNextStatuses decision result(language: "en") resolvedAt resolvedOnTime }
    errors { __typename code message ... on UpdateCaseStatusConflict { currentVersion } ... on UpdateCaseStatusIllegalTransition { from to allowedNext } }
  }
}`;

export const ADD_EVENT = `mutation($input: AddCaseEventInput!) {
  addCaseEvent(input: $input) {
    case { id version complaintCount extendedStatus progress }
    event { id type note(language: "en") actorKind institutionCode }
    errors { __typename code message ... on AddCaseEventConflict { currentVersion } }
  }
}`;

export const TIMELINE = `query($id: ID!, $purpose: String) {
  case(id: $id, purpose: $purpose) { id version status timeline(first: 100) { totalCount nodes { type status note actorKind institutionCode at } } }
}`;

/** A valid personal code that no demo person has, different for each `n`. */
export const testPersonalCode = (n: number): string => {
  for (let serial = n * 10; ; serial++) {
    try {
      return withCheckDigit(`0101${String(80 + (n % 20)).padStart(2, '0')}-1${String(serial % 1000).padStart(3, '0')}`);
    } catch {
      /* a serial whose check digit would be 10 is never issued: try the next */
    }
  }
};

export interface RegisterOptions {
  reference?: string;
  serviceCode?: string;
  personalCode?: string;
  registrationNumber?: string;
  submittedAt?: string;
  processingTime?: string | null;
  processingDaysAreWorkingDays?: boolean;
  applicationChannel?: string;
  status?: string;
  idempotencyKey?: string;
  [more: string]: unknown;
}

/** Registers a case as the institution holding `token`; returns the case as the payload gives it. */
export async function registerCase(graph: TestGraph, token: string, opts: RegisterOptions = {}) {
  const { personalCode, registrationNumber, ...rest } = opts;
  const input = {
    idempotencyKey: randomUUID(),
    reference: `T-${randomUUID().slice(0, 8)}`,
    serviceCode: 'PMLP-PASE',
    applicationChannel: 'E_SERVICE',
    submittedAt: '2026-03-02T09:00:00Z',
    processingTime: 'P10D',
    ...rest,
    client: registrationNumber ? { registrationNumber } : { personalCode: personalCode ?? testPersonalCode(1) },
  };
  const res = await graph.gql(REGISTER, { input }, { token });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  expect(res.data.registerCase.errors).toEqual([]);
  return res.data.registerCase.case as { id: string; reference: string; version: number; status: string; dueDate: string | null; overdue: boolean; kind: string };
}

/** Moves a case to `status` as the institution holding `token`; returns the payload. */
export async function updateStatus(graph: TestGraph, token: string, input: Record<string, unknown> & { caseId: string; expectedVersion: number; status: string }) {
  const res = await graph.gql(UPDATE_STATUS, { input: { idempotencyKey: randomUUID(), ...input } }, { token });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data.updateCaseStatus;
}
