import Foundation

/// Answers `serve`'s requests from the served folder: files with their content
/// types, the reload script in HTML only, a 404 page, the error page while the
/// last build failed, and the event stream at `ReloadScript.eventsPath`.
/// Pure apart from reading the folder, so it is tested without a socket.
public struct PreviewResponder: Sendable {
    public let folder: ServedFolder

    public init(folder: ServedFolder) {
        self.folder = folder
    }

    /// The response to `method` on the raw (percent-encoded) request `target`.
    public func respond(method: String, target: String, state: PreviewState) -> PreviewResponse {
        guard method == "GET" || method == "HEAD" else {
            return PreviewResponse(status: 405, headers: ["Allow": "GET, HEAD", "Content-Type": "text/plain; charset=utf-8"],
                                   body: .bytes(Data("method not allowed\n".utf8)))
        }
        if RequestPath.segments(target) == ["__debrief", "events"] {
            return PreviewResponse(status: 200, headers: ["Content-Type": "text/event-stream", "Cache-Control": "no-store"], body: .events)
        }
        let response = fileResponse(target: target, state: state)
        guard method == "HEAD" else { return response }
        var head = response
        head.body = .bytes(Data())
        return head
    }

    private func fileResponse(target: String, state: PreviewState) -> PreviewResponse {
        let file = folder.file(for: target)
        let type = file.map(MIMEType.of) ?? MIMEType.table["html"]!
        if let failure = state.failure, MIMEType.isHTML(type) {
            return page(status: BuildErrorPage.status, html: BuildErrorPage.html(for: failure), version: state.version)
        }
        // `incidents/a` is `incidents/a/`: without the slash its relative links would miss.
        if folder.needsSlash(target) {
            let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
            let location = parts[0] + "/" + (parts.count > 1 ? "?" + parts[1] : "")
            return PreviewResponse(status: 301, headers: ["Location": String(location), "Cache-Control": "no-store"])
        }
        guard let file, let data = FileManager.default.contents(atPath: file) else {
            let path = target.split(separator: "?", maxSplits: 1).first.map(String.init) ?? target
            return page(status: 404, html: NotFoundPage.html(path: path.removingPercentEncoding ?? path), version: state.version)
        }
        let body = MIMEType.isHTML(type) ? ReloadScript.inject(into: data, version: state.version) : data
        return PreviewResponse(status: 200, headers: Self.headers(type), body: .bytes(body))
    }

    private func page(status: Int, html: String, version: String) -> PreviewResponse {
        PreviewResponse(status: status, headers: Self.headers(MIMEType.table["html"]!),
                        body: .bytes(ReloadScript.inject(into: Data(html.utf8), version: version)))
    }

    /// A preview is always fresh: nothing is cached, and nothing is sniffed into another type.
    static func headers(_ type: String) -> [String: String] {
        ["Content-Type": type, "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"]
    }
}
