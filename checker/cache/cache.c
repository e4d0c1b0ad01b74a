/* cache: see cache.h.  Entry layout:
 *   "DDICACHE" u32 version | key (32) | u32 n | n digests (32 each) |
 *   facts (facts_io) | SHA-256 of everything before (32)
 * The digests are those of tu->includes, in that order. */
#include "cache/cache.h"
#include "cache/sha256.h"
#include "facts/facts_io.h"
#include "util/strbuf.h"
#include "util/strmap.h"
#include "util/xalloc.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define CACHE_MAGIC "DDICACHE"
#define CACHE_VERSION 1u

struct cache {
	char *dir;
	char *salt;
	char *cwd;
	cache_stats stats;
	strmap digests;        /* path -> malloc'd 32-byte digest, or &missing */
	char **keys;           /* owned keys of `digests` */
	size_t nkeys, capkeys;
};

static unsigned char missing_digest[32];

static int read_all(const char *path, strbuf *out)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return -1;
	char buf[65536];
	size_t n;
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		strbuf_add(out, buf, n);
	int rc = ferror(f) ? -1 : 0;
	fclose(f);
	return rc;
}

static int mkdirs(const char *dir)
{
	char *p = xstrdup(dir);
	int rc = 0;
	for (char *s = p + 1; ; s++) {
		if (*s == '/' || *s == '\0') {
			char c = *s;
			*s = '\0';
			if (mkdir(p, 0777) != 0 && errno != EEXIST) {
				rc = -1;
				break;
			}
			*s = c;
			if (!c)
				break;
		}
	}
	free(p);
	return rc;
}

char *cache_default_dir(void)
{
	strbuf sb = STRBUF_INIT;
	const char *x = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
	if (x && *x == '/')
		strbuf_printf(&sb, "%s/ddicheck", x);
	else if (home && *home)
		strbuf_printf(&sb, "%s/.cache/ddicheck", home);
	else
		return NULL;
	return strbuf_detach(&sb);
}

int cache_open(cache **out, const char *dir, const char *salt, char *err, size_t errsize)
{
	*out = NULL;
	struct stat st;
	if (mkdirs(dir) != 0 || stat(dir, &st) != 0 || !S_ISDIR(st.st_mode) || access(dir, W_OK) != 0) {
		snprintf(err, errsize, "%s: cannot use as the facts cache: %s", dir, strerror(errno ? errno : ENOTDIR));
		return -1;
	}
	cache *c = xcalloc(1, sizeof(*c));
	c->dir = xstrdup(dir);
	/* The build goes into every key: a ddicheck whose extraction changed
	   without a new version number (a development build, a patched
	   package) must not reuse facts an older extractor wrote. */
	strbuf salted = STRBUF_INIT, exe = STRBUF_INIT;
	strbuf_puts(&salted, salt ? salt : "");
	if (read_all("/proc/self/exe", &exe) == 0) {
		cache_sha256 s;
		unsigned char d[32];
		char hex[65];
		cache_sha256_init(&s);
		cache_sha256_add(&s, exe.buf ? exe.buf : "", exe.len);
		cache_sha256_done(&s, d);
		cache_sha256_hex(d, hex);
		strbuf_printf(&salted, "\nbuild %s", hex);
	}
	strbuf_free(&exe);
	c->salt = strbuf_detach(&salted);
	c->cwd = getcwd(NULL, 0);
	*out = c;
	return 0;
}

void cache_close(cache *c)
{
	if (!c)
		return;
	for (size_t i = 0; i < c->digests.cap; i++)
		if (c->digests.slots[i].key && c->digests.slots[i].value != missing_digest)
			free(c->digests.slots[i].value);
	strmap_free(&c->digests);
	for (size_t i = 0; i < c->nkeys; i++)
		free(c->keys[i]);
	free(c->keys);
	free(c->dir);
	free(c->salt);
	free(c->cwd);
	free(c);
}

const cache_stats *cache_get_stats(const cache *c)
{
	return &c->stats;
}

/* A file's path as the parser saw it: relative to the compile's directory. */
static char *resolve(const fe_input *in, const char *path)
{
	strbuf sb = STRBUF_INIT;
	if (path[0] != '/' && in->directory)
		strbuf_printf(&sb, "%s/%s", in->directory, path);
	else
		strbuf_puts(&sb, path);
	return strbuf_detach(&sb);
}

/* The digest of a file's content, memoised for the run (headers are shared
 * by many TUs); missing_digest when it cannot be read. */
static const unsigned char *file_digest(cache *c, const char *path)
{
	unsigned char *d = strmap_get(&c->digests, path);
	if (d)
		return d;
	strbuf content = STRBUF_INIT;
	if (read_all(path, &content) == 0) {
		cache_sha256 s;
		cache_sha256_init(&s);
		cache_sha256_add(&s, content.buf ? content.buf : "", content.len);
		d = xmalloc(32);
		cache_sha256_done(&s, d);
	} else {
		d = missing_digest;
	}
	strbuf_free(&content);
	char *key = xstrdup(path);
	VEC_PUSH(c->keys, c->nkeys, c->capkeys, key);
	strmap_put(&c->digests, key, d);
	return d;
}

/* The lookup key; -1 when the main file cannot be read. */
static int entry_key(cache *c, const fe_input *in, unsigned char key[32])
{
	cache_sha256 s;
	cache_sha256_init(&s);
	cache_sha256_add_str(&s, "ddicheck " DDICHECK_VERSION);
	char v[32];
	snprintf(v, sizeof(v), "%u/%u", CACHE_VERSION, (unsigned)FXIO_VERSION);
	cache_sha256_add_str(&s, v);
	cache_sha256_add_str(&s, c->salt);
	cache_sha256_add_str(&s, c->cwd);
	cache_sha256_add_str(&s, in->directory);
	cache_sha256_add_str(&s, in->file);
	for (size_t i = 0; i < in->nargs; i++)
		cache_sha256_add_str(&s, in->args[i]);
	/* what a missing .tmh stands for (the header's own content is among
	   the TU's recorded files) */
	cache_sha256_add_str(&s, "wpp");
	for (size_t i = 0; i < in->nwpp_funcs; i++)
		cache_sha256_add_str(&s, in->wpp_funcs[i]);
	cache_sha256_add_str(&s, in->wpp_config ? in->wpp_config : "");
	/* what a generated header is made from and how (the source file's
	   content is among the TU's recorded files when it was used) */
	cache_sha256_add_str(&s, "gen");
	for (size_t i = 0; i < in->ngens; i++) {
		char kind[16];
		snprintf(kind, sizeof(kind), "%d/%d/%d", (int)in->gens[i].kind, in->gens[i].customer ? 1 : 0,
			 in->gens[i].method_structs ? 1 : 0);
		cache_sha256_add_str(&s, kind);
		cache_sha256_add_str(&s, in->gens[i].header);
		cache_sha256_add_str(&s, in->gens[i].source);
	}
	char *p = resolve(in, in->file);
	const unsigned char *d = file_digest(c, p);
	free(p);
	if (d == missing_digest)
		return -1;
	cache_sha256_add(&s, d, 32);
	cache_sha256_done(&s, key);
	return 0;
}

static char *path_for_key(cache *c, const unsigned char key[32])
{
	char hex[65];
	cache_sha256_hex(key, hex);
	strbuf sb = STRBUF_INIT;
	strbuf_printf(&sb, "%s/%.2s/%s.facts", c->dir, hex, hex + 2);
	return strbuf_detach(&sb);
}

char *cache_entry_path(cache *c, const fe_input *in)
{
	unsigned char key[32];
	return entry_key(c, in, key) == 0 ? path_for_key(c, key) : NULL;
}

static uint32_t le32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* Validates an entry and returns its facts, or NULL. */
static fx_tu *decode(cache *c, const fe_input *in, const unsigned char key[32], const unsigned char *p,
		     size_t len)
{
	const size_t head = 8 + 4 + 32 + 4;
	if (len < head + 32 || memcmp(p, CACHE_MAGIC, 8) != 0 || le32(p + 8) != CACHE_VERSION ||
	    memcmp(p + 12, key, 32) != 0)
		return NULL;
	unsigned char sum[32];
	cache_sha256 s;
	cache_sha256_init(&s);
	cache_sha256_add(&s, p, len - 32);
	cache_sha256_done(&s, sum);
	if (memcmp(sum, p + len - 32, 32) != 0)
		return NULL;
	uint32_t n = le32(p + 44);
	if ((size_t)n > (len - head - 32) / 32)
		return NULL;
	const unsigned char *digests = p + head;
	size_t off = head + (size_t)n * 32;
	char err[256];
	fx_tu *tu = NULL;
	if (fxio_read(&tu, p + off, len - off - 32, err, sizeof(err)) != 0)
		return NULL;
	bool fresh = tu->nincludes == n;
	for (uint32_t i = 0; fresh && i < n; i++) {
		char *path = resolve(in, tu->includes[i]);
		const unsigned char *d = file_digest(c, path);
		fresh = d != missing_digest && memcmp(d, digests + (size_t)i * 32, 32) == 0;
		free(path);
	}
	if (!fresh) {
		fx_tu_free(tu);
		return NULL;
	}
	return tu;
}

int cache_lookup(cache *c, const fe_input *in, fx_tu **out)
{
	*out = NULL;
	unsigned char key[32];
	if (entry_key(c, in, key) != 0) {
		c->stats.misses++;
		return 1;
	}
	char *path = path_for_key(c, key);
	strbuf data = STRBUF_INIT;
	if (read_all(path, &data) == 0) {
		*out = decode(c, in, key, (const unsigned char *)data.buf, data.len);
		if (!*out) {
			c->stats.rejected++;
			unlink(path);
		}
	}
	strbuf_free(&data);
	free(path);
	if (*out) {
		c->stats.hits++;
		return 0;
	}
	c->stats.misses++;
	return 1;
}

static void put32(strbuf *sb, uint32_t v)
{
	char b[4] = { (char)(v & 0xff), (char)((v >> 8) & 0xff), (char)((v >> 16) & 0xff), (char)(v >> 24) };
	strbuf_add(sb, b, 4);
}

int cache_store(cache *c, const fe_input *in, const fx_tu *tu)
{
	unsigned char key[32];
	/* a TU with parse errors may lack a header that appears later: never cached */
	if (!tu->parsed || tu->nerrors || entry_key(c, in, key) != 0)
		return -1;
	int rc = -1;
	strbuf e = STRBUF_INIT, tmp = STRBUF_INIT;
	char *path = path_for_key(c, key);
	int fd = -1;
	strbuf_add(&e, CACHE_MAGIC, 8);
	put32(&e, CACHE_VERSION);
	strbuf_add(&e, (const char *)key, 32);
	put32(&e, tu->nincludes);
	for (uint32_t i = 0; i < tu->nincludes; i++) {
		char *p = resolve(in, tu->includes[i]);
		const unsigned char *d = file_digest(c, p);
		free(p);
		if (d == missing_digest)
			goto cleanup;   /* a header vanished: nothing to key on */
		strbuf_add(&e, (const char *)d, 32);
	}
	fxio_write(&e, tu);
	unsigned char sum[32];
	cache_sha256 s;
	cache_sha256_init(&s);
	cache_sha256_add(&s, e.buf, e.len);
	cache_sha256_done(&s, sum);
	strbuf_add(&e, (const char *)sum, 32);

	char *slash = strrchr(path, '/');
	*slash = '\0';
	int md = mkdirs(path);
	*slash = '/';
	if (md != 0)
		goto cleanup;
	strbuf_printf(&tmp, "%s.tmp.XXXXXX", path);
	fd = mkstemp(tmp.buf);
	if (fd < 0)
		goto cleanup;
	size_t done = 0;
	while (done < e.len) {
		ssize_t w = write(fd, e.buf + done, e.len - done);
		if (w <= 0)
			goto cleanup;
		done += (size_t)w;
	}
	if (close(fd) != 0) {
		fd = -1;
		goto cleanup;
	}
	fd = -1;
	if (rename(tmp.buf, path) != 0)
		goto cleanup;
	c->stats.stored++;
	rc = 0;
cleanup:
	if (fd >= 0)
		close(fd);
	if (rc != 0 && tmp.len)
		unlink(tmp.buf);
	strbuf_free(&e);
	strbuf_free(&tmp);
	free(path);
	return rc;
}
