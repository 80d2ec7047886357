/*
 * kaiji.h — libkaiji, everything in one include.
 *
 * Stages, in the order data flows through them:
 *   archive.h  finding files, reading bytes, decoding
 *   parse.h    Markdown → overview and body blocks
 *   extract.h  facts, evidence and timeline; numbers, dates, the lexicon
 *   load.h     the parallel pipeline from files to releases
 *   model.h    the release model every stage reads
 *   aggregate.h  incidents from releases; the figures of a period
 *   export.h   JSON Lines / JSON / CSV records
 *   render.h   Japanese-typeset PDF documents and charts
 *   briefing.h the monthly briefing PDF and its charts
 * Support: arena.h (memory), text.h (UTF-8, normalisation, buffers),
 * error.h (status codes), output.h (atomic output files), paths.h (data files),
 * readfile.h (whole files read safely).
 */
#ifndef KAIJI_KAIJI_H
#define KAIJI_KAIJI_H

#include "kaiji/aggregate.h"
#include "kaiji/arena.h"
#include "kaiji/archive.h"
#include "kaiji/briefing.h"
#include "kaiji/checks.h"
#include "kaiji/error.h"
#include "kaiji/export.h"
#include "kaiji/extract.h"
#include "kaiji/load.h"
#include "kaiji/model.h"
#include "kaiji/output.h"
#include "kaiji/parse.h"
#include "kaiji/paths.h"
#include "kaiji/readfile.h"
#include "kaiji/render.h"
#include "kaiji/text.h"
#include "kaiji/url.h"

#ifdef __cplusplus
extern "C" {
#endif

/** The library's version, e.g. "0.1.0". */
const char *kj_version(void);

#ifdef __cplusplus
}
#endif

#endif
