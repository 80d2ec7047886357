/*
 * renderer_fixture.h — the default layout's renderer and a scratch folder
 * for the unit tests of the render stage (test_pages.c, test_print.c): one
 * of each per test program, made by renderer_setup() and removed by
 * renderer_teardown() (the folder is kept when KAIJI_KEEP_TEST_FILES is set).
 */
#ifndef KAIJI_TEST_RENDERER_FIXTURE_H
#define KAIJI_TEST_RENDERER_FIXTURE_H

#include <stdio.h>
#include <stdlib.h>

#include "kaiji/render.h"

static kj_layout *layout;
static kj_renderer *renderer;
static char dir[64];

/* Loads the default layout and its renderer, and makes the folder
 * /tmp/kaiji-NAME-XXXXXX; 0, or -1 with a message on stderr. */
static inline int renderer_setup(const char *name)
{
    kj_error err;
    layout = kj_layout_default();
    if (kj_renderer_new(layout, &renderer, &err) != KJ_OK) {
        fprintf(stderr, "%s\n", err.message);
        return -1;
    }
    snprintf(dir, sizeof dir, "/tmp/kaiji-%s-XXXXXX", name);
    return mkdtemp(dir) ? 0 : -1;
}

static inline int renderer_teardown(void)
{
    kj_renderer_free(renderer);
    kj_layout_free(layout);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return getenv("KAIJI_KEEP_TEST_FILES") ? 0 : system(cmd);
}

#endif
