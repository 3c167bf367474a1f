import dayjs from 'dayjs';
import type { OrgUnit } from './keys';

export interface UnitNode {
  key: string;
  unit: OrgUnit;
  children: UnitNode[];
}

/**
 * The tree of units from a flat list, in the list's order: each unit under its parent; a unit whose
 * parent is not in the list (filtered out, or none) is a root. Linear in the number of units.
 */
export function buildTree(units: OrgUnit[]): UnitNode[] {
  const nodes = new Map<string, UnitNode>();
  for (const unit of units) nodes.set(unit.id, { key: unit.id, unit, children: [] });
  const roots: UnitNode[] = [];
  for (const unit of units) {
    const node = nodes.get(unit.id)!;
    const parent = unit.parentId ? nodes.get(unit.parentId) : undefined;
    if (parent && parent !== node && !isAncestor(node, unit.parentId!, nodes)) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** Guards against a cycle in the data (the server forbids one): would `parentId` sit under `node`? */
function isAncestor(node: UnitNode, parentId: string, nodes: Map<string, UnitNode>): boolean {
  let current = nodes.get(parentId);
  const seen = new Set<string>();
  while (current && !seen.has(current.key)) {
    if (current === node) return true;
    seen.add(current.key);
    current = current.unit.parentId ? nodes.get(current.unit.parentId) : undefined;
  }
  return false;
}

/** The ids of the units above `id` in the list, nearest first. */
export function ancestorIds(id: string, byId: Map<string, OrgUnit>): string[] {
  const ids: string[] = [];
  const seen = new Set<string>([id]);
  let parentId = byId.get(id)?.parentId;
  while (parentId && byId.has(parentId) && !seen.has(parentId)) {
    ids.push(parentId);
    seen.add(parentId);
    parentId = byId.get(parentId)?.parentId;
  }
  return ids;
}

/** The keys of every node that has children (to open the whole tree of a short search result). */
export function parentKeys(nodes: UnitNode[]): string[] {
  const keys: string[] = [];
  const stack = [...nodes];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.children.length > 0) {
      keys.push(node.key);
      stack.push(...node.children);
    }
  }
  return keys;
}

/** The first day a unit no longer exists: the day after its `validTo` (ISO). */
export function dayAfter(iso: string): string {
  return dayjs(iso).add(1, 'day').format('YYYY-MM-DD');
}

/** Whether the unit has ended before `today` (ISO yyyy-MM-dd). */
export function hasEnded(unit: Pick<OrgUnit, 'validTo'>, today: string): boolean {
  return Boolean(unit.validTo && unit.validTo < today);
}

export function todayIso(): string {
  return dayjs().format('YYYY-MM-DD');
}
