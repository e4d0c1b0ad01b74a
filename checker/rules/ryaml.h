/* ryaml: a small read-only view of one YAML document (libyaml's document
 * API) with line numbers, for the rule files.  ryaml_load() owns the parsed
 * document; ryaml_free() releases it.  Errors carry "file:line: message". */
#ifndef DDICHECK_RYAML_H
#define DDICHECK_RYAML_H

#include <stdbool.h>
#include <stddef.h>

typedef struct ryaml ryaml;
typedef struct ryaml_node ryaml_node;   /* borrowed from the document */

int ryaml_load(ryaml **out, const char *path, char *err, size_t errsize);
void ryaml_free(ryaml *y);
const ryaml_node *ryaml_root(const ryaml *y);   /* NULL for an empty document */
const char *ryaml_path(const ryaml *y);

bool ryaml_is_map(const ryaml *y, const ryaml_node *n);
bool ryaml_is_seq(const ryaml *y, const ryaml_node *n);
bool ryaml_is_scalar(const ryaml *y, const ryaml_node *n);
unsigned ryaml_line(const ryaml *y, const ryaml_node *n);   /* 1-based */
const char *ryaml_scalar(const ryaml *y, const ryaml_node *n);  /* NULL if not a scalar */

size_t ryaml_len(const ryaml *y, const ryaml_node *n);      /* map pairs or seq items */
const ryaml_node *ryaml_item(const ryaml *y, const ryaml_node *n, size_t i);
const char *ryaml_key(const ryaml *y, const ryaml_node *map, size_t i);
const ryaml_node *ryaml_value(const ryaml *y, const ryaml_node *map, size_t i);
const ryaml_node *ryaml_get(const ryaml *y, const ryaml_node *map, const char *key);

#endif
