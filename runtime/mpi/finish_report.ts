// The last look of an ending rank: nothing MPI was given is lost in silence.
// Messages that reached this rank but no receive took are reported (as the
// bus reports its own), and so are a missing MPI_Finalize and requests still
// in progress. The run's exit status is not changed: MPI implementations
// warn about unmatched messages too.
import { currentCore } from "../kernel/core_identity";
import { isFinalized } from "./checks";
import { CONTEXT_COLLECTIVE } from "./envelope";
import {
  messageContextOf,
  messageLengthOf,
  messageSourceOf,
  messageTagOf,

  oldestUnexpected,
  unexpectedMessages,
} from "./matching";
import { drainOutbox, progress } from "./progress";
import { activeRequests } from "./requests";

/** Installed by MPI_Init with atInstanceEnd. */
export function reportUnfinished(): void {
  const rank: i32 = currentCore();
  if (!isFinalized()) {
    console.log(`mpi: rank ${rank} ended without calling MPI_Finalize`);
    drainOutbox();
  }
  while (progress()) {
    // Takes every message still on the bus, so the report below sees them.
  }
  if (unexpectedMessages() > 0) {
    const first: i32 = oldestUnexpected();
    const traffic: string = messageContextOf(first) === CONTEXT_COLLECTIVE ? " (collective traffic)" : "";
    console.log(
      `mpi: rank ${rank} ended with ${unexpectedMessages()} message(s) never received; the first from rank ${messageSourceOf(first)}, ` +
        `tag ${messageTagOf(first)}, ${messageLengthOf(first)} bytes${traffic}`,
    );
  }
  if (activeRequests() > 0) {
    console.log(`mpi: rank ${rank} ended with ${activeRequests()} request(s) never completed (MPI_Wait or MPI_Test them)`);
  }
}
