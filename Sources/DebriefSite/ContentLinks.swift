import DebriefMarkdown
import DebriefModel
import DebriefReader
import Foundation

/// Links between postmortems, and links and images that point at nothing.
///
/// A relative link is resolved against the folder of the file it is written in. One to
/// another postmortem's Markdown file (`[see](other.md#impact)`) becomes a link to that
/// postmortem's page; a link or image whose target is no file inside the content folder
/// is a warning on its line. Images are not copied here (the output writer's job).
public struct ContentLinks: Sendable {
    /// The content folder, standardized.
    let root: String
    /// Standardized path of every postmortem → its page slug.
    let slugs: [String: String]
    let exists: @Sendable (String) -> Bool
    /// Standardizes the paths of this build's links (each folder once).
    let paths: StandardPaths

    /// Learns every postmortem's slug from its front matter (`slug:`) or its path, reading
    /// only front matter, so links can be resolved while each file is rendered.
    public init(root: String, postmortems: [String], fileSystem: FileSystem = .disk) {
        let paths = StandardPaths()
        let pairs = ParallelMap.map(postmortems) { path -> (String, String) in
            (paths.standard(path), IncidentReader.slug(stated: Self.statedSlug(path, fileSystem: fileSystem), path: path))
        }
        self.init(root: root, slugs: Dictionary(pairs, uniquingKeysWith: { first, _ in first }), exists: fileSystem.exists, paths: paths)
    }

    /// `slugs` keyed by paths `paths` standardized.
    init(root: String, slugs: [String: String], exists: @escaping @Sendable (String) -> Bool, paths: StandardPaths = StandardPaths()) {
        self.paths = paths
        self.root = paths.standard(root)
        self.slugs = slugs
        self.exists = exists
    }

    /// Where a relative link points.
    enum Target: Equatable {
        /// Not a file link: a URL with a scheme, `//host`, a `#fragment`, a site-absolute `/path`, or empty.
        case elsewhere
        /// Another postmortem: its slug and the `#fragment` (with its `#`, or empty).
        case postmortem(slug: String, fragment: String)
        /// A file inside the content folder.
        case file
        /// Nothing, inside the content folder or out of it: the resolved path.
        case missing(String)
        case outside

        /// The target as text, as `"\(target)"` writes it (``ReadDependencies`` keeps it), made without reflection.
        var text: String {
            switch self {
            case .elsewhere: return "elsewhere"
            case .postmortem(let slug, let fragment): return "postmortem(slug: \(slug.debugDescription), fragment: \(fragment.debugDescription))"
            case .file: return "file"
            case .missing(let path): return "missing(\(path.debugDescription))"
            case .outside: return "outside"
            }
        }
    }

    func target(_ url: String, from source: String) -> Target {
        guard !url.isEmpty, !url.hasPrefix("#"), !url.hasPrefix("/"), !Self.hasScheme(url) else { return .elsewhere }
        let withoutQuery = url.prefix { $0 != "?" && $0 != "#" }
        let fragment = url.firstIndex(of: "#").map { String(url[$0...]) } ?? ""
        let relative = withoutQuery.utf8.contains(UInt8(ascii: "%")) ? String(withoutQuery).removingPercentEncoding ?? String(withoutQuery) : String(withoutQuery)
        let path = standard(((source as NSString).deletingLastPathComponent as NSString).appendingPathComponent(relative))
        if let slug = slugs[path] ?? slugs[(path as NSString).appendingPathComponent("index.md")] {
            return .postmortem(slug: slug, fragment: fragment)
        }
        guard path == root || path.hasPrefix(root + "/") else { return .outside }
        return exists(path) ? .file : .missing(path)
    }

    /// The href the page of `source` should carry for `url`: another postmortem's page, else `url` as written.
    public func href(_ url: String, from source: String) -> String {
        guard case .postmortem(let slug, let fragment) = target(url, from: source) else { return url }
        return "../" + slug + "/index.html" + fragment
    }

    /// A warning for every link or image of `document` that points at nothing inside the content folder.
    public func problems(in document: Document, source: String) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        func visit(_ node: MarkdownNode, line: Int) {
            let line = node.startLine > 0 ? node.startLine : line
            switch node.kind {
            case .link(let url, _): check(url, what: "link", line: line)
            case .image(let url, _): check(url, what: "image", line: line)
            default: break
            }
            for child in node.children { visit(child, line: line) }
        }
        func check(_ url: String, what: String, line: Int) {
            switch target(url, from: source) {
            case .missing(let path):
                problems.append(Diagnostic(.warning, line: line, "\(what) '\(url)' points at nothing: no file \(shown(path)) in the content folder"))
            case .outside:
                problems.append(Diagnostic(.warning, line: line, "\(what) '\(url)' points outside the content folder, so the site cannot carry it"))
            case .elsewhere, .postmortem, .file: break
            }
        }
        visit(document.root, line: 0)
        return problems
    }

    /// `path` relative to the content folder's parent ("Content/images/a.png"), so no machine path is printed.
    private func shown(_ path: String) -> String {
        let parent = (root as NSString).deletingLastPathComponent
        return parent.isEmpty || !path.hasPrefix(parent + "/") ? path : String(path.dropFirst(parent.count + 1))
    }

    static func hasScheme(_ url: String) -> Bool {
        if let ascii = asciiHasScheme(url) { return ascii }
        guard let colon = url.firstIndex(of: ":"), let first = url.first, first.isLetter else { return url.hasPrefix("//") }
        return url[..<colon].allSatisfy { $0.isLetter || $0.isNumber || "+-.".contains($0) }
    }

    /// ``hasScheme(_:)`` on the UTF-8 bytes, when everything up to the first colon and the byte after it are ASCII (then
    /// each byte is a character, and a letter or digit is an ASCII one); nil otherwise, for the character route.
    static func asciiHasScheme(_ url: String) -> Bool? {
        let bytes = url.utf8
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return url.hasPrefix("//") }  // no colon byte, no colon
        let scheme = bytes[..<colon], after = bytes.index(after: colon)
        guard scheme.allSatisfy({ $0 < 0x80 }), after == bytes.endIndex || bytes[after] < 0x80 else { return nil }
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
        guard let first = scheme.first, isLetter(first) else { return url.hasPrefix("//") }
        return scheme.allSatisfy { isLetter($0) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") }
    }

    func standard(_ path: String) -> String { paths.standard(path) }

    /// The front matter's `slug:` value, or nil; Yams runs only when the front matter names one.
    static func statedSlug(_ path: String, fileSystem: FileSystem) -> String? {
        guard let data = try? fileSystem.read(path), mayStateSlug(data) else { return nil }
        let split = FrontMatterSplitter.split(MarkdownParser.normalize(String(decoding: data.prefix(64 * 1024), as: UTF8.self)))
        guard let yaml = split.yaml, yaml.range(of: "slug", options: .caseInsensitive) != nil else { return nil }
        return (try? FrontMatterSplitter.parse(yaml, firstLine: 2))?["slug"]?.string
    }

    /// False when the bytes cannot state a slug, so most files are not decoded and split twice: front
    /// matter opens the file with `---` (after a byte-order mark), and "slug" is written in it in some case.
    static func mayStateSlug(_ data: Data) -> Bool {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF], fence = Array("---".utf8), slug = Array("slug".utf8)
        let head = data.prefix(64 * 1024)
        let start = head.starts(with: bom) ? head.startIndex + 3 : head.startIndex
        guard head[start...].starts(with: fence) else { return false }
        var matched = 0
        for byte in head[start...] {
            let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            matched = lower == slug[matched] ? matched + 1 : (lower == slug[0] ? 1 : 0)
            if matched == slug.count { return true }
        }
        return false
    }
}
