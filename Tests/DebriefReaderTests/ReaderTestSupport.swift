import DebriefMarkdown
@testable import DebriefModel
@testable import DebriefReader
import DebriefMetrics
import Foundation

/// The options of the notation and rule tests: milestones by the phrase rules, which these
/// tests pin (the consensus engine, the default, keeps a value only where they agree with the decoder).
let ruleOptions: ReaderOptions = { var options = ReaderOptions(); options.milestoneEngine = .rules; return options }()

/// Reads inline Markdown the way `debrief inspect` reads a file.
func readIncident(_ markdown: String, path: String = "Content/incident.md",
                  options: ReaderOptions = ruleOptions) -> Incident {
    var error: MarkdownError?
    let document = MarkdownParser.parse(markdown, frontMatterError: &error)
    return IncidentReader(options: options).read(document, path: path)
}

/// The options of the decoder's tests: milestones by the decoder alone.
let decoderOptions: ReaderOptions = { var options = ReaderOptions(); options.milestoneEngine = .decoder; return options }()

/// `2024-07-15T05:43:00Z`, or nil.
func utc(_ date: Date?) -> String? {
    guard let date else { return nil }
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(from: date)
}

extension Incident {
    /// The milestone as UTC text, for compact expectations.
    func utcTime(_ milestone: Milestone) -> String? { utc(time(of: milestone)) }
}

/// The package root, found from this file's path.
func packageRoot(_ file: String = #filePath) -> URL {
    URL(fileURLWithPath: file).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}

/// `../shared` beside the package, when this checkout sits in the project's workspace.
var sharedFolder: URL? {
    let url = packageRoot().deletingLastPathComponent().appendingPathComponent("shared")
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
}
