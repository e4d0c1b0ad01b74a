int add(a, b) int a; int b; { return a + b; }
int f(int x) { return x ? f(x - 1) : add(x, 1); }
int g(void) { int (*p)(int) = f; return p(3); }
