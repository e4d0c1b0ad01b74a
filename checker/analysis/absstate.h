/* absstate: the abstract state at a program point, for the flow analysis:
 * the current IRQL range, and for access paths ("G:g.DriverHandle") what is
 * known about the value stored there: an IRQL saved in it, which handles it
 * may hold (typestate), whether it is the status of a handle-producing call,
 * and which object it points to.  Paths must be interned strings (compared by
 * pointer).  A state owns its slot array; astate_free() releases it. */
#ifndef DDICHECK_ABSSTATE_H
#define DDICHECK_ABSSTATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "facts/facts.h"

/* Lock state of a spin-lock object: held, free, or either.  A lock nobody
 * took is free: the system never calls a driver with its own locks held. */
enum { AV_LOCK_HELD = 1, AV_LOCK_FREE = 2 };

enum {
	AV_UNINIT = 1,   /* never written (a global before DriverEntry writes it, a fresh local) */
	AV_NULL = 2,     /* a null pointer / zero */
	AV_OTHER = 4,    /* some value the analysis does not track */
	AV_NONZERO = 8,  /* a non-zero constant (TRUE, a flag) */
};

/* Handle typestate: for producer number p (across all handle kinds) and
 * state s, bit p * 4 + s. */
enum { HS_PENDING = 0, HS_VALID = 1, HS_FAILED = 2, HS_DESTROYED = 3, HS_COUNT = 4 };
#define AV_HBIT(p, s) (1ULL << ((p) * HS_COUNT + (s)))
#define AV_MAX_PRODUCERS 16

typedef struct av {
	irql_range saved;        /* IRQL saved here (bottom: none) */
	uint64_t hbits;          /* handle typestate bits */
	uint8_t special;         /* AV_UNINIT | AV_NULL | AV_OTHER */
	const char *token;       /* pending handles: the producing call, until its status is tested */
	const char *hid;         /* which handle this is (its producing call), kept through copies */
	const char *status_of;   /* this value is the status returned by the producing call `status_of` */
	const char *addr;        /* this value is the address of that path */
	const char *from;        /* a pointer variable's value was read from the memory at
				    this path, and neither has been written since: what it
				    points to is also named through that memory (flow_paths.c) */
	bool cur_irql;           /* this value is the IRQL that was current when read
	                            (KeGetCurrentIrql); `saved` holds that range */
	uint8_t lock;            /* AV_LOCK_* bits, for spin-lock objects */
	bool saved_at_entry;     /* `saved` was taken before the function changed the IRQL */
	uint8_t flag_level;      /* a flag word: level + 1 when bits `flag_mask` mean "called at that level" */
	uint32_t flag_mask;
	uint8_t eq_level;        /* a truth value: level + 1 when it is non-zero exactly when the
	                            IRQL at the start of the function is that level */
	bool acq_mixed;          /* a lock that different calls may have taken */
	const char *try_lock;    /* the result of a try-acquire: non-zero iff it took this lock */
	const char *try_by;
	/* where the value came from, for traces; not part of the lattice */
	fx_loc wloc;
	const char *destroyer;
	fx_loc dloc;
	const char *acquirer;    /* the call that took the lock */
	fx_loc lloc;
} av;

typedef struct slot {
	const char *path;
	av v;
} slot;

enum { ASTATE_MAX_DEAD = 8 };

typedef struct astate {
	irql_range irql;
	bool irql_unknown;       /* reached from an entry whose IRQL the KB does not give */
	bool globals_unknown;    /* globals hold whatever earlier callbacks left (not DriverEntry) */
	bool reached;            /* false: bottom (no path reaches this point) */
	bool irql_changed;       /* the IRQL may differ from the function's entry IRQL */
	fx_loc irql_loc;         /* the statement that last set the IRQL, for traces */
	const char *irql_by;
	size_t n, cap;
	slot *slots;             /* sorted by path pointer */
	/* handles released on some path to here, by identity: every copy of a
	   released handle is dead, also one a helper released through its own copy */
	unsigned ndead;
	struct astate_dead {
		const char *hid;
		const char *destroyer;
		fx_loc loc;
	} dead[ASTATE_MAX_DEAD];
} astate;

void astate_init(astate *s);
void astate_free(astate *s);
void astate_copy(astate *dst, const astate *src);   /* dst must be initialised */
/* Joins src into dst; returns true when dst changed. */
bool astate_join(astate *dst, const astate *src);
bool astate_equal(const astate *a, const astate *b);
uint64_t astate_hash(const astate *s);
/* A digest of what differs in `to` from `from` (IRQL, slots), `ignore`
 * aside: equal digests for two pairs mean the same changes were made. */
uint64_t astate_delta_hash(const astate *from, const astate *to, const char *ignore);

av av_default(const astate *s, const char *path);
av av_other(void);
av av_join(av a, av b);
bool av_equal(const av *a, const av *b);
uint64_t av_hash(const av *v);

const av *astate_get(const astate *s, const char *path);   /* NULL: default */
av astate_read(const astate *s, const char *path);          /* value or default */
/* Paths with more dereferences or characters than this are not tracked:
 * list manipulation in loops would otherwise make ever longer paths. */
enum { ASTATE_MAX_DEREFS = 4, ASTATE_MAX_PATH = 160 };
bool astate_trackable(const char *path);
/* Sets the value of path; a path that is not trackable, or a value equal to
 * the path's default, leaves no slot. */
void astate_set(astate *s, const char *path, av v);
void astate_remove(astate *s, const char *path);
/* Records that handle `hid` was released (no-op when already known or full). */
void astate_add_dead(astate *s, const char *hid, const char *destroyer, fx_loc loc);
const struct astate_dead *astate_find_dead(const astate *s, const char *hid);
/* Removes the slots strictly below `path` (its fields, elements, pointees). */
void astate_kill_below(astate *s, const char *path);

/* A bounded disjunction of states: the paths reaching a point, kept apart
 * while they are few, so that facts true on one path only (a loop that ran
 * no iteration: its bound was zero; one that ran: it wrote its element) are
 * not mixed before a later test tells the paths apart.  A state already
 * covered by an element adds nothing; beyond ASET_MAX elements a new state
 * is joined into the element most like it.  The set owns its states. */
enum { ASET_MAX = 4 };

typedef struct aset {
	size_t n, cap;
	astate *s;
} aset;

void aset_init(aset *a);
void aset_free(aset *a);
void aset_clear(aset *a);
void aset_copy(aset *dst, const aset *src);
/* Adds a copy of s (nothing when s is unreached); true when a changed. */
bool aset_add(aset *a, const astate *s);
/* Adds s, taking its slots (s is left empty); true when a changed. */
bool aset_take(aset *a, astate *s);
/* The join of all elements into dst (initialised, becomes unreached when
 * a is empty). */
void aset_join_all(const aset *a, astate *dst);

#endif
