import DebriefMarkdown
import DebriefModel
import DebriefReader
import Foundation
import Testing
@testable import DebriefSite

@Suite("debrief init")
struct SiteScaffoldTests {
    /// A disk in memory: folders are paths ending in "/".
    final class MemoryDisk: @unchecked Sendable {
        var files: [String: Data] = [:]
        var folders: Set<String> = []
        var disk: SiteScaffold.Disk {
            SiteScaffold.Disk(
                list: { folder in
                    guard self.folders.contains(folder) else { return nil }
                    return self.files.keys.filter { ($0 as NSString).deletingLastPathComponent == folder }.map { ($0 as NSString).lastPathComponent }
                },
                exists: { self.files[$0] != nil || self.folders.contains($0) },
                makeDirectory: { self.folders.insert($0) },
                create: { path, data in
                    if self.files[path] != nil { throw CocoaError(.fileWriteFileExists) }
                    self.files[path] = data
                })
        }
    }

    @Test("lays out debrief.yml, .gitignore, Content/ with one example and an empty Templates/")
    func layout() throws {
        let memory = MemoryDisk()
        let done = try SiteScaffold.create(in: "site", disk: memory.disk)
        #expect(memory.files.keys.sorted() == [".gitignore", "Content/" + SiteScaffold.exampleName, "debrief.yml"].map { "site/" + $0 }.sorted())
        #expect(memory.folders.contains("site/Templates"))
        #expect(done.first == "created debrief.yml")
        let ignore = String(decoding: memory.files["site/.gitignore"]!, as: UTF8.self)
        #expect(ignore.contains("Output/\n") && ignore.contains(".debrief-cache/\n"))
        try Golden.check(String(decoding: memory.files["site/debrief.yml"]!, as: UTF8.self), folder: "init", named: "debrief.yml")
    }

    @Test("keeps files that exist, and refuses a Content/ that holds anything")
    func refuses() throws {
        let memory = MemoryDisk()
        memory.folders = ["site"]
        memory.files["site/debrief.yml"] = Data("title: Mine\n".utf8)
        let done = try SiteScaffold.create(in: "site", disk: memory.disk)
        #expect(done.contains("kept debrief.yml (already there)"))
        #expect(String(decoding: memory.files["site/debrief.yml"]!, as: UTF8.self) == "title: Mine\n")
        let full = MemoryDisk()
        full.folders = ["site", "site/Content"]
        full.files["site/Content/old.md"] = Data("# Old\n".utf8)
        #expect(throws: SiteScaffold.Refusal.self) { try SiteScaffold.create(in: "site", disk: full.disk) }
        #expect(full.files.count == 1)
    }

    @Test("the example postmortem passes check --strict and reads every milestone")
    func exampleIsClean() throws {
        var error: MarkdownError?
        let document = MarkdownParser.parse(ExamplePostmortem.text, frontMatterError: &error)
        #expect(error == nil)
        let incident = IncidentReader(options: SiteConfig().readerOptions()).read(document, path: "Content/" + SiteScaffold.exampleName)
        let loaded = LoadedIncident(incident: incident, bodyHTML: "",
                                    lintDiagnostics: PostmortemLint(placeholders: ArchetypeLibrary().placeholders).check(document, incident: incident))
        let report = CheckReport(settingsPath: "debrief.yml", settings: SiteConfig.parse(SiteSetting.commentedFile).diagnostics, loaded: [loaded], verbose: true)
        #expect(report.files.flatMap(\.diagnostics).filter { $0.level != .note } == [])
        #expect(report.exitStatus(strict: true) == 0)
        #expect(Set(incident.milestones.keys) == Set(Milestone.allCases))
    }
}
