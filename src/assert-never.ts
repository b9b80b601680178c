/**
 * For hand-written exhaustive switches: `default: return assertNever(category)` fails to compile
 * when a case is missing, and throws at runtime if an unexpected value arrives anyway.
 */
export function assertNever(value: never, message?: string): never {
  throw new Error(message ?? `Unhandled value: ${JSON.stringify(value) ?? String(value)}`);
}
