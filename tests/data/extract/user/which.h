#define WHICH_X 1
