/*
 * url.h — which URLs kaiji treats as web links.
 *
 * Archive files are third-party text: a source link may be `javascript:`,
 * a relative path or carry spaces and quotes.  The parser keeps only web
 * URLs as sources, and the renderer makes only those clickable, with one
 * rule for both.
 */
#ifndef KAIJI_URL_H
#define KAIJI_URL_H

#include <stdbool.h>

#ifdef __cplusplus
extern "C" {
#endif

/** True when `url` starts with `http://` or `https://` (case-insensitive),
 *  names a host, and contains no white space, control characters, quotes,
 *  angle brackets or backslashes.  NULL is not a web URL.  Allocates
 *  nothing. */
bool kj_url_is_web(const char *url);

#ifdef __cplusplus
}
#endif

#endif
