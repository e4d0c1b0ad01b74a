/* kb_page: reads one DDI reference page (either layout: current Markdown or
 * the 2017/2018 one with HTML in sections) into a plain record: front matter
 * fields through libyaml, the syntax block, the -param headers, the code
 * blocks of the remaining sections, the callback links of struct fields and,
 * for Static Driver Verifier rule pages, the "Applies to" list.
 * Internal to the importer.  Everything a kb_page holds lives in the arena
 * passed to kb_page_read; nothing to free separately. */
#ifndef DDICHECK_KB_PAGE_H
#define DDICHECK_KB_PAGE_H

#include <stdbool.h>
#include <stddef.h>

#include "kb/kb.h"
#include "util/arena.h"

/* Pages larger than this are refused: the largest real page is under 40 KB,
 * so anything near this size is not a reference page. */
#define KB_PAGE_MAX_BYTES (4u * 1024u * 1024u)

typedef enum kb_page_kind {
	KB_PAGE_OTHER = 0,    /* index pages, IOCTL pages, concept pages: skipped */
	KB_PAGE_FUNCTION,     /* nf- */
	KB_PAGE_CALLBACK,     /* nc- */
	KB_PAGE_STRUCT,       /* ns- */
	KB_PAGE_ENUM,         /* ne- */
	KB_PAGE_RULE,         /* devtest rule page with an "Applies to" list */
} kb_page_kind;

typedef struct kb_page_param {
	const char *name;
	kb_dir dir;           /* KB_DIR_UNKNOWN when the header gives none */
	bool optional;
} kb_page_param;

typedef struct kb_page_fielddoc {
	const char *name;     /* "### -field NAME" */
	const char *nc_link;  /* first "nc-<header>-<name>" link in its text, lowercased, or NULL */
} kb_page_fielddoc;

typedef struct kb_page_applies {
	const char *name;     /* "NdisIMAssociateMiniport" */
	const char *header;   /* "ndis.h" when the link names a ddi page, else NULL */
	bool nf_link;         /* the link points at an nf- page */
} kb_page_applies;

typedef struct kb_page_code {
	const char *text;
	size_t line;          /* first line of the code, 1-based, in the file */
} kb_page_code;

typedef struct kb_page {
	const char *path;     /* as given (relative to the docs dir) */
	const char *base;     /* file name without ".md", lowercased */
	kb_page_kind kind;
	bool legacy;          /* old layout: ms.assetid / old-project fields */
	bool repaired;        /* the front matter had "-<TAB>" items, read as "- " */

	/* front matter; NULL when absent */
	const char *uid_name; /* last component of UID, "~rN" revision suffix dropped */
	const char *title;
	const char *header;   /* req.header */
	const char *irql;     /* req.irql ("" when present but empty) */
	const char *compliance;
	size_t napi;
	const char **api_names;
	size_t ntypenames;
	const char **typenames;   /* req.typenames, comma list split, "*P..." kept */

	kb_page_code syntax;  /* first code block of "## -syntax"; text NULL if none */
	size_t nparams;
	kb_page_param *params;
	size_t ncode;
	kb_page_code *code;   /* code blocks of the other sections, in order */
	size_t nfields;
	kb_page_fielddoc *fields;
	size_t napplies;
	kb_page_applies *applies;
} kb_page;

/* Kind of a page from its file name alone (directory DEVTEST says whether it
 * sits under a devtest/ folder, where rule pages live). */
kb_page_kind kb_page_kind_of(const char *filename, bool devtest);

/* Reads FILE (display path REL) into *pg, all allocations from A.
 * Returns 0, or -1 with "REL:LINE: message" in err when the page cannot be
 * used (unreadable, too large, NUL or non-UTF-8 bytes, no or broken front
 * matter).  Missing sections are not errors. */
int kb_page_read(kb_page *pg, arena *a, const char *file, const char *rel,
		 kb_page_kind kind, char *err, size_t errsize);

/* Direction and optionality from annotation text: "[in, optional]",
 * "_Inout_opt_", "IN OUT"...  ORs into *dir, sets *optional when "opt" seen. */
void kb_page_parse_dir(const char *text, size_t n, kb_dir *dir, bool *optional);

#endif
