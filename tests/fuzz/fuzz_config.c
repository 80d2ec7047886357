/*
 * fuzz_config.c — any bytes as the `kaiji run` configuration file.
 *
 * The configuration is written by hand and read by cron: whatever it
 * holds, kj_run_config_load() gives a configuration or an error that names
 * the file (`FILE:LINE:COLUMN: key: reason`), never a crash, a hang or a
 * half-filled configuration.
 */
#include <string.h>

#include "fuzz.h"
#include "kaiji/runconfig.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *path = fuzz_write_file(data, size, "kaiji-run.json");
    kj_run_config *config = (kj_run_config *)1;
    kj_error err;
    kj_error_clear(&err);
    kj_status st = kj_run_config_load(path, &config, &err);
    FUZZ_CHECK((st == KJ_OK) == (config != NULL));
    if (st != KJ_OK) {
        FUZZ_CHECK(st == KJ_ERR_CONFIG || st == KJ_ERR_NOINPUT);
        FUZZ_CHECK(err.status == st);
        FUZZ_CHECK(strncmp(err.message, path, strlen(path)) == 0);
        return 0;
    }
    FUZZ_CHECK(config->archive && config->out_dir && config->state_file);
    for (size_t i = 0; i < config->n_jobs; i++) {
        const kj_job_config *job = &config->jobs[i];
        FUZZ_CHECK(job->name && job->subject && job->from);
        FUZZ_CHECK((unsigned)job->kind < KJ_JOB__COUNT);
        FUZZ_CHECK(kj_run_config_job(config, job->name) == job); /* names are unique */
        for (size_t k = 0; k < job->n_to; k++)
            FUZZ_CHECK(job->to[k] != NULL);
    }
    kj_run_config_free(config);
    return 0;
}
