#ifndef DEBRIEF_SWAP_H
#define DEBRIEF_SWAP_H

/// Atomically exchanges two paths (both must exist). Returns 0 on success, or
/// -1 with errno set; errno ENOSYS/EINVAL means the system cannot exchange.
int debrief_exchange_paths(const char *a, const char *b);

#endif
