/* url.c — which URLs are web links (kj_url_is_web in url.h). */
#include <string.h>
#include <strings.h>

#include "kaiji/url.h"

bool kj_url_is_web(const char *url)
{
    if (!url)
        return false;
    size_t skip;
    if (strncasecmp(url, "https://", 8) == 0)
        skip = 8;
    else if (strncasecmp(url, "http://", 7) == 0)
        skip = 7;
    else
        return false;
    if (url[skip] == '\0' || url[skip] == '/')
        return false;
    for (const unsigned char *p = (const unsigned char *)url; *p; p++)
        if (*p <= ' ' || *p == 0x7F || *p == '"' || *p == '<' || *p == '>' || *p == '\\')
            return false;
    return true;
}
