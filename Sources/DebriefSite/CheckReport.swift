import DebriefModel
import DebriefReader
import Foundation

/// What `debrief check` found: the settings' problems and each file's, ready to print,
/// and the exit status they call for.
public struct CheckReport: Sendable, Equatable {
    /// One checked file and its findings, sorted by line and column.
    public struct File: Sendable, Equatable {
        public var path: String
        public var diagnostics: [Diagnostic]

        public init(path: String, diagnostics: [Diagnostic]) {
            self.path = path
            self.diagnostics = diagnostics
        }
    }

    /// `debrief.yml` first (when it has findings), then the postmortems in order.
    public var files: [File]
    /// How many postmortems were checked.
    public var checked: Int

    public init(files: [File], checked: Int) {
        self.files = files
        self.checked = checked
    }

    /// The report over loaded postmortems: the reader's errors and warnings (its notes only
    /// when `verbose`), the linter's findings always, and a note on drafts.
    public init(settingsPath: String, settings: [Diagnostic], loaded: [LoadedIncident], verbose: Bool) {
        var files: [File] = settings.isEmpty ? [] : [File(path: settingsPath, diagnostics: settings.sorted())]
        for item in loaded {
            var found = item.incident.diagnostics.filter { verbose || $0.level != .note } + item.lintDiagnostics
            if item.incident.isDraft { found.append(Diagnostic(.note, line: 0, "draft: left off the site unless built with --drafts")) }
            files.append(File(path: item.incident.source, diagnostics: found.sorted()))
        }
        self.init(files: files, checked: loaded.count)
    }

    public func count(_ level: Diagnostic.Level) -> Int {
        files.reduce(0) { $0 + $1.diagnostics.filter { $0.level == level }.count }
    }

    /// 1 when anything is an error (with `strict`, a warning too), else 0.
    public func exitStatus(strict: Bool) -> Int32 {
        count(.error) > 0 || (strict && count(.warning) > 0) ? 1 : 0
    }

    /// "checked 3 files: 1 error, 2 warnings, 0 notes".
    public var summary: String {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return "checked \(plural(checked, "file")): \(plural(count(.error), "error")), \(plural(count(.warning), "warning")), \(plural(count(.note), "note"))"
    }
}
