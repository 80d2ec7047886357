/*
 * mail_internal.h — what the delivery files of src/mail/ share.
 */
#ifndef KAIJI_MAIL_INTERNAL_H
#define KAIJI_MAIL_INTERNAL_H

#include <signal.h>

/*
 * A peer that goes away mid-message (a sendmail program exiting early, an
 * SMTP server dropping the connection during a TLS write) must not kill the
 * run with SIGPIPE: the failed write is reported as an error instead.  The
 * signal is blocked for the calling thread only, and a pending one is
 * discarded before the old mask is restored, so the process's own signal
 * handling is left as it was.
 */
void kj_mail_block_sigpipe(sigset_t *old);
void kj_mail_restore_sigpipe(const sigset_t *old);

#endif
