/// A build that cannot go on: the phase it stopped in and the file it concerns,
/// printed like a compiler's message (`Templates/index.mustache: error: ...`).
public struct BuildError: Error, CustomStringConvertible, Sendable {
    public var phase: BuildPhase
    /// The file (or folder) the problem is about.
    public var file: String
    public let description: String

    public init(_ phase: BuildPhase, file: String, _ message: String) {
        self.phase = phase
        self.file = file
        self.description = "\(file): error: \(message)"
    }

    /// An error from a lower layer; its text is kept when it already names a file like a compiler's.
    public init(_ phase: BuildPhase, file: String, wrapping error: Error) {
        if let known = error as? BuildError {
            self = known
            return
        }
        let text = "\(error)"
        self.phase = phase
        self.file = file
        self.description = text.contains(": error: ") ? text : "\(file): error: \(text)"
    }
}
