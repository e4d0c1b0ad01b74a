#define WHICH_X 2
#define MODEL_ONLY 7
