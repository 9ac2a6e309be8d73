import Foundation

/// The per-input time budget, in CPU seconds of this thread rather than wall time: the
/// fuzzer runs at low priority on a shared machine, where libFuzzer's wall-clock
/// `-timeout` fires on inputs that are only waiting for a core. `-timeout` stays as the
/// backstop for an input that never returns.
struct CPUBudget {
    static let shared = CPUBudget(seconds: ProcessInfo.processInfo.environment["DEBRIEF_FUZZ_CPU_SECONDS"].flatMap(Double.init) ?? 2)

    let seconds: Double

    /// Traps (a libFuzzer finding, with the input saved) when one input cost more than the budget.
    func check(spent: Double) {
        if spent > seconds {
            fatalError(String(format: "over the time budget: %.2f s of CPU for one input (budget %.1f s)", spent, seconds))
        }
    }

    static func threadSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
}
