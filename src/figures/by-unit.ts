import type { Figure } from '../article/schema.ts';

export interface UnitGroup {
  unit: string;
  figures: Figure[];
}

/** Figures grouped by unit, in the order each unit first appears; within a group, largest first. */
export function groupByUnit(figures: readonly Figure[]): UnitGroup[] {
  const groups = new Map<string, Figure[]>();
  for (const figure of figures) {
    groups.set(figure.unit, [...(groups.get(figure.unit) ?? []), figure]);
  }
  return [...groups].map(([unit, members]) => ({ unit, figures: members.sort((a, b) => b.value - a.value) }));
}
