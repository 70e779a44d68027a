/**
 * Globals captured once for hot loops. A script run in a node:vm context (the emulator, the
 * tests, the bench) reaches every global such as `Number` through an interceptor on each access,
 * which costs more than the arithmetic around it; a module-scoped constant is a plain slot load.
 */
export const isFiniteNumber = Number.isFinite;
export const isNotANumber = Number.isNaN;
