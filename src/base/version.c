/* version.c — the version string, set by meson from meson.build. */
#include "kaiji/kaiji.h"

const char *kj_version(void)
{
    return KAIJI_VERSION;
}
