// Pages that call a faulted routine yet cannot see the fault, and why (reviewed by hand; test/faults/run.ts reads it).
export const insensitive: Record<string, Record<string, string>> = {};
