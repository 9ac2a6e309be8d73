import DebriefModel
import Foundation

/// One build of a site folder, as `debrief build` and `debrief serve` run it:
/// settings, content, drafts, templates, pages, then the output swapped in.
/// Nothing is printed; the report says what happened, in order.
public struct SiteBuild: Sendable {
    /// The site folder (holding Content/, Templates/ and debrief.yml).
    public var site: String
    /// Content and output folders, relative to the site folder or absolute.
    public var content: String
    public var output: String
    /// Publish drafts too (`build --drafts`, `serve --drafts`).
    public var includeDrafts: Bool
    /// Use the incremental cache in `.debrief-cache/` (`build --no-cache` turns it off).
    public var useCache: Bool

    public init(site: String, content: String = "Content", output: String = "Output", includeDrafts: Bool = false, useCache: Bool = true) {
        self.site = site
        self.content = content
        self.output = output
        self.includeDrafts = includeDrafts
        self.useCache = useCache
    }

    /// The output folder's path as given (site-relative paths joined to the site).
    public var outputPath: String { SitePaths.path(output, site: site) }

    /// Runs the build through the named phases of ``SitePipeline``. A report that
    /// `stopped` wrote nothing and kept the last site.
    public func run(progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }) -> SiteBuildReport {
        let box = MessageBox()
        var report = SiteBuildReport()
        var pipeline = SitePipeline(request: BuildRequest(site: site, content: content, output: output, includeDrafts: includeDrafts,
                                                                 useCache: useCache),
                                    report: { box.append($0) })
        pipeline.progress = progress
        let result: BuildResult
        do {
            result = try pipeline.run()
        } catch {
            for line in box.lines { report.add(SiteBuildReport.level(of: line), line) }
            report.add(.error, "\(error)")
            return report.stopping()
        }
        for line in box.lines { report.add(SiteBuildReport.level(of: line), line) }
        report.warnings += result.settingsWarnings
        report.draftsLeftOut = result.draftsLeftOut
        report.files = result.fileCount
        report.unchanged = result.unchangedCount
        report.timings = result.timings
        report.incidents = result.published.count
        for incident in result.published {
            for diagnostic in incident.diagnostics {
                if diagnostic.level == .error { report.errors += 1 }
                if diagnostic.level == .warning { report.warnings += 1 }
                report.add(diagnostic.level, diagnostic.formatted(path: incident.source))
            }
        }
        return report
    }
}

/// Lines the pipeline reports while it runs, gathered for the report (the pipeline may call from any thread).
final class MessageBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []
    func append(_ line: String) { lock.lock(); stored.append(line); lock.unlock() }
    var lines: [String] { lock.lock(); defer { lock.unlock() }; return stored }
}

/// What one build did: its messages in the order they arose, and its counts.
public struct SiteBuildReport: Sendable, Equatable {
    /// One line to show, compiler style (`Content/a.md:12: warning: ...`).
    public struct Message: Sendable, Equatable {
        public var level: Diagnostic.Level
        public var text: String
    }

    public var messages: [Message] = []
    /// True when the build stopped before writing (bad settings or templates, no content, output refused).
    public var stopped = false
    public var incidents = 0
    public var files = 0
    public var draftsLeftOut = 0
    /// Files whose bytes did not change (kept with their modification time).
    public var unchanged = 0
    /// Seconds and items per phase.
    public var timings = BuildTimings()
    /// Errors and warnings about postmortems and settings (what `--strict` counts).
    public var errors = 0
    public var warnings = 0

    public init() {}

    /// True when the site is not to be trusted: the build stopped or a postmortem has an error.
    public var failed: Bool { stopped || errors > 0 }

    /// The level of a compiler-style line (`path:12: warning: …`).
    static func level(of line: String) -> Diagnostic.Level {
        line.contains(": error:") ? .error : line.contains(": warning:") ? .warning : .note
    }

    mutating func add(_ level: Diagnostic.Level, _ text: String) {
        messages.append(Message(level: level, text: text))
    }

    func stopping() -> SiteBuildReport {
        var copy = self
        copy.stopped = true
        return copy
    }
}
