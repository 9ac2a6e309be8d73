import Foundation

/// What `serve` answers one request with, before any HTTP library sees it.
public struct PreviewResponse: Sendable {
    /// A body of bytes, or the open-ended server-sent event stream.
    public enum Body: Sendable, Equatable {
        case bytes(Data)
        case events
    }

    public var status: Int
    /// Header name → value.
    public var headers: [String: String]
    public var body: Body

    public init(status: Int, headers: [String: String] = [:], body: Body = .bytes(Data())) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The body's bytes (empty for the event stream).
    public var bytes: Data {
        if case .bytes(let data) = body { return data }
        return Data()
    }

    /// The body as text, for tests and logs.
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// What the site looks like to the server right now: the version open pages
/// compare against, and the report of the last build when it failed.
public struct PreviewState: Sendable {
    /// Changes with every build; pages reload when it differs from theirs.
    public var version: String
    /// The last build's report when it failed (the error page is shown), else nil.
    public var failure: SiteBuildReport?

    public init(version: String, failure: SiteBuildReport? = nil) {
        self.version = version
        self.failure = failure
    }
}
