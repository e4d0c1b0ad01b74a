/* header for test_extract: which header declarations become facts */
#define ANN(k, x) __attribute__((annotate("ddicheck_irql:" #k ":" #x)))
typedef void KDEFERRED_ROUTINE(void *Ctx);
KDEFERRED_ROUTINE HdrDpc;                      /* role: kept */
ANN(requires_max, DISPATCH_LEVEL) void HdrAnnotated(int a);   /* annotated: kept */
void HdrCalled(int a);                          /* called by the main file: kept */
void HdrUnused(int a);                          /* none of these: dropped */
