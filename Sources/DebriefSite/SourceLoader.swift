import DebriefMarkdown
import DebriefModel
import DebriefReader
import DebriefMetrics
import Foundation

/// One read postmortem: the incident, and its body as HTML for its page.
public struct LoadedIncident: Sendable {
    public var incident: Incident
    public var bodyHTML: String
    /// What ``SourceLoader/lint`` found (empty when the loader was not asked to lint).
    public var lintDiagnostics: [Diagnostic] = []
    /// Images inside the content folder that the page shows, copied beside it.
    public var images: [ContentImage] = []

    public init(incident: Incident, bodyHTML: String, lintDiagnostics: [Diagnostic] = [], images: [ContentImage] = []) {
        self.incident = incident
        self.bodyHTML = bodyHTML
        self.lintDiagnostics = lintDiagnostics
        self.images = images
    }
}

/// Reads postmortem files and turns them into incidents (decoding, front matter,
/// parsing, reading), in parallel; problems become diagnostics, never crashes.
public struct SourceLoader: Sendable {
    public var fileSystem: FileSystem
    public var config: SiteConfig
    /// When set, every document is also linted (`debrief check`), while its parsed tree is at hand.
    public var lint: PostmortemLint?
    /// When set, links to other postmortems become links to their pages, and links and
    /// images that point at nothing are warnings.
    public var links: ContentLinks?

    public init(fileSystem: FileSystem = .disk, config: SiteConfig = SiteConfig(), lint: PostmortemLint? = nil, links: ContentLinks? = nil) {
        self.fileSystem = fileSystem
        self.config = config
        self.lint = lint
        self.links = links
    }

    /// Decodes bytes as UTF-8; other bytes are read as Latin-1 with an error, so no text is lost.
    public static func decode(_ data: Data) -> (text: String, diagnostic: Diagnostic?) {
        if let text = String(data: data, encoding: .utf8) { return (text, nil) }
        let line = firstInvalidUTF8Line(data)
        let text = String(data: data, encoding: .isoLatin1) ?? String(decoding: data, as: UTF8.self)
        return (text, Diagnostic(.error, line: line, "file is not valid UTF-8; read as Latin-1 (save it as UTF-8)"))
    }

    /// The line of the first byte sequence that is not UTF-8, in one forward pass.
    static func firstInvalidUTF8Line(_ data: Data) -> Int {
        var line = 1
        var index = data.startIndex
        while index < data.endIndex {
            let byte = data[index]
            if byte == 0x0A { line += 1 }
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return line
            }
            guard data.distance(from: index, to: data.endIndex) >= length else { return line }
            for offset in 1..<length where data[index + offset] & 0xC0 != 0x80 { return line }
            if length > 1, String(data: data[index..<index + length], encoding: .utf8) == nil { return line }
            index += length
        }
        return line
    }

    /// Files are read up to this many bytes: no postmortem comes near it, and reading
    /// (linear, but a few µs a line) stays well under a second per file.
    public static let maxDocumentBytes = 256 * 1024

    /// The first ``maxDocumentBytes`` of `data`, cut after a whole line, and a warning when anything was cut.
    static func bounded(_ data: Data) -> (Data, Diagnostic?) {
        guard data.count > maxDocumentBytes else { return (data, nil) }
        let limit = data.startIndex + maxDocumentBytes
        var end = data[data.startIndex..<limit].lastIndex(of: 0x0A).map { $0 + 1 } ?? limit
        // No line break at all: cut before a UTF-8 continuation byte, never inside a character.
        while end > data.startIndex, end < data.endIndex, data[end] & 0xC0 == 0x80 { end -= 1 }
        let kept = data[data.startIndex..<end]
        let lines = kept.lazy.filter { $0 == 0x0A }.count
        let message = String(format: "file is %.1f MB, over the %d KB limit: only its first %d lines are read", Double(data.count) / 1_048_576,
                             maxDocumentBytes / 1024, lines)
        return (Data(kept), Diagnostic(.warning, line: lines + 1, message))
    }

    /// Loads one file; `displayPath` is how it is named in messages and JSON.
    public func load(path: String, displayPath: String? = nil, renderBody: Bool = true) -> LoadedIncident {
        loadRecording(path: path, displayPath: displayPath, renderBody: renderBody).loaded
    }

    /// The date an undated postmortem falls back to: its first git commit, else its modification time.
    static func fallbackDate(_ path: String, fileSystem fs: FileSystem) -> (date: LocalDate, source: String)? {
        if let date = fs.firstCommitDate(path) { return (date, "the file's first git commit") }
        if let date = fs.modificationDate(path) { return (date, "the file's modification time") }
        return nil
    }

    /// Loads one file, and what reading it took from outside its bytes (nil when it could not be read).
    func loadRecording(path: String, displayPath: String? = nil, renderBody: Bool = true) -> (loaded: LoadedIncident, dependencies: ReadDependencies?) {
        let shown = displayPath ?? path
        let data: Data
        do {
            data = try fileSystem.read(path)
        } catch {
            var incident = Incident(source: shown, slug: Slug.make((shown as NSString).deletingPathExtension), title: (shown as NSString).lastPathComponent)
            incident.diagnostics = [Diagnostic(.error, line: 0, "cannot read file: \(error.localizedDescription)")]
            return (LoadedIncident(incident: incident, bodyHTML: ""), nil)
        }
        let (kept, sizeProblem) = Self.bounded(data)
        let (text, decodeProblem) = Self.decode(kept)
        var frontMatterError: MarkdownError?
        let document = MarkdownParser.parse(text, frontMatterError: &frontMatterError)
        let fs = fileSystem
        let fallback = FallbackRecorder { Self.fallbackDate(path, fileSystem: fs) }
        let options = config.readerOptions(fallbackDate: { fallback() })
        var incident = IncidentReader(options: options).read(document, path: shown)
        incident.diagnostics += document.limitWarnings.map { Diagnostic(.warning, line: $0.line, $0.message) }
        if let sizeProblem { incident.diagnostics.insert(sizeProblem, at: 0) }
        if let decodeProblem { incident.diagnostics.insert(decodeProblem, at: 0) }
        if let frontMatterError {
            incident.diagnostics.insert(Diagnostic(.error, line: frontMatterError.line, frontMatterError.message + "; front matter ignored"), at: 0)
        }
        var renderer = HTMLRenderer(allowRawHTML: config.unsafeHTML)
        var dependencies = ReadDependencies()
        if let links {
            incident.diagnostics += links.problems(in: document, source: path)
            renderer.linkHref = { links.href($0, from: path) }
            dependencies.links = ContentLinks.urls(in: document)
            dependencies.targets = dependencies.links.map { ReadDependencies.describe(links, $0, from: path) }
            dependencies.imageURLs = ContentLinks.imageURLs(in: document)
            let found = links.images(dependencies.imageURLs, source: path, fileSize: fs.size)
            (dependencies.images, dependencies.imageProblems) = found
            incident.diagnostics += found.problems
        }
        dependencies.fallback = fallback.fallback
        let html = renderBody ? renderer.render(document) : ""
        let loaded = LoadedIncident(incident: incident, bodyHTML: html, lintDiagnostics: lint?.check(document, incident: incident) ?? [],
                                    images: dependencies.images)
        return (loaded, dependencies)
    }

    /// Loads many files in parallel, keeping their order.
    public func load(paths: [(path: String, display: String)], renderBody: Bool = true) -> [LoadedIncident] {
        load(paths: paths, renderBody: renderBody) { $0 }
    }

    /// Loads many files in parallel, keeping their order and only what `keep` makes of each, as soon as it is read.
    func load<Kept: Sendable>(paths: [(path: String, display: String)], renderBody: Bool = true,
                              keeping keep: @Sendable (LoadedIncident) -> Kept) -> [Kept] {
        let items = paths.map { [$0.path, $0.display] }
        return ParallelMap.map(items) { keep(load(path: $0[0], displayPath: $0[1], renderBody: renderBody)) }
    }
}
