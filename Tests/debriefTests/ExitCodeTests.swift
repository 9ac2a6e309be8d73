import ArgumentParser
import Foundation
import Testing
@testable import debrief

/// Runs a command line in-process and returns the exit code `debrief` would end with.
private func exitCode(_ arguments: [String]) -> Int32 {
    do {
        var command = try Debrief.parseAsRoot(arguments)
        try command.run()
        return 0
    } catch {
        return Debrief.exitCode(for: error).rawValue
    }
}

/// A site folder in the temporary directory, removed afterwards.
private func withSite(_ files: [String: String], _ body: (String) throws -> Void) throws {
    let site = FileManager.default.temporaryDirectory.appendingPathComponent("debrief-exit-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: site) }
    for (path, text) in files {
        let full = (site as NSString).appendingPathComponent(path)
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: full))
    }
    try body(site)
}

private let clean = """
---
title: Checkout errors
date: 2024-07-15
timezone: UTC
started: 2024-07-15T07:43:00Z
resolved: 2024-07-15T08:43:00Z
---

## Timeline

- 07:43 errors start
- 08:43 service restored

## Root cause

A pool limit of 10.
"""

@Suite("Exit codes", .serialized)
struct ExitCodeTests {
    @Test("usage errors exit 64", arguments: [
        ["check", "--format", "xml"], ["stats", "--since", "yesterday"], ["serve-nothing"], ["new"], ["stats", "--severity", "P9"],
    ])
    func usage(arguments: [String]) {
        #expect(exitCode(arguments) == 64)
    }

    @Test("check: 0 clean, 1 on errors, warnings fail only --strict, settings warnings count")
    func check() throws {
        try withSite(["Content/a.md": clean]) { site in
            #expect(exitCode(["check", "--site", site, "--strict"]) == 0)
        }
        try withSite(["Content/a.md": clean.replacingOccurrences(of: "title:", with: "seververity: SEV2\ntitle:")]) { site in
            #expect(exitCode(["check", "--site", site]) == 0)
            #expect(exitCode(["check", "--site", site, "--strict", "--format", "github"]) == 1)
        }
        try withSite(["Content/a.md": clean, "debrief.yml": "colour: blue\n"]) { site in
            #expect(exitCode(["check", "--site", site]) == 0)
            #expect(exitCode(["check", "--site", site, "--strict"]) == 1)
        }
        try withSite(["Content/a.md": clean.replacingOccurrences(of: "08:43:00Z", with: "later")]) { site in
            #expect(exitCode(["check", "--site", site, "--format", "json"]) == 1)
        }
    }

    @Test("init refuses a non-empty Content/ (1); new never overwrites (1); build with a bad setting exits 2")
    func scaffolding() throws {
        try withSite(["Content/a.md": clean]) { site in
            #expect(exitCode(["init", site]) == 1)
            #expect(exitCode(["new", "Cache stampede", "--site", site, "--date", "2024-07-15"]) == 0)
            #expect(FileManager.default.fileExists(atPath: site + "/Content/2024-07-15-cache-stampede.md"))
            #expect(exitCode(["new", "Cache stampede", "--site", site, "--date", "2024-07-15"]) == 1)
            #expect(exitCode(["new", "Cache stampede", "--site", site, "--archetype", "nope"]) == 64)
        }
        try withSite(["debrief.yml": "unsafeHTML: yes please\n", "Content/a.md": clean]) { site in
            #expect(exitCode(["build", "--site", site]) == 2)
        }
        try withSite([:]) { site in
            #expect(exitCode(["init", site + "/new-site"]) == 0)
            #expect(exitCode(["check", "--site", site + "/new-site", "--strict"]) == 0)
            #expect(exitCode(["build", "--site", site + "/new-site", "--strict"]) == 0)
        }
    }
}
