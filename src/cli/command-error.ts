// The one error a command throws for a user's mistake: the wrapper prints its message as it is, with no
// stack trace, and exits with its code.
export class CommandError extends Error {
  override name = "CommandError";
  /** 2: the command was called wrongly (a flag, a value, an argument); 1: the content or settings are wrong. */
  readonly exitCode: 1 | 2;

  constructor(message: string, exitCode: 1 | 2 = 1) {
    super(message);
    this.exitCode = exitCode;
  }
}

/** A mistake in how the command was called (exit code 2); the wrapper adds the usage line. */
export function usageError(message: string): CommandError {
  return new CommandError(message, 2);
}
