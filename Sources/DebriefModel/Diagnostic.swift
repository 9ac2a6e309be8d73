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
    /// 1-based column (in characters) on `line`; 0 when unknown.
    public var column: Int

    public init(_ level: Level, line: Int, column: Int = 0, _ message: String) {
        self.level = level
        self.line = line
        self.column = column
        self.message = message
    }

    /// `PATH:LINE: level: message` (line left out when 0).
    public func formatted(path: String) -> String {
        let location = line > 0 ? "\(path):\(line)" : path
        return "\(location): \(level.rawValue): \(message)"
    }

    /// `PATH:LINE:COL: level: message`, as linters print (column 1 when unknown; no line or column for a whole-file message).
    public func formattedWithColumn(path: String) -> String {
        let location = line > 0 ? "\(path):\(line):\(max(column, 1))" : path
        return "\(location): \(level.rawValue): \(message)"
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.line, lhs.column, lhs.message) < (rhs.line, rhs.column, rhs.message)
    }
}
