import DebriefMarkdown
import DebriefModel
import Foundation

/// An image a postmortem shows that lives inside the content folder, copied beside its page.
public struct ContentImage: Sendable, Equatable {
    /// Where it goes, relative to the incident's page folder: the URL as written (`images/graph.png`).
    public var destination: String
    /// The file inside the content folder.
    public var source: String
}

extension ContentLinks {
    /// Largest image copied with a page; larger ones are left out with a warning.
    static let maxImageBytes = 10 * 1024 * 1024

    /// The images of `document` to copy beside its page, and warnings for those that are not copied:
    /// only files inside the content folder (symlinks resolved), written as a path below the
    /// postmortem's folder (no `..`), and of a bounded size.
    public func images(in document: Document, source: String, fileSize: (String) -> Int?) -> (images: [ContentImage], problems: [Diagnostic]) {
        images(Self.imageURLs(in: document), source: source, fileSize: fileSize)
    }

    /// Every image URL of `document` with its line, in document order.
    static func imageURLs(in document: Document) -> [ImageURL] {
        var urls: [ImageURL] = []
        func visit(_ node: MarkdownNode, line: Int) {
            let line = node.startLine > 0 ? node.startLine : line
            if case .image(let url, _) = node.kind { urls.append(ImageURL(url: url, line: line)) }
            for child in node.children { visit(child, line: line) }
        }
        visit(document.root, line: 0)
        return urls
    }

    /// The images among `urls` to copy, and warnings for those that are not copied (see above).
    func images(_ urls: [ImageURL], source: String, fileSize: (String) -> Int?) -> (images: [ContentImage], problems: [Diagnostic]) {
        var images: [ContentImage] = [], problems: [Diagnostic] = [], seen = Set<String>()
        func take(_ url: String, line: Int) {
            let written = String(url.prefix { $0 != "?" && $0 != "#" })
            let relative = (written.removingPercentEncoding ?? written).split(separator: "/").filter { $0 != "." }.joined(separator: "/")
            let path = standard(((source as NSString).deletingLastPathComponent as NSString).appendingPathComponent(relative))
            let real = (path as NSString).resolvingSymlinksInPath, realRoot = (root as NSString).resolvingSymlinksInPath
            guard seen.insert(relative).inserted else { return }
            if relative.split(separator: "/").contains("..") || !real.hasPrefix(realRoot + "/") || relative == "index.html" {
                problems.append(Diagnostic(.warning, line: line, "image '\(url)' is not below this postmortem's folder inside the content folder; it is not copied to the site"))
            } else if fileSize(real) == nil {
                problems.append(Diagnostic(.warning, line: line, "image '\(url)' is not a regular file; it is not copied to the site"))
            } else if let size = fileSize(real), size > Self.maxImageBytes {
                problems.append(Diagnostic(.warning, line: line, "image '\(url)' is over \(Self.maxImageBytes / 1_048_576) MB; it is not copied to the site"))
            } else {
                images.append(ContentImage(destination: relative, source: real))
            }
        }
        for image in urls {
            if case .file = target(image.url, from: source) { take(image.url, line: image.line) }
        }
        return (images, problems)
    }
}

/// An image as a postmortem writes it: its URL and the line it is on.
struct ImageURL: Sendable, Equatable {
    var url: String
    var line: Int
}
