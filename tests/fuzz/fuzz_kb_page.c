/* Fuzzes the DDI reference page reader (kb_page_read): front matter, sections,
 * syntax blocks and parameter lists of one page.  The first byte chooses the
 * kind of page; the rest is the page. */
#include "fuzz_util.h"
#include "kb/kb_page.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	static const char *const names[] = { "nf-wdm-kefoo.md", "ns-ndis-_ndis_bar.md", "ne-wdm-_pool_type.md",
					      "nc-ndis-miniport_isr.md", "nl-wdm-x.md", "index.md", "irql-rule.md" };
	size_t k = data[0] % (sizeof(names) / sizeof(names[0]));
	char path[256], err[512];
	fuzz_write(path, sizeof path, names[k], data + 1, size - 1);
	kb_page_kind kind = kb_page_kind_of(names[k], k == 6);
	arena *a = arena_new();
	kb_page pg;
	memset(&pg, 0, sizeof pg);
	kb_page_read(&pg, a, path, names[k], kind, err, sizeof err);
	arena_free(a);
	return 0;
}
