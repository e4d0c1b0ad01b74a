/* pshpack8.h -- ddicheck model header: structure packing 8 from here to
 * <poppack.h> (no include guard: it is meant to be included repeatedly).
 * Written for ddicheck; not a copy of Microsoft's header. */
#pragma pack(push, 8)
