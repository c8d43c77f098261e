// Point to point: a token goes round the ring of ranks (blocking MPI_Send and
// MPI_Recv, each rank adding its rank), then every rank swaps a block with
// both neighbours at once (MPI_Isend/MPI_Irecv and MPI_Waitall).
//
//   torotsc run samples/ring.ts --cores 4
import {
  MPI_COMM_WORLD,
  MPI_Comm_rank,
  MPI_Comm_size,
  MPI_DOUBLE,
  MPI_Finalize,
  MPI_INT,
  MPI_Init,
  MPI_Irecv,
  MPI_Isend,
  MPI_Recv,
  MPI_STATUSES_IGNORE,
  MPI_Send,
  MPI_Status,
  MPI_Waitall,
} from "toro/mpi";

const TOKEN_TAG: i32 = 1;
const HALO_TAG: i32 = 2;
const HALO_LENGTH: i32 = 1024;

MPI_Init();
const rankCell = new Int32Array(1);
const sizeCell = new Int32Array(1);
MPI_Comm_rank(MPI_COMM_WORLD, rankCell);
MPI_Comm_size(MPI_COMM_WORLD, sizeCell);
const rank: i32 = rankCell[0];
const size: i32 = sizeCell[0];
const next: i32 = (rank + 1) % size;
const previous: i32 = (rank + size - 1) % size;

// The token: rank 0 starts it, each rank adds itself, rank 0 gets it back.
const token = new Int32Array(1);
const status = new MPI_Status();
if (rank === 0) {
  MPI_Send(token, 1, MPI_INT, next, TOKEN_TAG, MPI_COMM_WORLD);
  MPI_Recv(token, 1, MPI_INT, previous, TOKEN_TAG, MPI_COMM_WORLD, status);
  console.log(`token came back from rank ${status.MPI_SOURCE} carrying ${token[0]} (expected ${(size * (size - 1)) / 2})`);
} else {
  MPI_Recv(token, 1, MPI_INT, previous, TOKEN_TAG, MPI_COMM_WORLD, status);
  token[0] = token[0] + rank;
  MPI_Send(token, 1, MPI_INT, next, TOKEN_TAG, MPI_COMM_WORLD);
}

// The halo swap: both neighbours' blocks arrive while ours leave.
const mine = new Float64Array(HALO_LENGTH);
mine.fill(f64(rank));
const fromPrevious = new Float64Array(HALO_LENGTH);
const fromNext = new Float64Array(HALO_LENGTH);
const requests = new Int32Array(4);
MPI_Irecv(fromPrevious, HALO_LENGTH, MPI_DOUBLE, previous, HALO_TAG, MPI_COMM_WORLD, requests.subarray(0));
MPI_Irecv(fromNext, HALO_LENGTH, MPI_DOUBLE, next, HALO_TAG, MPI_COMM_WORLD, requests.subarray(1));
MPI_Isend(mine, HALO_LENGTH, MPI_DOUBLE, next, HALO_TAG, MPI_COMM_WORLD, requests.subarray(2));
MPI_Isend(mine, HALO_LENGTH, MPI_DOUBLE, previous, HALO_TAG, MPI_COMM_WORLD, requests.subarray(3));
MPI_Waitall(4, requests, MPI_STATUSES_IGNORE);
const swapped: boolean = fromPrevious[HALO_LENGTH - 1] === f64(previous) && fromNext[0] === f64(next);
console.log(`rank ${rank}: halo from ${previous} and ${next} ${swapped ? "arrived intact" : "is WRONG"}`);
MPI_Finalize();
