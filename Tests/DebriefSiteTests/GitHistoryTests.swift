import DebriefModel
import Foundation
import Testing
@testable import DebriefSite

@Suite("Dates from git")
struct GitHistoryTests {
    final class Calls: @unchecked Sendable {
        var seen: [(String, [String])] = []
    }

    @Test("asks git for the commit that added the file, and takes the oldest author date's day")
    func arguments() {
        let calls = Calls()
        let git = GitHistory { directory, arguments in
            calls.seen.append((directory, arguments))
            return "2024-09-01T10:00:00+02:00\n2024-07-15T23:30:00-07:00\n"
        }
        #expect(git.firstCommitDate(of: "Content/2024/outage.md") == LocalDate(year: 2024, month: 7, day: 15))
        #expect(calls.seen.first?.0 == "Content/2024")
        #expect(calls.seen.first?.1 == ["log", "--diff-filter=A", "--follow", "--format=%aI", "--", "outage.md"])
        #expect(GitHistory { _, _ in nil }.firstCommitDate(of: "a.md") == nil)
        #expect(GitHistory { _, _ in "" }.firstCommitDate(of: "a.md") == nil)
    }

    @Test("an undated document takes the first commit's date, else the modification time, with a warning either way")
    func fallbackWarns() {
        for (git, expected) in [(LocalDate(year: 2023, month: 3, day: 1), "first git commit"), (nil, "modification time")] {
            let fileSystem = FileSystem(read: { _ in Data("# Cache stampede\n\nIt broke.\n".utf8) }, list: { _ in [] }, exists: { _ in true },
                                        firstCommitDate: { _ in git }, modificationDate: { _ in LocalDate(year: 2026, month: 1, day: 2) })
            let incident = SourceLoader(fileSystem: fileSystem).load(path: "Content/cache.md", renderBody: false).incident
            #expect(incident.date == (git ?? LocalDate(year: 2026, month: 1, day: 2)))
            #expect(incident.diagnostics.contains { $0.level == .warning && $0.message.contains(expected) })
        }
    }

    @Test("a real repository: the author date of the commit that added the file")
    func realRepository() throws {
        guard Process.output("git", ["--version"]) != nil else { return }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("debrief-git-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try Data("# Outage\n".utf8).write(to: URL(fileURLWithPath: directory + "/outage.md"))
        func git(_ arguments: [String]) throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["git", "-C", directory, "-c", "user.name=T", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false"] + arguments
            process.environment = ["GIT_AUTHOR_DATE": "2023-03-01T09:00:00+01:00", "GIT_COMMITTER_DATE": "2023-03-01T09:00:00+01:00", "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "git \(arguments)")
        }
        try git(["init", "-q"])
        try git(["add", "outage.md"])
        try git(["commit", "-q", "-m", "add"])
        #expect(GitHistory.system.firstCommitDate(of: directory + "/outage.md") == LocalDate(year: 2023, month: 3, day: 1))
        #expect(GitHistory.system.firstCommitDate(of: directory + "/untracked.md") == nil)
    }
}
