import type { components, operations } from '@/api/schema';
import { orgUnitKey } from '@/components/UnitName';

export type OrgUnit = components['schemas']['OrgUnit'];
export type OrgUnitKind = components['schemas']['OrgUnitKind'];
export type OrgUnitWrite = components['schemas']['OrgUnitWrite'];
export type Account = components['schemas']['Account'];
export type AccountCreate = components['schemas']['AccountCreate'];
export type AccountUpdate = components['schemas']['AccountUpdate'];
export type AccountRole = AccountCreate['role'];
export type ApiToken = components['schemas']['ApiToken'];
export type ApiTokenSecret = components['schemas']['ApiTokenSecret'];

export type OrgUnitQuery = NonNullable<operations['listOrgUnits']['parameters']['query']>;
export type AccountQuery = NonNullable<operations['listAccounts']['parameters']['query']>;
export type ApiTokenQuery = NonNullable<operations['listApiTokens']['parameters']['query']>;

export const ORG_UNIT_KINDS: OrgUnitKind[] = [
  'PROVINCE',
  'DEPARTMENT',
  'PUBLIC_SERVICE_UNIT',
  'CENTRAL_AGENCY',
  'DISTRICT',
  'COMMUNE',
  'PARTY_BODY',
  'MASS_ORGANISATION',
];

/** The roles an account can hold (API_CLIENT belongs to tokens, not to accounts). */
export const ACCOUNT_ROLES: AccountRole[] = ['ADMIN', 'COORDINATOR', 'LEADER', 'REPORTER'];

/** Query keys of org units; the detail key is the one shared with `UnitName`, so edits refresh every unit name. */
export const orgUnitKeys = {
  all: ['org-units'] as const,
  /** Every unit matching the filters, loaded page by page. */
  tree: (filters: Pick<OrgUnitQuery, 'q' | 'kind' | 'validOn'>) => [...orgUnitKeys.all, 'tree', filters] as const,
  /** The units merged into this one. */
  predecessors: (id: string) => [...orgUnitKeys.all, 'predecessors', id] as const,
  /** Choices of a unit picker for the text typed into it. */
  options: (q: string) => [...orgUnitKeys.all, 'options', q] as const,
  detail: orgUnitKey,
};

export const accountKeys = {
  all: ['accounts'] as const,
  list: (query: AccountQuery) => [...accountKeys.all, 'list', query] as const,
  options: (q: string) => [...accountKeys.all, 'options', q] as const,
  detail: (id: string) => [...accountKeys.all, 'detail', id] as const,
};

export const apiTokenKeys = {
  all: ['api-tokens'] as const,
  list: (query: ApiTokenQuery) => [...apiTokenKeys.all, 'list', query] as const,
};
