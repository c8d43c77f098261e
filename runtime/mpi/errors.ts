// MPI's error classes and the error handler of MPI_COMM_WORLD.
//
// Every public call returns MPI_SUCCESS or an error class. With the default
// handler, MPI_ERRORS_ARE_FATAL (as in MPICH), an error ends the whole run
// instead: one line names the call, the rank, the class and the reason, and
// the VM exits with FATAL_EXIT_CODE. MPI_ERRORS_RETURN makes the call return
// the class instead (MPI_Comm_set_errhandler).
import { currentCore } from "../kernel/core_identity";
import { abortRun } from "../kernel/panic";

export const ERROR_SUCCESS: i32 = 0;
export const ERROR_BUFFER: i32 = 1;
export const ERROR_COUNT: i32 = 2;
export const ERROR_TYPE: i32 = 3;
export const ERROR_TAG: i32 = 4;
export const ERROR_COMM: i32 = 5;
export const ERROR_RANK: i32 = 6;
export const ERROR_REQUEST: i32 = 7;
export const ERROR_ROOT: i32 = 8;
export const ERROR_OP: i32 = 10;
export const ERROR_ARG: i32 = 13;
export const ERROR_UNKNOWN: i32 = 14;
export const ERROR_TRUNCATE: i32 = 15;
export const ERROR_OTHER: i32 = 16;
export const ERROR_INTERN: i32 = 17;
export const ERROR_IN_STATUS: i32 = 18;
export const ERROR_LASTCODE: i32 = 19;

export const HANDLER_ERRORS_ARE_FATAL: i32 = 1;
export const HANDLER_ERRORS_RETURN: i32 = 2;

/** The exit status of a run ended by a fatal MPI error (MPI_Abort uses its own code). */
export const FATAL_EXIT_CODE: i32 = 3;

let worldHandler: i32 = HANDLER_ERRORS_ARE_FATAL;

export function setWorldErrorHandler(handler: i32): void {
  worldHandler = handler;
}

export function worldErrorHandler(): i32 {
  return worldHandler;
}

/**
 * Reports error `errorClass` of `call`: with the fatal handler, ends the run
 * with a line such as
 *   Fatal error in MPI_Send on rank 1: MPI_ERR_RANK: invalid destination rank 5 (ranks are 0 to 3)
 * otherwise returns `errorClass` for the call to return.
 */
export function raiseError(call: string, errorClass: i32, reason: string): i32 {
  if (worldHandler === HANDLER_ERRORS_ARE_FATAL) {
    abortRun(`Fatal error in ${call} on rank ${currentCore()}: ${errorClassName(errorClass)}: ${reason}`, FATAL_EXIT_CODE);
  }
  return errorClass;
}

export function isErrorClass(code: i32): boolean {
  return code >= ERROR_SUCCESS && code <= ERROR_LASTCODE;
}

export function errorClassName(errorClass: i32): string {
  switch (errorClass) {
    case ERROR_SUCCESS: return "MPI_SUCCESS";
    case ERROR_BUFFER: return "MPI_ERR_BUFFER";
    case ERROR_COUNT: return "MPI_ERR_COUNT";
    case ERROR_TYPE: return "MPI_ERR_TYPE";
    case ERROR_TAG: return "MPI_ERR_TAG";
    case ERROR_COMM: return "MPI_ERR_COMM";
    case ERROR_RANK: return "MPI_ERR_RANK";
    case ERROR_REQUEST: return "MPI_ERR_REQUEST";
    case ERROR_ROOT: return "MPI_ERR_ROOT";
    case 9: return "MPI_ERR_GROUP";
    case ERROR_OP: return "MPI_ERR_OP";
    case 11: return "MPI_ERR_TOPOLOGY";
    case 12: return "MPI_ERR_DIMS";
    case ERROR_ARG: return "MPI_ERR_ARG";
    case ERROR_UNKNOWN: return "MPI_ERR_UNKNOWN";
    case ERROR_TRUNCATE: return "MPI_ERR_TRUNCATE";
    case ERROR_OTHER: return "MPI_ERR_OTHER";
    case ERROR_INTERN: return "MPI_ERR_INTERN";
    case ERROR_IN_STATUS: return "MPI_ERR_IN_STATUS";
    case ERROR_LASTCODE: return "MPI_ERR_PENDING";
    default: return `error ${errorClass}`;
  }
}

/** MPI_Error_string's text: the class's name and what it means. */
export function errorDescription(errorClass: i32): string {
  switch (errorClass) {
    case ERROR_SUCCESS: return "MPI_SUCCESS: no error";
    case ERROR_BUFFER: return "MPI_ERR_BUFFER: invalid buffer";
    case ERROR_COUNT: return "MPI_ERR_COUNT: invalid count";
    case ERROR_TYPE: return "MPI_ERR_TYPE: invalid datatype, or one the buffer cannot carry";
    case ERROR_TAG: return "MPI_ERR_TAG: invalid tag";
    case ERROR_COMM: return "MPI_ERR_COMM: invalid communicator";
    case ERROR_RANK: return "MPI_ERR_RANK: invalid rank";
    case ERROR_REQUEST: return "MPI_ERR_REQUEST: invalid request";
    case ERROR_ROOT: return "MPI_ERR_ROOT: invalid root";
    case ERROR_OP: return "MPI_ERR_OP: invalid operation, or one not defined on the datatype";
    case ERROR_ARG: return "MPI_ERR_ARG: invalid argument";
    case ERROR_TRUNCATE: return "MPI_ERR_TRUNCATE: message truncated";
    case ERROR_OTHER: return "MPI_ERR_OTHER: other error";
    case ERROR_INTERN: return "MPI_ERR_INTERN: internal error";
    case ERROR_IN_STATUS: return "MPI_ERR_IN_STATUS: error code is in status";
    default: return `${errorClassName(errorClass)}`;
  }
}
