// The machine-level context operations of arch/x86_64/context_switch.s, as
// the scheduler calls them (that file describes the saved block). A saved
// context is one stack pointer, kept at RECORD_SAVED_STACK_POINTER of a
// thread record.

/** Saves the caller's context (its stack pointer into the word at `saveAt`) and resumes the one saved as `resume`. */
export declare function __toro_context_switch(saveAt: usize, resume: usize): void;

/**
 * Builds, just below `stackTop`, the context of a thread that will run
 * begin(), entry(argument) and finish() (which never returns), and returns
 * its saved stack pointer.
 */
export declare function __toro_context_initialise(stackTop: usize, entry: usize, argument: i64, begin: () => void, finish: () => void): usize;

/**
 * Saves the caller's context at `saveAt`, then runs begin(), entry(argument)
 * and finish() on the same stack, below it. Returns when the saved context is
 * resumed.
 */
export declare function __toro_context_enter(saveAt: usize, entry: () => void, argument: i64, begin: () => void, finish: () => void): void;

/** The address of an entry function, to keep in a thread record. */
export declare function __toro_thread_entry_address(entry: (argument: i64) => void): usize;
