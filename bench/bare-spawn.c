/* The barest spawn of a command from a small C process: posix_spawn with no file actions or attributes,
 * then waitpid, timed with CLOCK_MONOTONIC. bench/runners.sh pieces prints its median beside the same
 * spawn made from the JVM, so the JVM's own share of a run's start-up cost is visible.
 *
 *   bare-spawn RUNS COMMAND   -> "<median µs>"
 */
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>

static double micros(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return now.tv_sec * 1e6 + now.tv_nsec / 1e3;
}

static int ascending(const void *a, const void *b) {
    double x = *(const double *) a, y = *(const double *) b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: bare-spawn RUNS COMMAND\n");
        return 2;
    }
    int runs = atoi(argv[1]);
    double *samples = malloc(sizeof(double) * runs);
    char *child_argv[] = {argv[2], NULL};
    char *child_env[] = {"PATH=/usr/bin:/bin", NULL};
    for (int i = -runs / 4; i < runs; i++) {
        pid_t pid;
        int status;
        double start = micros();
        if (posix_spawn(&pid, argv[2], NULL, NULL, child_argv, child_env) != 0) {
            perror("posix_spawn");
            return 1;
        }
        waitpid(pid, &status, 0);
        if (i >= 0) {
            samples[i] = micros() - start;
        }
    }
    qsort(samples, runs, sizeof(double), ascending);
    printf("%.1f\n", samples[runs / 2]);
    return 0;
}
