import DebriefModel
import Foundation

/// When a file first entered git: the date of an undated postmortem, since a fresh
/// clone resets every modification time to the clone's.
public struct GitHistory: Sendable {
    /// Runs git in a folder with arguments; its standard output, or nil when it fails (no repository, no git).
    public var run: @Sendable (_ directory: String, _ arguments: [String]) -> String?

    public init(run: @escaping @Sendable (_ directory: String, _ arguments: [String]) -> String?) {
        self.run = run
    }

    /// The `git` on PATH.
    public static let system = GitHistory { directory, arguments in
        Process.output("git", ["-C", directory] + arguments)
    }

    /// The author date (in the author's zone) of the commit that added `path`, following renames.
    public func firstCommitDate(of path: String) -> LocalDate? {
        let directory = (path as NSString).deletingLastPathComponent
        let arguments = ["log", "--diff-filter=A", "--follow", "--format=%aI", "--", (path as NSString).lastPathComponent]
        guard let output = run(directory.isEmpty ? "." : directory, arguments) else { return nil }
        // Newest first; with --follow a file re-added after a rename lists more than one.
        guard let oldest = output.split(whereSeparator: \.isNewline).last else { return nil }
        return LocalDate(iso: oldest.prefix(10))
    }
}
