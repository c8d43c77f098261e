// The reduce demo from Toro's MPI work, in the dialect: every rank fills 64
// elements with its rank, MPI_Reduce sums them on rank 0, and rank 0 checks
// that every element is 0 + 1 + ... + (N - 1) = N(N - 1)/2.
//
//   torotsc run samples/reduce.ts --cores 16      prints "success! value: 120"
import {
  MPI_COMM_WORLD,
  MPI_Comm_rank,
  MPI_Comm_size,
  MPI_Finalize,
  MPI_INT,
  MPI_Init,
  MPI_Reduce,
  MPI_SUM,
} from "toro/mpi";

const VECTOR_LENGTH: i32 = 64;
const ROOT: i32 = 0;

MPI_Init();
const rank = new Int32Array(1);
const size = new Int32Array(1);
MPI_Comm_rank(MPI_COMM_WORLD, rank);
MPI_Comm_size(MPI_COMM_WORLD, size);

const mine = new Int32Array(VECTOR_LENGTH);
mine.fill(rank[0]);
const sums = new Int32Array(VECTOR_LENGTH);
MPI_Reduce(mine, sums, VECTOR_LENGTH, MPI_INT, MPI_SUM, ROOT, MPI_COMM_WORLD);

if (rank[0] === ROOT) {
  const expected: i32 = (size[0] * (size[0] - 1)) / 2;
  let wrong: i32 = 0;
  for (const value of sums) {
    if (value !== expected) wrong++;
  }
  if (wrong === 0) {
    console.log(`success! value: ${expected}`);
  } else {
    console.log(`failure: ${wrong} of ${VECTOR_LENGTH} elements differ from ${expected}`);
  }
}
MPI_Finalize();
