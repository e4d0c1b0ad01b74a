/* sha256: the digest used for cache keys and finding fingerprints (FIPS
 * 180-4).  Plain data, no allocation. */
#ifndef DDICHECK_SHA256_H
#define DDICHECK_SHA256_H

#include <stddef.h>
#include <stdint.h>

typedef struct cache_sha256 {
	uint32_t h[8];
	uint64_t len;
	unsigned char buf[64];
	size_t nbuf;
} cache_sha256;

void cache_sha256_init(cache_sha256 *s);
void cache_sha256_add(cache_sha256 *s, const void *data, size_t len);
/* Adds a string with its length first, so that ("ab","c") != ("a","bc"). */
void cache_sha256_add_str(cache_sha256 *s, const char *str);
void cache_sha256_done(cache_sha256 *s, unsigned char out[32]);
/* 64 lowercase hex digits and a NUL into hex. */
void cache_sha256_hex(const unsigned char d[32], char hex[65]);

#endif
