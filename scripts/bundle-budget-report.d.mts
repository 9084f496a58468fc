import type { BudgetResult } from './bundle-budget-core.mjs';

export function kb(bytes: number): string;
export function formatReport(result: BudgetResult, routeSrc?: string): string;
