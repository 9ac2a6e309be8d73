import DebriefMarkdown
import DebriefModel
@testable import DebriefReader
import Foundation
import Testing

/// Lints inline Markdown as `debrief check` does.
private func lint(_ markdown: String, placeholders: Placeholders = Placeholders()) -> [Diagnostic] {
    var error: MarkdownError?
    let document = MarkdownParser.parse(markdown, frontMatterError: &error)
    let incident = IncidentReader().read(document, path: "Content/a.md")
    return PostmortemLint(placeholders: placeholders).check(document, incident: incident)
}

private let complete = """
---
title: Checkout errors
timezone: UTC
started: 2024-07-15T07:43:00Z
resolved: 2024-07-15T08:43:00Z
---

## Timeline

- 07:43 errors start
- 08:43 service restored

## Root cause

A pool limit of 10.

## Action items

- [ ] Raise the pool limit (owner: @ana)
"""

@Suite("Did you mean")
struct SuggestionTests {
    @Test("edit distance", arguments: [("seververity", "severity", 3), ("startd", "started", 1), ("kitten", "sitting", 3), ("", "abc", 3), ("Title", "title", 0)])
    func distance(case: (String, String, Int)) {
        #expect(Suggestion.distance(`case`.0, `case`.1) == `case`.2)
    }

    @Test("a typo finds its key; a different word finds nothing")
    func closest() {
        let keys = FrontMatterSchema.keys.keys.sorted()
        #expect(Suggestion.closest(to: "seververity", among: keys) == "severity")
        #expect(Suggestion.closest(to: "startd", among: keys) == "started")
        #expect(Suggestion.closest(to: "resovled", among: keys) == "resolved")
        #expect(Suggestion.closest(to: "colour", among: keys) == nil)
    }
}

@Suite("Front matter schema")
struct FrontMatterSchemaTests {
    @Test("unknown keys warn with a did-you-mean, on their line")
    func unknownKeys() {
        let found = lint("---\ntitle: x\nseververity: SEV2\nstartd: 2024-07-15T07:43:00Z\n---\n")
        let unknown = found.filter { $0.message.contains("unknown front matter key") }
        #expect(unknown.map(\.line) == [3, 4])
        #expect(unknown.allSatisfy { $0.level == .warning })
        #expect(unknown[0].message.contains("did you mean 'severity'?"))
        #expect(unknown[1].message.contains("did you mean 'started'?"))
    }

    @Test("keys are case-insensitive, and one given twice is an error")
    func caseInsensitive() {
        let found = lint("---\nTitle: x\nSEVERITY: SEV2\ntitle: y\n---\n")
        #expect(!found.contains { $0.message.contains("unknown") })
        #expect(found.contains { $0.level == .error && $0.line == 4 && $0.message.contains("given twice") })
    }

    @Test("wrong shapes are errors", arguments: [
        ("services: {a: b}", "must be a list"), ("title: [a, b]", "single value"), ("draft: maybe", "true or false"),
        ("services: [[a]]", "list of names"),
    ])
    func wrongTypes(case: (String, String)) {
        let found = lint("---\n\(`case`.0)\n---\n")
        #expect(found.contains { $0.level == .error && $0.line == 2 && $0.message.contains(`case`.1) })
    }

    @Test("an unknown status warns with a suggestion")
    func status() {
        let found = lint("---\nstatus: resovled\n---\n")
        #expect(found.contains { $0.level == .warning && $0.message.contains("did you mean 'resolved'?") })
    }

    @Test("a time that does not parse, and front matter times out of order, are errors")
    func times() {
        var error: MarkdownError?
        let document = MarkdownParser.parse("---\nstarted: yesterday\nmitigated: 2024-07-15T09:00:00Z\nresolved: 2024-07-15T08:00:00Z\n---\n", frontMatterError: &error)
        let errors = IncidentReader().read(document, path: "a.md").diagnostics.filter { $0.level == .error }
        #expect(errors.map(\.line) == [2, 4])
        #expect(errors[1].message.contains("resolved (line 4) is before mitigated (line 3)"))
    }

    @Test("drafts: draft: true or status: draft")
    func drafts() throws {
        for (yaml, draft) in [("draft: true", true), ("draft: yes", true), ("status: draft", true), ("draft: false", false), ("status: open", false)] {
            let front = try FrontMatterSplitter.parse(yaml, firstLine: 2)
            #expect(FrontMatterSchema.isDraft(front) == draft, "\(yaml)")
        }
    }
}

@Suite("Postmortem lint")
struct PostmortemLintTests {
    @Test("a complete postmortem has nothing to say")
    func clean() {
        #expect(lint(complete).filter { $0.level != .note } == [])
    }

    @Test("no timeline, no started or resolved time, no root cause")
    func missing() {
        let found = lint("# Checkout errors\n\nSomething broke.\n")
        #expect(found.contains { $0.level == .warning && $0.message.hasPrefix("no timeline") })
        #expect(found.contains { $0.level == .warning && $0.message.hasPrefix("no started time") })
        #expect(found.contains { $0.level == .warning && $0.message.hasPrefix("no resolved time") })
        #expect(found.contains { $0.level == .warning && $0.message.hasPrefix("no root cause") })
    }

    @Test("status: open excuses the missing resolution, and softens the missing root cause")
    func open() {
        let found = lint(complete.replacingOccurrences(of: "resolved: 2024-07-15T08:43:00Z", with: "status: open")
            .replacingOccurrences(of: "## Root cause\n\nA pool limit of 10.\n", with: "")
            .replacingOccurrences(of: "- 08:43 service restored\n", with: ""))
        #expect(!found.contains { $0.message.hasPrefix("no resolved time") })
        #expect(found.contains { $0.level == .note && $0.message.hasPrefix("no root cause") })
    }

    @Test("clock times with no zone warn at the first time written (here the front matter's)")
    func noZone() {
        let found = lint(complete.replacingOccurrences(of: "timezone: UTC\n", with: "")
            .replacingOccurrences(of: "T07:43:00Z", with: "T07:43").replacingOccurrences(of: "T08:43:00Z", with: "T08:43"))
        let warning = found.first { $0.message.hasPrefix("clock times with no time zone") }
        #expect(warning?.line == 3)
        #expect(warning?.level == .warning)
    }

    @Test("placeholders from an archetype and markers, with line and column")
    func placeholders() {
        let archetype = "---\ntitle: {{title}}\n---\n\n## Summary\n\nWhat happened, who was affected and for how long.\n\n| Time | Event |\n"
        let text = complete + "\n## Summary\n\nWhat happened, who was affected and for how long.\n\n- [ ] … (owner: @name)\n- TBD\n"
        let found = lint(text, placeholders: Placeholders(archetypes: [archetype])).filter { $0.message.contains("placeholder") }
        #expect(found.map(\.line) == [22, 24, 25])
        #expect(found.map(\.column) == [1, 7, 3])
        #expect(Placeholders(archetypes: [archetype]).lines == ["What happened, who was affected and for how long."])
    }

    @Test("an action item with no owner warns on its line")
    func owners() {
        let found = lint(complete + "\n- [ ] Add an alert\n")
        #expect(found.contains { $0.level == .warning && $0.line == 20 && $0.message.contains("no owner") })
    }
}

@Suite("Blameless language")
struct BlamelessLanguageTests {
    @Test("hints are notes with their column", arguments: [
        ("It was human error.", 8), ("We should have checked.", 4), ("A careless change.", 3),
        ("Dana forgot to renew it.", 1), ("@sam broke the build.", 1), ("The fault of the deployer.", 1),
    ])
    func hints(case: (String, Int)) {
        let found = lint(complete + "\n## Discussion\n\n\(`case`.0)\n").filter { $0.message.hasPrefix("blameless") }
        #expect(found.count == 1)
        #expect(found.first?.level == .note)
        #expect(found.first?.line == 22)
        #expect(found.first?.column == `case`.1)
    }

    @Test("neutral sentences, pronouns and code are left alone", arguments: [
        "We forgot nothing.", "The deploy failed to finish.", "```\nhuman error\n```",
    ])
    func neutral(text: String) {
        #expect(lint(complete + "\n## Discussion\n\n\(text)\n").filter { $0.message.hasPrefix("blameless") } == [])
    }
}
