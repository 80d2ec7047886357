/* sigpipe.c — keeping SIGPIPE away from deliveries (see mail_internal.h). */
#include <pthread.h>
#include <time.h>

#include "mail_internal.h"

void kj_mail_block_sigpipe(sigset_t *old)
{
    sigset_t pipe_set;
    sigemptyset(&pipe_set);
    sigaddset(&pipe_set, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipe_set, old);
}

void kj_mail_restore_sigpipe(const sigset_t *old)
{
    sigset_t pipe_set;
    sigemptyset(&pipe_set);
    sigaddset(&pipe_set, SIGPIPE);
    struct timespec zero = {0, 0};
    /* A SIGPIPE that was already pending before we blocked it stays. */
    if (!sigismember(old, SIGPIPE)) {
        sigset_t pending;
        sigpending(&pending);
        if (sigismember(&pending, SIGPIPE))
            sigtimedwait(&pipe_set, NULL, &zero);
    }
    pthread_sigmask(SIG_SETMASK, old, NULL);
}
