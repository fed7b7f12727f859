/* touch MIB [HOLD_MS]: allocates MIB mebibytes, writes every page, optionally waits HOLD_MS, exits.
 * The memory benchmark's reference workload: its peak RSS is MIB plus the C runtime (~1 MiB). */
#include <stdlib.h>
#include <string.h>
#include <time.h>

int main(int argc, char **argv) {
    size_t bytes = (size_t) atol(argc > 1 ? argv[1] : "1") << 20;
    long hold_ms = argc > 2 ? atol(argv[2]) : 0;
    char *block = malloc(bytes);
    if (block == NULL) {
        return 1;
    }
    memset(block, 1, bytes);
    if (hold_ms > 0) {
        struct timespec pause = { hold_ms / 1000, (hold_ms % 1000) * 1000000L };
        nanosleep(&pause, NULL);
    }
    return block[bytes / 2] == 1 ? 0 : 2;
}
