/* format.c — numbers as reports print them (kj_format_count in text.h). */
#include <stdio.h>

#include "kaiji/text.h"

char *kj_format_count(long long n, char buf[32])
{
    char digits[24];
    unsigned long long v = n < 0 ? 0ULL - (unsigned long long)n : (unsigned long long)n;
    int len = snprintf(digits, sizeof digits, "%llu", v);
    size_t o = 0;
    if (n < 0)
        buf[o++] = '-';
    for (int i = 0; i < len; i++) {
        if (i > 0 && (len - i) % 3 == 0)
            buf[o++] = ',';
        buf[o++] = digits[i];
    }
    buf[o] = '\0';
    return buf;
}
