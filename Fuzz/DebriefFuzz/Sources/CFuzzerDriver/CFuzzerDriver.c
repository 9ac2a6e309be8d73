// Only the header matters: the driver itself comes from libclang_rt.fuzzer (`-sanitize=fuzzer`).
#include "CFuzzerDriver.h"
