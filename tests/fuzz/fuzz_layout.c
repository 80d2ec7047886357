/*
 * fuzz_layout.c — any bytes as a layout file (`--layout FILE`).
 *
 * A layout is accepted only when the renderer can set pages with it: room
 * between the margins, a grid that fits, sizes and colours in range, every
 * list within its bounds.  Anything else is an error naming the file.
 */
#include <math.h>
#include <string.h>

#include "fuzz.h"
#include "kaiji/render.h"

static void check_color(kj_color c)
{
    FUZZ_CHECK(c.r >= 0 && c.r <= 1 && c.g >= 0 && c.g <= 1 && c.b >= 0 && c.b <= 1);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *path = fuzz_write_file(data, size, "layout.json");
    kj_layout *layout = (kj_layout *)1;
    kj_error err;
    kj_error_clear(&err);
    kj_status st = kj_layout_load(path, &layout, &err);
    FUZZ_CHECK((st == KJ_OK) == (layout != NULL));
    if (st != KJ_OK) {
        FUZZ_CHECK(st == KJ_ERR_CONFIG || st == KJ_ERR_NOINPUT);
        FUZZ_CHECK(strncmp(err.message, path, strlen(path)) == 0);
        return 0;
    }
    FUZZ_CHECK(isfinite(layout->page_width) && isfinite(layout->page_height));
    FUZZ_CHECK(kj_layout_content_width(layout) > 0);
    FUZZ_CHECK(layout->page_height - layout->margin_top - layout->margin_bottom > 0);
    FUZZ_CHECK(layout->grid_columns >= 1 && kj_layout_columns_width(layout, 1) > 0);
    FUZZ_CHECK(layout->baseline > 0 && isfinite(layout->baseline));
    for (int r = 0; r < KJ_FONT__COUNT; r++) {
        FUZZ_CHECK(layout->n_families[r] >= 1 && layout->n_families[r] <= KJ_LAYOUT_MAX_FAMILIES);
        for (size_t i = 0; i < layout->n_families[r]; i++)
            FUZZ_CHECK(layout->families[r][i] && layout->families[r][i][0]);
    }
    for (int s = 0; s < KJ_STYLE__COUNT; s++) {
        const kj_text_style *ts = &layout->styles[s];
        FUZZ_CHECK((unsigned)ts->font < KJ_FONT__COUNT);
        FUZZ_CHECK(ts->size > 0 && isfinite(ts->size));
        FUZZ_CHECK(ts->line_height > 0 && isfinite(ts->line_height));
        check_color(ts->color);
    }
    for (int c = 0; c < KJ_COLOR__COUNT; c++)
        check_color(layout->colors[c]);
    FUZZ_CHECK(layout->n_palette >= 1 && layout->n_palette <= KJ_LAYOUT_MAX_PALETTE);
    for (size_t i = 0; i < layout->n_palette; i++)
        check_color(layout->palette[i]);
    FUZZ_CHECK(layout->n_sections <= KJ_LAYOUT_MAX_SECTIONS);
    FUZZ_CHECK(layout->header_left && layout->header_right && layout->footer_left &&
               layout->footer_right);
    kj_layout_free(layout);
    return 0;
}
