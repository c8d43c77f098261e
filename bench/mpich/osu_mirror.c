/*
 * osu_mirror: the host MPI library's side of the OSU comparison (bench/osu/).
 *
 *   mpiexec -n N osu_mirror <benchmark> [-m max | -m min:max] [-i iters] [-x warmup] [-f]
 *   benchmark: barrier bcast reduce allreduce gather scatter allgather alltoall latency bw
 *
 * Written for this project from the method OSU micro-benchmarks 7.4 document
 * (see /work/shared/notes/references.md), so that the same measurement runs
 * against MPICH and against the unikernel's samples/osu_<name>.ts, and both
 * print OSU 7.4's output format (bench/osu/parse.ts reads either):
 *   - collectives: 1000 timed calls after 100 warm-up up to 8 KiB, 100 after
 *     10 above; MPI_CHAR; sizes 1 B .. 1 MiB doubling. Each rank sums the time
 *     of its timed calls; latency = sum x 1e6 / iterations; rank 0 prints the
 *     average over ranks, and with -f the minimum, maximum and iteration count.
 *     An untimed barrier separates calls (before the call in reduce, after it
 *     in the others; barrier itself has none).
 *   - latency: ping-pong between ranks 0 and 1, 10000/100 iterations (1000/10
 *     above 8 KiB), sizes 0 .. 4 MiB; latency = time x 1e6 / (2 x iterations).
 *   - bw: windows of 64 non-blocking sends answered by a 1-byte message,
 *     100/10 windows (20/2 above 8 KiB), sizes 1 .. 4 MiB;
 *     MB/s = size / 1e6 x 64 x windows / time.
 */
#include <mpi.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FIELD_WIDTH 20
#define LARGE_MESSAGE 8192
#define WINDOW 64

struct settings {
  const char *benchmark;
  long min_size, max_size;
  /* -1 when not given: each benchmark's own default applies. */
  long iterations, warmup;
  int full;
};

struct counts {
  long small_iterations, small_warmup, large_iterations, large_warmup;
};

static int rank, ranks;

static void fail(const char *message) {
  if (rank == 0) fprintf(stderr, "osu_mirror: %s\n", message);
  MPI_Abort(MPI_COMM_WORLD, 2);
}

static long whole_number(const char *text) {
  char *end;
  long value = strtol(text, &end, 10);
  if (*text == '\0' || *end != '\0' || value < 0) fail("options take whole numbers");
  return value;
}

static int is_point_to_point(const char *name) { return strcmp(name, "latency") == 0 || strcmp(name, "bw") == 0; }

static struct settings parse_settings(int argc, char **argv) {
  if (argc < 2) fail("usage: osu_mirror <benchmark> [-m [min:]max] [-i iters] [-x warmup] [-f]");
  struct settings s = {argv[1], 1, 1L << 20, -1, -1, 0};
  if (strcmp(s.benchmark, "latency") == 0) s.min_size = 0, s.max_size = 1L << 22;
  if (strcmp(s.benchmark, "bw") == 0) s.max_size = 1L << 22;
  for (int i = 2; i < argc; i++) {
    const char *option = argv[i];
    if (strcmp(option, "-f") == 0) { s.full = 1; continue; }
    if (i + 1 >= argc) fail("an option needs a value");
    char *value = argv[++i];
    if (strcmp(option, "-m") == 0) {
      char *colon = strchr(value, ':');
      if (colon) {
        *colon = '\0';
        s.min_size = whole_number(value);
        s.max_size = whole_number(colon + 1);
      } else {
        s.max_size = whole_number(value);
      }
    } else if (strcmp(option, "-i") == 0) {
      s.iterations = whole_number(value);
    } else if (strcmp(option, "-x") == 0) {
      s.warmup = whole_number(value);
    } else {
      fail("unknown option");
    }
  }
  return s;
}

/* The iterations and warm-up for `size`: -i and -x override both ranges, as in OSU. */
static void counts_for(const struct settings *s, struct counts c, long size, long *iterations, long *warmup) {
  int large = size > LARGE_MESSAGE;
  *iterations = s->iterations >= 0 ? s->iterations : (large ? c.large_iterations : c.small_iterations);
  *warmup = s->warmup >= 0 ? s->warmup : (large ? c.large_warmup : c.small_warmup);
}

static long next_size(long size) { return size == 0 ? 1 : size * 2; }

/* ---- collectives ---------------------------------------------------------- */

struct buffers {
  char *send, *receive;
};

/* One call of the collective on `size` bytes per rank (root 0). */
static void collective(const char *name, long size, struct buffers b) {
  int n = (int)size;
  if (strcmp(name, "barrier") == 0) MPI_Barrier(MPI_COMM_WORLD);
  else if (strcmp(name, "bcast") == 0) MPI_Bcast(b.send, n, MPI_CHAR, 0, MPI_COMM_WORLD);
  else if (strcmp(name, "reduce") == 0) MPI_Reduce(b.send, b.receive, n, MPI_CHAR, MPI_SUM, 0, MPI_COMM_WORLD);
  else if (strcmp(name, "allreduce") == 0) MPI_Allreduce(b.send, b.receive, n, MPI_CHAR, MPI_SUM, MPI_COMM_WORLD);
  else if (strcmp(name, "gather") == 0) MPI_Gather(b.send, n, MPI_CHAR, b.receive, n, MPI_CHAR, 0, MPI_COMM_WORLD);
  else if (strcmp(name, "scatter") == 0) MPI_Scatter(b.send, n, MPI_CHAR, b.receive, n, MPI_CHAR, 0, MPI_COMM_WORLD);
  else if (strcmp(name, "allgather") == 0) MPI_Allgather(b.send, n, MPI_CHAR, b.receive, n, MPI_CHAR, MPI_COMM_WORLD);
  else if (strcmp(name, "alltoall") == 0) MPI_Alltoall(b.send, n, MPI_CHAR, b.receive, n, MPI_CHAR, MPI_COMM_WORLD);
}

static const char *collective_title(const char *name) {
  static const char *names[][2] = {
      {"barrier", "Barrier"}, {"bcast", "Broadcast"}, {"reduce", "Reduce"}, {"allreduce", "Allreduce"},
      {"gather", "Gather"}, {"scatter", "Scatter"}, {"allgather", "Allgather"}, {"alltoall", "All-to-All Personalized Exchange"},
  };
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    if (strcmp(names[i][0], name) == 0) return names[i][1];
  return NULL;
}

/* Rank 0 prints the row: average over ranks, and with -f minimum, maximum and iterations. */
static void print_collective_row(const struct settings *s, int sized, long size, double latency, long iterations) {
  double minimum, maximum, sum;
  MPI_Reduce(&latency, &minimum, 1, MPI_DOUBLE, MPI_MIN, 0, MPI_COMM_WORLD);
  MPI_Reduce(&latency, &maximum, 1, MPI_DOUBLE, MPI_MAX, 0, MPI_COMM_WORLD);
  MPI_Reduce(&latency, &sum, 1, MPI_DOUBLE, MPI_SUM, 0, MPI_COMM_WORLD);
  if (rank != 0) return;
  if (sized) printf("%-10ld%*.2f", size, FIELD_WIDTH, sum / ranks);
  else printf("%17.2f", sum / ranks);
  if (s->full) printf("%*.2f%*.2f%12ld", FIELD_WIDTH, minimum, FIELD_WIDTH, maximum, iterations);
  printf("\n");
  fflush(stdout);
}

/* Summed time of `iterations` timed calls after `warmup` untimed ones, in seconds. */
static double time_collective(const char *name, long size, struct buffers b, long iterations, long warmup) {
  int barrier_before = strcmp(name, "reduce") == 0;
  int barrier_after = !barrier_before && strcmp(name, "barrier") != 0;
  double total = 0.0;
  MPI_Barrier(MPI_COMM_WORLD);
  for (long i = 0; i < iterations + warmup; i++) {
    if (barrier_before) MPI_Barrier(MPI_COMM_WORLD);
    double start = MPI_Wtime();
    collective(name, size, b);
    double stop = MPI_Wtime();
    if (i >= warmup) total += stop - start;
    if (barrier_after) MPI_Barrier(MPI_COMM_WORLD);
  }
  return total;
}

static void run_collective(const struct settings *s) {
  const char *title = collective_title(s->benchmark);
  if (!title) fail("benchmark must be one of barrier bcast reduce allreduce gather scatter allgather alltoall latency bw");
  int sized = strcmp(s->benchmark, "barrier") != 0;
  if (rank == 0) {
    printf("\n# OSU MPI %s Latency Test v7.4\n", title);
    if (sized) printf("# Datatype: MPI_CHAR.\n%-10s%*s", "# Size", FIELD_WIDTH, "Avg Latency(us)");
    else printf("# Avg Latency(us)");
    if (s->full) printf("%*s%*s%12s", FIELD_WIDTH, "Min Latency(us)", FIELD_WIDTH, "Max Latency(us)", "Iterations");
    printf("\n");
    fflush(stdout);
  }
  /* Gather, scatter, allgather and alltoall move `ranks` blocks of the size. */
  size_t bytes = (size_t)(s->max_size > 0 ? s->max_size : 1) * (size_t)ranks;
  struct buffers b = {calloc(bytes, 1), calloc(bytes, 1)};
  if (!b.send || !b.receive) fail("out of memory");
  struct counts c = {1000, 100, 100, 10};
  long first = sized ? (s->min_size > 0 ? s->min_size : 1) : 0;
  long last = sized ? s->max_size : 0;
  for (long size = first; size <= last; size = next_size(size)) {
    long iterations, warmup;
    counts_for(s, c, size, &iterations, &warmup);
    double total = time_collective(s->benchmark, size, b, iterations, warmup);
    double latency = iterations > 0 ? total * 1e6 / iterations : 0.0;
    print_collective_row(s, sized, size, latency, iterations);
  }
  free(b.send);
  free(b.receive);
}

/* ---- point to point ------------------------------------------------------- */

static void print_pair_header(const char *title, const char *column) {
  if (rank != 0) return;
  printf("\n# OSU MPI %s Test v7.4\n# Datatype: MPI_CHAR.\n%-10s%*s\n", title, "# Size", FIELD_WIDTH, column);
  fflush(stdout);
}

static void run_latency(const struct settings *s, char *send, char *receive) {
  print_pair_header("Latency", "Latency (us)");
  struct counts c = {10000, 100, 1000, 10};
  for (long size = s->min_size; size <= s->max_size; size = next_size(size)) {
    long iterations, warmup;
    counts_for(s, c, size, &iterations, &warmup);
    MPI_Barrier(MPI_COMM_WORLD);
    double start = 0.0;
    for (long i = 0; i < iterations + warmup; i++) {
      if (i == warmup) start = MPI_Wtime();
      if (rank == 0) {
        MPI_Send(send, (int)size, MPI_CHAR, 1, 1, MPI_COMM_WORLD);
        MPI_Recv(receive, (int)size, MPI_CHAR, 1, 1, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
      } else if (rank == 1) {
        MPI_Recv(receive, (int)size, MPI_CHAR, 0, 1, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
        MPI_Send(send, (int)size, MPI_CHAR, 0, 1, MPI_COMM_WORLD);
      }
    }
    double elapsed = MPI_Wtime() - start;
    if (rank == 0) {
      printf("%-10ld%*.2f\n", size, FIELD_WIDTH, iterations > 0 ? elapsed * 1e6 / (2.0 * iterations) : 0.0);
      fflush(stdout);
    }
  }
}

static void run_bandwidth(const struct settings *s, char *send, char *receive) {
  print_pair_header("Bandwidth", "Bandwidth (MB/s)");
  struct counts c = {100, 10, 20, 2};
  MPI_Request requests[WINDOW];
  MPI_Status statuses[WINDOW];
  char ack = 0;
  for (long size = s->min_size > 0 ? s->min_size : 1; size <= s->max_size; size *= 2) {
    long iterations, warmup;
    counts_for(s, c, size, &iterations, &warmup);
    MPI_Barrier(MPI_COMM_WORLD);
    double total = 0.0;
    for (long i = 0; i < iterations + warmup; i++) {
      if (rank == 0) {
        double start = MPI_Wtime();
        for (int w = 0; w < WINDOW; w++) MPI_Isend(send, (int)size, MPI_CHAR, 1, 100, MPI_COMM_WORLD, &requests[w]);
        MPI_Waitall(WINDOW, requests, statuses);
        MPI_Recv(&ack, 1, MPI_CHAR, 1, 101, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
        if (i >= warmup) total += MPI_Wtime() - start;
      } else if (rank == 1) {
        /* Each window's messages land in one buffer: only their arrival matters. */
        for (int w = 0; w < WINDOW; w++) MPI_Irecv(receive, (int)size, MPI_CHAR, 0, 100, MPI_COMM_WORLD, &requests[w]);
        MPI_Waitall(WINDOW, requests, statuses);
        MPI_Send(&ack, 1, MPI_CHAR, 0, 101, MPI_COMM_WORLD);
      }
    }
    if (rank == 0) {
      printf("%-10ld%*.2f\n", size, FIELD_WIDTH, total > 0 ? size / 1e6 * iterations * WINDOW / total : 0.0);
      fflush(stdout);
    }
  }
}

static void run_point_to_point(const struct settings *s) {
  if (ranks != 2) fail("latency and bw need exactly two processes");
  char *send = calloc((size_t)s->max_size + 1, 1), *receive = calloc((size_t)s->max_size + 1, 1);
  if (!send || !receive) fail("out of memory");
  memset(send, 'a', (size_t)s->max_size);
  if (strcmp(s->benchmark, "latency") == 0) run_latency(s, send, receive);
  else run_bandwidth(s, send, receive);
  free(send);
  free(receive);
}

int main(int argc, char **argv) {
  MPI_Init(&argc, &argv);
  MPI_Comm_rank(MPI_COMM_WORLD, &rank);
  MPI_Comm_size(MPI_COMM_WORLD, &ranks);
  struct settings s = parse_settings(argc, argv);
  if (s.min_size > s.max_size) fail("-m: the minimum exceeds the maximum");
  if (is_point_to_point(s.benchmark)) run_point_to_point(&s);
  else run_collective(&s);
  MPI_Finalize();
  return 0;
}
