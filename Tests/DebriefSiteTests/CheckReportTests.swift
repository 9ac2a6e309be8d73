import DebriefMarkdown
import DebriefModel
import DebriefReader
import Foundation
import Testing
@testable import DebriefSite

/// Loads inline files through the loader with the linter on, as `debrief check` does.
private func checked(_ files: [String: String], config: SiteConfig = SiteConfig()) -> [LoadedIncident] {
    let fileSystem = FileSystem(read: { path in
        guard let text = files[path] else { throw CocoaError(.fileNoSuchFile) }
        return Data(text.utf8)
    }, list: { _ in files.keys.sorted() }, exists: { files[$0] != nil })
    let loader = SourceLoader(fileSystem: fileSystem, config: config, lint: PostmortemLint(placeholders: ArchetypeLibrary().placeholders))
    return loader.load(paths: files.keys.sorted().map { ($0, $0) }, renderBody: false)
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

@Suite("debrief check")
struct CheckReportTests {
    @Test("exit status: 0 clean, 1 on errors, 1 on warnings only with --strict")
    func exitStatus() {
        let cleanReport = CheckReport(settingsPath: "debrief.yml", settings: [], loaded: checked(["a.md": clean]), verbose: false)
        #expect(cleanReport.exitStatus(strict: true) == 0)
        let typo = clean.replacingOccurrences(of: "title:", with: "seververity: SEV2\ntitle:")
        let warned = CheckReport(settingsPath: "debrief.yml", settings: [], loaded: checked(["a.md": typo]), verbose: false)
        #expect(warned.count(.warning) == 1)
        #expect(warned.exitStatus(strict: false) == 0)
        #expect(warned.exitStatus(strict: true) == 1)
        let broken = clean.replacingOccurrences(of: "resolved: 2024-07-15T08:43:00Z", with: "resolved: soon")
        #expect(CheckReport(settingsPath: "debrief.yml", settings: [], loaded: checked(["a.md": broken]), verbose: false).exitStatus(strict: false) == 1)
    }

    @Test("--strict needs a resolution, unless status: open")
    func strictNeedsResolution() {
        let unresolved = clean.replacingOccurrences(of: "resolved: 2024-07-15T08:43:00Z\n", with: "").replacingOccurrences(of: "- 08:43 service restored\n", with: "")
        #expect(CheckReport(settingsPath: "", settings: [], loaded: checked(["a.md": unresolved]), verbose: false).exitStatus(strict: true) == 1)
        let open = unresolved.replacingOccurrences(of: "timezone: UTC", with: "timezone: UTC\nstatus: open")
        #expect(CheckReport(settingsPath: "", settings: [], loaded: checked(["a.md": open]), verbose: false).exitStatus(strict: true) == 0)
    }

    @Test("settings' unknown keys are counted and fail --strict")
    func settingsCounted() {
        let (_, settings) = SiteConfig.parse("colour: blue\n")
        let report = CheckReport(settingsPath: "debrief.yml", settings: settings, loaded: checked(["a.md": clean]), verbose: false)
        #expect(report.count(.warning) == 1)
        #expect(report.exitStatus(strict: true) == 1)
        #expect(report.summary == "checked 1 file: 0 errors, 1 warning, 1 note")
    }

    @Test("a postmortem fresh from `debrief new` is flagged for its placeholders and is a draft")
    func scaffold() throws {
        let text = NewPostmortem.text(title: "Checkout latency", date: LocalDate(year: 2024, month: 7, day: 15), severity: "SEV2", services: "api")
        let report = CheckReport(settingsPath: "", settings: [], loaded: checked(["a.md": text]), verbose: false)
        let messages = report.files[0].diagnostics.map(\.message)
        #expect(messages.filter { $0.hasPrefix("placeholder") }.count >= 5)
        #expect(messages.contains { $0.hasPrefix("draft") })
        #expect(report.exitStatus(strict: true) == 1)
    }

    @Test("text, JSON and GitHub annotations")
    func formats() {
        let report = CheckReport(files: [CheckReport.File(path: "Content/a,b.md", diagnostics: [
            Diagnostic(.warning, line: 3, column: 1, "unknown key 'x'\n50% sure"),
            Diagnostic(.note, line: 0, "whole file"),
        ])], checked: 1)
        #expect(CheckOutput.render(report, format: .text) == """
            Content/a,b.md:3:1: warning: unknown key 'x' 50% sure
            Content/a,b.md: note: whole file
            checked 1 file: 0 errors, 1 warning, 1 note

            """)
        #expect(CheckOutput.render(report, format: .github) == """
            ::warning file=Content/a%2Cb.md,line=3,col=1::unknown key 'x'%0A50%25 sure
            ::notice file=Content/a%2Cb.md::whole file
            checked 1 file: 0 errors, 1 warning, 1 note

            """)
        let json = CheckOutput.render(report, format: .json)
        #expect(json.contains(#""severity": "warning""#) && json.contains(#""column": 1"#) && json.contains(#""warnings": 1"#))
    }
}
