// Kills a build mid-commit, for Tests/site/kill_test.sh, without a hook in the binary: the test
// builds this file as a shared library and preloads it (LD_PRELOAD), and it stands in for the C
// library's rename(). Once the commit journal named by SITREP_CRASH_JOURNAL exists, it counts
// the moves of staged files (paths holding ".staging-") into the output, and before move
// number SITREP_CRASH_AFTER_MOVES (counting from 0) the process dies with SIGKILL.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int rename(const char *from, const char *to) {
    static int (*real_rename)(const char *, const char *);
    static int moves;
    if (!real_rename) real_rename = (int (*)(const char *, const char *))dlsym(RTLD_NEXT, "rename");
    const char *journal = getenv("SITREP_CRASH_JOURNAL");
    const char *after = getenv("SITREP_CRASH_AFTER_MOVES");
    if (journal && after && strstr(from, ".staging-") && access(journal, F_OK) == 0) {
        if (moves == atoi(after)) raise(SIGKILL);
        moves++;
    }
    return real_rename(from, to);
}
