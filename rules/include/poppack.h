/* poppack.h -- ddicheck model header: restores the packing a pshpackN.h
 * pushed (no include guard).  Written for ddicheck; not a copy of
 * Microsoft's header. */
#pragma pack(pop)
