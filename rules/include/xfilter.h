/*
 * xfilter.h -- ddicheck model header: the Ethernet address helpers of the
 * NDIS address-filtering header -- ETH_LENGTH_OF_ADDRESS and the macros
 * that test (broadcast, multicast), compare and copy a 6-byte
 * Ethernet address.  <ndis.h> includes it; KMDF NIC drivers that answer
 * OIDs without NDIS (the pcidrv sample) include it alone.
 *
 * Written for ddicheck; it is not a copy of Microsoft's xfilter.h.  The
 * names and the length are those the public mingw-w64 header declares
 * (mingw-w64-headers/ddk/include/ddk/xfilter.h); the bodies are ours: the
 * analysis only needs the macros to expand to plain expressions and calls
 * of Rtl memory routines (declared by <wdm.h>, which the user includes
 * before any use).  The FDDI and token-ring helpers of the same header are
 * not modelled: no driver the model serves uses them.
 */
#ifndef DDICHECK_MODEL_XFILTER_H
#define DDICHECK_MODEL_XFILTER_H

#include <ntdef.h>

#define ETH_LENGTH_OF_ADDRESS 6
#define ETH_IS_BROADCAST(Address) \
    ((((PUCHAR)(Address))[0] == 0xff) && (((PUCHAR)(Address))[1] == 0xff) && (((PUCHAR)(Address))[2] == 0xff) && \
     (((PUCHAR)(Address))[3] == 0xff) && (((PUCHAR)(Address))[4] == 0xff) && (((PUCHAR)(Address))[5] == 0xff))
#define ETH_IS_MULTICAST(Address) ((BOOLEAN)(((PUCHAR)(Address))[0] & ((UCHAR)0x01)))
#define ETH_COMPARE_NETWORK_ADDRESSES(_A, _B, _Result)                 \
    do { *(_Result) = (RtlCompareMemory((_A), (_B), ETH_LENGTH_OF_ADDRESS) == ETH_LENGTH_OF_ADDRESS) ? 0 : 1; } while (0)
#define ETH_COMPARE_NETWORK_ADDRESSES_EQ(_A, _B, _Result)              \
    do { *(_Result) = (RtlCompareMemory((_A), (_B), ETH_LENGTH_OF_ADDRESS) == ETH_LENGTH_OF_ADDRESS) ? 0 : 1; } while (0)
#define ETH_COPY_NETWORK_ADDRESS(_D, _S) RtlCopyMemory((_D), (_S), ETH_LENGTH_OF_ADDRESS)

#endif /* DDICHECK_MODEL_XFILTER_H */
