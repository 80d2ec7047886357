/*
 * onepager_batch.c — many one-pagers into one folder, and the page design
 * they share (kj_onepagers_write, kj_onepager_design in onepager.h).
 *
 * `kaiji onepager --all` and a run's one-pager job write the same files:
 * one layout and renderer for the batch (fonts are the slow part), names
 * that never meet, every page as known on the same day.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kaiji/alloc.h"
#include "kaiji/onepager.h"
#include "kaiji/output.h"

kj_status kj_onepager_design(const char *layout_path, kj_layout **layout, kj_renderer **renderer,
                             kj_error *err)
{
    *layout = NULL;
    *renderer = NULL;
    kj_status st = kj_layout_load_named("onepager", layout_path, layout, err);
    if (st == KJ_OK)
        st = kj_layout_check_sections(*layout, kj_onepager_sections, kj_onepager_n_sections, err);
    if (st == KJ_OK)
        st = kj_renderer_new(*layout, renderer, err);
    if (st != KJ_OK) {
        kj_renderer_free(*renderer);
        kj_layout_free(*layout);
        *renderer = NULL;
        *layout = NULL;
    }
    return st;
}

kj_status kj_onepagers_write(kj_renderer *r, const kj_incident *const *incidents, size_t n,
                             const char *dir, const kj_onepager_options *options,
                             kj_onepager_written_fn written, void *ctx, kj_error *err)
{
    kj_status st = kj_make_dirs(dir, err);
    if (st != KJ_OK || n == 0)
        return st;
    char **names = kj_onepager_filenames(incidents, n);
    char *path = NULL;
    size_t size = 0;
    for (size_t i = 0; i < n && st == KJ_OK; i++) {
        size_t need = strlen(dir) + 1 + strlen(names[i]) + 1;
        if (need > size)
            path = kj_xrealloc(path, size = need);
        snprintf(path, size, "%s/%s", dir, names[i]);
        kj_onepager_result res;
        st = kj_onepager_write(r, incidents[i], options, path, &res, err);
        if (st == KJ_OK && written)
            st = written(incidents[i], names[i], path, &res, ctx, err);
    }
    free(path);
    kj_onepager_filenames_free(names, n);
    return st;
}
