import Foundation
import Testing
@testable import DebriefSite

/// A site folder beside a folder that is not Debrief's, in a fresh temporary root.
struct PathSandbox {
    let root: String
    var site: String { root + "/site" }
    var content: String { site + "/Content" }
    var victim: String { root + "/victim" }

    init() throws {
        root = PathResolver.resolve(NSTemporaryDirectory()) + "/debrief-paths-\(UUID().uuidString)"
        let fileManager = FileManager.default
        try fileManager.createDirectory(atPath: content, withIntermediateDirectories: true)
        try fileManager.createDirectory(atPath: victim, withIntermediateDirectories: true)
        try Data("precious".utf8).write(to: URL(fileURLWithPath: victim + "/keep.txt"))
    }

    func link(_ name: String, to target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: name, withDestinationPath: target)
    }

    var victimIntact: Bool { FileManager.default.fileExists(atPath: victim + "/keep.txt") }

    func remove() { try? FileManager.default.removeItem(atPath: root) }
}

@Suite("Output paths are resolved before they are checked")
struct OutputPathSafetyTests {
    let page: [(path: String, data: Data)] = [("index.html", Data("x".utf8))]

    @Test("'..' is applied and symlinks followed, even below a folder that does not exist yet")
    func resolves() throws {
        let box = try PathSandbox()
        defer { box.remove() }
        #expect(PathResolver.resolve("Nope/../../victim", against: box.site) == box.victim)
        #expect(PathResolver.resolve(box.site + "/./Content/") == box.content)
        try box.link(box.root + "/alias", to: box.site)
        #expect(PathResolver.resolve("alias/../victim", against: box.root) == box.victim)
        #expect(PathResolver.resolve("alias/Content/new", against: box.root) == box.content + "/new")
    }

    @Test("a foreign folder is refused however it is named", arguments: ["relative", "absolute", "symlink"])
    func foreignFolder(form: String) throws {
        let box = try PathSandbox()
        defer { box.remove() }
        var output = "Nope/../../victim"
        if form == "absolute" { output = box.site + "/Nope/../../victim" }
        if form == "symlink" {
            try box.link(box.site + "/Out", to: box.victim)
            output = "Out"
        }
        let writer = OutputWriter(output: output, content: "Content", relativeTo: box.site)
        #expect(writer.output == box.victim)
        #expect(throws: OutputWriter.WriteError.self) { try writer.write(page) }
        #expect(box.victimIntact)
        #expect(!FileManager.default.fileExists(atPath: box.site + "/Nope"))
    }

    @Test("the content folder is never adopted as output", arguments: ["Content", ".", "Content/site", "../site/Content", "Linked"])
    func contentFolder(output: String) throws {
        let box = try PathSandbox()
        defer { box.remove() }
        try box.link(box.site + "/Linked", to: box.content)
        let writer = OutputWriter(output: output, content: "Content", relativeTo: box.site)
        #expect {
            try writer.write(page)
        } throws: { error in
            String(describing: error).contains("content folder")
        }
        #expect(!FileManager.default.fileExists(atPath: box.content + "/" + OutputWriter.marker))
        #expect(!FileManager.default.fileExists(atPath: box.content + "/index.html"))
    }

    @Test("a content folder inside the output is refused too")
    func contentInsideOutput() throws {
        let box = try PathSandbox()
        defer { box.remove() }
        let writer = OutputWriter(output: box.site, content: box.content)
        #expect(throws: OutputWriter.WriteError.self) { try writer.write(page) }
    }

    @Test("an ordinary Output beside Content is still written")
    func ordinary() throws {
        let box = try PathSandbox()
        defer { box.remove() }
        try OutputWriter(output: "Output", content: "Content", relativeTo: box.site).write(page)
        #expect(FileManager.default.fileExists(atPath: box.site + "/Output/index.html"))
    }
}
