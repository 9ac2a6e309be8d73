import Foundation

/// Tells `serve` when the site's sources changed. The polling watcher is the
/// real one; tests drive the loop with their own.
public protocol SiteWatcher: Sendable {
    /// Suspends until something watched changed since the last call (or since the
    /// watcher was made) and returns what changed; throws when cancelled.
    func nextChange() async throws -> [String]
}

/// Watches by taking a `FileSnapshot` every `interval` and comparing: portable,
/// no system watcher needed, and a 300 ms poll of a few hundred files is cheap.
public actor PollingWatcher: SiteWatcher {
    private let interval: Duration
    private let snapshot: @Sendable () -> FileSnapshot
    private var last: FileSnapshot

    /// Watches `roots` (files or folders) on disk.
    public init(roots: [String], interval: Duration = .milliseconds(300)) {
        self.init(interval: interval) { FileSnapshot.take(roots) }
    }

    /// Watches whatever `snapshot` returns, taking the first one now.
    public init(interval: Duration, snapshot: @escaping @Sendable () -> FileSnapshot) {
        self.interval = interval
        self.snapshot = snapshot
        self.last = snapshot()
    }

    public func nextChange() async throws -> [String] {
        while true {
            try await Task.sleep(for: interval)
            let now = snapshot()
            let changed = now.changes(since: last)
            last = now
            if !changed.isEmpty { return changed }
        }
    }
}
