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
    /// How the reader chooses milestones (`inspect --engine`); the rule engine unless asked.
    public var milestoneEngine: MilestoneEngine = .rules
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
            let value = entry.value.string ?? ""
            switch entry.key {
            case "title": config.title = value
            case "timezone":
                if TimeZoneTable.parse(value) != nil { config.timezone = value } else {
                    diagnostics.append(Diagnostic(.error, line: entry.line, "timezone '\(value)' is not understood (use UTC, an offset like UTC+02:00, or a name like Europe/Berlin)"))
                }
            case "dateOrder":
                if let order = DateOrder(rawValue: value) { config.dateOrder = order } else {
                    diagnostics.append(Diagnostic(.error, line: entry.line, "dateOrder must be auto, dmy or mdy"))
                }
            case "weekStart":
                if let start = ISOWeek.Weekday(rawValue: value.lowercased()) { config.weekStart = start } else {
                    diagnostics.append(Diagnostic(.error, line: entry.line, "weekStart must be monday or sunday"))
                }
            case "unsafeHTML", "unsafe_html":
                config.unsafeHTML = ["true", "yes", "on"].contains(value.lowercased())
            case "baseURL", "baseUrl", "base_url": config.baseURL = value
            default:
                diagnostics.append(Diagnostic(.warning, line: entry.line, "unknown setting '\(entry.key)'"))
            }
        }
        return (config, diagnostics)
    }

    /// Options for the incident reader.
    public func readerOptions(fallbackDate: @escaping @Sendable () -> (date: LocalDate, source: String)? = { nil }) -> ReaderOptions {
        var options = ReaderOptions(defaultZone: zone, defaultZoneName: timezone, dateOrder: dateOrder, fallbackDate: fallbackDate)
        options.milestoneEngine = milestoneEngine
        options.recordSignals = recordSignals
        return options
    }
}
