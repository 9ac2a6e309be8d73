import Foundation
import Testing
@testable import DebriefSite

@Suite("Output folder")
struct OutputWriterTests {
    func temporaryDirectory() throws -> String {
        let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("debrief-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test("a build replaces the previous output as a whole")
    func replaces() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let output = (root as NSString).appendingPathComponent("Output")
        let writer = OutputWriter(output: output)
        try writer.write([("index.html", Data("one".utf8)), ("incidents/a/index.html", Data("a".utf8))])
        try writer.write([("index.html", Data("two".utf8))])
        #expect(String(decoding: try Data(contentsOf: URL(fileURLWithPath: output + "/index.html")), as: UTF8.self) == "two")
        #expect(!FileManager.default.fileExists(atPath: output + "/incidents/a/index.html"))
        #expect(FileManager.default.fileExists(atPath: output + "/" + OutputWriter.marker))
        // No staging folder is left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["Output"])
    }

    @Test("a folder Debrief did not create is never replaced")
    func refusesForeignFolder() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let output = (root as NSString).appendingPathComponent("Output")
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        try Data("precious".utf8).write(to: URL(fileURLWithPath: output + "/notes.txt"))
        #expect(throws: OutputWriter.WriteError.self) { try OutputWriter(output: output).write([("index.html", Data())]) }
        #expect(FileManager.default.fileExists(atPath: output + "/notes.txt"))
    }

    @Test("an empty folder (or one holding only .gitkeep) may be adopted")
    func adoptsEmptyFolder() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let output = (root as NSString).appendingPathComponent("Output")
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        try Data().write(to: URL(fileURLWithPath: output + "/.gitkeep"))
        try OutputWriter(output: output).write([("index.html", Data("x".utf8))])
        #expect(FileManager.default.fileExists(atPath: output + "/index.html"))
    }

    @Test("paths that would leave the output folder are refused", arguments: ["../evil.html", "/etc/passwd", "a/../../b", "", "a//b"])
    func traversal(path: String) throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let output = (root as NSString).appendingPathComponent("Output")
        #expect(throws: OutputWriter.WriteError.self) { try OutputWriter(output: output).write([(path, Data())]) }
        #expect(!FileManager.default.fileExists(atPath: (root as NSString).appendingPathComponent("evil.html")))
        #expect(!FileManager.default.fileExists(atPath: output), "a failed build must leave no half-written output")
    }
}
