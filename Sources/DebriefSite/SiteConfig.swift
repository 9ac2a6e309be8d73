import DebriefMarkdown
import DebriefModel
import DebriefReader
import DebriefMetrics
import Foundation
import Yams

/// Settings from `debrief.yml` at the site root; every key is optional.
///
/// ```yaml
/// title: Lumen Freight postmortems
/// timezone: UTC            # zone for documents that state none
/// dateOrder: auto          # auto | dmy | mdy, for 05/04/2020-style dates
/// weekStart: monday        # monday | sunday, for the weekly digest
/// unsafeHTML: false        # keep raw HTML from Markdown (off: dropped)
/// baseURL: https://postmortems.example.com/   # only for feeds' absolute links
/// ```
public struct SiteConfig: Sendable, Equatable {
    public var title: String = "Postmortems"
    public var timezone: String = "UTC"
    public var dateOrder: DateOrder = .auto
    public var weekStart: ISOWeek.Weekday = .monday
    public var unsafeHTML: Bool = false
    public var baseURL: String = ""
    /// How the reader chooses milestones (`milestones:` in debrief.yml, `inspect --engine`).
    public var milestoneEngine: MilestoneEngine = .consensus
    /// Keep the decoder's signals per entry (`inspect --explain`).
    public var recordSignals = false

    public init() {}

    /// The zone for documents that state none.
    public var zone: ZoneSpec { TimeZoneTable.parse(timezone) ?? .fixed(seconds: 0) }

    /// Foundation's zone for week bucketing.
    public var foundationZone: TimeZone {
        switch zone {
        case .fixed(let seconds): TimeZone(secondsFromGMT: seconds) ?? TimeZone(identifier: "UTC")!
        case .region(let identifier): TimeZone(identifier: identifier) ?? TimeZone(identifier: "UTC")!
        }
    }

    /// Reads `debrief.yml`; unknown keys and bad values become diagnostics, never a crash.
    public static func parse(_ yaml: String) -> (config: SiteConfig, diagnostics: [Diagnostic]) {
        var config = SiteConfig()
        var diagnostics: [Diagnostic] = []
        let front: FrontMatter
        do {
            front = try FrontMatterSplitter.parse(yaml, firstLine: 1)
        } catch let error as MarkdownError {
            return (config, [Diagnostic(.error, line: error.line, error.message)])
        } catch {
            return (config, [Diagnostic(.error, line: 1, "not valid YAML: \(error)")])
        }
        for entry in front.entries {
            guard let setting = SiteSetting.named(entry.key) else {
                let hint = Suggestion.hint(for: entry.key, among: SiteSetting.all.map(\.key))
                diagnostics.append(Diagnostic(.warning, line: entry.line, column: 1, "unknown setting '\(entry.key)'\(hint); it is ignored"))
                continue
            }
            if let problem = config.apply(setting.key, entry.value) {
                diagnostics.append(Diagnostic(.error, line: entry.line, column: 1, problem))
            }
        }
        return (config, diagnostics)
    }

    /// Sets one setting from its YAML value; the reason it cannot, or nil.
    mutating func apply(_ key: String, _ yaml: YAMLValue) -> String? {
        if case .null = yaml { return nil }
        guard let value = yaml.string else { return "\(key) must be a single value, not a list or mapping" }
        switch key {
        case "title": title = value
        case "timezone":
            guard TimeZoneTable.parse(value) != nil else {
                return "timezone '\(value)' is not understood (use UTC, an offset like UTC+02:00, or a name like Europe/Berlin)"
            }
            timezone = value
        case "dateOrder":
            guard let order = DateOrder(rawValue: value.lowercased()) else { return "dateOrder must be auto, dmy or mdy, not '\(value)'" }
            dateOrder = order
        case "milestones":
            guard let engine = MilestoneEngine(rawValue: value.lowercased()) else { return "milestones must be consensus, decoder or rules, not '\(value)'" }
            milestoneEngine = engine
        case "weekStart":
            guard let start = ISOWeek.Weekday(rawValue: value.lowercased()) else { return "weekStart must be monday or sunday, not '\(value)'" }
            weekStart = start
        case "unsafeHTML":
            guard let flag = FrontMatterSchema.booleans[value.lowercased()] else { return "unsafeHTML must be true or false, not '\(value)'" }
            unsafeHTML = flag
        case "baseURL":
            guard value.isEmpty || Self.isAbsoluteWebURL(value) else {
                return "baseURL must be an absolute http(s) URL such as https://postmortems.example.com/, or empty (not '\(value)')"
            }
            baseURL = value
        default: return nil
        }
        return nil
    }

    /// `https://host/…` or `http://host/…`, with a host.
    static func isAbsoluteWebURL(_ text: String) -> Bool {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
              let host = url.host, !host.isEmpty else { return false }
        return true
    }

    /// Options for the incident reader.
    public func readerOptions(fallbackDate: @escaping @Sendable () -> (date: LocalDate, source: String)? = { nil }) -> ReaderOptions {
        var options = ReaderOptions(defaultZone: zone, defaultZoneName: timezone, dateOrder: dateOrder, fallbackDate: fallbackDate)
        options.milestoneEngine = milestoneEngine
        options.recordSignals = recordSignals
        return options
    }
}
