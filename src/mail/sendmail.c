/*
 * sendmail.c — delivery through a sendmail-compatible program (see mail.h).
 *
 * The program is started with posix_spawn and an argv, never through a
 * shell, so nothing in a configuration file is ever interpreted as shell
 * syntax.  The message goes to its standard input while its output is
 * read, both through poll(), so a program that writes a lot before it
 * reads cannot deadlock us, and one that hangs is killed at the deadline.
 */
#include "kaiji/mail.h"
#include "kaiji/unconst.h"
#include "mail_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

/* The tail of the program's output, for the error message. */
typedef struct output_tail {
    char text[400];
    size_t len;
} output_tail;

static void keep_tail(output_tail *t, const char *data, size_t n)
{
    if (n >= sizeof t->text) {
        data += n - (sizeof t->text - 1);
        n = sizeof t->text - 1;
    }
    if (t->len + n >= sizeof t->text) {
        size_t drop = t->len + n - (sizeof t->text - 1);
        memmove(t->text, t->text + drop, t->len - drop);
        t->len -= drop;
    }
    memcpy(t->text + t->len, data, n);
    t->len += n;
    t->text[t->len] = '\0';
}

/* The output's last line, trimmed, for a one-line message. */
static const char *last_line(output_tail *t)
{
    while (t->len > 0 && (t->text[t->len - 1] == '\n' || t->text[t->len - 1] == '\r' ||
                          t->text[t->len - 1] == ' '))
        t->text[--t->len] = '\0';
    char *nl = strrchr(t->text, '\n');
    return nl ? nl + 1 : t->text;
}

static long ms_left(const struct timespec *deadline)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    long ms = (deadline->tv_sec - now.tv_sec) * 1000 + (deadline->tv_nsec - now.tv_nsec) / 1000000;
    return ms > 0 ? ms : 0;
}

/*
 * Feeds the message and collects output until the program closes its
 * output or the deadline passes.  Returns false on time-out.  Closes
 * `in_fd` in every case: a program that waits for the end of its input
 * must see it, and a run that sends many messages must not leak a pipe
 * per hung program.
 */
static bool converse(int in_fd, int out_fd, const char *message, size_t len,
                     const struct timespec *deadline, output_tail *tail)
{
    size_t sent = 0;
    bool writing = true, finished = false;
    while (!finished) {
        struct pollfd fds[2] = {{out_fd, POLLIN, 0}, {writing ? in_fd : -1, POLLOUT, 0}};
        long ms = ms_left(deadline);
        if (ms == 0)
            break;
        int n = poll(fds, 2, (int)(ms > 1000000 ? 1000000 : ms));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            break;
        if (writing && (fds[1].revents & (POLLOUT | POLLERR | POLLHUP))) {
            ssize_t w = write(in_fd, message + sent, len - sent);
            if (w > 0)
                sent += (size_t)w;
            /* EPIPE: the program stopped reading; its exit status will say why. */
            if ((w < 0 && errno != EAGAIN && errno != EINTR) || sent == len) {
                writing = false;
                close(in_fd);
            }
        }
        if (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) {
            char buf[4096];
            ssize_t r = read(out_fd, buf, sizeof buf);
            if (r > 0)
                keep_tail(tail, buf, (size_t)r);
            else if (r == 0 || (errno != EAGAIN && errno != EINTR))
                finished = true;
        }
    }
    if (writing)
        close(in_fd);
    return finished;
}

/* Waits for `pid` until the deadline; kills it after.  Returns its status or -1. */
static int reap(pid_t pid, const struct timespec *deadline, bool *timed_out)
{
    int status;
    for (;;) {
        pid_t r = waitpid(pid, &status, WNOHANG);
        if (r == pid)
            return status;
        if (r < 0 && errno != EINTR)
            return -1;
        if (*timed_out || ms_left(deadline) == 0) {
            *timed_out = true;
            kill(pid, SIGKILL);
            while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
                ;
            return -1;
        }
        struct timespec pause = {0, 10 * 1000 * 1000};
        nanosleep(&pause, NULL);
    }
}

/* pipe() with both ends closed on exec: the child gets only what dup2 gives it. */
static int cloexec_pipe(int fds[2])
{
    if (pipe(fds) != 0)
        return -1;
    fcntl(fds[0], F_SETFD, FD_CLOEXEC);
    fcntl(fds[1], F_SETFD, FD_CLOEXEC);
    return 0;
}

kj_status kj_sendmail_send(const char *const *argv, long timeout_seconds, const char *message,
                           size_t len, kj_error *err)
{
    int in[2], out[2];
    if (cloexec_pipe(in) != 0)
        return kj_error_set(err, KJ_ERR_TEMPFAIL, "%s: cannot create a pipe: %s", argv[0],
                            strerror(errno));
    if (cloexec_pipe(out) != 0) {
        int e = errno;
        close(in[0]);
        close(in[1]);
        return kj_error_set(err, KJ_ERR_TEMPFAIL, "%s: cannot create a pipe: %s", argv[0],
                            strerror(e));
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in[0], STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDERR_FILENO);
    pid_t pid;
    /* posix_spawnp() takes `char *const[]` for the argv it only copies */
    int rc = posix_spawnp(&pid, argv[0], &actions, NULL, kj_unconst(argv), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(in[0]);
    close(out[1]);
    if (rc != 0) {
        close(in[1]);
        close(out[0]);
        return kj_error_set(err, KJ_ERR_CONFIG, "cannot run %s: %s", argv[0], strerror(rc));
    }
    fcntl(in[1], F_SETFL, O_NONBLOCK);

    sigset_t old_mask;
    kj_mail_block_sigpipe(&old_mask);

    struct timespec deadline;
    clock_gettime(CLOCK_MONOTONIC, &deadline);
    deadline.tv_sec += timeout_seconds;
    output_tail tail = {{0}, 0};
    bool timed_out = !converse(in[1], out[0], message, len, &deadline, &tail);
    close(out[0]);
    int status = reap(pid, &deadline, &timed_out);

    kj_mail_restore_sigpipe(&old_mask);

    const char *said = last_line(&tail);
    if (timed_out)
        return kj_error_set(err, KJ_ERR_TEMPFAIL,
                            "%s did not finish within %ld s and was stopped (the next run "
                            "retries)",
                            argv[0], timeout_seconds);
    if (status < 0)
        return kj_error_set(err, KJ_ERR_TEMPFAIL, "%s: lost track of the program", argv[0]);
    if (WIFSIGNALED(status))
        return kj_error_set(err, KJ_ERR_TEMPFAIL, "%s was killed by signal %d%s%s", argv[0],
                            WTERMSIG(status), *said ? ": " : "", said);
    int code = WEXITSTATUS(status);
    if (code == 0)
        return KJ_OK;
    if (code == KJ_ERR_TEMPFAIL)
        return kj_error_set(err, KJ_ERR_TEMPFAIL,
                            "%s: temporary failure (exit 75)%s%s (the next run retries)", argv[0],
                            *said ? ": " : "", said);
    return kj_error_set(err, KJ_ERR_UNAVAILABLE, "%s refused the message (exit %d)%s%s", argv[0],
                        code, *said ? ": " : "", said);
}
