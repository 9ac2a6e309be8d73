import Foundation

/// The live side of `serve`: runs builds one at a time (on a thread of their
/// own, so requests keep being answered while a build runs), keeps the state
/// requests read, and tells every open event stream the new version after each
/// build.
public actor PreviewSession {
    /// One build of the site.
    public typealias Builder = @Sendable () -> SiteBuildReport

    private let builder: Builder
    private let session: String
    private var builds = 0
    private var subscribers: [UUID: AsyncStream<String>.Continuation] = [:]
    /// What requests see now.
    public private(set) var state: PreviewState

    /// `session` tells this server's versions from those of an earlier run, whose pages must reload.
    public init(session: String = String(UInt64(Date().timeIntervalSince1970 * 1000), radix: 36), builder: @escaping Builder) {
        self.builder = builder
        self.session = session
        self.state = PreviewState(version: session + "-0")
    }

    /// Builds, updates the state and tells open pages; returns the report and how long the build took.
    @discardableResult
    public func rebuild() async -> (report: SiteBuildReport, seconds: Double) {
        let start = ContinuousClock.now
        let builder = self.builder
        let report = await withCheckedContinuation { continuation in
            // A thread of its own: on Linux the cooperative pool and Dispatch's queues share a few threads.
            Thread { continuation.resume(returning: builder()) }.start()
        }
        let elapsed = ContinuousClock.now - start
        builds += 1
        state = PreviewState(version: "\(session)-\(builds)", failure: report.failed ? report : nil)
        for continuation in subscribers.values { continuation.yield(state.version) }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return (report, seconds)
    }

    /// Rebuilds after every change `watcher` reports, until the task is cancelled.
    public func watch(_ watcher: some SiteWatcher, onBuild: @escaping @Sendable ([String], SiteBuildReport, Double) -> Void) async {
        while !Task.isCancelled {
            guard let changed = try? await watcher.nextChange() else { return }
            let (report, seconds) = await rebuild()
            onBuild(changed, report, seconds)
        }
    }

    /// The versions an event stream sends: the current one at once, then one per build.
    public func events() -> AsyncStream<String> {
        let id = UUID()
        let (stream, continuation) = AsyncStream.makeStream(of: String.self, bufferingPolicy: .bufferingNewest(1))
        continuation.yield(state.version)
        subscribers[id] = continuation
        continuation.onTermination = { [weak self] _ in
            Task { await self?.unsubscribe(id) }
        }
        return stream
    }

    /// How many event streams are open.
    public var listeners: Int { subscribers.count }

    /// Ends every event stream (the server is stopping).
    public func finish() {
        for continuation in subscribers.values { continuation.finish() }
        subscribers = [:]
    }

    private func unsubscribe(_ id: UUID) {
        subscribers[id] = nil
    }
}
