#if canImport(Glibc)
import Glibc
#endif

/// How the process's allocator places large buffers: a site's biggest files — the index,
/// the action ledger, `incidents.json` — are each tens of MB at 10,000 postmortems, made
/// once and let go. glibc gives a buffer pages of its own (handed back when it is freed)
/// only above a threshold that it raises to the largest buffer freed so far (up to 32 MB);
/// after the first big page, the next ones are carved from the heap instead, and the space
/// they leave when freed stays with the process, scattered, so the build's peak resident
/// memory grew with every big page rather than with the biggest one.
public enum LargeBuffers {
    /// Buffers of this many bytes or more get pages of their own.
    public static let threshold: Int32 = 1 << 20

    /// Fixes the threshold at ``threshold`` for the rest of the process (the CLI calls it first thing);
    /// true when the allocator took it. `mallopt` is looked up at run time: `<malloc.h>` is not in Swift's
    /// Glibc module, and another C library (musl) has none.
    @discardableResult
    public static func returnToSystemWhenFreed() -> Bool {
        #if canImport(Glibc)
        typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
        let mmapThreshold: Int32 = -3  // M_MMAP_THRESHOLD in <malloc.h>
        guard let symbol = dlsym(nil, "mallopt") else { return false }
        return unsafeBitCast(symbol, to: MallOpt.self)(mmapThreshold, threshold) == 1
        #else
        return false
        #endif
    }
}
