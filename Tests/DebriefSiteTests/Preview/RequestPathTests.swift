import Foundation
import Testing
@testable import DebriefSite

@Suite("Preview paths: nothing outside the served folder")
struct RequestPathTests {
    static let hostileTargets = [
        "/../secret.txt", "/../../../../etc/passwd", "/incidents/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt",
        "/.%2e/secret.txt", "/%2e%2e%2fsecret.txt", "/..%2fsecret.txt", "/..%5csecret.txt", "/..\\secret.txt",
        "/./index.html", "//etc/passwd", "/%2fetc%2fpasswd", "http://127.0.0.1/../secret.txt", "etc/passwd", "",
        "/index.html%00.css", "/index%00", "/%0a", "/%zz", "/assets/%2e%2e/%2e%2e/secret.txt", "/leak.txt", "/leakdir/inner.html",
        "/leakdir/", "/incidents/a/%2e%2e/%2e%2e/%2e%2e/secret.txt",
    ]

    @Test("a hostile target is refused or finds nothing", arguments: hostileTargets)
    func hostile(target: String) throws {
        let box = try PreviewSandbox()
        defer { box.remove() }
        #expect(ServedFolder(root: box.output).file(for: target) == nil)
        let response = PreviewResponder(folder: ServedFolder(root: box.output)).respond(method: "GET", target: target, state: PreviewState(version: "1"))
        #expect(response.status == 404)
        #expect(!response.text.contains("SECRET") && !response.text.contains("inner secret"))
    }

    @Test("an absolute file path is looked up inside the folder, not at the root", arguments: ["/etc/passwd", "/proc/self/environ", "/tmp"])
    func absolute(target: String) throws {
        let box = try PreviewSandbox()
        defer { box.remove() }
        #expect(ServedFolder(root: box.output).file(for: target) == nil)
    }

    @Test("pages, folders' indexes, queries and symlinks that stay inside are found", arguments: [
        ("/", "index.html"), ("/index.html", "index.html"), ("/incidents/a/", "incidents/a/index.html"),
        ("/incidents/a/index.html?x=1#top", "incidents/a/index.html"), ("/assets/style.css", "assets/style.css"),
        ("/inside.css", "assets/style.css"), ("/incidents/%61/", "incidents/a/index.html"),
    ])
    func found(target: String, file: String) throws {
        let box = try PreviewSandbox()
        defer { box.remove() }
        #expect(ServedFolder(root: box.output).file(for: target) == box.output + "/" + file)
    }

    @Test("segments are decoded one at a time; a trailing slash means the folder's index")
    func segments() {
        #expect(RequestPath.segments("/a%20b/c/") == ["a b", "c", ""])
        #expect(RequestPath.segments("/") == [""])
        #expect(RequestPath.relativeFile(["a", ""]) == "a/index.html")
        #expect(RequestPath.relativeFile([""]) == "index.html")
        #expect(RequestPath.segments("/a%2Fb") == nil)
    }
}
