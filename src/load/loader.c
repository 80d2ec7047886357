/*
 * pipeline.c — files to releases on every core, delivered in path order.
 *
 * Workers claim file indexes in order and park each finished release in its
 * slot; the calling thread takes slots in order, and claims and loads files
 * itself while the slot it needs next is not filled yet.  Workers never run more
 * than `window` files ahead of the consumer, which bounds memory when the
 * consumer streams (export) and costs nothing when it keeps everything.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "kaiji/alloc.h"
#include "kaiji/archive.h"
#include "kaiji/load.h"
#include "kaiji/parse.h"

kj_release *kj_load_file(const char *file, const char *path, const kj_load_options *options)
{
    kj_release *rel = kj_release_new(file, path);
    if (options && options->drop_evidence)
        rel->flags |= KJ_RELEASE_NO_EVIDENCE;
    char *text = NULL;
    size_t len = 0;
    kj_encoding enc;
    kj_error err;
    kj_error_clear(&err);
    if (kj_archive_read(file, &text, &len, &enc, &err) != KJ_OK) {
        rel->flags |= KJ_RELEASE_SKIPPED;
        kj_release_diag(rel, KJ_PROBLEM_UNREADABLE, "%s", err.message);
        return rel;
    }
    if (enc == KJ_ENCODING_INVALID) {
        rel->flags |= KJ_RELEASE_SKIPPED;
        kj_release_diag(rel, KJ_PROBLEM_BAD_ENCODING,
                        "bytes are neither UTF-8 nor Shift_JIS (CP932); file skipped");
        return rel;
    }
    if (enc == KJ_ENCODING_CP932) {
        rel->flags |= KJ_RELEASE_CONVERTED;
        kj_release_diag(rel, KJ_PROBLEM_CONVERTED,
                        "encoded in Shift_JIS (CP932), not UTF-8; converted");
    } else if (enc == KJ_ENCODING_UTF8_BOM) {
        rel->flags |= KJ_RELEASE_HAD_BOM;
    } else if (enc == KJ_ENCODING_UTF8_REPAIRED) {
        kj_release_diag(rel, KJ_PROBLEM_REPAIRED,
                        "not valid UTF-8 throughout: stray bytes read as U+FFFD (\xEF\xBF\xBD)");
    }
    /* Markdown reads a NUL as U+FFFD; say so rather than pass it silently. */
    size_t nuls = 0;
    const char *end = text + len;
    for (const char *p = text; (p = memchr(p, '\0', (size_t)(end - p))) != NULL; p++)
        nuls++;
    if (nuls)
        kj_release_diag(rel, KJ_PROBLEM_REPAIRED, "%zu NUL byte%s in the text, read as U+FFFD",
                        nuls, nuls == 1 ? "" : "s");
    size_t visible = 0;
    while (visible < len && (text[visible] == ' ' || text[visible] == '\n' ||
                             text[visible] == '\r' || text[visible] == '\t'))
        visible++;
    if (visible == len)
        kj_release_diag(rel, KJ_PROBLEM_EMPTY, "file holds no text");
    kj_parse_release(rel, text, len);
    free(text);
    if (options && options->hook)
        options->hook(rel, options->hook_ctx);
    if (options && options->drop_text)
        rel = kj_release_compact(rel);
    return rel;
}

/*
 * Wake-ups are costly next to the work of one small file (a futex call,
 * often a context switch), so nobody is woken for nothing: a worker wakes
 * the consumer only when it is waiting for the very slot just filled, and
 * the consumer wakes the workers only when some wait for room.
 */
typedef struct pipeline {
    const kj_file_list *list;
    const kj_load_options *options;
    kj_release **slots;
    size_t next;     /* next index a worker claims */
    size_t consumed; /* indexes below this have been taken by the consumer */
    size_t window;
    size_t consumer_awaits; /* the slot the consumer sleeps on, plus one (0: none) */
    int workers_waiting;    /* workers asleep until there is room */
    bool stop;
    pthread_mutex_t mutex;
    pthread_cond_t produced;
    pthread_cond_t room;
} pipeline;

static void *worker(void *arg)
{
    pipeline *p = arg;
    for (;;) {
        pthread_mutex_lock(&p->mutex);
        while (!p->stop && p->next < p->list->n_files && p->next >= p->consumed + p->window) {
            p->workers_waiting++;
            pthread_cond_wait(&p->room, &p->mutex);
            p->workers_waiting--;
        }
        if (p->stop || p->next >= p->list->n_files) {
            pthread_mutex_unlock(&p->mutex);
            return NULL;
        }
        size_t i = p->next++;
        pthread_mutex_unlock(&p->mutex);

        kj_release *rel = kj_load_file(p->list->files[i].file, p->list->files[i].path, p->options);

        pthread_mutex_lock(&p->mutex);
        p->slots[i] = rel;
        if (p->consumer_awaits == i + 1)
            pthread_cond_signal(&p->produced);
        pthread_mutex_unlock(&p->mutex);
    }
}

static int thread_count(const kj_load_options *options, size_t n_files)
{
    long n = options && options->threads > 0 ? options->threads : sysconf(_SC_NPROCESSORS_ONLN);
    if (n < 1)
        n = 1;
    if (n > 64)
        n = 64;
    if ((size_t)n > n_files)
        n = (long)(n_files ? n_files : 1);
    return (int)n;
}

int kj_load_each(const kj_file_list *list, const kj_load_options *options, kj_release_sink sink,
                 void *ctx)
{
    size_t n = list->n_files;
    int threads = thread_count(options, n);
    if (threads == 1) {
        for (size_t i = 0; i < n; i++) {
            kj_release *rel = kj_load_file(list->files[i].file, list->files[i].path, options);
            if (options && options->progress)
                options->progress(i + 1, n, options->progress_ctx);
            int rc = sink(rel, ctx);
            if (rc)
                return rc;
        }
        return KJ_OK;
    }

    pipeline p = {.list = list, .options = options, .window = (size_t)threads * 16};
    p.slots = kj_xcalloc(n, sizeof *p.slots);
    pthread_mutex_init(&p.mutex, NULL);
    pthread_cond_init(&p.produced, NULL);
    pthread_cond_init(&p.room, NULL);
    /* The calling thread loads files too whenever the release it needs
     * next is not ready (rather than sleep and be woken for each file), so
     * `threads` threads load in all: the caller and threads - 1 workers.
     * It can load every file alone should no worker start. */
    pthread_t tids[64];
    int started = 0;
    for (; started < threads - 1; started++)
        if (pthread_create(&tids[started], NULL, worker, &p) != 0)
            break;
    int rc = KJ_OK;

    for (size_t i = 0; i < n; i++) {
        pthread_mutex_lock(&p.mutex);
        while (!p.slots[i]) {
            if (p.next < n && p.next < p.consumed + p.window) {
                size_t j = p.next++;
                pthread_mutex_unlock(&p.mutex);
                kj_release *mine = kj_load_file(list->files[j].file, list->files[j].path, options);
                pthread_mutex_lock(&p.mutex);
                p.slots[j] = mine;
                continue;
            }
            p.consumer_awaits = i + 1;
            pthread_cond_wait(&p.produced, &p.mutex);
        }
        p.consumer_awaits = 0;
        kj_release *rel = p.slots[i];
        p.slots[i] = NULL;
        p.consumed = i + 1;
        if (p.workers_waiting)
            pthread_cond_broadcast(&p.room);
        pthread_mutex_unlock(&p.mutex);
        if (options && options->progress)
            options->progress(i + 1, n, options->progress_ctx);
        rc = sink(rel, ctx);
        if (rc)
            break;
    }

    pthread_mutex_lock(&p.mutex);
    p.stop = true;
    pthread_cond_broadcast(&p.room);
    pthread_mutex_unlock(&p.mutex);
    for (int t = 0; t < started; t++)
        pthread_join(tids[t], NULL);
    for (size_t i = 0; i < n; i++)
        kj_release_free(p.slots[i]);
    free(p.slots);
    pthread_mutex_destroy(&p.mutex);
    pthread_cond_destroy(&p.produced);
    pthread_cond_destroy(&p.room);
    return rc;
}

/* ------------------------------------------------------------- sets */

void kj_release_set_add(kj_release_set *set, kj_release *rel)
{
    if (set->n == set->cap) {
        set->cap = set->cap ? set->cap * 2 : 256;
        kj_release **grown = kj_xrealloc(set->items, set->cap * sizeof *grown);
        set->items = grown;
    }
    set->items[set->n++] = rel;
}

void kj_release_set_free(kj_release_set *set)
{
    for (size_t i = 0; i < set->n; i++)
        kj_release_free(set->items[i]);
    free(set->items);
    set->items = NULL;
    set->n = set->cap = 0;
}
