#include "rules/ryaml.h"
#include "util/xalloc.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

struct ryaml {
	yaml_document_t doc;
	char *path;
};

int ryaml_load(ryaml **out, const char *path, char *err, size_t errsize)
{
	int rc = -1;
	yaml_parser_t parser;
	bool parser_ok = false;
	ryaml *y = NULL;
	FILE *f = fopen(path, "rb");

	*out = NULL;
	if (!f) {
		snprintf(err, errsize, "%s: cannot open: %s", path, strerror(errno));
		goto cleanup;
	}
	if (!yaml_parser_initialize(&parser)) {
		snprintf(err, errsize, "%s: cannot initialise the YAML parser", path);
		goto cleanup;
	}
	parser_ok = true;
	yaml_parser_set_input_file(&parser, f);
	y = xcalloc(1, sizeof(*y));
	if (!yaml_parser_load(&parser, &y->doc)) {
		snprintf(err, errsize, "%s:%lu:%lu: %s%s%s", path,
			 (unsigned long)parser.problem_mark.line + 1,
			 (unsigned long)parser.problem_mark.column + 1,
			 parser.problem ? parser.problem : "malformed YAML",
			 parser.context ? " " : "", parser.context ? parser.context : "");
		free(y);
		y = NULL;
		goto cleanup;
	}
	y->path = xstrdup(path);
	*out = y;
	y = NULL;
	rc = 0;
cleanup:
	if (parser_ok)
		yaml_parser_delete(&parser);
	if (f)
		fclose(f);
	return rc;
}

void ryaml_free(ryaml *y)
{
	if (!y)
		return;
	yaml_document_delete(&y->doc);
	free(y->path);
	free(y);
}

const char *ryaml_path(const ryaml *y)
{
	return y->path;
}

static yaml_node_t *node(const ryaml *y, const ryaml_node *n)
{
	(void)y;
	return (yaml_node_t *)n;
}

const ryaml_node *ryaml_root(const ryaml *y)
{
	return (const ryaml_node *)yaml_document_get_root_node((yaml_document_t *)&y->doc);
}

bool ryaml_is_map(const ryaml *y, const ryaml_node *n)
{
	return n && node(y, n)->type == YAML_MAPPING_NODE;
}

bool ryaml_is_seq(const ryaml *y, const ryaml_node *n)
{
	return n && node(y, n)->type == YAML_SEQUENCE_NODE;
}

bool ryaml_is_scalar(const ryaml *y, const ryaml_node *n)
{
	return n && node(y, n)->type == YAML_SCALAR_NODE;
}

unsigned ryaml_line(const ryaml *y, const ryaml_node *n)
{
	return n ? (unsigned)node(y, n)->start_mark.line + 1 : 0;
}

const char *ryaml_scalar(const ryaml *y, const ryaml_node *n)
{
	if (!ryaml_is_scalar(y, n))
		return NULL;
	return (const char *)node(y, n)->data.scalar.value;
}

size_t ryaml_len(const ryaml *y, const ryaml_node *n)
{
	yaml_node_t *p = node(y, n);
	if (!p)
		return 0;
	if (p->type == YAML_MAPPING_NODE)
		return (size_t)(p->data.mapping.pairs.top - p->data.mapping.pairs.start);
	if (p->type == YAML_SEQUENCE_NODE)
		return (size_t)(p->data.sequence.items.top - p->data.sequence.items.start);
	return 0;
}

static const ryaml_node *by_index(const ryaml *y, int idx)
{
	return (const ryaml_node *)yaml_document_get_node((yaml_document_t *)&y->doc, idx);
}

const ryaml_node *ryaml_item(const ryaml *y, const ryaml_node *n, size_t i)
{
	if (!ryaml_is_seq(y, n) || i >= ryaml_len(y, n))
		return NULL;
	return by_index(y, node(y, n)->data.sequence.items.start[i]);
}

const char *ryaml_key(const ryaml *y, const ryaml_node *map, size_t i)
{
	if (!ryaml_is_map(y, map) || i >= ryaml_len(y, map))
		return NULL;
	return ryaml_scalar(y, by_index(y, node(y, map)->data.mapping.pairs.start[i].key));
}

const ryaml_node *ryaml_value(const ryaml *y, const ryaml_node *map, size_t i)
{
	if (!ryaml_is_map(y, map) || i >= ryaml_len(y, map))
		return NULL;
	return by_index(y, node(y, map)->data.mapping.pairs.start[i].value);
}

const ryaml_node *ryaml_get(const ryaml *y, const ryaml_node *map, const char *key)
{
	size_t n = ryaml_len(y, map);
	for (size_t i = 0; i < n; i++) {
		const char *k = ryaml_key(y, map, i);
		if (k && strcmp(k, key) == 0)
			return ryaml_value(y, map, i);
	}
	return NULL;
}
