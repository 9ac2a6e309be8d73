/// One server-sent event, as written on the `text/event-stream` wire.
public struct ServerSentEvent: Sendable, Equatable {
    public var name: String
    public var data: String

    public init(name: String, data: String) {
        self.name = name
        self.data = data
    }

    /// `event: NAME`, one `data:` line per line of data, then a blank line.
    public var wire: String {
        let lines = data.split(separator: "\n", omittingEmptySubsequences: false).map { "data: \($0)" }
        return "event: \(name)\n" + lines.joined(separator: "\n") + "\n\n"
    }

    /// A comment line, which keeps idle connections (and proxies) from timing out.
    public static let keepAlive = ": keep-alive\n\n"

    /// Tells the browser how long to wait before reconnecting after the server goes away.
    public static func retry(milliseconds: Int) -> String { "retry: \(milliseconds)\n\n" }
}
