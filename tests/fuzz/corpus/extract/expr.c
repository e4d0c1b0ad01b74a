int f(int x) { return ((((x + 1) * 2) - 3) / (x ?: 1)); }
struct s { int a; } v = { .a = 1 };
