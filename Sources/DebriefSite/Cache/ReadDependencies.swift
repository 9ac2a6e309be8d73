import DebriefMarkdown
import DebriefModel
import Foundation

/// What reading one postmortem took from outside its own bytes and the settings: the
/// fallback date of an undated file (git history or modification time), where each of
/// its links and images pointed (other postmortems' slugs, files in the content folder)
/// and which images could be copied. A cached read is reused only when all of it still holds.
struct ReadDependencies: Sendable, Equatable {
    /// The reader asked for a fallback date: what it got.
    struct Fallback: Sendable, Equatable {
        var date: LocalDate?
        var source: String
    }

    var fallback: Fallback?
    /// Each link and image URL in document order, and where it pointed (``ContentLinks/Target``, described).
    var links: [String] = []
    var targets: [String] = []
    var imageURLs: [ImageURL] = []
    var images: [ContentImage] = []
    var imageProblems: [Diagnostic] = []

    /// Where `url` points from `source`, as text that changes whenever the page's link would.
    static func describe(_ links: ContentLinks, _ url: String, from source: String) -> String {
        links.target(url, from: source).text
    }

    /// True when reading `source` again would take the same things from outside it.
    func holds(links: ContentLinks, source: String, fallbackDate: () -> (date: LocalDate, source: String)?, fileSize: (String) -> Int?) -> Bool {
        if let fallback {
            let now = fallbackDate()
            guard now?.date == fallback.date, (now?.source ?? "") == fallback.source else { return false }
        }
        guard self.links.count == targets.count else { return false }
        for (url, target) in zip(self.links, targets) where Self.describe(links, url, from: source) != target { return false }
        let found = links.images(imageURLs, source: source, fileSize: fileSize)
        return found.images == images && found.problems == imageProblems
    }
}

/// Records the fallback date the reader asks for (it may ask more than once, from any thread).
final class FallbackRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: ReadDependencies.Fallback?
    private let look: @Sendable () -> (date: LocalDate, source: String)?

    init(_ look: @escaping @Sendable () -> (date: LocalDate, source: String)?) { self.look = look }

    var fallback: ReadDependencies.Fallback? { lock.withLock { recorded } }

    func callAsFunction() -> (date: LocalDate, source: String)? {
        let found = look()
        lock.withLock { if recorded == nil { recorded = .init(date: found?.date, source: found?.source ?? "") } }
        return found
    }
}

extension ContentLinks {
    /// Every link and image URL of `document`, in document order.
    static func urls(in document: Document) -> [String] {
        var urls: [String] = []
        func visit(_ node: MarkdownNode) {
            switch node.kind {
            case .link(let url, _), .image(let url, _): urls.append(url)
            default: break
            }
            node.children.forEach(visit)
        }
        visit(document.root)
        return urls
    }
}
