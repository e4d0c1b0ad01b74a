// ddicheck: ignore[Irql_IM_Function] handles validated by caller
int a;
#pragma warning(suppress: 28121)
int b; // ddicheck: ignore[IrqlTooHigh]
#pragma prefast(suppress: __WARNING_IRQ_TOO_HIGH, "reason")
#pragma warning(disable: 28121 28120)
// ddicheck: ignore[NoSuchRule] why
// ddicheck: ignore[
