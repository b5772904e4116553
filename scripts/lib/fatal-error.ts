/** An expected failure of a command: printed as one line, followed by a non-zero exit. */
export class FatalError extends Error {}
