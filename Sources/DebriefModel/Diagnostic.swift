/// A message about a file, compiler style: `Content/a.md:12: warning: ...`.
public struct Diagnostic: Sendable, Equatable, Comparable {
    public enum Level: String, Sendable, Comparable {
        case note, warning, error
        public static func < (lhs: Level, rhs: Level) -> Bool {
            [Level.note, .warning, .error].firstIndex(of: lhs)! < [Level.note, .warning, .error].firstIndex(of: rhs)!
        }
    }

    public var level: Level
    /// 1-based file line; 0 when the message is about the whole file.
    public var line: Int
    public var message: String

    public init(_ level: Level, line: Int, _ message: String) {
        self.level = level
        self.line = line
        self.message = message
    }

    /// `PATH:LINE: level: message` (line left out when 0).
    public func formatted(path: String) -> String {
        let location = line > 0 ? "\(path):\(line)" : path
        return "\(location): \(level.rawValue): \(message)"
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.line, lhs.message) < (rhs.line, rhs.message)
    }
}
