import Foundation

/// A one-line progress bar for a terminal: shown only once the work has taken a
/// second, only on a terminal, and erased when done, so logs and pipes never see it.
public final class ProgressBar: @unchecked Sendable {
    private let lock = NSLock()
    private let start: Double
    private let clock: @Sendable () -> Double
    private let write: @Sendable (String) -> Void
    private var shown = false
    public let enabled: Bool

    /// `enabled` is the caller's word that the output is a terminal (`isatty`).
    public init(enabled: Bool, clock: @escaping @Sendable () -> Double = { ProcessInfo.processInfo.systemUptime },
                write: @escaping @Sendable (String) -> Void) {
        self.enabled = enabled
        self.clock = clock
        self.write = write
        self.start = clock()
    }

    /// The line for `done` of `total`: `[#########-----------]  45%  130/290 pages`.
    public static func line(done: Int, total: Int, width: Int = 24) -> String {
        let share = total > 0 ? min(1, Double(done) / Double(total)) : 1
        let filled = Int((share * Double(width)).rounded(.down))
        return "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "] "
            + String(format: "%3d%%  %d/%d pages", Int((share * 100).rounded(.down)), done, total)
    }

    public func update(done: Int, total: Int) {
        guard enabled else { return }
        lock.lock(); defer { lock.unlock() }
        guard clock() - start >= 1 else { return }
        shown = true
        write("\r" + Self.line(done: done, total: total))
    }

    /// Erases the bar, if it was shown.
    public func finish() {
        lock.lock(); defer { lock.unlock() }
        if shown { write("\r\u{1B}[2K") }
        shown = false
    }
}
