import DebriefModel
import DebriefMarkdown
import Foundation

/// Turns a parsed postmortem into an `Incident`: a pure function of the
/// document, its path and the site's options. Front matter wins over inference;
/// every inferred fact remembers its line, and doubts become diagnostics.
public struct IncidentReader: Sendable {
    public var options: ReaderOptions

    public init(options: ReaderOptions = ReaderOptions()) {
        self.options = options
    }

    /// Reads one document. `path` is used for the slug, the file-name date and messages.
    public func read(_ document: Document, path: String) -> Incident {
        var context = ReadingContext(document: document, path: path, options: options)
        return context.read()
    }
}

/// The working state of one read; discarded afterwards.
struct ReadingContext {
    let document: Document
    let path: String
    let options: ReaderOptions
    let sections: [Section]
    /// Lines outside fenced code, cleaned, with their file line numbers; computed once.
    let proseLines: [(line: Int, text: String)]
    /// "Owner: …", "Status: …", "Severity: …" lines of the prose; computed once.
    let metadata: MetadataLines
    /// How 05/04/2020-style dates are read in this document: the site's setting,
    /// narrowed by the document's zone once it is known (see `zoneDateOrder`).
    var dateOrder: DateOrder
    /// Why `dateOrder` differs from the site's setting, for messages.
    var dateOrderReason: String?
    var diagnostics: [Diagnostic] = []

    init(document: Document, path: String, options: ReaderOptions) {
        self.document = document
        self.path = path
        self.options = options
        self.sections = SectionFinder.sections(of: document)
        self.dateOrder = options.dateOrder
        let fenced = TimelineScanner(document: document, order: options.dateOrder).fencedLines(in: document.blocks)
        self.proseLines = document.bodyLines.enumerated().compactMap { index, raw in
            let line = document.bodyLineOffset + index + 1
            guard !fenced.contains(line), !raw.isEmpty else { return nil }
            // Code spans quote machines, not the story: `dt=2023-03-01` dates nothing.
            let prose = raw.containsBytes("`") ? Self.blankingCodeSpans(String(raw)) : String(raw)
            return (line, LineCleaner.inline(prose))
        }
        self.metadata = MetadataLines(lines: proseLines)
    }

    /// Each code span (a backtick, anything but one, a backtick) as one space; an unclosed backtick stays.
    static func blankingCodeSpans(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "`"), let close = bytes[(index + 1)...].firstIndex(of: UInt8(ascii: "`")) {
                out.append(0x20)
                index = close + 1
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    func sections(_ kind: SectionKind) -> [Section] { sections.filter { $0.kind == kind } }

    /// Plain text of the sections of one kind.
    func text(of kind: SectionKind) -> String {
        sections(kind).flatMap(\.blocks).map { $0.plainText.trimmingWhitespace() }
            .filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    var fileName: String { (path as NSString).lastPathComponent }

    /// Front matter `slug`, else the file name without its extension; a page bundle
    /// (`slug/index.md`) is named by its folder. Never derived from the title, so a
    /// retitled postmortem keeps its URL.
    func slug() -> String {
        IncidentReader.slug(stated: document.frontMatter?["slug"]?.string, path: path)
    }

    mutating func read() -> Incident {
        let front = document.frontMatter
        var incident = Incident(source: path, slug: slug(), title: "")
        incident.summary = text(of: .summary)
        incident.rootCause = text(of: .rootCause)
        incident.resolution = text(of: .resolution)
        incident.title = title()
        incident.authors = authors()
        if incident.authors.isEmpty, let owner = metadata.values["owner"]?.value {
            incident.authors = Self.splitNames(owner)
        }
        incident.severity = severity()
        incident.services = front?["services"]?.strings ?? front?["service"]?.strings ?? metadata.services
        incident.tags = front?["tags"]?.strings ?? []
        let zone = documentZone()
        incident.zoneName = zone.name
        incident.zoneStated = zone.stated
        if dateOrder == .auto, let order = Self.spanDateOrder(proseLines.map(\.text)) {
            dateOrder = order
            dateOrderReason = "\(order == .monthFirst ? "month" : "day") first, the reading that keeps the document's dates together"
        } else if dateOrder == .auto, zone.stated, let order = Self.zoneDateOrder(name: zone.name, spec: zone.spec) {
            dateOrder = order
            dateOrderReason = "\(order == .monthFirst ? "month" : "day") first, as usual where \(zone.name) is used"
        }
        let date = documentDate()
        incident.date = date?.date
        incident.dateSource = date?.source ?? ""
        readTimeline(into: &incident, zone: zone.spec)
        applyFrontMatterMilestones(into: &incident, zone: zone.spec)
        // The incident happened on the day it started: a lead-in entry dated the day
        // before ("a harvest injects the strategy…") or an earlier dated background
        // bullet must not move it to another week. Front matter's date is the author's word.
        if incident.dateSource != "front matter", let date = incident.date, let start = incident.milestones[.started]?.at {
            let offset = Double(zone.spec.offset(on: date))
            let local = LocalDate(daysSinceEpoch: Int(((start.timeIntervalSince1970 + offset) / 86_400).rounded(.down)))
            if local != date {
                incident.date = local
                incident.dateSource = "start of the outage"
            }
        }
        incident.offsetSeconds = incident.date.map { zone.spec.offset(on: $0) } ?? zone.spec.offset(on: LocalDate(year: 2000, month: 1, day: 1))
        incident.actionItems = ActionItemReader(document: document).items(in: sections)
        incident.status = front?["status"]?.string?.lowercased() ?? metadata.values["status"]?.value.lowercased() ?? (incident.isOpen && incident.time(of: .started) != nil ? "open" : incident.time(of: .resolved) != nil ? "resolved" : "")
        incident.isDraft = FrontMatterSchema.isDraft(front)
        if !sections.contains(where: { $0.kind != .other }) && front == nil {
            diagnostics.append(Diagnostic(.warning, line: document.bodyLineOffset + 1,
                "no recognisable sections (Summary, Timeline, Root cause, Resolution, Action items); facts were searched for in the whole text"))
        }
        for (earlier, later, metric) in Milestone.measuredPairs + [(.mitigated, .resolved, "")] {
            guard let from = incident.milestones[earlier], let to = incident.milestones[later], to.at < from.at else { continue }
            // Two times the author wrote in front matter contradict each other: that is an error, not a doubt.
            let stated = from.source == "front matter" && to.source == "front matter"
            if metric.isEmpty && !stated { continue }
            let consequence = metric.isEmpty ? "" : "; \(metric) is left out"
            diagnostics.append(Diagnostic(stated ? .error : .warning, line: to.line,
                "\(later.rawValue) (line \(to.line)) is before \(earlier.rawValue) (line \(from.line))\(consequence)"))
        }
        incident.diagnostics = diagnostics.sorted()
        return incident
    }
}

extension IncidentReader {
    /// The slug of the postmortem at `path` whose front matter states `stated` (or no slug):
    /// `stated`, else the file name without its extension; a page bundle (`slug/index.md`)
    /// is named by its folder.
    public static func slug(stated: String?, path: String) -> String {
        if let stated, !Slug.make(stated).isEmpty { return Slug.make(stated) }
        let fileName = (path as NSString).lastPathComponent
        var stem = (fileName as NSString).deletingPathExtension.replacingOccurrences(of: ".html", with: "")
        if stem.lowercased() == "index" || stem.lowercased() == "readme" {
            let folder = ((path as NSString).deletingLastPathComponent as NSString).lastPathComponent
            if !folder.isEmpty && folder != "." { stem = folder }
        }
        let slug = Slug.make(stem)
        return slug.isEmpty ? "incident" : slug
    }
}
